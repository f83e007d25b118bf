//! `|`, `&`, `^` and `-` (and their in-place forms) where the operands may
//! be sets or dicts. monty 0.0.23 refuses `|` on dicts, and the sets it
//! makes iterate in insertion order where CPython's follow their hash
//! table: the `_sets` module merges dicts, applies the operator itself to
//! anything else, and for sets records the table CPython would build for
//! the result, so the result prints and iterates in CPython's order.
//!
//! An operand that is a number shows the operator is arithmetic (for `-`,
//! also a call of a numeric builtin or an arithmetic expression), and the
//! in-place forms are rewritten only with a plain name as their target (a
//! subscript or an attribute would be evaluated twice). With a class of the
//! session defining the operator, the operators rewrite takes it.

use ruff_python_ast::{Expr, Operator, Stmt, UnaryOp};
use ruff_text_size::Ranged;

use super::edits::Edits;
use super::{Context, operator_at};

const MODULE: &str = "__codeact_mod__sets";

/// Builtins the helpers call, which a binding of the block would hide.
const HELPER_BUILTINS: &[&str] = &[
    "type",
    "dict",
    "set",
    "frozenset",
    "len",
    "list",
    "id",
    "all",
    "range",
    "int",
    "abs",
    "repr",
];

/// Calls whose value is a number.
const NUMERIC_CALLS: &[&str] = &[
    "len", "int", "float", "abs", "round", "sum", "ord", "min", "max", "pow", "hash",
];

/// The helper of `op` in the module, its in-place helper and its token,
/// with the special methods of the session's classes that take it over.
fn helpers(op: Operator) -> Option<(&'static str, &'static str, &'static str, [&'static str; 3])> {
    Some(match op {
        Operator::BitOr => (
            "union",
            "union_in_place",
            "|",
            ["__or__", "__ror__", "__ior__"],
        ),
        Operator::BitAnd => (
            "intersection",
            "intersection_update",
            "&",
            ["__and__", "__rand__", "__iand__"],
        ),
        Operator::BitXor => (
            "symmetric_difference",
            "symmetric_difference_update",
            "^",
            ["__xor__", "__rxor__", "__ixor__"],
        ),
        Operator::Sub => (
            "difference",
            "difference_update",
            "-",
            ["__sub__", "__rsub__", "__isub__"],
        ),
        _ => return None,
    })
}

fn is_number(expr: &Expr) -> bool {
    match expr {
        Expr::NumberLiteral(_) | Expr::BooleanLiteral(_) => true,
        Expr::UnaryOp(unary) => unary.op != UnaryOp::Not,
        _ => false,
    }
}

/// Whether `expr` is plainly a number, for `-`, which code mostly uses on
/// numbers: a literal, a numeric call, arithmetic other than set operators.
fn is_arithmetic(expr: &Expr) -> bool {
    match expr {
        Expr::Call(call) => matches!(call.func.as_ref(),
            Expr::Name(name) if NUMERIC_CALLS.contains(&name.id.as_str())),
        Expr::BinOp(binop) => !matches!(
            binop.op,
            Operator::BitOr | Operator::BitAnd | Operator::BitXor | Operator::Sub
        ),
        _ => is_number(expr),
    }
}

fn applies(
    op: Operator,
    operands: [&Expr; 2],
    context: &Context<'_>,
) -> Option<(&'static str, &'static str, &'static str)> {
    let (helper, in_place, token, dunders) = helpers(op)?;
    let numeric = if op == Operator::Sub {
        operands.iter().any(|operand| is_arithmetic(operand))
    } else {
        operands.iter().any(|operand| is_number(operand))
    };
    // Without a set in the session only dicts need `|`.
    let sets_or_dicts = op == Operator::BitOr || context.facts.sets;
    if numeric
        || !sets_or_dicts
        || context.bound.any(HELPER_BUILTINS)
        || dunders.iter().any(|d| context.facts.operators.contains(*d))
    {
        return None;
    }
    Some((helper, in_place, token))
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::BinOp(binop) = expr else {
        return;
    };
    let Some((helper, _, token)) = applies(binop.op, [&binop.left, &binop.right], context) else {
        return;
    };
    let Some(operator) = operator_at(context.source, binop.left.end(), binop.right.start(), token)
    else {
        return;
    };
    edits.open(binop.range(), format!("{MODULE}.{helper}("));
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
    let Some((_, in_place, token)) = applies(assign.op, [&assign.target, &assign.value], context)
    else {
        return;
    };
    let Some(operator) = operator_at(
        context.source,
        target.end(),
        assign.value.start(),
        &format!("{token}="),
    ) else {
        return;
    };
    let name = target.id.as_str();
    edits.replace(operator, format!("= {MODULE}.{in_place}({name},"));
    edits.close(assign.value.range(), ")");
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;
    use super::MODULE;

    #[test]
    fn set_and_dict_operators_go_through_the_sets_module() {
        assert_eq!(
            rewritten("merged = defaults | overrides"),
            format!("merged = {MODULE}.union(defaults , overrides)")
        );
        assert_eq!(
            rewritten("m = a | b | c"),
            format!("m = {MODULE}.union({MODULE}.union(a , b) , c)")
        );
        assert_eq!(
            rewritten("config |= extra"),
            format!("config = {MODULE}.union_in_place(config, extra)")
        );
        assert_eq!(
            rewritten("s = set()\ncommon = a & b\nrest = a - b\nodd = a ^ b\n"),
            format!(
                "s = set()\ncommon = {MODULE}.intersection(a , b)\nrest = {MODULE}.difference(a , b)\nodd = {MODULE}.symmetric_difference(a , b)\n"
            )
        );
        assert_eq!(
            rewritten("s = {1, 2}\nseen -= done\n"),
            format!("s = {{1, 2}}\nseen = {MODULE}.difference_update(seen, done)\n")
        );
        // Without a set in the session, only `|` (for dicts) is rewritten.
        assert_eq!(rewritten("rest = a - b\n"), "rest = a - b\n");
    }

    #[test]
    fn arithmetic_and_targets_evaluated_twice_stay() {
        for code in [
            "flags = flags | 4",
            "x = 1 | y",
            "d[k] |= extra",
            "flags |= 2",
            "dict = 1\nm = a | b",
            "n = len(xs) - 1",
            "gap = (a * 2) - b",
            "s = set()\ncount -= 1",
            "s = set()\nmask = x & 0xFF",
            "s = set()\nn = len(xs) - 1",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
