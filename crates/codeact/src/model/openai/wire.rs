//! The chat-completions wire format: replies (whole or streamed) back into
//! our types; requests are written by [`super::request`].
//!
//! Replies are read leniently, because the servers that speak this API
//! differ in the details: `content` may be `null`, a string or a list of
//! parts; `usage` may be missing or `null`; tool-call arguments may be a JSON
//! string (the spec) or an object (some local servers); streamed tool calls
//! may lack an `index`; unknown fields are ignored.

use serde::{Deserialize, Deserializer};
use serde_json::{Value, json};

use crate::model::reply_stream::{EventDecoder, Flow};
use crate::model::{
    ChatMessage, ContentPart, ModelError, Role, StopScanner, StreamEvent, TokenUsage, ToolCall,
};

/// Which request field carries the cap on generated tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaxTokensField {
    /// `max_tokens`: what every compatible server understands.
    MaxTokens,
    /// `max_completion_tokens`: what OpenAI's own reasoning models require.
    MaxCompletionTokens,
}

/// Whether a streamed request asks for usage at the end
/// (`stream_options.include_usage`), which a few servers reject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StreamUsage {
    Ask,
    DoNotAsk,
}

/// `null` and a missing field both read as the default.
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Option::unwrap_or_default)
}

/// A whole reply.
#[derive(Debug, Deserialize)]
pub(crate) struct ChatResponse {
    #[serde(default, deserialize_with = "null_as_default")]
    choices: Vec<Choice>,
    #[serde(default)]
    usage: Option<Usage>,
}

#[derive(Debug, Deserialize)]
struct Choice {
    #[serde(default)]
    message: Option<ResponseMessage>,
}

#[derive(Debug, Deserialize)]
struct ResponseMessage {
    #[serde(default)]
    content: Option<Content>,
    #[serde(default)]
    refusal: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    tool_calls: Vec<ResponseToolCall>,
}

/// Message content: a string, or a list of parts of which we keep the text.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Content {
    Text(String),
    Parts(Vec<Value>),
}

impl Content {
    fn into_text(self) -> String {
        match self {
            Self::Text(text) => text,
            Self::Parts(parts) => parts
                .iter()
                .filter_map(|part| part.get("text").and_then(Value::as_str))
                .collect(),
        }
    }
}

#[derive(Debug, Deserialize)]
struct ResponseToolCall {
    #[serde(default)]
    id: Option<String>,
    function: ResponseFunction,
}

#[derive(Debug, Deserialize)]
struct ResponseFunction {
    name: String,
    #[serde(default)]
    arguments: Option<Value>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
struct Usage {
    #[serde(default, deserialize_with = "null_as_default")]
    prompt_tokens: u64,
    #[serde(default, deserialize_with = "null_as_default")]
    completion_tokens: u64,
}

impl From<Usage> for TokenUsage {
    fn from(usage: Usage) -> Self {
        Self {
            input_tokens: usage.prompt_tokens,
            output_tokens: usage.completion_tokens,
        }
    }
}

/// Tool-call arguments as sent: a JSON string (the spec), an object (some
/// local servers), or nothing.
fn parse_arguments(name: &str, arguments: Option<Value>) -> Result<Value, ModelError> {
    match arguments {
        None | Some(Value::Null) => Ok(json!({})),
        Some(Value::String(text)) if text.trim().is_empty() => Ok(json!({})),
        Some(Value::String(text)) => serde_json::from_str(&text).map_err(|err| {
            ModelError::InvalidResponse(format!(
                "arguments of tool call `{name}` are not valid JSON ({err}): {text}"
            ))
        }),
        Some(other) => Ok(other),
    }
}

impl ChatResponse {
    /// The assistant message of the first choice, its text cut at the first
    /// of `stop` (for servers that ignore `stop`).
    pub(crate) fn into_message(self, stop: &[String]) -> Result<ChatMessage, ModelError> {
        let message = self
            .choices
            .into_iter()
            .next()
            .and_then(|choice| choice.message)
            .ok_or_else(|| ModelError::InvalidResponse("the reply has no choices".into()))?;
        let text = match (message.content, message.refusal) {
            (Some(content), _) => content.into_text(),
            (None, Some(refusal)) => refusal,
            (None, None) => String::new(),
        };
        let text = StopScanner::truncate(&text, stop);
        let tool_calls = message
            .tool_calls
            .into_iter()
            .enumerate()
            .map(|(position, call)| {
                let arguments = parse_arguments(&call.function.name, call.function.arguments)?;
                Ok(ToolCall {
                    id: call
                        .id
                        .filter(|id| !id.is_empty())
                        .unwrap_or_else(|| format!("call_{position}")),
                    name: call.function.name,
                    arguments,
                })
            })
            .collect::<Result<Vec<_>, ModelError>>()?;
        Ok(ChatMessage {
            role: Role::Assistant,
            content: if text.is_empty() {
                Vec::new()
            } else {
                vec![ContentPart::text(text)]
            },
            tool_calls,
            tool_call_id: None,
            usage: self.usage.map(TokenUsage::from),
        })
    }
}

/// One streamed chunk.
#[derive(Debug, Deserialize)]
struct Chunk {
    #[serde(default, deserialize_with = "null_as_default")]
    choices: Vec<ChunkChoice>,
    #[serde(default)]
    usage: Option<Usage>,
    /// Some servers (OpenRouter, vLLM) report a failure inside the stream.
    #[serde(default)]
    error: Option<Value>,
}

#[derive(Debug, Deserialize)]
struct ChunkChoice {
    #[serde(default)]
    index: u32,
    #[serde(default)]
    delta: Option<Delta>,
}

#[derive(Debug, Deserialize)]
struct Delta {
    #[serde(default)]
    content: Option<Content>,
    #[serde(default, deserialize_with = "null_as_default")]
    tool_calls: Vec<ToolCallDelta>,
}

#[derive(Debug, Deserialize)]
struct ToolCallDelta {
    #[serde(default)]
    index: Option<usize>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    function: Option<FunctionDelta>,
}

#[derive(Debug, Deserialize)]
struct FunctionDelta {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    arguments: Option<Value>,
}

/// Reads chunks into [`StreamEvent`]s.
#[derive(Debug, Default)]
pub(crate) struct ChunkDecoder {
    /// The tool calls seen so far, by index.
    calls: Vec<SeenCall>,
    url: String,
}

#[derive(Debug, Clone, Default)]
struct SeenCall {
    id: Option<String>,
    named: bool,
}

impl ChunkDecoder {
    pub(crate) fn new(url: &str) -> Self {
        Self {
            calls: Vec::new(),
            url: url.to_owned(),
        }
    }

