//! The built-in tools against real components: web pages and a DuckDuckGo
//! look-alike served by a local axum server (127.0.0.1, port 0), Python run
//! by the real sandbox, and scripted user input.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use codeact::tool::builtin::{
    ChannelLines, DuckDuckGoHtml, PythonInterpreterTool, UserInputTool, VisitWebpageTool,
    WebSearchTool,
};
use codeact::tool::{Tool, ToolArgs, ToolError, ToolSet};
use serde_json::{Value, json};

const ARTICLE: &str = include_str!("fixtures/article.html");
const DDG_RESULTS: &str = include_str!("fixtures/duckduckgo_results.html");
const DDG_NO_RESULTS: &str = include_str!("fixtures/duckduckgo_no_results.html");
const DDG_ANOMALY: &str = include_str!("fixtures/duckduckgo_anomaly.html");

/// What the local server has seen.
#[derive(Default)]
struct Seen {
    requests: AtomicUsize,
    queries: Mutex<Vec<String>>,
}

fn html(body: impl Into<String>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body.into(),
    )
        .into_response()
}

async fn duckduckgo(
    State(seen): State<Arc<Seen>>,
    Query(params): Query<Vec<(String, String)>>,
) -> Response {
    let query = params
        .into_iter()
        .find(|(key, _)| key == "q")
        .map(|(_, value)| value)
        .unwrap_or_default();
    seen.queries
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(query.clone());
    match query.as_str() {
        "zqxjvbnmwk" => html(DDG_NO_RESULTS),
        "too many" => (StatusCode::ACCEPTED, html(DDG_ANOMALY)).into_response(),
        "server error" => (StatusCode::SERVICE_UNAVAILABLE, "overloaded").into_response(),
        "not a results page" => html("<html><body><p>Welcome!</p></body></html>"),
        _ => html(DDG_RESULTS),
    }
}

/// Starts the site on 127.0.0.1; it lives as long as the test's runtime.
async fn site() -> (String, Arc<Seen>) {
    let seen = Arc::new(Seen::default());
    let long_page = format!(
        "<html><body>{}</body></html>",
        (0..2000)
            .map(|i| format!("<p>Paragraph number {i}.</p>"))
            .collect::<String>()
    );
    let app = Router::new()
        .route("/article", get(|| async { html(ARTICLE) }))
        .route("/moved", get(|| async { Redirect::to("/article") }))
        .route("/long", get(move || async move { html(long_page) }))
        .route(
            "/missing",
            get(|| async { (StatusCode::NOT_FOUND, html("<h1>Not here</h1>")) }),
        )
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                html("<p>late</p>")
            }),
        )
        .route(
            "/ferris.png",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "image/png")],
                    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
                )
            }),
        )
        .route(
            "/report.pdf",
            get(|| async { ([(header::CONTENT_TYPE, "application/pdf")], "%PDF-1.7") }),
        )
        .route(
            "/data.json",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "application/json")],
                    "{\"crabs\": [\"hermit\", \"king\"]}",
                )
            }),
        )
        .route(
            "/latin1",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/html; charset=windows-1252")],
                    b"<p>Caf\xe9 cr\xe8me</p>".to_vec(),
                )
            }),
        )
        .route(
            "/broken",
            get(|| async {
                html("<p>Unclosed <b>bold <i>and <a href=\"x\">link</p></div></table>\u{0}<<>>")
            }),
        )
        .route("/html/", get(duckduckgo))
        .layer(axum::middleware::from_fn_with_state(
            seen.clone(),
            |State(seen): State<Arc<Seen>>,
             request: axum::extract::Request,
             next: axum::middleware::Next| async move {
                seen.requests.fetch_add(1, Ordering::SeqCst);
                next.run(request).await
            },
        ))
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .expect("bind 127.0.0.1");
    let addr: SocketAddr = listener.local_addr().expect("local address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}"), seen)
}

fn args(value: Value) -> ToolArgs {
    value.as_object().cloned().unwrap_or_default()
}

