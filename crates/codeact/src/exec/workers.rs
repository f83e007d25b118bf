//! The worker processes behind the sandbox's sessions: kept warm, lent to
//! one session at a time, reset and lent again.
//!
//! A session's worker is configured before the session asks for it, and
//! handed back without a wait: its `Reset` and the next session's
//! `Configure` are sent ahead in one write and answered while the worker is
//! idle (see [`channel`](super::channel)). monty-pool, which this replaces,
//! waits for each of those replies in turn; on a 2-core machine those two
//! round trips, run beside the next session, cost more than the session's
//! own block (BENCHMARKS.md).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use monty_proto::{FrameError, PROTOCOL_VERSION, WireObject, pb};
use monty_types::{
    ExcType, MontyException, MontyObject, MontyUuid, OsFunctionCall, ResourceLimits,
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::channel::{ChannelError, WorkerProcess};
use super::inprocess::SCRIPT_NAME;

/// What a session's worker was asked to pause for, or how its block ended.
#[derive(Debug)]
pub(super) enum Turn {
    /// The block finished with this value.
    Complete(MontyObject),
    /// The code called a function the host provides.
    FunctionCall {
        function_name: String,
        args: Vec<MontyObject>,
        kwargs: Vec<(MontyObject, MontyObject)>,
        call_id: u32,
        /// A method call on a host-provided object.
        method: bool,
    },
    /// The code asked the interpreter for an OS facility (refused).
    OsCall { function_name: String },
    /// The code used a name the session does not define.
    NameLookup { name: String, attribute: bool },
    /// The code awaits the futures of calls answered with
    /// [`Answer::Future`].
    ResolveFutures,
}

/// The host's answer to a [`Turn::FunctionCall`] or [`Turn::OsCall`].
#[derive(Debug)]
pub(super) enum Answer {
    Return(MontyObject),
    Error(MontyException),
    /// The call runs concurrently; its result comes with the futures.
    Future,
}

/// How a turn failed.
#[derive(Debug)]
pub(super) enum TurnError {
    /// The code raised: the session goes on.
    Runtime(MontyException),
    /// The turn outlived its limit and the worker was killed.
    Timeout,
    /// The worker died during the turn (out of memory, or an interpreter
    /// crash).
    Crashed,
    /// The worker broke the protocol or its pipe failed; it was dropped.
    Lost(String),
}

/// How to start and drive the workers.
#[derive(Debug, Clone)]
pub(super) struct WorkersConfig {
    pub program: PathBuf,
    pub warm: usize,
    pub max: usize,
    /// The kill deadline of one turn.
    pub turn_limit: Duration,
    /// How long a reply is polled for before the wait sleeps.
    pub spin: Duration,
    pub limits: ResourceLimits,
}

/// Warm worker processes and a bound on how many serve sessions at once.
#[derive(Debug)]
pub(super) struct Workers {
    config: WorkersConfig,
    /// A session's `Configure`, the same for every session.
    configure: pb::ParentRequest,
    /// Configured workers (or with their `Configure` sent ahead), waiting
    /// for a session.
    idle: Mutex<Vec<WorkerProcess>>,
    /// One permit per session that may hold a worker.
    slots: Arc<Semaphore>,
}

fn request(kind: pb::parent_request::Kind) -> pb::ParentRequest {
    pb::ParentRequest {
        kind: Some(kind),
        trace_parent: None,
    }
}

fn reset() -> pb::ParentRequest {
    request(pb::parent_request::Kind::Reset(pb::Reset {}))
}

impl Workers {
    /// Starts the warm workers and checks that each answers its
    /// `Configure`, so a wrong worker program fails here, not in a session.
    pub(super) async fn start(config: WorkersConfig) -> Result<Arc<Self>, String> {
        let configure = request(pb::parent_request::Kind::Configure(pb::Configure {
            script_name: SCRIPT_NAME.into(),
            limits: Some((&config.limits).into()),
            type_check: false,
            type_check_stubs: None,
            type_check_format: pb::TypeCheckFormat::Unspecified.into(),
            type_check_color: false,
            // Assertion messages stay Python's own (0: no annotations).
            assert_message_annotations: Some(0),
            protocol_version: PROTOCOL_VERSION,
            // Informational only: the worker checks the protocol version.
            monty_version: String::new(),
            // The worker's default pacing of printed output.
            print_flush_interval_ms: None,
        }));
        let workers = Arc::new(Self {
            slots: Arc::new(Semaphore::new(config.max.max(1))),
            idle: Mutex::new(Vec::new()),
            configure,
            config,
        });
        for _ in 0..workers.config.warm.min(workers.config.max) {
            let mut process = workers.spawn()?;
            process.settle(workers.config.spin).await.map_err(|err| {
                format!(
                    "the sandbox worker {} did not start a session: {err}",
                    workers.config.program.display()
                )
            })?;
            workers.idle().push(process);
        }
        Ok(workers)
    }

    fn idle(&self) -> std::sync::MutexGuard<'_, Vec<WorkerProcess>> {
        // push and pop only: a panic elsewhere cannot leave the Vec
        // half-changed, so a poisoned lock is still sound to use.
        self.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A new process with its `Configure` sent ahead.
    fn spawn(&self) -> Result<WorkerProcess, String> {
        let program: &Path = &self.config.program;
        let mut process = WorkerProcess::spawn(program).map_err(|err| {
            format!(
                "cannot start the sandbox worker {}: {err}",
                program.display()
            )
        })?;
        process
            .send_ahead(std::slice::from_ref(&self.configure))
            .map_err(|err| err.to_string())?;
        Ok(process)
    }

    /// A worker for one session: an idle one, or a new process while fewer
    /// than the maximum serve sessions. Waits for a free slot otherwise.
    pub(super) async fn lease(self: &Arc<Self>) -> Result<Lease, String> {
        let slot = self
            .slots
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| "the sandbox workers were shut down".to_owned())?;
        let process = loop {
            let idle = self.idle().pop();
            match idle {
                // A worker that died while idle is dropped here, before a
                // session's block is sent to it.
                Some(mut process) => {
                    if process.is_alive() {
                        break process;
                    }
                }
                None => break self.spawn()?,
            }
        };
        Ok(Lease {
            process: Some(process),
            workers: self.clone(),
            pending_call: None,
            _slot: slot,
        })
    }

    /// Stops the idle workers; leased ones stop when their session ends.
    pub(super) fn close(&self) {
        self.slots.close();
        self.idle().clear();
    }
}

