//! `math.factorial(n)` past `20!`, and `math.comb`/`math.perm` whose
//! results pass 64 bits, where monty 0.0.23 stops at its 64-bit ints with
//! an `OverflowError` CPython does not raise. The sandbox module's
//! `factorial_of(math)` (`comb_of`, `perm_of`) picks the function at run
//! time: the object's own for anything but monty's `math`, and for
//! monty's a function that hands the call to monty's own and computes in
//! Python where that overflows (`factorial`: for ints above 20).

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const FACTORIAL: &str = "__codeact_mod__sandbox.factorial_of(math)";

/// The functions bridged, with how many positional arguments CPython's
/// take.
const FUNCTIONS: &[(&str, &[usize], &str)] = &[
    ("factorial", &[1], FACTORIAL),
    ("comb", &[2], "__codeact_mod__sandbox.comb_of(math)"),
    ("perm", &[1, 2], "__codeact_mod__sandbox.perm_of(math)"),
];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    let Some((_, arities, helper)) = FUNCTIONS
        .iter()
        .find(|(name, _, _)| *name == attribute.attr.id.as_str())
    else {
        return;
    };
    // Calls CPython's would refuse keep monty's error.
    if !arities.contains(&call.arguments.args.len())
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
    edits.replace(attribute.range(), *helper);
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn factorial_comb_and_perm_go_through_the_sandbox_module() {
        assert_eq!(
            rewritten("t = math.factorial(n)"),
            format!("t = {}(n)", super::FACTORIAL)
        );
        assert_eq!(
            rewritten("t = math.comb(n, k) + math.perm(n)"),
            "t = __codeact_mod__sandbox.comb_of(math)(n, k) + __codeact_mod__sandbox.perm_of(math)(n)"
        );
        for code in [
            "math.factorial(n, 2)",
            "math.factorial(x=n)",
            "math.factorial(*n)",
            "f = math.factorial",
            "m.factorial(n)",
            "math.comb(n)",
            "math.perm(n, k, 1)",
            "range = 1\nmath.factorial(n)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
