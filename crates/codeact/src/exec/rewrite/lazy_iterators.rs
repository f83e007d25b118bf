//! `enumerate`, `zip`, `map` and `filter` in sessions with generator
//! functions: monty 0.0.23 takes every value of a user iterator (the
//! sandbox's generators are one) before the first comes out, so a
//! generator's prints and tool calls ran ahead of the loop's, and an
//! endless one never ended. The call goes through the `_generator`
//! module, which hands a generator argument's values out one at a time,
//! as CPython does, and calls the builtin itself for any other arguments.
//! A name the block binds itself is left alone.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// The builtins that walk their arguments lazily in CPython.
const LAZY: &[&str] = &["enumerate", "zip", "map", "filter"];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if context.facts.generator_states.is_empty() {
        return;
    }
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Name(name) = call.func.as_ref() else {
        return;
    };
    let id = name.id.as_str();
    if LAZY.contains(&id) && !context.bound.any(&[id]) {
        edits.open(name.range(), "__codeact_mod__generator.lazy_");
    }
}
