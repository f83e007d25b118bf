//! `visit_webpage`: a web page, read as Markdown.

use std::rc::Rc;
use std::time::Duration;

use async_trait::async_trait;
use htmd::HtmlToMarkdown;
use htmd::options::{BulletListMarker, HrStyle, Options};
use markup5ever_rcdom::{Node, NodeData};
use reqwest::Url;
use serde_json::{Value, json};

use super::dom;
use super::fetch::{self, HttpSettings, WebClient};
use crate::tool::{Tool, ToolArgs, ToolError, ToolInput, ToolSpec};

const NAME: &str = "visit_webpage";

/// smolagents' default length of a page's text.
const DEFAULT_MAX_CHARS: usize = 40_000;

/// Elements nested deeper than this are read as plain text: the converter
/// recurses once per level, and must stay within a blocking thread's stack.
const MAX_DEPTH: usize = 256;

/// Tags whose content is not text a reader sees.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
];

/// `visit_webpage(url)`: GETs a page and returns its content as Markdown.
///
/// * HTML (`text/html`, `application/xhtml+xml`) is converted with `htmd`;
///   scripts, styles and other invisible parts are dropped, relative links
///   and images are made absolute (so the model can visit them next), and
///   runs of blank lines are collapsed.
/// * Other text (`text/*`, JSON, XML, YAML) is returned as it is.
/// * Anything else (images, PDF, archives, audio, video) is refused, before
///   its body is downloaded.
///
/// The text is cut to `max_chars` characters (40,000 by default, as in
/// smolagents), and the cut is said at its end. Only `max_body_bytes` of the
/// body are read (5 MiB by default), so a huge page cannot exhaust memory.
/// Timeouts, refused connections, unknown hosts, error statuses, refused
/// content types and malformed URLs are tool errors saying which.
///
/// ```
/// use std::time::Duration;
/// use codeact::tool::builtin::VisitWebpageTool;
///
/// let default = VisitWebpageTool::new();
/// let tuned = VisitWebpageTool::builder()
///     .timeout(Duration::from_secs(5))
///     .max_chars(10_000)
///     .build();
/// # let _ = (default, tuned);
/// ```
#[derive(Debug)]
pub struct VisitWebpageTool {
    spec: ToolSpec,
    client: WebClient,
    max_chars: usize,
}

/// Configures a [`VisitWebpageTool`]; every setting has a default.
#[derive(Debug, Clone)]
#[must_use]
pub struct VisitWebpageToolBuilder {
    http: HttpSettings,
    max_chars: usize,
}

impl VisitWebpageToolBuilder {
    /// Time to establish the connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.http.connect_timeout = timeout;
        self
    }

    /// Time for the whole request, body included (default 20 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.http.timeout = timeout;
        self
    }

    /// Bytes of a page read at most (default 5 MiB); the rest is not
    /// downloaded, and the text says so.
    pub fn max_body_bytes(mut self, bytes: usize) -> Self {
        self.http.max_body_bytes = bytes;
        self
    }

    /// Characters of text returned at most (default 40,000).
    pub fn max_chars(mut self, chars: usize) -> Self {
        self.max_chars = chars;
        self
    }

    /// The `User-Agent` header (default: `Mozilla/5.0 (compatible;
    /// codeact/VERSION; +https://github.com/codeact/codeact)`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.http.user_agent = user_agent.into();
        self
    }

    /// The tool.
    pub fn build(self) -> VisitWebpageTool {
        VisitWebpageTool {
            spec: ToolSpec::new(
                NAME,
                "Visits a webpage at the given url and reads its content as a markdown string. \
                 Use this to browse webpages.",
            )
            .input(ToolInput::new(
                "url",
                "The url of the webpage to visit (http or https).",
                json!({"type": "string"}),
            ))
            .output(json!({"type": "string"})),
            client: WebClient::new(self.http),
            max_chars: self.max_chars,
        }
    }
}

impl VisitWebpageTool {
    /// The tool with the default settings.
    pub fn new() -> Self {
        Self::builder().build()
    }

    /// A builder, to change the defaults.
    pub fn builder() -> VisitWebpageToolBuilder {
        VisitWebpageToolBuilder {
            http: HttpSettings::default(),
            max_chars: DEFAULT_MAX_CHARS,
        }
    }

