//! `/`, `//`, `%` and `divmod` by zero with CPython's messages: monty
//! 0.0.23 says "division by zero" for each, where CPython 3.11 names the
//! operation and the type ("integer modulo by zero", "float division by
//! zero"...), a message agent code often prints from an `except` clause.
//!
//! A divisor written as a number other than zero is left alone. A divisor
//! that is a plain name, under a dividend no other rewrite touches, costs
//! a truth test: `a / n` becomes `(a / n if n else truediv(a, n))`, so the
//! helper runs only when `n` is falsy (the dividend is evaluated once in
//! either branch, and reading a name has no effect the order could
//! show). Any other division calls the helper, which evaluates its
//! operands in Python's order. The helpers run the operation themselves
//! and change only the message of a ZeroDivisionError between numbers,
//! except for a `timedelta` dividend, which they divide as CPython's
//! datetime does (by a timedelta, a float or zero, which monty refuses or
//! words differently); a block that mentions `timedelta` calls them for
//! every division.

use ruff_python_ast::{Expr, Number, Operator, UnaryOp};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const MODULE: &str = "__codeact_mod__division";

/// Builtins the helpers call, which a binding in the block would hide.
const HELPER_BUILTINS: &[&str] = &["type", "int", "bool", "float", "ZeroDivisionError"];

/// Special methods through which a class could take part in a division,
/// two per operator: `/`, `//`, `%`, `divmod`.
const CLASS_HOOKS: &[&str] = &[
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
];

/// Special methods through which a class could take part in the truth test
/// of a divisor: with them, every division calls the helper.
const TRUTH_HOOKS: &[&str] = &["__bool__", "__len__"];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if context.bound.any(HELPER_BUILTINS) {
        return;
    }
    // An operator a class of the session defines goes through the
    // `operators` rewrite, whose helpers end in these.
    let hooked = |hooks: &[&str]| {
        hooks
            .iter()
            .any(|hook| context.facts.operators.contains(*hook))
    };
    match expr {
        Expr::BinOp(binop) => {
            let (helper, hooks) = match binop.op {
                Operator::Div => ("truediv", &CLASS_HOOKS[0..2]),
                Operator::FloorDiv => ("floordiv", &CLASS_HOOKS[2..4]),
                // `"..." % args` is string formatting (see `percent`).
                Operator::Mod if !is_text(&binop.left) => ("mod", &CLASS_HOOKS[4..6]),
                _ => return,
            };
            if hooked(hooks) {
                return;
            }
            // monty divides a timedelta by an int, not by a float.
            let float_for_a_timedelta = context.mentions_timedelta
                && binop.op == Operator::Div
                && matches!(binop.right.as_ref(), Expr::NumberLiteral(number)
                    if matches!(number.value, Number::Float(_)));
            if (is_nonzero_number(&binop.right) && !float_for_a_timedelta) || is_text(&binop.right)
            {
                return;
            }
            // A timedelta divisor is truthy: the helper must see it.
            if let Expr::Name(divisor) = binop.right.as_ref()
                && is_untouched(&binop.left)
                && is_untouched(&binop.right)
                && !context.mentions_timedelta
                && !TRUTH_HOOKS
                    .iter()
                    .any(|hook| context.facts.operators.contains(*hook))
            {
                let dividend = &context.source[binop.left.range()];
                let divisor = divisor.id.as_str();
                edits.open(expr.range(), "(");
                edits.close(
                    expr.range(),
                    format!(" if {divisor} else {MODULE}.{helper}({dividend}, {divisor}))"),
                );
                return;
            }
            super::call_instead(context.source, binop, &format!("{MODULE}.{helper}"), edits);
        }
        Expr::Call(call) => {
            let Expr::Name(func) = call.func.as_ref() else {
                return;
            };
            if func.id.as_str() != "divmod"
                || hooked(&CLASS_HOOKS[6..8])
                || context.bound.any(&["divmod"])
                || !call.arguments.keywords.is_empty()
                || call.arguments.args.len() != 2
                || call
                    .arguments
                    .args
                    .iter()
                    .any(|a| matches!(a, Expr::Starred(_)))
                || is_nonzero_number(&call.arguments.args[1])
            {
                return;
            }
            edits.replace(func.range(), format!("{MODULE}.divmod_"));
        }
        _ => {}
    }
}

