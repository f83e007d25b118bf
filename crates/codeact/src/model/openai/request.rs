//! The chat-completions request body, serialised straight from the caller's
//! messages and options.
//!
//! A request carries the whole conversation, system prompt included, at
//! every step. Building it as a `serde_json::Value` first would copy all of
//! that text into a tree and then write the tree out; this writes the JSON
//! from the borrowed messages in one pass, and nothing but the bytes stays
//! alive while the request is in flight.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Map, Value};

use super::wire::{MaxTokensField, StreamUsage};
use crate::model::{
    ChatMessage, ContentPart, GenerateOptions, ImageSource, ResponseFormat, Role, ToolCall,
    ToolChoice,
};

/// The body of one call; serialise it with serde (reqwest's `json`).
pub(crate) struct RequestBody<'a> {
    pub(crate) model: &'a str,
    pub(crate) messages: &'a [ChatMessage],
    pub(crate) options: &'a GenerateOptions,
    pub(crate) max_tokens_field: MaxTokensField,
    pub(crate) stream: Option<StreamUsage>,
    /// Fields added to every body; one that names a standard field replaces
    /// it.
    pub(crate) extra: &'a Map<String, Value>,
}

impl Serialize for RequestBody<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let options = self.options;
        let standard = |key: &str| !self.extra.contains_key(key);
        let mut map = serializer.serialize_map(None)?;
        if standard("model") {
            map.serialize_entry("model", self.model)?;
        }
        if standard("messages") {
            map.serialize_entry("messages", &Messages(self.messages))?;
        }
        if !options.stop.is_empty() && standard("stop") {
            map.serialize_entry("stop", &options.stop)?;
        }
        if let Some(temperature) = options.temperature.filter(|_| standard("temperature")) {
            map.serialize_entry("temperature", &temperature)?;
        }
        if let Some(top_p) = options.top_p.filter(|_| standard("top_p")) {
            map.serialize_entry("top_p", &top_p)?;
        }
        let max_tokens_field = match self.max_tokens_field {
            MaxTokensField::MaxTokens => "max_tokens",
            MaxTokensField::MaxCompletionTokens => "max_completion_tokens",
        };
        if let Some(max_tokens) = options.max_tokens.filter(|_| standard(max_tokens_field)) {
            map.serialize_entry(max_tokens_field, &max_tokens)?;
        }
        if let Some(seed) = options.seed.filter(|_| standard("seed")) {
            map.serialize_entry("seed", &seed)?;
        }
        if !options.tools.is_empty() && standard("tools") {
            map.serialize_entry("tools", &Tools(options))?;
        }
        if let Some(choice) = options
            .tool_choice
            .as_ref()
            .filter(|_| standard("tool_choice"))
        {
            map.serialize_entry("tool_choice", &WireToolChoice(choice))?;
        }
        if let Some(format) = options
            .response_format
            .as_ref()
            .filter(|_| standard("response_format"))
        {
            map.serialize_entry("response_format", &WireResponseFormat(format))?;
        }
        if let Some(stream) = self.stream {
            if standard("stream") {
                map.serialize_entry("stream", &true)?;
            }
            if stream == StreamUsage::Ask && standard("stream_options") {
                map.serialize_entry("stream_options", &IncludeUsage)?;
            }
        }
        for (key, value) in self.extra {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

struct Messages<'a>(&'a [ChatMessage]);

impl Serialize for Messages<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for message in self.0 {
            seq.serialize_element(&WireMessage(message))?;
        }
        seq.end()
    }
}

struct WireMessage<'a>(&'a ChatMessage);

impl Serialize for WireMessage<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let message = self.0;
        let role = match message.role {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
            Role::Tool => "tool",
        };
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("role", role)?;
        let has_images = message
            .content
            .iter()
            .any(|part| matches!(part, ContentPart::Image { .. }));
        if has_images {
            map.serialize_entry("content", &Parts(&message.content))?;
        } else if message.content.is_empty() && !message.tool_calls.is_empty() {
            map.serialize_entry("content", &())?;
        } else {
            map.serialize_entry("content", &Text(&message.content))?;
        }
        if !message.tool_calls.is_empty() {
            map.serialize_entry("tool_calls", &Calls(&message.tool_calls))?;
        }
        if let Some(id) = &message.tool_call_id {
            map.serialize_entry("tool_call_id", id)?;
        }
        map.end()
    }
}

