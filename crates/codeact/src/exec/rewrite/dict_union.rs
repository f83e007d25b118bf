//! `a | b` and `a |= b` on dicts, which monty 0.0.23 refuses: the sandbox's
//! Python module merges two dicts (`|`: a new dict, `|=`: the left one
//! updated in place) and applies `|` itself to anything else, so sets,
//! ints and the rest behave as written.
//!
//! An operand that is a number literal shows the `|` is not a dict's, and
//! `|=` is rewritten only with a plain name as its target (a subscript or
//! an attribute would be evaluated twice).

use ruff_python_ast::{Expr, Operator, Stmt};
use ruff_text_size::Ranged;

use super::edits::Edits;
use super::{Context, operator_at};

const OR_OPEN: &str = "__codeact_mod__sandbox.union(";
const OR_IN_PLACE_OPEN: &str = "__codeact_mod__sandbox.union_in_place(";

/// Builtins the helpers call, which a binding of the block would hide.
const HELPER_BUILTINS: &[&str] = &["type", "dict"];

fn is_number(expr: &Expr) -> bool {
    matches!(expr, Expr::NumberLiteral(_) | Expr::BooleanLiteral(_))
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::BinOp(binop) = expr else {
        return;
    };
    // With a class of the session defining `|`, the operators rewrite
    // takes it (its helper merges dicts the same way).
    if binop.op != Operator::BitOr
        || is_number(&binop.left)
        || is_number(&binop.right)
        || context.bound.any(HELPER_BUILTINS)
        || context.facts.operators.contains("__or__")
        || context.facts.operators.contains("__ror__")
    {
        return;
    }
    let Some(operator) = operator_at(context.source, binop.left.end(), binop.right.start(), "|")
    else {
        return;
    };
    edits.open(binop.range(), OR_OPEN);
    edits.replace(operator, ",");
    edits.close(binop.range(), ")");
}

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    let Stmt::AugAssign(assign) = stmt else {
        return;
    };
    let Expr::Name(target) = assign.target.as_ref() else {
        return;
    };
    if assign.op != Operator::BitOr
        || is_number(&assign.value)
        || context.bound.any(HELPER_BUILTINS)
    {
        return;
    }
    let Some(operator) = operator_at(context.source, target.end(), assign.value.start(), "|=")
    else {
        return;
    };
    let name = target.id.as_str();
    edits.replace(operator, format!("= {OR_IN_PLACE_OPEN}{name},"));
    edits.close(assign.value.range(), ")");
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn unions_go_through_the_sandbox_module() {
        assert_eq!(
            rewritten("merged = defaults | overrides"),
            format!("merged = {}defaults , overrides)", super::OR_OPEN)
        );
        assert_eq!(
            rewritten("m = a | b | c"),
            format!("m = {0}{0}a , b) , c)", super::OR_OPEN)
        );
        assert_eq!(
            rewritten("config |= extra"),
            format!("config = {}config, extra)", super::OR_IN_PLACE_OPEN)
        );
        for code in [
            "flags = flags | 4",
            "x = 1 | y",
            "d[k] |= extra",
            "flags |= 2",
            "dict = 1\nm = a | b",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
