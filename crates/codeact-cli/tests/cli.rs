//! The `codeact` binary as a user runs it: real processes, a real mock server
//! over HTTP, real Python in the sandbox.

use std::io::Write;
use std::process::{Command, Output};

use codeact_mock::{MockConfig, MockServer};
use serde_json::Value;

fn codeact(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codeact"))
        .args(args)
        .env_remove("OPENAI_API_KEY")
        .env_remove("OPENAI_BASE_URL")
        .env_remove("ANTHROPIC_API_KEY")
        .env("NO_COLOR", "1")
        .output()
        .expect("the codeact binary starts")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_json_against_the_mock_ends_with_a_result_line_holding_its_answer() {
    let server = MockServer::start(MockConfig::default()).await.expect("ok");
    let base_url = server.base_url();
    let output = tokio::task::spawn_blocking(move || {
        codeact(&[
            "run",
            "--base-url",
            &base_url,
            "--model",
            "openai:mock-k5",
            "--api-key",
            "x",
            "--json",
            "Find it. [[the mock answer]]",
        ])
    })
    .await
    .expect("ok");
    let stdout = text(&output.stdout);
    assert!(
        output.status.success(),
        "stdout: {stdout}\nstderr: {}",
        text(&output.stderr)
    );
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("every line is JSON"))
        .collect();
    let last = lines.last().expect("at least one line");
    assert_eq!(last["event"], "run_finished");
    assert_eq!(last["output"], "the mock answer");
    assert_eq!(last["state"], "final_answer");
    assert_eq!(last["steps"], 5);
    assert!(last["duration_ms"].as_f64().expect("ok") > 0.0);
    assert!(last["usage"].is_object());
    assert!(lines.iter().any(|line| line["event"] == "code"), "{stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_builtin_tool_named_by_tools_is_offered_and_called() {
    // The mock calls the first tool it is offered with made-up arguments
    // (`code = "x"`), so python_interpreter runs `x` in a sandbox worker and
    // the NameError comes back as the observation.
    let server = MockServer::start(MockConfig::default()).await.expect("ok");
    let base_url = server.base_url();
    let output = tokio::task::spawn_blocking(move || {
        codeact(&[
            "run",
            "--agent",
            "tool-calling",
            "--tools",
            "python_interpreter",
            "--base-url",
            &base_url,
            "--model",
            "openai:mock-k2",
            "--api-key",
            "x",
            "--json",
            "Compute it. [[42]]",
        ])
    })
    .await
    .expect("ok");
    let stdout = text(&output.stdout);
    assert!(
        output.status.success(),
        "stdout: {stdout}\nstderr: {}",
        text(&output.stderr)
    );
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("every line is JSON"))
        .collect();
    let called = lines.iter().any(|line| {
        line["event"] == "tool_calls" && line["calls"][0]["name"] == "python_interpreter"
    });
    assert!(called, "{stdout}");
    let observed = lines.iter().any(|line| {
        line["event"] == "observation"
            && line["text"]
                .as_str()
                .is_some_and(|text| text.contains("NameError"))
    });
    assert!(observed, "{stdout}");
    assert_eq!(lines.last().expect("a result line")["output"], "42");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_mcp_server_given_by_url_lends_its_tools_to_the_agent() {
    let llm = MockServer::start(MockConfig::default()).await.expect("ok");
    let mcp = codeact_mock::mcp::McpHttpServer::start(Default::default())
        .await
        .expect("the MCP server starts");
    let (base_url, mcp_url) = (llm.base_url(), mcp.url());
    let output = tokio::task::spawn_blocking(move || {
        codeact(&[
            "run",
            "--agent",
            "tool-calling",
            "--mcp",
            &mcp_url,
            "--base-url",
            &base_url,
            "--model",
            "openai:mock-k2",
            "--api-key",
            "x",
            "--json",
            "Add them. [[done]]",
        ])
    })
    .await
    .expect("ok");
    let stdout = text(&output.stdout);
    assert!(
        output.status.success(),
        "stdout: {stdout}\nstderr: {}",
        text(&output.stderr)
    );
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("every line is JSON"))
        .collect();
    // The mock calls the first tool offered: the MCP server's `add`, with
    // made-up integers (1 and 1).
    let called = lines
        .iter()
        .any(|line| line["event"] == "tool_calls" && line["calls"][0]["name"] == "add");
    assert!(called, "{stdout}");
    let observed = lines
        .iter()
        .any(|line| line["event"] == "observation" && line["text"] == "2");
    assert!(observed, "{stdout}");
    assert_eq!(lines.last().expect("a result line")["output"], "done");
}

