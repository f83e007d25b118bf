//! A negative number to a power that is not whole: CPython 3.11 answers
//! with a complex number (`(-8) ** (1/3)` is `(1.0000000000000002+1.7320508075688772j)`),
//! monty 0.0.23 with `nan`. `a ** b` and `pow(a, b)` become the sandbox's
//! `power(a, b)` (`pymod/_complex.py`), which takes that case to complex
//! power and hands every other one to `**` as written (or, for the code's
//! own classes, to the `_classes` module's dispatch). Left alone: a whole
//! exponent written out (`x ** 2`, `x ** -1`, `x ** 2.0`) and a base written
//! as a number that is not negative (`2 ** n`, `1.05 ** years`), which
//! cannot give a complex number.

use ruff_python_ast::{Expr, ExprBinOp, Number, Operator, UnaryOp};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const POWER: &str = "__codeact_mod__complex.power";

/// Builtins the helper calls, which a binding of the block would hide.
const HELPER_BUILTINS: &[&str] = &["type", "int", "float", "abs", "repr", "hash", "pow"];

/// Whether `binop` is a power this rewrite takes (the operators rewrite
/// leaves it alone then: `power` dispatches to the code's classes).
pub(super) fn takes(binop: &ExprBinOp, context: &Context<'_>) -> bool {
    binop.op == Operator::Pow
        && !is_whole_number(&binop.right)
        && !is_non_negative_number(&binop.left)
        && !context.bound.any(HELPER_BUILTINS)
}

fn is_whole_number(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(literal) => match &literal.value {
            Number::Int(_) => true,
            Number::Float(value) => value.fract() == 0.0,
            Number::Complex { .. } => false,
        },
        Expr::UnaryOp(unary) if matches!(unary.op, UnaryOp::USub | UnaryOp::UAdd) => {
            is_whole_number(&unary.operand)
        }
        _ => false,
    }
}

fn is_non_negative_number(expr: &Expr) -> bool {
    matches!(expr, Expr::NumberLiteral(literal)
        if matches!(literal.value, Number::Int(_) | Number::Float(_)))
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    match expr {
        Expr::BinOp(binop) if takes(binop, context) => {
            super::call_instead(context.source, binop, POWER, edits);
        }
        Expr::Call(call)
            if matches!(call.func.as_ref(), Expr::Name(name) if name.id.as_str() == "pow")
                && call.arguments.args.len() == 2
                && call.arguments.keywords.is_empty()
                && !call
                    .arguments
                    .args
                    .iter()
                    .any(|arg| matches!(arg, Expr::Starred(_)))
                && !is_whole_number(&call.arguments.args[1])
                && !is_non_negative_number(&call.arguments.args[0])
                && !context.bound.any(HELPER_BUILTINS) =>
        {
            edits.replace(call.func.range(), POWER);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn powers_that_could_be_complex_go_to_the_helper() {
        assert_eq!(
            rewritten("r = x ** 0.5\n"),
            "r = __codeact_mod__complex.power(x , 0.5)\n"
        );
        assert_eq!(
            rewritten("r = pow(x, y)\n"),
            "r = __codeact_mod__complex.power(x, y)\n"
        );
    }

    #[test]
    fn whole_exponents_and_non_negative_bases_stay() {
        for code in [
            "r = x ** 2\n",
            "r = x ** -1\n",
            "r = x ** 2.0\n",
            "r = 2 ** n\n",
            "r = 1.05 ** years\n",
            "r = pow(x, 3)\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
