//! `math.isqrt(n)` of ints past 64 bits, which monty 0.0.23's refuses as
//! not an integer. The sandbox module's `isqrt_of(math)` picks the function
//! at run time: the object's own `isqrt` for anything but monty's `math`,
//! and for monty's a function that takes ints past 64 bits to an
//! integer Newton iteration and hands everything else to monty's own.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const ISQRT: &str = "__codeact_mod__sandbox.isqrt_of(math)";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    if attribute.attr.id.as_str() != "isqrt"
        // CPython's takes one positional argument; other calls keep monty's error.
        || call.arguments.args.len() != 1
        || !call.arguments.keywords.is_empty()
        || matches!(call.arguments.args.first(), Some(Expr::Starred(_)))
        || !matches!(attribute.value.as_ref(), Expr::Name(owner) if owner.id.as_str() == "math")
        // Builtins the helper calls, which a binding of the block would hide.
        || context
            .bound
            .any(&["hasattr", "repr", "isinstance", "int", "bin", "len"])
    {
        return;
    }
    edits.replace(attribute.range(), ISQRT);
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn isqrt_goes_through_the_sandbox_module() {
        assert_eq!(
            rewritten("t = math.isqrt(n)"),
            format!("t = {}(n)", super::ISQRT)
        );
        for code in [
            "math.isqrt(n, 2)",
            "math.isqrt(x=n)",
            "math.isqrt(*n)",
            "f = math.isqrt",
            "m.isqrt(n)",
            "bin = 1\nmath.isqrt(n)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