    /// The index of a tool-call delta: its own, else a new call when it
    /// carries an unseen id, else the latest call.
    fn place(&mut self, delta: &ToolCallDelta) -> usize {
        let index = match delta.index {
            Some(index) => index,
            None => {
                let is_new = match (&delta.id, self.calls.last()) {
                    (_, None) => true,
                    (Some(id), Some(last)) => last.id.as_ref() != Some(id),
                    (None, Some(_)) => false,
                };
                if is_new {
                    self.calls.len()
                } else {
                    self.calls.len() - 1
                }
            }
        };
        if self.calls.len() <= index {
            self.calls.resize(index + 1, SeenCall::default());
        }
        if delta.id.is_some() {
            self.calls[index].id.clone_from(&delta.id);
        }
        index
    }

    /// The name to pass on: only the first time a call is named, since some
    /// servers repeat the name in every delta.
    fn first_name(&mut self, index: usize, name: Option<String>) -> Option<String> {
        let name = name.filter(|name| !name.is_empty())?;
        let call = &mut self.calls[index];
        (!std::mem::replace(&mut call.named, true)).then_some(name)
    }
}

impl EventDecoder for ChunkDecoder {
    fn decode(
        &mut self,
        event: &eventsource_stream::Event,
        out: &mut Vec<StreamEvent>,
    ) -> Result<Flow, ModelError> {
        let data = event.data.trim();
        if data == "[DONE]" {
            return Ok(Flow::Done);
        }
        if data.is_empty() {
            return Ok(Flow::Continue);
        }
        let chunk: Chunk = serde_json::from_str(data).map_err(|err| {
            ModelError::InvalidResponse(format!(
                "a streamed chunk from {} is not the JSON expected ({err}): {}",
                self.url,
                crate::model::http::excerpt(data)
            ))
        })?;
        if let Some(error) = chunk.error {
            return Err(stream_error(&self.url, &error));
        }
        for choice in chunk.choices.into_iter().filter(|c| c.index == 0) {
            let Some(delta) = choice.delta else { continue };
            if let Some(content) = delta.content {
                out.push(StreamEvent::TextDelta {
                    text: content.into_text(),
                });
            }
            for call in delta.tool_calls {
                let index = self.place(&call);
                let (name, arguments) = match call.function {
                    Some(function) => (function.name, function.arguments),
                    None => (None, None),
                };
                let arguments = match arguments {
                    None | Some(Value::Null) => String::new(),
                    Some(Value::String(text)) => text,
                    Some(object) => object.to_string(),
                };
                let name = self.first_name(index, name);
                out.push(StreamEvent::ToolCallDelta {
                    index,
                    id: call.id.filter(|id| !id.is_empty()),
                    name,
                    arguments,
                });
            }
        }
        if let Some(usage) = chunk.usage {
            out.push(StreamEvent::Usage {
                usage: usage.into(),
            });
        }
        Ok(Flow::Continue)
    }
}

/// An error reported inside a stream: a server error, with the status the
/// error carries when it carries one.
fn stream_error(url: &str, error: &Value) -> ModelError {
    let status = error
        .get("code")
        .and_then(|code| {
            code.as_u64()
                .or_else(|| code.as_str().and_then(|s| s.parse().ok()))
        })
        .filter(|code| (400..600).contains(code))
        .and_then(|code| u16::try_from(code).ok())
        .unwrap_or(500);
    let message = crate::model::http::error_message(&json!({ "error": error }).to_string())
        .unwrap_or_else(|| "error event in the stream".into());
    ModelError::Http {
        status,
        message,
        url: url.to_owned(),
        retry_after: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StreamAccumulator;

    fn parse(json: &str) -> Result<ChatMessage, ModelError> {
        serde_json::from_str::<ChatResponse>(json)
            .unwrap()
            .into_message(&["STOP".to_string()])
    }

    #[test]
    fn lenient_replies() {
        let reply = parse(
            r#"{"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":null,
                "tool_calls":[{"id":"","type":"function","function":{"name":"f","arguments":{"a":1}}}]},
                "finish_reason":"tool_calls","logprobs":null}],"usage":null,"system_fingerprint":"z"}"#,
        )
        .unwrap();
        assert_eq!(reply.text(), "");
        assert_eq!(reply.tool_calls[0].id, "call_0");
        assert_eq!(reply.tool_calls[0].arguments, json!({"a": 1}));
        assert_eq!(reply.usage, None);

        let reply = parse(
            r#"{"choices":[{"message":{"content":[{"type":"text","text":"ab"},{"type":"text","text":"cSTOPd"}]}}],
                "usage":{"prompt_tokens":3,"completion_tokens":null,"total_tokens":3}}"#,
        )
        .unwrap();
        assert_eq!(reply.text(), "abc");
        assert_eq!(
            reply.usage,
            Some(TokenUsage {
                input_tokens: 3,
                output_tokens: 0
            })
        );
    }

    #[test]
    fn empty_choices_and_bad_arguments_are_invalid_responses() {
        assert!(matches!(
            parse(r#"{"choices":[]}"#),
            Err(ModelError::InvalidResponse(_))
        ));
        assert!(matches!(
            parse(r#"{"choices":null}"#),
            Err(ModelError::InvalidResponse(_))
        ));
        assert!(matches!(
            parse(
                r#"{"choices":[{"message":{"tool_calls":[{"function":{"name":"f","arguments":"{"}}]}}]}"#
            ),
            Err(ModelError::InvalidResponse(_))
        ));
    }

    fn decode_all(chunks: &[&str]) -> Result<ChatMessage, ModelError> {
        let mut decoder = ChunkDecoder::new("u");
        let mut acc = StreamAccumulator::default();
        for data in chunks {
            let mut out = Vec::new();
            let event = eventsource_stream::Event {
                event: "message".into(),
                data: data.to_string(),
                id: String::new(),
                retry: None,
            };
            if decoder.decode(&event, &mut out)? == Flow::Done {
                break;
            }
            out.iter().for_each(|e| acc.push(e));
        }
        acc.finish()
    }

    #[test]
    fn streamed_tool_calls_with_and_without_indices() {
        let message = decode_all(&[
            r#"{"choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"a","type":"function","function":{"name":"f","arguments":""}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"x\":"}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"b","function":{"name":"g","arguments":"{}"}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]}}]}"#,
            r#"{"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2}}"#,
            "[DONE]",
        ])
        .unwrap();
        assert_eq!(message.tool_calls.len(), 2);
        assert_eq!(message.tool_calls[0].arguments, json!({"x": 1}));
        assert_eq!(message.tool_calls[1].name, "g");
        assert_eq!(message.usage.unwrap().total(), 3);

        let message = decode_all(&[
            r#"{"choices":[{"delta":{"tool_calls":[{"id":"a","function":{"name":"f","arguments":"{\"x\""}}]}}]}"#,
            r#"{"choices":[{"delta":{"tool_calls":[{"function":{"name":"f","arguments":":2}"}}]}}]}"#,
            r#"{"choices":[{"delta":{"tool_calls":[{"id":"b","function":{"name":"g","arguments":{"y":3}}}]}}]}"#,
        ])
        .unwrap();
        let names: Vec<_> = message.tool_calls.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["f", "g"]);
        assert_eq!(message.tool_calls[0].arguments, json!({"x": 2}));
        assert_eq!(message.tool_calls[1].arguments, json!({"y": 3}));
    }

    #[test]
    fn an_error_inside_a_stream_is_a_server_error() {
        let err = decode_all(&[r#"{"error":{"message":"overloaded","code":503}}"#]).unwrap_err();
        assert!(
            matches!(&err, ModelError::Http { status: 503, message, .. } if message == "overloaded")
        );
        let err = decode_all(&[r#"{"error":{"message":"boom"}}"#]).unwrap_err();
        assert!(matches!(err, ModelError::Http { status: 500, .. }));
    }

    #[test]
    fn malformed_chunks_are_invalid_responses() {
        assert!(matches!(
            decode_all(&["{not json"]),
            Err(ModelError::InvalidResponse(_))
        ));
    }
}
