//! The mock tools and the MCP handler that lists and runs them.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use rmcp::ServerHandler;
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, ErrorData,
    Implementation, ListToolsResult, PaginatedRequestParams, ResourceContents, ServerCapabilities,
    ServerConfig, Tool,
};
use rmcp::service::{RequestContext, RoleServer};
use serde_json::{Map, Value, json};

/// How many tools one `tools/list` page holds.
pub const PAGE_SIZE: usize = 4;

/// A 1×1 red PNG, for the `picture` tool.
const RED_DOT_PNG_BASE64: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

/// The mock tools as an MCP server handler. Clones share the counters that
/// `stats` reports.
#[derive(Debug, Clone)]
pub struct MockTools {
    /// Whether the server has tools at all (a server of only prompts or
    /// resources does not announce the capability).
    with_tools: bool,
    /// Whether `exit` is offered (it ends the process, so only a server in a
    /// process of its own may have it).
    with_exit: bool,
    counters: Arc<Counters>,
}

#[derive(Debug, Default)]
struct Counters {
    calls: AtomicU64,
    cancelled: AtomicU64,
}

impl MockTools {
    /// The handler; `with_exit` adds the `exit` tool.
    pub fn new(with_exit: bool) -> Self {
        Self {
            with_tools: true,
            with_exit,
            counters: Arc::default(),
        }
    }

    /// A server that announces no tools capability.
    pub fn without_tools() -> Self {
        Self {
            with_tools: false,
            ..Self::new(false)
        }
    }

    /// Every tool, in the order `tools/list` gives them.
    pub fn tools(&self) -> Vec<Tool> {
        let mut tools = vec![
            tool(
                "add",
                "Adds two integers.",
                json!({
                    "type": "object",
                    "properties": {
                        "a": {"type": "integer", "description": "The first addend."},
                        "b": {"type": "integer", "description": "The second addend."}
                    },
                    "required": ["a", "b"]
                }),
            )
            .with_raw_output_schema(Arc::new(object(json!({
                "type": "object",
                "properties": {"result": {"type": "integer"}},
                "required": ["result"]
            })))),
            tool(
                "echo",
                "Repeats a text.",
                json!({
                    "type": "object",
                    "properties": {
                        "text": {"type": "string", "description": "What to repeat."},
                        "times": {"type": "integer", "description": "How many times (1 if not given)."}
                    },
                    "required": ["text"]
                }),
            ),
            tool(
                "fail",
                "Always fails, with the given message.",
                json!({
                    "type": "object",
                    "properties": {"message": {"type": "string", "description": "The error message."}}
                }),
            ),
            tool(
                "slow",
                "Answers after a delay.",
                json!({
                    "type": "object",
                    "properties": {"ms": {"type": "integer", "description": "The delay in milliseconds."}},
                    "required": ["ms"]
                }),
            ),
            tool(
                "stats",
                "How many tool calls the server has had, and how many slow calls were cancelled.",
                json!({"type": "object", "properties": {}}),
            )
            .with_raw_output_schema(Arc::new(object(json!({
                "type": "object",
                "properties": {"calls": {"type": "integer"}, "cancelled": {"type": "integer"}},
                "required": ["calls", "cancelled"]
            })))),
            tool("pid", "The server's process id.", json!({"type": "object"}))
                .with_raw_output_schema(Arc::new(object(json!({
                    "type": "object",
                    "properties": {"result": {"type": "integer"}},
                    "required": ["result"]
                })))),
            tool(
                "reverse-text",
                "Reverses a text.",
                json!({
                    "type": "object",
                    "properties": {"input-text": {"type": "string", "description": "The text to reverse."}},
                    "required": ["input-text"]
                }),
            ),
            tool(
                "norm",
                "The length of a 2D vector.",
                json!({
                    "type": "object",
                    "properties": {
                        "point": {"$ref": "#/$defs/Point", "description": "The vector."}
                    },
                    "required": ["point"],
                    "$defs": {
                        "Point": {
                            "type": "object",
                            "properties": {"x": {"type": "number"}, "y": {"type": "number"}},
                            "required": ["x", "y"]
                        }
                    }
                }),
            ),
            tool(
                "picture",
                "A picture with a caption, a note and a link.",
                json!({"type": "object", "properties": {}}),
            ),
            tool(
                "count_keys",
                "Counts the arguments it is given, whatever their names.",
                json!({"type": "object", "additionalProperties": true}),
            ),
        ];
        if self.with_exit {
            tools.push(tool(
                "exit",
                "Ends the server's process at once, without answering.",
                json!({"type": "object", "properties": {}}),
            ));
        }
        tools
    }

