//! The Messages API wire format: our messages as Anthropic's blocks, and
//! replies (whole or streamed) back.
//!
//! Anthropic keeps the system prompt out of the messages, wants tool results
//! as `tool_result` blocks inside a user turn, and expects user and assistant
//! turns to alternate; consecutive turns of one role are merged here.

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::model::reply_stream::{EventDecoder, Flow};
use crate::model::{
    ChatMessage, ContentPart, GenerateOptions, ImageSource, ModelError, Role, StopScanner,
    StreamEvent, TokenUsage, ToolCall, ToolChoice,
};

/// `max_tokens` is required by the API; this is used when the options have
/// none.
pub(crate) const DEFAULT_MAX_TOKENS: u32 = 4096;

/// The request body of one call.
pub(crate) fn request_body(
    model: &str,
    messages: &[ChatMessage],
    options: &GenerateOptions,
    stream: bool,
) -> Value {
    let mut body = Map::new();
    body.insert("model".into(), json!(model));
    body.insert(
        "max_tokens".into(),
        json!(options.max_tokens.unwrap_or(DEFAULT_MAX_TOKENS)),
    );
    let system: Vec<String> = messages
        .iter()
        .filter(|m| m.role == Role::System)
        .map(ChatMessage::text)
        .collect();
    if !system.is_empty() {
        body.insert("system".into(), json!(system.join("\n\n")));
    }
    body.insert("messages".into(), Value::Array(turns(messages)));
    if !options.stop.is_empty() {
        body.insert("stop_sequences".into(), json!(options.stop));
    }
    if let Some(temperature) = options.temperature {
        body.insert("temperature".into(), json!(temperature));
    }
    if let Some(top_p) = options.top_p {
        body.insert("top_p".into(), json!(top_p));
    }
    if !options.tools.is_empty() {
        let tools = options
            .tools
            .iter()
            .map(|tool| json!({"name": tool.name, "description": tool.description, "input_schema": tool.parameters}))
            .collect();
        body.insert("tools".into(), Value::Array(tools));
    }
    if let Some(choice) = &options.tool_choice {
        let choice = match choice {
            ToolChoice::Auto => json!({"type": "auto"}),
            ToolChoice::None => json!({"type": "none"}),
            ToolChoice::Required => json!({"type": "any"}),
            ToolChoice::Tool(name) => json!({"type": "tool", "name": name}),
        };
        body.insert("tool_choice".into(), choice);
    }
    if stream {
        body.insert("stream".into(), json!(true));
    }
    Value::Object(body)
}

