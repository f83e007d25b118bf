//! `web_search`: a web search, through a pluggable backend.

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use markup5ever_rcdom::Node;
use reqwest::Url;
use serde_json::{Value, json};

use super::dom;
use super::fetch::{self, HttpSettings, WebClient};
use crate::tool::{Tool, ToolArgs, ToolError, ToolInput, ToolSpec};

const NAME: &str = "web_search";

/// smolagents' default number of results.
const DEFAULT_MAX_RESULTS: usize = 10;

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchResult {
    /// The page's title.
    pub title: String,
    /// The page's address.
    pub link: String,
    /// The text the engine shows under the title.
    pub snippet: String,
}

/// Why a search failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SearchError {
    /// The engine could not be reached, or answered with an error.
    #[error("{0}")]
    Unavailable(String),
    /// The engine refused to answer an automated query (a bot check).
    #[error("{0}")]
    Blocked(String),
    /// The reply is not a results page the backend understands.
    #[error("{0}")]
    UnexpectedReply(String),
}

/// A search engine.
///
/// ```
/// use async_trait::async_trait;
/// use codeact::tool::builtin::{SearchBackend, SearchError, SearchResult, WebSearchTool};
///
/// /// Knows one page.
/// struct OnePage;
///
/// #[async_trait]
/// impl SearchBackend for OnePage {
///     async fn search(&self, query: &str, max_results: usize) -> Result<Vec<SearchResult>, SearchError> {
///         let result = SearchResult {
///             title: format!("About {query}"),
///             link: "https://example.com/".into(),
///             snippet: "Everything.".into(),
///         };
///         Ok(std::iter::once(result).take(max_results).collect())
///     }
/// }
///
/// let tool = WebSearchTool::with_backend(OnePage);
/// # let _ = tool;
/// ```
#[async_trait]
pub trait SearchBackend: Send + Sync {
    /// At most `max_results` results for `query`, best first.
    async fn search(
        &self,
        query: &str,
        max_results: usize,
    ) -> Result<Vec<SearchResult>, SearchError>;
}

/// `web_search(query)`: searches the web and returns the results as Markdown,
/// as smolagents does: `## Search Results`, then for each result
/// `[title](link)` and its snippet on the next line.
///
/// When the engine finds nothing, the tool returns a sentence saying so
/// (smolagents raises instead): an empty result is an answer the model can
/// act on, not a failure of the tool. Failures (the engine unreachable, a bot
/// check) are tool errors.
///
/// ```
/// use codeact::tool::builtin::{DuckDuckGoHtml, WebSearchTool};
///
/// let default = WebSearchTool::new(); // DuckDuckGo, 10 results
/// let five = WebSearchTool::with_backend(DuckDuckGoHtml::new()).max_results(5);
/// # let _ = (default, five);
/// ```
pub struct WebSearchTool {
    spec: ToolSpec,
    backend: Arc<dyn SearchBackend>,
    max_results: usize,
}

impl WebSearchTool {
    /// Searches DuckDuckGo ([`DuckDuckGoHtml`] with its defaults).
    pub fn new() -> Self {
        Self::with_backend(DuckDuckGoHtml::new())
    }

    /// Searches with `backend`.
    pub fn with_backend(backend: impl SearchBackend + 'static) -> Self {
        Self {
            spec: ToolSpec::new(
                NAME,
                "Performs a web search for a query and returns the top search results formatted \
                 as markdown, with titles, links and snippets.",
            )
            .input(ToolInput::new(
                "query",
                "The search query to perform.",
                json!({"type": "string"}),
            ))
            .output(json!({"type": "string"})),
            backend: Arc::new(backend),
            max_results: DEFAULT_MAX_RESULTS,
        }
    }

    /// Results returned at most (default 10).
    #[must_use]
    pub fn max_results(mut self, n: usize) -> Self {
        self.max_results = n.max(1);
        self
    }
}

impl Default for WebSearchTool {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for WebSearchTool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebSearchTool")
            .field("spec", &self.spec)
            .field("max_results", &self.max_results)
            .finish_non_exhaustive()
    }
}

#[async_trait]
impl Tool for WebSearchTool {
    fn spec(&self) -> &ToolSpec {
        &self.spec
    }

    async fn call(&self, args: ToolArgs) -> Result<Value, ToolError> {
        let query = match args.get("query") {
            Some(Value::String(query)) if !query.trim().is_empty() => query.trim(),
            Some(Value::String(_)) => {
                return Err(ToolError::failed(NAME, "the query is empty"));
            }
            other => {
                return Err(ToolError::InvalidArgument {
                    tool: NAME.into(),
                    argument: "query".into(),
                    expected: "a string".into(),
                    got: other.map_or_else(|| "nothing".into(), Value::to_string),
                });
            }
        };
        let mut results = self
            .backend
            .search(query, self.max_results)
            .await
            .map_err(|err| ToolError::failed(NAME, err.to_string()))?;
        results.truncate(self.max_results);
        Ok(Value::String(render(query, &results)))
    }
}

