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
    /// is one). Two workers are kept warm (one takes the next session while
    /// the other is reset after the last); at most one per CPU run at once
    /// by default, and sessions beyond that wait for a free worker.
    pub fn new(program: impl Into<PathBuf>) -> Self {
        let max_workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self {
            program: program.into(),
            sandbox: SandboxConfig::default(),
            min_workers: 2.min(max_workers),
            max_workers,
        }
    }

    /// The sessions' imports and limits.
    pub fn sandbox(mut self, sandbox: SandboxConfig) -> Self {
        self.sandbox = sandbox;
        self
    }

    /// Workers started up front and kept warm, each with a session opened
    /// ahead of time (so a new session skips that round trip).
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
    spare: Arc<Spare>,
}

/// Sessions opened ahead of time on idle workers, so that a session's
/// first block does not wait for the round trip that opens one (shared by
/// clones).
struct Spare {
    ready: std::sync::Mutex<Vec<Checkout>>,
    /// Set while a refill is under way, so that one runs at a time.
    refilling: std::sync::atomic::AtomicBool,
    /// Sessions waiting for the pool: a refill leaves the workers to them.
    waiting: std::sync::atomic::AtomicUsize,
    /// Signalled when a spare session is added or a refill ends.
    added: tokio::sync::Notify,
    /// At most this many spares (the pool's warm workers).
    limit: usize,
}

/// Counts a session waiting for the pool while it lives (also when the
/// waiting future is dropped).
struct Waiting<'a>(&'a std::sync::atomic::AtomicUsize);

impl<'a> Waiting<'a> {
    fn count(waiting: &'a std::sync::atomic::AtomicUsize) -> Self {
        waiting.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
        Self(waiting)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
}

/// How long a refill waits for a worker when the pool is at its process
/// limit: sessions that end meanwhile become spares, else it gives up.
const SPARE_WAIT: Duration = Duration::from_millis(100);

impl Spare {
    fn new(limit: usize) -> Self {
        Self {
            ready: std::sync::Mutex::new(Vec::new()),
            refilling: std::sync::atomic::AtomicBool::new(false),
            waiting: std::sync::atomic::AtomicUsize::new(0),
            added: tokio::sync::Notify::new(),
            limit,
        }
    }

    fn ready(&self) -> std::sync::MutexGuard<'_, Vec<Checkout>> {
        // A panic while holding this lock cannot leave the Vec half-changed
        // (push and pop only), so a poisoned lock is still sound to use.
        self.ready
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Opens spare sessions (on idle workers, or new ones while the pool is
    /// below its process limit) up to the limit, unless sessions are
    /// waiting for workers themselves.
    async fn refill(&self, pool: &Pool, repl: &ReplConfig) {
        use std::sync::atomic::Ordering;
        /// Ends the refill also when its future is dropped half-way (its
        /// runtime shutting down), so sessions never wait for a refill
        /// that no longer runs.
        struct Refilling<'a>(&'a Spare);
        impl Drop for Refilling<'_> {
            fn drop(&mut self) {
                self.0.refilling.store(false, Ordering::Release);
                self.0.added.notify_one();
            }
        }
        if self.refilling.swap(true, Ordering::AcqRel) {
            return;
        }
        let _refilling = Refilling(self);
        while self.waiting.load(Ordering::Acquire) == 0 && self.ready().len() < self.limit {
            match tokio::time::timeout(SPARE_WAIT, pool.checkout(repl)).await {
                Ok(Ok(checkout)) => {
                    self.ready().push(checkout);
                    self.added.notify_one();
                }
                _ => break,
            }
        }
    }

    /// Starts a refill in the background (when there is a runtime).
    fn refill_later(self: &Arc<Self>, pool: &Arc<Pool>, repl: &ReplConfig) {
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let (spare, pool, repl) = (self.clone(), pool.clone(), repl.clone());
            runtime.spawn(async move { spare.refill(&pool, &repl).await });
        }
    }

    /// A session: a spare one if there is one or a refill is about to add
    /// one, else a new checkout.
    async fn checkout(
        self: &Arc<Self>,
        pool: &Arc<Pool>,
        repl: &ReplConfig,
    ) -> Result<Checkout, PoolError> {
        use std::sync::atomic::Ordering;
        loop {
            let spare = self.ready().pop();
            if let Some(checkout) = spare {
                self.refill_later(pool, repl);
                return Ok(checkout);
            }
            if !self.refilling.load(Ordering::Acquire)
                || tokio::time::timeout(SPARE_WAIT, self.added.notified())
                    .await
                    .is_err()
            {
                break;
            }
        }
        // Not raced against the spares: a checkout dropped half-way costs
        // its worker process.
        let _waiting = Waiting::count(&self.waiting);
        pool.checkout(repl).await
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
        let factory = Self {
            pool: Arc::new(pool),
            sandbox: config.sandbox,
            // As many spares as warm workers: spares never keep more
            // processes alive than the configuration asks for.
            spare: Arc::new(Spare::new(config.min_workers.min(config.max_workers))),
        };
        factory
            .spare
            .refill(&factory.pool, &factory.repl_config())
            .await;
        Ok(factory)
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
            unsaved: false,
            loaded: BTreeSet::new(),
            classes: super::rewrite::ClassFacts::default(),
            spare: self.spare.clone(),
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
    /// Refilled when this session hands its worker back.
    spare: Arc<Spare>,
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
            let mut checkout = self
                .spare
                .checkout(&self.pool, &self.repl)
                .await
                .map_err(worker_error)?;
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
        self.save(notes).await;
        self.checkout
            .as_mut()
            .ok_or_else(|| ExecError::Worker("no worker".into()))
    }

    /// Takes the snapshot a lost worker is restored from, if the live
    /// session changed since the last one.
    async fn save(&mut self, notes: &mut Vec<String>) {
        if !self.unsaved {
            return;
        }
        if let Some(checkout) = self.checkout.as_mut() {
            match checkout.dump().await {
                Ok(snapshot) => {
                    self.snapshot = Some(snapshot);
                    self.unsaved = false;
                }
                Err(err) => notes.push(format!("The session could not be saved before this block ({err}); if its worker is lost, older state is restored.")),
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
                            Dispatch::Host(HostCall::AsyncSleep(duration)) => {
                                if slept.saturating_add(duration) > time_limit {
                                    ResumeValue::Error(dispatch::sleep_limit_error(time_limit))
                                } else {
                                    slept += duration;
                                    pending.push(Box::pin(async move {
                                        tokio::time::sleep(duration).await;
                                        (call_id, ResumeValue::Return(MontyObject::None))
                                    }));
                                    ResumeValue::Future
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
        self.checkout = None;
        self.loaded.clear();
        self.snapshot = Some(snapshot.to_vec());
        self.unsaved = false;
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
            let (pool, repl, spare) = (self.pool.clone(), self.repl.clone(), self.spare.clone());
            runtime.spawn(async move {
                if checkout.finish().await.is_ok() {
                    spare.refill(&pool, &repl).await;
                }
            });
        }
    }
}

/// Bounds how long [`WorkerPoolFactory::close`] waits.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);

impl WorkerPoolFactory {
    /// Stops the workers (sessions still open lose theirs).
    pub async fn close(&self) {
        let spares = std::mem::take(&mut *self.spare.ready());
        let _ = tokio::time::timeout(
            CLOSE_TIMEOUT,
            join_all(spares.into_iter().map(Checkout::finish)),
        )
        .await;
        let _ = tokio::time::timeout(CLOSE_TIMEOUT, self.pool.close()).await;
    }
}
