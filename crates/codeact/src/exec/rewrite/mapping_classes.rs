//! `dict(m)` of an `OrderedDict` or a `ChainMap`, which the sandbox's
//! `collections` writes as classes: monty's `dict()` takes such an object
//! for an iterable of pairs, where CPython copies a mapping by its keys. In
//! a session that names either class, `dict(x)` goes through the module,
//! which copies those two and calls `dict` for anything else; and
//! `reversed(x)`, which monty refuses for an `OrderedDict` (its
//! `reversed` calls no method of a class).

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Name(function) = call.func.as_ref() else {
        return;
    };
    let name = function.id.as_str();
    if !matches!(name, "dict" | "reversed")
        || !context.facts.mapping_classes
        || context.bound.any(&[name, "type"])
        || call.arguments.args.len() != 1
        || !call.arguments.keywords.is_empty() && name == "reversed"
        || matches!(call.arguments.args[0], Expr::Starred(_))
    {
        return;
    }
    edits.replace(
        function.range(),
        format!("__codeact_mod_collections.{name}_of"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn dict_of_a_mapping_class_copies_by_keys() {
        assert_eq!(
            rewritten("cm = ChainMap({})\nd = dict(cm)\n")
                .lines()
                .last(),
            Some("d = __codeact_mod_collections.dict_of(cm)")
        );
        for code in [
            "d = dict(cm)\n",
            "from collections import OrderedDict\nd = dict(a=1)\n",
        ] {
            assert_eq!(rewritten(code).lines().last(), code.lines().last());
        }
    }
}