async fn visit(tool: &VisitWebpageTool, url: &str) -> Result<String, ToolError> {
    tool.call(args(json!({ "url": url })))
        .await
        .map(|value| value.as_str().unwrap_or_default().to_owned())
}

fn failure(result: Result<impl std::fmt::Debug, ToolError>) -> String {
    match result {
        Err(ToolError::Failed { message, .. }) => message,
        other => panic!("expected a tool failure, got {other:?}"),
    }
}

#[tokio::test]
async fn visit_webpage_turns_a_local_page_into_markdown() {
    let (base, _) = site().await;
    let markdown = visit(&VisitWebpageTool::new(), &format!("{base}/article"))
        .await
        .unwrap();
    assert_eq!(
        markdown,
        format!(
            "Ferris' Field Guide\n\n\
             [Home]({base}/)\n\n\
             # Ferris' Field Guide\n\n\
             Crabs are **decapod** crustaceans. See the [species list]({base}/species/index.html) \
             or [Wikipedia](https://en.wikipedia.org/wiki/Crab).\n\n\
             ## Where they live\n\n\
             - Oceans\n\
             - Fresh water\n\
             - Land, for *some*\n\n\
             ### Steps to spot one\n\n\
             1. Go to a beach.\n\
             2. Look under rocks.\n\n\
             ```\nlet crab = Crab::new();\n```"
        )
    );
}

#[tokio::test]
async fn links_are_resolved_against_the_page_a_redirect_led_to() {
    let (base, _) = site().await;
    let markdown = visit(&VisitWebpageTool::new(), &format!("{base}/moved"))
        .await
        .unwrap();
    assert!(
        markdown.contains(&format!("[species list]({base}/species/index.html)")),
        "{markdown}"
    );
}

#[tokio::test]
async fn long_pages_are_cut_to_the_configured_length_and_say_so() {
    let (base, _) = site().await;
    let tool = VisitWebpageTool::builder().max_chars(100).build();
    let markdown = visit(&tool, &format!("{base}/long")).await.unwrap();
    let whole = (0..2000)
        .map(|i| format!("Paragraph number {i}."))
        .collect::<Vec<_>>()
        .join("\n\n");
    let expected_start: String = whole.chars().take(100).collect();
    assert!(expected_start.ends_with("Paragraph number 3.\n\nParagraph number"));
    assert_eq!(
        markdown,
        format!(
            "{expected_start}\n..._This content has been truncated to stay below 100 characters_..."
        )
    );
}

#[tokio::test]
async fn a_body_past_the_byte_cap_is_not_read_and_the_text_says_so() {
    let (base, _) = site().await;
    let tool = VisitWebpageTool::builder().max_body_bytes(100).build();
    let markdown = visit(&tool, &format!("{base}/long")).await.unwrap();
    assert_eq!(
        markdown,
        "Paragraph number 0.\n\nParagraph number 1.\n\nParagraph number 2.\n\nParagra\n\n\
         ..._Only the first 100 bytes of this page were read_..."
    );
}

#[tokio::test]
async fn a_404_is_a_tool_error_with_status_and_reason() {
    let (base, _) = site().await;
    let message = failure(visit(&VisitWebpageTool::new(), &format!("{base}/missing")).await);
    assert_eq!(
        message,
        format!("{base}/missing answered HTTP 404 Not Found")
    );
}

#[tokio::test]
async fn a_slow_page_hits_the_timeout() {
    let (base, _) = site().await;
    let tool = VisitWebpageTool::builder()
        .timeout(Duration::from_millis(300))
        .build();
    let started = std::time::Instant::now();
    let message = failure(visit(&tool, &format!("{base}/slow")).await);
    assert_eq!(
        message,
        format!("{base}/slow did not answer within 300 ms (timeout)")
    );
    assert!(started.elapsed() < Duration::from_secs(4));
}

