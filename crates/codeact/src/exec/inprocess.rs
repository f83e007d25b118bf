//! The sandbox in this process: monty's REPL, driven by the host.
//!
//! The interpreter runs until the code needs something from outside: a name
//! it does not know (a tool), a call to one, or futures to resolve. Each
//! time it pauses, the host answers (awaiting a tool, sync or async) and
//! resumes it. The code never sees an `await` it did not write.
//!
//! In-process execution shares the host's address space: an interpreter
//! abort takes the process with it, memory cannot be capped per session and
//! a single huge integer operation cannot be interrupted. That is what the
//! worker processes are for; use this executor for trusted code and tests.

use std::collections::BTreeSet;
use std::future::Future;
use std::pin::Pin;

use async_trait::async_trait;
use futures::future::join_all;
use monty::{Dump, MontyRepl, ReplFunctionCall, ReplProgress, Session, SessionRef};
use monty_types::{
    CompileOptions, ExtFunctionResult, MontyObject, NameLookupResult, PrintWriter, ResourceLimits,
    ResourceTracker,
};
use serde_json::{Map, Value};

use super::dispatch::{self, Dispatch, HostCall};
use super::errors::{self, python_error};
use super::prepass;
use super::pymod::{self, PyModule};
use crate::exec::PythonError;
use crate::exec::{CodeExecutor, ExecError, Execution, ExecutorFactory, SandboxConfig};
use crate::tool::ToolSet;

pub(crate) const SCRIPT_NAME: &str = "agent.py";

/// Printed output collected beyond the kept part, as a multiple of it,
/// before printing itself is stopped with a `MemoryError`.
const OUTPUT_HARD_CAP_FACTOR: usize = 20;

/// A Python session in this process.
///
/// ```
/// use codeact::exec::{CodeExecutor, InProcessExecutor, SandboxConfig};
/// use codeact::tool::ToolSet;
///
/// let mut session = InProcessExecutor::new(SandboxConfig::default());
/// let tools = ToolSet::default();
/// codeact::blocking::wait(async {
///     session.execute("x = [3, 1, 2]\nprint(sorted(x))", &tools).await?;
///     let next = session.execute("sum(x)", &tools).await?;
///     assert_eq!(next.value.as_deref(), Some("6"));
///     Ok::<_, codeact::exec::ExecError>(())
/// })?;
/// # Ok::<(), codeact::exec::ExecError>(())
/// ```
pub struct InProcessExecutor {
    config: SandboxConfig,
    /// `None` only while a block runs; a block whose future was dropped
    /// leaves it `None`, and the next block starts a fresh session.
    repl: Option<MontyRepl>,
    /// The Python-written modules this session has loaded.
    loaded: BTreeSet<&'static str>,
    /// What the session's classes define that the prepass bridges
    /// (properties, operators).
    classes: super::rewrite::ClassFacts,
}

impl std::fmt::Debug for InProcessExecutor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InProcessExecutor")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl InProcessExecutor {
    /// A fresh session with these rules.
    pub fn new(config: SandboxConfig) -> Self {
        let repl = new_repl(&config);
        Self {
            config,
            repl: Some(repl),
            loaded: BTreeSet::new(),
            classes: super::rewrite::ClassFacts::default(),
        }
    }
}

fn new_repl(config: &SandboxConfig) -> MontyRepl {
    let limits = ResourceLimits {
        max_duration: Some(config.limits.max_duration),
        max_recursion_depth: config.limits.max_recursion_depth,
        ..ResourceLimits::default()
    };
    let options = CompileOptions {
        // CPython's plain assert messages, not pytest-style ones.
        assert_message_annotations: monty_types::AssertMessageAnnotations::Off,
    };
    MontyRepl::new(SCRIPT_NAME, ResourceTracker::new(limits), options)
}

type PendingTool<'a> = Pin<Box<dyn Future<Output = (u32, ExtFunctionResult)> + Send + 'a>>;

