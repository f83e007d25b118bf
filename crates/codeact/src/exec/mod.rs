//! Running the Python a model writes.
//!
//! [`CodeExecutor`] is the seam: one session of a run, whose state
//! (variables, functions, imports) persists from one code block to the next.
//! What the code does wrong is not a Rust error: it comes back as
//! [`Execution::error`], for the model to read and fix. [`ExecError`] is kept
//! for failures of the executor itself.

mod channel;
mod config;
mod convert;
mod dispatch;
mod errors;
mod inprocess;
mod math_values;
mod pool;
mod prepass;
mod pymod;
mod rewrite;
mod slots;
mod unicode_decomposition;
pub mod worker;
mod workers;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::tool::ToolSet;

pub use config::{DEFAULT_AUTHORIZED_IMPORTS, Limits, SandboxConfig};
pub use inprocess::{InProcessExecutor, InProcessFactory, LANGUAGE_NOTES};
pub use pool::{WorkerExecutor, WorkerPoolConfig, WorkerPoolFactory};

/// The sandbox an agent gets when none is given: in-process sessions with
/// the default [`SandboxConfig`].
///
/// ```
/// let sandbox = codeact::exec::default_sandbox();
/// assert!(sandbox.authorized_imports().iter().any(|m| m == "math"));
/// ```
pub fn default_sandbox() -> std::sync::Arc<dyn ExecutorFactory> {
    std::sync::Arc::new(InProcessFactory::default())
}

/// A Python exception raised by the code, shaped for a model to read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PythonError {
    /// The exception type, for example `ZeroDivisionError`.
    pub kind: String,
    /// The exception's message.
    pub message: String,
    /// The 1-based line of the code block where it was raised.
    pub line: Option<u32>,
    /// That line's text.
    pub source_line: Option<String>,
}

impl std::fmt::Display for PythonError {
    /// A short traceback: where, the offending line, then `Kind: message`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(line) = self.line {
            writeln!(f, "Error on line {line}:")?;
            if let Some(source) = &self.source_line {
                writeln!(f, "    {}", source.trim())?;
            }
        }
        if self.message.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

/// What one code block did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Execution {
    /// Everything the code printed, cut to the configured size (the cut is
    /// said at the end of the text).
    pub output: String,
    /// The `repr` of the last expression's value, unless it was `None`.
    pub value: Option<String>,
    /// The value passed to `final_answer(...)`, which ends the run.
    pub final_answer: Option<serde_json::Value>,
    /// The exception that stopped the code, if one did.
    pub error: Option<PythonError>,
    /// What the executor itself has to say about this execution (for
    /// example that a killed worker was replaced and the session restored).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A failure of the executor itself (not of the code it ran).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ExecError {
    /// A sandbox worker process could not be started or reached.
    #[error("sandbox worker: {0}")]
    Worker(String),
    /// The session's state could not be saved or restored.
    #[error("sandbox session state: {0}")]
    Session(String),
    /// The executor is misconfigured.
    #[error("sandbox configuration: {0}")]
    Config(String),
}

/// One sandbox session: runs code blocks, keeping state between them.
#[async_trait]
pub trait CodeExecutor: Send {
    /// Runs `code`. The `tools` are plain functions inside the code.
    async fn execute(&mut self, code: &str, tools: &ToolSet) -> Result<Execution, ExecError>;

    /// Defines variables in the session, as if assigned by code.
    async fn set_variables(
        &mut self,
        variables: serde_json::Map<String, serde_json::Value>,
    ) -> Result<(), ExecError>;

    /// The session's whole state as bytes, so that another executor can take
    /// it over with [`CodeExecutor::restore`] (for example a fresh worker
    /// after one was killed). `None` when this executor cannot save state.
    async fn snapshot(&mut self) -> Result<Option<Vec<u8>>, ExecError> {
        Ok(None)
    }

    /// Replaces the session's state with one saved by
    /// [`CodeExecutor::snapshot`].
    async fn restore(&mut self, snapshot: &[u8]) -> Result<(), ExecError> {
        let _ = snapshot;
        Err(ExecError::Session(
            "this executor cannot restore a saved session".into(),
        ))
    }
}

/// Starts sandbox sessions: one per agent run.
#[async_trait]
pub trait ExecutorFactory: Send + Sync {
    /// A new session, with no state.
    async fn create(&self) -> Result<Box<dyn CodeExecutor>, ExecError>;

    /// The modules code may import, for the agent's prompt.
    fn authorized_imports(&self) -> Vec<String>;

    /// What the model should know about the language the sandbox runs (its
    /// supported subset), for the agent's prompt.
    fn language_notes(&self) -> String {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_error_renders_like_a_short_traceback() {
        let error = PythonError {
            kind: "ZeroDivisionError".into(),
            message: "division by zero".into(),
            line: Some(3),
            source_line: Some("    x = 1 / 0".into()),
        };
        assert_eq!(
            error.to_string(),
            "Error on line 3:\n    x = 1 / 0\nZeroDivisionError: division by zero"
        );
    }
}
