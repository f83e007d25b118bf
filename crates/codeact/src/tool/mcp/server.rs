//! Connecting to a server: the builders, the handshake, the tool list.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue};
use rmcp::ServiceExt;
use rmcp::model::{ClientCapabilities, ClientConfig, Implementation, ProtocolVersion};
use rmcp::service::{RoleClient, RunningService};
use rmcp::transport::IntoTransport;
use rmcp::transport::StreamableHttpClientTransport;
use rmcp::transport::streamable_http_client::StreamableHttpClientTransportConfig;

use super::error::{error_text, initialize_text, stderr_note};
use super::names::{UniqueNames, python_identifier};
use super::spec::map_tool;
use super::stdio::{self, StderrTail};
use super::{McpError, McpTool};
use crate::tool::{Tool, ToolSet};

/// How long connecting (spawn or HTTP, `initialize`, `tools/list`) may take
/// unless told otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(30);
/// How long one tool call may take unless told otherwise.
pub const DEFAULT_CALL_TIMEOUT: Duration = Duration::from_secs(60);

/// How long a failed start waits for the server's last stderr lines.
const STDERR_PATIENCE: Duration = Duration::from_millis(500);
/// Headers the streamable HTTP transport sets itself.
const RESERVED_HEADERS: &[&str] = &["accept", "mcp-session-id", "last-event-id"];

/// A connected MCP server and its tools.
///
/// Every tool holds the connection; it closes when the last tool and the
/// last clone of this handle are dropped: a stdio server's stdin is closed
/// (then SIGTERM, then SIGKILL, for a server that does not exit within
/// three seconds of each), an HTTP session is ended with `DELETE`.
///
/// ```no_run
/// use codeact::tool::mcp::McpServer;
///
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// let mut command = tokio::process::Command::new("npx");
/// command.args(["-y", "@modelcontextprotocol/server-everything"]);
/// let server = McpServer::stdio(command).prefix("everything").connect().await?;
/// for tool in server.tools() {
///     println!("{}", tool.spec().python_signature());
/// }
/// let tools = server.tool_set();
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct McpServer {
    connection: Arc<Connection>,
    tools: Vec<Arc<McpTool>>,
}

impl McpServer {
    /// A server to start as a child process speaking MCP on its stdin and
    /// stdout. Its stderr goes to `tracing` (target `codeact::mcp`, level
    /// debug) and its last lines into connection errors.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), codeact::tool::mcp::McpError> {
    /// let mut command = tokio::process::Command::new("my-mcp-server");
    /// command.arg("--read-only").env("LOG_LEVEL", "warn");
    /// let server = codeact::tool::mcp::McpServer::stdio(command).connect().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn stdio(command: impl Into<tokio::process::Command>) -> McpStdio {
        McpStdio {
            command: command.into(),
            options: Options::default(),
        }
    }

    /// A server at a streamable HTTP endpoint, such as
    /// `https://example.com/mcp`.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), codeact::tool::mcp::McpError> {
    /// let server = codeact::tool::mcp::McpServer::http("https://example.com/mcp")
    ///     .bearer_token("secret")
    ///     .header("x-tenant", "docs")
    ///     .connect()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn http(url: impl Into<String>) -> McpHttp {
        McpHttp {
            url: url.into(),
            bearer_token: None,
            headers: Vec::new(),
            options: Options::default(),
        }
    }

    /// The server's tools, in the order it listed them when connecting (a
    /// server that announces no tools capability has none; tools it adds
    /// later are not seen).
    ///
    /// ```
    /// use codeact::tool::mcp::McpServer;
    /// # let mock = codeact::blocking::wait(codeact_mock::mcp::McpHttpServer::start(Default::default()))?;
    /// # let url = mock.url();
    /// let server = codeact::blocking::wait(McpServer::http(url).connect())?;
    /// let add = &server.tools()[0];
    /// assert!(add.spec().python_signature().starts_with("def add(a: int, b: int) -> int:"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tools(&self) -> Vec<Arc<dyn Tool>> {
        self.tools
            .iter()
            .map(|tool| tool.clone() as Arc<dyn Tool>)
            .collect()
    }

    /// The server's tools as a [`ToolSet`].
    ///
    /// ```
    /// use codeact::tool::mcp::McpServer;
    /// use serde_json::json;
    /// # let mock = codeact::blocking::wait(codeact_mock::mcp::McpHttpServer::start(Default::default()))?;
    /// # let url = mock.url();
    /// let server = codeact::blocking::wait(McpServer::http(url).prefix("calc").connect())?;
    /// let tools = server.tool_set();
    /// let args = json!({"a": 2, "b": 3}).as_object().cloned().unwrap_or_default();
    /// assert_eq!(codeact::blocking::wait(tools.call("calc_add", args))?, json!(5));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tool_set(&self) -> ToolSet {
        ToolSet::new(self.tools())
            // The names were made unique when the tools were listed.
            .expect("MCP tool names are unique by construction")
    }

    /// The name and version the server gave in its handshake, if it did.
    ///
    /// ```
    /// use codeact::tool::mcp::McpServer;
    /// # let mock = codeact::blocking::wait(codeact_mock::mcp::McpHttpServer::start(Default::default()))?;
    /// # let url = mock.url();
    /// let server = codeact::blocking::wait(McpServer::http(url).connect())?;
    /// let (name, _version) = server.server_info().unwrap_or_default();
    /// assert_eq!(name, "codeact-mock");
    /// assert_eq!(server.instructions(), Some("Test tools of codeact-mock."));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn server_info(&self) -> Option<(&str, &str)> {
        let info = self.connection.info.as_ref()?;
        Some((&info.name, &info.version))
    }

    /// The server's instructions for its users, if it gave any.
    pub fn instructions(&self) -> Option<&str> {
        self.connection.instructions.as_deref()
    }
}

