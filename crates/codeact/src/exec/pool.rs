//! Sessions in pre-started worker processes: a crash, a runaway allocation
//! or an endless loop costs a worker, never the host. Each code block has a
//! kill deadline (its time limit) and each session a memory cap enforced by
//! the worker's allocator. A killed worker is replaced and the session
//! restored from the snapshot taken after its last complete block.

use std::collections::BTreeSet;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use futures::future::join_all;
use monty_pool::{
    Checkout, Pool, PoolConfig, PoolError, ReplConfig, ResumeValue, TurnEvent, on_print_sync,
};
use monty_types::{
    AssertMessageAnnotations, ExcType, MontyObject, NameLookupResult, ResourceLimits,
};
use serde_json::{Map, Value};

use super::dispatch::{self, Dispatch, HostCall};
use super::errors::python_error;
use super::inprocess::{LANGUAGE_NOTES, SCRIPT_NAME};
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
}

impl WorkerPoolConfig {
    /// Workers are `program subprocess` (a binary that calls
    /// [`worker::serve_stdio`](super::worker::serve_stdio); the `codeact` CLI
    /// is one). One worker is kept warm; at most one per CPU run at once by
    /// default, and sessions beyond that wait for a free worker.
    pub fn new(program: impl Into<PathBuf>) -> Self {
        Self {
            program: program.into(),
            sandbox: SandboxConfig::default(),
            min_workers: 1,
            max_workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
        }
    }

    /// The sessions' imports and limits.
    pub fn sandbox(mut self, sandbox: SandboxConfig) -> Self {
        self.sandbox = sandbox;
        self
    }

    /// Workers started up front and kept warm.
    pub fn min_workers(mut self, n: usize) -> Self {
        self.min_workers = n;
        self
    }

    /// Workers alive at most (each runs one session at a time).
    pub fn max_workers(mut self, n: usize) -> Self {
        self.max_workers = n.max(1);
        self
    }
}

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
    pool: Arc<Pool>,
    sandbox: SandboxConfig,
}

impl std::fmt::Debug for WorkerPoolFactory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerPoolFactory")
            .field("sandbox", &self.sandbox)
            .finish_non_exhaustive()
    }
}

impl WorkerPoolFactory {
    /// Starts the pool (and its warm workers).
    pub async fn start(config: WorkerPoolConfig) -> Result<Self, ExecError> {
        if !config.program.is_file() {
            return Err(ExecError::Config(format!(
                "the sandbox worker program {} does not exist",
                config.program.display()
            )));
        }
        let mut pool_config = PoolConfig::subprocess(&config.program);
        pool_config.min_processes = config.min_workers.min(config.max_workers);
        pool_config.max_processes = config.max_workers;
        // The kill deadline of one turn (interpreter time between two tool
        // calls): the block's time limit. The worker's own clock is not used
        // because it counts a whole session, not one block.
        pool_config.request_timeout = Some(config.sandbox.limits.max_duration);
        pool_config.duration_limit_grace = None;
        let pool = Pool::new(pool_config)
            .await
            .map_err(|err| ExecError::Worker(format!("cannot start the sandbox workers: {err}")))?;
        Ok(Self {
            pool: Arc::new(pool),
            sandbox: config.sandbox,
        })
    }

    fn repl_config(&self) -> ReplConfig {
        let limits = &self.sandbox.limits;
        ReplConfig {
            script_name: SCRIPT_NAME.into(),
            limits: Some(ResourceLimits {
                max_memory: Some(limits.max_memory),
                max_recursion_depth: limits.max_recursion_depth,
                // The pool counts suspensions over the whole session; the
                // bound that matters is per block (MAX_TOOL_CALLS, enforced
                // by the dispatcher), so this one only backstops it.
                max_suspensions: usize::MAX / 2,
                ..ResourceLimits::default()
            }),
            assert_message_annotations: AssertMessageAnnotations::Off,
            ..ReplConfig::default()
        }
    }
}

