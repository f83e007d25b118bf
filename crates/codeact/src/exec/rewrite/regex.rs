//! Two `re` calls monty 0.0.23 answers wrongly without an error.
//!
//! - `re.sub(p, r"\1_\2", s)`: monty hands the template to its regex crate
//!   as `$1_$2`, where `$1_` names a group `1_` and the text vanishes. A
//!   group reference followed by a name character is written `\g<1>`
//!   instead, which means the same in CPython.
//! - `re.split(r"(\d+)", s)`: monty drops the captured separators CPython
//!   puts in the result. With a literal pattern that has a capturing group,
//!   the call becomes one that builds CPython's result from `re.finditer`.

use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;
use super::literal::{escaped, newlines_of};

/// `re.split` as CPython defines it, from the matches: the text between
/// them with each match's groups after it, at most `maxsplit` of them
/// (none at all when it is negative).
const SPLIT: &str = "(lambda pattern, string, maxsplit=0, flags=0: (lambda __codeact_ms: [__codeact_x for __codeact_i, __codeact_m in enumerate(__codeact_ms) for __codeact_x in (string[(__codeact_ms[__codeact_i - 1].end() if __codeact_i else 0):__codeact_m.start()], *__codeact_m.groups())] + [string[(__codeact_ms[-1].end() if __codeact_ms else 0):]])((lambda __codeact_all: __codeact_all[:maxsplit] if maxsplit > 0 else [] if maxsplit < 0 else __codeact_all)(list(re.finditer(pattern, string, flags)))))";

fn is_re_call(call: &ExprCall, function: &str) -> bool {
    matches!(call.func.as_ref(), Expr::Attribute(attribute)
        if attribute.attr.id.as_str() == function
            && matches!(attribute.value.as_ref(), Expr::Name(name) if name.id.as_str() == "re"))
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    if is_re_call(call, "sub") || is_re_call(call, "subn") {
        let template = call.arguments.args.get(1).or_else(|| {
            call.arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == "repl"))
                .map(|k| &k.value)
        });
        if let Some(Expr::StringLiteral(literal)) = template
            && let Some(fixed) = explicit_group_references(literal.value.to_str())
        {
            let replaced = context
                .source
                .get(usize::from(literal.start())..usize::from(literal.end()))
                .unwrap_or_default();
            let lines = newlines_of(replaced);
            let text = if lines.is_empty() {
                format!("\"{}\"", escaped(&fixed, false))
            } else {
                format!("(\"{}\"{lines})", escaped(&fixed, false))
            };
            edits.replace(literal.range(), text);
        }
    } else if is_re_call(call, "split")
        && !context.bound.any(&["list", "enumerate"])
        && let Some(Expr::StringLiteral(pattern)) = call.arguments.args.first().or_else(|| {
            call.arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == "pattern"))
                .map(|k| &k.value)
        })
        && has_capturing_group(pattern.value.to_str())
    {
        edits.replace(call.func.range(), SPLIT);
    }
}

/// The template with `\N` written `\g<N>` where a name character follows,
/// or `None` when nothing needs it.
fn explicit_group_references(template: &str) -> Option<String> {
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::with_capacity(template.len() + 8);
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            out.push(c);
            i += 1;
            continue;
        }
        match chars.get(i + 1) {
            Some(&d) if d.is_ascii_digit() && d != '0' => {
                let next = chars.get(i + 2).copied();
                if next.is_some_and(|n| n.is_alphabetic() || n == '_') {
                    out.push_str("\\g<");
                    out.push(d);
                    out.push('>');
                    changed = true;
                } else {
                    out.push('\\');
                    out.push(d);
                }
                i += 2;
            }
            Some(&other) => {
                out.push('\\');
                out.push(other);
                i += 2;
            }
            None => {
                out.push('\\');
                i += 1;
            }
        }
    }
    changed.then_some(out)
}

/// Whether the pattern has a group that captures: `(` not followed by `?`,
/// or `(?P<name>`, outside character classes and escapes.
fn has_capturing_group(pattern: &str) -> bool {
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '[' if !in_class => {
                in_class = true;
                // A `]` right after `[` or `[^` is a literal.
                if chars.get(i + 1) == Some(&'^') {
                    i += 1;
                }
                if chars.get(i + 1) == Some(&']') {
                    i += 1;
                }
            }
            ']' if in_class => in_class = false,
            '(' if !in_class => {
                if chars.get(i + 1) != Some(&'?') {
                    return true;
                }
                if chars.get(i + 2) == Some(&'P') && chars.get(i + 3) == Some(&'<') {
                    return true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;
    use super::*;

    #[test]
    fn group_references_before_name_characters_become_explicit() {
        assert_eq!(
            rewritten("re.sub(r\"(.)([A-Z])\", r\"\\1_\\2\", s)"),
            "re.sub(r\"(.)([A-Z])\", \"\\\\g<1>_\\\\2\", s)"
        );
        assert_eq!(explicit_group_references(r"\1 \2-\3"), None);
        assert_eq!(explicit_group_references(r"\\1_"), None);
        assert_eq!(
            explicit_group_references(r"\1a").as_deref(),
            Some(r"\g<1>a")
        );
        assert_eq!(rewritten("x.sub(r\"\\1_\", s)"), "x.sub(r\"\\1_\", s)");
    }

    #[test]
    fn split_with_a_capturing_group_builds_cpythons_result() {
        let out = rewritten("re.split(r\"(\\d+)\", s, maxsplit=1)");
        assert!(
            out.starts_with("(lambda pattern, string, maxsplit=0, flags=0:"),
            "{out}"
        );
        assert!(out.ends_with(")(r\"(\\d+)\", s, maxsplit=1)"), "{out}");
        for code in [
            "re.split(r\"\\s*[,;]\\s*\", s)",
            "re.split(r\"(?:a|b)\", s)",
            "re.split(r\"[(]\", s)",
            "re.split(p, s)",
        ] {
            assert_eq!(rewritten(code), code);
        }
        assert!(has_capturing_group(r"(?P<n>\d)"));
        assert!(!has_capturing_group(r"\(x\)"));
        assert!(!has_capturing_group(r"[]()]"));
    }
}
