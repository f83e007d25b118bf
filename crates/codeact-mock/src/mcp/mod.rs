//! A real MCP server for tests (feature `mcp`, on by default), built with
//! `rmcp`'s server side: the same tools over stdio ([`serve_stdio`]) and
//! over streamable HTTP ([`McpHttpServer`], 127.0.0.1 only).
//!
//! The tools exercise what an MCP client has to get right:
//!
//! | tool | what it does |
//! |---|---|
//! | `add(a, b)` | `a + b`, as structured content `{"result": a + b}` with an output schema (the Python SDK's wrapping of a plain value) |
//! | `echo(text, times?)` | `text` repeated, joined by spaces, as text content |
//! | `fail(message?)` | an `isError` result carrying `message` |
//! | `slow(ms)` | answers after `ms` milliseconds, unless the call is cancelled first |
//! | `stats()` | `{"calls": N, "cancelled": M}`: tool calls so far, and `slow` calls cancelled by the client |
//! | `pid()` | the server's process id |
//! | `reverse-text(input-text)` | names that are not Python identifiers |
//! | `norm(point)` | an input schema with `$ref`/`$defs` |
//! | `picture()` | text, image, embedded resource and resource link content |
//! | `count_keys(...)` | a free-form input object (`additionalProperties`) |
//! | `exit()` | stdio only: the process exits without answering |
//!
//! `tools/list` answers in pages of [`PAGE_SIZE`] tools, so every client of
//! this server has to follow `nextCursor`.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use codeact_mock::mcp::{McpHttpConfig, McpHttpServer};
//!
//! let server = McpHttpServer::start(McpHttpConfig::default()).await?;
//! println!("MCP over HTTP at {}", server.url());
//! # Ok(())
//! # }
//! ```

mod http;
mod tools;

pub use http::{McpHttpConfig, McpHttpServer};
pub use tools::{MockTools, PAGE_SIZE};

use rmcp::ServiceExt;

/// Serves the mock tools (with `exit`) on this process's stdin and stdout
/// until the client closes stdin. Nothing else may write to stdout
/// meanwhile; a line goes to stderr on start.
///
/// ```no_run
/// # async fn demo() -> std::io::Result<()> {
/// codeact_mock::mcp::serve_stdio().await?;
/// # Ok(())
/// # }
/// ```
pub async fn serve_stdio() -> std::io::Result<()> {
    serve_stdio_with(MockTools::new(true)).await
}

/// Like [`serve_stdio`], with these tools (or none, with
/// [`MockTools::without_tools`]).
///
/// ```no_run
/// # async fn demo() -> std::io::Result<()> {
/// use codeact_mock::mcp::{MockTools, serve_stdio_with};
/// serve_stdio_with(MockTools::without_tools()).await?;
/// # Ok(())
/// # }
/// ```
pub async fn serve_stdio_with(tools: MockTools) -> std::io::Result<()> {
    eprintln!("codeact-mock: MCP server on stdio");
    let service = tools
        .serve(rmcp::transport::stdio_pipes())
        .await
        .map_err(std::io::Error::other)?;
    service.waiting().await.map_err(std::io::Error::other)?;
    Ok(())
}