#[async_trait]
impl ExecutorFactory for WorkerPoolFactory {
    async fn create(&self) -> Result<Box<dyn CodeExecutor>, ExecError> {
        Ok(Box::new(WorkerExecutor {
            pool: self.pool.clone(),
            repl: self.repl_config(),
            sandbox: self.sandbox.clone(),
            checkout: None,
            snapshot: None,
            loaded: BTreeSet::new(),
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
    pool: Arc<Pool>,
    repl: ReplConfig,
    sandbox: SandboxConfig,
    /// `None` until the first block, and after the worker was lost.
    checkout: Option<Checkout>,
    /// The session after its last complete block.
    snapshot: Option<Vec<u8>>,
    /// The Python-written modules the live worker's session has loaded;
    /// cleared with the worker (a restored one may lack the latest).
    loaded: BTreeSet<&'static str>,
}

impl std::fmt::Debug for WorkerExecutor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerExecutor")
            .field("sandbox", &self.sandbox)
            .finish_non_exhaustive()
    }
}

type PendingTool<'a> = Pin<Box<dyn Future<Output = (u32, ResumeValue)> + Send + 'a>>;

fn worker_error(err: PoolError) -> ExecError {
    ExecError::Worker(err.to_string())
}

fn resume_value(result: Result<Value, crate::tool::ToolError>) -> ResumeValue {
    match dispatch::tool_outcome(result) {
        Ok(value) => ResumeValue::Return(value),
        Err(error) => ResumeValue::Error(error),
    }
}

impl WorkerExecutor {
    /// A live worker holding the session, restoring the last snapshot into
    /// a fresh one when the previous worker was lost.
    async fn worker(&mut self, notes: &mut Vec<String>) -> Result<&mut Checkout, ExecError> {
        if self.checkout.is_none() {
            self.loaded.clear();
            let mut checkout = self.pool.checkout(&self.repl).await.map_err(worker_error)?;
            if let Some(snapshot) = &self.snapshot {
                let mut ignore = on_print_sync(|_, _| {});
                checkout
                    .restore(snapshot.clone(), Vec::new(), &mut ignore)
                    .await
                    .map_err(worker_error)?;
                notes.push("The sandbox worker was replaced; the session was restored as it was after the last complete code block.".into());
            }
            self.checkout = Some(checkout);
        }
        self.checkout
            .as_mut()
            .ok_or_else(|| ExecError::Worker("no worker".into()))
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

        let checkout = self.worker(&mut notes).await?;
        let (value, error) = {
            let mut on_print = on_print_sync(|_, text: &str| {
                if output.len() < hard_cap {
                    output.push_str(text);
                }
            });
            let mut event = checkout
                .feed(code, inputs, Vec::new(), true, &mut on_print)
                .await;
            loop {
                event = match event {
                    Ok(TurnEvent::Complete(value)) => break (Some(value), None),
                    Ok(TurnEvent::NameLookup { name, object_id }) => {
                        let answer =
                            if object_id.is_none() && dispatch::provides(&name, &tool_names) {
                                NameLookupResult::Value(dispatch::function(&name))
                            } else {
                                NameLookupResult::Undefined
                            };
                        checkout.resume_name_lookup(answer, &mut on_print).await
                    }
                    Ok(TurnEvent::FunctionCall {
                        function_name,
                        args,
                        kwargs,
                        call_id,
                        object_id,
                    }) => {
                        tool_calls += 1;
                        let decision = dispatch::dispatch(
                            &function_name,
                            &args,
                            &kwargs,
                            object_id.is_some(),
                            tool_calls,
                            tools,
                        );
                        let answer = match decision {
                            Dispatch::Raise(error) => ResumeValue::Error(error),
                            Dispatch::Host(HostCall::Sleep(duration)) => {
                                if slept.saturating_add(duration) > time_limit {
                                    ResumeValue::Error(dispatch::sleep_limit_error(time_limit))
                                } else {
                                    slept += duration;
                                    tokio::time::sleep(duration).await;
                                    ResumeValue::Return(MontyObject::None)
                                }
                            }
                            Dispatch::Host(host) => {
                                ResumeValue::Return(dispatch::host_answer(host))
                            }
                            Dispatch::FinalAnswer(answer) => {
                                final_answer = Some(answer);
                                ResumeValue::Error(dispatch::final_answer_exit())
                            }
                            Dispatch::Tool {
                                name,
                                args,
                                concurrent: true,
                            } => {
                                pending.push(Box::pin(async move {
                                    (call_id, resume_value(tools.call(&name, args).await))
                                }));
                                ResumeValue::Future
                            }
                            Dispatch::Tool { name, args, .. } => {
                                resume_value(tools.call(&name, args).await)
                            }
                        };
                        checkout.resume(answer, &mut on_print).await
                    }
                    Ok(TurnEvent::OsCall { function_name, .. }) => {
                        let refusal = dispatch::refuse_os_call(&function_name);
                        checkout
                            .resume(ResumeValue::Error(refusal), &mut on_print)
                            .await
                    }
                    Ok(TurnEvent::ResolveFutures { .. }) => {
                        let results = join_all(std::mem::take(&mut pending)).await;
                        checkout.resume_futures(results, &mut on_print).await
                    }
                    Err(PoolError::Runtime(exception)) => {
                        // A MemoryError may come from a worker that hit its
                        // cap and is gone; a fresh one is cheap.
                        lost_worker = exception.exc_type() == ExcType::MemoryError;
                        let error = final_answer.is_none().then(|| python_error(&exception));
                        break (None, error);
                    }
                    Err(PoolError::Timeout { .. }) => {
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
                    Err(PoolError::Crashed { .. }) => {
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
                    Err(other) => {
                        self.checkout = None;
                        return Err(worker_error(other));
                    }
                };
            }
        };
        drop(pending);

        if lost_worker {
            self.checkout = None;
        } else if let Some(checkout) = self.checkout.as_mut() {
            match checkout.dump().await {
                Ok(snapshot) => self.snapshot = Some(snapshot),
                Err(err) => notes.push(format!("The session could not be saved after this block ({err}); if its worker is lost, older state is restored.")),
            }
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
        let checked = match prepass::check(code, &self.sandbox.authorized_imports, &tool_names) {
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
        self.run(&checked.code, Vec::new(), tools, notes).await
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
        Ok(self.snapshot.clone())
    }

    async fn restore(&mut self, snapshot: &[u8]) -> Result<(), ExecError> {
        // The next block starts a worker from this state.
        self.checkout = None;
        self.loaded.clear();
        self.snapshot = Some(snapshot.to_vec());
        Ok(())
    }
}

impl Drop for WorkerExecutor {
    fn drop(&mut self) {
        // Hand the worker back to the pool (it resets it); without a runtime
        // the checkout's own drop kills the worker instead.
        if let Some(checkout) = self.checkout.take()
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            runtime.spawn(async move {
                let _ = checkout.finish().await;
            });
        }
    }
}

/// Bounds how long [`WorkerPoolFactory::close`] waits.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);

impl WorkerPoolFactory {
    /// Stops the workers (sessions still open lose theirs).
    pub async fn close(&self) {
        let _ = tokio::time::timeout(CLOSE_TIMEOUT, self.pool.close()).await;
    }
}
