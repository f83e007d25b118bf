//! `f.__doc__` of functions, which monty 0.0.23 does not keep.
//!
//! A module-level `def` without decorators whose line above is blank gets,
//! on that blank line, a decorator recording its docstring (or `None`) in
//! the sandbox's Python module: CPython 3.11's `__doc__` is the literal's
//! value as written. `x.__doc__` reads go through `doc_of`, which answers
//! for recorded functions and reads the attribute of anything else (monty's
//! own answer or its `AttributeError`). A decorated module-level `def`
//! records its docstring through its last decorator: `@timed` becomes
//! `@documented_after(timed, doc)` (a wrapper made with `functools.wraps`
//! then answers the wrapped function's). Methods and nested functions are
//! not recorded: their `__doc__` keeps monty's error.

use ruff_python_ast::{Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::edits::Edits;
use super::literal::escaped;

const DOCUMENTED: &str = "@__codeact_mod__sandbox.documented";
const DOC_OF: &str = "__codeact_mod__sandbox.doc_of(";

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    let Stmt::FunctionDef(def) = stmt else {
        return;
    };
    if !context.top_level || def.is_async {
        return;
    }
    if let Some(last) = def.decorator_list.last() {
        // `@timed` becomes `@documented_after(timed, doc)`: the decorator
        // expression is evaluated where it was, and applied to the
        // function once its docstring is recorded.
        edits.open(
            last.expression.range(),
            "__codeact_mod__sandbox.documented_after(",
        );
        edits.close(last.expression.range(), format!(", {})", docstring(def)));
        return;
    }
    let source = context.source;
    let start = usize::from(def.start());
    let Some(line_start) = source
        .get(..start)
        .map(|s| s.rfind('\n').map_or(0, |i| i + 1))
    else {
        return;
    };
    let indent = source.get(line_start..start).unwrap_or_default();
    // The def must open its line, and the line above must be blank.
    if line_start == 0 || !indent.chars().all(|c| c == ' ' || c == '\t') {
        return;
    }
    let above_end = line_start - 1;
    let above_start = source
        .get(..above_end)
        .map_or(0, |s| s.rfind('\n').map_or(0, |i| i + 1));
    let Some(above) = source.get(above_start..above_end) else {
        return;
    };
    let content_end = above_start + above.trim_end_matches('\r').len();
    if !above.trim().is_empty() || !edits.claim_line(above_start) {
        return;
    }
    let doc = docstring(def);
    let (Ok(from), Ok(to)) = (
        TextSize::try_from(above_start),
        TextSize::try_from(content_end),
    ) else {
        return;
    };
    edits.replace(
        TextRange::new(from, to),
        format!("{indent}{DOCUMENTED}({doc})"),
    );
}

/// The docstring of `def` as a literal, or `None`.
fn docstring(def: &ruff_python_ast::StmtFunctionDef) -> String {
    match def.body.first() {
        Some(Stmt::Expr(expr)) => match expr.value.as_ref() {
            Expr::StringLiteral(literal) => {
                format!("\"{}\"", escaped(literal.value.to_str(), false))
            }
            _ => "None".to_owned(),
        },
        _ => "None".to_owned(),
    }
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    if attribute.attr.id.as_str() != "__doc__" || attribute.ctx != ExprContext::Load {
        return;
    }
    super::around_receiver(
        context.source,
        attribute,
        attribute.range(),
        DOC_OF,
        ")",
        edits,
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn docstrings_are_recorded_on_the_blank_line_above() {
        assert_eq!(
            rewritten("x = 1\n\ndef f():\n    \"\"\"Doc\n    more.\"\"\"\n\nprint(f.__doc__)"),
            format!(
                "x = 1\n{}(\"Doc\\n    more.\")\ndef f():\n    \"\"\"Doc\n    more.\"\"\"\n\nprint({}f))",
                super::DOCUMENTED,
                super::DOC_OF
            )
        );
        assert!(
            rewritten("if x:\n\n    def g():\n        pass")
                .contains("\n    @__codeact_mod__sandbox.documented(None)\n")
        );
        assert_eq!(
            rewritten("@d\ndef f():\n    'doc'"),
            "@__codeact_mod__sandbox.documented_after(d, \"doc\")\ndef f():\n    'doc'"
        );
        for code in [
            "def f():\n    'doc'",
            "def g():\n\n    def f():\n        'doc'",
            "class C:\n\n    def f(self):\n        'doc'",
            "x = 1\n# note\ndef f():\n    'doc'",
        ] {
            assert!(!rewritten(code).contains("documented"), "{code}");
        }
    }
}