#[tokio::test]
async fn images_and_pdfs_are_refused_by_type() {
    let (base, _) = site().await;
    let tool = VisitWebpageTool::new();
    assert_eq!(
        failure(visit(&tool, &format!("{base}/ferris.png")).await),
        format!(
            "{base}/ferris.png is `image/png`, not a web page or text; visit_webpage reads HTML and text only"
        )
    );
    assert!(
        failure(visit(&tool, &format!("{base}/report.pdf")).await)
            .contains("is `application/pdf`, not a web page or text")
    );
}

#[tokio::test]
async fn json_is_returned_as_it_is() {
    let (base, _) = site().await;
    let text = visit(&VisitWebpageTool::new(), &format!("{base}/data.json"))
        .await
        .unwrap();
    assert_eq!(text, "{\"crabs\": [\"hermit\", \"king\"]}");
}

#[tokio::test]
async fn a_declared_legacy_charset_is_decoded() {
    let (base, _) = site().await;
    let text = visit(&VisitWebpageTool::new(), &format!("{base}/latin1"))
        .await
        .unwrap();
    assert_eq!(text, "Café crème");
}

#[tokio::test]
async fn malformed_html_still_converts() {
    let (base, _) = site().await;
    let text = visit(&VisitWebpageTool::new(), &format!("{base}/broken"))
        .await
        .unwrap();
    assert!(
        text.starts_with(&format!("Unclosed **bold *and [link]({base}/x)")),
        "{text}"
    );
}

#[tokio::test]
async fn a_refused_connection_says_so() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    };
    let url = format!("http://127.0.0.1:{port}/");
    let message = failure(visit(&VisitWebpageTool::new(), &url).await);
    assert!(
        message.starts_with(&format!("could not connect to {url}: ")),
        "{message}"
    );
    assert!(message.to_lowercase().contains("refused"), "{message}");
}

#[tokio::test]
async fn bad_urls_are_refused_before_any_request() {
    let tool = VisitWebpageTool::new();
    assert_eq!(
        failure(visit(&tool, "example.com/page").await),
        "`example.com/page` is not a full URL (it has no scheme); did you mean `https://example.com/page`?"
    );
    assert_eq!(
        failure(visit(&tool, "file:///etc/passwd").await),
        "only http and https URLs can be fetched, not `file:` URLs"
    );
}

#[test]
fn visit_webpage_works_from_plain_blocking_code() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (base, _) = runtime.block_on(site());
    let tool = VisitWebpageTool::new();
    let text = codeact::blocking::wait(visit(&tool, &format!("{base}/latin1"))).unwrap();
    assert_eq!(text, "Café crème");
}

fn search_tool(base: &str) -> WebSearchTool {
    WebSearchTool::with_backend(
        DuckDuckGoHtml::builder()
            .base_url(format!("{base}/html/"))
            .build(),
    )
}