    async fn run(
        &self,
        name: &str,
        args: &Map<String, Value>,
        context: &RequestContext<RoleServer>,
    ) -> Result<CallToolResult, ErrorData> {
        match name {
            "add" => {
                let sum = integer(args, "a")?
                    .checked_add(integer(args, "b")?)
                    .ok_or_else(|| ErrorData::invalid_params("the sum overflows", None))?;
                Ok(structured(json!({"result": sum}), sum.to_string()))
            }
            "echo" => {
                let text = string(args, "text")?;
                let times = match args.get("times") {
                    None | Some(Value::Null) => 1,
                    Some(_) => integer(args, "times")?.clamp(0, 100),
                };
                let repeated = vec![text; times as usize].join(" ");
                Ok(CallToolResult::success(vec![ContentBlock::text(repeated)]))
            }
            "fail" => {
                let message = args
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("the tool failed as asked");
                Ok(CallToolResult::error(vec![ContentBlock::text(message)]))
            }
            "slow" => {
                let ms = integer(args, "ms")?.clamp(0, 600_000) as u64;
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_millis(ms)) => {
                        Ok(CallToolResult::success(vec![ContentBlock::text(format!("slept {ms} ms"))]))
                    }
                    _ = context.ct.cancelled() => {
                        self.counters.cancelled.fetch_add(1, Ordering::Relaxed);
                        Err(ErrorData::internal_error("cancelled by the client", None))
                    }
                }
            }
            "stats" => {
                let value = json!({
                    "calls": self.counters.calls.load(Ordering::Relaxed),
                    "cancelled": self.counters.cancelled.load(Ordering::Relaxed),
                });
                let text = value.to_string();
                Ok(structured(value, text))
            }
            "pid" => {
                let pid = std::process::id();
                Ok(structured(json!({"result": pid}), pid.to_string()))
            }
            "reverse-text" => {
                let text = string(args, "input-text")?;
                Ok(CallToolResult::success(vec![ContentBlock::text(
                    text.chars().rev().collect::<String>(),
                )]))
            }
            "norm" => {
                let point = args
                    .get("point")
                    .and_then(Value::as_object)
                    .ok_or_else(|| ErrorData::invalid_params("`point` must be an object", None))?;
                let x = number(point, "x")?;
                let y = number(point, "y")?;
                Ok(CallToolResult::success(vec![ContentBlock::text(
                    x.hypot(y).to_string(),
                )]))
            }
            "picture" => Ok(CallToolResult::success(vec![
                ContentBlock::text("A red dot."),
                ContentBlock::image(RED_DOT_PNG_BASE64, "image/png"),
                ContentBlock::resource(
                    ResourceContents::text("Drawn by codeact-mock.", "mock://note")
                        .with_mime_type("text/plain"),
                ),
                ContentBlock::resource_link(rmcp::model::Resource::new("mock://dot.png", "dot")),
            ])),
            "count_keys" => Ok(CallToolResult::success(vec![ContentBlock::text(
                args.len().to_string(),
            )])),
            "exit" if self.with_exit => std::process::exit(3),
            other => Err(ErrorData::invalid_params(
                format!("no tool is named `{other}`"),
                None,
            )),
        }
    }
}

impl ServerHandler for MockTools {
    fn get_info(&self) -> ServerConfig {
        let capabilities = if self.with_tools {
            ServerCapabilities::builder().enable_tools().build()
        } else {
            ServerCapabilities::default()
        };
        let mut info = ServerConfig::new(capabilities);
        info.server_info = Implementation::new("codeact-mock", env!("CARGO_PKG_VERSION"));
        info.instructions = Some("Test tools of codeact-mock.".into());
        info
    }

    async fn list_tools(
        &self,
        request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        let tools = self.tools();
        let start = match request.and_then(|r| r.cursor) {
            None => 0,
            Some(cursor) => cursor
                .parse::<usize>()
                .ok()
                .filter(|start| *start < tools.len())
                .ok_or_else(|| ErrorData::invalid_params("unknown cursor", None))?,
        };
        let end = (start + PAGE_SIZE).min(tools.len());
        let mut page = ListToolsResult::with_all_items(tools[start..end].to_vec());
        if end < tools.len() {
            page.next_cursor = Some(end.to_string());
        }
        Ok(page)
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        self.counters.calls.fetch_add(1, Ordering::Relaxed);
        let args = request.arguments.unwrap_or_default();
        self.run(&request.name, &args, &context)
            .await
            .map(CallToolResponse::from)
    }
}

fn tool(name: &'static str, description: &'static str, schema: Value) -> Tool {
    Tool::new(name, description, Arc::new(object(schema)))
}

/// The object inside a `json!({...})` literal.
fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// A result with structured content and its text rendering.
fn structured(value: Value, text: String) -> CallToolResult {
    let mut result = CallToolResult::success(vec![ContentBlock::text(text)]);
    result.structured_content = Some(value);
    result
}

fn integer(args: &Map<String, Value>, name: &str) -> Result<i64, ErrorData> {
    args.get(name)
        .and_then(Value::as_i64)
        .ok_or_else(|| ErrorData::invalid_params(format!("`{name}` must be an integer"), None))
}

fn number(args: &Map<String, Value>, name: &str) -> Result<f64, ErrorData> {
    args.get(name)
        .and_then(Value::as_f64)
        .ok_or_else(|| ErrorData::invalid_params(format!("`{name}` must be a number"), None))
}

fn string(args: &Map<String, Value>, name: &str) -> Result<String, ErrorData> {
    args.get(name)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| ErrorData::invalid_params(format!("`{name}` must be a string"), None))
}