/// The results as Markdown, or a sentence when there are none.
fn render(query: &str, results: &[SearchResult]) -> String {
    if results.is_empty() {
        return format!("No results found for '{query}'. Try a shorter or less specific query.");
    }
    let blocks: Vec<String> = results
        .iter()
        .map(|result| {
            let title = result.title.replace('[', "\\[").replace(']', "\\]");
            if result.snippet.is_empty() {
                format!("[{title}]({})", result.link)
            } else {
                format!("[{title}]({})\n{}", result.link, result.snippet)
            }
        })
        .collect();
    format!("## Search Results\n\n{}", blocks.join("\n\n"))
}

/// The endpoint of DuckDuckGo's HTML (no JavaScript) results page.
const DUCKDUCKGO_HTML_URL: &str = "https://html.duckduckgo.com/html/";

/// Searches DuckDuckGo through its HTML results page (no API key): a GET of
/// `https://html.duckduckgo.com/html/?q=<query>`, whose result blocks are
/// read from html5ever's tree (the parser `htmd` uses). Ads are skipped, DuckDuckGo's redirect links
/// (`//duckduckgo.com/l/?uddg=<URL>`) are decoded to the real URL, and
/// DuckDuckGo's bot check ("anomaly" page, sent when it sees too many
/// automated queries) is a [`SearchError::Blocked`].
///
/// ```
/// use std::time::Duration;
/// use codeact::tool::builtin::DuckDuckGoHtml;
///
/// let local = DuckDuckGoHtml::builder()
///     .base_url("http://127.0.0.1:8080/html/")
///     .timeout(Duration::from_secs(5))
///     .build();
/// # let _ = local;
/// ```
#[derive(Debug)]
pub struct DuckDuckGoHtml {
    base_url: String,
    client: WebClient,
}

/// Configures a [`DuckDuckGoHtml`] backend; every setting has a default.
#[derive(Debug, Clone)]
#[must_use]
pub struct DuckDuckGoHtmlBuilder {
    base_url: String,
    http: HttpSettings,
}

impl DuckDuckGoHtmlBuilder {
    /// The results page to query (default
    /// `https://html.duckduckgo.com/html/`); tests point it at a local
    /// server.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Time to establish the connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.http.connect_timeout = timeout;
        self
    }

    /// Time for the whole request (default 20 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.http.timeout = timeout;
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.http.user_agent = user_agent.into();
        self
    }

    /// The backend.
    pub fn build(self) -> DuckDuckGoHtml {
        DuckDuckGoHtml {
            base_url: self.base_url,
            client: WebClient::new(self.http),
        }
    }
}

impl DuckDuckGoHtml {
    /// The backend with its defaults.
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// A builder, to change the defaults.
    pub fn builder() -> DuckDuckGoHtmlBuilder {
        DuckDuckGoHtmlBuilder {
            base_url: DUCKDUCKGO_HTML_URL.to_owned(),
            http: HttpSettings {
                // A results page is some 30-50 KB.
                max_body_bytes: 2 * 1024 * 1024,
                ..HttpSettings::default()
            },
        }
    }
}

impl Default for DuckDuckGoHtml {
    fn default() -> Self {
        Self::new()
    }
}

#[async_trait]
impl SearchBackend for DuckDuckGoHtml {
    async fn search(
        &self,
        query: &str,
        max_results: usize,
    ) -> Result<Vec<SearchResult>, SearchError> {
        let mut url = fetch::parse_web_url(&self.base_url).map_err(|err| {
            SearchError::Unavailable(format!("the DuckDuckGo address is wrong: {err}"))
        })?;
        url.query_pairs_mut().append_pair("q", query);
        let unavailable = |err: fetch::FetchError| {
            SearchError::Unavailable(format!("DuckDuckGo search failed: {err}"))
        };
        let response = self.client.get(&url).await.map_err(unavailable)?;
        // DuckDuckGo answers its bot check with 202 Accepted.
        let challenged = response.status() == reqwest::StatusCode::ACCEPTED;
        let (_, charset) = fetch::content_type(&response);
        let body = self.client.read_body(response).await.map_err(unavailable)?;
        let page = fetch::decode_text(&body.bytes, charset.as_deref(), true);
        parse_results_page(&page, challenged, max_results)
    }
}

