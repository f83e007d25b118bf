//! `e.msg`, `e.pos`, `e.lineno`, `e.colno` and `e.doc` of a
//! `json.JSONDecodeError`, which monty 0.0.23's exception does not carry.
//! In a session whose code names `JSONDecodeError`, reads of these
//! attributes go through the sandbox's `json` module, which reads them
//! back from the error's message (CPython's, see `_json_errors.py`) and
//! leaves every other object's attribute as it is.

use ruff_python_ast::{Expr, ExprContext};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

const ATTRIBUTES: &[&str] = &["msg", "pos", "lineno", "colno", "doc"];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    let name = attribute.attr.id.as_str();
    if !context.facts.json_errors
        || attribute.ctx != ExprContext::Load
        || !ATTRIBUTES.contains(&name)
        || context.bound.any(&["type", "str", "int", "getattr"])
    {
        return;
    }
    let Some(quote) = context.literal_quote else {
        return;
    };
    super::around_receiver(
        context.source,
        attribute,
        attribute.range(),
        "__codeact_mod_json.error_attribute(",
        format!(", {quote}{name}{quote})"),
        edits,
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn decode_error_attributes_are_read_from_the_message() {
        let code =
            "try:\n    json.loads(t)\nexcept json.JSONDecodeError as e:\n    print(e.msg, e.pos)\n";
        assert!(
            rewritten(code).contains("print(__codeact_mod_json.error_attribute(e, \"msg\"), __codeact_mod_json.error_attribute(e, \"pos\"))"),
            "{}",
            rewritten(code)
        );
        assert_eq!(rewritten("print(m.pos)\n"), "print(m.pos)\n");
    }
}
