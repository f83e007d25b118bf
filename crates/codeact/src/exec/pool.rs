//! Sessions in pre-started worker processes: a crash, a runaway allocation
//! or an endless loop costs a worker, never the host. Each code block has a
//! kill deadline (its time limit) and each session a memory cap enforced by
//! the worker's allocator. A killed worker is replaced and the session
//! restored from the snapshot taken after its last complete block. The
//! processes themselves, and the pipes to them, are in
//! [`workers`](super::workers) and [`channel`](super::channel).

use std::collections::BTreeSet;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use futures::future::join_all;
use monty_types::{ExcType, MontyObject, ResourceLimits};
use serde_json::{Map, Value};

use super::dispatch::{self, Dispatch, HostCall};
use super::errors::python_error;
use super::inprocess::LANGUAGE_NOTES;
use super::workers::{Answer, Lease, Turn, TurnError, Workers, WorkersConfig};
use super::{
    CodeExecutor, ExecError, Execution, ExecutorFactory, PythonError, SandboxConfig, prepass,
};
use crate::tool::ToolSet;

/// How to run the workers.
#[derive(Debug, Clone)]
#[must_use]
pub struct WorkerPoolConfig {
    program: PathBuf,
    sandbox: SandboxConfig,
    min_workers: usize,
    max_workers: usize,
    spin: Duration,
}

impl WorkerPoolConfig {
    /// Workers are `program subprocess` (a binary that calls
    /// [`worker::serve_stdio`](super::worker::serve_stdio); the `codeact` CLI
    /// is one). Two workers are started up front; at most one per CPU serve
    /// sessions at once by default, and sessions beyond that wait for a
    /// free worker.
    pub fn new(program: impl Into<PathBuf>) -> Self {
        let max_workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self {
            program: program.into(),
            sandbox: SandboxConfig::default(),
            min_workers: 2.min(max_workers),
            max_workers,
            spin: DEFAULT_SPIN,
        }
    }

    /// The sessions' imports and limits.
    pub fn sandbox(mut self, sandbox: SandboxConfig) -> Self {
        self.sandbox = sandbox;
        self
    }

    /// Workers started up front, each configured for a session before one
    /// asks for it. A finished session's worker is reset and configured
    /// for the next while it waits, so no session waits for either.
    pub fn min_workers(mut self, n: usize) -> Self {
        self.min_workers = n;
        self
    }

    /// Workers alive at most (each runs one session at a time).
    pub fn max_workers(mut self, n: usize) -> Self {
        self.max_workers = n.max(1);
        self
    }

    /// How long a wait for a worker's reply polls the pipe before it
    /// sleeps (default 50 µs; zero: sleep at once). Polling trades a little
    /// CPU for the cost of waking up, which on small virtual machines is
    /// larger than a short block's run time.
    pub fn spin(mut self, spin: Duration) -> Self {
        self.spin = spin;
        self
    }
}

/// See [`WorkerPoolConfig::spin`].
const DEFAULT_SPIN: Duration = Duration::from_micros(50);

/// Starts sessions in worker processes.
///
/// ```no_run
/// use codeact::exec::{WorkerPoolConfig, WorkerPoolFactory};
///
/// # async fn start() -> Result<(), codeact::exec::ExecError> {
/// let sandbox = WorkerPoolFactory::start(WorkerPoolConfig::new("/usr/local/bin/codeact")).await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct WorkerPoolFactory {
    workers: Arc<Workers>,
    sandbox: SandboxConfig,
}

impl WorkerPoolFactory {
    /// Starts the warm workers (each answers its first `Configure` before
    /// this returns, so a wrong program fails here).
    pub async fn start(config: WorkerPoolConfig) -> Result<Self, ExecError> {
        if !config.program.is_file() {
            return Err(ExecError::Config(format!(
                "the sandbox worker program {} does not exist",
                config.program.display()
            )));
        }
        let limits = &config.sandbox.limits;
        let workers = Workers::start(WorkersConfig {
            program: config.program.clone(),
            warm: config.min_workers,
            max: config.max_workers,
            // The kill deadline of one turn (interpreter time between two
            // tool calls): the block's time limit. The worker's own clock is
            // not used because it counts a whole session, not one block.
            turn_limit: limits.max_duration,
            spin: config.spin,
            limits: ResourceLimits {
                max_memory: Some(limits.max_memory),
                max_recursion_depth: limits.max_recursion_depth,
                ..ResourceLimits::default()
            },
        })
        .await
        .map_err(|err| ExecError::Worker(format!("cannot start the sandbox workers: {err}")))?;
        Ok(Self {
            workers,
            sandbox: config.sandbox,
        })
    }
}

