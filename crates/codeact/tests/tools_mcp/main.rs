//! MCP servers as tools, end to end, over stdio and streamable HTTP,
//! against a real MCP server built with `rmcp` (`codeact_mock::mcp`).
//!
//! This binary is its own stdio server: started with `--serve-mcp-stdio` it
//! serves the mock tools on stdin/stdout instead of running the tests, so
//! the stdio cases spawn `current_exe()`. That needs no other package's
//! binary to be built, so it works under `cargo test -p codeact` as well as
//! `cargo test --workspace`; it is also why the harness is our own
//! (`runner.rs`): libtest would print to stdout, the protocol channel. The
//! HTTP server runs inside the test process, on 127.0.0.1:0.

mod runner;

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use codeact::exec::{CodeExecutor, InProcessExecutor, SandboxConfig};
use codeact::tool::mcp::{McpError, McpServer};
use codeact::tool::{ToolArgs, ToolError, ToolInput, ToolSet, ToolSpec};
use codeact_mock::mcp::{McpHttpConfig, McpHttpServer, MockTools, PAGE_SIZE};
use runner::Case;
use serde_json::{Value, json};

/// The first argument that turns this binary into the stdio server.
const SERVE_STDIO: &str = "--serve-mcp-stdio";
/// Turns this binary into a stdio server without the tools capability.
const SERVE_NO_TOOLS: &str = "--serve-mcp-without-tools";
/// A "server" that says why on stderr and exits before the handshake.
const FAIL_AT_START: &str = "--mcp-fail-at-start";
/// A program that writes something else than MCP and waits.
const NOT_MCP: &str = "--not-an-mcp-server";

fn main() -> ExitCode {
    match std::env::args().nth(1).as_deref() {
        Some(SERVE_STDIO) => serve_stdio(MockTools::new(true)),
        Some(SERVE_NO_TOOLS) => serve_stdio(MockTools::without_tools()),
        Some(FAIL_AT_START) => {
            eprintln!("mock: cannot open the database");
            ExitCode::from(3)
        }
        Some(NOT_MCP) => {
            println!("hello, I am not an MCP server");
            let _ = std::io::stdin().read_to_end(&mut Vec::new());
            ExitCode::SUCCESS
        }
        _ => runner::run(&cases()),
    }
}

fn serve_stdio(tools: MockTools) -> ExitCode {
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("cannot start a runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(codeact_mock::mcp::serve_stdio_with(tools)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("MCP on stdio failed: {err}");
            ExitCode::FAILURE
        }
    }
}

/// A case over each transport, named `stdio::NAME` and `http::NAME`.
macro_rules! over_both {
    ($name:ident) => {
        [
            Case {
                name: concat!("stdio::", stringify!($name)),
                body: || Box::pin($name(Transport::Stdio)),
            },
            Case {
                name: concat!("http::", stringify!($name)),
                body: || Box::pin($name(Transport::Http)),
            },
        ]
    };
}

