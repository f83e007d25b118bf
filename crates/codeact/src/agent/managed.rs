//! An agent working for another, called like a tool.

use async_trait::async_trait;
use serde_json::{Value, json};

use super::prompts::names;
use super::{Agent, MemoryStep, MessageMode, RunRequest, RunState};
use crate::tool::{Tool, ToolArgs, ToolError, ToolInput, ToolSpec};

/// An [`Agent`] as a tool: it takes a `task` (and optional
/// `additional_args`), runs with its own memory, and answers with a report
/// built from its final answer (and, if the agent was built with
/// `provide_run_summary(true)`, a summary of its steps).
///
/// Every call is a separate run, so parallel calls to one managed agent are
/// safe.
#[derive(Debug, Clone)]
pub struct ManagedAgent {
    agent: Agent,
    spec: ToolSpec,
}

impl ManagedAgent {
    pub(crate) fn new(agent: Agent) -> Self {
        let spec = ToolSpec::new(agent.name(), agent.description())
            .input(ToolInput::new(
                "task",
                "The task, described completely: the team member knows nothing else.",
                json!({"type": "string"}),
            ))
            .input(
                ToolInput::new(
                    "additional_args",
                    "Values the team member can use as variables, by name.",
                    json!({"type": ["object", "null"]}),
                )
                .optional(),
            )
            .output(json!({"type": "string"}));
        Self { agent, spec }
    }
}

#[async_trait]
impl Tool for ManagedAgent {
    fn spec(&self) -> &ToolSpec {
        &self.spec
    }

    async fn call(&self, mut args: ToolArgs) -> Result<Value, ToolError> {
        let config = &self.agent.config;
        let task = match args.remove("task") {
            Some(Value::String(task)) => task,
            other => {
                return Err(ToolError::InvalidArgument {
                    tool: self.spec.name.clone(),
                    argument: "task".into(),
                    expected: "a string".into(),
                    got: other.map_or_else(|| "nothing".into(), |v| v.to_string()),
                });
            }
        };
        let framed = config
            .prompts
            .render(
                names::MANAGED_TASK,
                minijinja::context! { task => task, name => config.name.clone() },
            )
            .map_err(|err| ToolError::failed(&self.spec.name, err.to_string()))?;
        let mut request = RunRequest::new(framed);
        if let Some(Value::Object(extra)) = args.remove("additional_args") {
            request.additional_args = extra;
        }
        let result = self
            .agent
            .arun(request)
            .await
            .map_err(|err| ToolError::failed(&self.spec.name, err.to_string()))?;
        let answer = match (&result.state, &result.output) {
            (RunState::FinalAnswer | RunState::MaxSteps, Some(_)) => result.output_text(),
            _ => {
                return Err(ToolError::failed(
                    &self.spec.name,
                    format!(
                        "the team member's run ended without an answer ({:?}): {}",
                        result.state,
                        result.error.as_deref().unwrap_or("no reason given")
                    ),
                ));
            }
        };
        let mut report = config
            .prompts
            .render(
                names::MANAGED_REPORT,
                minijinja::context! { final_answer => answer, name => config.name.clone() },
            )
            .map_err(|err| ToolError::failed(&self.spec.name, err.to_string()))?;
        if config.provide_run_summary {
            report.push_str("\n\nA summary of the team member's work:\n");
            let steps = result
                .memory
                .steps
                .iter()
                .filter(|step| !matches!(step, MemoryStep::Task(_)));
            let summary = super::AgentMemory {
                system_prompt: String::new(),
                steps: steps.cloned().collect(),
            };
            for message in summary.to_messages(MessageMode::Summary) {
                report.push_str(&message.text());
                report.push_str("\n---\n");
            }
        }
        Ok(Value::String(report))
    }
}
