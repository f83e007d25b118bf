//! MCP servers' tools as codeact tools (feature `mcp`, on by default).
//!
//! [`McpServer::stdio`] starts a server as a child process speaking the
//! Model Context Protocol on its stdin and stdout; [`McpServer::http`]
//! reaches one over streamable HTTP. `connect` runs the `initialize`
//! handshake and lists the tools (following `tools/list` pagination); each
//! becomes a [`Tool`](crate::tool::Tool) like any other, so an agent's
//! Python calls it as a function. The client is the official
//! Rust SDK, `rmcp`.
//!
//! ```no_run
//! use std::sync::Arc;
//! use codeact::agent::Agent;
//! use codeact::model::OpenAIModel;
//! use codeact::tool::mcp::McpServer;
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let mut command = tokio::process::Command::new("uvx");
//! command.arg("mcp-server-time");
//! let time = McpServer::stdio(command).connect().await?;
//! let docs = McpServer::http("https://example.com/mcp")
//!     .bearer_token("secret")
//!     .prefix("docs")
//!     .connect()
//!     .await?;
//! let model = Arc::new(OpenAIModel::builder("gpt-4o-mini").build()?);
//! let agent = Agent::code(model)
//!     .tools(time.tools())
//!     .tools(docs.tools())
//!     .build()?;
//! # Ok(())
//! # }
//! ```
//!
//! ## Specs
//!
//! A tool's spec is its name, its description (or title), its inputs and
//! its output schema:
//!
//! * **Names.** MCP names may hold `-`, `.` or `/`; Python cannot call
//!   those. Every character other than an ASCII letter, digit or `_`
//!   becomes `_`, a leading digit gets a `_` in front, a Python keyword a
//!   `_` behind (`read-file` → `read_file`, `class` → `class_`). With
//!   [`prefix`](McpStdio::prefix)`("gh")` the name is `gh_` + the tool's
//!   name, which keeps apart servers that both have a `search`. Names that
//!   still clash get `_2`, `_3`, … in listing order. Calls use the
//!   server's own name. Argument names are mapped the same way, and back
//!   for the call.
//! * **Inputs** are the input schema's `properties`, in the server's order,
//!   required when in `required`, with each property's `description`;
//!   `$ref`s to the schema's own `$defs` or `definitions` are inlined
//!   (recursive ones up to a depth of 8). A schema without properties that
//!   still admits arguments (`additionalProperties`, `patternProperties`,
//!   `anyOf`…) gives one input, `arguments`: a dict sent as the whole
//!   arguments object. Extra arguments beside the properties are refused
//!   by [`ToolSet::call`](crate::tool::ToolSet::call)'s validation.
//! * **Output** is the output schema, when the server gives one. The
//!   Python SDK (FastMCP) wraps a function's plain return value as
//!   `{"result": value}` with a schema of that single required property;
//!   such a tool's output is the inner schema and its value the inner value,
//!   so `add(2, 3)` is `5`, not `{"result": 5}`.
//!
//! ## Results
//!
//! Structured content, when present, is the value. Otherwise the content
//! is: nothing → `None`; text → one string, the parts joined by newlines;
//! images, audio and resources are described in that text in brackets
//! (`[image: image/png, 70 bytes]`, `[resource mem://n]` and its text). A
//! result with `isError` is [`ToolError::Failed`](crate::tool::ToolError)
//! with the server's text; so are JSON-RPC errors, a closed connection (a
//! stdio server's last stderr lines attached) and a call that outlives the
//! [`call_timeout`](McpStdio::call_timeout), which is then cancelled on the
//! server. Servers that ask for input mid-call (elicitation, sampling) or
//! answer with a task to poll are not supported: such a call fails with
//! that said.
//!
//! ## Lifetime
//!
//! Every tool holds the connection. When the last tool and the last
//! [`McpServer`] clone are dropped, the client stops: a stdio server's stdin
//! is closed and it has three seconds to exit before SIGTERM, then three
//! more before SIGKILL (only the child itself: processes it started and
//! that ignore their closed stdin are not reaped); an HTTP session is ended
//! with `DELETE`.
//!
//! The connection is driven by tasks on the tokio runtime it was made on
//! (made inside [`blocking::wait`](crate::blocking::wait), on codeact's
//! background runtime, which lives as long as the process); its tools work
//! from any runtime or thread, and stop working if that runtime shuts down.

mod error;
mod names;
mod result;
mod server;
mod spec;
mod stdio;
mod tool;

use tool::McpTool;

pub use error::McpError;
pub use server::{DEFAULT_CALL_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, McpHttp, McpServer, McpStdio};
