//! What a run reports while it goes, and how it ends.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::memory::{ActionStep, AgentMemory, MemoryStep, PlanningStep, StepError};
use crate::model::{StreamEvent, TokenUsage, ToolCall};

/// One event of a run, in the order they happen. The last event of every run
/// is [`RunEvent::RunFinished`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum RunEvent {
    /// The run began.
    RunStarted {
        /// The task, as the model sees it.
        task: String,
    },
    /// An action step began.
    StepStarted {
        /// Its number.
        step: u32,
    },
    /// A piece of the model's reply (only when the agent streams outputs).
    ModelDelta {
        /// The step it belongs to (0 for planning and final-answer calls).
        step: u32,
        /// The piece.
        delta: StreamEvent,
    },
    /// The model's whole reply for a step.
    ModelOutput {
        /// The step.
        step: u32,
        /// The reply's text.
        text: String,
        /// Tokens spent on the call.
        usage: Option<TokenUsage>,
        /// How long the call took, in milliseconds.
        duration_ms: f64,
    },
    /// The code a CodeAgent step is about to run.
    Code {
        /// The step.
        step: u32,
        /// The code.
        code: String,
    },
    /// The tool calls a ToolCallingAgent step is about to make.
    ToolCalls {
        /// The step.
        step: u32,
        /// The calls.
        calls: Vec<ToolCall>,
    },
    /// What the model will see of the action.
    Observation {
        /// The step.
        step: u32,
        /// The observation.
        text: String,
    },
    /// The step made a mistake; the model will read it and try again.
    StepError {
        /// The step.
        step: u32,
        /// The error.
        error: StepError,
    },
    /// A planning step finished.
    Planning {
        /// The plan.
        plan: PlanningStep,
    },
    /// An action step finished.
    StepFinished {
        /// The step's record, as it is kept in memory.
        record: ActionStep,
    },
    /// The run has its answer.
    FinalAnswer {
        /// The answer.
        output: serde_json::Value,
    },
    /// The run is over.
    RunFinished {
        /// Its result.
        result: Box<RunResult>,
    },
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunState {
    /// The model gave a final answer.
    FinalAnswer,
    /// The steps ran out; the output is the model's best answer from what it
    /// had.
    MaxSteps,
    /// The run failed (a model call failed after its retries, the sandbox
    /// could not start, …); see [`RunResult::error`].
    Failed,
    /// The run was cancelled.
    Cancelled,
    /// The run's deadline passed.
    DeadlineExceeded,
}

/// The result of a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunResult {
    /// The answer; `None` when the run failed, was cancelled or timed out.
    pub output: Option<serde_json::Value>,
    /// How the run ended.
    pub state: RunState,
    /// Why it failed, when it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Number of action steps taken in this run.
    pub steps: u32,
    /// Tokens spent in this run.
    pub usage: TokenUsage,
    /// Wall time of the run, in milliseconds.
    pub duration_ms: f64,
    /// The whole memory, including earlier runs this one continued; give it
    /// to [`RunRequest::continue_from`](super::RunRequest::continue_from) to
    /// go on.
    pub memory: AgentMemory,
}

impl RunResult {
    /// Wall time of the run.
    pub fn duration(&self) -> Duration {
        Duration::from_secs_f64(self.duration_ms.max(0.0) / 1000.0)
    }

    /// Whether the model gave a final answer.
    pub fn is_success(&self) -> bool {
        self.state == RunState::FinalAnswer
    }

    /// The output as text: strings as they are, other values as JSON, empty
    /// when there is none.
    ///
    /// ```
    /// # use codeact::agent::{AgentMemory, RunResult, RunState};
    /// # use codeact::model::TokenUsage;
    /// let result = RunResult {
    ///     output: Some(serde_json::json!("391")),
    ///     state: RunState::FinalAnswer,
    ///     error: None,
    ///     steps: 1,
    ///     usage: TokenUsage::default(),
    ///     duration_ms: 1.0,
    ///     memory: AgentMemory::new(""),
    /// };
    /// assert_eq!(result.output_text(), "391");
    /// ```
    pub fn output_text(&self) -> String {
        match &self.output {
            None => String::new(),
            Some(serde_json::Value::String(text)) => text.clone(),
            Some(other) => other.to_string(),
        }
    }

    /// The steps of the memory.
    pub fn memory_steps(&self) -> &[MemoryStep] {
        &self.memory.steps
    }
}
