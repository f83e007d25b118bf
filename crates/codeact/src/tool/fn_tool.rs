//! A tool made of a spec and a closure.

use std::future::Future;
use std::pin::Pin;

use async_trait::async_trait;
use serde_json::Value;

use super::{Tool, ToolArgs, ToolError, ToolSpec};

type BoxedCall = dyn Fn(ToolArgs) -> Pin<Box<dyn Future<Output = Result<Value, ToolError>> + Send>>
    + Send
    + Sync;

/// A tool whose behaviour is an async closure: the quickest way to give an
/// agent a capability without writing a type.
///
/// ```
/// use codeact::tool::{FnTool, Tool, ToolInput, ToolSpec};
/// use serde_json::{Value, json};
///
/// let double = FnTool::new(
///     ToolSpec::new("double", "Doubles a number.")
///         .input(ToolInput::new("x", "The number.", json!({"type": "integer"}))),
///     |args| async move { Ok(json!(args["x"].as_i64().unwrap_or(0) * 2)) },
/// );
/// let args = json!({"x": 21}).as_object().cloned().unwrap_or_default();
/// assert_eq!(codeact::blocking::wait(double.call(args))?, json!(42));
/// # Ok::<(), codeact::tool::ToolError>(())
/// ```
pub struct FnTool {
    spec: ToolSpec,
    call: Box<BoxedCall>,
}

impl FnTool {
    /// A tool described by `spec` that runs `call`.
    pub fn new<F, Fut>(spec: ToolSpec, call: F) -> Self
    where
        F: Fn(ToolArgs) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Value, ToolError>> + Send + 'static,
    {
        Self {
            spec,
            call: Box::new(move |args| Box::pin(call(args))),
        }
    }
}

impl std::fmt::Debug for FnTool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FnTool")
            .field("spec", &self.spec)
            .finish_non_exhaustive()
    }
}

#[async_trait]
impl Tool for FnTool {
    fn spec(&self) -> &ToolSpec {
        &self.spec
    }

    async fn call(&self, args: ToolArgs) -> Result<Value, ToolError> {
        (self.call)(args).await
    }
}
