//! `vars(x)` and `x.__dict__`, which monty 0.0.23 lacks: the sandbox's
//! `vars_`, which asks the host for the names of the object's instance
//! attributes, in the order they were first set (an object of the code's
//! classes carries them to the host in that order), and returns a new dict
//! of them. A copy, not the object's own namespace: reading it, walking
//! it, printing it and `x.__dict__.update(values)` (which sets each as an
//! attribute) are what CPython does; a store into the copy changes
//! nothing of the object's. `vars()` without an argument (the caller's
//! locals) stays unavailable.

use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

/// Builtins the helpers call, which a binding of the block would hide.
pub(crate) const HELPER_BUILTINS: &[&str] = &["getattr", "setattr", "type", "dict"];

const MODULE: &str = "__codeact_mod__sandbox";

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if context.bound.any(HELPER_BUILTINS) || on_update(expr, context, edits) {
        return;
    }
    match expr {
        Expr::Name(name)
            if name.id.as_str() == "vars"
                && name.ctx.is_load()
                && !context.bound.any(&["vars"]) =>
        {
            edits.replace(name.range(), format!("{MODULE}.vars_"));
        }
        Expr::Attribute(attribute)
            if attribute.attr.id.as_str() == "__dict__"
                && attribute.ctx.is_load()
                // `x.__dict__.update(...)`: `on_update`'s.
                && !context
                    .source
                    .get(usize::from(attribute.end())..)
                    .is_some_and(|rest| rest.trim_start().starts_with(".update(")) =>
        {
            super::around_receiver(
                context.source,
                attribute,
                attribute.range(),
                format!("{MODULE}.vars_("),
                ")",
                edits,
            );
        }
        _ => {}
    }
}

/// `x.__dict__.update(values)` as the sandbox's `update_attributes(x,
/// values)`, which sets each as an attribute of `x`.
fn on_update(expr: &Expr, context: &Context<'_>, edits: &mut Edits) -> bool {
    let Expr::Call(call) = expr else {
        return false;
    };
    let Expr::Attribute(update) = call.func.as_ref() else {
        return false;
    };
    let Expr::Attribute(dict) = update.value.as_ref() else {
        return false;
    };
    if update.attr.id.as_str() != "update" || dict.attr.id.as_str() != "__dict__" {
        return false;
    }
    let Some(dot) = super::attribute_dot(context.source, dict) else {
        return false;
    };
    let args_open = call.arguments.start();
    let comma = if call.arguments.is_empty() { "" } else { ", " };
    edits.open(call.func.range(), format!("{MODULE}.update_attributes("));
    edits.replace(
        TextRange::new(dot, args_open + ruff_text_size::TextSize::new(1)),
        comma,
    );
    true
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn vars_and_dict_reads_go_through_the_sandbox_module() {
        assert_eq!(
            rewritten("print(vars(p), p.__dict__)\nself.__dict__.update(kw)\n"),
            "print(__codeact_mod__sandbox.vars_(p), __codeact_mod__sandbox.vars_(p))\n__codeact_mod__sandbox.update_attributes(self, kw)\n"
        );
        let own = "def vars(x):\n    return 1\nprint(vars(p))\n";
        assert_eq!(rewritten(own), own);
    }
}
