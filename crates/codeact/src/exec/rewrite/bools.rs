//! `bool` in `+` and `-`: monty 0.0.23 refuses `True + 1`, `1 - (a > b)`,
//! `n += c in vowels` and `sum` over booleans, which CPython computes as
//! ints (`*`, `/`, `**` and unary minus already work).
//!
//! Only operands that are booleans by their syntax are converted (a
//! comparison, `in`, `not`, `True`/`False`), so code without them pays
//! nothing; `bool + int` is `int(bool) + int` in CPython, so the
//! conversion is exact. `==` and `!=` may return anything from a user's
//! `__eq__`, so their result is converted only when it is a bool. `sum` can
//! meet booleans it cannot see (`sum(results)`): its elements are converted
//! one by one, unless the syntax shows they are not booleans.

use ruff_python_ast::{BoolOp, CmpOp, Expr, Operator, Stmt, UnaryOp};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// Turns a value known to be a bool into 0 or 1.
const ALWAYS_OPEN: &str = "(1 if (";
const ALWAYS_CLOSE: &str = ") else 0)";
/// Turns a value that may be a bool into 0 or 1, and leaves anything else.
const MAYBE_OPEN: &str = "(lambda __codeact_b: 1 if __codeact_b is True else 0 if __codeact_b is False else __codeact_b)(";
const MAYBE_CLOSE: &str = ")";
/// Converts every element of an iterable that is a bool.
const EACH_OPEN: &str = "(1 if __codeact_v is True else 0 if __codeact_v is False else __codeact_v for __codeact_v in (";
const EACH_CLOSE: &str = "))";