#[async_trait]
impl ExecutorFactory for WorkerPoolFactory {
    async fn create(&self) -> Result<Box<dyn CodeExecutor>, ExecError> {
        Ok(Box::new(WorkerExecutor {
            workers: self.workers.clone(),
            sandbox: self.sandbox.clone(),
            lease: None,
            snapshot: None,
            unsaved: false,
            loaded: BTreeSet::new(),
            classes: super::rewrite::ClassFacts::default(),
        }))
    }

    fn authorized_imports(&self) -> Vec<String> {
        self.sandbox.authorized_imports.clone()
    }

    fn language_notes(&self) -> String {
        LANGUAGE_NOTES.to_owned()
    }
}

/// One session in a worker process.
pub struct WorkerExecutor {
    workers: Arc<Workers>,
    sandbox: SandboxConfig,
    /// `None` until the first block, and after the worker was lost; handing
    /// it back (on drop) resets the worker for the next session.
    lease: Option<Lease>,
    /// The session after its last complete block, taken when the next block
    /// starts or a snapshot is asked for (a session of one block, the
    /// common case in benchmarks and `codeact exec`, never pays for one).
    snapshot: Option<Vec<u8>>,
    /// The live session changed since `snapshot` was taken.
    unsaved: bool,
    /// The Python-written modules the live worker's session has loaded;
    /// cleared with the worker (a restored one may lack the latest).
    loaded: BTreeSet<&'static str>,
    /// What the session's classes define that the prepass bridges
    /// (properties, operators).
    classes: super::rewrite::ClassFacts,
}

impl std::fmt::Debug for WorkerExecutor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerExecutor")
            .field("sandbox", &self.sandbox)
            .finish_non_exhaustive()
    }
}

type PendingTool<'a> = Pin<Box<dyn Future<Output = (u32, Answer)> + Send + 'a>>;

fn answer(result: Result<Value, crate::tool::ToolError>) -> Answer {
    match dispatch::tool_outcome(result) {
        Ok(value) => Answer::Return(value),
        Err(error) => Answer::Error(error),
    }
}

impl WorkerExecutor {
    /// A live worker holding the session, restoring the last snapshot into
    /// a fresh one when the previous worker was lost.
    async fn worker(&mut self, notes: &mut Vec<String>) -> Result<&mut Lease, ExecError> {
        if !self.lease.as_ref().is_some_and(Lease::is_live) {
            self.loaded.clear();
            let mut lease = self.workers.lease().await.map_err(ExecError::Worker)?;
            if let Some(snapshot) = &self.snapshot {
                lease.load(snapshot.clone()).await.map_err(|err| {
                    ExecError::Worker(format!(
                        "the session could not be restored in a new sandbox worker: {}",
                        turn_error_text(&err)
                    ))
                })?;
                notes.push("The sandbox worker was replaced; the session was restored as it was after the last complete code block.".into());
            }
            self.lease = Some(lease);
        }
        self.save(notes).await;
        self.lease
            .as_mut()
            .ok_or_else(|| ExecError::Worker("no worker".into()))
    }

    /// Takes the snapshot a lost worker is restored from, if the live
    /// session changed since the last one.
    async fn save(&mut self, notes: &mut Vec<String>) {
        if !self.unsaved {
            return;
        }
        if let Some(lease) = self.lease.as_mut() {
            match lease.dump().await {
                Ok(snapshot) => {
                    self.snapshot = Some(snapshot);
                    self.unsaved = false;
                }
                Err(err) => notes.push(format!("The session could not be saved before this block ({}); if its worker is lost, older state is restored.", turn_error_text(&err))),
            }
        }
    }

