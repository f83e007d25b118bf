//! Tools: what an agent can do besides thinking.
//!
//! A [`Tool`] is a [`ToolSpec`] (name, description, typed inputs, output) and
//! an async [`call`](Tool::call) that takes JSON arguments. A [`ToolSet`] is
//! the named collection an agent or a sandbox session is given. The tools
//! codeact ships (`web_search`, `visit_webpage`, `python_interpreter`,
//! `user_input`) are in [`builtin`]; with the feature `mcp` (on by
//! default), `mcp` makes an MCP server's tools into tools.

pub mod builtin;
mod error;
mod final_answer;
mod fn_tool;
#[doc(hidden)]
pub mod macro_support;
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

/// Makes a tool of a documented function, sync or `async`.
///
/// The function stays callable as before; next to it comes a unit struct
/// named after it in PascalCase (`get_weather` → `GetWeather`, or
/// `#[tool(struct_name = "...")]`) that implements [`Tool`]:
///
/// * the doc comment's first paragraph is the description, and its
///   `# Arguments` section (`` * `city` - ...`` or `- city: ...`) describes
///   each argument; an undocumented argument is a compile error;
/// * each argument's Rust type is its JSON schema (through
///   [schemars](https://docs.rs/schemars): derive `JsonSchema` and
///   `Deserialize` for your own structs), with subschemas inlined;
///   `Option<T>` is an optional input;
/// * the return type (`T`, or the `Ok` type of a `Result`) is the output
///   schema and is serialized with serde; an `Err` becomes
///   [`ToolError::Failed`] with its `{:#}` text (a returned [`ToolError`] is
///   passed on as it is); a panic becomes a failure too;
/// * an argument that is missing or does not deserialize is refused with
///   [`ToolError::InvalidArgument`] naming it, before the function runs;
/// * an `async fn` is awaited; a sync `fn` runs on tokio's blocking threads,
///   so a tool that blocks never stalls the runtime (it cannot be
///   interrupted, though: a cancelled call's thread runs to its end).
///
/// `#[tool(name = "...")]` renames the tool and `#[tool(description =
/// "...")]` replaces the doc comment's description. Arguments are owned
/// values (`String`, not `&str`); a free function only, not a method.
///
/// ```
/// use codeact::tool::{Tool, ToolError, ToolSet, tool};
/// use serde_json::json;
///
/// /// Fetches the weather forecast of a city.
/// ///
/// /// # Arguments
/// ///
/// /// * `city` - The city's English name.
/// /// * `days` - How many days ahead; today if left out.
/// #[tool]
/// async fn get_weather(city: String, days: Option<u32>) -> Result<String, String> {
///     match city.as_str() {
///         "Paris" => Ok(format!("sunny in {} day(s)", days.unwrap_or(0))),
///         other => Err(format!("no forecast for {other}")),
///     }
/// }
///
/// let spec = GetWeather.spec();
/// assert_eq!(spec.description, "Fetches the weather forecast of a city.");
/// assert_eq!(spec.inputs[0].schema, json!({"type": "string"}));
/// assert!(!spec.inputs[1].required);
///
/// let tools = ToolSet::new([std::sync::Arc::new(GetWeather) as _])?;
/// let call = |args: serde_json::Value| {
///     codeact::blocking::wait(tools.call("get_weather", args.as_object().cloned().unwrap_or_default()))
/// };
/// assert_eq!(call(json!({"city": "Paris", "days": 2}))?, json!("sunny in 2 day(s)"));
/// assert!(matches!(call(json!({"city": "Oslo"})), Err(ToolError::Failed { .. })));
/// assert!(matches!(
///     call(json!({"days": 2})),
///     Err(ToolError::InvalidArgument { argument, .. }) if argument == "city"
/// ));
/// # Ok::<(), ToolError>(())
/// ```
pub use codeact_macros::tool;

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
