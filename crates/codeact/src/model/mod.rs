//! Models: the [`Model`] trait, chat messages, and the providers.
//!
//! The async methods are the real implementation; the blocking ones are
//! provided once, here, as [`blocking::wait`](crate::blocking::wait()) over the
//! async ones. Rate limiting and retries are models that wrap a model, so
//! every provider gets them.

mod anthropic;
mod error;
mod http;
#[cfg(feature = "local")]
pub mod local;
mod message;
mod openai;
mod options;
mod rate_limit;
mod reply_stream;
mod retry;
mod scripted;
mod stream;

use std::sync::Arc;

use async_trait::async_trait;
use futures::StreamExt;

pub use anthropic::{ANTHROPIC_BASE_URL, AnthropicModel, AnthropicModelBuilder};
pub use error::{ModelError, TimeoutPhase};
pub use http::Timeouts;
pub use message::{ChatMessage, ContentPart, ImageSource, Role, TokenUsage, ToolCall};
pub use openai::{MaxTokensField, OPENAI_BASE_URL, OpenAIModel, OpenAIModelBuilder};
pub use options::{GenerateOptions, ResponseFormat, ToolChoice, ToolDefinition};
pub use rate_limit::{RateLimit, RateLimitedModel};
pub use retry::{RetryPolicy, RetryingModel};
pub use scripted::ScriptedModel;
pub use stream::{ChatStream, StopScanner, StreamAccumulator, StreamEvent};

use crate::blocking;

/// A chat model.
///
/// Implement [`agenerate`](Model::agenerate) (and
/// [`agenerate_stream`](Model::agenerate_stream) when the model can stream);
/// the blocking [`generate`](Model::generate) and
/// [`generate_stream`](Model::generate_stream) come for free.
///
/// ```
/// use async_trait::async_trait;
/// use codeact::model::{ChatMessage, GenerateOptions, Model, ModelError};
///
/// /// Answers every chat with the length of its last message.
/// struct Counter;
///
/// #[async_trait]
/// impl Model for Counter {
///     fn model_id(&self) -> &str {
///         "counter"
///     }
///     async fn agenerate(
///         &self,
///         messages: &[ChatMessage],
///         _options: &GenerateOptions,
///     ) -> Result<ChatMessage, ModelError> {
///         let last = messages.last().map(|m| m.text()).unwrap_or_default();
///         Ok(ChatMessage::assistant(last.len().to_string()))
///     }
/// }
///
/// let reply = Counter.generate(&[ChatMessage::user("four")], &GenerateOptions::default())?;
/// assert_eq!(reply.text(), "4");
/// # Ok::<(), ModelError>(())
/// ```
#[async_trait]
pub trait Model: Send + Sync {
    /// The model's id, as its provider names it.
    fn model_id(&self) -> &str;

    /// Generates a reply to `messages`.
    async fn agenerate(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatMessage, ModelError>;

    /// Generates a reply as a stream of deltas.
    ///
    /// The default calls [`agenerate`](Model::agenerate) and streams the whole
    /// reply at once, for models that cannot stream.
    async fn agenerate_stream(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatStream, ModelError> {
        let reply = self.agenerate(messages, options).await?;
        Ok(futures::stream::iter(message_as_events(reply).into_iter().map(Ok)).boxed())
    }

    /// Blocking [`agenerate`](Model::agenerate); works from `main`, from any
    /// thread, and from inside a tokio runtime.
    fn generate(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatMessage, ModelError> {
        blocking::wait(self.agenerate(messages, options))
    }

    /// Blocking [`agenerate_stream`](Model::agenerate_stream): an iterator of
    /// deltas.
    fn generate_stream(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<BlockingStream, ModelError> {
        blocking::wait(self.agenerate_stream(messages, options)).map(BlockingStream)
    }
}

/// The events that stream a whole message, in order.
fn message_as_events(message: ChatMessage) -> Vec<StreamEvent> {
    let mut events = Vec::new();
    let text = message.text();
    if !text.is_empty() {
        events.push(StreamEvent::TextDelta { text });
    }
    for (index, call) in message.tool_calls.into_iter().enumerate() {
        events.push(StreamEvent::ToolCallDelta {
            index,
            id: Some(call.id),
            name: Some(call.name),
            arguments: call.arguments.to_string(),
        });
    }
    if let Some(usage) = message.usage {
        events.push(StreamEvent::Usage { usage });
    }
    events
}

/// A streamed reply consumed by blocking calls; see
/// [`Model::generate_stream`].
pub struct BlockingStream(ChatStream);

impl Iterator for BlockingStream {
    type Item = Result<StreamEvent, ModelError>;

    fn next(&mut self) -> Option<Self::Item> {
        blocking::wait(self.0.next())
    }
}

impl std::fmt::Debug for BlockingStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BlockingStream")
    }
}

macro_rules! forward_model {
    ($($pointer:ty),*) => {$(
        #[async_trait]
        impl<M: Model + ?Sized> Model for $pointer {
            fn model_id(&self) -> &str {
                (**self).model_id()
            }
            async fn agenerate(
                &self,
                messages: &[ChatMessage],
                options: &GenerateOptions,
            ) -> Result<ChatMessage, ModelError> {
                (**self).agenerate(messages, options).await
            }
            async fn agenerate_stream(
                &self,
                messages: &[ChatMessage],
                options: &GenerateOptions,
            ) -> Result<ChatStream, ModelError> {
                (**self).agenerate_stream(messages, options).await
            }
        }
    )*};
}

forward_model!(Arc<M>, Box<M>, &M);

#[cfg(test)]
mod tests {
    use super::*;

    struct Echo;

    #[async_trait]
    impl Model for Echo {
        fn model_id(&self) -> &str {
            "echo"
        }
        async fn agenerate(
            &self,
            messages: &[ChatMessage],
            _options: &GenerateOptions,
        ) -> Result<ChatMessage, ModelError> {
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
            let mut reply = ChatMessage::assistant(messages[0].text());
            reply.tool_calls.push(ToolCall {
                id: "c0".into(),
                name: "tool".into(),
                arguments: serde_json::json!({"x": 1}),
            });
            reply.usage = Some(TokenUsage {
                input_tokens: 2,
                output_tokens: 3,
            });
            Ok(reply)
        }
    }

    #[test]
    fn default_stream_reassembles_into_the_same_message() {
        let messages = [ChatMessage::user("hello")];
        let whole = Echo
            .generate(&messages, &GenerateOptions::default())
            .unwrap();
        let mut acc = StreamAccumulator::default();
        for event in Echo
            .generate_stream(&messages, &GenerateOptions::default())
            .unwrap()
        {
            acc.push(&event.unwrap());
        }
        assert_eq!(acc.finish().unwrap(), whole);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn generate_inside_a_current_thread_runtime_returns() {
        let model: Arc<dyn Model> = Arc::new(Echo);
        let reply = model
            .generate(&[ChatMessage::user("hi")], &GenerateOptions::default())
            .unwrap();
        assert_eq!(reply.text(), "hi");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn generate_inside_a_multi_thread_runtime_returns() {
        let reply = Echo
            .generate(&[ChatMessage::user("hi")], &GenerateOptions::default())
            .unwrap();
        assert_eq!(reply.text(), "hi");
    }
}