/// Everything one block gathers while it runs.
struct BlockRun<'a> {
    tools: &'a ToolSet,
    tool_calls: usize,
    final_answer: Option<Value>,
    pending: Vec<PendingTool<'a>>,
    /// Time spent in `time.sleep`, bounded by the block's time limit.
    slept: std::time::Duration,
    time_limit: std::time::Duration,
}

#[async_trait]
impl CodeExecutor for InProcessExecutor {
    async fn execute(&mut self, code: &str, tools: &ToolSet) -> Result<Execution, ExecError> {
        let mut notes = Vec::new();
        let mut repl = match self.repl.take() {
            Some(repl) => repl,
            None => {
                notes.push(
                    "The previous code block was interrupted; the session restarted empty.".into(),
                );
                self.loaded.clear();
                self.classes = super::rewrite::ClassFacts::default();
                new_repl(&self.config)
            }
        };
        let tool_names: BTreeSet<String> = tools.names().into_iter().collect();
        let checked = match prepass::check(
            code,
            &self.config.authorized_imports,
            &tool_names,
            &mut self.classes,
        ) {
            Ok(checked) => checked,
            Err(error) => {
                self.repl = Some(repl);
                return Ok(Execution {
                    error: Some(error),
                    notes,
                    ..Execution::default()
                });
            }
        };
        repl.tracker_mut()
            .set_max_duration(self.config.limits.max_duration);
        // The modules the session lacks, then the prologue: code of the
        // sandbox's own that runs before the block.
        let mut hidden_error = None;
        for module in checked.modules {
            if self.loaded.contains(module.name) {
                continue;
            }
            let (next, error) = load_module(repl, module);
            repl = next;
            if error.is_some() {
                hidden_error = error;
                break;
            }
            self.loaded.insert(module.name);
        }
        if hidden_error.is_none()
            && let Some(prologue) = checked.prologue
        {
            let (next, error) = run_hidden(repl, prologue, errors::python_error);
            repl = next;
            hidden_error = error;
        }
        if let Some(error) = hidden_error {
            self.repl = Some(repl);
            return Ok(Execution {
                error: Some(error),
                notes,
                ..Execution::default()
            });
        }

        let cap = self.config.limits.max_output_bytes;
        let mut output = String::new();
        let hard_cap = Some(cap.saturating_mul(OUTPUT_HARD_CAP_FACTOR).max(1 << 20));
        let mut run = BlockRun {
            tools,
            tool_calls: 0,
            final_answer: None,
            pending: Vec::new(),
            slept: std::time::Duration::ZERO,
            time_limit: self.config.limits.max_duration,
        };
        let mut progress = repl.feed_start(
            &checked.code,
            Vec::new(),
            PrintWriter::CollectString(&mut output, hard_cap),
        );
        let (repl, value, error) = loop {
            progress = match progress {
                Ok(ReplProgress::Complete { repl, value }) => break (repl, Some(value), None),
                Err(failed) => {
                    let failed = *failed;
                    let error = if run.final_answer.is_some() {
                        None
                    } else {
                        Some(errors::with_user_line(
                            python_error(&failed.error),
                            code,
                            &checked.lines,
                        ))
                    };
                    break (failed.repl, None, error);
                }
                Ok(ReplProgress::NameLookup(lookup)) => {
                    let known = dispatch::provides(&lookup.name, &tool_names);
                    let answer = if known && lookup.object_id().is_none() {
                        NameLookupResult::Value(dispatch::function(&lookup.name))
                    } else {
                        NameLookupResult::Undefined
                    };
                    lookup.resume(answer, PrintWriter::CollectString(&mut output, hard_cap))
                }
                Ok(ReplProgress::FunctionCall(call)) => {
                    run.function_call(call, &mut output, hard_cap).await
                }
                Ok(ReplProgress::OsCall(call)) => {
                    let what = format!("{:?}", call.function_call.name());
                    call.abort(
                        dispatch::refuse_os_call(&what),
                        PrintWriter::CollectString(&mut output, hard_cap),
                    )
                }
                Ok(ReplProgress::ResolveFutures(waiting)) => {
                    let pending = std::mem::take(&mut run.pending);
                    let results = join_all(pending).await;
                    waiting.resume(results, PrintWriter::CollectString(&mut output, hard_cap))
                }
            };
        };
        self.repl = Some(repl);

        let value = value
            .filter(|value| !matches!(value, MontyObject::None))
            .map(|value| value.py_repr());
        Ok(Execution {
            output: dispatch::cut_output(output, cap),
            value: if run.final_answer.is_some() {
                None
            } else {
                value
            },
            final_answer: run.final_answer,
            error,
            notes,
        })
    }

