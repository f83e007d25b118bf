//! `m.lastindex` and `m.lastgroup` of a regex match, which monty 0.0.23's
//! Match lacks: read through the sandbox's `_match` module, which answers
//! from the groups' spans (or says where they cannot tell) and reads the
//! attribute itself of anything but a Match.

use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    let name = attribute.attr.id.as_str();
    if !matches!(name, "lastindex" | "lastgroup")
        || !attribute.ctx.is_load()
        || context.in_case_guard
        || context
            .bound
            .any(&["type", "len", "range", "list", "zip", "min"])
    {
        return;
    }
    let Some(dot) = super::attribute_dot(context.source, attribute) else {
        return;
    };
    edits.open(expr.range(), format!("__codeact_mod__match.{name}("));
    edits.replace(TextRange::new(dot, expr.end()), ")");
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn last_group_reads_go_through_the_module() {
        assert_eq!(
            rewritten("kind = m.lastgroup\ni = (m).lastindex\nm.lastgroup = 1\n"),
            "kind = __codeact_mod__match.lastgroup(m)\ni = __codeact_mod__match.lastindex((m))\nm.lastgroup = 1\n"
        );
    }
}