/// The results of a DuckDuckGo HTML page. `challenged` is whether the reply
/// had DuckDuckGo's bot-check status.
fn parse_results_page(
    page: &str,
    challenged: bool,
    max_results: usize,
) -> Result<Vec<SearchResult>, SearchError> {
    let unreadable = || {
        SearchError::UnexpectedReply(
            "DuckDuckGo's reply is not a results page this tool can read (its layout may have \
             changed)"
                .into(),
        )
    };
    let document = dom::parse(page).map_err(|_| unreadable())?;
    let nodes = dom::descendants(&document);
    let elements = || nodes.iter().filter(|node| dom::tag(node).is_some());
    let blocks: Vec<&Rc<Node>> = elements()
        .filter(|node| dom::tag(node) == Some("div") && dom::has_class(node, "result"))
        .collect();
    if elements().any(|node| is_bot_check(node)) || (challenged && blocks.is_empty()) {
        return Err(SearchError::Blocked(
            "DuckDuckGo answered with its bot check (a captcha) instead of results: it has \
             seen too many automated searches from this address. Wait a few minutes before \
             searching again, or use another search backend."
                .into(),
        ));
    }
    let is_results_page = !blocks.is_empty()
        || elements().any(|node| {
            dom::has_class(node, "no-results") || dom::attr(node, "id").as_deref() == Some("links")
        });
    if !is_results_page {
        return Err(unreadable());
    }
    Ok(blocks
        .into_iter()
        .filter_map(read_result)
        .take(max_results)
        .collect())
}

/// Whether `node` belongs to DuckDuckGo's bot-check page.
fn is_bot_check(node: &Node) -> bool {
    dom::classes(node)
        .iter()
        .any(|class| class.starts_with("anomaly-modal"))
        || dom::attr(node, "id").as_deref() == Some("challenge-form")
        || (dom::tag(node) == Some("form")
            && dom::attr(node, "action").is_some_and(|action| action.contains("anomaly")))
}

/// One result block, unless it is an ad or has no usable link.
fn read_result(block: &Rc<Node>) -> Option<SearchResult> {
    if dom::classes(block)
        .iter()
        .any(|class| class.starts_with("result--ad") || class == "result--no-result")
    {
        return None;
    }
    let inside = dom::descendants(block);
    let title_link = inside
        .iter()
        .find(|node| dom::tag(node) == Some("a") && dom::has_class(node, "result__a"))?;
    let link = real_link(&dom::attr(title_link, "href")?)?;
    let title = dom::text(title_link);
    if title.is_empty() {
        return None;
    }
    let snippet = inside
        .iter()
        .find(|node| dom::has_class(node, "result__snippet"))
        .map(dom::text)
        .unwrap_or_default();
    Some(SearchResult {
        title,
        link,
        snippet,
    })
}

/// The destination of a result link: the link itself, or for DuckDuckGo's
/// redirects (`//duckduckgo.com/l/?uddg=<percent-encoded URL>&rut=...`) the
/// URL they lead to. Ad redirects (`/y.js`) and anything not http(s) give
/// `None`.
fn real_link(href: &str) -> Option<String> {
    let href = href.trim();
    let absolute = if href.starts_with("//") {
        format!("https:{href}")
    } else {
        href.to_owned()
    };
    let url = Url::parse(&absolute).ok()?;
    let on_duckduckgo = url
        .host_str()
        .is_some_and(|host| host == "duckduckgo.com" || host.ends_with(".duckduckgo.com"));
    let destination = if on_duckduckgo {
        if url.path() != "/l/" {
            return None;
        }
        let (_, target) = url.query_pairs().find(|(key, _)| key == "uddg")?;
        Url::parse(&target).ok()?
    } else {
        url
    };
    matches!(destination.scheme(), "http" | "https").then(|| destination.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirect_links_are_decoded() {
        assert_eq!(
            real_link(
                "//duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.rust-lang.org%2Flearn%3Fa%3D1%26b%3D2&rut=abc"
            )
            .as_deref(),
            Some("https://www.rust-lang.org/learn?a=1&b=2")
        );
        assert_eq!(
            real_link("https://doc.rust-lang.org/book/").as_deref(),
            Some("https://doc.rust-lang.org/book/")
        );
        assert_eq!(
            real_link("https://duckduckgo.com/y.js?ad_domain=x.com&u3=https%3A%2F%2Fbing.com"),
            None
        );
        assert_eq!(real_link("javascript:alert(1)"), None);
        assert_eq!(real_link("//duckduckgo.com/l/?rut=abc"), None);
    }

    #[test]
    fn results_render_like_smolagents() {
        let results = [
            SearchResult {
                title: "A [draft]".into(),
                link: "https://a.example/".into(),
                snippet: "First.".into(),
            },
            SearchResult {
                title: "B".into(),
                link: "https://b.example/".into(),
                snippet: String::new(),
            },
        ];
        assert_eq!(
            render("q", &results),
            "## Search Results\n\n[A \\[draft\\]](https://a.example/)\nFirst.\n\n[B](https://b.example/)"
        );
        assert_eq!(
            render("rust", &[]),
            "No results found for 'rust'. Try a shorter or less specific query."
        );
    }
}