/// One session's hold on a worker; hands it back (reset) when dropped.
#[derive(Debug)]
pub(super) struct Lease {
    /// `None` once the worker was lost.
    process: Option<WorkerProcess>,
    workers: Arc<Workers>,
    /// The call a resume answers.
    pending_call: Option<u32>,
    _slot: OwnedSemaphorePermit,
}

impl Drop for Lease {
    fn drop(&mut self) {
        let Some(mut process) = self.process.take() else {
            return;
        };
        // A turn given up half-way leaves the worker in an unknown state:
        // dropping it kills it.
        if self.workers.slots.is_closed() || process.is_mid_turn() {
            return;
        }
        if process
            .send_ahead(&[reset(), self.workers.configure.clone()])
            .is_ok()
        {
            self.workers.idle().push(process);
        }
    }
}

impl Lease {
    /// Whether the lease still has its worker.
    pub(super) fn is_live(&self) -> bool {
        self.process.is_some()
    }

    /// Runs `code` with `inputs` as globals until it pauses or ends.
    pub(super) async fn feed(
        &mut self,
        code: &str,
        inputs: Vec<(String, MontyObject)>,
        on_print: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Turn, TurnError> {
        let inputs = inputs
            .into_iter()
            .map(|(name, value)| pb::NamedValue {
                name,
                value: Some(WireObject::new(value)),
            })
            .collect();
        let feed = request(pb::parent_request::Kind::Feed(pb::Feed {
            code: code.to_owned(),
            inputs,
            skip_type_check: true,
        }));
        self.turn(&feed, on_print).await
    }

    /// Answers the call the code paused on.
    pub(super) async fn resume(
        &mut self,
        answer: Answer,
        on_print: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Turn, TurnError> {
        let Some(call_id) = self.pending_call.take() else {
            return Err(self.lose("a resume without a call to answer"));
        };
        let resume = request(pb::parent_request::Kind::ResumeCall(pb::ResumeCall {
            call_id,
            result: Some(wire_answer(answer, call_id)),
        }));
        self.turn(&resume, on_print).await
    }

    /// Answers a name lookup: the host's value for it, or undefined.
    pub(super) async fn resume_name_lookup(
        &mut self,
        value: Option<MontyObject>,
        on_print: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Turn, TurnError> {
        let kind = match value {
            Some(value) => pb::resume_name_lookup::Kind::Value(WireObject::new(value)),
            None => pb::resume_name_lookup::Kind::Undefined(pb::Unit {}),
        };
        let resume = request(pb::parent_request::Kind::ResumeNameLookup(
            pb::ResumeNameLookup { kind: Some(kind) },
        ));
        self.turn(&resume, on_print).await
    }

    /// Resolves the futures the code awaits (each a return or an error).
    pub(super) async fn resume_futures(
        &mut self,
        results: Vec<(u32, Answer)>,
        on_print: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Turn, TurnError> {
        let results = results
            .into_iter()
            .map(|(call_id, answer)| pb::FutureResult {
                call_id,
                result: Some(wire_answer(answer, call_id)),
            })
            .collect();
        let resume = request(pb::parent_request::Kind::ResumeFutures(pb::ResumeFutures {
            results,
        }));
        self.turn(&resume, on_print).await
    }

    /// The session as bytes [`load`](Self::load) restores.
    pub(super) async fn dump(&mut self) -> Result<Vec<u8>, TurnError> {
        let dump = request(pb::parent_request::Kind::Dump(pb::Dump {}));
        match self.exchange(&dump, &mut |_| {}).await? {
            pb::child_event::Kind::DumpResult(result) => Ok(result.state),
            other => Err(self.lose(&format!("an unexpected reply to a dump: {other:?}"))),
        }
    }

    /// Restores a dumped session into this (not yet used) worker.
    pub(super) async fn load(&mut self, state: Vec<u8>) -> Result<(), TurnError> {
        let load = request(pb::parent_request::Kind::Load(pb::Load { state }));
        match self.exchange(&load, &mut |_| {}).await? {
            pb::child_event::Kind::Ok(_) => Ok(()),
            other => Err(self.lose(&format!("an unexpected reply to a restore: {other:?}"))),
        }
    }

    /// Drops the worker (killing it) after a protocol fault.
    fn lose(&mut self, why: &str) -> TurnError {
        self.process = None;
        TurnError::Lost(format!("the sandbox worker was dropped: {why}"))
    }

    /// One turn of the code: a request, then events until a pause or the end.
    async fn turn(
        &mut self,
        request: &pb::ParentRequest,
        on_print: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Turn, TurnError> {
        match self.exchange(request, on_print).await? {
            pb::child_event::Kind::Complete(complete) => {
                match complete.value.map(WireObject::into_object) {
                    Some(Ok(value)) => Ok(Turn::Complete(value)),
                    Some(Err(err)) => Err(self.lose(&format!("an invalid value: {err}"))),
                    None => Err(self.lose("a completion without a value")),
                }
            }
            pb::child_event::Kind::FunctionCall(call) => {
                self.pending_call = Some(call.call_id);
                Ok(Turn::FunctionCall {
                    function_name: call.function_name,
                    args: call.args,
                    kwargs: call.kwargs,
                    call_id: call.call_id,
                    method: call.object_id.is_some(),
                })
            }
            pb::child_event::Kind::OsCall(call) => {
                self.pending_call = Some(call.call_id);
                let function_name = match call.call.map(OsFunctionCall::try_from) {
                    Some(Ok(os_call)) => os_call.name().to_owned(),
                    _ => "an OS function".to_owned(),
                };
                Ok(Turn::OsCall { function_name })
            }
            pb::child_event::Kind::NameLookup(lookup) => {
                let attribute = match lookup.object_id {
                    None => false,
                    Some(uuid) if MontyUuid::try_from_slice(&uuid.data).is_some() => true,
                    Some(_) => return Err(self.lose("a name lookup with an invalid object id")),
                };
                Ok(Turn::NameLookup {
                    name: lookup.name,
                    attribute,
                })
            }
            pb::child_event::Kind::ResolveFutures(_) => Ok(Turn::ResolveFutures),
            other => Err(self.lose(&format!("an unexpected event: {other:?}"))),
        }
    }

    /// Sends `request` and returns the event that ends its turn, passing
    /// printed text to `on_print` on the way; the code's exceptions come
    /// back as [`TurnError::Runtime`].
    async fn exchange(
        &mut self,
        request: &pb::ParentRequest,
        on_print: &mut (dyn FnMut(&str) + Send),
    ) -> Result<pb::child_event::Kind, TurnError> {
        let (spin, limit) = (self.workers.config.spin, self.workers.config.turn_limit);
        let Some(process) = self.process.as_mut() else {
            return Err(TurnError::Lost(
                "the session's sandbox worker is gone".into(),
            ));
        };
        if let Err(err) = process.send(request).await {
            if let ChannelError::Frame(FrameError::FrameTooLarge { len, max }) = err {
                // Nothing was written: the worker is still in step.
                process.end_turn();
                return Err(TurnError::Runtime(MontyException::new(
                    ExcType::RuntimeError,
                    Some(format!(
                        "a value of {len} bytes is larger than the sandbox's limit of {max} bytes"
                    )),
                )));
            }
            return Err(self.lose(&err.to_string()));
        }
        let received = tokio::time::timeout(limit, async {
            loop {
                let event = process.recv(spin).await?;
                match event.kind {
                    Some(pb::child_event::Kind::Print(print)) => on_print(&print.text),
                    Some(kind) => return Ok(kind),
                    None => return Err(ChannelError::Refused("an event with no kind".into())),
                }
            }
        })
        .await;
        let kind = match received {
            Err(_elapsed) => {
                self.process = None;
                return Err(TurnError::Timeout);
            }
            Ok(Err(ChannelError::Closed)) => {
                self.process = None;
                return Err(TurnError::Crashed);
            }
            Ok(Err(err)) => return Err(self.lose(&err.to_string())),
            Ok(Ok(kind)) => kind,
        };
        process.end_turn();
        match kind {
            pb::child_event::Kind::Error(error) => {
                match error.exception.map(MontyException::try_from) {
                    Some(Ok(exception)) => Err(TurnError::Runtime(exception)),
                    _ => Err(self.lose("an error without a valid exception")),
                }
            }
            pb::child_event::Kind::FatalError(fatal) => {
                self.process = None;
                Err(TurnError::Lost(format!(
                    "the sandbox worker stopped: {}",
                    fatal.message
                )))
            }
            kind => Ok(kind),
        }
    }
}

fn wire_answer(answer: Answer, call_id: u32) -> pb::ExtFunctionResult {
    let kind = match answer {
        Answer::Return(value) => pb::ext_function_result::Kind::ReturnValue(WireObject::new(value)),
        Answer::Error(exception) => pb::ext_function_result::Kind::Error((&exception).into()),
        Answer::Future => pb::ext_function_result::Kind::Future(call_id),
    };
    pb::ExtFunctionResult { kind: Some(kind) }
}
