//! The HTTP side of the web tools: a reused client, timeouts, a cap on the
//! body, text decoding, and failures worded for the model.

use std::sync::OnceLock;
use std::time::Duration;

use reqwest::{Client, Response, Url};

use crate::blocking;

/// What the web tools send as `User-Agent` unless told otherwise.
pub(crate) const DEFAULT_USER_AGENT: &str = concat!(
    "Mozilla/5.0 (compatible; codeact/",
    env!("CARGO_PKG_VERSION"),
    "; +https://github.com/codeact/codeact)"
);

/// How a web tool talks HTTP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HttpSettings {
    /// Establishing the connection (TCP and TLS).
    pub connect_timeout: Duration,
    /// The whole request, body included.
    pub timeout: Duration,
    /// Bytes of body read at most; the rest is not downloaded.
    pub max_body_bytes: usize,
    /// The `User-Agent` header.
    pub user_agent: String,
}

impl Default for HttpSettings {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(20),
            max_body_bytes: 5 * 1024 * 1024,
            user_agent: DEFAULT_USER_AGENT.to_owned(),
        }
    }
}

/// A failed fetch, worded for the model.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub(crate) enum FetchError {
    #[error("cannot build the HTTP client: {0}")]
    Client(String),
    #[error("{url} did not answer within {} (timeout)", seconds(*after))]
    Timeout { url: String, after: Duration },
    #[error("could not connect to {url} within {} (timeout)", seconds(*after))]
    ConnectTimeout { url: String, after: Duration },
    #[error("could not connect to {url}: {cause}")]
    Connect { url: String, cause: String },
    #[error("{url} answered HTTP {status}{}", reason.as_deref().map(|r| format!(" {r}")).unwrap_or_default())]
    Status {
        url: String,
        status: u16,
        reason: Option<String>,
    },
    #[error("the request to {url} failed: {cause}")]
    Other { url: String, cause: String },
}

/// A duration as a person says it: `20 s`, `1.5 s`, `300 ms`.
fn seconds(duration: Duration) -> String {
    if duration < Duration::from_secs(1) {
        format!("{} ms", duration.as_millis())
    } else if duration.subsec_millis() == 0 {
        format!("{} s", duration.as_secs())
    } else {
        format!("{:.1} s", duration.as_secs_f64())
    }
}

/// A body read up to the cap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Body {
    pub bytes: Vec<u8>,
    /// Whether the body went on past the cap.
    pub cut: bool,
}

/// One HTTP client per tool, built on first use.
///
/// Async calls share one connection pool; blocking calls get their own, for
/// the reason the model providers do (see `blocking::is_blocking_call`): a
/// connection pooled by an async call belongs to the caller's runtime, which
/// a blocking call may be blocking.
#[derive(Debug)]
pub(crate) struct WebClient {
    settings: HttpSettings,
    async_client: OnceLock<Client>,
    blocking_client: OnceLock<Client>,
}

impl WebClient {
    pub fn new(settings: HttpSettings) -> Self {
        Self {
            settings,
            async_client: OnceLock::new(),
            blocking_client: OnceLock::new(),
        }
    }

    pub fn settings(&self) -> &HttpSettings {
        &self.settings
    }

    fn client(&self) -> Result<&Client, FetchError> {
        let cell = if blocking::is_blocking_call() {
            &self.blocking_client
        } else {
            &self.async_client
        };
        if let Some(client) = cell.get() {
            return Ok(client);
        }
        let client = Client::builder()
            .user_agent(&self.settings.user_agent)
            .connect_timeout(self.settings.connect_timeout)
            .timeout(self.settings.timeout)
            .build()
            .map_err(|err| FetchError::Client(error_chain(&err)))?;
        Ok(cell.get_or_init(|| client))
    }

    /// GETs `url` and waits for the response head; a status of 400 or more
    /// is an error.
    pub async fn get(&self, url: &Url) -> Result<Response, FetchError> {
        let response = self
            .client()?
            .get(url.clone())
            .send()
            .await
            .map_err(|err| self.error(url.as_str(), &err))?;
        let status = response.status();
        if status.as_u16() >= 400 {
            return Err(FetchError::Status {
                url: url.to_string(),
                status: status.as_u16(),
                reason: status.canonical_reason().map(str::to_owned),
            });
        }
        Ok(response)
    }

