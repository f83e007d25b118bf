//! Format specs as the value's type takes them: `f"{None:>6}"`,
//! `f"{items:<20}"` raise in CPython (`None`, lists, dicts, tuples, sets
//! and the code's own classes inherit `object.__format__`, which refuses
//! any non-empty spec), where monty 0.0.23 pads their repr; a date's spec
//! is its `strftime` format (`f"{d:>12}"` is `>12`). A replacement field
//! with a spec (and no conversion such as `!r`, which formats a str)
//! written out becomes a call of `formatted(value, spec)` of a module of
//! its own (small, so that a session pays little to load it); one whose
//! spec holds a nested field gets its value through `spec_value`, which
//! raises CPython's TypeError for those types and hands anything else back.

use ruff_python_ast::{ConversionFlag, FString, InterpolatedStringElement};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::edits::Edits;

/// `formats`: a class of the session defines `__format__`, which CPython
/// calls for every field without a conversion, spec or not.
pub(super) fn on_f_string(
    f_string: &FString,
    source: &str,
    quote: Option<char>,
    formats: bool,
    edits: &mut Edits,
) {
    for element in &f_string.elements {
        let InterpolatedStringElement::Interpolation(field) = element else {
            continue;
        };
        if field.conversion != ConversionFlag::None || field.debug_text.is_some() {
            continue;
        }
        let Some(spec) = field
            .format_spec
            .as_ref()
            .filter(|spec| !spec.elements.is_empty())
        else {
            if formats {
                edits.open(field.expression.range(), "__codeact_mod__format.formatted(");
                edits.close(field.expression.range(), ")");
            }
            continue;
        };
        // A spec written out (no nested field) formats in the module, as
        // the value's type would: a date's spec is its strftime format.
        let colon = spec.start() - TextSize::new(1);
        let text = source.get(usize::from(spec.start())..usize::from(spec.end()));
        if let (Some(quote), Some(text), [InterpolatedStringElement::Literal(_)]) =
            (quote, text, spec.elements.as_ref())
            && source.get(usize::from(colon)..usize::from(spec.start())) == Some(":")
            && !text.contains([quote, '\\', '{', '}', '\n', '\r'])
        {
            let open = field.start() + TextSize::new(1);
            // Directives monty's strftime lacks go through the bridge.
            let helper = if ["%z", "%Z", "%f"].iter().any(|d| text.contains(d)) {
                "__codeact_mod__sandbox.formatted_date("
            } else {
                "__codeact_mod__format.formatted("
            };
            edits.open(TextRange::new(open, colon), helper);
            edits.replace(
                TextRange::new(colon, spec.end()),
                format!(", {quote}{text}{quote})"),
            );
            continue;
        }
        edits.open(
            field.expression.range(),
            "__codeact_mod__format.spec_value(",
        );
        edits.close(field.expression.range(), ")");
    }
}

/// `"...".format(args)` with a literal format string: the arguments that a
/// field with a spec formats get the same check (fields naming an
/// attribute or an item, or with a nested field in the spec, leave the
/// call as written).
pub(super) fn on_expr(
    expr: &ruff_python_ast::Expr,
    source: &str,
    formats: bool,
    edits: &mut Edits,
) {
    use ruff_python_ast::Expr;
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    // With a class defining `__format__`, any `x.format(...)` may format
    // one: the sandbox's str.format calls it (and leaves anything but a
    // str to its own method).
    if formats && attribute.attr.id.as_str() == "format" {
        super::receiver_first(
            source,
            call,
            attribute,
            "__codeact_mod__str_format.str_format(",
            "",
            edits,
        );
        return;
    }
    let Expr::StringLiteral(literal) = attribute.value.as_ref() else {
        return;
    };
    if attribute.attr.id.as_str() != "format"
        || call
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
        || call.arguments.keywords.iter().any(|k| k.arg.is_none())
    {
        return;
    }
    let Some(fields) = spec_fields(literal.value.to_str()) else {
        return;
    };
    for field in fields {
        let argument = match field {
            Field::Index(index) => call.arguments.args.get(index),
            Field::Name(name) => call
                .arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == name))
                .map(|k| &k.value),
        };
        if let Some(argument) = argument {
            edits.open(argument.range(), "__codeact_mod__format.spec_value(");
            edits.close(argument.range(), ")");
        }
    }
}

