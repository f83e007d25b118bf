//! Python syntax highlighting for the terminal: keywords, builtins, strings,
//! numbers, comments and decorators, enough to read agent code at a glance.

use console::Style;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "match", "case", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
];

const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "bool",
    "dict",
    "enumerate",
    "filter",
    "float",
    "format",
    "int",
    "isinstance",
    "len",
    "list",
    "map",
    "max",
    "min",
    "print",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "sorted",
    "str",
    "sum",
    "tuple",
    "type",
    "zip",
    "final_answer",
];

/// The kinds of token we colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Keyword,
    Builtin,
    String,
    Number,
    Comment,
    Decorator,
}

/// Splits one line of Python into coloured spans. `in_string` carries an open
/// triple-quoted string from line to line.
fn spans<'a>(line: &'a str, in_string: &mut Option<&'static str>) -> Vec<(Kind, &'a str)> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut plain_start = 0;
    let flush = |out: &mut Vec<(Kind, &'a str)>, from: usize, to: usize| {
        if from < to {
            out.push((Kind::Plain, &line[from..to]));
        }
    };
    if let Some(quote) = *in_string {
        match line.find(quote) {
            Some(end) => {
                let end = end + quote.len();
                out.push((Kind::String, &line[..end]));
                *in_string = None;
                i = end;
                plain_start = end;
            }
            None => {
                out.push((Kind::String, line));
                return out;
            }
        }
    }
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'#' {
            flush(&mut out, plain_start, i);
            out.push((Kind::Comment, &line[i..]));
            return out;
        }
        if c == b'@' && line[..i].trim().is_empty() {
            flush(&mut out, plain_start, i);
            let end = line[i + 1..]
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '.'))
                .map_or(line.len(), |e| i + 1 + e);
            out.push((Kind::Decorator, &line[i..end]));
            i = end;
            plain_start = end;
            continue;
        }
        if c == b'"' || c == b'\'' {
            // Include string prefixes such as f, r, b, rb.
            let mut start = i;
            while start > plain_start && bytes[start - 1].is_ascii_alphabetic() && i - start < 2 {
                start -= 1;
            }
            flush(&mut out, plain_start, start);
            let triple: &'static str = if c == b'"' { "\"\"\"" } else { "'''" };
            if line[i..].starts_with(triple) {
                match line[i + 3..].find(triple) {
                    Some(end) => {
                        let end = i + 3 + end + 3;
                        out.push((Kind::String, &line[start..end]));
                        i = end;
                    }
                    None => {
                        out.push((Kind::String, &line[start..]));
                        *in_string = Some(triple);
                        return out;
                    }
                }
            } else {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != c {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let end = (j + 1).min(bytes.len());
                out.push((Kind::String, &line[start..end]));
                i = end;
            }
            plain_start = i;
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            let end = line[i..]
                .find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                .map_or(line.len(), |e| i + e);
            let word = &line[i..end];
            let next_is_quote = matches!(bytes.get(end), Some(b'"' | b'\''));
            if !next_is_quote {
                let kind = if KEYWORDS.contains(&word) {
                    Some(Kind::Keyword)
                } else if BUILTINS.contains(&word) {
                    Some(Kind::Builtin)
                } else {
                    None
                };
                if let Some(kind) = kind {
                    flush(&mut out, plain_start, i);
                    out.push((kind, word));
                    plain_start = end;
                }
            }
            i = end;
            continue;
        }
        if c.is_ascii_digit()
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_'))
        {
            flush(&mut out, plain_start, i);
            let end = line[i..]
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '.' || ch == '_'))
                .map_or(line.len(), |e| i + e);
            out.push((Kind::Number, &line[i..end]));
            i = end;
            plain_start = end;
            continue;
        }
        i += line[i..].chars().next().map_or(1, char::len_utf8);
    }
    flush(&mut out, plain_start, line.len());
    out
}

fn style(kind: Kind) -> Style {
    match kind {
        Kind::Plain => Style::new(),
        Kind::Keyword => Style::new().magenta().bold(),
        Kind::Builtin => Style::new().cyan(),
        Kind::String => Style::new().green(),
        Kind::Number => Style::new().yellow(),
        Kind::Comment => Style::new().dim().italic(),
        Kind::Decorator => Style::new().blue(),
    }
}

/// `code` with terminal colours, line by line (colours are dropped by
/// `console` when they are disabled).
pub fn python(code: &str) -> Vec<String> {
    let mut in_string = None;
    code.lines()
        .map(|line| {
            spans(line, &mut in_string)
                .into_iter()
                .map(|(kind, text)| style(kind).apply_to(text).to_string())
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<(Kind, String)> {
        let mut state = None;
        spans(line, &mut state)
            .into_iter()
            .map(|(k, t)| (k, t.to_owned()))
            .filter(|(k, _)| *k != Kind::Plain)
            .collect()
    }

    #[test]
    fn keywords_strings_numbers_and_comments() {
        assert_eq!(
            kinds("for x in range(10): print(f\"{x}\")  # loop"),
            vec![
                (Kind::Keyword, "for".into()),
                (Kind::Keyword, "in".into()),
                (Kind::Builtin, "range".into()),
                (Kind::Number, "10".into()),
                (Kind::Builtin, "print".into()),
                (Kind::String, "f\"{x}\"".into()),
                (Kind::Comment, "# loop".into()),
            ]
        );
    }

    #[test]
    fn identifiers_with_digits_and_escaped_quotes() {
        assert_eq!(
            kinds("step_2 = 'it\\'s'"),
            vec![(Kind::String, "'it\\'s'".into())]
        );
    }

    #[test]
    fn triple_quoted_strings_span_lines() {
        let mut state = None;
        let first = spans("doc = \"\"\"start", &mut state);
        assert_eq!(first.last().unwrap().0, Kind::String);
        let second = spans("end\"\"\" + x", &mut state);
        assert_eq!(second[0], (Kind::String, "end\"\"\""));
        assert!(state.is_none());
    }

    #[test]
    fn plain_text_survives_uncoloured() {
        console::set_colors_enabled(false);
        assert_eq!(
            python("x = 1\n@cache\ndef f(): pass").join("\n"),
            "x = 1\n@cache\ndef f(): pass"
        );
    }
}
