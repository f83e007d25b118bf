//! One MCP tool as a codeact [`Tool`]: a call is a `tools/call`.

use std::sync::Arc;

use async_trait::async_trait;
use rmcp::ServiceError;
use rmcp::model::{CallToolRequestParams, CallToolResponse};
use serde_json::Value;

use super::error::error_text;
use super::result::call_value;
use super::server::Connection;
use super::spec::MappedTool;
use crate::tool::{Tool, ToolArgs, ToolError, ToolSpec};

/// A tool of a connected MCP server (see [`McpServer`](super::McpServer)).
///
/// Its spec comes from the server's listing; a call sends `tools/call` with
/// the arguments under the server's own names, and waits at most the call
/// timeout. Dropping a call's future sends `notifications/cancelled` and
/// leaves the connection usable.
pub(super) struct McpTool {
    connection: Arc<Connection>,
    remote_name: String,
    mapped: MappedTool,
}

impl McpTool {
    pub(super) fn new(
        connection: Arc<Connection>,
        remote_name: String,
        mapped: MappedTool,
    ) -> Self {
        Self {
            connection,
            remote_name,
            mapped,
        }
    }

    fn failed(&self, message: String) -> ToolError {
        ToolError::failed(self.mapped.spec.name.clone(), message)
    }

    /// A failure of the protocol or the transport, in words.
    fn service_error(&self, error: ServiceError) -> ToolError {
        let server = &self.connection.server;
        let message = match error {
            ServiceError::McpError(data) => format!(
                "MCP server `{server}` refused the call: {} (JSON-RPC error {})",
                data.message, data.code.0
            ),
            ServiceError::Timeout { timeout } => {
                format!("MCP server `{server}` did not answer within {timeout:?}")
            }
            ServiceError::TransportClosed | ServiceError::Cancelled { .. } => format!(
                "the connection to MCP server `{server}` is closed; the server may have exited{}",
                self.connection.stderr_note()
            ),
            ServiceError::TransportSend(error) => format!(
                "cannot reach MCP server `{server}`: {}{}",
                error_text(error.error.as_ref()),
                self.connection.stderr_note()
            ),
            other => format!("MCP server `{server}`: {}", error_text(&other)),
        };
        self.failed(message)
    }
}

impl std::fmt::Debug for McpTool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("McpTool")
            .field("server", &self.connection.server)
            .field("remote_name", &self.remote_name)
            .field("spec", &self.mapped.spec)
            .finish()
    }
}

#[async_trait]
impl Tool for McpTool {
    fn spec(&self) -> &ToolSpec {
        &self.mapped.spec
    }

    async fn call(&self, args: ToolArgs) -> Result<Value, ToolError> {
        let params = CallToolRequestParams::new(self.remote_name.clone())
            .with_arguments(self.mapped.arguments.to_remote(args));
        let timeout = self.connection.call_timeout;
        let call = self.connection.service.peer().call_tool_once(params);
        let response = match tokio::time::timeout(timeout, call).await {
            Ok(response) => response,
            Err(_) => {
                return Err(self.failed(format!(
                    "MCP server `{}` did not answer within {timeout:?}",
                    self.connection.server
                )));
            }
        };
        match response {
            Ok(CallToolResponse::Complete(result)) => {
                call_value(result, self.mapped.unwrap_result).map_err(|message| self.failed(message))
            }
            Ok(CallToolResponse::InputRequired(_)) => Err(self.failed(
                "the server asked for more input (elicitation or sampling), which codeact's MCP client does not provide".into(),
            )),
            Ok(CallToolResponse::Task(_)) => Err(self.failed(
                "the server answered with a task to poll, which codeact's MCP client does not do".into(),
            )),
            Ok(_) => Err(self.failed("the server's answer is of a kind codeact does not know".into())),
            Err(error) => Err(self.service_error(error)),
        }
    }
}
