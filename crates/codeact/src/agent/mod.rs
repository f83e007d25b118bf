//! Agents: the step loop, CodeAgent and ToolCallingAgent, with one API for
//! blocking and async use.
//!
//! An [`Agent`] is configuration only (model, tools, prompts, limits): cheap
//! to clone, `Send + Sync`. Every run owns its memory and its sandbox
//! session, so one agent serves any number of concurrent runs.
//!
//! * [`Agent::arun_stream`] is the step loop as a stream of [`RunEvent`]s;
//! * [`Agent::arun`] drives the same loop to its end;
//! * [`Agent::run`] is the blocking shell over `arun`.
//!
//! The two kinds differ only in how a step acts: a CodeAgent
//! ([`Agent::code`]) runs the Python its model writes in a sandbox session,
//! a ToolCallingAgent ([`Agent::tool_calling`]) makes the model's JSON tool
//! calls, concurrently when there are several.

mod builder;
mod code_step;
mod events;
mod interrupt;
mod managed;
mod memory;
mod parse;
mod prompts;
mod run;
mod tool_step;

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::{Future, Stream};
use tokio::sync::mpsc;

pub use builder::AgentBuilder;
pub use events::{RunEvent, RunResult, RunState};
pub use interrupt::RunHandle;
pub use managed::ManagedAgent;
pub use memory::{
    ActionStep, AgentMemory, FinalAnswerStep, MemoryError, MemoryStep, MessageMode, PlanningStep,
    StepError, StepErrorKind, TaskStep, Timing, ToolResult,
};
pub use prompts::{
    FinalAnswerTemplates, ManagedAgentTemplates, PlanningTemplates, PromptError, PromptTemplates,
};

use crate::blocking;
use crate::exec::{ExecError, ExecutorFactory};
use crate::model::{GenerateOptions, ImageSource, Model};
use crate::tool::{ToolError, ToolSet};
use prompts::CompiledPrompts;

/// A check of a final answer: `Err(reason)` rejects it, and the reason goes
/// back to the model, which tries again.
pub type FinalAnswerCheck =
    Arc<dyn Fn(&serde_json::Value, &AgentMemory) -> Result<(), String> + Send + Sync>;

/// Called with every step as it is added to a run's memory.
pub type StepCallback = Arc<dyn Fn(&MemoryStep) + Send + Sync>;

/// An error that keeps an agent from being built or a run from starting.
///
/// What goes wrong *during* a run is not an `AgentError`: the run ends with a
/// [`RunState`] and keeps its memory.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AgentError {
    /// A prompt template is invalid.
    #[error(transparent)]
    Prompt(#[from] PromptError),
    /// The tools cannot be put together (two with one name, …).
    #[error(transparent)]
    Tool(#[from] ToolError),
    /// The sandbox cannot be set up.
    #[error(transparent)]
    Sandbox(#[from] ExecError),
    /// The configuration is inconsistent.
    #[error("agent configuration: {0}")]
    Config(String),
}

/// How a step acts.
#[derive(Clone)]
pub(crate) enum AgentKind {
    Code {
        sandbox: Arc<dyn ExecutorFactory>,
        open_tag: String,
        close_tag: String,
    },
    ToolCalling,
}

/// Everything an agent is; shared by its clones.
pub(crate) struct AgentConfig {
    pub(crate) kind: AgentKind,
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) model: Arc<dyn Model>,
    /// The tools the model can call, managed agents and `final_answer`
    /// included.
    pub(crate) tools: ToolSet,
    pub(crate) prompts: CompiledPrompts,
    pub(crate) system_prompt: String,
    pub(crate) max_steps: u32,
    pub(crate) planning_interval: Option<u32>,
    pub(crate) final_answer_checks: Vec<FinalAnswerCheck>,
    pub(crate) step_callbacks: Vec<StepCallback>,
    pub(crate) stream_outputs: bool,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_observation_chars: usize,
    /// Options of every action call, stop sequences and tools included.
    pub(crate) step_options: GenerateOptions,
    /// Options of planning and final-answer calls.
    pub(crate) base_options: GenerateOptions,
    pub(crate) provide_run_summary: bool,
}

/// An agent: a model, tools, prompts and limits.
///
/// ```no_run
/// use std::sync::Arc;
/// use codeact::agent::Agent;
/// use codeact::model::ScriptedModel;
///
/// let model = Arc::new(ScriptedModel::steps(["<code>final_answer(17 * 23)</code>"]));
/// let agent = Agent::code(model).max_steps(6).build()?;
/// let result = agent.run("What is 17 * 23?")?;
/// println!("{}", result.output_text());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Agent {
    pub(crate) config: Arc<AgentConfig>,
}

impl std::fmt::Debug for Agent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Agent")
            .field("name", &self.config.name)
            .field("model", &self.config.model.model_id())
            .field("tools", &self.config.tools)
            .finish_non_exhaustive()
    }
}

impl Agent {
    /// Starts building a CodeAgent: the model writes Python, a sandbox runs it.
    pub fn code(model: Arc<dyn Model>) -> AgentBuilder {
        AgentBuilder::new(model, true)
    }

    /// Starts building a ToolCallingAgent: the model makes JSON tool calls.
    pub fn tool_calling(model: Arc<dyn Model>) -> AgentBuilder {
        AgentBuilder::new(model, false)
    }

    /// The agent's name (used when it is managed by another agent).
    pub fn name(&self) -> &str {
        &self.config.name
    }

    /// What the agent does (used when it is managed by another agent).
    pub fn description(&self) -> &str {
        &self.config.description
    }

