//! What can go wrong when calling a model.

use std::time::Duration;

/// Which timeout expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeoutPhase {
    /// Establishing the connection.
    Connect,
    /// Waiting for the first byte of the response.
    FirstByte,
    /// The whole request, body included.
    Request,
}

impl std::fmt::Display for TimeoutPhase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Connect => "connect",
            Self::FirstByte => "first byte",
            Self::Request => "whole request",
        })
    }
}

/// An error from a model call.
///
/// What the model *said* wrong (no code block, a bad tool call) is not an
/// error here: agents turn it into an observation. These are failures to get
/// a reply at all.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    /// The server answered with an HTTP error status.
    #[error("HTTP {status} from {url}: {message}")]
    Http {
        /// The status code.
        status: u16,
        /// The server's own message, as it sent it.
        message: String,
        /// The URL that was called.
        url: String,
        /// How long the server asked us to wait (`Retry-After`).
        retry_after: Option<Duration>,
    },
    /// A timeout expired.
    #[error("the model call timed out ({phase} timeout of {after:?})")]
    Timeout {
        /// Which timeout.
        phase: TimeoutPhase,
        /// Its configured length.
        after: Duration,
    },
    /// The server could not be reached, or the connection broke.
    #[error("cannot reach {url}: {message}")]
    Connection {
        /// The URL that was called.
        url: String,
        /// What the transport said.
        message: String,
    },
    /// The response was not what the API promises (malformed JSON, no
    /// choices, a broken event stream).
    #[error("malformed model response: {0}")]
    InvalidResponse(String),
    /// The model is misconfigured (missing API key, bad URL, …).
    #[error("model configuration: {0}")]
    Config(String),
    /// Retries gave up; `last` is the final attempt's error.
    #[error("gave up after {attempts} attempts over {elapsed:?}: {last}")]
    RetriesExhausted {
        /// How many attempts were made.
        attempts: u32,
        /// Time spent, waits included.
        elapsed: Duration,
        /// The last attempt's error.
        last: Box<ModelError>,
    },
    /// The call was cancelled.
    #[error("the model call was cancelled")]
    Cancelled,
    /// A local model failed.
    #[error("local model: {0}")]
    Local(String),
}

impl ModelError {
    /// Whether trying the same request again may succeed: 429, 500, 502, 503,
    /// 504, 529 (Anthropic's "overloaded"), timeouts and connection failures.
    ///
    /// ```
    /// use codeact::model::ModelError;
    /// let busy = ModelError::Http { status: 503, message: String::new(), url: String::new(), retry_after: None };
    /// let bad = ModelError::Http { status: 400, message: String::new(), url: String::new(), retry_after: None };
    /// assert!(busy.is_retryable());
    /// assert!(!bad.is_retryable());
    /// ```
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Http { status, .. } => matches!(status, 429 | 500 | 502 | 503 | 504 | 529),
            Self::Timeout { .. } | Self::Connection { .. } => true,
            _ => false,
        }
    }

    /// The wait the server asked for, if any.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Http { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}
