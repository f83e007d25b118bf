//! The OpenAI-compatible provider, retries and rate limits, over real HTTP
//! against `codeact-mock`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use codeact::model::{
    ChatMessage, GenerateOptions, Model, ModelError, OpenAIModel, RateLimit, RateLimitedModel,
    RetryPolicy, RetryingModel, StreamAccumulator, TimeoutPhase, Timeouts, ToolChoice,
    ToolDefinition,
};
use codeact_mock::{Fault, MockConfig, MockServer};
use futures::StreamExt;
use serde_json::json;

fn model(server: &MockServer, id: &str) -> OpenAIModel {
    OpenAIModel::builder(id)
        .base_url(server.base_url())
        .api_key("test-key")
        .build()
        .expect("a valid configuration")
}

/// A model whose requests carry `x-mock-fault: faults`.
fn faulty(server: &MockServer, faults: &str) -> OpenAIModel {
    OpenAIModel::builder("mock-k1")
        .base_url(server.base_url())
        .header("x-mock-fault", faults)
        .timeouts(Timeouts {
            first_byte: Duration::from_millis(500),
            ..Timeouts::default()
        })
        .build()
        .expect("a valid configuration")
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        initial_backoff: Duration::from_millis(10),
        max_backoff: Duration::from_millis(50),
        ..RetryPolicy::default()
    }
}

fn task(text: &str) -> Vec<ChatMessage> {
    vec![
        ChatMessage::system("You solve tasks."),
        ChatMessage::user(text),
    ]
}

fn tools() -> Vec<ToolDefinition> {
    vec![ToolDefinition {
        name: "lookup".into(),
        description: "Looks a word up.".into(),
        parameters: json!({"type": "object", "properties": {"word": {"type": "string"}, "limit": {"type": "integer"}}, "required": ["word", "limit"]}),
    }]
}

#[tokio::test]
async fn a_plain_reply_with_usage() {
    let server = MockServer::start(MockConfig::default())
        .await
        .expect("mock");
    let reply = model(&server, "mock-k1")
        .agenerate(&task("task [[391]]"), &GenerateOptions::default())
        .await
        .expect("reply");
    assert_eq!(
        reply.text(),
        "Thought: I can answer now.\n<code>\nfinal_answer(\"391\")\n</code>"
    );
    let usage = reply.usage.expect("usage");
    assert!(usage.input_tokens > 0 && usage.output_tokens > 0);
}

#[tokio::test]
async fn stop_sequences_are_applied_even_when_the_server_ignores_them() {
    for ignore_stop in [false, true] {
        let server = MockServer::start(MockConfig {
            ignore_stop,
            ..MockConfig::default()
        })
        .await
        .expect("mock");
        let options = GenerateOptions::default().with_stop(["</code>"]);
        let model = model(&server, "mock-k2");
        let reply = model.agenerate(&task("t"), &options).await.expect("reply");
        assert_eq!(
            reply.text(),
            "Thought: step 1 of 2.\n<code>\nstep_1 = 1 * 2\nprint(\"step\", 1, step_1)\n"
        );

        let mut stream = model
            .agenerate_stream(&task("t"), &options)
            .await
            .expect("stream");
        let mut text = String::new();
        while let Some(event) = stream.next().await {
            if let codeact::model::StreamEvent::TextDelta { text: delta } = event.expect("event") {
                text.push_str(&delta);
            }
        }
        assert_eq!(text, reply.text(), "ignore_stop = {ignore_stop}");
    }
}

#[tokio::test]
async fn streamed_tool_call_deltas_become_whole_calls() {
    let server = MockServer::start(MockConfig {
        parallel_tool_calls: 3,
        ..MockConfig::default()
    })
    .await
    .expect("mock");
    let options = GenerateOptions::default().with_tools(tools(), ToolChoice::Auto);
    let model = model(&server, "mock-k2");
    let mut stream = model
        .agenerate_stream(&task("t"), &options)
        .await
        .expect("stream");
    let mut accumulator = StreamAccumulator::default();
    let mut deltas = 0;
    while let Some(event) = stream.next().await {
        accumulator.push(&event.expect("event"));
        deltas += 1;
    }
    let message = accumulator.finish().expect("a whole message");
    assert!(deltas > 6, "the calls came in pieces ({deltas} events)");
    assert_eq!(message.tool_calls.len(), 3);
    for call in &message.tool_calls {
        assert_eq!(call.name, "lookup");
        assert_eq!(call.arguments, json!({"word": "x", "limit": 1}));
    }
    assert!(message.usage.is_some(), "usage comes at the end");

    let whole = model.agenerate(&task("t"), &options).await.expect("reply");
    assert_eq!(whole.tool_calls.len(), 3);
    assert_eq!(
        whole.tool_calls[0].arguments,
        json!({"word": "x", "limit": 1})
    );
}

