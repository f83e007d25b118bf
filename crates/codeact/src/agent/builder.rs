//! Building an agent: sensible defaults, every knob reachable.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use super::prompts::{CompiledPrompts, names};
use super::{
    Agent, AgentConfig, AgentError, AgentKind, AgentMemory, FinalAnswerCheck, MemoryStep,
    PromptTemplates, StepCallback,
};
use crate::exec::{ExecutorFactory, default_sandbox};
use crate::model::{GenerateOptions, Model, ToolChoice};
use crate::tool::FinalAnswerTool;
use crate::tool::{Tool, ToolSet, ToolSpec};

/// Builds an [`Agent`]; start with [`Agent::code`] or
/// [`Agent::tool_calling`].
///
/// ```
/// use std::sync::Arc;
/// use codeact::agent::Agent;
/// use codeact::model::OpenAIModel;
///
/// let model = Arc::new(OpenAIModel::builder("gpt-4o-mini").build()?);
/// let agent = Agent::code(model)
///     .name("analyst")
///     .max_steps(8)
///     .planning_interval(3)
///     .instructions("Answer in one sentence.")
///     .final_answer_check(|answer, _memory| {
///         if answer.is_null() { Err("the answer is empty".into()) } else { Ok(()) }
///     })
///     .build()?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use = "a builder does nothing until `build` is called"]
pub struct AgentBuilder {
    model: Arc<dyn Model>,
    code: bool,
    tools: Vec<Arc<dyn Tool>>,
    managed: Vec<Arc<dyn Tool>>,
    name: Option<String>,
    description: Option<String>,
    max_steps: u32,
    planning_interval: Option<u32>,
    instructions: Option<String>,
    prompts: Option<PromptTemplates>,
    final_answer_checks: Vec<FinalAnswerCheck>,
    step_callbacks: Vec<StepCallback>,
    stream_outputs: bool,
    timeout: Option<Duration>,
    sandbox: Option<Arc<dyn ExecutorFactory>>,
    code_block_tags: (String, String),
    options: GenerateOptions,
    max_observation_chars: usize,
    provide_run_summary: bool,
}

/// The default step limit, as in smolagents.
pub const DEFAULT_MAX_STEPS: u32 = 20;

/// The default cap on one observation's length, in characters.
pub const DEFAULT_MAX_OBSERVATION_CHARS: usize = 20_000;

impl AgentBuilder {
    pub(super) fn new(model: Arc<dyn Model>, code: bool) -> Self {
        Self {
            model,
            code,
            tools: Vec::new(),
            managed: Vec::new(),
            name: None,
            description: None,
            max_steps: DEFAULT_MAX_STEPS,
            planning_interval: None,
            instructions: None,
            prompts: None,
            final_answer_checks: Vec::new(),
            step_callbacks: Vec::new(),
            stream_outputs: false,
            timeout: None,
            sandbox: None,
            code_block_tags: ("<code>".into(), "</code>".into()),
            options: GenerateOptions::default(),
            max_observation_chars: DEFAULT_MAX_OBSERVATION_CHARS,
            provide_run_summary: false,
        }
    }

    /// Adds a tool.
    pub fn tool(mut self, tool: impl Tool + 'static) -> Self {
        self.tools.push(Arc::new(tool));
        self
    }

    /// Adds tools already behind `Arc`s (a [`ToolSet`]'s, an MCP server's).
    pub fn tools<I>(mut self, tools: I) -> Self
    where
        I: IntoIterator<Item = Arc<dyn Tool>>,
    {
        self.tools.extend(tools);
        self
    }

    /// Adds another agent as a team member this one can call like a tool.
    /// The other agent needs a name and a description.
    pub fn managed_agent(mut self, agent: &Agent) -> Self {
        self.managed.push(Arc::new(agent.as_managed()));
        self
    }

