//! `round(x, n)` on floats: monty 0.0.23 scales by `10**n` and rounds, so
//! `round(2.675, 2)` gives `2.68`; CPython rounds the exact binary value,
//! `2.67`. CPython's result is the shortest float of the correctly rounded
//! decimal, which is what formatting with `.{n}f` and reading it back
//! gives, so that is what a float with `0 <= n <= 400` gets. Anything else
//! (ints, negative `n`, one argument) still goes to the builtin.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// Takes the builtin's parameter names, so keyword calls keep working.
const ROUND: &str = "(lambda number, ndigits=None: float(f\"{number:.{ndigits}f}\") if isinstance(number, float) and isinstance(ndigits, int) and not isinstance(ndigits, bool) and 0 <= ndigits <= 400 else round(number, ndigits))";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Name(func) = call.func.as_ref() else {
        return;
    };
    let args = &call.arguments;
    if func.id.as_str() != "round"
        || args.args.len() + args.keywords.len() != 2
        || args.args.iter().any(|arg| matches!(arg, Expr::Starred(_)))
        || args.keywords.iter().any(|k| {
            !k.arg
                .as_ref()
                .is_some_and(|a| matches!(a.id.as_str(), "number" | "ndigits"))
        })
        || context
            .bound
            .any(&["round", "float", "isinstance", "int", "bool"])
    {
        return;
    }
    edits.replace(func.range(), ROUND);
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn two_argument_round_goes_through_formatting() {
        assert_eq!(
            rewritten("y = round(x, 2)"),
            format!("y = {}(x, 2)", super::ROUND)
        );
        let out = rewritten("print(f\"{round(v, 2)!r:>10}\")");
        assert!(out.starts_with("print(f\"{(lambda number"), "{out}");
        for code in [
            "y = round(x)",
            "y = round(*a)",
            "y = round(x, n, z)",
            "float = 1\ny = round(x, 2)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
