//! The builtin `format(value, spec)`, which monty 0.0.23 does not define:
//! the `_format` module's `formatted`, which formats as the value's type
//! does (see `format_spec`).

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Name(func) = call.func.as_ref() else {
        return;
    };
    let args = &call.arguments;
    if func.id.as_str() != "format"
        || !args.keywords.is_empty()
        || args.args.iter().any(|arg| matches!(arg, Expr::Starred(_)))
        || context.bound.any(&["format"])
    {
        return;
    }
    if !matches!(args.args.len(), 1 | 2) {
        return;
    }
    edits.replace(func.range(), "__codeact_mod__format.formatted");
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn format_goes_through_the_module() {
        assert_eq!(
            rewritten("s = format(x, \",.2f\") + format(y) + format(z, spec)"),
            "s = __codeact_mod__format.formatted(x, \",.2f\") + __codeact_mod__format.formatted(y) + __codeact_mod__format.formatted(z, spec)"
        );
        for code in ["format(x, s, t)", "format(*a)", "format = str\nformat(x)"] {
            assert_eq!(rewritten(code), code);
        }
    }
}