/// The non-system messages as alternating user/assistant turns.
fn turns(messages: &[ChatMessage]) -> Vec<Value> {
    let mut turns: Vec<(&'static str, Vec<Value>)> = Vec::new();
    for message in messages {
        let (role, blocks) = match message.role {
            Role::System => continue,
            Role::User => ("user", message.content.iter().filter_map(block).collect()),
            Role::Tool => (
                "user",
                vec![json!({
                    "type": "tool_result",
                    "tool_use_id": message.tool_call_id.clone().unwrap_or_default(),
                    "content": message.text(),
                })],
            ),
            Role::Assistant => {
                let mut blocks: Vec<Value> = message
                    .content
                    .iter()
                    .filter_map(block)
                    .filter(|b| b.get("text").and_then(Value::as_str) != Some(""))
                    .collect();
                blocks.extend(message.tool_calls.iter().map(|call| {
                    json!({"type": "tool_use", "id": call.id, "name": call.name, "input": call.arguments})
                }));
                ("assistant", blocks)
            }
        };
        if blocks.is_empty() {
            continue;
        }
        match turns.last_mut() {
            Some((last_role, last_blocks)) if *last_role == role => last_blocks.extend(blocks),
            _ => turns.push((role, blocks)),
        }
    }
    turns
        .into_iter()
        .map(|(role, content)| json!({"role": role, "content": content}))
        .collect()
}

fn block(part: &ContentPart) -> Option<Value> {
    Some(match part {
        ContentPart::Text { text } => json!({"type": "text", "text": text}),
        ContentPart::Image {
            source: ImageSource::Url { url },
        } => json!({"type": "image", "source": {"type": "url", "url": url}}),
        ContentPart::Image {
            source: ImageSource::Base64 { media_type, data },
        } => {
            json!({"type": "image", "source": {"type": "base64", "media_type": media_type, "data": data}})
        }
    })
}

#[derive(Debug, Deserialize)]
struct Usage {
    #[serde(default)]
    input_tokens: Option<u64>,
    #[serde(default)]
    output_tokens: Option<u64>,
}

/// A whole reply.
#[derive(Debug, Deserialize)]
pub(crate) struct MessageResponse {
    #[serde(default)]
    content: Vec<Value>,
    #[serde(default)]
    usage: Option<Usage>,
}

impl MessageResponse {
    /// The reply as our message, its text cut at the first of `stop`.
    pub(crate) fn into_message(self, stop: &[String]) -> Result<ChatMessage, ModelError> {
        let mut text = String::new();
        let mut tool_calls = Vec::new();
        for block in self.content {
            match block.get("type").and_then(Value::as_str) {
                Some("text") => text.push_str(
                    block
                        .get("text")
                        .and_then(Value::as_str)
                        .unwrap_or_default(),
                ),
                Some("tool_use") => {
                    let name = block.get("name").and_then(Value::as_str).ok_or_else(|| {
                        ModelError::InvalidResponse("a tool_use block has no name".into())
                    })?;
                    tool_calls.push(ToolCall {
                        id: block
                            .get("id")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned(),
                        name: name.to_owned(),
                        arguments: block.get("input").cloned().unwrap_or(json!({})),
                    });
                }
                // Thinking blocks and future kinds are not part of the reply.
                _ => {}
            }
        }
        if text.is_empty() && tool_calls.is_empty() {
            return Err(ModelError::InvalidResponse(
                "the reply has no content".into(),
            ));
        }
        let text = StopScanner::truncate(&text, stop).to_owned();
        Ok(ChatMessage {
            role: Role::Assistant,
            content: if text.is_empty() {
                Vec::new()
            } else {
                vec![ContentPart::text(text)]
            },
            tool_calls,
            tool_call_id: None,
            usage: self.usage.map(|u| TokenUsage {
                input_tokens: u.input_tokens.unwrap_or(0),
                output_tokens: u.output_tokens.unwrap_or(0),
            }),
        })
    }
}

/// Reads the Messages API's stream events.
#[derive(Debug)]
pub(crate) struct EventReader {
    url: String,
    /// The tool-call index of each content block that is a tool_use.
    tool_index: Vec<(usize, usize)>,
    calls: usize,
    input_tokens: u64,
    output_tokens: u64,
}

impl EventReader {
    pub(crate) fn new(url: &str) -> Self {
        Self {
            url: url.to_owned(),
            tool_index: Vec::new(),
            calls: 0,
            input_tokens: 0,
            output_tokens: 0,
        }
    }

    fn invalid(&self, what: &str, data: &str) -> ModelError {
        ModelError::InvalidResponse(format!(
            "{what} in the stream of {}: {}",
            self.url,
            crate::model::http::excerpt(data)
        ))
    }
}

impl EventDecoder for EventReader {
    fn decode(
        &mut self,
        event: &eventsource_stream::Event,
        out: &mut Vec<StreamEvent>,
    ) -> Result<Flow, ModelError> {
        let data: Value = match serde_json::from_str(&event.data) {
            Ok(data) => data,
            Err(_) if event.data.trim().is_empty() => return Ok(Flow::Continue),
            Err(_) => return Err(self.invalid("a malformed event", &event.data)),
        };
        let kind = data
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or(event.event.as_str());
        let index = data.get("index").and_then(Value::as_u64).unwrap_or(0) as usize;
        match kind {
            "message_start" => {
                let usage = &data["message"]["usage"];
                self.input_tokens = usage["input_tokens"].as_u64().unwrap_or(0);
                self.output_tokens = usage["output_tokens"].as_u64().unwrap_or(0);
            }
            "content_block_start" => {
                let block = &data["content_block"];
                match block["type"].as_str() {
                    Some("tool_use") => {
                        let call = self.calls;
                        self.calls += 1;
                        self.tool_index.push((index, call));
                        out.push(StreamEvent::ToolCallDelta {
                            index: call,
                            id: block["id"].as_str().map(str::to_owned),
                            name: block["name"].as_str().map(str::to_owned),
                            arguments: String::new(),
                        });
                    }
                    Some("text") => {
                        if let Some(text) = block["text"].as_str().filter(|t| !t.is_empty()) {
                            out.push(StreamEvent::TextDelta {
                                text: text.to_owned(),
                            });
                        }
                    }
                    _ => {}
                }
            }
            "content_block_delta" => {
                let delta = &data["delta"];
                match delta["type"].as_str() {
                    Some("text_delta") => out.push(StreamEvent::TextDelta {
                        text: delta["text"].as_str().unwrap_or_default().to_owned(),
                    }),
                    Some("input_json_delta") => {
                        let call = self
                            .tool_index
                            .iter()
                            .find(|(block, _)| *block == index)
                            .map(|(_, call)| *call)
                            .ok_or_else(|| {
                                self.invalid(
                                    "input for a block that is not a tool call",
                                    &event.data,
                                )
                            })?;
                        out.push(StreamEvent::ToolCallDelta {
                            index: call,
                            id: None,
                            name: None,
                            arguments: delta["partial_json"]
                                .as_str()
                                .unwrap_or_default()
                                .to_owned(),
                        });
                    }
                    _ => {}
                }
            }
            "message_delta" => {
                if let Some(tokens) = data["usage"]["output_tokens"].as_u64() {
                    self.output_tokens = tokens;
                }
            }
            "message_stop" => return Ok(Flow::Done),
            "error" => {
                let message = data["error"]["message"]
                    .as_str()
                    .unwrap_or("unknown error")
                    .to_owned();
                let status = match data["error"]["type"].as_str() {
                    Some("overloaded_error") => 529,
                    Some("rate_limit_error") => 429,
                    _ => 500,
                };
                return Err(ModelError::Http {
                    status,
                    message,
                    url: self.url.clone(),
                    retry_after: None,
                });
            }
            _ => {}
        }
        Ok(Flow::Continue)
    }

    fn finish(&mut self, out: &mut Vec<StreamEvent>) {
        if self.input_tokens + self.output_tokens > 0 {
            out.push(StreamEvent::Usage {
                usage: TokenUsage {
                    input_tokens: self.input_tokens,
                    output_tokens: self.output_tokens,
                },
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ToolDefinition;

    #[test]
    fn system_tool_use_and_tool_results_map_to_blocks() {
        let mut assistant = ChatMessage::assistant("Looking it up.");
        assistant.tool_calls.push(ToolCall {
            id: "toolu_1".into(),
            name: "lookup".into(),
            arguments: json!({"q": "x"}),
        });
        let mut result = ChatMessage::new(Role::Tool, "found");
        result.tool_call_id = Some("toolu_1".into());
        let messages = [
            ChatMessage::system("Be brief."),
            ChatMessage::user("Find x."),
            assistant,
            result,
            ChatMessage::user("And?"),
        ];
        let options = GenerateOptions::default()
            .with_stop(["</code>"])
            .with_tools(
                vec![ToolDefinition {
                    name: "lookup".into(),
                    description: "Looks up.".into(),
                    parameters: json!({"type": "object"}),
                }],
                ToolChoice::Required,
            );
        let body = request_body("claude", &messages, &options, false);
        assert_eq!(body["system"], "Be brief.");
        assert_eq!(body["max_tokens"], DEFAULT_MAX_TOKENS);
        assert_eq!(body["stop_sequences"], json!(["</code>"]));
        assert_eq!(body["tool_choice"], json!({"type": "any"}));
        assert_eq!(body["tools"][0]["input_schema"], json!({"type": "object"}));
        assert_eq!(
            body["messages"],
            json!([
                {"role": "user", "content": [{"type": "text", "text": "Find x."}]},
                {"role": "assistant", "content": [
                    {"type": "text", "text": "Looking it up."},
                    {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"q": "x"}},
                ]},
                {"role": "user", "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_1", "content": "found"},
                    {"type": "text", "text": "And?"},
                ]},
            ])
        );
    }
}