/// A case of one transport.
macro_rules! case {
    ($name:ident) => {
        Case {
            name: stringify!($name),
            body: || Box::pin($name()),
        }
    };
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    cases.extend(over_both!(every_tool_is_listed_across_pages));
    cases.extend(over_both!(specs_follow_the_schemas));
    cases.extend(over_both!(calls_return_the_servers_values));
    cases.extend(over_both!(tool_errors_fail_with_the_servers_text));
    cases.extend(over_both!(protocol_errors_fail_with_the_servers_message));
    cases.extend(over_both!(
        arguments_are_checked_before_the_server_is_called
    ));
    cases.extend(over_both!(a_slow_call_times_out_and_is_cancelled));
    cases.extend(over_both!(a_dropped_call_leaves_the_connection_usable));
    cases.extend(over_both!(concurrent_calls_get_their_own_answers));
    cases.extend(over_both!(a_prefix_keeps_servers_apart));
    cases.extend(over_both!(python_calls_the_tools));
    cases.push(case!(stdio_server_exits_when_the_tools_are_dropped));
    cases.push(case!(http_session_ends_when_the_tools_are_dropped));
    cases.push(case!(stdio_calls_after_the_server_died_fail_clearly));
    cases.push(case!(http_calls_after_the_server_stopped_fail_clearly));
    cases.push(case!(a_server_without_tools_gives_none));
    cases.push(case!(a_missing_command_is_a_clear_error));
    cases.push(case!(a_server_that_dies_at_start_shows_its_stderr));
    cases.push(case!(a_program_that_is_not_an_mcp_server_times_out));
    cases.push(case!(http_bearer_token_and_headers));
    cases.push(case!(blocking_callers_can_connect_and_call));
    cases
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Transport {
    Stdio,
    Http,
}

/// A connected server and, for HTTP, the server process's side.
struct Fixture {
    server: McpServer,
    http: Option<McpHttpServer>,
}

/// Options of a connection in these tests.
#[derive(Default)]
struct Options {
    prefix: Option<&'static str>,
    call_timeout: Option<Duration>,
}

fn own_binary(mode: &str) -> tokio::process::Command {
    let exe = std::env::current_exe().expect("the test binary has a path");
    let mut command = tokio::process::Command::new(exe);
    command.arg(mode);
    command
}

async fn connect(transport: Transport) -> Fixture {
    connect_with(transport, Options::default()).await
}

async fn connect_with(transport: Transport, options: Options) -> Fixture {
    match transport {
        Transport::Stdio => {
            let mut builder = McpServer::stdio(own_binary(SERVE_STDIO));
            if let Some(prefix) = options.prefix {
                builder = builder.prefix(prefix);
            }
            if let Some(timeout) = options.call_timeout {
                builder = builder.call_timeout(timeout);
            }
            let server = builder.connect().await.expect("the stdio server connects");
            Fixture { server, http: None }
        }
        Transport::Http => {
            let http = McpHttpServer::start(McpHttpConfig::default())
                .await
                .expect("the HTTP server starts");
            let mut builder = McpServer::http(http.url());
            if let Some(prefix) = options.prefix {
                builder = builder.prefix(prefix);
            }
            if let Some(timeout) = options.call_timeout {
                builder = builder.call_timeout(timeout);
            }
            let server = builder.connect().await.expect("the HTTP server connects");
            Fixture {
                server,
                http: Some(http),
            }
        }
    }
}

fn args(value: Value) -> ToolArgs {
    value.as_object().cloned().unwrap_or_default()
}

async fn call(tools: &ToolSet, name: &str, arguments: Value) -> Value {
    tools
        .call(name, args(arguments))
        .await
        .unwrap_or_else(|err| panic!("`{name}` failed: {err}"))
}

fn failure(result: Result<Value, ToolError>) -> (String, String) {
    match result {
        Err(ToolError::Failed { tool, message }) => (tool, message),
        other => panic!("expected ToolError::Failed, got {other:?}"),
    }
}

/// Polls `check` every 50 ms until it holds, for 10 s at most.
async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..200 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{what} did not happen within 10 s");
}

