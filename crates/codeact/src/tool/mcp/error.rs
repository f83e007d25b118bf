//! What can go wrong when connecting to an MCP server.

use std::time::Duration;

/// An error from connecting to an MCP server and listing its tools. (Errors
/// of tool calls are [`ToolError`](crate::tool::ToolError)s.)
///
/// For a stdio server the message ends with the last lines the server wrote
/// to stderr, which usually say why it did not start.
///
/// ```
/// use codeact::tool::mcp::{McpError, McpServer};
///
/// let command = tokio::process::Command::new("/no/such/mcp-server");
/// let err = codeact::blocking::wait(McpServer::stdio(command).connect()).unwrap_err();
/// assert!(matches!(err, McpError::Spawn { .. }));
/// assert!(err.to_string().starts_with("cannot start MCP server `/no/such/mcp-server`"));
/// ```
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

/// An error and its sources in one line, without the transport type names
/// `rmcp` puts in its messages; a source already said by its parent is not
/// repeated.
pub(super) fn error_text(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = String::new();
    let mut current = Some(error);
    while let Some(error) = current {
        if let Some(transport) = error.downcast_ref::<rmcp::transport::DynamicTransportError>() {
            current = Some(transport.error.as_ref());
            continue;
        }
        let part = error.to_string();
        if !text.contains(&part) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&part);
        }
        current = error.source();
    }
    text
}

/// Why the handshake failed, in words.
pub(super) fn initialize_text(error: &rmcp::service::ClientInitializeError) -> String {
    use rmcp::service::ClientInitializeError as Init;
    if error.is_authorization_required() {
        return "the server requires authorization (HTTP 401 or 403): give the bearer token or header it expects".into();
    }
    match error {
        Init::ConnectionClosed(during) => {
            format!("the server closed the connection before the {during}")
        }
        Init::TransportError { error, context } => {
            format!(
                "{} (while trying to {context})",
                error_text(error.error.as_ref())
            )
        }
        other => error_text(other),
    }
}