    /// Runs `code` with `inputs` as globals; `None` output when nothing is
    /// wanted back.
    async fn run(
        &mut self,
        code: &str,
        inputs: Vec<(String, MontyObject)>,
        tools: &ToolSet,
        mut notes: Vec<String>,
    ) -> Result<Execution, ExecError> {
        let tool_names: BTreeSet<String> = tools.names().into_iter().collect();
        let cap = self.sandbox.limits.max_output_bytes;
        let hard_cap = cap.saturating_mul(2).max(1 << 16);
        let time_limit = self.sandbox.limits.max_duration;
        let mut output = String::new();
        let mut final_answer: Option<Value> = None;
        let mut pending: Vec<PendingTool<'_>> = Vec::new();
        let mut tool_calls = 0usize;
        let mut slept = Duration::ZERO;
        let mut lost_worker = false;

        let lease = self.worker(&mut notes).await?;
        let (value, error) = {
            let mut on_print = |text: &str| {
                if output.len() < hard_cap {
                    output.push_str(text);
                }
            };
            let mut event = lease.feed(code, inputs, &mut on_print).await;
            loop {
                event = match event {
                    Ok(Turn::Complete(value)) => break (Some(value), None),
                    Ok(Turn::NameLookup { name, attribute }) => {
                        let value = (!attribute && dispatch::provides(&name, &tool_names))
                            .then(|| dispatch::function(&name));
                        lease.resume_name_lookup(value, &mut on_print).await
                    }
                    Ok(Turn::FunctionCall {
                        function_name,
                        args,
                        kwargs,
                        call_id,
                        method,
                    }) => {
                        tool_calls += 1;
                        let decision = dispatch::dispatch(
                            &function_name,
                            &args,
                            &kwargs,
                            method,
                            tool_calls,
                            tools,
                        );
                        let reply = match decision {
                            Dispatch::Raise(error) => Answer::Error(error),
                            Dispatch::Host(HostCall::Sleep(duration)) => {
                                if slept.saturating_add(duration) > time_limit {
                                    Answer::Error(dispatch::sleep_limit_error(time_limit))
                                } else {
                                    slept += duration;
                                    tokio::time::sleep(duration).await;
                                    Answer::Return(MontyObject::None)
                                }
                            }
                            Dispatch::Host(HostCall::AsyncSleep(duration)) => {
                                if slept.saturating_add(duration) > time_limit {
                                    Answer::Error(dispatch::sleep_limit_error(time_limit))
                                } else {
                                    slept += duration;
                                    pending.push(Box::pin(async move {
                                        tokio::time::sleep(duration).await;
                                        (call_id, Answer::Return(MontyObject::None))
                                    }));
                                    Answer::Future
                                }
                            }
                            Dispatch::Host(host) => Answer::Return(dispatch::host_answer(host)),
                            Dispatch::FinalAnswer(answer) => {
                                final_answer = Some(answer);
                                Answer::Error(dispatch::final_answer_exit())
                            }
                            Dispatch::Tool {
                                name,
                                args,
                                concurrent: true,
                            } => {
                                pending.push(Box::pin(async move {
                                    (call_id, answer(tools.call(&name, args).await))
                                }));
                                Answer::Future
                            }
                            Dispatch::Tool { name, args, .. } => {
                                answer(tools.call(&name, args).await)
                            }
                        };
                        lease.resume(reply, &mut on_print).await
                    }
                    Ok(Turn::OsCall { function_name }) => {
                        let refusal = dispatch::refuse_os_call(&function_name);
                        lease.resume(Answer::Error(refusal), &mut on_print).await
                    }
                    Ok(Turn::ResolveFutures) => {
                        let results = join_all(std::mem::take(&mut pending)).await;
                        lease.resume_futures(results, &mut on_print).await
                    }
                    Err(TurnError::Runtime(exception)) => {
                        // A MemoryError may come from a worker that hit its
                        // cap and is gone; a fresh one is cheap.
                        lost_worker = exception.exc_type() == ExcType::MemoryError;
                        let error = final_answer.is_none().then(|| python_error(&exception));
                        break (None, error);
                    }
                    Err(TurnError::Timeout) => {
                        lost_worker = true;
                        break (
                            None,
                            Some(PythonError {
                                kind: "TimeoutError".into(),
                                message: format!(
                                    "the code ran longer than its limit of {:.1} s and was stopped",
                                    time_limit.as_secs_f64()
                                ),
                                line: None,
                                source_line: None,
                            }),
                        );
                    }
                    Err(TurnError::Crashed) => {
                        lost_worker = true;
                        break (
                            None,
                            Some(PythonError {
                                kind: "MemoryError".into(),
                                message: "the sandbox worker died running this code (out of memory or an interpreter crash)".into(),
                                line: None,
                                source_line: None,
                            }),
                        );
                    }
                    Err(TurnError::Lost(why)) => {
                        self.lease = None;
                        return Err(ExecError::Worker(why));
                    }
                };
            }
        };
        drop(pending);

        if lost_worker {
            self.lease = None;
        } else {
            self.unsaved = true;
        }
        let value = value
            .filter(|value| !matches!(value, MontyObject::None))
            .map(|value| value.py_repr());
        Ok(Execution {
            output: dispatch::cut_output(output, cap),
            value: if final_answer.is_some() { None } else { value },
            final_answer,
            error,
            notes,
        })
    }
}

