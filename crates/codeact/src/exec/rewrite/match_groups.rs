//! `m.lastindex` and `m.lastgroup` of a regex match, which monty 0.0.23's
//! Match lacks, and `m.start(name)`, `m.end(name)`, `m.span(name)`, which
//! it takes only with group numbers: through the sandbox's `_match` module,
//! which answers from the groups' spans and values (or says where they
//! cannot tell) and leaves anything but a Match to its own attribute; and
//! `p.match(text, pos, endpos)` and the other Pattern methods taking a
//! start and an end, which monty takes with the string only.

use ruff_python_ast::{Expr, ExprCall, Number};
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

/// `x.start(group)` with a group that may be a name: `start(x, group)`.
fn group_position(call: &ExprCall, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    let name = attribute.attr.id.as_str();
    let [group] = call.arguments.args.as_ref() else {
        return;
    };
    let numbered =
        matches!(group, Expr::NumberLiteral(number) if matches!(number.value, Number::Int(_)));
    if !matches!(name, "start" | "end" | "span")
        || numbered
        || matches!(group, Expr::Starred(_))
        || !call.arguments.keywords.is_empty()
    {
        return;
    }
    super::receiver_first(
        context.source,
        call,
        attribute,
        format!("__codeact_mod__match.{name}("),
        "",
        edits,
    );
}

/// `p.match(text, pos)` (and `search`, `fullmatch`, `findall`,
/// `finditer` with a start or end): `pattern_call(p, "match", text, pos)`.
/// The `re` module's functions take flags there and are left alone.
fn positioned_pattern_call(call: &ExprCall, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    let name = attribute.attr.id.as_str();
    let positioned = call.arguments.args.len() >= 2
        || call.arguments.keywords.iter().any(|k| {
            k.arg
                .as_ref()
                .is_some_and(|a| matches!(a.id.as_str(), "pos" | "endpos"))
        });
    if !matches!(
        name,
        "match" | "search" | "fullmatch" | "findall" | "finditer"
    ) || !positioned
        || matches!(attribute.value.as_ref(), Expr::Name(module) if module.id.as_str() == "re")
        || call
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
        || call.arguments.keywords.iter().any(|k| k.arg.is_none())
    {
        return;
    }
    super::receiver_first(
        context.source,
        call,
        attribute,
        "__codeact_mod__match.pattern_call(",
        &format!(", \"{name}\""),
        edits,
    );
}

/// `m.groups(default)` and `m.groupdict(default)` (monty's take no
/// argument): `groups(m, default)`.
fn defaulted_groups(call: &ExprCall, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    let name = attribute.attr.id.as_str();
    let arguments = call.arguments.args.len() + call.arguments.keywords.len();
    if !matches!(name, "groups" | "groupdict")
        || arguments != 1
        || call
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
        || call.arguments.keywords.iter().any(|k| k.arg.is_none())
    {
        return;
    }
    super::receiver_first(
        context.source,
        call,
        attribute,
        format!("__codeact_mod__match.{name}("),
        "",
        edits,
    );
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if let Expr::Call(call) = expr
        && !context.bound.any(&[
            "type", "list", "range", "len", "min", "max", "iter", "getattr",
        ])
    {
        group_position(call, context, edits);
        positioned_pattern_call(call, context, edits);
        defaulted_groups(call, context, edits);
        return;
    }
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    let name = attribute.attr.id.as_str();
    if !matches!(name, "lastindex" | "lastgroup")
        || !attribute.ctx.is_load()
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

    #[test]
    fn positions_of_a_group_that_may_be_named_go_through_the_module() {
        assert_eq!(
            rewritten("a = m.start(\"key\")\nb = m.span(g)\nc = m.end(1)\nd = m.start()\n"),
            "a = __codeact_mod__match.start(m, \"key\")\nb = __codeact_mod__match.span(m, g)\nc = m.end(1)\nd = m.start()\n"
        );
    }
}
