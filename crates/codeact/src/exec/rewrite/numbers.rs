//! The numeric tower on ints and floats, which monty 0.0.23 lacks:
//! `x.real`, `x.imag`, `n.numerator`, `n.denominator`, `x.conjugate()`
//! and `n.bit_count()`. The receiver is checked at run time: an int, bool
//! or float goes to the sandbox's Python module, anything else reads its
//! own attribute as written.

use ruff_python_ast::{Expr, ExprAttribute};
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

const ATTRIBUTES: &[&str] = &["real", "imag", "numerator", "denominator"];

/// Builtins the module's helpers call, which a binding would hide.
const HELPER_BUILTINS: &[&str] = &["isinstance", "int", "float", "type", "bin"];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    // The helpers take the attribute's name as a string literal.
    let Some(q) = context.literal_quote else {
        return;
    };
    if context.bound.any(HELPER_BUILTINS) {
        return;
    }
    match expr {
        Expr::Call(call)
            if call.arguments.is_empty()
                && let Expr::Attribute(attribute) = call.func.as_ref() =>
        {
            let helper = match attribute.attr.id.as_str() {
                "conjugate" => {
                    format!("__codeact_mod__sandbox.number_attribute(__codeact_o, {q}real{q})")
                }
                "bit_count" => "__codeact_mod__sandbox.bit_count(__codeact_o)".to_owned(),
                _ => return,
            };
            let numbers = if attribute.attr.id.as_str() == "bit_count" {
                "int"
            } else {
                "(int, float)"
            };
            let name = attribute.attr.id.as_str();
            route(
                attribute,
                call.range(),
                format!("{helper} if isinstance(__codeact_o, {numbers}) else __codeact_o.{name}()"),
                context,
                edits,
            );
        }
        Expr::Attribute(attribute)
            if attribute.ctx.is_load()
                && ATTRIBUTES.contains(&attribute.attr.id.as_str())
                && !context
                    .facts
                    .properties
                    .contains(attribute.attr.id.as_str()) =>
        {
            let name = attribute.attr.id.as_str();
            route(
                attribute,
                attribute.range(),
                format!(
                    "__codeact_mod__sandbox.number_attribute(__codeact_o, {q}{name}{q}) if isinstance(__codeact_o, (int, float)) else __codeact_o.{name}"
                ),
                context,
                edits,
            );
        }
        _ => {}
    }
}

/// Writes `node` (the attribute, or its call) as a lambda of the receiver
/// giving `body`, applied to the receiver's text.
fn route(
    attribute: &ExprAttribute,
    node: TextRange,
    body: String,
    context: &Context<'_>,
    edits: &mut Edits,
) {
    super::around_receiver(
        context.source,
        attribute,
        node,
        format!("(lambda __codeact_o: {body})("),
        ")",
        edits,
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn numeric_attributes_go_through_the_sandbox_module() {
        let out = rewritten("print((5).real, x.denominator, n.bit_count(), z.conjugate())\n");
        assert_eq!(out.matches("__codeact_mod__sandbox.").count(), 4, "{out}");
        assert!(rewritten("print(f\"{x.real:>4}\")\n").contains("'real'"));
        for code in [
            "p.real = 1\n",
            "int = 2\nprint(x.real)\n",
            "n.bit_count(1)\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