async fn every_tool_is_listed_across_pages(transport: Transport) {
    let fixture = connect(transport).await;
    let mut expected = vec![
        "add",
        "echo",
        "fail",
        "slow",
        "stats",
        "pid",
        "reverse_text",
        "norm",
        "picture",
        "count_keys",
    ];
    if transport == Transport::Stdio {
        expected.push("exit");
    }
    assert!(expected.len() > 2 * PAGE_SIZE, "the list spans three pages");
    assert_eq!(fixture.server.tool_set().names(), expected);
    assert_eq!(
        fixture.server.server_info(),
        Some(("codeact-mock", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(
        fixture.server.instructions(),
        Some("Test tools of codeact-mock.")
    );
}

async fn specs_follow_the_schemas(transport: Transport) {
    let fixture = connect(transport).await;
    let tools = fixture.server.tool_set();
    let spec = |name: &str| tools.get(name).expect(name).spec().clone();

    assert_eq!(
        spec("add"),
        ToolSpec::new("add", "Adds two integers.")
            .input(ToolInput::new(
                "a",
                "The first addend.",
                json!({"type": "integer"})
            ))
            .input(ToolInput::new(
                "b",
                "The second addend.",
                json!({"type": "integer"})
            ))
            .output(json!({"type": "integer"}))
    );
    assert!(
        spec("add")
            .python_signature()
            .starts_with("def add(a: int, b: int) -> int:")
    );
    assert_eq!(
        spec("echo"),
        ToolSpec::new("echo", "Repeats a text.")
            .input(ToolInput::new(
                "text",
                "What to repeat.",
                json!({"type": "string"})
            ))
            .input(
                ToolInput::new(
                    "times",
                    "How many times (1 if not given).",
                    json!({"type": "integer"})
                )
                .optional()
            )
    );
    assert_eq!(
        spec("reverse_text"),
        ToolSpec::new("reverse_text", "Reverses a text.").input(ToolInput::new(
            "input_text",
            "The text to reverse.",
            json!({"type": "string"})
        ))
    );
    assert_eq!(
        spec("norm").inputs,
        vec![ToolInput::new(
            "point",
            "The vector.",
            json!({
                "type": "object",
                "properties": {"x": {"type": "number"}, "y": {"type": "number"}},
                "required": ["x", "y"]
            })
        )]
    );
    assert_eq!(
        spec("count_keys").inputs,
        vec![
            ToolInput::new(
                "arguments",
                "All the arguments, as a dict.",
                json!({"type": "object", "additionalProperties": true})
            )
            .optional()
        ]
    );
    assert_eq!(spec("stats").inputs, vec![]);
    assert_eq!(
        spec("stats").output,
        json!({
            "type": "object",
            "properties": {"calls": {"type": "integer"}, "cancelled": {"type": "integer"}},
            "required": ["calls", "cancelled"]
        })
    );
    assert_eq!(spec("pid").inputs, vec![]);
    assert_eq!(spec("pid").output, json!({"type": "integer"}));
}

async fn calls_return_the_servers_values(transport: Transport) {
    let fixture = connect(transport).await;
    let tools = fixture.server.tool_set();
    assert_eq!(call(&tools, "add", json!({"a": 2, "b": 3})).await, json!(5));
    assert_eq!(
        call(&tools, "echo", json!({"text": "hi", "times": 3})).await,
        json!("hi hi hi")
    );
    assert_eq!(
        call(&tools, "echo", json!({"text": "once"})).await,
        json!("once")
    );
    assert_eq!(
        call(&tools, "reverse_text", json!({"input_text": "abc"})).await,
        json!("cba")
    );
    assert_eq!(
        call(&tools, "norm", json!({"point": {"x": 3, "y": 4}})).await,
        json!("5")
    );
    assert_eq!(
        call(&tools, "count_keys", json!({"arguments": {"a": 1, "b": 2}})).await,
        json!("2")
    );
    assert_eq!(call(&tools, "count_keys", json!({})).await, json!("0"));
    assert_eq!(
        call(&tools, "picture", json!({})).await,
        json!(
            "A red dot.\n[image: image/png, 70 bytes]\n[resource mock://note]\nDrawn by codeact-mock.\n[resource link mock://dot.png: dot]"
        )
    );
    let pid = call(&tools, "pid", json!({})).await;
    match transport {
        Transport::Http => assert_eq!(pid, json!(std::process::id())),
        Transport::Stdio => assert_ne!(pid, json!(std::process::id())),
    }
}

async fn tool_errors_fail_with_the_servers_text(transport: Transport) {
    let fixture = connect(transport).await;
    let tools = fixture.server.tool_set();
    let result = tools
        .call("fail", args(json!({"message": "disk full"})))
        .await;
    assert_eq!(result, Err(ToolError::failed("fail", "disk full")));
    let result = tools.call("fail", args(json!({}))).await;
    assert_eq!(
        result,
        Err(ToolError::failed("fail", "the tool failed as asked"))
    );
}

async fn protocol_errors_fail_with_the_servers_message(transport: Transport) {
    let fixture = connect(transport).await;
    let tools = fixture.server.tool_set();
    // Straight to the tool, past the validation of ToolSet::call.
    let add = tools.get("add").expect("add");
    let (tool, message) = failure(add.call(args(json!({"a": "two", "b": 1}))).await);
    assert_eq!(tool, "add");
    assert!(
        message.ends_with("refused the call: `a` must be an integer (JSON-RPC error -32602)"),
        "{message}"
    );
}

async fn arguments_are_checked_before_the_server_is_called(transport: Transport) {
    let fixture = connect(transport).await;
    let tools = fixture.server.tool_set();
    let calls = |stats: Value| stats["calls"].as_u64().expect("a count");
    let before = calls(call(&tools, "stats", json!({})).await);

    let missing = tools.call("add", args(json!({"a": 1}))).await;
    assert_eq!(
        missing.unwrap_err().to_string(),
        "bad argument `b` for tool `add`: expected an integer, got nothing (the argument is missing)"
    );
    let mistyped = tools.call("add", args(json!({"a": "two", "b": 1}))).await;
    assert!(
        matches!(mistyped, Err(ToolError::InvalidArgument { ref argument, .. }) if argument == "a"),
        "{mistyped:?}"
    );
    let nested = tools
        .call("norm", args(json!({"point": {"x": "3", "y": 4}})))
        .await;
    assert!(
        matches!(nested, Err(ToolError::InvalidArgument { ref argument, .. }) if argument == "point.x"),
        "{nested:?}"
    );
    let unknown = tools
        .call("echo", args(json!({"text": "a", "loud": true})))
        .await;
    assert!(
        matches!(unknown, Err(ToolError::InvalidArgument { ref argument, .. }) if argument == "loud"),
        "{unknown:?}"
    );

    let after = calls(call(&tools, "stats", json!({})).await);
    assert_eq!(
        after,
        before + 1,
        "only the second `stats` reached the server"
    );
}

async fn a_slow_call_times_out_and_is_cancelled(transport: Transport) {
    let options = Options {
        call_timeout: Some(Duration::from_millis(300)),
        ..Options::default()
    };
    let fixture = connect_with(transport, options).await;
    let tools = fixture.server.tool_set();
    let (tool, message) = failure(tools.call("slow", args(json!({"ms": 20_000}))).await);
    assert_eq!(tool, "slow");
    assert!(
        message.ends_with("did not answer within 300ms"),
        "{message}"
    );
    assert_eq!(call(&tools, "add", json!({"a": 1, "b": 2})).await, json!(3));
    let tools_ref = &tools;
    eventually(
        "the server's side of the call being cancelled",
        || async move { call(tools_ref, "stats", json!({})).await["cancelled"] == json!(1) },
    )
    .await;
    assert_eq!(
        call(&tools, "slow", json!({"ms": 10})).await,
        json!("slept 10 ms")
    );
}

async fn a_dropped_call_leaves_the_connection_usable(transport: Transport) {
    let fixture = connect(transport).await;
    let tools = fixture.server.tool_set();
    tokio::select! {
        result = tools.call("slow", args(json!({"ms": 20_000}))) => panic!("the slow call ended: {result:?}"),
        _ = tokio::time::sleep(Duration::from_millis(200)) => {}
    }
    assert_eq!(call(&tools, "add", json!({"a": 2, "b": 2})).await, json!(4));
    let tools = &tools;
    eventually(
        "the dropped call being cancelled on the server",
        || async move { call(tools, "stats", json!({})).await["cancelled"] == json!(1) },
    )
    .await;
}

async fn concurrent_calls_get_their_own_answers(transport: Transport) {
    let fixture = connect(transport).await;
    let tools = fixture.server.tool_set();
    let calls = (0..20).map(|i| {
        let tools = tools.clone();
        async move {
            let sum = tools.call("add", args(json!({"a": i, "b": 1000}))).await;
            (i, sum)
        }
    });
    for (i, sum) in futures::future::join_all(calls).await {
        assert_eq!(sum, Ok(json!(i + 1000)));
    }
}

async fn a_prefix_keeps_servers_apart(transport: Transport) {
    let options = Options {
        prefix: Some("calc"),
        ..Options::default()
    };
    let fixture = connect_with(transport, options).await;
    let tools = fixture.server.tool_set();
    assert!(tools.names().iter().all(|name| name.starts_with("calc_")));
    assert_eq!(
        call(&tools, "calc_add", json!({"a": 20, "b": 22})).await,
        json!(42)
    );
    assert_eq!(
        call(&tools, "calc_reverse_text", json!({"input_text": "ab"})).await,
        json!("ba")
    );
    let plain = connect(transport).await;
    let both = ToolSet::new(
        plain
            .server
            .tools()
            .into_iter()
            .chain(tools.iter().cloned()),
    )
    .expect("prefixed and plain names do not clash");
    assert_eq!(call(&both, "add", json!({"a": 1, "b": 1})).await, json!(2));
}

async fn python_calls_the_tools(transport: Transport) {
    let fixture = connect(transport).await;
    let tools = fixture.server.tool_set();
    let mut session = InProcessExecutor::new(SandboxConfig::default());
    let out = session
        .execute(
            "x = add(2, 3)\nprint(x, x + 1, reverse_text(input_text='abc'), echo('hey', times=2))",
            &tools,
        )
        .await
        .expect("the executor runs");
    assert_eq!(out.error, None, "{}", out.output);
    assert_eq!(out.output, "5 6 cba hey hey\n");

    let out = session
        .execute(
            "try:\n    fail(message='disk full')\nexcept Exception as e:\n    print('caught', e)",
            &tools,
        )
        .await
        .expect("the executor runs");
    assert_eq!(out.error, None, "{}", out.output);
    assert!(out.output.starts_with("caught "), "{}", out.output);
    assert!(out.output.contains("disk full"), "{}", out.output);
}

async fn stdio_server_exits_when_the_tools_are_dropped() {
    let fixture = connect(Transport::Stdio).await;
    let tools = fixture.server.tool_set();
    let pid = call(&tools, "pid", json!({})).await;
    let proc_dir = format!("/proc/{pid}");
    assert!(Path::new(&proc_dir).exists(), "the server runs as {pid}");

    drop(fixture);
    assert_eq!(
        call(&tools, "add", json!({"a": 1, "b": 1})).await,
        json!(2),
        "the tools keep the connection after the handle is gone"
    );

    drop(tools);
    let proc_dir = proc_dir.as_str();
    eventually("the server process exiting", || async move {
        !Path::new(proc_dir).exists()
    })
    .await;
}

async fn http_session_ends_when_the_tools_are_dropped() {
    let fixture = connect(Transport::Http).await;
    let http = fixture.http.expect("an HTTP fixture");
    assert_eq!(http.open_sessions().await, 1);
    let tools = fixture.server.tools();
    drop(fixture.server);
    assert_eq!(http.open_sessions().await, 1);
    drop(tools);
    let http = &http;
    eventually("the session being deleted", || async move {
        http.open_sessions().await == 0
    })
    .await;
}

async fn stdio_calls_after_the_server_died_fail_clearly() {
    let options = Options {
        call_timeout: Some(Duration::from_secs(20)),
        ..Options::default()
    };
    let fixture = connect_with(Transport::Stdio, options).await;
    let tools = fixture.server.tool_set();
    let (_, message) = failure(tools.call("exit", args(json!({}))).await);
    assert!(
        message.contains("is closed; the server may have exited"),
        "{message}"
    );
    let (tool, message) = failure(tools.call("add", args(json!({"a": 1, "b": 1}))).await);
    assert_eq!(tool, "add");
    assert!(message.contains("is closed"), "{message}");
    assert!(
        message.ends_with("its stderr ends with:\ncodeact-mock: MCP server on stdio"),
        "{message}"
    );
}

async fn http_calls_after_the_server_stopped_fail_clearly() {
    let options = Options {
        call_timeout: Some(Duration::from_secs(20)),
        ..Options::default()
    };
    let fixture = connect_with(Transport::Http, options).await;
    let tools = fixture.server.tool_set();
    assert_eq!(call(&tools, "add", json!({"a": 1, "b": 1})).await, json!(2));
    drop(fixture.http);
    let (tool, message) = failure(tools.call("add", args(json!({"a": 1, "b": 1}))).await);
    assert_eq!(tool, "add");
    assert!(
        message.starts_with("cannot reach MCP server `http://127.0.0.1:"),
        "{message}"
    );
}

async fn a_server_without_tools_gives_none() {
    let server = McpServer::stdio(own_binary(SERVE_NO_TOOLS))
        .connect()
        .await
        .expect("a server without tools connects");
    assert!(server.tool_set().is_empty());
    assert_eq!(
        server.server_info().map(|(name, _)| name),
        Some("codeact-mock")
    );
}

async fn a_missing_command_is_a_clear_error() {
    let command = tokio::process::Command::new("/nonexistent/codeact-no-such-mcp-server");
    let err = McpServer::stdio(command)
        .connect()
        .await
        .expect_err("there is no such program");
    assert!(matches!(err, McpError::Spawn { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "cannot start MCP server `/nonexistent/codeact-no-such-mcp-server`: No such file or directory (os error 2)"
    );
}

async fn a_server_that_dies_at_start_shows_its_stderr() {
    let err = McpServer::stdio(own_binary(FAIL_AT_START))
        .connect()
        .await
        .expect_err("the server exits before the handshake");
    assert!(matches!(err, McpError::Initialize { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.ends_with("its stderr ends with:\nmock: cannot open the database"),
        "{message}"
    );
}

async fn a_program_that_is_not_an_mcp_server_times_out() {
    let err = McpServer::stdio(own_binary(NOT_MCP))
        .connect_timeout(Duration::from_secs(1))
        .connect()
        .await
        .expect_err("no handshake");
    assert!(
        matches!(err, McpError::Timeout { .. } | McpError::Initialize { .. }),
        "{err:?}"
    );
}

async fn http_bearer_token_and_headers() {
    let config = McpHttpConfig {
        bearer_token: Some("s3cret".into()),
        ..McpHttpConfig::default()
    };
    let http = McpHttpServer::start(config)
        .await
        .expect("the server starts");

    let err = McpServer::http(http.url())
        .connect()
        .await
        .expect_err("no token");
    assert!(matches!(err, McpError::Initialize { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains("the server requires authorization"),
        "{err}"
    );

    let server = McpServer::http(http.url())
        .bearer_token("s3cret")
        .header("x-tenant", "tests")
        .connect()
        .await
        .expect("the token is accepted");
    assert_eq!(
        call(&server.tool_set(), "add", json!({"a": 1, "b": 2})).await,
        json!(3)
    );

    for (name, value) in [
        ("x-bad", "line\nbreak"),
        ("bad header", "v"),
        ("Accept", "text/plain"),
    ] {
        let err = McpServer::http(http.url())
            .header(name, value)
            .connect()
            .await
            .expect_err("a bad header");
        assert!(
            matches!(err, McpError::InvalidHeader { .. }),
            "{name}: {err:?}"
        );
    }
}

async fn blocking_callers_can_connect_and_call() {
    let pid = tokio::task::spawn_blocking(|| {
        let server = codeact::blocking::wait(McpServer::stdio(own_binary(SERVE_STDIO)).connect())
            .expect("connects from a blocking thread");
        let tools = server.tool_set();
        let sum = codeact::blocking::wait(tools.call("add", args(json!({"a": 4, "b": 5}))));
        assert_eq!(sum, Ok(json!(9)));
        codeact::blocking::wait(tools.call("pid", args(json!({})))).expect("pid")
    })
    .await
    .expect("the blocking part does not panic");
    let proc_dir = format!("/proc/{pid}");
    let proc_dir = proc_dir.as_str();
    eventually("the server process exiting", || async move {
        !Path::new(proc_dir).exists()
    })
    .await;
}
