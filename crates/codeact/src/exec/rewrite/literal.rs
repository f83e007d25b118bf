//! Python string literals written by rewrites.

use std::fmt::Write as _;

/// `text` as it goes between the quotes of a double-quoted literal, with
/// `{`/`}` doubled when it goes into an f-string. One line, whatever
/// `text` holds: rewrites must not add lines.
pub(super) fn escaped(text: &str, fstring: bool) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '{' if fstring => out.push_str("{{"),
            '}' if fstring => out.push_str("}}"),
            c if c.is_control() || c.is_whitespace() && c != ' ' => {
                let _ = write!(out, "\\U{:08x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// The newlines in `text`, to keep a replaced range's line count.
pub(super) fn newlines_of(text: &str) -> String {
    "\n".repeat(text.matches('\n').count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_keep_one_line_and_braces_double_in_fstrings() {
        assert_eq!(escaped("a\"b\\c\nd{e}", true), "a\\\"b\\\\c\\nd{{e}}");
        assert_eq!(escaped("{x}", false), "{x}");
        assert_eq!(escaped("\u{2028}é", false), "\\U00002028é");
    }
}
