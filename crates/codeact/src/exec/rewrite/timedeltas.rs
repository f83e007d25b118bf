//! `timedelta(hours=1.5)` and `a_timedelta * 1.5`, which monty 0.0.23
//! refuses for a float. In a block that mentions `timedelta`, a
//! `timedelta(...)` call with an argument other than an int literal, and a
//! `*` with no int literal operand, go through the sandbox's `_division`
//! module: CPython's arithmetic on whole microseconds for timedeltas, the
//! call or operator itself for anything else.

use ruff_python_ast::{Expr, Number, Operator, UnaryOp};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::edits::Edits;

const MODULE: &str = "__codeact_mod__division";

fn int_literal(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(number) => matches!(number.value, Number::Int(_)),
        Expr::UnaryOp(unary) => {
            matches!(unary.op, UnaryOp::USub | UnaryOp::UAdd) && int_literal(&unary.operand)
        }
        _ => false,
    }
}

fn is_timedelta(func: &Expr) -> bool {
    match func {
        Expr::Name(name) => name.id.as_str() == "timedelta",
        Expr::Attribute(attribute) => attribute.attr.id.as_str() == "timedelta",
        _ => false,
    }
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if !context.mentions_timedelta
        || context
            .bound
            .any(&["type", "int", "float", "all", "abs", "divmod", "zip"])
    {
        return;
    }
    match expr {
        Expr::Call(call) if is_timedelta(&call.func) => {
            let arguments = &call.arguments;
            let all_ints = arguments.args.iter().all(int_literal)
                && arguments
                    .keywords
                    .iter()
                    .all(|k| k.arg.is_some() && int_literal(&k.value));
            if all_ints {
                return;
            }
            let open = arguments.start();
            // `timedelta(...)` becomes `timedelta_of(timedelta, ...)`.
            edits.open(call.func.range(), format!("{MODULE}.timedelta_of("));
            let separator = if arguments.is_empty() { "" } else { ", " };
            edits.replace(TextRange::at(open, TextSize::new(1)), separator);
        }
        Expr::BinOp(binop)
            if binop.op == Operator::Mult
                && !int_literal(&binop.left)
                && !int_literal(&binop.right)
                && !context.facts.operators.contains("__mul__")
                && !context.facts.operators.contains("__rmul__") =>
        {
            super::call_instead(context.source, binop, &format!("{MODULE}.mul"), edits);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn float_timedeltas_go_through_the_module() {
        assert_eq!(
            rewritten("d = timedelta(hours=1.5)\ne = d * 0.5\nf = timedelta(days=2)\ng = d * 3\n"),
            "d = __codeact_mod__division.timedelta_of(timedelta, hours=1.5)\ne = __codeact_mod__division.mul(d , 0.5)\nf = timedelta(days=2)\ng = d * 3\n"
        );
        assert_eq!(rewritten("x = a * 1.5\n"), "x = a * 1.5\n");
    }
}