    /// Names the agent (a Python identifier; required to be managed).
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Describes the agent for a manager.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The number of action steps after which the model is asked for its best
    /// answer (default 20).
    pub fn max_steps(mut self, max_steps: u32) -> Self {
        self.max_steps = max_steps;
        self
    }

    /// Makes a plan before the first step and updates it every `interval`
    /// steps.
    pub fn planning_interval(mut self, interval: u32) -> Self {
        self.planning_interval = Some(interval);
        self
    }

    /// Extra instructions, appended to the system prompt.
    pub fn instructions(mut self, instructions: impl Into<String>) -> Self {
        self.instructions = Some(instructions.into());
        self
    }

    /// Replaces the prompt templates.
    pub fn prompts(mut self, prompts: PromptTemplates) -> Self {
        self.prompts = Some(prompts);
        self
    }

    /// Adds a check every final answer must pass; a rejection's reason goes
    /// back to the model.
    pub fn final_answer_check<F>(mut self, check: F) -> Self
    where
        F: Fn(&serde_json::Value, &AgentMemory) -> Result<(), String> + Send + Sync + 'static,
    {
        self.final_answer_checks.push(Arc::new(check));
        self
    }

    /// Calls `callback` with every step as it is added to memory.
    pub fn step_callback<F>(mut self, callback: F) -> Self
    where
        F: Fn(&MemoryStep) + Send + Sync + 'static,
    {
        self.step_callbacks.push(Arc::new(callback));
        self
    }

    /// Streams the model's replies, as [`RunEvent::ModelDelta`](super::RunEvent::ModelDelta)
    /// events.
    pub fn stream_outputs(mut self, stream: bool) -> Self {
        self.stream_outputs = stream;
        self
    }

    /// A deadline for every run of this agent.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The sandbox that runs a CodeAgent's code (default: the worker-process
    /// sandbox with default limits and imports).
    pub fn sandbox(mut self, sandbox: Arc<dyn ExecutorFactory>) -> Self {
        self.sandbox = Some(sandbox);
        self
    }

    /// The tags around code in a CodeAgent's replies (default `<code>` and
    /// `</code>`).
    pub fn code_block_tags(mut self, open: impl Into<String>, close: impl Into<String>) -> Self {
        self.code_block_tags = (open.into(), close.into());
        self
    }

    /// Options of every model call (temperature, max tokens, …); stop
    /// sequences and tools are added by the agent.
    pub fn generate_options(mut self, options: GenerateOptions) -> Self {
        self.options = options;
        self
    }

    /// Caps the length of one observation (default 20,000 characters).
    pub fn max_observation_chars(mut self, chars: usize) -> Self {
        self.max_observation_chars = chars;
        self
    }

    /// When managed, adds a summary of the run's steps to its report.
    pub fn provide_run_summary(mut self, provide: bool) -> Self {
        self.provide_run_summary = provide;
        self
    }

