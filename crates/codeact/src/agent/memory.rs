//! What a run remembers: typed steps that turn back into messages, and that
//! can be saved as JSON and loaded to continue later.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::model::{ChatMessage, ContentPart, ImageSource, Role, TokenUsage, ToolCall};

/// When a step started and how long it took.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Start, in milliseconds since the Unix epoch.
    pub started_at_ms: u64,
    /// Duration in milliseconds (fractional).
    pub duration_ms: f64,
}

impl Timing {
    /// A timing that starts now and has not ended yet.
    pub(crate) fn start() -> (Self, std::time::Instant) {
        let started_at_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
        (
            Self {
                started_at_ms,
                duration_ms: 0.0,
            },
            std::time::Instant::now(),
        )
    }

    pub(crate) fn finish(&mut self, started: std::time::Instant) {
        self.duration_ms = started.elapsed().as_secs_f64() * 1000.0;
    }

    /// The duration.
    pub fn duration(&self) -> Duration {
        Duration::from_secs_f64(self.duration_ms.max(0.0) / 1000.0)
    }
}

/// The task given to a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskStep {
    /// The task, with any notes about additional arguments.
    pub task: String,
    /// Images given with the task.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<ImageSource>,
}

/// A plan the model made (at the start, and every `planning_interval` steps).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanningStep {
    /// The plan, as shown to the model in later steps.
    pub plan: String,
    /// The model's raw reply.
    pub model_output: String,
    /// Tokens spent on it.
    pub usage: TokenUsage,
    /// When and how long.
    pub timing: Timing,
}

/// What kind of mistake a step made; the model reads the message and tries
/// again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepErrorKind {
    /// The reply had no usable code block or tool call.
    Parsing,
    /// The code raised an exception.
    Execution,
    /// A tool call failed (unknown tool, bad arguments, tool error).
    ToolCall,
    /// A final-answer check rejected the answer.
    FinalAnswerRejected,
    /// The model call failed and the run stopped.
    Model,
    /// The steps ran out.
    MaxSteps,
}

/// An error in a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepError {
    /// What kind.
    pub kind: StepErrorKind,
    /// What went wrong, for the model to read.
    pub message: String,
}

/// The result of one tool call in a tool-calling step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolResult {
    /// The call this answers.
    pub call_id: String,
    /// The tool.
    pub name: String,
    /// What the model sees: the output as text, or the error.
    pub observation: String,
    /// Whether the call failed.
    pub is_error: bool,
}

/// One think-act-observe step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionStep {
    /// 1-based number of the step within its run.
    pub step_number: u32,
    /// When and how long.
    pub timing: Timing,
    /// The model's reply text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_output: Option<String>,
    /// The code the step ran (CodeAgent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The tool calls the model made (ToolCallingAgent), in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tool_calls: Vec<ToolCall>,
    /// Whether the tool calls were native (sent back as tool messages) or
    /// parsed from the reply's text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub native_tool_calls: bool,
    /// Their results, in the order of the calls.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tool_results: Vec<ToolResult>,
    /// What the model sees of the action (printed output, last value, tool
    /// results).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observation: Option<String>,
    /// The step's error, if it made one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<StepError>,
    /// Tokens spent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<TokenUsage>,
    /// The final answer, when this step gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_answer: Option<serde_json::Value>,
}

impl ActionStep {
    pub(crate) fn new(step_number: u32, timing: Timing) -> Self {
        Self {
            step_number,
            timing,
            model_output: None,
            code: None,
            tool_calls: Vec::new(),
            native_tool_calls: false,
            tool_results: Vec::new(),
            observation: None,
            error: None,
            usage: None,
            final_answer: None,
        }
    }
}

/// The answer a run ended with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FinalAnswerStep {
    /// The answer.
    pub output: serde_json::Value,
}

/// One entry of an agent's memory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MemoryStep {
    /// A task.
    Task(TaskStep),
    /// A plan.
    Planning(PlanningStep),
    /// An action.
    Action(ActionStep),
    /// A final answer.
    FinalAnswer(FinalAnswerStep),
}

/// How much of the memory becomes messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageMode {
    /// Everything: the system prompt, plans, the model's own words.
    Full,
    /// For plan updates: no system prompt, no earlier plans, no thoughts; only
    /// tasks, actions and observations, so a new plan is not anchored on an
    /// old one.
    Summary,
}

/// The memory of a run: the system prompt and the steps.
///
/// ```
/// use codeact::agent::{AgentMemory, MessageMode};
/// let memory = AgentMemory::new("You are helpful.");
/// let json = memory.to_json()?;
/// let back = AgentMemory::from_json(&json)?;
/// assert_eq!(back.to_messages(MessageMode::Full).len(), 1);
/// # Ok::<(), codeact::agent::MemoryError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgentMemory {
    /// The system prompt the run used.
    pub system_prompt: String,
    /// The steps, oldest first.
    pub steps: Vec<MemoryStep>,
}