#[tokio::test]
async fn http_errors_carry_status_and_message_and_fail_at_once() {
    let server = MockServer::start(MockConfig::default())
        .await
        .expect("mock");
    for status in [400, 401, 403, 404] {
        server.reset();
        let model = RetryingModel::new(faulty(&server, &status.to_string())).policy(fast_retries());
        let err = model
            .agenerate(&task("t"), &GenerateOptions::default())
            .await
            .unwrap_err();
        match &err {
            ModelError::Http {
                status: got,
                message,
                ..
            } => {
                assert_eq!(*got, status);
                assert!(message.contains("injected fault"), "{message}");
            }
            other => panic!("expected an HTTP error, got {other:?}"),
        }
        assert_eq!(server.stats().requests, 1, "{status} is not retried");
    }
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = MockServer::start(MockConfig::default())
        .await
        .expect("mock");
    let model = RetryingModel::new(faulty(&server, "429:retry=1,429:retry=1"));
    let start = Instant::now();
    let reply = model
        .agenerate(&task("[[ok]]"), &GenerateOptions::default())
        .await
        .expect("third attempt");
    let elapsed = start.elapsed();
    assert!(reply.text().contains("final_answer(\"ok\")"));
    assert_eq!(server.stats().requests, 3);
    assert!(elapsed >= Duration::from_millis(1950), "waited {elapsed:?}");
    assert!(elapsed < Duration::from_secs(10), "waited {elapsed:?}");
}

#[tokio::test]
async fn transient_faults_are_retried() {
    let server = MockServer::start(MockConfig::default())
        .await
        .expect("mock");
    for faults in ["500", "502,503", "504", "drop", "hang", "cut:0"] {
        let model = RetryingModel::new(faulty(&server, faults)).policy(fast_retries());
        let reply = model
            .agenerate(&task("t"), &GenerateOptions::default())
            .await;
        assert!(reply.is_ok(), "{faults}: {reply:?}");
    }
    // Streams are retried before their first event.
    let model = RetryingModel::new(faulty(&server, "cut:0,503")).policy(fast_retries());
    let mut stream = model
        .agenerate_stream(&task("t"), &GenerateOptions::default())
        .await
        .expect("stream");
    let mut accumulator = StreamAccumulator::default();
    while let Some(event) = stream.next().await {
        accumulator.push(&event.expect("no error after the retries"));
    }
    assert!(accumulator.text().contains("final_answer"));
}

#[tokio::test]
async fn each_fault_becomes_the_right_error() {
    let server = MockServer::start(MockConfig::default())
        .await
        .expect("mock");
    let options = GenerateOptions::default();

    let hang = faulty(&server, "hang")
        .agenerate(&task("t"), &options)
        .await
        .unwrap_err();
    assert!(
        matches!(
            hang,
            ModelError::Timeout {
                phase: TimeoutPhase::FirstByte,
                ..
            }
        ),
        "{hang:?}"
    );

    let dropped = faulty(&server, "drop")
        .agenerate(&task("t"), &options)
        .await
        .unwrap_err();
    assert!(
        dropped.is_retryable(),
        "a dropped connection is retryable: {dropped:?}"
    );

    let malformed = faulty(&server, "malformed")
        .agenerate(&task("t"), &options)
        .await
        .unwrap_err();
    assert!(
        matches!(malformed, ModelError::InvalidResponse(_)),
        "{malformed:?}"
    );
    assert!(!malformed.is_retryable());

    let empty = faulty(&server, "empty")
        .agenerate(&task("t"), &options)
        .await
        .unwrap_err();
    assert!(matches!(empty, ModelError::InvalidResponse(_)), "{empty:?}");

    // A stream cut after its start fails where it is cut, and is not
    // retried (part of the reply was already handed on).
    let cut = RetryingModel::new(faulty(&server, "cut:3")).policy(fast_retries());
    let mut stream = cut
        .agenerate_stream(&task("t"), &options)
        .await
        .expect("stream");
    let mut saw_text = false;
    let mut failed = false;
    while let Some(event) = stream.next().await {
        match event {
            Ok(_) => saw_text = true,
            Err(err) => {
                assert!(err.is_retryable(), "{err:?}");
                failed = true;
            }
        }
    }
    assert!(saw_text && failed);

    server.push_fault(Fault::Status {
        status: 503,
        retry_after: None,
    });
    let queued = model(&server, "m")
        .agenerate(&task("t"), &options)
        .await
        .unwrap_err();
    assert!(matches!(queued, ModelError::Http { status: 503, .. }));

    let unreachable = OpenAIModel::builder("m")
        .base_url("http://127.0.0.1:9/v1")
        .build()
        .expect("config")
        .agenerate(&task("t"), &options)
        .await
        .unwrap_err();
    assert!(
        matches!(unreachable, ModelError::Connection { .. }),
        "{unreachable:?}"
    );
}

