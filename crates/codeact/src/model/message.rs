//! Chat messages: what goes to a model and what comes back.

use std::ops::{Add, AddAssign};

use serde::{Deserialize, Serialize};

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Instructions that frame the conversation.
    System,
    /// The person (or agent loop) asking.
    User,
    /// The model.
    Assistant,
    /// The result of a tool call, answering an assistant's [`ToolCall`].
    Tool,
}

/// Where an image comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImageSource {
    /// An `http(s)://` or `data:` URL.
    Url {
        /// The URL.
        url: String,
    },
    /// Inline bytes, base64-encoded.
    Base64 {
        /// The MIME type, for example `image/png`.
        media_type: String,
        /// The base64-encoded bytes.
        data: String,
    },
}

/// One part of a message's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ContentPart {
    /// Plain text.
    Text {
        /// The text.
        text: String,
    },
    /// An image.
    Image {
        /// Where the image comes from.
        source: ImageSource,
    },
}

impl ContentPart {
    /// A text part.
    ///
    /// ```
    /// use codeact::model::ContentPart;
    /// assert_eq!(ContentPart::text("hi").as_text(), Some("hi"));
    /// ```
    pub fn text(text: impl Into<String>) -> Self {
        Self::Text { text: text.into() }
    }

    /// The text of a text part, `None` for an image.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Self::Text { text } => Some(text),
            Self::Image { .. } => None,
        }
    }
}

/// A call of a tool, as a model asked for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolCall {
    /// The provider's id of the call; a tool result answers it by this id.
    pub id: String,
    /// The tool's name.
    pub name: String,
    /// The arguments, normally a JSON object.
    pub arguments: serde_json::Value,
}

/// Tokens spent by one or more model calls.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenUsage {
    /// Tokens of the prompt.
    pub input_tokens: u64,
    /// Tokens the model generated.
    pub output_tokens: u64,
}

impl TokenUsage {
    /// Input plus output tokens.
    ///
    /// ```
    /// use codeact::model::TokenUsage;
    /// let usage = TokenUsage { input_tokens: 10, output_tokens: 5 };
    /// assert_eq!(usage.total(), 15);
    /// ```
    pub fn total(&self) -> u64 {
        self.input_tokens + self.output_tokens
    }
}

impl Add for TokenUsage {
    type Output = Self;
    fn add(self, other: Self) -> Self {
        Self {
            input_tokens: self.input_tokens + other.input_tokens,
            output_tokens: self.output_tokens + other.output_tokens,
        }
    }
}

impl AddAssign for TokenUsage {
    fn add_assign(&mut self, other: Self) {
        *self = *self + other;
    }
}

/// One message of a chat.
///
/// ```
/// use codeact::model::{ChatMessage, Role};
/// let message = ChatMessage::user("What is 2 + 2?");
/// assert_eq!(message.role, Role::User);
/// assert_eq!(message.text(), "What is 2 + 2?");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatMessage {
    /// Who wrote it.
    pub role: Role,
    /// Text and image parts, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content: Vec<ContentPart>,
    /// Tool calls the model asked for (assistant messages only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tool_calls: Vec<ToolCall>,
    /// The call this message answers (tool messages only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_call_id: Option<String>,
    /// Tokens spent producing this message, when a model produced it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<TokenUsage>,
}

impl ChatMessage {
    /// A message of one text part.
    pub fn new(role: Role, text: impl Into<String>) -> Self {
        Self {
            role,
            content: vec![ContentPart::text(text)],
            tool_calls: Vec::new(),
            tool_call_id: None,
            usage: None,
        }
    }

    /// A system message.
    pub fn system(text: impl Into<String>) -> Self {
        Self::new(Role::System, text)
    }

    /// A user message.
    pub fn user(text: impl Into<String>) -> Self {
        Self::new(Role::User, text)
    }

    /// An assistant message.
    pub fn assistant(text: impl Into<String>) -> Self {
        Self::new(Role::Assistant, text)
    }

    /// The result of the tool call `call_id`.
    ///
    /// ```
    /// use codeact::model::{ChatMessage, Role};
    /// let result = ChatMessage::tool_result("call_1", "42");
    /// assert_eq!(result.role, Role::Tool);
    /// assert_eq!(result.tool_call_id.as_deref(), Some("call_1"));
    /// ```
    pub fn tool_result(call_id: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            tool_call_id: Some(call_id.into()),
            ..Self::new(Role::Tool, text)
        }
    }

    /// All text parts joined, images left out.
    pub fn text(&self) -> String {
        let mut parts = self.content.iter().filter_map(ContentPart::as_text);
        match (parts.next(), parts.next()) {
            (None, _) => String::new(),
            (Some(only), None) => only.to_owned(),
            (Some(first), Some(second)) => {
                let mut text = format!("{first}{second}");
                parts.for_each(|part| text.push_str(part));
                text
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_through_json() {
        let mut message = ChatMessage::assistant("thinking");
        message.tool_calls.push(ToolCall {
            id: "c1".into(),
            name: "search".into(),
            arguments: serde_json::json!({"q": "rust"}),
        });
        message.content.push(ContentPart::Image {
            source: ImageSource::Url {
                url: "https://example.com/a.png".into(),
            },
        });
        message.usage = Some(TokenUsage {
            input_tokens: 3,
            output_tokens: 4,
        });
        let json = serde_json::to_string(&message).unwrap();
        let back: ChatMessage = serde_json::from_str(&json).unwrap();
        assert_eq!(back, message);
    }

    #[test]
    fn text_joins_text_parts_and_skips_images() {
        let mut message = ChatMessage::user("a");
        message.content.push(ContentPart::Image {
            source: ImageSource::Base64 {
                media_type: "image/png".into(),
                data: "AAAA".into(),
            },
        });
        message.content.push(ContentPart::text("b"));
        message.content.push(ContentPart::text("c"));
        assert_eq!(message.text(), "abc");
    }

    #[test]
    fn usage_adds_up() {
        let mut total = TokenUsage::default();
        total += TokenUsage {
            input_tokens: 1,
            output_tokens: 2,
        };
        total += TokenUsage {
            input_tokens: 10,
            output_tokens: 20,
        };
        assert_eq!(total.total(), 33);
    }
}
