//! Attributes of builtin and sandbox-module values that monty 0.0.23
//! lacks or answers differently: `Pattern.groupindex` and `Pattern.flags`
//! (monty's leaves out re.UNICODE), `slice.indices` and `ChainMap.parents`
//! (the sandbox's ChainMap cannot have properties); `Pattern.groups` is
//! the `_bound` module's (see `bound_methods`). `x.groupindex` becomes
//! `__codeact_mod__sandbox.attribute(x, "groupindex")`, which answers for
//! those types and reads any other object's attribute as written.

use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

/// The attributes bridged.
const NAMES: &[&str] = &["groupindex", "flags", "indices", "parents"];

/// Builtins the helper calls, which a binding of the block would hide.
const HELPER_BUILTINS: &[&str] = &["type", "getattr", "hasattr", "slice", "dict", "int"];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    let name = attribute.attr.id.as_str();
    if !NAMES.contains(&name)
        || !attribute.ctx.is_load()
        // The class rewrite reads the code's own properties of the name.
        || context.facts.properties.contains(name)
        || context.bound.any(HELPER_BUILTINS)
    {
        return;
    }
    let Some(q) = context.literal_quote else {
        return;
    };
    let Some(dot) = super::attribute_dot(context.source, attribute) else {
        return;
    };
    edits.open(attribute.range(), "__codeact_mod__sandbox.attribute(");
    edits.replace(
        TextRange::new(dot, attribute.end()),
        format!(", {q}{name}{q})"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn the_attributes_go_through_the_sandbox_module() {
        assert_eq!(
            rewritten("print(p.groupindex, s.indices(4))"),
            "print(__codeact_mod__sandbox.attribute(p, \"groupindex\"), __codeact_mod__sandbox.attribute(s, \"indices\")(4))"
        );
        for code in ["p.parents = []", "print(p.pattern)"] {
            assert_eq!(rewritten(code), code);
        }
    }
}