/// `x /= d`, `x //= d`, `x %= d` on a name: `x = truediv(x, d)` and so
/// on (a name is read and stored the same either way; division has no
/// in-place form of its own for numbers).
pub(super) fn on_stmt(stmt: &ruff_python_ast::Stmt, context: &Context<'_>, edits: &mut Edits) {
    let ruff_python_ast::Stmt::AugAssign(assign) = stmt else {
        return;
    };
    let Expr::Name(target) = assign.target.as_ref() else {
        return;
    };
    let (helper, hooks) = match assign.op {
        Operator::Div => ("truediv", &CLASS_HOOKS[0..2]),
        Operator::FloorDiv => ("floordiv", &CLASS_HOOKS[2..4]),
        Operator::Mod => ("mod", &CLASS_HOOKS[4..6]),
        _ => return,
    };
    if context.bound.any(HELPER_BUILTINS)
        || hooks
            .iter()
            .chain(&["__itruediv__", "__ifloordiv__", "__imod__"])
            .any(|hook| context.facts.operators.contains(*hook))
        || is_nonzero_number(&assign.value)
        || is_text(&assign.value)
    {
        return;
    }
    let name = target.id.as_str();
    edits.replace(
        ruff_text_size::TextRange::new(target.end(), assign.value.start()),
        format!(" = {MODULE}.{helper}({name}, "),
    );
    edits.close(assign.value.range(), ")");
}

/// A number literal other than zero, possibly signed.
fn is_nonzero_number(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(number) => match &number.value {
            Number::Int(int) => int.as_u64() != Some(0),
            Number::Float(float) => *float != 0.0,
            Number::Complex { .. } => true,
        },
        Expr::UnaryOp(unary) if matches!(unary.op, UnaryOp::USub | UnaryOp::UAdd) => {
            is_nonzero_number(&unary.operand)
        }
        _ => false,
    }
}

/// A string or bytes literal or an f-string.
fn is_text(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::FString(_)
    )
}

/// A dividend no rewrite edits, so that its text can be written twice: a
/// name of the user's (not a dunder such as `__name__`) or a number.
fn is_untouched(expr: &Expr) -> bool {
    match expr {
        Expr::Name(name) => !name.id.as_str().starts_with("__"),
        Expr::NumberLiteral(_) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_name_divisor_costs_a_truth_test() {
        assert_eq!(
            rewritten("y = a / n"),
            "y = (a / n if n else __codeact_mod__division.truediv(a, n))"
        );
        assert_eq!(
            rewritten("y = 10 % m"),
            "y = (10 % m if m else __codeact_mod__division.mod(10, m))"
        );
    }

    #[test]
    fn other_divisions_call_the_helper() {
        assert_eq!(
            rewritten("y = total(v) / len(v)"),
            "y = __codeact_mod__division.truediv(total(v) , len(v))"
        );
        assert_eq!(
            rewritten("y = f(a) // n"),
            "y = __codeact_mod__division.floordiv(f(a) , n)"
        );
        assert_eq!(
            rewritten("q, r = divmod(a, b)"),
            "q, r = __codeact_mod__division.divmod_(a, b)"
        );
    }

    #[test]
    fn nonzero_literals_text_and_rebound_builtins_are_left_alone() {
        for code in [
            "y = a / 2",
            "y = a // -3.5",
            "y = a % 1e3",
            "y = f'{a}' % n",
            "y = divmod(a, 7)",
            "type = 1\ny = a / n",
            "divmod = f\ny = divmod(a, b)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
