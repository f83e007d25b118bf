//! The builtin `format(value, spec)`, which monty 0.0.23 does not define.
//! An f-string replacement field calls exactly `format(value, spec)`, so
//! with a literal spec the call becomes one that formats in an f-string.

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
    let replacement = match args.args.as_ref() {
        [_] => "(lambda __codeact_v: f\"{__codeact_v}\")".to_owned(),
        [_, Expr::StringLiteral(spec)] => {
            let spec = spec.value.to_str();
            // What can go verbatim into a format spec of a one-line f-string.
            if spec
                .chars()
                .any(|c| matches!(c, '{' | '}' | '"' | '\'' | '\\') || c.is_control())
            {
                return;
            }
            format!("(lambda __codeact_v, __codeact_f: f\"{{__codeact_v:{spec}}}\")")
        }
        _ => return,
    };
    edits.replace(func.range(), replacement);
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn format_with_a_literal_spec_becomes_an_fstring() {
        assert_eq!(
            rewritten("s = format(x, \",.2f\")"),
            "s = (lambda __codeact_v, __codeact_f: f\"{__codeact_v:,.2f}\")(x, \",.2f\")"
        );
        assert_eq!(
            rewritten("s = format(x)"),
            "s = (lambda __codeact_v: f\"{__codeact_v}\")(x)"
        );
        for code in [
            "format(x, spec)",
            "format(x, '{')",
            "format = str\nformat(1)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
