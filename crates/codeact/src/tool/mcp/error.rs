//! What can go wrong when connecting to an MCP server.

use std::time::Duration;

/// An error from connecting to an MCP server and listing its tools. (Errors
/// of tool calls are [`ToolError`](crate::tool::ToolError)s.)
///
/// For a stdio server the message ends with the last lines the server wrote
/// to stderr, which usually say why it did not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum McpError {
    /// The server's command could not be started.
    #[error("cannot start MCP server `{server}`: {source}")]
    Spawn {
        /// The command line.
        server: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The connection or the `initialize` handshake failed.
    #[error("MCP server `{server}` did not initialize: {message}{}", stderr_note(.stderr))]
    Initialize {
        /// The command line or URL.
        server: String,
        /// Why.
        message: String,
        /// The end of the server's stderr (stdio servers only).
        stderr: String,
    },
    /// `tools/list` failed.
    #[error("MCP server `{server}` did not list its tools: {message}{}", stderr_note(.stderr))]
    ListTools {
        /// The command line or URL.
        server: String,
        /// Why.
        message: String,
        /// The end of the server's stderr (stdio servers only).
        stderr: String,
    },
    /// Connecting, initializing and listing the tools took longer than the
    /// connect timeout.
    #[error("MCP server `{server}` was not ready within {after:?}{}", stderr_note(.stderr))]
    Timeout {
        /// The command line or URL.
        server: String,
        /// The connect timeout.
        after: Duration,
        /// The end of the server's stderr (stdio servers only).
        stderr: String,
    },
    /// A header given for an HTTP server is not a valid HTTP header.
    #[error("bad HTTP header `{name}` for MCP server `{server}`: {reason}")]
    InvalidHeader {
        /// The URL.
        server: String,
        /// The header's name.
        name: String,
        /// Why.
        reason: String,
    },
}

/// `; its stderr ends with: …` when there is something to show.
pub(super) fn stderr_note(stderr: &str) -> String {
    if stderr.trim().is_empty() {
        String::new()
    } else {
        format!("; its stderr ends with:\n{}", stderr.trim_end())
    }
}
