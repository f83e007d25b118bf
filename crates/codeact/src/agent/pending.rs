//! TEMPORARY (branch `agents` only): stand-ins for pieces other branches
//! build, so this branch compiles and its tests run before the merge. Removed
//! at the merge; nothing here lands on main.

use std::sync::Arc;

use async_trait::async_trait;
use serde_json::{Value, json};

use crate::exec::ExecutorFactory;
use crate::tool::{Tool, ToolArgs, ToolError, ToolInput, ToolSpec};

pub(crate) fn python_signature(spec: &ToolSpec) -> String {
    let args: Vec<String> = spec.inputs.iter().map(|i| i.name.clone()).collect();
    format!(
        "def {}({}):\n    \"\"\"{}\"\"\"",
        spec.name,
        args.join(", "),
        spec.description
    )
}

pub(crate) struct FinalAnswer(ToolSpec);

impl FinalAnswer {
    pub(crate) fn new() -> Self {
        Self(
            ToolSpec::new("final_answer", "Gives the final answer.").input(ToolInput::new(
                "answer",
                "The answer.",
                json!({}),
            )),
        )
    }
}

#[async_trait]
impl Tool for FinalAnswer {
    fn spec(&self) -> &ToolSpec {
        &self.0
    }
    async fn call(&self, mut args: ToolArgs) -> Result<Value, ToolError> {
        Ok(args.remove("answer").unwrap_or(Value::Null))
    }
}

pub(crate) fn default_executor_factory() -> Result<Arc<dyn ExecutorFactory>, super::AgentError> {
    Err(super::AgentError::Config(
        "no default sandbox on this branch yet".into(),
    ))
}