#[test]
fn an_mcp_server_that_cannot_start_is_one_line_and_status_2() {
    let output = codeact(&[
        "run",
        "--model",
        "openai:x",
        "--api-key",
        "k",
        "--mcp",
        "codeact-no-such-mcp-server --flag",
        "task",
    ]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("codeact-no-such-mcp-server"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_on_the_terminal_prints_the_answer_on_stdout_and_the_steps_on_stderr() {
    let server = MockServer::start(MockConfig::default()).await.expect("ok");
    let base_url = server.base_url();
    let output = tokio::task::spawn_blocking(move || {
        codeact(&[
            "run",
            "--base-url",
            &base_url,
            "--model",
            "openai:mock-k3",
            "Find it. [[forty-two]]",
        ])
    })
    .await
    .expect("ok");
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(text(&output.stdout).trim(), "forty-two");
    assert!(stderr.contains("Step 1"), "{stderr}");
    assert!(stderr.contains("step_1 = 1 * 2"), "{stderr}");
}

#[test]
fn an_unreachable_server_is_one_line_and_a_failure_status() {
    // Port 9 (discard) on loopback: nothing listens there.
    let output = codeact(&[
        "run",
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--model",
        "openai:mock-k3",
        "--api-key",
        "x",
        "-q",
        "task",
    ]);
    let stderr = text(&output.stderr);
    assert!(!output.status.success());
    let lines: Vec<&str> = stderr.trim().lines().collect();
    assert!(
        lines[0].starts_with("error: ") && lines[0].contains("cannot reach"),
        "{stderr}"
    );
    // The error, then at most one line saying what to do.
    assert!(lines.len() <= 2, "{stderr}");
    assert!(stderr.contains("--base-url"), "{stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{stderr}"
    );
}

#[test]
fn a_missing_key_or_an_unknown_tool_says_what_to_do() {
    let output = codeact(&["run", "--model", "openai:gpt-4o-mini", "task"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("OPENAI_API_KEY"), "{stderr}");

    let output = codeact(&[
        "run",
        "--model",
        "openai:x",
        "--api-key",
        "k",
        "--tools",
        "teleport",
        "task",
    ]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("unknown tool 'teleport'"), "{stderr}");
    assert!(
        stderr.contains("web_search, visit_webpage, user_input, python_interpreter"),
        "{stderr}"
    );

    let output = codeact(&["run", "--model", "anthropic:claude", "task"]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("ANTHROPIC_API_KEY"), "{stderr}");
}

fn exec(code: &str, extra: &[&str]) -> Output {
    let mut file = tempfile_in_target();
    file.1.write_all(code.as_bytes()).expect("ok");
    let path = file.0.to_string_lossy().into_owned();
    let mut args = vec!["exec", path.as_str()];
    args.extend_from_slice(extra);
    let output = codeact(&args);
    let _ = std::fs::remove_file(&file.0);
    output
}

fn tempfile_in_target() -> (std::path::PathBuf, std::fs::File) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let path = std::env::temp_dir().join(format!(
        "codeact-cli-test-{}-{}.py",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    ));
    let file = std::fs::File::create(&path).expect("ok");
    (path, file)
}

#[test]
fn exec_prints_what_the_program_prints_and_its_last_value() {
    let output = exec("xs = [3, 1, 2]\nprint(sorted(xs))\nsum(xs)\n", &[]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "[1, 2, 3]\n6\n");
}

#[test]
fn exec_of_a_raising_program_exits_1_with_a_python_style_error() {
    let output = exec("def f(x):\n    return x / 0\nf(1)\n", &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("ZeroDivisionError"), "{stderr}");
    assert!(stderr.contains("line 2"), "{stderr}");
}

#[test]
fn exec_usage_errors_exit_2() {
    let output = codeact(&["exec", "/nonexistent/program.py"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn exec_stops_hostile_programs_within_their_limits() {
    let programs = [
        // Either limit may stop it first.
        ("2 ** 10**9", "Error"),
        ("x = [0] * 10**9\n", "MemoryError"),
        ("while True:\n    pass\n", "TimeoutError"),
        ("x = 'a' * 10**10\n", "MemoryError"),
        ("def f(n):\n    return f(n + 1)\nf(0)\n", "RecursionError"),
        ("import os\nos.listdir('/')\n", "ImportError"),
        ("open('/etc/passwd').read()\n", "Error"),
        ("().__class__.__bases__[0].__subclasses__()\n", "Error"),
    ];
    for (program, expected) in programs {
        let started = std::time::Instant::now();
        let output = exec(program, &["--timeout", "2"]);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{program}: {stderr}");
        assert!(stderr.contains(expected), "{program}: {stderr}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(30),
            "{program} took {:?}",
            started.elapsed()
        );
    }
}
