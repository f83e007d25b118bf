//! The HTTP side: routes, rate limit, faults, latency, and the two wire
//! formats.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures::StreamExt;
use serde_json::{Value, json};

use crate::Shared;
use crate::fault::{self, Fault};
use crate::script::{self, OfferedTool, Reply, Turn};

/// Text is streamed in pieces of about this many bytes.
const CHUNK_BYTES: usize = 16;

pub(crate) async fn serve(listener: tokio::net::TcpListener, shared: Arc<Shared>) {
    let mut stopping = shared.stopping.clone();
    let lifetime = shared.config.max_lifetime;
    let app = Router::new()
        .route("/v1/chat/completions", post(chat_completions))
        .route("/v1/messages", post(messages))
        .route("/v1/models", get(models))
        .route("/stats", get(stats))
        .route("/reset", post(reset))
        .with_state(shared);
    let stop = async move {
        tokio::select! {
            _ = stopping.wait_for(|stop| *stop) => {}
            _ = tokio::time::sleep(lifetime) => {}
        }
    };
    let _ = axum::serve(listener, app)
        .with_graceful_shutdown(stop)
        .await;
}

async fn models() -> Response {
    axum::Json(json!({
        "object": "list",
        "data": [
            {"id": "mock", "object": "model", "owned_by": "codeact-mock"},
            {"id": "mock-k3", "object": "model", "owned_by": "codeact-mock"},
        ]
    }))
    .into_response()
}

async fn stats(State(shared): State<Arc<Shared>>) -> Response {
    axum::Json(shared.stats()).into_response()
}

async fn reset(State(shared): State<Arc<Shared>>) -> Response {
    shared.reset();
    StatusCode::NO_CONTENT.into_response()
}

/// Which API a request speaks.
#[derive(Clone, Copy, PartialEq)]
enum Api {
    OpenAi,
    Anthropic,
}

async fn chat_completions(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    handle(shared, headers, body, Api::OpenAi).await
}

async fn messages(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    handle(shared, headers, body, Api::Anthropic).await
}

/// The parts of a request the scripts use.
struct Request {
    model: String,
    turns: Vec<Turn>,
    tools: Vec<OfferedTool>,
    stop: Vec<String>,
    stream: bool,
    prompt_chars: usize,
}

async fn handle(shared: Arc<Shared>, headers: HeaderMap, body: Bytes, api: Api) -> Response {
    shared.counters.requests.fetch_add(1, Ordering::Relaxed);
    if let Some(limiter) = &shared.limiter
        && let Err(wait) = limiter.check(Instant::now())
    {
        shared.counters.rate_limited.fetch_add(1, Ordering::Relaxed);
        let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
        return error(
            api,
            429,
            "rate limit exceeded (codeact-mock rpm)",
            Some(seconds.to_string()),
        );
    }
    let fault = match header_fault(&shared, &headers) {
        Ok(Some(fault)) => Some(fault),
        Ok(None) => shared.next_fault(),
        Err(bad) => return error(api, 400, &bad.to_string(), None),
    };
    let request = match serde_json::from_slice::<Value>(&body) {
        Ok(value) => match parse_request(&value, api) {
            Ok(request) => request,
            Err(message) => return error(api, 400, &message, None),
        },
        Err(err) => return error(api, 400, &format!("the body is not JSON: {err}"), None),
    };
    if let Some(fault) = &fault {
        shared.counters.faults.fetch_add(1, Ordering::Relaxed);
        match fault {
            Fault::Status {
                status,
                retry_after,
            } => {
                return error(
                    api,
                    *status,
                    &format!("injected fault: status {status}"),
                    retry_after.clone(),
                );
            }
            Fault::Hang => {
                let mut stopping = shared.stopping.clone();
                let _ = stopping.wait_for(|stop| *stop).await;
                return error(api, 503, "the server is stopping", None);
            }
            Fault::Drop => return dropped_body(),
            Fault::CutStream(_) if !request.stream => return dropped_body(),
            Fault::Malformed => {
                return (
                    [(header::CONTENT_TYPE, "application/json")],
                    "{\"choices\": [ not json",
                )
                    .into_response();
            }
            Fault::EmptyChoices if api == Api::OpenAi => {
                return axum::Json(json!({"id": "mock", "object": "chat.completion", "model": request.model, "choices": []}))
                    .into_response();
            }
            Fault::EmptyChoices => {
                return axum::Json(
                    json!({"id": "mock", "type": "message", "role": "assistant", "content": []}),
                )
                .into_response();
            }
            Fault::CutStream(_) => {}
        }
    }
    let delay = latency(&shared, &headers);
    let reply = match script::reply(
        &request.model,
        &request.turns,
        &request.tools,
        shared.config.parallel_tool_calls,
    ) {
        Reply::Text(text) if !shared.config.ignore_stop => {
            Reply::Text(script::apply_stop(&text, &request.stop))
        }
        other => other,
    };
    let prompt_tokens = script::tokens(request.prompt_chars);
    let completion_tokens = script::tokens(match &reply {
        Reply::Text(text) => text.len(),
        Reply::ToolCalls(calls) => calls
            .iter()
            .map(|(name, args)| name.len() + args.to_string().len())
            .sum(),
    });
    shared
        .counters
        .prompt_tokens
        .fetch_add(prompt_tokens, Ordering::Relaxed);
    shared
        .counters
        .completion_tokens
        .fetch_add(completion_tokens, Ordering::Relaxed);
    let usage = (prompt_tokens, completion_tokens);
    let cut_after = match fault {
        Some(Fault::CutStream(n)) => Some(n),
        _ => None,
    };
    if request.stream {
        let events = match api {
            Api::OpenAi => openai_chunks(&request.model, &reply, usage),
            Api::Anthropic => anthropic_events(&request.model, &reply, usage),
        };
        return sse(events, delay, cut_after);
    }
    // A zero-length tokio sleep still waits for the timer's next tick
    // (up to a millisecond): at 0 ms the reply goes out at once.
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    match api {
        Api::OpenAi => axum::Json(openai_completion(&request.model, &reply, usage)).into_response(),
        Api::Anthropic => axum::Json(anthropic_message(
            &request.model,
            &reply,
            usage,
            &request.stop,
        ))
        .into_response(),
    }
}

