//! `f.__name__` of functions and `type(e).__name__` of exception classes,
//! which monty 0.0.23 does not have (it has `__name__` on other classes).
//! The read goes through `name_of` of the sandbox's own Python module
//! (`pymod/_sandbox.py`, loaded for any block the rewrite touches): the name
//! `functools.wraps` recorded for a wrapper; else the attribute where it
//! exists; else the name in monty's repr, `<function 'name' at 0x..>`,
//! `<class 'Name'>` or `<built-in function name>`, which carries exactly
//! `__name__`. Anything else reads the attribute and gets monty's
//! `AttributeError`.

use ruff_python_ast::{Expr, ExprContext};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const OPEN: &str = "__codeact_mod__sandbox.name_of(";
const CLOSE: &str = ")";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    if attribute.attr.id.as_str() != "__name__"
        || attribute.ctx != ExprContext::Load
        || context.bound.any(&["hasattr", "repr"])
    {
        return;
    }
    super::around_receiver(
        context.source,
        attribute,
        attribute.range(),
        OPEN,
        CLOSE,
        edits,
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn name_reads_go_through_the_repr_when_monty_lacks_them() {
        let out = rewritten("print(f.__name__, (type(e)) .__name__)");
        assert_eq!(
            out,
            format!("print({o}f), {o}(type(e)) ))", o = super::OPEN)
        );
        // The injected quotes nest inside f-strings of either quote.
        for code in ["print(f'{f.__name__:>9}')", "print(f\"{g.__name__!r}\")"] {
            assert_ne!(rewritten(code), code);
        }
        for code in ["f.__name__ = 'x'", "repr = 1\nprint(f.__name__)"] {
            assert_eq!(rewritten(code), code);
        }
    }
}
