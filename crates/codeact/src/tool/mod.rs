//! Tools: what an agent can do besides thinking.
//!
//! A [`Tool`] is a [`ToolSpec`] (name, description, typed inputs, output) and
//! an async [`call`](Tool::call) that takes JSON arguments. A [`ToolSet`] is
//! the named collection an agent or a sandbox session is given. With the
//! feature `mcp` (on by default), `mcp` makes an MCP server's tools into
//! tools.

mod error;
mod final_answer;
mod fn_tool;
#[cfg(feature = "mcp")]
pub mod mcp;
mod set;
mod spec;
mod validate;

use async_trait::async_trait;

pub use error::ToolError;
pub use final_answer::FinalAnswerTool;
pub use fn_tool::FnTool;
pub use set::ToolSet;
pub use spec::{ToolInput, ToolSpec};

/// The arguments of a tool call: a JSON object, keyed by input name.
pub type ToolArgs = serde_json::Map<String, serde_json::Value>;

/// Something an agent can call.
///
/// ```
/// use async_trait::async_trait;
/// use codeact::tool::{Tool, ToolArgs, ToolError, ToolInput, ToolSpec};
/// use serde_json::{json, Value};
///
/// struct Shout {
///     spec: ToolSpec,
/// }
///
/// #[async_trait]
/// impl Tool for Shout {
///     fn spec(&self) -> &ToolSpec {
///         &self.spec
///     }
///     async fn call(&self, args: ToolArgs) -> Result<Value, ToolError> {
///         let text = args.get("text").and_then(Value::as_str).unwrap_or_default();
///         Ok(Value::String(text.to_uppercase()))
///     }
/// }
///
/// let shout = Shout {
///     spec: ToolSpec::new("shout", "Upper-cases a text.")
///         .input(ToolInput::new("text", "The text.", json!({"type": "string"})))
///         .output(json!({"type": "string"})),
/// };
/// let out = codeact::blocking::wait(shout.call(json!({"text": "hi"}).as_object().unwrap().clone()));
/// assert_eq!(out.unwrap(), json!("HI"));
/// ```
#[async_trait]
pub trait Tool: Send + Sync {
    /// The tool's name, description, inputs and output.
    fn spec(&self) -> &ToolSpec;

    /// Runs the tool. `args` has been validated against the spec's inputs
    /// when the call comes through a [`ToolSet`].
    async fn call(&self, args: ToolArgs) -> Result<serde_json::Value, ToolError>;
}