/// The text parts of a message as one string.
struct Text<'a>(&'a [ContentPart]);

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut texts = self.0.iter().filter_map(ContentPart::as_text);
        match (texts.next(), texts.clone().next()) {
            (None, _) => serializer.serialize_str(""),
            (Some(only), None) => serializer.serialize_str(only),
            (Some(first), Some(_)) => {
                let mut joined = first.to_owned();
                texts.for_each(|text| joined.push_str(text));
                serializer.serialize_str(&joined)
            }
        }
    }
}

struct Parts<'a>(&'a [ContentPart]);

impl Serialize for Parts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for part in self.0 {
            seq.serialize_element(&Part(part))?;
        }
        seq.end()
    }
}

struct Part<'a>(&'a ContentPart);

impl Serialize for Part<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        match self.0 {
            ContentPart::Text { text } => {
                map.serialize_entry("type", "text")?;
                map.serialize_entry("text", text)?;
            }
            ContentPart::Image { source } => {
                map.serialize_entry("type", "image_url")?;
                map.serialize_entry("image_url", &ImageUrl(source))?;
            }
        }
        map.end()
    }
}

struct ImageUrl<'a>(&'a ImageSource);

impl Serialize for ImageUrl<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        match self.0 {
            ImageSource::Url { url } => map.serialize_entry("url", url)?,
            ImageSource::Base64 { media_type, data } => {
                map.serialize_entry("url", &format!("data:{media_type};base64,{data}"))?;
            }
        }
        map.end()
    }
}

struct Calls<'a>(&'a [ToolCall]);

impl Serialize for Calls<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for call in self.0 {
            seq.serialize_element(&Call(call))?;
        }
        seq.end()
    }
}

struct Call<'a>(&'a ToolCall);

impl Serialize for Call<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let call = self.0;
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("id", &call.id)?;
        map.serialize_entry("type", "function")?;
        map.serialize_entry(
            "function",
            &Function {
                name: &call.name,
                arguments: call.arguments.to_string(),
            },
        )?;
        map.end()
    }
}

#[derive(serde::Serialize)]
struct Function<'a> {
    name: &'a str,
    /// The spec's form: the arguments as a JSON string.
    arguments: String,
}

struct Tools<'a>(&'a GenerateOptions);

impl Serialize for Tools<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Definition<'a> {
            name: &'a str,
            description: &'a str,
            parameters: &'a Value,
        }
        #[derive(serde::Serialize)]
        struct Tool<'a> {
            r#type: &'static str,
            function: Definition<'a>,
        }
        serializer.collect_seq(self.0.tools.iter().map(|tool| Tool {
            r#type: "function",
            function: Definition {
                name: &tool.name,
                description: &tool.description,
                parameters: &tool.parameters,
            },
        }))
    }
}

struct WireToolChoice<'a>(&'a ToolChoice);

impl Serialize for WireToolChoice<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            ToolChoice::Auto => serializer.serialize_str("auto"),
            ToolChoice::None => serializer.serialize_str("none"),
            ToolChoice::Required => serializer.serialize_str("required"),
            ToolChoice::Tool(name) => {
                serde_json::json!({"type": "function", "function": {"name": name}})
                    .serialize(serializer)
            }
        }
    }
}

struct WireResponseFormat<'a>(&'a ResponseFormat);

impl Serialize for WireResponseFormat<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value = match self.0 {
            ResponseFormat::Text => serde_json::json!({"type": "text"}),
            ResponseFormat::JsonObject => serde_json::json!({"type": "json_object"}),
            ResponseFormat::JsonSchema {
                name,
                schema,
                strict,
            } => serde_json::json!({
                "type": "json_schema",
                "json_schema": {"name": name, "schema": schema, "strict": strict},
            }),
        };
        value.serialize(serializer)
    }
}

struct IncludeUsage;

