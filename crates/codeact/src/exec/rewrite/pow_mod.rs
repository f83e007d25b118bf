//! `pow(base, exp, mod)` with a negative `exp`, the modular inverse raised
//! to `-exp`, which monty 0.0.23 refuses with the error of Pythons before
//! 3.8. Only three-argument calls are rewritten, and only ints with a
//! negative exponent go to `pow_mod` of the sandbox's Python module
//! (CPython's checks and results, compared case by case with CPython's);
//! every other call reaches the builtin as written.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// Takes the builtin's parameter names, so keyword calls keep working.
const POW: &str = "(lambda base, exp, mod: __codeact_mod__sandbox.pow_mod(base, exp, mod) if isinstance(base, int) and isinstance(exp, int) and isinstance(mod, int) and exp < 0 else pow(base, exp, mod))";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Name(func) = call.func.as_ref() else {
        return;
    };
    let args = &call.arguments;
    if func.id.as_str() != "pow"
        || args.args.len() + args.keywords.len() != 3
        || args.args.iter().any(|arg| matches!(arg, Expr::Starred(_)))
        || args.keywords.iter().any(|k| {
            !k.arg
                .as_ref()
                .is_some_and(|a| matches!(a.id.as_str(), "base" | "exp" | "mod"))
        })
        // Builtins the lambda and `pow_mod` call, which a binding would hide.
        || context.bound.any(&["pow", "isinstance", "int"])
    {
        return;
    }
    edits.replace(func.range(), POW);
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn three_argument_pow_checks_for_a_negative_exponent() {
        assert_eq!(
            rewritten("y = pow(a, -1, m)"),
            format!("y = {}(a, -1, m)", super::POW)
        );
        for code in [
            "y = pow(*a)",
            "y = pow(a, b, m, z)",
            "y = pow(a, b, modulo=m)",
            "int = 1\ny = pow(a, -1, m)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
