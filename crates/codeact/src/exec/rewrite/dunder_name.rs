//! `f.__name__` of functions and `type(e).__name__` of exception classes,
//! which monty 0.0.23 does not have (it has `__name__` on other classes).
//! The read goes through `name_of` of the sandbox's own Python module
//! (`pymod/_sandbox.py`, loaded for any block the rewrite touches): the name
//! `functools.wraps` recorded for a wrapper; else the attribute where it
//! exists; else the name in monty's repr, `<function 'name' at 0x..>`,
//! `<class 'Name'>` or `<built-in function name>`, which carries exactly
//! `__name__`. Anything else reads the attribute and gets monty's
//! `AttributeError`. `f.__wrapped__` reads what `functools.wraps` recorded.

use ruff_python_ast::{Expr, ExprContext};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const CLOSE: &str = ")";

/// `x.__name__` through `name_of`; `x.__wrapped__` (what `functools.wraps`
/// records) through `wrapped_of`.
pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    let open = match attribute.attr.id.as_str() {
        "__name__" => "__codeact_mod__sandbox.name_of(",
        "__wrapped__" => "__codeact_mod__sandbox.wrapped_of(",
        _ => return,
    };
    if attribute.ctx != ExprContext::Load || context.bound.any(&["hasattr", "repr", "type"]) {
        return;
    }
    super::around_receiver(
        context.source,
        attribute,
        attribute.range(),
        open,
        CLOSE,
        edits,
    );
}

/// `f.__name__ = name` and `f.__doc__ = doc` (a decorator copying the
/// wrapped function's): monty's functions take no attribute, so the value
/// is recorded where `name_of` and `doc_of` find it (`set_name`,
/// `set_doc`).
pub(super) fn on_stmt(stmt: &ruff_python_ast::Stmt, context: &Context<'_>, edits: &mut Edits) {
    let ruff_python_ast::Stmt::Assign(assign) = stmt else {
        return;
    };
    let [Expr::Attribute(target)] = assign.targets.as_slice() else {
        return;
    };
    let helper = match target.attr.id.as_str() {
        "__name__" => "set_name",
        "__doc__" => "set_doc",
        _ => return,
    };
    if context.bound.any(&["hasattr", "repr", "type"]) {
        return;
    }
    let Some(dot) = super::attribute_dot(context.source, target) else {
        return;
    };
    edits.open(stmt.range(), format!("__codeact_mod__sandbox.{helper}("));
    edits.replace(
        ruff_text_size::TextRange::new(dot, assign.value.start()),
        ", ",
    );
    edits.close(assign.value.range(), ")");
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn name_and_doc_assignments_are_recorded_by_the_module() {
        assert_eq!(
            rewritten("wrapper.__name__ = func.__name__\nw.__doc__ = 'x'\n"),
            "__codeact_mod__sandbox.set_name(wrapper, __codeact_mod__sandbox.name_of(func))\n__codeact_mod__sandbox.set_doc(w, 'x')\n"
        );
    }

    #[test]
    fn name_reads_go_through_the_repr_when_monty_lacks_them() {
        let out = rewritten("print(f.__name__, (type(e)) .__name__)");
        assert_eq!(
            out,
            format!(
                "print({o}f), {o}(type(e)) ))",
                o = "__codeact_mod__sandbox.name_of("
            )
        );
        // The injected quotes nest inside f-strings of either quote.
        for code in ["print(f'{f.__name__:>9}')", "print(f\"{g.__name__!r}\")"] {
            assert_ne!(rewritten(code), code);
        }
        for code in ["repr = 1\nprint(f.__name__)", "repr = 1\nf.__name__ = 'x'"] {
            assert_eq!(rewritten(code), code);
        }
    }
}
