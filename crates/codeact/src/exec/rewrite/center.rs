//! `s.center(width, fill)`: monty 0.0.23 puts the odd fill character on
//! the right; CPython puts it on the left when the width is odd too
//! (`"ab".center(5, "-")` is `'--ab-'`).
//!
//! The call goes through the sandbox module's `center_of` when the
//! receiver is a str at run time; anything else calls the method as
//! written.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const CENTER_OPEN: &str = "(lambda __codeact_o: __codeact_mod__sandbox.center_of(__codeact_o) if isinstance(__codeact_o, str) else __codeact_o.center)(";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    if attribute.attr.id.as_str() != "center"
        || !call.arguments.keywords.is_empty()
        || context.bound.any(&["isinstance", "str", "len"])
    {
        return;
    }
    super::around_receiver(
        context.source,
        attribute,
        attribute.range(),
        CENTER_OPEN,
        ")",
        edits,
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_center_call_asks_the_module_for_a_str_receiver() {
        let out = rewritten("print(name.center(9, '*'))\n");
        assert!(
            out.contains("__codeact_mod__sandbox.center_of(__codeact_o) if isinstance(__codeact_o, str) else __codeact_o.center)(name)(9, '*')"),
            "{out}"
        );
    }
}