impl std::fmt::Debug for McpServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("McpServer")
            .field("server", &self.connection.server)
            .field(
                "tools",
                &self
                    .tools
                    .iter()
                    .map(|tool| tool.spec().name.as_str())
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// What a connected server's tools share.
pub(super) struct Connection {
    /// The command line or URL, for messages.
    pub(super) server: String,
    pub(super) service: RunningService<RoleClient, ClientConfig>,
    pub(super) stderr: Option<StderrTail>,
    pub(super) call_timeout: Duration,
    info: Option<Implementation>,
    instructions: Option<String>,
}

impl Connection {
    /// `; its stderr ends with: …` for a stdio server that wrote some.
    pub(super) fn stderr_note(&self) -> String {
        self.stderr
            .as_ref()
            .map(|tail| stderr_note(&tail.text()))
            .unwrap_or_default()
    }
}

/// Options both transports take.
#[derive(Debug, Clone)]
struct Options {
    prefix: Option<String>,
    connect_timeout: Duration,
    call_timeout: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            prefix: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            call_timeout: DEFAULT_CALL_TIMEOUT,
        }
    }
}

/// A stdio server to connect to; made by [`McpServer::stdio`].
#[derive(Debug)]
#[must_use = "nothing happens until `connect` is awaited"]
pub struct McpStdio {
    command: tokio::process::Command,
    options: Options,
}

impl McpStdio {
    /// Tool names start with `prefix` and `_` (`github_create_issue`), to
    /// keep apart the tools of several servers.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.options.prefix = Some(prefix.into());
        self
    }

    /// How long starting the server, the handshake and listing its tools
    /// may take ([`DEFAULT_CONNECT_TIMEOUT`] if not set).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.options.connect_timeout = timeout;
        self
    }

    /// How long each tool call may take ([`DEFAULT_CALL_TIMEOUT`] if not
    /// set); a call that takes longer is cancelled on the server and fails.
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.options.call_timeout = timeout;
        self
    }

    /// Starts the server, initializes the session and lists its tools.
    pub async fn connect(self) -> Result<McpServer, McpError> {
        let server = stdio::command_line(&self.command);
        let (process, stderr) = stdio::spawn(self.command, &server)?;
        establish(server, process, Some(stderr), self.options).await
    }
}

/// A streamable HTTP server to connect to; made by [`McpServer::http`].
#[derive(Debug)]
#[must_use = "nothing happens until `connect` is awaited"]
pub struct McpHttp {
    url: String,
    bearer_token: Option<String>,
    headers: Vec<(String, String)>,
    options: Options,
}

