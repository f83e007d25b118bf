//! `d.isocalendar()[1]`: CPython's `isocalendar` gives a tuple, the
//! sandbox's an object that unpacks and prints like one but that monty
//! cannot index. The subscript of such a call goes through the sandbox
//! module, which indexes the tuple (anything else is indexed as written).

use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::edits::Edits;

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Subscript(subscript) = expr else {
        return;
    };
    // A slice cannot be an argument as written: it stays (monty refuses).
    if !subscript.ctx.is_load()
        || matches!(subscript.slice.as_ref(), Expr::Slice(_))
        || context.bound.any(&["type", "IsoCalendarDate"])
    {
        return;
    }
    let Expr::Call(call) = subscript.value.as_ref() else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    if attribute.attr.id.as_str() != "isocalendar" || !call.arguments.is_empty() {
        return;
    }
    // `value[slice]`: the `[` right after the call, the `]` last.
    let open = call.end();
    let close = subscript.end() - TextSize::new(1);
    if context.source.get(usize::from(open)..usize::from(open) + 1) != Some("[")
        || context
            .source
            .get(usize::from(close)..usize::from(subscript.end()))
            != Some("]")
    {
        return;
    }
    edits.open(subscript.range(), "__codeact_mod__sandbox.iso_item(");
    edits.replace(TextRange::at(open, TextSize::new(1)), ", ");
    edits.replace(TextRange::at(close, TextSize::new(1)), ")");
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn an_isocalendar_subscript_goes_through_the_module() {
        let out = rewritten("week = d.isocalendar()[1]\n");
        assert!(out.contains("__codeact_mod__sandbox.iso_item("), "{out}");
        assert!(out.ends_with(", 1)\n"), "{out}");
        assert_eq!(
            rewritten("w = d.isocalendar()\n")
                .matches("iso_item")
                .count(),
            0
        );
    }
}
