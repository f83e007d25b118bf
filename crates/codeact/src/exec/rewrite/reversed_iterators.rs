//! `reversed(x)`, which monty 0.0.23 makes a new list: CPython's is an
//! iterator, used up by the first walk (`it = reversed(xs); list(it);
//! list(it)` prints `[]` the second time) and taken by `next()`. The call
//! becomes `iter(reversed(x))`, except where what receives it walks it
//! once and only once, which a list does just as well: the iterable of a
//! `for` or a comprehension, and the argument of a builtin that consumes
//! its argument (`list`, `sorted`, `"".join`...).

use ruff_python_ast::{Expr, ExprCall, Stmt};
use ruff_text_size::{Ranged, TextSize};

/// An expression's start and end (`TextRange` has no order to keep a set by).
pub(super) type Span = (TextSize, TextSize);

fn span(node: &impl Ranged) -> Span {
    (node.start(), node.end())
}

use super::Context;
use super::edits::Edits;

/// Builtins whose one argument is walked once, at the call.
const CONSUMERS: &[&str] = &[
    "list",
    "tuple",
    "sorted",
    "set",
    "frozenset",
    "dict",
    "sum",
    "min",
    "max",
    "any",
    "all",
];

/// The iterable of `stmt` when it is a `for` loop.
pub(super) fn walked_by_stmt(stmt: &Stmt) -> Option<Span> {
    match stmt {
        Stmt::For(for_) => Some(span(&*for_.iter)),
        _ => None,
    }
}

/// The expressions that `expr` walks once as it runs: the iterables of a
/// comprehension, the argument of a consuming builtin.
pub(super) fn walked_by_expr(expr: &Expr, context: &Context<'_>) -> Vec<Span> {
    let generators = match expr {
        Expr::ListComp(comp) => &comp.generators,
        Expr::SetComp(comp) => &comp.generators,
        Expr::DictComp(comp) => &comp.generators,
        Expr::Generator(comp) => &comp.generators,
        Expr::Call(call) => return consumed_argument(call, context).into_iter().collect(),
        _ => return Vec::new(),
    };
    generators.iter().map(|g| span(&g.iter)).collect()
}

fn consumed_argument(call: &ExprCall, context: &Context<'_>) -> Option<Span> {
    let [argument] = call.arguments.args.as_ref() else {
        return None;
    };
    let consumes = match call.func.as_ref() {
        Expr::Name(name) => {
            let id = name.id.as_str();
            CONSUMERS.contains(&id) && !context.bound.any(&[id])
        }
        Expr::Attribute(attribute) => {
            attribute.attr.id.as_str() == "join"
                && matches!(attribute.value.as_ref(), Expr::StringLiteral(_))
        }
        _ => false,
    };
    consumes.then(|| span(argument))
}

/// Whether `expr` is one of `walked`.
pub(super) fn is_walked(expr: &Expr, walked: &std::collections::BTreeSet<Span>) -> bool {
    walked.contains(&span(expr))
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Name(name) = call.func.as_ref() else {
        return;
    };
    if name.id.as_str() != "reversed"
        || call.arguments.args.len() != 1
        || !call.arguments.keywords.is_empty()
        || context.bound.any(&["reversed", "iter"])
    {
        return;
    }
    // With a class of the session defining `__reversed__`, or `__len__`
    // and `__getitem__` (which CPython walks backwards), the module's
    // `reversed_` asks the object (an iterator either way).
    // (With OrderedDict or ChainMap in the session, `mapping_classes`
    // takes the name, and its helper asks the module.)
    let facts = context.facts;
    if !facts.mapping_classes
        && (facts.reversible
            || (facts.operators.contains("__len__") && facts.operators.contains("__getitem__")))
    {
        edits.replace(name.range(), "__codeact_mod__classes.reversed_");
        return;
    }
    if context.walked_once {
        return;
    }
    edits.open(call.range(), "iter(");
    edits.close(call.range(), ")");
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_reversed_that_may_be_walked_twice_is_an_iterator() {
        assert_eq!(
            rewritten("it = reversed(xs)\n"),
            "it = iter(reversed(xs))\n"
        );
        assert_eq!(
            rewritten("print(next(reversed(s)))\n"),
            "print(next(iter(reversed(s))))\n"
        );
        for code in [
            "for x in reversed(xs):\n    pass\n",
            "ys = [x for x in reversed(xs)]\n",
            "ys = list(reversed(xs))\n",
            "s = ''.join(reversed(t))\n",
            "def reversed(x):\n    return x\nit = reversed(xs)\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
        // A user's `list` may keep its argument: the iterator stays.
        assert_eq!(
            rewritten("def list(x):\n    return x\nit = list(reversed(xs))\n")
                .lines()
                .last(),
            Some("it = list(iter(reversed(xs)))")
        );
    }
}
