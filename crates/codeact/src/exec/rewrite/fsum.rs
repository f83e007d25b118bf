//! `math.fsum`, which monty 0.0.23's `math` lacks, written in the sandbox's
//! Python module (Shewchuk's exact partials, rounded once, as CPython 3.11
//! does; its results were compared bit for bit with CPython's).
//!
//! The module's `fsum_of(math)` picks the function at run time: the
//! object's own `fsum` where it has one (anything the user bound to
//! `math`, or a monty that grows it), the bridge only for monty's `math`.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const FSUM: &str = "__codeact_mod__sandbox.fsum_of(math)";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    if attribute.attr.id.as_str() != "fsum"
        // CPython's takes one positional argument; other calls keep monty's error.
        || call.arguments.args.len() != 1
        || !call.arguments.keywords.is_empty()
        || matches!(call.arguments.args.first(), Some(Expr::Starred(_)))
        || !matches!(attribute.value.as_ref(), Expr::Name(owner) if owner.id.as_str() == "math")
        // Builtins the helper calls, which a binding of the block would hide.
        || context.bound.any(&[
            "hasattr",
            "repr",
            "isinstance",
            "float",
            "int",
            "abs",
            "len",
            "type",
        ])
    {
        return;
    }
    edits.replace(attribute.range(), FSUM);
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn fsum_goes_through_the_sandbox_module() {
        assert_eq!(
            rewritten("t = math.fsum(xs)"),
            format!("t = {}(xs)", super::FSUM)
        );
        for code in [
            "math.fsum(n, 2)",
            "math.fsum(x=n)",
            "math.fsum(*n)",
            "f = math.fsum",
            "m.fsum(xs)",
            "abs = 1\nmath.fsum(xs)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