    /// Reads the body of `response`, at most `max_body_bytes` of it.
    pub async fn read_body(&self, mut response: Response) -> Result<Body, FetchError> {
        let url = response.url().to_string();
        let cap = self.settings.max_body_bytes;
        let expected = response
            .content_length()
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(0);
        let mut bytes = Vec::with_capacity(expected.min(cap));
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|err| self.error(&url, &err))?
        {
            let room = cap - bytes.len();
            if chunk.len() > room {
                bytes.extend_from_slice(&chunk[..room]);
                return Ok(Body { bytes, cut: true });
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(Body { bytes, cut: false })
    }

    fn error(&self, url: &str, err: &reqwest::Error) -> FetchError {
        let url = url.to_owned();
        if err.is_connect() && err.is_timeout() {
            return FetchError::ConnectTimeout {
                url,
                after: self.settings.connect_timeout,
            };
        }
        if err.is_timeout() {
            return FetchError::Timeout {
                url,
                after: self.settings.timeout,
            };
        }
        if err.is_connect() {
            return FetchError::Connect {
                url,
                cause: root_cause(err),
            };
        }
        FetchError::Other {
            url,
            cause: error_chain(err),
        }
    }
}

/// The innermost cause: where reqwest keeps "Connection refused" or the
/// resolver's message.
fn root_cause(err: &dyn std::error::Error) -> String {
    let mut cause = err;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

/// The error and its sources, without repeats.
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

/// Parses what a model gave as a URL: an absolute http or https URL with a
/// host. The error says what is wrong and, for a bare domain, what was
/// probably meant.
pub(crate) fn parse_web_url(text: &str) -> Result<Url, String> {
    let text = text.trim();
    let url = match Url::parse(text) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            return Err(format!(
                "`{text}` is not a full URL (it has no scheme); did you mean `https://{text}`?"
            ));
        }
        Err(err) => return Err(format!("`{text}` is not a valid URL: {err}")),
    };
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "only http and https URLs can be fetched, not `{}:` URLs",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!("`{text}` has no host"));
    }
    Ok(url)
}

/// The media type of a `Content-Type` header, lower-cased (`text/html`), and
/// its `charset` parameter.
pub(crate) fn content_type(response: &Response) -> (Option<String>, Option<String>) {
    let Some(value) = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
    else {
        return (None, None);
    };
    let mut parts = value.split(';');
    let essence = parts
        .next()
        .map(|essence| essence.trim().to_ascii_lowercase())
        .filter(|essence| !essence.is_empty());
    let charset = parts.find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_owned())
    });
    (essence, charset)
}

/// Decodes a text body: a byte-order mark wins, then the header's charset,
/// then (for HTML) a `<meta charset>` near the top, then UTF-8. Bytes that
/// are not valid in the encoding become U+FFFD; decoding never fails.
pub(crate) fn decode_text(bytes: &[u8], header_charset: Option<&str>, html: bool) -> String {
    let declared = header_charset
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        .or_else(|| {
            html.then(|| meta_charset(bytes))
                .flatten()
                .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        })
        .unwrap_or(encoding_rs::UTF_8);
    // A page cannot really be UTF-16 once its meta tag was read as ASCII.
    let encoding = declared.output_encoding();
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// The charset a `<meta>` tag declares in the first 1024 bytes, as HTML's
/// pre-scan looks for it (`<meta charset="...">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">`).
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(pos) = find(tag, b"charset=") {
            let label: String = tag[pos + b"charset=".len()..]
                .iter()
                .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .map(|&b| char::from(b))
                .collect();
            if !label.is_empty() {
                return Some(label);
            }
        }
        from = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_must_be_absolute_http() {
        assert!(parse_web_url(" https://example.com/a?b=c ").is_ok());
        assert_eq!(
            parse_web_url("example.com").unwrap_err(),
            "`example.com` is not a full URL (it has no scheme); did you mean `https://example.com`?"
        );
        assert_eq!(
            parse_web_url("file:///etc/passwd").unwrap_err(),
            "only http and https URLs can be fetched, not `file:` URLs"
        );
        assert!(
            parse_web_url("http://[::1")
                .unwrap_err()
                .starts_with("`http://[::1` is not a valid URL")
        );
    }

    #[test]
    fn text_is_decoded_by_bom_header_meta_then_utf8() {
        let latin1 = b"caf\xe9";
        assert_eq!(decode_text(latin1, Some("ISO-8859-1"), false), "café");
        assert_eq!(decode_text(latin1, None, false), "caf\u{fffd}");
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9</body>";
        assert!(decode_text(page, None, true).ends_with("café</body>"));
        let http_equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\xe9";
        assert!(decode_text(http_equiv, None, true).ends_with('é'));
        let bom = b"\xef\xbb\xbfcaf\xc3\xa9";
        assert_eq!(decode_text(bom, Some("iso-8859-1"), false), "café");
        assert_eq!(decode_text(b"ok", Some("no-such-charset"), false), "ok");
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(seconds(Duration::from_millis(300)), "300 ms");
        assert_eq!(seconds(Duration::from_secs(20)), "20 s");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5 s");
    }
}
