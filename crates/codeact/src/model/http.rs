//! HTTP plumbing shared by the providers: clients, timeouts, and the mapping
//! of transport failures and error responses to [`ModelError`].

use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

use futures::{Stream, StreamExt};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::time::Instant;

use super::{ModelError, TimeoutPhase};
use crate::blocking;

/// The three timeouts of a model call.
///
/// * `connect`: establishing the TCP (and TLS) connection;
/// * `first_byte`: from sending the request to the response's status line,
///   which for a streamed reply is the start of the stream;
/// * `request`: the whole call, body or stream included.
///
/// Each expiry is a [`ModelError::Timeout`] naming its phase.
///
/// ```
/// use std::time::Duration;
/// use codeact::model::Timeouts;
/// let timeouts = Timeouts { first_byte: Duration::from_secs(30), ..Timeouts::default() };
/// assert_eq!(timeouts.connect, Duration::from_secs(10));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Establishing the connection (default 10 s).
    pub connect: Duration,
    /// Waiting for the response to start (default 300 s: a large prompt on a
    /// busy local server can take minutes before the first token).
    pub first_byte: Duration,
    /// The whole call, streamed body included (default 600 s).
    pub request: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            first_byte: Duration::from_secs(300),
            request: Duration::from_secs(600),
        }
    }
}

/// Error bodies are read up to this size; the message is all we need.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// A model's HTTP clients, default headers and timeouts.
///
/// Async calls share one connection pool. Blocking calls get a pool of their
/// own, built on first use: a blocking call polls its future on the caller's
/// thread with the background runtime entered, and a connection pooled
/// earlier by an async call belongs to the caller's runtime, which may be the
/// very current-thread runtime that the blocking call is now blocking.
#[derive(Debug)]
pub(crate) struct HttpTransport {
    async_client: reqwest::Client,
    blocking_client: OnceLock<reqwest::Client>,
    headers: HeaderMap,
    timeouts: Timeouts,
}

/// A response whose status was a success, with the call's deadline.
pub(crate) struct OkResponse {
    pub response: reqwest::Response,
    pub deadline: Instant,
    pub url: String,
}

impl HttpTransport {
    /// A transport sending `headers` with every request.
    pub fn new(headers: HeaderMap, timeouts: Timeouts) -> Result<Self, ModelError> {
        let async_client = build_client(&headers, &timeouts)?;
        Ok(Self {
            async_client,
            blocking_client: OnceLock::new(),
            headers,
            timeouts,
        })
    }

    fn client(&self) -> Result<&reqwest::Client, ModelError> {
        if !blocking::is_blocking_call() {
            return Ok(&self.async_client);
        }
        if let Some(client) = self.blocking_client.get() {
            return Ok(client);
        }
        let client = build_client(&self.headers, &self.timeouts)?;
        Ok(self.blocking_client.get_or_init(|| client))
    }

    /// POSTs `body` as JSON and waits for the status line. An error status
    /// becomes [`ModelError::Http`] with the server's message.
    pub async fn post_json(
        &self,
        url: &str,
        body: &impl Serialize,
    ) -> Result<OkResponse, ModelError> {
        let deadline = Instant::now() + self.timeouts.request;
        let request = self.client()?.post(url).json(body);
        let first_byte = self.timeouts.first_byte.min(self.timeouts.request);
        let phase = if first_byte < self.timeouts.request {
            TimeoutPhase::FirstByte
        } else {
            TimeoutPhase::Request
        };
        let response = match tokio::time::timeout(first_byte, request.send()).await {
            Ok(sent) => sent.map_err(|err| self.transport_error(url, &err))?,
            Err(_) => {
                return Err(ModelError::Timeout {
                    phase,
                    after: first_byte,
                });
            }
        };
        let status = response.status();
        if !status.is_success() {
            return Err(self.error_response(url, response, deadline).await);
        }
        Ok(OkResponse {
            response,
            deadline,
            url: url.to_owned(),
        })
    }

    /// Reads the whole body of `ok` as JSON of type `T`.
    pub async fn read_json<T: DeserializeOwned>(&self, ok: OkResponse) -> Result<T, ModelError> {
        let OkResponse {
            response,
            deadline,
            url,
        } = ok;
        let bytes = tokio::time::timeout_at(deadline, response.bytes())
            .await
            .map_err(|_| self.request_timeout())?
            .map_err(|err| self.transport_error(&url, &err))?;
        serde_json::from_slice(&bytes).map_err(|err| {
            ModelError::InvalidResponse(format!(
                "the reply of {url} is not the JSON expected ({err}): {}",
                excerpt(&String::from_utf8_lossy(&bytes))
            ))
        })
    }

    /// The server-sent events of `ok`, each bounded by the call's deadline.
    /// The stream ends after its first error.
    pub fn events(
        &self,
        ok: OkResponse,
    ) -> impl Stream<Item = Result<eventsource_stream::Event, ModelError>> + Send + 'static {
        use eventsource_stream::{EventStreamError, Eventsource};