/// Whether a class of `suite` defines the method `method`.
pub(super) fn defines(suite: &[ruff_python_ast::Stmt], method: &str) -> bool {
    use ruff_python_ast::Stmt;
    use ruff_python_ast::statement_visitor::{StatementVisitor, walk_stmt};
    struct Finder<'m>(&'m str, bool);
    impl<'a> StatementVisitor<'a> for Finder<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(class) = stmt
                && class
                    .body
                    .iter()
                    .any(|s| matches!(s, Stmt::FunctionDef(def) if def.name.id.as_str() == self.0))
            {
                self.1 = true;
            }
            walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder(method, false);
    finder.visit_body(suite);
    finder.1
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Field {
    Index(usize),
    Name(String),
}

/// The arguments the fields of format string `text` format with a spec
/// and no conversion (each once); None when a field is beyond this
/// reading (attribute or item access, a nested field, unbalanced braces).
fn spec_fields(text: &str) -> Option<std::collections::BTreeSet<Field>> {
    let mut fields = std::collections::BTreeSet::new();
    let mut automatic = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
            }
            '}' => return None,
            '{' => {
                let mut inner = String::new();
                loop {
                    match chars.next()? {
                        '}' => break,
                        '{' => return None,
                        other => inner.push(other),
                    }
                }
                let (head, spec) = inner.split_once(':').unwrap_or((&inner, ""));
                let (name, conversion) = match head.split_once('!') {
                    Some((name, conversion)) => (name, Some(conversion)),
                    None => (head, None),
                };
                if name.contains(['.', '[']) {
                    return None;
                }
                let field = if name.is_empty() {
                    automatic += 1;
                    Field::Index(automatic - 1)
                } else if let Ok(index) = name.parse::<usize>() {
                    Field::Index(index)
                } else {
                    Field::Name(name.to_owned())
                };
                if !spec.is_empty() && conversion.is_none() {
                    fields.insert(field);
                }
            }
            _ => {}
        }
    }
    Some(fields)
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_field_with_a_spec_checks_its_value() {
        assert_eq!(
            rewritten("print(f'{x:>6} {y} {z!r:>4} {w=}')\n"),
            "print(f'{__codeact_mod__format.formatted(x, \">6\")} {y} {z!r:>4} {w=}')\n"
        );
        // A nested field in the spec, or a nested f-string: the value is
        // checked and the f-string formats it.
        assert_eq!(
            rewritten("print(f'{x:>{w}}')\n"),
            "print(f'{__codeact_mod__format.spec_value(x):>{w}}')\n"
        );
        assert_eq!(
            rewritten("print(f\"{(a + b):,.2f}|{d:%Y-%m}\")\n"),
            "print(f\"{__codeact_mod__format.formatted((a + b), ',.2f')}|{__codeact_mod__format.formatted(d, '%Y-%m')}\")\n"
        );
    }

    #[test]
    fn format_calls_check_the_arguments_formatted_with_a_spec() {
        assert_eq!(
            rewritten("s = '{:>5}|{}|{1:<3}|{k:^4}|{0!r:>2}'.format(a, b, k=c)\n"),
            "s = '{:>5}|{}|{1:<3}|{k:^4}|{0!r:>2}'.format(__codeact_mod__format.spec_value(a), __codeact_mod__format.spec_value(b), k=__codeact_mod__format.spec_value(c))\n"
        );
        for code in [
            "s = '{0.x:>5}'.format(a)\n",
            "s = '{:>{w}}'.format(a, w=3)\n",
            "s = '{}'.format(a)\n",
            "s = '{:>5}'.format(*a)\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