    /// Builds the agent: puts the tools together, compiles the prompts and
    /// renders the system prompt.
    pub fn build(self) -> Result<Agent, AgentError> {
        let name = self.name.unwrap_or_else(|| "agent".to_owned());
        if !is_identifier(&name) {
            return Err(AgentError::Config(format!(
                "agent name `{name}` is not a valid Python identifier"
            )));
        }
        if self.max_steps == 0 {
            return Err(AgentError::Config("max_steps must be at least 1".into()));
        }
        if self.planning_interval == Some(0) {
            return Err(AgentError::Config(
                "planning_interval must be at least 1".into(),
            ));
        }

        let mut all_tools = self.tools.clone();
        all_tools.extend(self.managed.iter().cloned());
        if !all_tools
            .iter()
            .any(|tool| tool.spec().name == "final_answer")
        {
            all_tools.push(Arc::new(FinalAnswerTool::new()));
        }
        let tools = ToolSet::new(all_tools)?;
        let managed_names: Vec<&str> = self
            .managed
            .iter()
            .map(|tool| tool.spec().name.as_str())
            .collect();
        let tool_entries: Vec<PromptTool> = tools
            .iter()
            .filter(|tool| !managed_names.contains(&tool.spec().name.as_str()))
            .map(|tool| PromptTool::from_spec(tool.spec()))
            .collect();
        let managed_entries: Vec<PromptTool> = self
            .managed
            .iter()
            .map(|tool| PromptTool::from_spec(tool.spec()))
            .collect();

        let (kind, templates, imports, subset) = if self.code {
            let sandbox = match self.sandbox {
                Some(sandbox) => sandbox,
                None => default_sandbox(),
            };
            let (open, close) = self.code_block_tags;
            if open.is_empty() || close.is_empty() {
                return Err(AgentError::Config(
                    "code block tags must not be empty".into(),
                ));
            }
            let imports = sandbox.authorized_imports();
            let subset = sandbox.language_notes();
            let templates = self.prompts.unwrap_or_else(PromptTemplates::code_agent);
            let kind = AgentKind::Code {
                sandbox,
                open_tag: open,
                close_tag: close,
            };
            (kind, templates, imports, subset)
        } else {
            let templates = self
                .prompts
                .unwrap_or_else(PromptTemplates::tool_calling_agent);
            (AgentKind::ToolCalling, templates, Vec::new(), String::new())
        };

        let (open_tag, close_tag) = match &kind {
            AgentKind::Code {
                open_tag,
                close_tag,
                ..
            } => (open_tag.as_str(), close_tag.as_str()),
            AgentKind::ToolCalling => ("", ""),
        };
        let fixed = minijinja::context! {
            tools => minijinja::Value::from_serialize(&tool_entries),
            managed_agents => minijinja::Value::from_serialize(&managed_entries),
            authorized_imports => imports.join(", "),
            supported_subset => subset,
            custom_instructions => self.instructions.clone().unwrap_or_default(),
            code_block_opening_tag => open_tag,
            code_block_closing_tag => close_tag,
            name => name.clone(),
        };
        let prompts = CompiledPrompts::compile(&templates, fixed)?;
        let system_prompt = prompts.render(names::SYSTEM, minijinja::Value::from(()))?;

        let base_options = self.options;
        let mut step_options = base_options.clone();
        step_options
            .stop
            .extend(["Observation:".to_owned(), "Calling tools:".to_owned()]);
        match &kind {
            AgentKind::Code {
                open_tag,
                close_tag,
                ..
            } => {
                // A closing tag inside the opening one (``` for ```python)
                // would stop the reply before any code.
                if !open_tag.contains(close_tag.as_str()) {
                    step_options.stop.push(close_tag.clone());
                }
            }
            AgentKind::ToolCalling => {
                step_options.tools = tools.iter().map(|tool| tool.spec().definition()).collect();
                step_options.tool_choice = Some(ToolChoice::Required);
            }
        }

        Ok(Agent {
            config: Arc::new(AgentConfig {
                kind,
                description: self.description.unwrap_or_default(),
                name,
                model: self.model,
                tools,
                prompts,
                system_prompt,
                max_steps: self.max_steps,
                planning_interval: self.planning_interval,
                final_answer_checks: self.final_answer_checks,
                step_callbacks: self.step_callbacks,
                stream_outputs: self.stream_outputs,
                timeout: self.timeout,
                max_observation_chars: self.max_observation_chars.max(100),
                step_options,
                base_options,
                provide_run_summary: self.provide_run_summary,
            }),
        })
    }
}

/// What the prompt templates see of a tool.
#[derive(Serialize)]
struct PromptTool {
    name: String,
    description: String,
    signature: String,
    schema: serde_json::Value,
}

impl PromptTool {
    fn from_spec(spec: &ToolSpec) -> Self {
        Self {
            name: spec.name.clone(),
            description: spec.description.clone(),
            signature: spec.python_signature(),
            schema: spec.parameters_schema(),
        }
    }
}

pub(crate) fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|first| first == '_' || first.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}