        let OkResponse {
            response,
            deadline,
            url,
        } = ok;
        let request_timeout = self.request_timeout();
        let events = response.bytes_stream().eventsource();
        futures::stream::unfold(Some(events), move |state| {
            let url = url.clone();
            let request_timeout = request_timeout.clone();
            async move {
                let mut events = state?;
                let item = match tokio::time::timeout_at(deadline, events.next()).await {
                    Err(_) => Err(request_timeout),
                    Ok(None) => return None,
                    Ok(Some(Ok(event))) => Ok(event),
                    Ok(Some(Err(EventStreamError::Transport(err)))) => {
                        Err(map_transport_error(&url, &err, None))
                    }
                    Ok(Some(Err(err))) => Err(ModelError::InvalidResponse(format!(
                        "broken event stream from {url}: {err}"
                    ))),
                };
                let next = if item.is_ok() { Some(events) } else { None };
                Some((item, next))
            }
        })
    }

    fn request_timeout(&self) -> ModelError {
        ModelError::Timeout {
            phase: TimeoutPhase::Request,
            after: self.timeouts.request,
        }
    }

    fn transport_error(&self, url: &str, err: &reqwest::Error) -> ModelError {
        map_transport_error(url, err, Some(self.timeouts.connect))
    }

    async fn error_response(
        &self,
        url: &str,
        response: reqwest::Response,
        deadline: Instant,
    ) -> ModelError {
        let status = response.status();
        let retry_after = retry_after(response.headers(), SystemTime::now());
        let body = tokio::time::timeout_at(deadline, read_capped(response, MAX_ERROR_BODY))
            .await
            .unwrap_or_default();
        let message = error_message(&body)
            .unwrap_or_else(|| status.canonical_reason().unwrap_or("error").to_owned());
        ModelError::Http {
            status: status.as_u16(),
            message,
            url: url.to_owned(),
            retry_after,
        }
    }
}

fn build_client(headers: &HeaderMap, timeouts: &Timeouts) -> Result<reqwest::Client, ModelError> {
    reqwest::Client::builder()
        .default_headers(headers.clone())
        .connect_timeout(timeouts.connect)
        .tcp_nodelay(true)
        .build()
        .map_err(|err| ModelError::Config(format!("cannot build the HTTP client: {err}")))
}

/// Maps a transport error; `connect_timeout` is the configured connect
/// timeout, reported when the connection could not be made in time.
fn map_transport_error(
    url: &str,
    err: &reqwest::Error,
    connect_timeout: Option<Duration>,
) -> ModelError {
    if err.is_builder() {
        return ModelError::Config(format!("cannot build a request to {url}: {err}"));
    }
    if err.is_connect()
        && err.is_timeout()
        && let Some(after) = connect_timeout
    {
        return ModelError::Timeout {
            phase: TimeoutPhase::Connect,
            after,
        };
    }
    ModelError::Connection {
        url: url.to_owned(),
        message: error_chain(err),
    }
}

/// The error and its sources, which is where reqwest keeps the useful part
/// ("connection refused").
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut message = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message
}

async fn read_capped(response: reqwest::Response, cap: usize) -> String {
    let mut body = Vec::new();
    let mut chunks = response.bytes_stream();
    while let Some(Ok(chunk)) = chunks.next().await {
        let room = cap - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= cap {
            break;
        }
    }
    String::from_utf8_lossy(&body).into_owned()
}

/// The message in an error body, in the shapes servers use:
/// `{"error":{"message":..}}` (OpenAI, Anthropic, vLLM, LiteLLM),
/// `{"error":".."}` (TGI, llama.cpp, Ollama), `{"message":..}`,
/// `{"detail":..}` (FastAPI), or plain text.
pub(crate) fn error_message(body: &str) -> Option<String> {
    let body = body.trim();
    if body.is_empty() {
        return None;
    }
    let Ok(json) = serde_json::from_str::<serde_json::Value>(body) else {
        return Some(excerpt(body));
    };
    let found = [
        json.pointer("/error/message"),
        json.get("error"),
        json.get("message"),
        json.get("detail"),
    ]
    .into_iter()
    .flatten()
    .find(|value| !value.is_null());
    Some(match found {
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
        None => excerpt(body),
    })
}

