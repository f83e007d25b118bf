//! Any server that speaks OpenAI's chat-completions API: OpenAI itself,
//! vLLM, Ollama, llama.cpp's server, TGI, a LiteLLM proxy, OpenRouter.

mod request;
mod wire;

use std::sync::Arc;

use async_trait::async_trait;
use serde_json::{Map, Value};

use super::http::{self, HttpTransport, Timeouts};
use super::reply_stream::reply_stream;
use super::{ChatMessage, ChatStream, GenerateOptions, Model, ModelError};

pub use wire::MaxTokensField;
use wire::{ChatResponse, ChunkDecoder, StreamUsage};

/// OpenAI's own endpoint, the default base URL.
pub const OPENAI_BASE_URL: &str = "https://api.openai.com/v1";

/// A model behind an OpenAI-compatible endpoint.
///
/// Clones share one connection pool. Where a server ignores `stop`, the
/// reply is cut at the first stop sequence here (and a stream is closed
/// there, so the server stops generating).
///
/// ```
/// use codeact::model::OpenAIModel;
///
/// let model = OpenAIModel::builder("qwen2.5-coder")
///     .base_url("http://127.0.0.1:11434/v1") // Ollama
///     .header("x-team", "search")
///     .build()?;
/// assert_eq!(codeact::model::Model::model_id(&model), "qwen2.5-coder");
/// # Ok::<(), codeact::model::ModelError>(())
/// ```
#[derive(Debug, Clone)]
pub struct OpenAIModel {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    model_id: String,
    url: String,
    transport: HttpTransport,
    max_tokens_field: MaxTokensField,
    stream_usage: StreamUsage,
    extra_body: Map<String, Value>,
}

impl OpenAIModel {
    /// Starts describing a model by its id (`gpt-4o-mini`, `llama3.2`...).
    pub fn builder(model_id: impl Into<String>) -> OpenAIModelBuilder {
        OpenAIModelBuilder {
            model_id: model_id.into(),
            base_url: None,
            api_key: None,
            organization: None,
            project: None,
            headers: Vec::new(),
            timeouts: Timeouts::default(),
            max_tokens_field: None,
            ask_stream_usage: true,
            extra_body: Map::new(),
        }
    }

    fn body<'a>(
        &'a self,
        messages: &'a [ChatMessage],
        options: &'a GenerateOptions,
        stream: Option<StreamUsage>,
    ) -> request::RequestBody<'a> {
        request::RequestBody {
            model: &self.inner.model_id,
            messages,
            options,
            max_tokens_field: self.inner.max_tokens_field,
            stream,
            extra: &self.inner.extra_body,
        }
    }
}

/// Builds an [`OpenAIModel`].
#[derive(Debug, Clone)]
#[must_use]
pub struct OpenAIModelBuilder {
    model_id: String,
    base_url: Option<String>,
    api_key: Option<String>,
    organization: Option<String>,
    project: Option<String>,
    headers: Vec<(String, String)>,
    timeouts: Timeouts,
    max_tokens_field: Option<MaxTokensField>,
    ask_stream_usage: bool,
    extra_body: Map<String, Value>,
}

impl OpenAIModelBuilder {
    /// The server's base URL, up to and including `/v1` (default
    /// [`OPENAI_BASE_URL`]).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The API key. Without one, `OPENAI_API_KEY` is used, but only when the
    /// base URL is OpenAI's own (a key is never sent to another server
    /// unless given here).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// The `OpenAI-Organization` header.
    pub fn organization(mut self, organization: impl Into<String>) -> Self {
        self.organization = Some(organization.into());
        self
    }

    /// The `OpenAI-Project` header.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// A header sent with every request (OpenRouter's `HTTP-Referer`, a
    /// proxy's auth...).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Connect, first-byte and whole-request timeouts.
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// Which field caps generated tokens. By default `max_completion_tokens`
    /// for OpenAI's reasoning models (`o1`, `o3`, `o4`, `gpt-5`) on OpenAI's
    /// endpoint, `max_tokens` everywhere else.
    pub fn max_tokens_field(mut self, field: MaxTokensField) -> Self {
        self.max_tokens_field = Some(field);
        self
    }

    /// Whether streamed requests ask for usage at the end
    /// (`stream_options.include_usage`; default yes). Turn off for servers
    /// that reject the field.
    pub fn stream_usage(mut self, ask: bool) -> Self {
        self.ask_stream_usage = ask;
        self
    }

    /// A field added to every request body (`top_k`, `repetition_penalty`,
    /// a provider's routing options...).
    pub fn extra_body(mut self, key: impl Into<String>, value: Value) -> Self {
        self.extra_body.insert(key.into(), value);
        self
    }

    /// The model; fails on a bad URL or header.
    pub fn build(self) -> Result<OpenAIModel, ModelError> {
        let base_url =
            http::normalise_base_url(self.base_url.as_deref().unwrap_or(OPENAI_BASE_URL))?;
        let api_key =
            http::resolve_api_key(self.api_key, "OPENAI_API_KEY", &base_url, "api.openai.com");
        let mut pairs: Vec<(String, String)> = Vec::new();
        if let Some(key) = api_key {
            pairs.push(("authorization".into(), format!("Bearer {}", key.trim())));
        }
        if let Some(organization) = self.organization {
            pairs.push(("openai-organization".into(), organization));
        }
        if let Some(project) = self.project {
            pairs.push(("openai-project".into(), project));
        }
        pairs.extend(self.headers);
        let headers = http::header_map(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())))?;
        let official = http::host_of(&base_url).as_deref() == Some("api.openai.com");
        let reasoning = ["o1", "o3", "o4", "gpt-5"]
            .iter()
            .any(|prefix| self.model_id.starts_with(prefix));
        let max_tokens_field = self.max_tokens_field.unwrap_or(if official && reasoning {
            MaxTokensField::MaxCompletionTokens
        } else {
            MaxTokensField::MaxTokens
        });
        Ok(OpenAIModel {
            inner: Arc::new(Inner {
                url: format!("{base_url}/chat/completions"),
                model_id: self.model_id,
                transport: HttpTransport::new(headers, self.timeouts)?,
                max_tokens_field,
                stream_usage: if self.ask_stream_usage {
                    StreamUsage::Ask
                } else {
                    StreamUsage::DoNotAsk
                },
                extra_body: self.extra_body,
            }),
        })
    }
}

#[async_trait]
impl Model for OpenAIModel {
    fn model_id(&self) -> &str {
        &self.inner.model_id
    }

    async fn agenerate(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatMessage, ModelError> {
        let body = self.body(messages, options, None);
        let transport = &self.inner.transport;
        let ok = transport.post_json(&self.inner.url, &body).await?;
        let response: ChatResponse = transport.read_json(ok).await?;
        response.into_message(&options.stop)
    }

    async fn agenerate_stream(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatStream, ModelError> {
        let body = self.body(messages, options, Some(self.inner.stream_usage));
        let transport = &self.inner.transport;
        let ok = transport.post_json(&self.inner.url, &body).await?;
        let events = transport.events(ok);
        Ok(reply_stream(
            events,
            ChunkDecoder::new(&self.inner.url),
            &options.stop,
        ))
    }
}
