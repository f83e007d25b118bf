//! `re.VERBOSE` (`re.X`), which monty 0.0.23's `re` lacks: with a literal
//! pattern, the rewrite takes out what verbose mode ignores (whitespace and
//! `#` comments outside character classes and escapes, as CPython's parser
//! skips them between tokens) and drops the flag. Patterns where verbose
//! mode reaches inside a token (whitespace in `{m,n}` or in a `(?...)`
//! group's head) are left alone, and monty's error names the flag.

use ruff_python_ast::{Expr, ExprCall, Operator};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;
use super::literal::{escaped, newlines_of};

/// The `re` functions and where their `flags` argument sits.
const FLAG_POSITION: &[(&str, usize)] = &[
    ("compile", 1),
    ("match", 2),
    ("search", 2),
    ("fullmatch", 2),
    ("findall", 2),
    ("finditer", 2),
    ("split", 3),
    ("sub", 4),
    ("subn", 4),
];

fn re_function(call: &ExprCall) -> Option<usize> {
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return None;
    };
    if !matches!(attribute.value.as_ref(), Expr::Name(name) if name.id.as_str() == "re") {
        return None;
    }
    FLAG_POSITION
        .iter()
        .find(|(name, _)| *name == attribute.attr.id.as_str())
        .map(|(_, position)| *position)
}

/// The `re.VERBOSE`/`re.X` attributes of a flags expression made of
/// `re.NAME` joined by `|`; `None` for any other expression.
fn verbose_flags<'a>(flags: &'a Expr, found: &mut Vec<&'a Expr>) -> Option<()> {
    match flags {
        Expr::BinOp(binop) if binop.op == Operator::BitOr => {
            verbose_flags(&binop.left, found)?;
            verbose_flags(&binop.right, found)
        }
        Expr::Attribute(attribute) if matches!(attribute.value.as_ref(), Expr::Name(name) if name.id.as_str() == "re") =>
        {
            if matches!(attribute.attr.id.as_str(), "VERBOSE" | "X") {
                found.push(flags);
            }
            Some(())
        }
        _ => None,
    }
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Some(position) = re_function(call) else {
        return;
    };
    let argument = |index: usize, name: &str| {
        call.arguments.args.get(index).or_else(|| {
            call.arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == name))
                .map(|k| &k.value)
        })
    };
    let (Some(Expr::StringLiteral(pattern)), Some(flags)) =
        (argument(0, "pattern"), argument(position, "flags"))
    else {
        return;
    };
    let mut verbose = Vec::new();
    if verbose_flags(flags, &mut verbose).is_none() || verbose.is_empty() {
        return;
    }
    let Some(plain) = unverbose(pattern.value.to_str()) else {
        return;
    };
    let written = context
        .source
        .get(usize::from(pattern.start())..usize::from(pattern.end()))
        .unwrap_or_default();
    let lines = newlines_of(written);
    let quote = context.literal_quote;
    let text = match quote {
        Some('"') if lines.is_empty() => format!("\"{}\"", escaped(&plain, false)),
        Some('"') => format!("(\"{}\"{lines})", escaped(&plain, false)),
        _ => return,
    };
    edits.replace(pattern.range(), text);
    for flag in verbose {
        edits.replace(flag.range(), "0");
    }
}

/// The pattern without what verbose mode ignores; `None` where verbose
/// mode would reach inside a token.
fn unverbose(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len());
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            out.push(c);
            if let Some(next) = chars.get(i + 1) {
                out.push(*next);
            }
            i += 2;
            continue;
        }
        if in_class {
            out.push(c);
            if c == ']' {
                in_class = false;
            }
            i += 1;
            continue;
        }
        match c {
            '[' => {
                in_class = true;
                out.push(c);
                i += 1;
                // `[^]...]` and `[]...]`: the `]` is a member.
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i) == Some(&']') {
                    out.push(']');
                    i += 1;
                }
            }
            '{' => {
                let close = chars[i..].iter().position(|&c| c == '}')?;
                let token: String = chars[i..=i + close].iter().collect();
                if token.chars().any(|c| c.is_whitespace() || c == '#') {
                    return None;
                }
                out.push_str(&token);
                i += close + 1;
            }
            '(' if chars.get(i + 1) == Some(&'?') => {
                // The head up to the group's name end must be written
                // without blanks: `(?P<name>`, `(?:`, `(?=`...
                let head_end = chars[i..]
                    .iter()
                    .position(|&c| c == '>' || c == ':' || c == '=' || c == '!' || c == ')')
                    .map_or(chars.len(), |p| i + p);
                if chars[i..head_end.min(chars.len())]
                    .iter()
                    .any(|c| c.is_whitespace() || *c == '#')
                {
                    return None;
                }
                out.push(c);
                i += 1;
            }
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' => i += 1,
            '#' => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    (!in_class).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;
    use super::unverbose;

    #[test]
    fn verbose_patterns_lose_what_verbose_mode_ignores() {
        assert_eq!(
            unverbose("\n  ^(?P<y>\\d{4}) - # year\n  [ #]+ \\  \\# (?:x) $\n").as_deref(),
            Some("^(?P<y>\\d{4})-[ #]+\\ \\#(?:x)$")
        );
        assert_eq!(unverbose("a{1, 3}"), None);
        assert_eq!(
            rewritten("p = re.compile(r\"\"\"\n  a  # one\n  b\n\"\"\", re.VERBOSE | re.I)\n"),
            "p = re.compile((\"ab\"\n\n\n), __codeact_mod__sets.union(0 , re.I))\n"
        );
    }
}