/// Builtins whose result is never a bool.
const NUMERIC_BUILTINS: &[&str] = &["len", "int", "float", "abs", "round", "ord", "range"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Boolness {
    /// Always a bool when it has a value.
    Always,
    /// A bool unless a user's `__eq__` returns something else.
    Maybe,
}

fn boolness(expr: &Expr) -> Option<Boolness> {
    match expr {
        Expr::BooleanLiteral(_) => Some(Boolness::Always),
        Expr::UnaryOp(unary) if unary.op == UnaryOp::Not => Some(Boolness::Always),
        Expr::Compare(compare) => Some(
            if compare
                .ops
                .iter()
                .any(|op| matches!(op, CmpOp::Eq | CmpOp::NotEq))
            {
                Boolness::Maybe
            } else {
                Boolness::Always
            },
        ),
        Expr::BoolOp(bool_op) if matches!(bool_op.op, BoolOp::And | BoolOp::Or) => {
            combine(bool_op.values.iter().map(boolness))
        }
        Expr::If(if_exp) => combine([boolness(&if_exp.body), boolness(&if_exp.orelse)].into_iter()),
        _ => None,
    }
}

fn combine(mut kinds: impl Iterator<Item = Option<Boolness>>) -> Option<Boolness> {
    kinds.try_fold(Boolness::Always, |acc, kind| match (acc, kind?) {
        (Boolness::Always, Boolness::Always) => Some(Boolness::Always),
        _ => Some(Boolness::Maybe),
    })
}

/// Whether the syntax shows `expr` is never a bool.
fn never_bool(expr: &Expr, context: &Context<'_>) -> bool {
    match expr {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::FString(_)
        | Expr::BytesLiteral(_)
        | Expr::List(_)
        | Expr::Tuple(_)
        | Expr::Dict(_)
        | Expr::Set(_)
        | Expr::ListComp(_)
        | Expr::SetComp(_)
        | Expr::DictComp(_) => true,
        Expr::BinOp(bin) => !matches!(
            bin.op,
            Operator::BitAnd | Operator::BitOr | Operator::BitXor
        ),
        Expr::UnaryOp(unary) => unary.op != UnaryOp::Not,
        Expr::Call(call) => matches!(
            call.func.as_ref(),
            Expr::Name(name) if NUMERIC_BUILTINS.contains(&name.id.as_str()) && !context.bound.any(&[name.id.as_str()])
        ),
        _ => false,
    }
}

fn wrap(expr: &Expr, kind: Boolness, edits: &mut Edits) {
    match kind {
        Boolness::Always => {
            edits.open(expr.range(), ALWAYS_OPEN);
            edits.close(expr.range(), ALWAYS_CLOSE);
        }
        Boolness::Maybe => {
            edits.open(expr.range(), MAYBE_OPEN);
            edits.close(expr.range(), MAYBE_CLOSE);
        }
    }
}

fn wrap_if_bool(expr: &Expr, edits: &mut Edits) {
    if let Some(kind) = boolness(expr) {
        wrap(expr, kind, edits);
    }
}

pub(super) fn on_stmt(stmt: &Stmt, _context: &Context<'_>, edits: &mut Edits) {
    if let Stmt::AugAssign(aug) = stmt
        && matches!(aug.op, Operator::Add | Operator::Sub)
    {
        wrap_if_bool(&aug.value, edits);
    }
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    match expr {
        Expr::BinOp(bin) if matches!(bin.op, Operator::Add | Operator::Sub) => {
            wrap_if_bool(&bin.left, edits);
            wrap_if_bool(&bin.right, edits);
        }
        Expr::Call(call) => {
            let Expr::Name(func) = call.func.as_ref() else {
                return;
            };
            if func.id.as_str() != "sum" || context.bound.any(&["sum"]) {
                return;
            }
            let args = &call.arguments;
            let keywords_ok = args.keywords.iter().all(|keyword| {
                keyword
                    .arg
                    .as_ref()
                    .is_some_and(|arg| arg.id.as_str() == "start")
            });
            let count = args.args.len() + args.keywords.len();
            if !(1..=2).contains(&count) || !keywords_ok || args.args.is_empty() {
                return;
            }
            if args.args.iter().any(|arg| matches!(arg, Expr::Starred(_))) {
                return;
            }
            convert_elements(&args.args[0], context, edits);
        }
        _ => {}
    }
}

/// Makes the elements `sum` adds up ints where they may be bools.
fn convert_elements(iterable: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let elements: Vec<&Expr> = match iterable {
        Expr::Generator(generator) => vec![&generator.elt],
        Expr::ListComp(comp) => vec![&comp.elt],
        Expr::SetComp(comp) => vec![&comp.elt],
        Expr::List(list) => list.elts.iter().collect(),
        Expr::Tuple(tuple) => tuple.elts.iter().collect(),
        Expr::Set(set) => set.elts.iter().collect(),
        other if never_bool(other, context) => return,
        Expr::Call(call) if matches!(call.func.as_ref(), Expr::Name(name) if name.id.as_str() == "range" && !context.bound.any(&["range"])) =>
        {
            return;
        }
        _ => Vec::new(),
    };
    let known = !elements.is_empty()
        && elements.iter().all(|element| {
            !matches!(element, Expr::Starred(_))
                && (boolness(element).is_some() || never_bool(element, context))
        });
    if known {
        for element in elements {
            wrap_if_bool(element, edits);
        }
    } else {
        edits.open(iterable.range(), EACH_OPEN);
        edits.close(iterable.range(), EACH_CLOSE);
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn boolean_operands_of_plus_and_minus_become_ints() {
        assert_eq!(rewritten("n = 1 + True"), "n = 1 + (1 if (True) else 0)");
        assert_eq!(
            rewritten("n += c in vowels"),
            "n += (1 if (c in vowels) else 0)"
        );
        assert_eq!(
            rewritten("m = 12 - (d >= s)"),
            "m = 12 - ((1 if (d >= s) else 0))"
        );
        assert_eq!(
            rewritten("v += e == 'view'"),
            "v += (lambda __codeact_b: 1 if __codeact_b is True else 0 if __codeact_b is False else __codeact_b)(e == 'view')"
        );
    }

    #[test]
    fn code_without_boolean_operands_is_untouched() {
        for code in [
            "n = a + b",
            "n += 1",
            "s = x * (a > b)",
            "t = sum(x * 2 for x in xs)",
            "t = sum(range(10))",
            "t = sum([1, 2.5])",
            "def sum(x): return 0\nt = sum(flags)",
            "t = sum(*parts)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }

    #[test]
    fn sum_converts_its_elements() {
        assert_eq!(
            rewritten("sum(t > m for t in ts)"),
            "sum((1 if (t > m) else 0) for t in ts)"
        );
        assert_eq!(
            rewritten("sum(ok for _, ok in d)"),
            "sum((1 if __codeact_v is True else 0 if __codeact_v is False else __codeact_v for __codeact_v in (ok for _, ok in d)))"
        );
        assert_eq!(
            rewritten("sum(results, 10)"),
            "sum((1 if __codeact_v is True else 0 if __codeact_v is False else __codeact_v for __codeact_v in (results)), 10)"
        );
        assert_eq!(
            rewritten("sum([True, 2, x < 1])"),
            "sum([(1 if (True) else 0), 2, (1 if (x < 1) else 0)])"
        );
    }

    #[test]
    fn nested_rewrites_nest() {
        assert_eq!(
            rewritten("sum((a > 0) + (b > 0) for a, b in p)"),
            "sum(((1 if (a > 0) else 0)) + ((1 if (b > 0) else 0)) for a, b in p)"
        );
    }
}
