//! MCP names as Python identifiers.
//!
//! MCP tool and argument names may hold dashes, dots or slashes; the
//! sandbox calls tools as Python functions with keyword arguments, so every
//! name is mapped to an identifier and the original is kept for the wire.

/// Python's keywords: not usable as names, so they get a trailing `_`.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// `raw` as a Python identifier: every character other than an ASCII
/// letter, digit or `_` becomes `_`, a leading digit (or an empty name) gets
/// a `_` in front, and a keyword a `_` behind.
///
/// ```text
/// read-file → read_file    fs.list → fs_list    2fa → _2fa    class → class_
/// ```
pub(super) fn python_identifier(raw: &str) -> String {
    let mut name: String = raw
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// Hands out identifiers that are unique among those already given: a name
/// taken before gets `_2`, `_3`, … appended.
#[derive(Debug, Default)]
pub(super) struct UniqueNames {
    taken: Vec<String>,
}

impl UniqueNames {
    /// `identifier`, or a numbered variant of it, unless an earlier call
    /// returned that already.
    pub(super) fn claim(&mut self, identifier: String) -> String {
        let mut name = identifier.clone();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{identifier}_{n}");
            n += 1;
        }
        self.taken.push(name.clone());
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_identifiers() {
        assert_eq!(python_identifier("read-file"), "read_file");
        assert_eq!(python_identifier("fs.list/all"), "fs_list_all");
        assert_eq!(python_identifier("2fa"), "_2fa");
        assert_eq!(python_identifier(""), "_");
        assert_eq!(python_identifier("class"), "class_");
        assert_eq!(python_identifier("naïve"), "na_ve");
        assert_eq!(python_identifier("already_fine"), "already_fine");
    }

    #[test]
    fn clashing_names_get_numbered() {
        let mut names = UniqueNames::default();
        assert_eq!(names.claim("get_item".into()), "get_item");
        assert_eq!(names.claim("get_item".into()), "get_item_2");
        assert_eq!(names.claim("get_item".into()), "get_item_3");
        assert_eq!(names.claim("get_item_2".into()), "get_item_2_2");
    }
}
