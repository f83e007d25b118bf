//! `n.bit_length()` on ints, which monty 0.0.23 lacks. The receiver is
//! checked at run time: an int (or bool) goes to `bit_length` of the
//! sandbox's Python module, anything else calls its own method as written.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const OPEN: &str = "(lambda __codeact_o: __codeact_mod__sandbox.bit_length(__codeact_o) if isinstance(__codeact_o, int) else __codeact_o.bit_length())(";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    if attribute.attr.id.as_str() != "bit_length"
        || !call.arguments.args.is_empty()
        || !call.arguments.keywords.is_empty()
        // The sandbox module sees the block's globals: a builtin the block
        // rebinds would change its answer.
        || context.bound.any(&["isinstance", "int", "bin", "len"])
    {
        return;
    }
    // The dot after the receiver, past any closing parentheses around it.
    super::around_receiver(context.source, attribute, call.range(), OPEN, ")", edits);
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn int_bit_length_goes_through_the_sandbox_module() {
        assert_eq!(
            rewritten("print((n) .bit_length())"),
            format!("print({}(n) ))", super::OPEN)
        );
        assert!(rewritten("print(f'{n.bit_length():>2}')").contains(super::OPEN));
        for code in [
            "n.bit_length(1)",
            "int = 3\nn.bit_length()",
            "f = n.bit_length",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