    /// The rendered system prompt.
    pub fn system_prompt(&self) -> &str {
        &self.config.system_prompt
    }

    /// The tools the model can call, `final_answer` and managed agents
    /// included.
    pub fn tools(&self) -> &ToolSet {
        &self.config.tools
    }

    /// Runs a task to its end and returns the result.
    ///
    /// Errors only when the run cannot start (e.g. no sandbox); failures
    /// during the run end it with a [`RunState`] instead, memory kept.
    ///
    /// The future owns what it needs (`'static`), so it can be spawned; dropping
    /// it stops the run: the model call, the tools, the sandbox.
    pub fn arun(
        &self,
        request: impl Into<RunRequest>,
    ) -> impl Future<Output = Result<RunResult, AgentError>> + Send + 'static {
        run::run(
            Arc::clone(&self.config),
            request.into(),
            run::EventSink::none(),
        )
    }

    /// Blocking [`arun`](Self::arun): works from `main`, from any thread and
    /// from inside a tokio runtime.
    pub fn run(&self, request: impl Into<RunRequest>) -> Result<RunResult, AgentError> {
        blocking::wait(self.arun(request))
    }

    /// Runs a task as a stream of events; the last one is
    /// [`RunEvent::RunFinished`] (or a single `RunFinished` with a failed
    /// state when the run cannot start). Dropping the stream stops the run.
    pub fn arun_stream(&self, request: impl Into<RunRequest>) -> RunStream {
        let (sender, events) = mpsc::unbounded_channel();
        let config = Arc::clone(&self.config);
        let request = request.into();
        let driver = async move {
            let sink = run::EventSink::channel(sender.clone());
            if let Err(err) = run::run(config, request, sink).await {
                let _ = sender.send(RunEvent::RunFinished {
                    result: Box::new(run::failed_to_start(err)),
                });
            }
        };
        RunStream {
            driver: Some(Box::pin(driver)),
            events,
        }
    }

    /// This agent as a tool another agent can call; see [`ManagedAgent`].
    pub fn as_managed(&self) -> ManagedAgent {
        ManagedAgent::new(self.clone())
    }
}

/// A task and how to run it.
///
/// ```
/// use codeact::agent::RunRequest;
/// let request = RunRequest::new("Summarise the data")
///     .additional_arg("data", serde_json::json!([1, 2, 3]))
///     .max_steps(4);
/// assert_eq!(request.task(), "Summarise the data");
/// ```
#[derive(Debug, Clone, Default)]
pub struct RunRequest {
    pub(crate) task: String,
    pub(crate) images: Vec<ImageSource>,
    pub(crate) additional_args: serde_json::Map<String, serde_json::Value>,
    pub(crate) memory: Option<AgentMemory>,
    pub(crate) max_steps: Option<u32>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) handle: Option<RunHandle>,
}

impl RunRequest {
    /// A request to solve `task`.
    pub fn new(task: impl Into<String>) -> Self {
        Self {
            task: task.into(),
            ..Self::default()
        }
    }

    /// The task.
    pub fn task(&self) -> &str {
        &self.task
    }

    /// Adds an image to the task.
    pub fn image(mut self, image: ImageSource) -> Self {
        self.images.push(image);
        self
    }

    /// A value the code can use as a variable (CodeAgent), or a tool call can
    /// name as an argument (ToolCallingAgent).
    pub fn additional_arg(mut self, name: impl Into<String>, value: serde_json::Value) -> Self {
        self.additional_args.insert(name.into(), value);
        self
    }

    /// Continues an earlier run: its memory comes first, then this task.
    pub fn continue_from(mut self, memory: AgentMemory) -> Self {
        self.memory = Some(memory);
        self
    }

    /// Overrides the agent's step limit for this run.
    pub fn max_steps(mut self, max_steps: u32) -> Self {
        self.max_steps = Some(max_steps);
        self
    }

    /// Ends the run with [`RunState::DeadlineExceeded`] after this long.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Lets `handle` cancel the run.
    pub fn handle(mut self, handle: &RunHandle) -> Self {
        self.handle = Some(handle.clone());
        self
    }
}

impl From<&str> for RunRequest {
    fn from(task: &str) -> Self {
        Self::new(task)
    }
}

impl From<String> for RunRequest {
    fn from(task: String) -> Self {
        Self::new(task)
    }
}

impl From<&String> for RunRequest {
    fn from(task: &String) -> Self {
        Self::new(task.as_str())
    }
}

/// The events of a run; see [`Agent::arun_stream`].
///
/// The run makes progress only while the stream is polled, and stops when the
/// stream is dropped.
pub struct RunStream {
    driver: Option<Pin<Box<dyn Future<Output = ()> + Send>>>,
    events: mpsc::UnboundedReceiver<RunEvent>,
}

impl Stream for RunStream {
    type Item = RunEvent;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<RunEvent>> {
        if let Poll::Ready(Some(event)) = self.events.poll_recv(cx) {
            return Poll::Ready(Some(event));
        }
        if let Some(driver) = self.driver.as_mut()
            && driver.as_mut().poll(cx).is_ready()
        {
            self.driver = None;
        }
        match self.events.poll_recv(cx) {
            Poll::Ready(Some(event)) => Poll::Ready(Some(event)),
            // The driver holds the only sender: once it is done, a closed
            // channel is the end of the stream.
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending if self.driver.is_none() => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl std::fmt::Debug for RunStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunStream")
            .field("running", &self.driver.is_some())
            .finish()
    }
}
