//! A model that answers from a script: for tests, examples and benchmarks
//! that need an agent without a server.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;

use super::{ChatMessage, GenerateOptions, Model, ModelError, Role, StopScanner, TokenUsage};

type Reply =
    dyn Fn(&[ChatMessage], &GenerateOptions) -> Result<ChatMessage, ModelError> + Send + Sync;

/// A model whose replies a function computes from the request.
///
/// It keeps no state between calls, so any number of concurrent runs can
/// share it. Stop sequences are applied to the reply's text, as a server
/// would, and usage is estimated at four characters a token.
///
/// ```
/// use codeact::model::{ChatMessage, GenerateOptions, Model, ScriptedModel};
///
/// // Step n of a run (n = assistant messages so far + 1) gets the n-th reply.
/// let model = ScriptedModel::steps(["first", "second"]);
/// let mut chat = vec![ChatMessage::user("go")];
/// assert_eq!(model.generate(&chat, &GenerateOptions::default())?.text(), "first");
/// chat.push(ChatMessage::assistant("first"));
/// assert_eq!(model.generate(&chat, &GenerateOptions::default())?.text(), "second");
/// # Ok::<(), codeact::model::ModelError>(())
/// ```
#[derive(Clone)]
pub struct ScriptedModel {
    id: String,
    reply: Arc<Reply>,
    latency: Duration,
}

impl ScriptedModel {
    /// A model that replies with `reply(messages, options)`.
    pub fn new<F>(reply: F) -> Self
    where
        F: Fn(&[ChatMessage], &GenerateOptions) -> Result<ChatMessage, ModelError>
            + Send
            + Sync
            + 'static,
    {
        Self {
            id: "scripted".to_owned(),
            reply: Arc::new(reply),
            latency: Duration::ZERO,
        }
    }

    /// A model that answers step `n` of a conversation (`n` = number of
    /// assistant messages so far + 1) with the `n`-th text, and every later
    /// step with the last one.
    pub fn steps<I, S>(replies: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let replies: Vec<String> = replies.into_iter().map(Into::into).collect();
        Self::new(move |messages, _| {
            let step = messages
                .iter()
                .filter(|m| m.role == Role::Assistant)
                .count();
            let text = replies
                .get(step)
                .or_else(|| replies.last())
                .cloned()
                .unwrap_or_default();
            Ok(ChatMessage::assistant(text))
        })
    }

    /// Waits this long before every reply.
    pub fn with_latency(mut self, latency: Duration) -> Self {
        self.latency = latency;
        self
    }

    /// Names the model.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = id.into();
        self
    }
}

#[async_trait]
impl Model for ScriptedModel {
    fn model_id(&self) -> &str {
        &self.id
    }

    async fn agenerate(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatMessage, ModelError> {
        if !self.latency.is_zero() {
            tokio::time::sleep(self.latency).await;
        }
        let mut reply = (self.reply)(messages, options)?;
        if !options.stop.is_empty() {
            for part in &mut reply.content {
                if let super::ContentPart::Text { text } = part {
                    let cut = StopScanner::truncate(text, &options.stop).len();
                    text.truncate(cut);
                }
            }
        }
        if reply.usage.is_none() {
            let prompt: usize = messages.iter().map(|m| m.text().len()).sum();
            reply.usage = Some(TokenUsage {
                input_tokens: (prompt / 4) as u64,
                output_tokens: (reply.text().len() / 4) as u64,
            });
        }
        Ok(reply)
    }
}

impl std::fmt::Debug for ScriptedModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScriptedModel")
            .field("id", &self.id)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_sequences_cut_the_reply() {
        let model = ScriptedModel::steps(["code</code> tail"]);
        let reply = model
            .generate(
                &[ChatMessage::user("x")],
                &GenerateOptions::default().with_stop(["</code>"]),
            )
            .unwrap();
        assert_eq!(reply.text(), "code");
        assert!(reply.usage.is_some());
    }

    #[test]
    fn errors_pass_through() {
        let model = ScriptedModel::new(|_, _| Err(ModelError::Config("nope".into())));
        assert!(matches!(
            model.generate(&[], &GenerateOptions::default()),
            Err(ModelError::Config(_))
        ));
    }
}
