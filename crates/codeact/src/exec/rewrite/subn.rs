//! `re.subn`, which monty 0.0.23's `re` lacks: `re.sub` gives the text and
//! `re.finditer` the matches it replaced, capped at `count` (none when it
//! is negative), both monty's own, so they agree on what a match is.
//!
//! The sandbox module's `subn_of(re)` picks the function at run time: the
//! object's own `subn` where it has one (anything the user bound to `re`,
//! or a monty that grows it), the bridge only for monty's `re` module.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const SUBN: &str = "__codeact_mod__sandbox.subn_of(re)";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    if attribute.attr.id.as_str() != "subn"
        || !matches!(attribute.value.as_ref(), Expr::Name(owner) if owner.id.as_str() == "re")
        // Builtins `subn_of` calls, which a binding of the block would hide.
        || context
            .bound
            .any(&["hasattr", "repr", "len", "list", "min", "int"])
    {
        return;
    }
    edits.replace(attribute.range(), SUBN);
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn subn_goes_through_the_sandbox_module() {
        assert_eq!(
            rewritten("t, n = re.subn('a', 'b', s)"),
            format!("t, n = {}('a', 'b', s)", super::SUBN)
        );
        for code in ["p.subn('a', s)", "len = 1\nre.subn('a', 'b', s)"] {
            assert_eq!(rewritten(code), code);
        }
    }
}