    async fn set_variables(&mut self, variables: Map<String, Value>) -> Result<(), ExecError> {
        if variables.is_empty() {
            return Ok(());
        }
        let (code, inputs) = dispatch::variables_code(variables)?;
        let repl = self.repl.take().unwrap_or_else(|| new_repl(&self.config));
        match repl.feed_start(&code, inputs, PrintWriter::Disabled) {
            Ok(ReplProgress::Complete { repl, .. }) => {
                self.repl = Some(repl);
                Ok(())
            }
            Ok(other) => {
                self.repl = Some(repl_of(other));
                Err(ExecError::Session(
                    "setting variables paused the interpreter".into(),
                ))
            }
            Err(failed) => {
                let failed = *failed;
                self.repl = Some(failed.repl);
                Err(ExecError::Session(format!(
                    "setting variables failed: {}",
                    failed.error.summary()
                )))
            }
        }
    }

    async fn snapshot(&mut self) -> Result<Option<Vec<u8>>, ExecError> {
        let Some(repl) = self.repl.as_ref() else {
            return Ok(None);
        };
        monty::dump(SCRIPT_NAME, None, SessionRef::Idle(repl))
            .map(Some)
            .map_err(|err| ExecError::Session(format!("cannot save the session: {err}")))
    }

    async fn restore(&mut self, snapshot: &[u8]) -> Result<(), ExecError> {
        let dump = Dump::load(snapshot)
            .map_err(|err| ExecError::Session(format!("cannot load the session: {err:?}")))?;
        match dump.state {
            Session::Idle(repl) => {
                self.repl = Some(*repl);
                // The saved session may or may not hold them; loading checks.
                self.loaded.clear();
                Ok(())
            }
            _ => Err(ExecError::Session(
                "the saved session was not between code blocks".into(),
            )),
        }
    }
}

impl<'a> BlockRun<'a> {
    async fn function_call(
        &mut self,
        call: ReplFunctionCall,
        output: &mut String,
        hard_cap: Option<usize>,
    ) -> Result<ReplProgress, Box<monty::ReplStartError>> {
        self.tool_calls += 1;
        let decision = dispatch::dispatch(
            &call.function_name,
            &call.args,
            &call.kwargs,
            call.object_id.is_some(),
            self.tool_calls,
            self.tools,
        );
        let print = |output| PrintWriter::CollectString(output, hard_cap);
        match decision {
            Dispatch::Raise(error) => call.resume(ExtFunctionResult::Error(error), print(output)),
            Dispatch::Host(HostCall::Sleep(duration)) => {
                if self.slept.saturating_add(duration) > self.time_limit {
                    let error = dispatch::sleep_limit_error(self.time_limit);
                    return call.resume(ExtFunctionResult::Error(error), print(output));
                }
                self.slept += duration;
                tokio::time::sleep(duration).await;
                call.resume(ExtFunctionResult::Return(MontyObject::None), print(output))
            }
            Dispatch::Host(HostCall::AsyncSleep(duration)) => {
                if self.slept.saturating_add(duration) > self.time_limit {
                    let error = dispatch::sleep_limit_error(self.time_limit);
                    return call.resume(ExtFunctionResult::Error(error), print(output));
                }
                self.slept += duration;
                let call_id = call.call_id;
                self.pending.push(Box::pin(async move {
                    tokio::time::sleep(duration).await;
                    (call_id, ExtFunctionResult::Return(MontyObject::None))
                }));
                call.resume_pending(print(output))
            }
            Dispatch::Host(host) => call.resume(
                ExtFunctionResult::Return(dispatch::host_answer(host)),
                print(output),
            ),
            Dispatch::FinalAnswer(answer) => {
                self.final_answer = Some(answer);
                call.abort(dispatch::final_answer_exit(), print(output))
            }
            Dispatch::Tool {
                name,
                args,
                concurrent: true,
            } => {
                let tools = self.tools;
                let call_id = call.call_id;
                self.pending.push(Box::pin(async move {
                    (call_id, ext_result(tools.call(&name, args).await))
                }));
                call.resume_pending(print(output))
            }
            Dispatch::Tool { name, args, .. } => {
                // The writer is made after the await: it is not `Send`.
                let result = ext_result(self.tools.call(&name, args).await);
                call.resume(result, print(output))
            }
        }
    }
}