#[async_trait]
impl CodeExecutor for WorkerExecutor {
    async fn execute(&mut self, code: &str, tools: &ToolSet) -> Result<Execution, ExecError> {
        let tool_names: BTreeSet<String> = tools.names().into_iter().collect();
        let checked = match prepass::check(
            code,
            &self.sandbox.authorized_imports,
            &tool_names,
            &mut self.classes,
        ) {
            Ok(checked) => checked,
            Err(error) => {
                return Ok(Execution {
                    error: Some(error),
                    ..Execution::default()
                });
            }
        };
        let mut notes = Vec::new();
        for module in checked.modules {
            if self.loaded.contains(module.name) {
                continue;
            }
            let loading = self
                .run(
                    &module.loader(),
                    Vec::new(),
                    &ToolSet::default(),
                    Vec::new(),
                )
                .await?;
            notes.extend(loading.notes);
            if let Some(error) = loading.error {
                return Ok(Execution {
                    error: Some(super::pymod::load_error_text(module, &error)),
                    notes,
                    ..Execution::default()
                });
            }
            self.loaded.insert(module.name);
        }
        if let Some(prologue) = checked.prologue {
            let prepared = self
                .run(prologue, Vec::new(), &ToolSet::default(), Vec::new())
                .await?;
            notes.extend(prepared.notes);
            if prepared.error.is_some() {
                return Ok(Execution {
                    error: prepared.error,
                    notes,
                    ..Execution::default()
                });
            }
            // It only cleared what the next prologue clears again: the
            // snapshot taken before it still restores the session.
            self.unsaved = false;
        }
        let mut execution = self.run(&checked.code, Vec::new(), tools, notes).await?;
        execution.error = execution
            .error
            .map(|error| super::errors::with_user_line(error, code, &checked.lines));
        Ok(execution)
    }

    async fn set_variables(&mut self, variables: Map<String, Value>) -> Result<(), ExecError> {
        if variables.is_empty() {
            return Ok(());
        }
        let (code, inputs) = dispatch::variables_code(variables)?;
        let execution = self
            .run(&code, inputs, &ToolSet::default(), Vec::new())
            .await?;
        match execution.error {
            None => Ok(()),
            Some(error) => Err(ExecError::Session(format!(
                "setting variables failed: {error}"
            ))),
        }
    }

    async fn snapshot(&mut self) -> Result<Option<Vec<u8>>, ExecError> {
        let mut notes = Vec::new();
        self.save(&mut notes).await;
        match notes.pop() {
            Some(failure) if self.unsaved => Err(ExecError::Session(failure)),
            _ => Ok(self.snapshot.clone()),
        }
    }

    async fn restore(&mut self, snapshot: &[u8]) -> Result<(), ExecError> {
        // The next block starts a worker from this state.
        self.lease = None;
        self.loaded.clear();
        self.snapshot = Some(snapshot.to_vec());
        self.unsaved = false;
        Ok(())
    }
}

impl WorkerPoolFactory {
    /// Stops the idle workers; sessions still open keep theirs until they
    /// end, and new sessions are refused.
    pub async fn close(&self) {
        self.workers.close();
    }
}

/// A failed turn in words, for notes and errors.
fn turn_error_text(err: &TurnError) -> String {
    match err {
        TurnError::Runtime(exception) => python_error(exception).to_string(),
        TurnError::Timeout => "the worker did not answer in time".into(),
        TurnError::Crashed => "the worker died".into(),
        TurnError::Lost(why) => why.clone(),
    }
}
