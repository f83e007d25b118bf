//! `r.index(v)` on ranges, which monty 0.0.23 lacks. The receiver is
//! checked at run time: a range goes to `range_index` of the sandbox's
//! Python module, anything else (lists, strings, user objects) calls its
//! own method. The receiver is evaluated before the argument, as written;
//! the method is looked up after it (monty cannot load a builtin type's
//! method as a value), which only shows when the lookup fails and the
//! argument has side effects: both then raise `AttributeError`.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const OPEN: &str = "(lambda __codeact_o: (lambda __codeact_v: __codeact_mod__sandbox.range_index(__codeact_o, __codeact_v)) if isinstance(__codeact_o, range) else (lambda __codeact_v: __codeact_o.index(__codeact_v)))(";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    let args = &call.arguments;
    // `range.index` takes exactly one argument; any other call keeps
    // monty's answer (an error for a range, the method for the rest).
    if attribute.attr.id.as_str() != "index"
        || args.args.len() != 1
        || !args.keywords.is_empty()
        || matches!(args.args.first(), Some(Expr::Starred(_)))
        // Builtins `range_index` calls, which a binding of the block would hide.
        || context
            .bound
            .any(&["isinstance", "range", "int", "len", "enumerate", "repr"])
    {
        return;
    }
    super::around_receiver(
        context.source,
        attribute,
        attribute.range(),
        OPEN,
        ")",
        edits,
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn index_of_a_range_goes_through_the_sandbox_module() {
        assert_eq!(
            rewritten("i = r.index(x)"),
            format!("i = {}r)(x)", super::OPEN)
        );
        for code in [
            "i = s.index(x, 2)",
            "i = s.index(*a)",
            "range = 1\nr.index(2)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
