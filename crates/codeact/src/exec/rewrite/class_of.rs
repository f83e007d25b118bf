//! `x.__class__` read as `type(x)`, which it is for every object the
//! sandbox has: the prepass refuses dunder attributes, and allows this one
//! (read, never written) only where the block binds no `type` of its own.

use ruff_python_ast::{Expr, ExprContext};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    if attribute.attr.id.as_str() != "__class__"
        || attribute.ctx != ExprContext::Load
        || context.bound.any(&["type"])
    {
        return;
    }
    super::around_receiver(
        context.source,
        attribute,
        attribute.range(),
        "type(",
        ")",
        edits,
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_class_read_is_a_type_call() {
        assert_eq!(rewritten("n = self.__class__"), "n = type(self)");
        assert_eq!(rewritten("k = (a + b) .__class__"), "k = type((a + b) )");
        assert_eq!(
            rewritten("type = 1\nk = x.__class__"),
            "type = 1\nk = x.__class__"
        );
    }
}
