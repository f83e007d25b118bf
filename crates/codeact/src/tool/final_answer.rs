//! `final_answer`: the tool that ends a run.

use async_trait::async_trait;
use serde_json::{Value, json};

use super::{Tool, ToolArgs, ToolError, ToolInput, ToolSpec};

/// Ends the run with its `answer`. Every agent has it; in the sandbox it is
/// handled by the executor itself (the call stops the code block), and for
/// the tool-calling agent its result is the run's output.
///
/// ```
/// use codeact::tool::{FinalAnswerTool, Tool};
/// use serde_json::json;
///
/// let tool = FinalAnswerTool::new();
/// assert_eq!(tool.spec().name, "final_answer");
/// let args = json!({"answer": 42}).as_object().cloned().unwrap_or_default();
/// assert_eq!(codeact::blocking::wait(tool.call(args))?, json!(42));
/// # Ok::<(), codeact::tool::ToolError>(())
/// ```
#[derive(Debug, Clone)]
pub struct FinalAnswerTool {
    spec: ToolSpec,
}

impl FinalAnswerTool {
    /// The standard `final_answer(answer)`.
    pub fn new() -> Self {
        Self {
            spec: ToolSpec::new("final_answer", "Gives the final answer to the task.").input(
                ToolInput::new("answer", "The final answer to the task.", json!({})),
            ),
        }
    }
}

impl Default for FinalAnswerTool {
    fn default() -> Self {
        Self::new()
    }
}

#[async_trait]
impl Tool for FinalAnswerTool {
    fn spec(&self) -> &ToolSpec {
        &self.spec
    }

    async fn call(&self, mut args: ToolArgs) -> Result<Value, ToolError> {
        Ok(args.remove("answer").unwrap_or(Value::Null))
    }
}