#[tokio::test]
async fn retries_give_up_after_the_attempt_limit() {
    let server = MockServer::start(MockConfig::default())
        .await
        .expect("mock");
    let model = RetryingModel::new(faulty(&server, "503,503,503,503")).policy(RetryPolicy {
        max_attempts: 3,
        ..fast_retries()
    });
    let err = model
        .agenerate(&task("t"), &GenerateOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(err, ModelError::RetriesExhausted { attempts: 3, .. }),
        "{err:?}"
    );
    assert_eq!(server.stats().requests, 3);
}

/// 200 callers share a 600-per-minute limit that the server enforces too:
/// none is refused. (Takes 20 s: the limit spaces requests 100 ms apart.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_callers_through_one_limit_get_no_429() {
    let server = MockServer::start(MockConfig {
        rpm: Some(600),
        ..MockConfig::default()
    })
    .await
    .expect("mock");
    let model = RateLimitedModel::new(
        model(&server, "mock-k1"),
        RateLimit::requests_per_minute(600),
    );
    let mut callers = Vec::new();
    for i in 0..200 {
        let model = model.clone();
        callers.push(tokio::spawn(async move {
            model
                .agenerate(&task(&format!("[[{i}]]")), &GenerateOptions::default())
                .await
                .map(|reply| reply.text().contains(&format!("\"{i}\"")))
        }));
    }
    let mut answered = 0;
    for caller in callers {
        let outcome = tokio::time::timeout(Duration::from_secs(60), caller)
            .await
            .expect("bounded")
            .expect("caller task");
        assert_eq!(outcome.map_err(|e| e.to_string()), Ok(true));
        answered += 1;
    }
    assert_eq!(answered, 200);
    let stats = server.stats();
    assert_eq!(stats.rate_limited, 0, "{stats:?}");
    assert_eq!(stats.requests, 200);
}

/// Without the limiter, the same server does refuse: the test above is not
/// passing by accident.
#[tokio::test]
async fn the_mock_enforces_its_limit() {
    let server = MockServer::start(MockConfig {
        rpm: Some(600),
        ..MockConfig::default()
    })
    .await
    .expect("mock");
    let model = Arc::new(model(&server, "mock-k1"));
    let calls = (0..10).map(|_| {
        let model = model.clone();
        async move {
            model
                .agenerate(&task("t"), &GenerateOptions::default())
                .await
        }
    });
    let results = futures::future::join_all(calls).await;
    let refused = results
        .iter()
        .filter(|r| {
            matches!(
                r,
                Err(ModelError::Http {
                    status: 429,
                    retry_after: Some(_),
                    ..
                })
            )
        })
        .count();
    assert!(refused >= 5, "{refused} of 10 refused");
}

#[test]
fn generate_works_from_plain_main() {
    let server = MockServer::start_blocking(MockConfig::default()).expect("mock");
    let reply = model(&server, "mock-k1")
        .generate(&task("[[a]]"), &GenerateOptions::default())
        .expect("reply");
    assert!(reply.text().contains("final_answer(\"a\")"));
    let limited = RateLimitedModel::new(
        model(&server, "mock-k1"),
        RateLimit::requests_per_minute(6000),
    );
    let streamed: Vec<_> = limited
        .generate_stream(&task("[[b]]"), &GenerateOptions::default())
        .expect("stream")
        .collect();
    assert!(streamed.iter().all(Result::is_ok));
}

#[tokio::test(flavor = "multi_thread")]
async fn generate_works_inside_a_multi_thread_runtime() {
    let server = MockServer::start(MockConfig::default())
        .await
        .expect("mock");
    let reply = model(&server, "mock-k1")
        .generate(&task("[[b]]"), &GenerateOptions::default())
        .expect("reply");
    assert!(reply.text().contains("final_answer(\"b\")"));
}

#[tokio::test(flavor = "current_thread")]
async fn generate_works_inside_a_current_thread_runtime() {
    // The server runs on its own runtime: this one is blocked by the call.
    let server = MockServer::start_blocking(MockConfig::default()).expect("mock");
    let model = model(&server, "mock-k1");
    // Twice: the second call reuses whatever the first left behind.
    for answer in ["c", "d"] {
        let reply = model
            .generate(&task(&format!("[[{answer}]]")), &GenerateOptions::default())
            .expect("reply");
        assert!(
            reply
                .text()
                .contains(&format!("final_answer(\"{answer}\")"))
        );
    }
    let async_reply = model
        .agenerate(&task("[[e]]"), &GenerateOptions::default())
        .await
        .expect("reply");
    assert!(async_reply.text().contains("\"e\""));
}

#[test]
fn a_key_from_the_environment_is_only_sent_to_openai() {
    let server = MockServer::start_blocking(MockConfig::default()).expect("mock");
    // No key at all is fine for a local server.
    let model = OpenAIModel::builder("mock-k1")
        .base_url(server.base_url())
        .build()
        .expect("config");
    assert!(
        model
            .generate(&task("t"), &GenerateOptions::default())
            .is_ok()
    );
}