/// The request's own fault from `x-mock-fault`: the n-th request carrying
/// the same header value gets the n-th fault of its list, and none once the
/// list is used up (so `429,429` fails twice, then succeeds).
fn header_fault(shared: &Shared, headers: &HeaderMap) -> Result<Option<Fault>, fault::BadFault> {
    let Some(value) = headers.get("x-mock-fault").and_then(|v| v.to_str().ok()) else {
        return Ok(None);
    };
    let faults = fault::parse_list(value)?;
    let mut seen = shared
        .header_faults_seen
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let count = seen.entry(value.to_owned()).or_insert(0);
    let fault = faults.get(*count).cloned();
    *count += 1;
    Ok(fault)
}

/// The configured latency, or the request's `x-mock-latency-ms`, plus
/// jitter.
fn latency(shared: &Shared, headers: &HeaderMap) -> Duration {
    let base = headers
        .get("x-mock-latency-ms")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .map_or(shared.config.latency, Duration::from_millis);
    let jitter = shared.config.jitter;
    if jitter.is_zero() {
        return base;
    }
    // Cheap randomness is enough to spread replies.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    base + jitter.mul_f64(f64::from(nanos % 1000) / 1000.0)
}

fn parse_request(value: &Value, api: Api) -> Result<Request, String> {
    let model = value
        .get("model")
        .and_then(Value::as_str)
        .ok_or("`model` is missing")?
        .to_owned();
    let messages = value
        .get("messages")
        .and_then(Value::as_array)
        .ok_or("`messages` is missing")?;
    let mut turns = Vec::new();
    if api == Api::Anthropic
        && let Some(system) = value.get("system")
    {
        turns.push(Turn {
            role: "system".into(),
            text: text_of(system),
        });
    }
    for message in messages {
        let role = message
            .get("role")
            .and_then(Value::as_str)
            .ok_or("a message has no `role`")?;
        turns.push(Turn {
            role: role.to_owned(),
            text: message.get("content").map(text_of).unwrap_or_default(),
        });
    }
    let tools = value
        .get("tools")
        .and_then(Value::as_array)
        .map(|tools| {
            tools
                .iter()
                .filter_map(|tool| {
                    let (name, parameters) = match api {
                        Api::OpenAi => {
                            let function = tool.get("function")?;
                            (function.get("name")?, function.get("parameters"))
                        }
                        Api::Anthropic => (tool.get("name")?, tool.get("input_schema")),
                    };
                    Some(OfferedTool {
                        name: name.as_str()?.to_owned(),
                        parameters: parameters.cloned().unwrap_or(json!({})),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let stop = match value.get(if api == Api::OpenAi {
        "stop"
    } else {
        "stop_sequences"
    }) {
        Some(Value::String(one)) => vec![one.clone()],
        Some(Value::Array(many)) => many
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    };
    Ok(Request {
        model,
        tools,
        stop,
        stream: value
            .get("stream")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        prompt_chars: turns.iter().map(|t| t.text.len()).sum(),
        turns,
    })
}

/// The text of a content value: a string, or the text of its parts.
fn text_of(content: &Value) -> String {
    match content {
        Value::String(text) => text.clone(),
        Value::Array(parts) => parts
            .iter()
            .filter_map(|part| part.get("text").and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    }
}

fn error(api: Api, status: u16, message: &str, retry_after: Option<String>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = match api {
        Api::OpenAi => {
            json!({"error": {"message": message, "type": "mock_error", "code": status.as_u16()}})
        }
        Api::Anthropic => {
            json!({"type": "error", "error": {"type": "mock_error", "message": message}})
        }
    };
    let mut response = (status, axum::Json(body)).into_response();
    if let Some(value) = retry_after.and_then(|v| HeaderValue::from_str(&v).ok()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// A 200 whose body breaks off: the client sees the connection drop.
fn dropped_body() -> Response {
    let body = futures::stream::iter([
        Ok(Bytes::from_static(b"{\"id\": \"mock\", \"choi")),
        Err(std::io::Error::other("connection dropped by codeact-mock")),
    ]);
    (
        [(header::CONTENT_TYPE, "application/json")],
        Body::from_stream(body),
    )
        .into_response()
}

fn sse(events: Vec<String>, delay: Duration, cut_after: Option<usize>) -> Response {
    let pause = delay / u32::try_from(events.len().max(1)).unwrap_or(u32::MAX);
    let total = events.len();
    let cut = cut_after.unwrap_or(usize::MAX);
    let stream =
        futures::stream::iter(events.into_iter().enumerate()).then(move |(i, event)| async move {
            // Even at 0 ms the events go out a timer tick apart, so that a
            // cut stream has delivered its first events before it breaks.
            tokio::time::sleep(pause).await;
            if i >= cut {
                Err(std::io::Error::other("stream cut by codeact-mock"))
            } else {
                Ok::<_, std::io::Error>(Bytes::from(event))
            }
        });
    let stream = stream.take(total.min(cut.saturating_add(1)));
    (
        [
            (header::CONTENT_TYPE, "text/event-stream"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        Body::from_stream(stream),
    )
        .into_response()
}

/// `text` in pieces of about [`CHUNK_BYTES`], cut on character boundaries.
fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + CHUNK_BYTES).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        out.push(&text[start..end]);
        start = end;
    }
    out
}

fn call_id(i: usize) -> String {
    format!("call_mock_{i}")
}

fn openai_completion(model: &str, reply: &Reply, (prompt, completion): (u64, u64)) -> Value {
    let (message, finish) = match reply {
        Reply::Text(text) => (json!({"role": "assistant", "content": text}), "stop"),
        Reply::ToolCalls(calls) => (
            json!({
                "role": "assistant",
                "content": null,
                "tool_calls": calls.iter().enumerate().map(|(i, (name, args))| json!({
                    "id": call_id(i),
                    "type": "function",
                    "function": {"name": name, "arguments": args.to_string()},
                })).collect::<Vec<_>>(),
            }),
            "tool_calls",
        ),
    };
    json!({
        "id": "chatcmpl-mock",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
    })
}

fn openai_chunks(model: &str, reply: &Reply, (prompt, completion): (u64, u64)) -> Vec<String> {
    let chunk = |delta: Value, finish: Value| {
        let body = json!({
            "id": "chatcmpl-mock",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        });
        format!("data: {body}\n\n")
    };
    let mut events = vec![chunk(
        json!({"role": "assistant", "content": ""}),
        Value::Null,
    )];
    let finish = match reply {
        Reply::Text(text) => {
            for piece in pieces(text) {
                events.push(chunk(json!({"content": piece}), Value::Null));
            }
            "stop"
        }
        Reply::ToolCalls(calls) => {
            for (i, (name, args)) in calls.iter().enumerate() {
                events.push(chunk(
                    json!({"tool_calls": [{"index": i, "id": call_id(i), "type": "function", "function": {"name": name, "arguments": ""}}]}),
                    Value::Null,
                ));
                for piece in pieces(&args.to_string()) {
                    events.push(chunk(
                        json!({"tool_calls": [{"index": i, "function": {"arguments": piece}}]}),
                        Value::Null,
                    ));
                }
            }
            "tool_calls"
        }
    };
    events.push(chunk(json!({}), json!(finish)));
    let usage = json!({
        "id": "chatcmpl-mock",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        "choices": [],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
    });
    events.push(format!("data: {usage}\n\n"));
    events.push("data: [DONE]\n\n".to_owned());
    events
}

fn anthropic_blocks(reply: &Reply) -> Vec<Value> {
    match reply {
        Reply::Text(text) => vec![json!({"type": "text", "text": text})],
        Reply::ToolCalls(calls) => calls
            .iter()
            .enumerate()
            .map(|(i, (name, args))| json!({"type": "tool_use", "id": format!("toolu_mock_{i}"), "name": name, "input": args}))
            .collect(),
    }
}

fn anthropic_stop_reason(reply: &Reply, stop: &[String]) -> (&'static str, Value) {
    match reply {
        Reply::ToolCalls(_) => ("tool_use", Value::Null),
        Reply::Text(_) if stop.is_empty() => ("end_turn", Value::Null),
        Reply::Text(_) => ("stop_sequence", json!(stop[0])),
    }
}

fn anthropic_message(
    model: &str,
    reply: &Reply,
    (prompt, completion): (u64, u64),
    stop: &[String],
) -> Value {
    let (reason, sequence) = anthropic_stop_reason(reply, stop);
    json!({
        "id": "msg_mock",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": anthropic_blocks(reply),
        "stop_reason": reason,
        "stop_sequence": sequence,
        "usage": {"input_tokens": prompt, "output_tokens": completion},
    })
}

fn anthropic_events(model: &str, reply: &Reply, (prompt, completion): (u64, u64)) -> Vec<String> {
    let event = |name: &str, body: Value| format!("event: {name}\ndata: {body}\n\n");
    let mut events = vec![event(
        "message_start",
        json!({"type": "message_start", "message": {
            "id": "msg_mock", "type": "message", "role": "assistant", "model": model, "content": [],
            "stop_reason": null, "stop_sequence": null, "usage": {"input_tokens": prompt, "output_tokens": 1},
        }}),
    )];
    for (index, block) in anthropic_blocks(reply).into_iter().enumerate() {
        let (start, deltas): (Value, Vec<Value>) = match block.get("type").and_then(Value::as_str) {
            Some("text") => {
                let text = block
                    .get("text")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                (
                    json!({"type": "text", "text": ""}),
                    pieces(text)
                        .into_iter()
                        .map(|p| json!({"type": "text_delta", "text": p}))
                        .collect(),
                )
            }
            _ => {
                let input = block.get("input").cloned().unwrap_or(json!({})).to_string();
                (
                    json!({"type": "tool_use", "id": block["id"], "name": block["name"], "input": {}}),
                    pieces(&input)
                        .into_iter()
                        .map(|p| json!({"type": "input_json_delta", "partial_json": p}))
                        .collect(),
                )
            }
        };
        events.push(event(
            "content_block_start",
            json!({"type": "content_block_start", "index": index, "content_block": start}),
        ));
        for delta in deltas {
            events.push(event(
                "content_block_delta",
                json!({"type": "content_block_delta", "index": index, "delta": delta}),
            ));
        }
        events.push(event(
            "content_block_stop",
            json!({"type": "content_block_stop", "index": index}),
        ));
    }
    let reason = if matches!(reply, Reply::ToolCalls(_)) {
        "tool_use"
    } else {
        "end_turn"
    };
    events.push(event(
        "message_delta",
        json!({"type": "message_delta", "delta": {"stop_reason": reason, "stop_sequence": null}, "usage": {"output_tokens": completion}}),
    ));
    events.push(event("message_stop", json!({"type": "message_stop"})));
    events
}
