//! `math.factorial(n)` past `20!`, where monty 0.0.23's factorial stops at
//! its 64-bit ints with an `OverflowError` CPython does not raise. The
//! sandbox module's `factorial_of(math)` picks the function at run time:
//! the object's own `factorial` for anything but monty's `math`, and for
//! monty's a function that multiplies in Python for ints above 20 and
//! hands everything else (small ints, errors) to monty's own.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const FACTORIAL: &str = "__codeact_mod__sandbox.factorial_of(math)";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    if attribute.attr.id.as_str() != "factorial"
        // CPython's takes one positional argument; other calls keep monty's error.
        || call.arguments.args.len() != 1
        || !call.arguments.keywords.is_empty()
        || matches!(call.arguments.args.first(), Some(Expr::Starred(_)))
        || !matches!(attribute.value.as_ref(), Expr::Name(owner) if owner.id.as_str() == "math")
        // Builtins the helper calls, which a binding of the block would hide.
        || context
            .bound
            .any(&["hasattr", "repr", "isinstance", "int", "range"])
    {
        return;
    }
    edits.replace(attribute.range(), FACTORIAL);
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn factorial_goes_through_the_sandbox_module() {
        assert_eq!(
            rewritten("t = math.factorial(n)"),
            format!("t = {}(n)", super::FACTORIAL)
        );
        for code in [
            "math.factorial(n, 2)",
            "math.factorial(x=n)",
            "math.factorial(*n)",
            "f = math.factorial",
            "m.factorial(n)",
            "range = 1\nmath.factorial(n)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