impl McpHttp {
    /// Sends `Authorization: Bearer <token>` with every request.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.bearer_token = Some(token.into());
        self
    }

    /// Sends this header with every request (checked on `connect`).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Tool names start with `prefix` and `_`, to keep apart the tools of
    /// several servers.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.options.prefix = Some(prefix.into());
        self
    }

    /// How long the handshake and listing the tools may take
    /// ([`DEFAULT_CONNECT_TIMEOUT`] if not set).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.options.connect_timeout = timeout;
        self
    }

    /// How long each tool call may take ([`DEFAULT_CALL_TIMEOUT`] if not
    /// set); a call that takes longer is cancelled on the server and fails.
    ///
    /// ```
    /// use std::time::Duration;
    /// use codeact::tool::mcp::McpServer;
    /// use serde_json::json;
    /// # let mock = codeact::blocking::wait(codeact_mock::mcp::McpHttpServer::start(Default::default()))?;
    /// # let url = mock.url();
    /// let server = McpServer::http(url).call_timeout(Duration::from_millis(100));
    /// let tools = codeact::blocking::wait(server.connect())?.tool_set();
    /// let args = json!({"ms": 5000}).as_object().cloned().unwrap_or_default();
    /// let err = codeact::blocking::wait(tools.call("slow", args)).unwrap_err();
    /// assert!(err.to_string().ends_with("did not answer within 100ms"), "{err}");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.options.call_timeout = timeout;
        self
    }

    /// Initializes a session with the server and lists its tools.
    pub async fn connect(self) -> Result<McpServer, McpError> {
        let mut headers = HashMap::new();
        for (name, value) in &self.headers {
            let invalid = |reason: String| McpError::InvalidHeader {
                server: self.url.clone(),
                name: name.clone(),
                reason,
            };
            let header = HeaderName::try_from(name.as_str()).map_err(|e| invalid(e.to_string()))?;
            if RESERVED_HEADERS.contains(&header.as_str()) {
                return Err(invalid("the MCP transport sets it itself".into()));
            }
            let value =
                HeaderValue::try_from(value.as_str()).map_err(|e| invalid(e.to_string()))?;
            headers.insert(header, value);
        }
        let mut config = StreamableHttpClientTransportConfig::with_uri(self.url.as_str())
            .custom_headers(headers);
        if let Some(token) = self.bearer_token {
            config = config.auth_header(token);
        }
        let transport = StreamableHttpClientTransport::from_config(config);
        establish(self.url, transport, None, self.options).await
    }
}

/// What codeact tells servers about itself.
fn client_config() -> ClientConfig {
    ClientConfig::new(
        ClientCapabilities::default(),
        Implementation::new("codeact", env!("CARGO_PKG_VERSION")),
    )
    // The `initialize` handshake, which every server deployed today speaks.
    .with_protocol_version(ProtocolVersion::LATEST_WITH_INITIALIZE)
}

/// Why a connection did not come up.
enum Failure {
    Initialize(String),
    ListTools(String),
}

/// The handshake and the tool list over `transport`, within the connect
/// timeout.
async fn establish<T, E, A>(
    server: String,
    transport: T,
    stderr: Option<StderrTail>,
    options: Options,
) -> Result<McpServer, McpError>
where
    T: IntoTransport<RoleClient, E, A> + Send + 'static,
    E: std::error::Error + Send + Sync + 'static,
{
    let attempt = async {
        let service = client_config()
            .serve(transport)
            .await
            .map_err(|e| Failure::Initialize(initialize_text(&e)))?;
        let offers_tools = service
            .peer()
            .peer_info()
            .is_some_and(|info| info.capabilities.tools.is_some());
        let tools = if offers_tools {
            service
                .peer()
                .list_all_tools()
                .await
                .map_err(|e| Failure::ListTools(error_text(&e)))?
        } else {
            // A server of only prompts or resources has no tools to list.
            Vec::new()
        };
        Ok::<_, Failure>((service, tools))
    };
    let outcome = tokio::time::timeout(options.connect_timeout, attempt).await;
    let last_words = async || match &stderr {
        Some(tail) => tail.text_after_exit(STDERR_PATIENCE).await,
        None => String::new(),
    };
    let (service, listed) = match outcome {
        Ok(Ok(connected)) => connected,
        Ok(Err(Failure::Initialize(message))) => {
            return Err(McpError::Initialize {
                server,
                message,
                stderr: last_words().await,
            });
        }
        Ok(Err(Failure::ListTools(message))) => {
            return Err(McpError::ListTools {
                server,
                message,
                stderr: last_words().await,
            });
        }
        Err(_) => {
            return Err(McpError::Timeout {
                server,
                after: options.connect_timeout,
                stderr: last_words().await,
            });
        }
    };
    let (info, instructions) = match service.peer().peer_info() {
        Some(peer) => (peer.server_info.clone(), peer.instructions.clone()),
        None => (None, None),
    };
    let connection = Arc::new(Connection {
        server,
        service,
        stderr,
        call_timeout: options.call_timeout,
        info,
        instructions,
    });
    let mut names = UniqueNames::default();
    let tools = listed
        .iter()
        .map(|tool| {
            let raw = match &options.prefix {
                Some(prefix) => format!("{prefix}_{}", tool.name),
                None => tool.name.to_string(),
            };
            let name = names.claim(python_identifier(&raw));
            Arc::new(McpTool::new(
                connection.clone(),
                tool.name.to_string(),
                map_tool(tool, name),
            ))
        })
        .collect();
    Ok(McpServer { connection, tools })
}
