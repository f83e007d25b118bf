//! The chat template: the GGUF file's own (Jinja, rendered with minijinja),
//! or ChatML when it has none or uses what minijinja cannot render.

use candle_core::quantized::gguf_file::Content;
use serde::Serialize;

use crate::model::{ChatMessage, Role};

#[derive(Serialize)]
struct TemplateMessage {
    role: &'static str,
    content: String,
}

/// Renders chats into the prompt text the model was trained on.
pub(crate) struct ChatTemplate {
    source: Option<String>,
}

impl ChatTemplate {
    pub(crate) fn from_gguf(content: &Content) -> Self {
        Self {
            source: content
                .metadata
                .get("tokenizer.chat_template")
                .and_then(|v| v.to_string().ok())
                .cloned(),
        }
    }

    /// The prompt for `messages`, ending where the assistant's reply begins.
    pub(crate) fn render(&self, messages: &[ChatMessage]) -> String {
        let messages: Vec<TemplateMessage> = messages
            .iter()
            .map(|m| TemplateMessage {
                role: match m.role {
                    Role::System => "system",
                    Role::User => "user",
                    Role::Assistant => "assistant",
                    // Small models know tool results best as a user turn.
                    Role::Tool => "user",
                },
                content: m.text(),
            })
            .collect();
        if let Some(source) = &self.source {
            let mut env = minijinja::Environment::new();
            env.add_function(
                "raise_exception",
                |message: String| -> Result<String, minijinja::Error> {
                    Err(minijinja::Error::new(
                        minijinja::ErrorKind::InvalidOperation,
                        message,
                    ))
                },
            );
            let rendered = env.render_str(
                source,
                minijinja::context! { messages => &messages, add_generation_prompt => true, bos_token => "", eos_token => "" },
            );
            match rendered {
                Ok(text) => return text,
                Err(err) => {
                    tracing::debug!(%err, "the GGUF chat template does not render; using ChatML")
                }
            }
        }
        chatml(&messages)
    }
}

fn chatml(messages: &[TemplateMessage]) -> String {
    let mut out = String::new();
    for message in messages {
        out.push_str(&format!(
            "<|im_start|>{}\n{}<|im_end|>\n",
            message.role, message.content
        ));
    }
    out.push_str("<|im_start|>assistant\n");
    out
}