    async fn visit(&self, address: &str) -> Result<String, String> {
        let url = fetch::parse_web_url(address)?;
        let response = self.client.get(&url).await.map_err(|e| e.to_string())?;
        let final_url = response.url().clone();
        let (media_type, charset) = fetch::content_type(&response);
        let declared = match media_type.as_deref() {
            None => None,
            Some(media_type) => Some(kind_of(media_type).ok_or_else(|| {
                format!(
                    "{final_url} is `{media_type}`, not a web page or text; \
                     visit_webpage reads HTML and text only"
                )
            })?),
        };
        let body = self
            .client
            .read_body(response)
            .await
            .map_err(|e| e.to_string())?;
        let kind = match declared {
            Some(kind) => kind,
            None => sniff(&body.bytes).ok_or_else(|| {
                format!(
                    "{final_url} sent binary content of no declared type, not a web page or \
                     text; visit_webpage reads HTML and text only"
                )
            })?,
        };
        let html = kind == Kind::Html;
        let text = fetch::decode_text(&body.bytes, charset.as_deref(), html);
        let text = if html {
            let base = final_url.clone();
            tokio::task::spawn_blocking(move || html_to_markdown(&text, base))
                .await
                .map_err(|err| format!("converting the page to Markdown failed: {err}"))??
        } else {
            text
        };
        let text = collapse_blank_lines(&text);
        if text.is_empty() {
            return Ok(format!(
                "The page at {final_url} has no readable text (it may need JavaScript, which \
                 this tool does not run)."
            ));
        }
        let mut text = truncate(text, self.max_chars);
        if body.cut {
            text.push_str(&format!(
                "\n\n..._Only the first {} bytes of this page were read_...",
                self.client.settings().max_body_bytes
            ));
        }
        Ok(text)
    }
}

impl Default for VisitWebpageTool {
    fn default() -> Self {
        Self::new()
    }
}

#[async_trait]
impl Tool for VisitWebpageTool {
    fn spec(&self) -> &ToolSpec {
        &self.spec
    }

    async fn call(&self, args: ToolArgs) -> Result<Value, ToolError> {
        let Some(Value::String(url)) = args.get("url") else {
            return Err(ToolError::InvalidArgument {
                tool: NAME.into(),
                argument: "url".into(),
                expected: "a string".into(),
                got: args
                    .get("url")
                    .map_or_else(|| "nothing".into(), Value::to_string),
            });
        };
        self.visit(url)
            .await
            .map(Value::String)
            .map_err(|message| ToolError::failed(NAME, message))
    }
}

/// How a body is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Html,
    Text,
}

/// The kind of a declared media type; `None` for types that are not text.
fn kind_of(media_type: &str) -> Option<Kind> {
    let (top, sub) = media_type.split_once('/').unwrap_or((media_type, ""));
    match (top, sub) {
        ("text", "html") | ("application", "xhtml+xml") => Some(Kind::Html),
        ("text", _) => Some(Kind::Text),
        ("application", sub)
            if matches!(
                sub,
                "json"
                    | "xml"
                    | "javascript"
                    | "ecmascript"
                    | "x-javascript"
                    | "yaml"
                    | "x-yaml"
                    | "toml"
                    | "x-ndjson"
                    | "ndjson"
            ) || sub.ends_with("+json")
                || sub.ends_with("+xml") =>
        {
            Some(Kind::Text)
        }
        _ => None,
    }
}

/// The kind of a body that came without a `Content-Type`: HTML if it opens
/// like a document, text unless it has NUL bytes, else `None`.
fn sniff(bytes: &[u8]) -> Option<Kind> {
    let head = &bytes[..bytes.len().min(1024)];
    if head.contains(&0) {
        return None;
    }
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    let start = lower.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let looks_html = start.starts_with('<')
        && ["<!doctype html", "<html", "<head", "<body"]
            .iter()
            .any(|tag| lower.contains(tag));
    Some(if looks_html { Kind::Html } else { Kind::Text })
}

/// The Markdown of an HTML page whose address is `url`.
fn html_to_markdown(html: &str, url: Url) -> Result<String, String> {
    let converter = HtmlToMarkdown::builder()
        .skip_tags(SKIPPED_TAGS.to_vec())
        .options(Options {
            bullet_list_marker: BulletListMarker::Dash,
            ul_bullet_spacing: 1,
            ol_number_spacing: 1,
            hr_style: HrStyle::Dashes,
            ..Options::default()
        })
        .build();
    let tree = dom::parse(html)?;
    prepare(&tree, url);
    Ok(converter.tree_to_markdown(&tree))
}

/// Makes links and images absolute (against `<base href>` if the page has
/// one, else the page's URL) and flattens elements nested past
/// [`MAX_DEPTH`] into their text. Walks with an explicit stack: the tree may
/// be as deep as the page is long.
fn prepare(document: &Rc<Node>, page_url: Url) {
    let mut base = page_url;
    let mut seen_base = false;
    let mut stack: Vec<(Rc<Node>, usize)> = vec![(Rc::clone(document), 0)];
    while let Some((node, depth)) = stack.pop() {
        if let NodeData::Element { name, attrs, .. } = &node.data {
            let tag = name.local.as_ref();
            let mut attrs = attrs.borrow_mut();
            for attr in attrs.iter_mut() {
                let attribute = attr.name.local.as_ref();
                let is_link = matches!((tag, attribute), ("a", "href") | ("img", "src"));
                if tag == "base" && attribute == "href" && !seen_base {
                    seen_base = true;
                    if let Ok(url) = base.join(attr.value.trim()) {
                        base = url;
                    }
                } else if is_link
                    && let Ok(absolute) = base.join(attr.value.trim())
                    && matches!(absolute.scheme(), "http" | "https")
                {
                    attr.value = absolute.as_str().into();
                }
            }
        }
        if depth >= MAX_DEPTH {
            flatten(&node);
            continue;
        }
        let children = node.children.borrow();
        stack.extend(
            children
                .iter()
                .rev()
                .map(|child| (Rc::clone(child), depth + 1)),
        );
    }
}