/// Memory that cannot be saved or loaded.
#[derive(Debug, thiserror::Error)]
pub enum MemoryError {
    /// The JSON is not an agent memory.
    #[error("agent memory is not valid JSON of the expected shape: {0}")]
    Json(#[from] serde_json::Error),
    /// The file cannot be read or written.
    #[error("agent memory file {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

const RETRY_HINT: &str =
    "Fix this and try again. If the same approach keeps failing, take a different one.";

impl AgentMemory {
    /// An empty memory with this system prompt.
    pub fn new(system_prompt: impl Into<String>) -> Self {
        Self {
            system_prompt: system_prompt.into(),
            steps: Vec::new(),
        }
    }

    /// The action steps, in order.
    pub fn action_steps(&self) -> impl Iterator<Item = &ActionStep> {
        self.steps.iter().filter_map(|step| match step {
            MemoryStep::Action(action) => Some(action),
            _ => None,
        })
    }

    /// Tokens spent by all steps.
    pub fn usage(&self) -> TokenUsage {
        self.steps
            .iter()
            .filter_map(|step| match step {
                MemoryStep::Action(action) => action.usage,
                MemoryStep::Planning(plan) => Some(plan.usage),
                _ => None,
            })
            .fold(TokenUsage::default(), |total, usage| total + usage)
    }

    /// The memory as chat messages for the next model call.
    pub fn to_messages(&self, mode: MessageMode) -> Vec<ChatMessage> {
        let mut messages = Vec::with_capacity(self.steps.len() * 2 + 1);
        if mode == MessageMode::Full {
            messages.push(ChatMessage::system(self.system_prompt.clone()));
        }
        for step in &self.steps {
            step_messages(step, mode, &mut messages);
        }
        messages
    }

    /// The memory as JSON.
    pub fn to_json(&self) -> Result<String, MemoryError> {
        Ok(serde_json::to_string_pretty(self)?)
    }

    /// Memory from JSON written by [`to_json`](Self::to_json).
    pub fn from_json(json: &str) -> Result<Self, MemoryError> {
        Ok(serde_json::from_str(json)?)
    }

    /// Writes the memory to a JSON file.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), MemoryError> {
        let path = path.as_ref();
        std::fs::write(path, self.to_json()?).map_err(|source| MemoryError::Io {
            path: path.display().to_string(),
            source,
        })
    }

    /// Reads a memory from a JSON file written by [`save`](Self::save).
    pub fn load(path: impl AsRef<Path>) -> Result<Self, MemoryError> {
        let path = path.as_ref();
        let json = std::fs::read_to_string(path).map_err(|source| MemoryError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::from_json(&json)
    }
}

fn step_messages(step: &MemoryStep, mode: MessageMode, messages: &mut Vec<ChatMessage>) {
    match step {
        MemoryStep::Task(task) => {
            let mut message = ChatMessage::user(format!("New task:\n{}", task.task));
            message
                .content
                .extend(task.images.iter().map(|source| ContentPart::Image {
                    source: source.clone(),
                }));
            messages.push(message);
        }
        MemoryStep::Planning(plan) => {
            if mode == MessageMode::Full {
                messages.push(ChatMessage::assistant(plan.plan.trim()));
                // A user turn after the plan, so the model does not simply go
                // on writing the plan.
                messages.push(ChatMessage::user("Now carry out this plan."));
            }
        }
        MemoryStep::Action(action) => action_messages(action, mode, messages),
        MemoryStep::FinalAnswer(_) => {}
    }
}

fn action_messages(action: &ActionStep, mode: MessageMode, messages: &mut Vec<ChatMessage>) {
    if action.native_tool_calls && !action.tool_calls.is_empty() {
        // Native tool calls go back as the provider expects them: the
        // assistant's calls, then one tool message per call.
        let text = match mode {
            MessageMode::Full => action.model_output.clone().unwrap_or_default(),
            MessageMode::Summary => String::new(),
        };
        let mut assistant = ChatMessage::assistant(text.trim());
        if assistant.text().is_empty() {
            assistant.content.clear();
        }
        assistant.tool_calls = action.tool_calls.clone();
        messages.push(assistant);
        for result in &action.tool_results {
            messages.push(ChatMessage::tool_result(
                result.call_id.clone(),
                result.observation.clone(),
            ));
        }
        if let Some(error) = &action.error {
            messages.push(ChatMessage::user(error_text(error)));
        }
        return;
    }

    match mode {
        MessageMode::Full => {
            if let Some(output) = &action.model_output {
                messages.push(ChatMessage::assistant(output.trim()));
            }
        }
        MessageMode::Summary => {
            if let Some(code) = &action.code {
                messages.push(ChatMessage::assistant(format!("Ran code:\n{code}")));
            } else if !action.tool_calls.is_empty() {
                let calls = serde_json::to_string(&action.tool_calls).unwrap_or_default();
                messages.push(ChatMessage::assistant(format!("Called tools:\n{calls}")));
            }
        }
    }
    let mut feedback = String::new();
    if let Some(observation) = &action.observation {
        feedback.push_str("Observation:\n");
        feedback.push_str(observation);
    }
    if let Some(error) = &action.error {
        if !feedback.is_empty() {
            feedback.push('\n');
        }
        feedback.push_str(&error_text(error));
    }
    if !feedback.is_empty() {
        messages.push(ChatMessage::new(Role::User, feedback));
    }
}

fn error_text(error: &StepError) -> String {
    match error.kind {
        StepErrorKind::MaxSteps | StepErrorKind::Model => format!("Error:\n{}", error.message),
        _ => format!("Error:\n{}\n{RETRY_HINT}", error.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timing() -> Timing {
        Timing {
            started_at_ms: 1,
            duration_ms: 2.0,
        }
    }

    fn code_step() -> ActionStep {
        let mut step = ActionStep::new(1, timing());
        step.model_output = Some("Thought: add.\n<code>\nx = 1 + 1\nprint(x)\n</code>".into());
        step.code = Some("x = 1 + 1\nprint(x)".into());
        step.observation = Some("Execution logs:\n2".into());
        step.usage = Some(TokenUsage {
            input_tokens: 10,
            output_tokens: 5,
        });
        step
    }

    fn memory() -> AgentMemory {
        let mut memory = AgentMemory::new("system");
        memory.steps.push(MemoryStep::Task(TaskStep {
            task: "add".into(),
            images: vec![],
        }));
        memory.steps.push(MemoryStep::Planning(PlanningStep {
            plan: "1. add".into(),
            model_output: "1. add".into(),
            usage: TokenUsage {
                input_tokens: 1,
                output_tokens: 1,
            },
            timing: timing(),
        }));
        memory.steps.push(MemoryStep::Action(code_step()));
        memory
    }

    #[test]
    fn full_messages_replay_the_conversation() {
        let roles: Vec<Role> = memory()
            .to_messages(MessageMode::Full)
            .iter()
            .map(|m| m.role)
            .collect();
        assert_eq!(
            roles,
            [
                Role::System,
                Role::User,
                Role::Assistant,
                Role::User,
                Role::Assistant,
                Role::User
            ]
        );
    }

    #[test]
    fn summary_drops_system_prompt_plans_and_thoughts() {
        let messages = memory().to_messages(MessageMode::Summary);
        let texts: Vec<String> = messages.iter().map(ChatMessage::text).collect();
        assert_eq!(
            texts,
            [
                "New task:\nadd",
                "Ran code:\nx = 1 + 1\nprint(x)",
                "Observation:\nExecution logs:\n2"
            ]
        );
    }

    #[test]
    fn errors_tell_the_model_to_retry() {
        let mut step = ActionStep::new(2, timing());
        step.model_output = Some("no code here".into());
        step.error = Some(StepError {
            kind: StepErrorKind::Parsing,
            message: "no code block".into(),
        });
        let mut messages = Vec::new();
        action_messages(&step, MessageMode::Full, &mut messages);
        assert_eq!(messages.len(), 2);
        assert_eq!(
            messages[1].text(),
            format!("Error:\nno code block\n{RETRY_HINT}")
        );
    }

    #[test]
    fn native_tool_calls_become_tool_messages() {
        let mut step = ActionStep::new(1, timing());
        step.native_tool_calls = true;
        step.tool_calls = vec![ToolCall {
            id: "c1".into(),
            name: "search".into(),
            arguments: serde_json::json!({"q": "x"}),
        }];
        step.tool_results = vec![ToolResult {
            call_id: "c1".into(),
            name: "search".into(),
            observation: "found".into(),
            is_error: false,
        }];
        let mut messages = Vec::new();
        action_messages(&step, MessageMode::Full, &mut messages);
        assert_eq!(messages[0].role, Role::Assistant);
        assert!(messages[0].content.is_empty());
        assert_eq!(messages[0].tool_calls.len(), 1);
        assert_eq!(messages[1].role, Role::Tool);
        assert_eq!(messages[1].tool_call_id.as_deref(), Some("c1"));
    }

    #[test]
    fn usage_sums_actions_and_plans() {
        assert_eq!(memory().usage().total(), 17);
    }

    #[test]
    fn memory_round_trips_through_a_file() {
        let dir = std::env::temp_dir().join(format!("codeact-memory-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("memory.json");
        let original = memory();
        original.save(&path).unwrap();
        assert_eq!(AgentMemory::load(&path).unwrap(), original);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn loading_garbage_is_a_clear_error() {
        let err = AgentMemory::from_json("{\"steps\": 3}").unwrap_err();
        assert!(err.to_string().contains("agent memory"), "{err}");
    }
}
