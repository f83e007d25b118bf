//! Anthropic's Messages API.

mod wire;

use std::sync::Arc;

use async_trait::async_trait;

use super::http::{self, HttpTransport, Timeouts};
use super::reply_stream::reply_stream;
use super::{ChatMessage, ChatStream, GenerateOptions, Model, ModelError};

use wire::{EventReader, MessageResponse};

/// Anthropic's endpoint, the default base URL.
pub const ANTHROPIC_BASE_URL: &str = "https://api.anthropic.com/v1";

/// The API version sent in `anthropic-version`.
const API_VERSION: &str = "2023-06-01";

/// A Claude model through the Messages API.
///
/// The system messages become the `system` prompt; tool calls and results
/// become `tool_use` and `tool_result` blocks; without `max_tokens` in the
/// options, 4096 is asked for (the API requires a value).
///
/// ```
/// use codeact::model::AnthropicModel;
///
/// let model = AnthropicModel::builder("claude-sonnet-4-5").api_key("sk-ant-...").build()?;
/// assert_eq!(codeact::model::Model::model_id(&model), "claude-sonnet-4-5");
/// # Ok::<(), codeact::model::ModelError>(())
/// ```
#[derive(Debug, Clone)]
pub struct AnthropicModel {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    model_id: String,
    url: String,
    transport: HttpTransport,
}

impl AnthropicModel {
    /// Starts describing a model by its id.
    pub fn builder(model_id: impl Into<String>) -> AnthropicModelBuilder {
        AnthropicModelBuilder {
            model_id: model_id.into(),
            base_url: None,
            api_key: None,
            headers: Vec::new(),
            timeouts: Timeouts::default(),
        }
    }
}

/// Builds an [`AnthropicModel`].
#[derive(Debug, Clone)]
#[must_use]
pub struct AnthropicModelBuilder {
    model_id: String,
    base_url: Option<String>,
    api_key: Option<String>,
    headers: Vec<(String, String)>,
    timeouts: Timeouts,
}

impl AnthropicModelBuilder {
    /// The base URL, up to and including `/v1` (default
    /// [`ANTHROPIC_BASE_URL`]).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The API key. Without one, `ANTHROPIC_API_KEY` is used, but only when
    /// the base URL is Anthropic's own.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// A header sent with every request (`anthropic-beta`, say).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Connect, first-byte and whole-request timeouts.
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// The model; fails on a bad URL or header.
    pub fn build(self) -> Result<AnthropicModel, ModelError> {
        let base_url =
            http::normalise_base_url(self.base_url.as_deref().unwrap_or(ANTHROPIC_BASE_URL))?;
        let api_key = http::resolve_api_key(
            self.api_key,
            "ANTHROPIC_API_KEY",
            &base_url,
            "api.anthropic.com",
        );
        let mut pairs: Vec<(String, String)> =
            vec![("anthropic-version".into(), API_VERSION.into())];
        if let Some(key) = api_key {
            pairs.push(("x-api-key".into(), key.trim().to_owned()));
        }
        pairs.extend(self.headers);
        let headers = http::header_map(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())))?;
        Ok(AnthropicModel {
            inner: Arc::new(Inner {
                url: format!("{base_url}/messages"),
                model_id: self.model_id,
                transport: HttpTransport::new(headers, self.timeouts)?,
            }),
        })
    }
}

#[async_trait]
impl Model for AnthropicModel {
    fn model_id(&self) -> &str {
        &self.inner.model_id
    }

    async fn agenerate(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatMessage, ModelError> {
        let body = wire::request_body(&self.inner.model_id, messages, options, false);
        let transport = &self.inner.transport;
        let ok = transport.post_json(&self.inner.url, &body).await?;
        let response: MessageResponse = transport.read_json(ok).await?;
        response.into_message(&options.stop)
    }

    async fn agenerate_stream(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatStream, ModelError> {
        let body = wire::request_body(&self.inner.model_id, messages, options, true);
        let transport = &self.inner.transport;
        let ok = transport.post_json(&self.inner.url, &body).await?;
        Ok(reply_stream(
            transport.events(ok),
            EventReader::new(&self.inner.url),
            &options.stop,
        ))
    }
}
