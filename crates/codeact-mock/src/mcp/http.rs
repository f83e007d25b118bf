//! The mock tools over MCP's streamable HTTP transport.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::{StreamableHttpServerConfig, StreamableHttpService};
use tokio_util::sync::CancellationToken;

use super::MockTools;

/// How the HTTP server behaves.
#[derive(Debug, Clone, Default)]
pub struct McpHttpConfig {
    /// The port to bind on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// When set, every request must carry `Authorization: Bearer <token>`;
    /// the others get 401.
    pub bearer_token: Option<String>,
}

/// A running MCP server on `http://127.0.0.1:PORT/mcp`. Dropping it stops
/// it (open sessions end).
///
/// ```
/// # tokio::runtime::Runtime::new()?.block_on(async {
/// use codeact_mock::mcp::{McpHttpConfig, McpHttpServer};
///
/// let server = McpHttpServer::start(McpHttpConfig::default()).await?;
/// assert!(server.url().starts_with("http://127.0.0.1:"));
/// assert_eq!(server.open_sessions().await, 0);
/// # Ok::<(), std::io::Error>(())
/// # })?;
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug)]
pub struct McpHttpServer {
    addr: SocketAddr,
    sessions: Arc<LocalSessionManager>,
    stop: CancellationToken,
}

impl McpHttpServer {
    /// Starts the server on the current tokio runtime. Every session gets
    /// the tools without `exit`; they share one `stats` count.
    pub async fn start(config: McpHttpConfig) -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", config.port)).await?;
        let addr = listener.local_addr()?;
        let stop = CancellationToken::new();
        let sessions = Arc::new(LocalSessionManager::default());
        let tools = MockTools::new(false);
        let service = StreamableHttpService::new(
            move || Ok(tools.clone()),
            sessions.clone(),
            StreamableHttpServerConfig::default().with_cancellation_token(stop.child_token()),
        );
        let app = axum::Router::new().nest_service("/mcp", service).layer(
            middleware::from_fn_with_state(Arc::new(config.bearer_token), require_token),
        );
        let shutdown = stop.clone();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(shutdown.cancelled_owned())
                .await;
        });
        Ok(Self {
            addr,
            sessions,
            stop,
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The MCP endpoint, `http://127.0.0.1:PORT/mcp`.
    pub fn url(&self) -> String {
        format!("http://{}/mcp", self.addr)
    }

    /// How many MCP sessions are open (a client that closes cleanly ends
    /// its session with `DELETE`).
    pub async fn open_sessions(&self) -> usize {
        self.sessions.sessions.read().await.len()
    }

    /// Stops the server (also done on drop).
    pub fn shutdown(&self) {
        self.stop.cancel();
    }
}

impl Drop for McpHttpServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

async fn require_token(
    State(token): State<Arc<Option<String>>>,
    request: Request,
    next: Next,
) -> Response {
    if let Some(token) = token.as_deref() {
        let expected = format!("Bearer {token}");
        let given = request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok());
        if given != Some(expected.as_str()) {
            return (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                "a bearer token is required",
            )
                .into_response();
        }
    }
    next.run(request).await
}