fn ext_result(result: Result<Value, crate::tool::ToolError>) -> ExtFunctionResult {
    match dispatch::tool_outcome(result) {
        Ok(value) => ExtFunctionResult::Return(value),
        Err(error) => ExtFunctionResult::Error(error),
    }
}

/// Defines `module`'s object in the session, printing nothing; the error
/// says which module failed, should one ever fail.
fn load_module(repl: MontyRepl, module: &PyModule) -> (MontyRepl, Option<PythonError>) {
    run_hidden(repl, &module.loader(), |error| {
        pymod::load_error(module, error)
    })
}

/// Runs code of the sandbox's own in the session, printing nothing; a
/// failure becomes the error `describe` makes of it.
fn run_hidden(
    repl: MontyRepl,
    code: &str,
    describe: impl Fn(&monty_types::MontyException) -> PythonError,
) -> (MontyRepl, Option<PythonError>) {
    let mut progress = repl.feed_start(code, Vec::new(), PrintWriter::Disabled);
    loop {
        progress = match progress {
            Ok(ReplProgress::Complete { repl, .. }) => return (repl, None),
            Err(failed) => {
                let failed = *failed;
                return (failed.repl, Some(describe(&failed.error)));
            }
            // The module object itself is looked up first: a restored
            // session may hold it already.
            Ok(ReplProgress::NameLookup(lookup)) => {
                let answer = if dispatch::provides(&lookup.name, &BTreeSet::new()) {
                    NameLookupResult::Value(dispatch::function(&lookup.name))
                } else {
                    NameLookupResult::Undefined
                };
                lookup.resume(answer, PrintWriter::Disabled)
            }
            // A module may read the clock or the host's randomness as it
            // loads (an unseeded `random`), nothing more.
            Ok(ReplProgress::FunctionCall(call)) => {
                let decision = dispatch::dispatch(
                    &call.function_name,
                    &call.args,
                    &call.kwargs,
                    call.object_id.is_some(),
                    0,
                    &ToolSet::default(),
                );
                let answer = match decision {
                    Dispatch::Host(host)
                        if !matches!(host, HostCall::Sleep(_) | HostCall::AsyncSleep(_)) =>
                    {
                        ExtFunctionResult::Return(dispatch::host_answer(host))
                    }
                    _ => ExtFunctionResult::Error(monty_types::MontyException::new(
                        monty_types::ExcType::RuntimeError,
                        Some(format!(
                            "'{}' cannot be called while a module loads",
                            call.function_name
                        )),
                    )),
                };
                call.resume(answer, PrintWriter::Disabled)
            }
            Ok(other) => {
                let repl = repl_of(other);
                let error = describe(&monty_types::MontyException::new(
                    monty_types::ExcType::RuntimeError,
                    Some("loading paused the interpreter".into()),
                ));
                return (repl, Some(error));
            }
        };
    }
}

