//! Parsing HTML into the tree `htmd` uses (html5ever's, in
//! `markup5ever_rcdom` nodes) and the few queries the web tools make of it.
//! Every walk uses an explicit stack, because a hostile page can nest
//! elements as deep as it is long.

use std::rc::Rc;

use htmd::HtmlToMarkdown;
use markup5ever_rcdom::{Node, NodeData};

/// Pages whose elements nest deeper than this (as estimated from their tags)
/// are not parsed: html5ever's tree builder scans its stack of open elements
/// for each tag, so its time grows with tags times depth, and a page of a
/// million nested `<div>`s would take hours. Real pages stay far below
/// (browsers stop nesting at 512).
pub(crate) const MAX_NESTING: usize = 1000;

/// The document tree of `html`, unless the page nests too deep to parse in
/// reasonable time.
pub(crate) fn parse(html: &str) -> Result<Rc<Node>, String> {
    if nesting_estimate(html, MAX_NESTING) > MAX_NESTING {
        return Err(format!(
            "the page nests its HTML elements more than {MAX_NESTING} levels deep, which no \
             real page does; it was not read"
        ));
    }
    HtmlToMarkdown::new()
        .html_to_tree(html)
        .map_err(|err| format!("the HTML could not be parsed: {err}"))
}

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Elements whose end tag may be left out: the parser closes them itself, so
/// an unclosed one does not make the page deeper.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
];

/// Elements whose content is text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// How deep the elements of `html` nest, counted from its start and end tags
/// (comments and raw text skipped); stops counting once past `limit`.
fn nesting_estimate(html: &str, limit: usize) -> usize {
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let (mut at, mut depth, mut deepest) = (0, 0usize, 0);
    while let Some(open) = find(bytes, b"<", at) {
        let rest = &bytes[open + 1..];
        if rest.starts_with(b"!--") {
            at = find(bytes, b"-->", open + 4).map_or(bytes.len(), |end| end + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = open + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            at = open + 1;
            continue;
        }
        let name = &lower[name_start..name_start + name_len];
        let end = find(bytes, b">", name_start + name_len).unwrap_or(bytes.len());
        at = end + 1;
        let counted = !VOID.contains(&name) && !OPTIONAL_END.contains(&name);
        if closing {
            if counted {
                depth = depth.saturating_sub(1);
            }
        } else if RAW_TEXT.contains(&name) {
            let end_tag = format!("</{name}");
            at = find(bytes, end_tag.as_bytes(), at).unwrap_or(bytes.len());
        } else if counted && bytes.get(end.wrapping_sub(1)) != Some(&b'/') {
            depth += 1;
            deepest = deepest.max(depth);
            if deepest > limit {
                break;
            }
        }
    }
    deepest
}

/// Where `needle` first occurs in `haystack` at or after `from`.
fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|at| from + at)
}

/// `root` and everything under it, in document order.
pub(crate) fn descendants(root: &Rc<Node>) -> Vec<Rc<Node>> {
    let mut found = Vec::new();
    let mut stack = vec![Rc::clone(root)];
    while let Some(node) = stack.pop() {
        stack.extend(node.children.borrow().iter().rev().cloned());
        found.push(node);
    }
    found
}

/// The element's tag name (`a`, `div`), or `None` for other nodes.
pub(crate) fn tag(node: &Node) -> Option<&str> {
    match &node.data {
        NodeData::Element { name, .. } => Some(name.local.as_ref()),
        _ => None,
    }
}

/// The value of the element's attribute `name`.
pub(crate) fn attr(node: &Node, name: &str) -> Option<String> {
    let NodeData::Element { attrs, .. } = &node.data else {
        return None;
    };
    attrs
        .borrow()
        .iter()
        .find(|attr| attr.name.local.as_ref() == name)
        .map(|attr| attr.value.to_string())
}

/// The element's classes.
pub(crate) fn classes(node: &Node) -> Vec<String> {
    attr(node, "class")
        .map(|list| list.split_ascii_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// Whether the element has the class `class`.
pub(crate) fn has_class(node: &Node, class: &str) -> bool {
    classes(node).iter().any(|c| c == class)
}

/// The text under `node`, with whitespace runs made single spaces.
pub(crate) fn text(node: &Rc<Node>) -> String {
    let mut text = String::new();
    for next in descendants(node) {
        if let NodeData::Text { contents } = &next.data {
            text.push_str(&contents.borrow());
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_estimated_from_the_tags() {
        assert_eq!(
            nesting_estimate("<div><span>a</span><br><img src=x/></div>", 99),
            2
        );
        assert_eq!(nesting_estimate("<ul><li>a<li>b<li>c</ul><p>x<p>y", 99), 1);
        assert_eq!(
            nesting_estimate(
                "<!-- <div><div> --><script>if (a<b) '<div>'</script><DIV></div>",
                99
            ),
            1
        );
        assert_eq!(nesting_estimate(&"<div>".repeat(50), 10), 11);
        assert_eq!(nesting_estimate("a < b and <3", 99), 0);
    }

    #[test]
    fn absurdly_deep_pages_are_not_parsed() {
        let deep = "<div>".repeat(MAX_NESTING + 1);
        assert!(
            parse(&deep)
                .unwrap_err()
                .contains("more than 1000 levels deep")
        );
        assert!(parse(&"<div>".repeat(MAX_NESTING)).is_ok());
    }

    #[test]
    fn queries_read_tags_attributes_classes_and_text() {
        let document = parse("<div class=\" a  b\" id=x>one <b>two</b>\n three</div>")
            .expect("a shallow page parses");
        let div = descendants(&document)
            .into_iter()
            .find(|node| tag(node) == Some("div"))
            .expect("the div");
        assert_eq!(attr(&div, "id").as_deref(), Some("x"));
        assert_eq!(attr(&div, "title"), None);
        assert_eq!(classes(&div), ["a", "b"]);
        assert!(has_class(&div, "b") && !has_class(&div, "a b"));
        assert_eq!(text(&div), "one two three");
    }
}
