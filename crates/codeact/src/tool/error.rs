//! What can go wrong when calling a tool.

/// An error from a tool call.
///
/// Agents show it to the model as an observation; inside the sandbox it is
/// raised as a Python exception the code can catch.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ToolError {
    /// No tool has this name.
    #[error("unknown tool `{name}`; the tools are: {}", available.join(", "))]
    UnknownTool {
        /// The name asked for.
        name: String,
        /// The names that exist.
        available: Vec<String>,
    },
    /// An argument is missing, unexpected, or of the wrong type.
    #[error("bad argument `{argument}` for tool `{tool}`: expected {expected}, got {got}")]
    InvalidArgument {
        /// The tool.
        tool: String,
        /// The argument's name.
        argument: String,
        /// What the schema asks for.
        expected: String,
        /// What came instead.
        got: String,
    },
    /// Two tools of one collection share a name.
    #[error("two tools are named `{0}`")]
    DuplicateName(String),
    /// The tool ran and failed.
    #[error("tool `{tool}` failed: {message}")]
    Failed {
        /// The tool.
        tool: String,
        /// Why.
        message: String,
    },
    /// The call was cancelled before it finished.
    #[error("tool `{0}` was cancelled")]
    Cancelled(String),
}

impl ToolError {
    /// A failure of `tool` with this message.
    ///
    /// ```
    /// use codeact::tool::ToolError;
    /// let err = ToolError::failed("search", "no network");
    /// assert_eq!(err.to_string(), "tool `search` failed: no network");
    /// ```
    pub fn failed(tool: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Failed {
            tool: tool.into(),
            message: message.into(),
        }
    }
}
