//! The tools codeact ships, smolagents' defaults in Rust.
//!
//! * [`UserInputTool`] (`user_input`): asks the user a question; lines come
//!   from a [`LineSource`] (stdin by default) and the question goes to a
//!   [`PromptSink`] (stderr by default, so stdout stays clean).
//! * [`PythonInterpreterTool`] (`python_interpreter`): runs Python in the
//!   sandbox, for the tool-calling agent. Each call gets a fresh session.
//! * [`VisitWebpageTool`] (`visit_webpage`): fetches a page and returns it
//!   as Markdown, cut to a configurable length.
//! * [`WebSearchTool`] (`web_search`): searches the web through a
//!   [`SearchBackend`]; [`DuckDuckGoHtml`] by default.
//!
//! Every tool is cheap to share: one instance serves any number of
//! concurrent runs. Failures the model can act on (a 404, a timeout, a
//! Python exception, no input left) are [`ToolError::Failed`] with a message
//! that says what happened; the agent shows it to the model.
//!
//! ```
//! use std::sync::Arc;
//! use codeact::tool::builtin::{PythonInterpreterTool, UserInputTool, VisitWebpageTool, WebSearchTool};
//! use codeact::tool::{FinalAnswerTool, Tool, ToolSet};
//!
//! let tools: Vec<Arc<dyn Tool>> = vec![
//!     Arc::new(WebSearchTool::new()),
//!     Arc::new(VisitWebpageTool::new()),
//!     Arc::new(PythonInterpreterTool::new()),
//!     Arc::new(UserInputTool::new()),
//!     Arc::new(FinalAnswerTool::new()),
//! ];
//! let set = ToolSet::new(tools)?;
//! assert_eq!(
//!     set.names(),
//!     ["web_search", "visit_webpage", "python_interpreter", "user_input", "final_answer"]
//! );
//! # Ok::<(), codeact::tool::ToolError>(())
//! ```
//!
//! [`ToolError::Failed`]: crate::tool::ToolError::Failed

mod dom;
mod fetch;
mod python_interpreter;
mod user_input;
mod visit_webpage;
mod web_search;

pub use python_interpreter::PythonInterpreterTool;
pub use user_input::{
    ChannelLines, LineSource, PromptSink, StderrPrompt, StdinLines, UserInputTool,
};
pub use visit_webpage::{VisitWebpageTool, VisitWebpageToolBuilder};
pub use web_search::{
    DuckDuckGoHtml, DuckDuckGoHtmlBuilder, SearchBackend, SearchError, SearchResult, WebSearchTool,
};
