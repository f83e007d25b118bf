//! `x.__class__` read as `type(x)`, which it is for every object the
//! sandbox has: the prepass refuses dunder attributes, and allows this one
//! (read, never written) only where the block binds no `type` of its own.
//! `C.__mro__` and `C.__bases__` likewise read as the `_classes` module's
//! tuples: the code's classes answer from what their flattening recorded,
//! builtin exceptions from their hierarchy (see the module).

use ruff_python_ast::{Expr, ExprContext};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// Builtins `mro_of` calls: a block binding one keeps `__mro__` refused.
pub(crate) const MRO_BUILTINS: &[&str] = &[
    "type",
    "tuple",
    "sum",
    "object",
    "bool",
    "int",
    "isinstance",
    "hasattr",
];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    let order = match attribute.attr.id.as_str() {
        "__mro__" => Some("mro_of"),
        "__bases__" => Some("bases_of"),
        _ => None,
    };
    if let Some(helper) = order
        && attribute.ctx == ExprContext::Load
        && !context.bound.any(MRO_BUILTINS)
    {
        super::around_receiver(
            context.source,
            attribute,
            attribute.range(),
            format!("{}.{helper}(", super::class_members::MODULE),
            ")",
            edits,
        );
        return;
    }
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

    #[test]
    fn an_mro_read_asks_the_module() {
        assert_eq!(
            rewritten("base = Dog.__mro__[1]"),
            "base = __codeact_mod__classes.mro_of(Dog)[1]"
        );
    }
}
