//! `enumerate`, `zip`, `map` and `filter`, whose results monty 0.0.23
//! builds at once, as lists, where CPython's are iterators computed one
//! value at a time. That differs where the result is kept (`pairs =
//! zip(a, b)`: a second walk finds nothing in CPython, `next(it)` takes one
//! value), where `map`'s or `filter`'s function is the code's own (its
//! prints and tool calls interleave with the loop's), and where an argument
//! is a generator (whose prints run ahead of the loop's, an endless one
//! never ends).
//!
//! The call goes through the `_generator` module: `iterator_map(...)` and
//! the like always make the iterator; `lazy_map(...)` (where the result is
//! walked once, on the spot: a `for` or comprehension's iterable, a
//! consuming builtin's argument) makes it only for arguments monty would
//! walk ahead (generators, the code's iterators), and calls the builtin
//! for lists, strings, dicts and the like, which give the same values
//! either way. A `map` or `filter` whose function may be the code's own
//! always makes the iterator. A name the block binds itself is left alone.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// The builtins that walk their arguments lazily in CPython.
const LAZY: &[&str] = &["enumerate", "zip", "map", "filter"];

/// Functions `map` and `filter` may apply ahead of time: builtins that
/// change nothing and call nothing of the code's.
const PURE_FUNCTIONS: &[&str] = &[
    "str",
    "int",
    "float",
    "bool",
    "len",
    "abs",
    "repr",
    "round",
    "ord",
    "chr",
    "hex",
    "bin",
    "oct",
    "list",
    "tuple",
    "set",
    "frozenset",
    "dict",
    "sorted",
    "sum",
    "min",
    "max",
    "type",
    "hash",
    "None",
];

/// Types whose methods taken as `str.upper` call nothing of the code's.
const PURE_TYPES: &[&str] = &["str", "int", "float", "bytes"];

fn pure_function(function: Option<&Expr>, context: &Context<'_>) -> bool {
    match function {
        Some(Expr::Name(name)) => {
            PURE_FUNCTIONS.contains(&name.id.as_str()) && !context.bound.any(&[name.id.as_str()])
        }
        Some(Expr::NoneLiteral(_)) => true,
        Some(Expr::Attribute(attribute)) => matches!(attribute.value.as_ref(),
            Expr::Name(owner) if PURE_TYPES.contains(&owner.id.as_str())
                && !context.bound.any(&[owner.id.as_str()])),
        _ => false,
    }
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Name(name) = call.func.as_ref() else {
        return;
    };
    let id = name.id.as_str();
    if !LAZY.contains(&id)
        || context
            .bound
            .any(&[id, "iter", "next", "isinstance", "type"])
    {
        return;
    }
    let applies_function = id == "map" || id == "filter";
    let always = !context.walked_once
        || (applies_function && !pure_function(call.arguments.args.first(), context));
    if always {
        edits.open(name.range(), "__codeact_mod__generator.iterator_");
    } else if !context.facts.generator_states.is_empty()
        || call
            .arguments
            .args
            .iter()
            .any(|arg| matches!(arg, Expr::Generator(_)))
    {
        edits.open(name.range(), "__codeact_mod__generator.lazy_");
    }
}