impl Serialize for IncludeUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("include_usage", &true)?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ImageSource, ToolDefinition};
    use serde_json::json;

    /// The body as JSON, the way the server reads it.
    fn body(
        model: &str,
        messages: &[ChatMessage],
        options: &GenerateOptions,
        max_tokens_field: MaxTokensField,
        stream: Option<StreamUsage>,
        extra: &Map<String, Value>,
    ) -> Value {
        let body = RequestBody {
            model,
            messages,
            options,
            max_tokens_field,
            stream,
            extra,
        };
        serde_json::from_slice(&serde_json::to_vec(&body).unwrap()).unwrap()
    }

    #[test]
    fn messages_map_to_the_wire() {
        let mut user = ChatMessage::user("look");
        user.content.push(ContentPart::Image {
            source: ImageSource::Base64 {
                media_type: "image/png".into(),
                data: "AAAA".into(),
            },
        });
        let mut assistant = ChatMessage::assistant("");
        assistant.content.clear();
        assistant.tool_calls.push(ToolCall {
            id: "c1".into(),
            name: "search".into(),
            arguments: json!({"q": "x"}),
        });
        let messages = [
            ChatMessage::system("be brief"),
            user,
            assistant,
            ChatMessage::tool_result("c1", "found"),
        ];
        let options = GenerateOptions {
            seed: Some(7),
            top_p: Some(0.5),
            ..GenerateOptions::default()
        }
        .with_stop(["</code>"])
        .with_max_tokens(64)
        .with_tools(
            vec![ToolDefinition {
                name: "search".into(),
                description: "Searches.".into(),
                parameters: json!({"type": "object"}),
            }],
            ToolChoice::Tool("search".into()),
        )
        .with_response_format(ResponseFormat::JsonObject);
        let mut extra = serde_json::Map::new();
        extra.insert("top_k".into(), json!(20));
        let body = body(
            "m",
            &messages,
            &options,
            MaxTokensField::MaxTokens,
            Some(StreamUsage::Ask),
            &extra,
        );
        assert_eq!(
            body,
            json!({
                "model": "m",
                "messages": [
                    {"role": "system", "content": "be brief"},
                    {"role": "user", "content": [
                        {"type": "text", "text": "look"},
                        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                    ]},
                    {"role": "assistant", "content": null, "tool_calls": [
                        {"id": "c1", "type": "function", "function": {"name": "search", "arguments": "{\"q\":\"x\"}"}},
                    ]},
                    {"role": "tool", "content": "found", "tool_call_id": "c1"},
                ],
                "stop": ["</code>"],
                "top_p": 0.5,
                "max_tokens": 64,
                "seed": 7,
                "tools": [{"type": "function", "function": {"name": "search", "description": "Searches.", "parameters": {"type": "object"}}}],
                "tool_choice": {"type": "function", "function": {"name": "search"}},
                "response_format": {"type": "json_object"},
                "stream": true,
                "stream_options": {"include_usage": true},
                "top_k": 20,
            })
        );
    }

    #[test]
    fn reasoning_models_get_max_completion_tokens_and_schemas() {
        let options = GenerateOptions::default()
            .with_max_tokens(5)
            .with_response_format(ResponseFormat::JsonSchema {
                name: "a".into(),
                schema: json!({"type": "object"}),
                strict: true,
            });
        let body = body(
            "m",
            &[],
            &options,
            MaxTokensField::MaxCompletionTokens,
            None,
            &Default::default(),
        );
        assert_eq!(body["max_completion_tokens"], 5);
        assert!(body.get("max_tokens").is_none());
        assert!(body.get("stream").is_none());
        assert_eq!(
            body["response_format"],
            json!({"type": "json_schema", "json_schema": {"name": "a", "schema": {"type": "object"}, "strict": true}})
        );
    }

    #[test]
    fn an_extra_field_replaces_a_standard_one() {
        let mut extra = Map::new();
        extra.insert("temperature".into(), json!(0.0));
        let options = GenerateOptions::default().with_temperature(0.7);
        let body = body("m", &[], &options, MaxTokensField::MaxTokens, None, &extra);
        let text = serde_json::to_string(&body).unwrap();
        assert_eq!(text.matches("temperature").count(), 1, "{text}");
        assert_eq!(body["temperature"], json!(0.0));
    }

    #[test]
    fn text_parts_are_joined_and_temperatures_keep_their_digits() {
        let mut message = ChatMessage::user("a");
        message.content.push(ContentPart::text("b"));
        let options = GenerateOptions::default().with_temperature(0.7);
        let body = body(
            "m",
            &[message],
            &options,
            MaxTokensField::MaxTokens,
            None,
            &Map::new(),
        );
        assert_eq!(body["messages"][0]["content"], "ab");
        assert_eq!(body["temperature"].to_string(), "0.7");
    }
}