/// Replaces the children of `node` by one text node with all their text.
fn flatten(node: &Rc<Node>) {
    let mut text = String::new();
    let mut stack: Vec<Rc<Node>> = node.children.borrow().iter().rev().cloned().collect();
    while let Some(next) = stack.pop() {
        if let NodeData::Text { contents } = &next.data {
            text.push_str(&contents.borrow());
        }
        stack.extend(next.children.borrow().iter().rev().cloned());
    }
    let leaf = Node::new(NodeData::Text {
        contents: std::cell::RefCell::new(text.as_str().into()),
    });
    leaf.parent.set(Some(Rc::downgrade(node)));
    *node.children.borrow_mut() = vec![leaf];
}

/// Trims the text and leaves at most one blank line between paragraphs.
fn collapse_blank_lines(text: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines() {
        let blank = line.trim().is_empty();
        if blank && lines.last().is_none_or(|last| last.is_empty()) {
            continue;
        }
        lines.push(if blank { "" } else { line });
    }
    while lines.last().is_some_and(|last| last.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

/// At most `max_chars` characters of `text`, with the cut said at the end.
fn truncate(mut text: String, max_chars: usize) -> String {
    if let Some((cut, _)) = text.char_indices().nth(max_chars) {
        text.truncate(cut);
        text.push_str(&format!(
            "\n..._This content has been truncated to stay below {max_chars} characters_..."
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types_are_sorted_into_html_text_and_refused() {
        assert_eq!(kind_of("text/html"), Some(Kind::Html));
        assert_eq!(kind_of("application/xhtml+xml"), Some(Kind::Html));
        assert_eq!(kind_of("text/plain"), Some(Kind::Text));
        assert_eq!(kind_of("application/json"), Some(Kind::Text));
        assert_eq!(kind_of("application/ld+json"), Some(Kind::Text));
        assert_eq!(kind_of("application/rss+xml"), Some(Kind::Text));
        assert_eq!(kind_of("image/png"), None);
        assert_eq!(kind_of("application/pdf"), None);
        assert_eq!(kind_of("application/octet-stream"), None);
        assert_eq!(kind_of("garbage"), None);
    }

    #[test]
    fn undeclared_bodies_are_sniffed() {
        assert_eq!(sniff(b"\n <!DOCTYPE html><p>x"), Some(Kind::Html));
        assert_eq!(sniff(b"just words"), Some(Kind::Text));
        assert_eq!(sniff(b"<not> really html"), Some(Kind::Text));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0"), None);
    }

    #[test]
    fn blank_runs_collapse_to_one_line() {
        assert_eq!(
            collapse_blank_lines("\n\n# A\n\n\n  \n\ttext\n\n\nb  \n\n"),
            "# A\n\n\ttext\n\nb  "
        );
    }

    #[test]
    fn truncation_counts_characters_and_says_so() {
        assert_eq!(truncate("héllo".into(), 10), "héllo");
        assert_eq!(
            truncate("héllo".into(), 2),
            "hé\n..._This content has been truncated to stay below 2 characters_..."
        );
    }

    #[test]
    fn relative_links_become_absolute() {
        let page = Url::parse("https://example.com/docs/page.html").unwrap();
        let md = html_to_markdown(
            "<p><a href=\"next.html\">Next</a> <a href=\"/top\">Top</a> \
             <a href=\"mailto:a@b.c\">Mail</a></p>",
            page,
        )
        .unwrap();
        assert_eq!(
            md,
            "[Next](https://example.com/docs/next.html) [Top](https://example.com/top) [Mail](mailto:a@b.c)"
        );
    }

    #[test]
    fn a_base_element_moves_the_links() {
        let page = Url::parse("https://example.com/a/b").unwrap();
        let md = html_to_markdown(
            "<head><base href=\"https://cdn.example.org/root/\"></head><body><a href=\"x\">X</a></body>",
            page,
        )
        .unwrap();
        assert_eq!(md, "[X](https://cdn.example.org/root/x)");
    }

    #[test]
    fn deep_nesting_is_read_as_text() {
        let depth = dom::MAX_NESTING;
        let html = format!("{}deep{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let page = Url::parse("https://example.com/").unwrap();
        // The conversion runs on a thread with the stack size of tokio's
        // blocking pool (2 MiB), where it runs in the tool.
        let md = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || html_to_markdown(&html, page))
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(md, Ok("deep".to_owned()));
    }
}