fn repl_of(progress: ReplProgress) -> MontyRepl {
    match progress {
        ReplProgress::Complete { repl, .. } => repl,
        ReplProgress::FunctionCall(call) => call.into_repl(),
        ReplProgress::OsCall(call) => call.into_repl(),
        ReplProgress::NameLookup(lookup) => lookup.into_repl(),
        ReplProgress::ResolveFutures(waiting) => waiting.into_repl(),
    }
}

/// Starts in-process sessions.
///
/// ```
/// use codeact::exec::{ExecutorFactory, InProcessFactory};
/// let factory = InProcessFactory::default();
/// assert!(factory.authorized_imports().iter().any(|m| m == "math"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct InProcessFactory {
    config: SandboxConfig,
}

impl InProcessFactory {
    /// Sessions with these rules.
    pub fn new(config: SandboxConfig) -> Self {
        Self { config }
    }
}

/// What the model should know about the Python the sandbox runs.
pub const LANGUAGE_NOTES: &str = "The sandbox runs a subset of Python 3: functions, closures, lambdas, \
comprehensions, classes (inheriting from classes of your own code), dataclasses, exceptions, exception \
classes of your own (`class InvalidInput(ValueError)`; define them before functions that catch exceptions, \
and start each `except` body with a simple statement), f-strings, `\"literal\" % args` formatting, async/await. \
Enum, IntEnum, StrEnum, Flag, IntFlag (and `str`/`int` mixins), typing.NamedTuple, TypedDict, Protocol and Generic classes work (with `enum`/`typing` allowed), \
and dataclasses may inherit dataclasses. Not available: subclasses of other library classes (no ABC or JSONEncoder bases), \
a `yield` inside `with`, `try`/`finally` or `match`, tool calls inside a generator function's body \
(collect the tool results in a plain loop into a list instead), `match` class patterns with positional arguments except for dataclasses and classes with a literal `__match_args__` (else write `Point(x=0, y=y)`), `del` except on dict keys, items and slices (`del d[k]`, `del items[i]`, `del items[a:b]`), \
eval/exec/open and dunder attributes other than `__name__`, \
`__class__`, `__mro__`, `__bases__`, `__dict__` and `__cause__` (read; `vars(obj)` works outside special methods), `__init__`, `__str__`, `__repr__`, `__doc__` and the operator methods (`__add__`, `__lt__`, `__len__`, \
`__getitem__`, `__call__`..., also called by name: `it.__next__()`). Method decorators (@property with its setter, @staticmethod, \
@classmethod, your own) work. Besides monty's math, re, json, datetime, collections, \
itertools, functools and unicodedata, the sandbox provides heapq, bisect, operator, random (CPython's \
sequences for a given seed), statistics (StatisticsError is ValueError), string, copy, stat, textwrap, \
queue (queue.Empty is IndexError, queue.Full is OverflowError) and time; the local time zone is UTC; \
`if __name__ == \"__main__\":` works. Tools are plain functions: call them directly, no `await` needed; \
to run many tool calls at once, `import asyncio` and `await asyncio.gather(tool(a), tool(b))`. \
Tools cannot be called from callbacks of builtins (`map`, `filter`, `sorted(key=...)`): use a comprehension. \
Classes defining `__getattr__`, `__setattr__`, `__getattribute__`, `__new__`, `__del__` or the \
descriptor methods (`__get__`, `__set__`) are refused: those are never called here. Do not change a list \
inside a loop over enumerate/zip of it (they walk a copy). A generator expression that calls a tool \
computes all its values at once.";

#[async_trait]
impl ExecutorFactory for InProcessFactory {
    async fn create(&self) -> Result<Box<dyn CodeExecutor>, ExecError> {
        Ok(Box::new(InProcessExecutor::new(self.config.clone())))
    }

    fn authorized_imports(&self) -> Vec<String> {
        self.config.authorized_imports.clone()
    }

    fn language_notes(&self) -> String {
        LANGUAGE_NOTES.to_owned()
    }
}