/// At most 2,000 characters of `text`, for error messages.
pub(crate) fn excerpt(text: &str) -> String {
    const LIMIT: usize = 2000;
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// The wait a response asks for: `retry-after-ms` (OpenAI's precise form),
/// else `Retry-After` as seconds or as an HTTP date (relative to `now`; a
/// date in the past means no wait).
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(ms) = header("retry-after-ms").and_then(|v| v.parse::<f64>().ok())
        && ms.is_finite()
        && ms >= 0.0
    {
        return Some(Duration::from_secs_f64(ms / 1000.0));
    }
    let value = header("retry-after")?;
    if let Ok(seconds) = value.parse::<f64>() {
        return (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Builds a header map, reporting bad names or values as configuration
/// errors.
pub(crate) fn header_map<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<HeaderMap, ModelError> {
    let mut headers = HeaderMap::new();
    for (name, value) in pairs {
        let header_name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|err| ModelError::Config(format!("bad header name `{name}`: {err}")))?;
        let mut header_value = HeaderValue::from_str(value)
            .map_err(|err| ModelError::Config(format!("bad value for header `{name}`: {err}")))?;
        if is_secret(&header_name) {
            header_value.set_sensitive(true);
        }
        headers.insert(header_name, header_value);
    }
    Ok(headers)
}

fn is_secret(name: &HeaderName) -> bool {
    name == reqwest::header::AUTHORIZATION || name.as_str() == "x-api-key"
}

/// Checks that `url` is an http(s) URL and drops its trailing slashes.
pub(crate) fn normalise_base_url(url: &str) -> Result<String, ModelError> {
    let trimmed = url.trim().trim_end_matches('/');
    let parsed = reqwest::Url::parse(trimmed)
        .map_err(|err| ModelError::Config(format!("bad base URL `{url}`: {err}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(ModelError::Config(format!(
            "base URL `{url}` is not http or https"
        )));
    }
    Ok(trimmed.to_owned())
}

/// The host of a base URL that [`normalise_base_url`] accepted.
pub(crate) fn host_of(url: &str) -> Option<String> {
    reqwest::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
}

/// The API key to use: the one given, else the environment variable `env`
/// when the model talks to the provider's own host (`official`), so that a
/// key meant for the provider is never sent to another server.
pub(crate) fn resolve_api_key(
    given: Option<String>,
    env: &str,
    base_url: &str,
    official_host: &str,
) -> Option<String> {
    let official = host_of(base_url).as_deref() == Some(official_host);
    given
        .or_else(|| official.then(|| std::env::var(env).ok()).flatten())
        .filter(|key| !key.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        header_map(pairs.iter().copied()).unwrap()
    }

    #[test]
    fn retry_after_in_seconds() {
        let h = headers(&[("retry-after", "2")]);
        assert_eq!(
            retry_after(&h, SystemTime::now()),
            Some(Duration::from_secs(2))
        );
    }

    #[test]
    fn retry_after_ms_wins_over_seconds() {
        let h = headers(&[("retry-after", "2"), ("retry-after-ms", "250")]);
        assert_eq!(
            retry_after(&h, SystemTime::now()),
            Some(Duration::from_millis(250))
        );
    }

    #[test]
    fn retry_after_as_an_http_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let date = httpdate::fmt_http_date(now + Duration::from_secs(3));
        let h = headers(&[("retry-after", &date)]);
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(3)));
        let past = httpdate::fmt_http_date(now - Duration::from_secs(3));
        let h = headers(&[("retry-after", &past)]);
        assert_eq!(retry_after(&h, now), Some(Duration::ZERO));
    }

    #[test]
    fn garbage_retry_after_is_ignored() {
        let h = headers(&[("retry-after", "soon")]);
        assert_eq!(retry_after(&h, SystemTime::now()), None);
        let h = headers(&[("retry-after", "-1")]);
        assert_eq!(retry_after(&h, SystemTime::now()), None);
    }

    #[test]
    fn error_messages_in_every_shape() {
        assert_eq!(
            error_message(r#"{"error":{"message":"bad key","type":"auth"}}"#).unwrap(),
            "bad key"
        );
        assert_eq!(
            error_message(r#"{"error":"model not loaded"}"#).unwrap(),
            "model not loaded"
        );
        assert_eq!(
            error_message(r#"{"object":"error","message":"too long"}"#).unwrap(),
            "too long"
        );
        assert_eq!(
            error_message(r#"{"detail":[{"msg":"field required"}]}"#).unwrap(),
            r#"[{"msg":"field required"}]"#
        );
        assert_eq!(
            error_message("Bad Gateway\n").unwrap(),
            "Bad Gateway".to_string()
        );
        assert_eq!(error_message("  "), None);
    }

    #[test]
    fn base_urls_are_checked_and_trimmed() {
        assert_eq!(
            normalise_base_url("http://localhost:11434/v1/").unwrap(),
            "http://localhost:11434/v1"
        );
        assert!(matches!(
            normalise_base_url("localhost:11434"),
            Err(ModelError::Config(_))
        ));
        assert!(matches!(
            normalise_base_url("ftp://example.com"),
            Err(ModelError::Config(_))
        ));
    }

    #[test]
    fn bad_header_values_are_config_errors() {
        assert!(matches!(
            header_map([("x-ok", "line\nbreak")]),
            Err(ModelError::Config(_))
        ));
        assert!(matches!(
            header_map([("bad name", "v")]),
            Err(ModelError::Config(_))
        ));
    }

    #[test]
    fn explicit_keys_are_used_for_any_host_and_blank_ones_are_none() {
        assert_eq!(
            resolve_api_key(
                Some("k".into()),
                "UNSET_VAR_X",
                "http://127.0.0.1/v1",
                "a.com"
            ),
            Some("k".into())
        );
        assert_eq!(
            resolve_api_key(Some(" ".into()), "UNSET_VAR_X", "http://a.com/v1", "a.com"),
            None
        );
        assert_eq!(
            resolve_api_key(None, "UNSET_VAR_X", "http://a.com/v1", "a.com"),
            None
        );
    }
}