async fn search(tool: &WebSearchTool, query: &str) -> Result<String, ToolError> {
    tool.call(args(json!({ "query": query })))
        .await
        .map(|value| value.as_str().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn web_search_reads_duckduckgo_results_without_the_ads() {
    let (base, seen) = site().await;
    let text = search(&search_tool(&base), "rust async").await.unwrap();
    assert_eq!(
        text,
        "## Search Results\n\n\
         [Introduction - Asynchronous Programming in Rust](https://rust-lang.github.io/async-book/)\n\
         This book aims to be a comprehensive, up-to-date guide to Rust's async ecosystem, suitable for beginners & old hands alike.\n\n\
         [Tutorial | Tokio - An asynchronous Rust runtime](https://tokio.rs/tokio/tutorial)\n\
         Tokio is an asynchronous runtime for the Rust programming language.\n\n\
         [Async/await - Wikipedia](https://en.wikipedia.org/wiki/Async%2Fawait?x=1&y=%C3%A9)\n\n\
         [futures - Rust](https://docs.rs/futures/latest/futures/)\n\
         Abstractions for asynchronous programming."
    );
    assert_eq!(
        *seen.queries.lock().unwrap_or_else(|e| e.into_inner()),
        ["rust async"]
    );
}

#[tokio::test]
async fn web_search_keeps_to_max_results() {
    let (base, _) = site().await;
    let text = search(&search_tool(&base).max_results(2), "rust async")
        .await
        .unwrap();
    assert!(text.contains("(https://tokio.rs/tokio/tutorial)"), "{text}");
    assert!(!text.contains("Wikipedia"), "{text}");
}

#[tokio::test]
async fn web_search_with_no_results_says_so() {
    let (base, _) = site().await;
    let text = search(&search_tool(&base), "zqxjvbnmwk").await.unwrap();
    assert_eq!(
        text,
        "No results found for 'zqxjvbnmwk'. Try a shorter or less specific query."
    );
}

#[tokio::test]
async fn duckduckgo_bot_check_is_a_clear_error() {
    let (base, _) = site().await;
    let message = failure(search(&search_tool(&base), "too many").await);
    assert!(
        message
            .starts_with("DuckDuckGo answered with its bot check (a captcha) instead of results"),
        "{message}"
    );
}

#[tokio::test]
async fn web_search_reports_a_failing_engine_and_an_unknown_page() {
    let (base, _) = site().await;
    let tool = search_tool(&base);
    let message = failure(search(&tool, "server error").await);
    assert!(
        message.starts_with("DuckDuckGo search failed: ")
            && message.ends_with("answered HTTP 503 Service Unavailable"),
        "{message}"
    );
    let message = failure(search(&tool, "not a results page").await);
    assert!(
        message.starts_with("DuckDuckGo's reply is not a results page"),
        "{message}"
    );
}

#[tokio::test]
async fn tool_set_validates_arguments_before_the_tool_runs() {
    let (base, seen) = site().await;
    let tools: Vec<Arc<dyn Tool>> = vec![
        Arc::new(VisitWebpageTool::new()),
        Arc::new(search_tool(&base)),
    ];
    let set = ToolSet::new(tools).unwrap();
    let err = set
        .call("visit_webpage", args(json!({"url": 42})))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad argument `url` for tool `visit_webpage`: expected a string, got an integer (42)"
    );
    let err = set.call("web_search", ToolArgs::new()).await.unwrap_err();
    assert!(
        matches!(err, ToolError::InvalidArgument { ref argument, .. } if argument == "query"),
        "{err}"
    );
    let err = set
        .call(
            "web_search",
            args(json!({"query": "rust", "max_results": 3})),
        )
        .await
        .unwrap_err();
    assert!(err.to_string().contains("`max_results`"), "{err}");
    assert_eq!(seen.requests.load(Ordering::SeqCst), 0);
    let found = set
        .call("web_search", args(json!({"query": "rust async"})))
        .await
        .unwrap();
    assert!(
        found
            .as_str()
            .unwrap_or_default()
            .starts_with("## Search Results")
    );
    assert_eq!(seen.requests.load(Ordering::SeqCst), 1);
}

fn recording_prompt(asked: Arc<Mutex<Vec<String>>>) -> impl Fn(&str) -> std::io::Result<()> {
    move |question: &str| {
        asked
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(question.to_owned());
        Ok(())
    }
}

#[tokio::test]
async fn user_input_returns_scripted_answers_then_fails_at_the_end() {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let tool = UserInputTool::new()
        .source(ChannelLines::scripted(["Paris", ""]))
        .prompt(recording_prompt(asked.clone()));
    let ask = |question: &str| tool.call(args(json!({ "question": question })));
    assert_eq!(ask("Which city?").await.unwrap(), json!("Paris"));
    assert_eq!(ask("Anything else?").await.unwrap(), json!(""));
    let message = failure(ask("Still there?").await);
    assert_eq!(
        message,
        "the user's input has ended (end of file): no answer can be read; go on without one"
    );
    assert_eq!(
        *asked.lock().unwrap_or_else(|e| e.into_inner()),
        ["Which city?", "Anything else?", "Still there?"]
    );
}

#[tokio::test]
async fn concurrent_questions_each_get_their_own_answer() {
    let (questions, mut asked) = tokio::sync::mpsc::unbounded_channel::<String>();
    let (answers, lines) = ChannelLines::new();
    let tool = Arc::new(
        UserInputTool::new()
            .source(lines)
            .prompt(move |question: &str| {
                questions
                    .send(question.to_owned())
                    .map_err(std::io::Error::other)
            }),
    );
    // A user who answers each question shown, after a pause.
    let user = tokio::spawn(async move {
        while let Some(question) = asked.recv().await {
            tokio::time::sleep(Duration::from_millis(20)).await;
            if answers.send(format!("answer to {question}")).is_err() {
                break;
            }
        }
    });
    let calls = (0..4).map(|i| {
        let tool = tool.clone();
        async move {
            let question = format!("question {i}");
            let answer = tool
                .call(args(json!({ "question": question })))
                .await
                .unwrap();
            (question, answer)
        }
    });
    let results = tokio::time::timeout(Duration::from_secs(10), futures::future::join_all(calls))
        .await
        .expect("the questions are answered");
    for (question, answer) in results {
        assert_eq!(answer, json!(format!("answer to {question}")));
    }
    drop(tool);
    user.await.unwrap();
}

async fn python(tool: &PythonInterpreterTool, code: &str) -> Result<Value, ToolError> {
    tool.call(args(json!({ "code": code }))).await
}

#[tokio::test]
async fn python_interpreter_returns_printed_output_and_the_last_value() {
    let tool = PythonInterpreterTool::new();
    let out = python(
        &tool,
        "import math\nxs = [3, 1, 2]\nprint('sorted', sorted(xs))\nmath.floor(sum(xs) + 0.5) * 7",
    )
    .await
    .unwrap();
    assert_eq!(out, json!("Stdout:\nsorted [1, 2, 3]\n\nOutput: 42"));
    let out = python(&tool, "x = 1").await.unwrap();
    assert_eq!(out, json!("Stdout:\n\nOutput: None"));
}

#[tokio::test]
async fn python_exceptions_are_tool_errors_with_the_traceback() {
    let tool = PythonInterpreterTool::new();
    let message = failure(python(&tool, "print('before')\ntotal = 1 / 0").await);
    assert_eq!(
        message,
        "the code raised an exception:\nStdout before the error:\nbefore\n\n\
         Error on line 2:\n    total = 1 / 0\nZeroDivisionError: division by zero"
    );
}

#[tokio::test]
async fn python_interpreter_refuses_imports_outside_the_allow_list() {
    let tool = PythonInterpreterTool::new();
    let message = failure(python(&tool, "import os\nos.listdir('/')").await);
    assert!(
        message.contains("ImportError: import of 'os' is not allowed"),
        "{message}"
    );
    assert!(
        tool.spec().inputs[0]
            .description
            .contains("collections, datetime, itertools, math"),
        "{}",
        tool.spec().inputs[0].description
    );
}

#[tokio::test]
async fn python_interpreter_keeps_no_state_between_calls() {
    let tool = PythonInterpreterTool::new();
    python(&tool, "secret = 41").await.unwrap();
    let message = failure(python(&tool, "secret + 1").await);
    assert!(message.contains("NameError"), "{message}");
}

#[tokio::test]
async fn python_interpreter_through_a_tool_set_checks_the_code_argument() {
    let tools: Vec<Arc<dyn Tool>> = vec![Arc::new(PythonInterpreterTool::new())];
    let set = ToolSet::new(tools).unwrap();
    let err = set
        .call("python_interpreter", args(json!({"code": ["1 + 1"]})))
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad argument `code` for tool `python_interpreter`: expected a string, got an array ([\"1 + 1\"])"
    );
    let out = set
        .call("python_interpreter", args(json!({"code": "1 + 1"})))
        .await
        .unwrap();
    assert_eq!(out, json!("Stdout:\n\nOutput: 2"));
}
