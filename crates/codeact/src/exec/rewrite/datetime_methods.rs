//! Methods of `datetime`'s types that monty 0.0.23 lacks: `ctime`, `toordinal`,
//! `utcoffset`, `astimezone(tz)`, `isoformat(sep, timespec)` and the class
//! methods `fromordinal`, `combine` and `fromtimestamp`, written in the
//! sandbox's Python module; `strptime`, which monty gets wrong in several
//! ways (it drops the minutes after `%I` and a `%z` offset, takes text
//! CPython refuses), parsed by the sandbox's own (`pymod/_strptime.py`,
//! which `time.strptime` shares); and `strftime`, whose `%z` and `%Z` monty refuses and whose `%f` it writes with
//! nine digits instead of six; `tzname`, `isocalendar`, `fromisocalendar`;
//! `timetuple` (the sandbox's `time.struct_time`); the class attributes
//! `min`, `max` and `resolution`; and `float.is_integer` and
//! `float.as_integer_ratio`.
//!
//! `x.combine(d, t)` becomes `__codeact_mod__sandbox.method(x, "combine")(d, t)`,
//! which looks at `x` when it runs: monty's own date, datetime and time
//! objects (and the classes, for the class methods) get the bridge,
//! anything else its own attribute, so a user's object with a method of
//! the same name behaves as written.

use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

const OPEN: &str = "__codeact_mod__sandbox.method(";

/// Methods bridged on any call.
const ALWAYS: &[&str] = &[
    "ctime",
    "toordinal",
    "utcoffset",
    "astimezone",
    "fromordinal",
    "combine",
    "fromtimestamp",
    "strftime",
    "tzname",
    "isocalendar",
    "fromisocalendar",
    "is_integer",
    "as_integer_ratio",
];

/// Methods monty has without arguments: bridged only when given some.
const WITH_ARGUMENTS: &[&str] = &["isoformat"];

/// Builtins the helpers call, which a binding of the block would hide.
const HELPER_BUILTINS: &[&str] = &[
    "type",
    "hash",
    "iter",
    "divmod",
    "getattr",
    "isinstance",
    "str",
    "int",
    "len",
    "repr",
    "float",
];

/// Class attributes bridged (`date.min`, `timedelta.max`, ...).
const CLASS_ATTRIBUTES: &[&str] = &["min", "max", "resolution"];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if let Expr::Attribute(attribute) = expr
        && attribute.attr.id.as_str() == "strptime"
        && attribute.ctx.is_load()
        && !context.bound.any(HELPER_BUILTINS)
        && let Some(dot) = super::attribute_dot(context.source, attribute)
    {
        // `x.strptime`, called or not: the sandbox's parser
        // (`pymod/_strptime.py`) for monty's datetime class; naming its
        // module here makes the session load it.
        edits.open(attribute.range(), "__codeact_mod__strptime.method(");
        edits.replace(TextRange::new(dot, attribute.end()), ")");
        return;
    }
    if let Expr::Attribute(attribute) = expr
        && CLASS_ATTRIBUTES.contains(&attribute.attr.id.as_str())
        && attribute.ctx.is_load()
        // `date.max`, `datetime.date.max`.
        && matches!(attribute.value.as_ref(), Expr::Name(_) | Expr::Attribute(_))
        && let Some(q) = context.literal_quote
        && !context.bound.any(HELPER_BUILTINS)
        && let Some(dot) = super::attribute_dot(context.source, attribute)
    {
        edits.open(attribute.range(), "__codeact_mod__sandbox.class_attr(");
        edits.replace(
            TextRange::new(dot, attribute.end()),
            format!(", {q}{}{q})", attribute.attr.id),
        );
        return;
    }
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    let name = attribute.attr.id.as_str();
    if name == "timetuple" && !context.bound.any(HELPER_BUILTINS) {
        // The sandbox's `time` module builds the struct_time; naming it
        // here makes the session load it.
        if let Some(dot) = super::attribute_dot(context.source, attribute) {
            edits.open(attribute.range(), "__codeact_mod__sandbox.timetuple_of(");
            edits.replace(
                TextRange::new(dot, attribute.end()),
                ", __codeact_mod_time)",
            );
        }
        return;
    }
    let has_arguments = !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty();
    // `d.replace(tzinfo=tz)`, which monty 0.0.23 answers with a datetime
    // that does not keep `tz` alive (the interpreter crashes on it once a
    // timezone made for the call is gone).
    let replaces_zone = name == "replace"
        && call
            .arguments
            .keywords
            .iter()
            .any(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == "tzinfo"));
    if !(ALWAYS.contains(&name)
        || (WITH_ARGUMENTS.contains(&name) && has_arguments)
        || replaces_zone)
        || context.bound.any(HELPER_BUILTINS)
    {
        return;
    }
    // The rewrite writes a string literal, in quotes that do not end an
    // enclosing f-string's (none deeper than one f-string).
    let Some(q) = context.literal_quote else {
        return;
    };
    let Some(dot) = super::attribute_dot(context.source, attribute) else {
        return;
    };
    edits.open(attribute.range(), OPEN);
    edits.replace(
        TextRange::new(dot, attribute.end()),
        format!(", {q}{name}{q})"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn bridged_methods_go_through_the_sandbox_module() {
        assert_eq!(
            rewritten("n = d.toordinal()"),
            format!("n = {}d, \"toordinal\")()", super::OPEN)
        );
        assert_eq!(
            rewritten("s = (stamp).isoformat(sep=' ')"),
            format!("s = {}(stamp), \"isoformat\")(sep=' ')", super::OPEN)
        );
        assert_eq!(
            rewritten("print(date.min, td.max.days)"),
            "print(__codeact_mod__sandbox.class_attr(date, \"min\"), __codeact_mod__sandbox.class_attr(td, \"max\").days)"
        );
        assert_eq!(
            rewritten("t = d.timetuple()"),
            "t = __codeact_mod__sandbox.timetuple_of(d, __codeact_mod_time)()"
        );
        for code in [
            "stamp.isoformat()",
            "x.max = 3",
            "f(a).min",
            "f = d.toordinal",
            "d.weekday()",
            "type = 1\nd.toordinal()",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
