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

/// Converts `operand` when its syntax shows it is a bool, or it is a name
/// the session binds to one (see [`update_names`]).
fn convert_operand(operand: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if let Expr::Name(name) = operand
        && context.facts.bool_names.contains(name.id.as_str())
    {
        let id = name.id.as_str();
        edits.replace(
            name.range(),
            format!("(1 if {id} is True else 0 if {id} is False else {id})"),
        );
        return;
    }
    wrap_if_bool(operand, edits);
}

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    if let Stmt::AugAssign(aug) = stmt
        && matches!(aug.op, Operator::Add | Operator::Sub)
    {
        convert_operand(&aug.value, context, edits);
    }
}

/// Builtins that return a bool.
const BOOL_BUILTINS: &[&str] = &[
    "bool",
    "isinstance",
    "issubclass",
    "any",
    "all",
    "callable",
    "hasattr",
];

/// Whether a value bound to a name may be a bool by its syntax.
fn binds_bool(value: &Expr, bound: &super::names::BoundNames) -> bool {
    boolness(value).is_some()
        || matches!(value, Expr::Call(call) if matches!(call.func.as_ref(),
            Expr::Name(name) if BOOL_BUILTINS.contains(&name.id.as_str()) && !bound.any(&[name.id.as_str()])))
}

/// Whether `value` holds nothing but values that may be bools.
fn holds_bools(value: &Expr, bound: &super::names::BoundNames) -> bool {
    match value {
        Expr::List(list) => !list.elts.is_empty() && list.elts.iter().all(|e| binds_bool(e, bound)),
        Expr::Tuple(tuple) => {
            !tuple.elts.is_empty() && tuple.elts.iter().all(|e| binds_bool(e, bound))
        }
        Expr::ListComp(comp) => binds_bool(&comp.elt, bound),
        _ => false,
    }
}

/// Adds to `names` the names `suite` binds to a value that may be a bool
/// (`ok = x > 3`, `seen = False`, `for flag in [a > 1, b > 2]`), which
/// `+` and `-` then convert when they are one at run time; `lists` gets the
/// names of lists of them, whose loop targets are such names.
pub(super) fn update_names(
    suite: &[Stmt],
    bound: &super::names::BoundNames,
    names: &mut std::collections::BTreeSet<String>,
    lists: &mut std::collections::BTreeSet<String>,
) {
    struct Finder<'n> {
        bound: &'n super::names::BoundNames,
        names: &'n mut std::collections::BTreeSet<String>,
        lists: &'n mut std::collections::BTreeSet<String>,
    }
    impl<'a> ruff_python_ast::visitor::Visitor<'a> for Finder<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            let (targets, value) = super::names::assignment(stmt);
            if let Some(value) = value {
                for target in targets {
                    if let Expr::Name(name) = target {
                        let item_of_bools = matches!(value, Expr::Subscript(item)
                            if matches!(item.value.as_ref(), Expr::Name(list) if self.lists.contains(list.id.as_str())));
                        if binds_bool(value, self.bound) || item_of_bools {
                            self.names.insert(name.id.to_string());
                        } else if holds_bools(value, self.bound) {
                            self.lists.insert(name.id.to_string());
                        }
                    }
                }
            }
            if let Stmt::For(for_stmt) = stmt
                && let Expr::Name(target) = for_stmt.target.as_ref()
                && (holds_bools(&for_stmt.iter, self.bound)
                    || matches!(for_stmt.iter.as_ref(), Expr::Name(list) if self.lists.contains(list.id.as_str())))
            {
                self.names.insert(target.id.to_string());
            }
            ruff_python_ast::visitor::walk_stmt(self, stmt);
        }
    }
    let mut finder = Finder {
        bound,
        names,
        lists,
    };
    for stmt in suite {
        ruff_python_ast::visitor::Visitor::visit_stmt(&mut finder, stmt);
    }
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    match expr {
        Expr::BinOp(bin) if matches!(bin.op, Operator::Add | Operator::Sub) => {
            convert_operand(&bin.left, context, edits);
            convert_operand(&bin.right, context, edits);
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
    fn names_bound_to_booleans_are_converted_in_plus_and_minus() {
        assert_eq!(
            rewritten("ok = x > 3\nn = total + ok"),
            "ok = x > 3\nn = total + (1 if ok is True else 0 if ok is False else ok)"
        );
        assert_eq!(
            rewritten("flags = [a > 1, True]\nfor f in flags:\n    n += f"),
            "flags = [a > 1, True]\nfor f in flags:\n    n += (1 if f is True else 0 if f is False else f)"
        );
        assert_eq!(
            rewritten("seen = isinstance(v, int)\nprint(seen - 1, seen * 2)"),
            "seen = isinstance(v, int)\nprint((1 if seen is True else 0 if seen is False else seen) - 1, seen * 2)"
        );
        assert_eq!(
            rewritten("fs = [True, False]\na = fs[0]\nb = 3 + a"),
            "fs = [True, False]\na = fs[0]\nb = 3 + (1 if a is True else 0 if a is False else a)"
        );
        assert_eq!(rewritten("n = 3\nm = n + 1"), "n = 3\nm = n + 1");
    }

    #[test]
    fn nested_rewrites_nest() {
        assert_eq!(
            rewritten("sum((a > 0) + (b > 0) for a, b in p)"),
            "sum(((1 if (a > 0) else 0)) + ((1 if (b > 0) else 0)) for a, b in p)"
        );
    }
}
