//! Methods of builtin types passed as values, which monty 0.0.23 cannot
//! load: `key=counts.get`, `map(str.upper, words)`, `compose(str.strip)`.
//!
//! `d.get` is rewritten where it is a call's argument, `str.lower`
//! wherever it is a value, to a function that calls the method: `d.get` checks at run time that `d` is a dict (anything else
//! keeps the plain attribute, which monty loads for user objects), and
//! `str.lower` checks its argument is a str and raises CPython's
//! `TypeError` through a host function otherwise.

use ruff_python_ast::{Expr, ExprAttribute};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// `__codeact_unbound_error(method, value)`: the `TypeError` of `str.method`
/// called on something that is not a str.
pub(crate) const UNBOUND_ERROR: &str = "__codeact_unbound_error";

/// The sandbox's `str.casefold` (see `pymod/_casefold.py`).
const CASEFOLD: &str = "__codeact_mod__casefold.casefold";

/// The `str` methods agents pass as functions.
const STR_METHODS: &[&str] = &[
    "lower",
    "upper",
    "strip",
    "lstrip",
    "rstrip",
    "title",
    "capitalize",
    "casefold",
    "swapcase",
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isnumeric",
    "isdecimal",
    "istitle",
    "split",
    "splitlines",
];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    // `str.lower` anywhere it is a value (an argument, an operand, an
    // element), not where it is called on the spot.
    if let Expr::Attribute(attribute) = expr
        && attribute.ctx.is_load()
        && matches!(attribute.value.as_ref(), Expr::Name(owner) if owner.id.as_str() == "str")
        && !context
            .source
            .get(usize::from(attribute.end())..)
            .is_some_and(|rest| rest.trim_start().starts_with('('))
    {
        rewrite_method(attribute, context, edits);
        return;
    }
    let Expr::Call(call) = expr else {
        return;
    };
    // `s.casefold()`: monty folds like lower(), CPython by Unicode's full
    // case folding ("straße" -> "strasse"); `s.title()` and
    // `s.capitalize()`: monty gives a digraph its uppercase, CPython its
    // titlecase; `s.isnumeric()`, `isdigit()`, `isdecimal()`, `isalpha()`,
    // `isalnum()`: monty reads other tables ("三", "²", "Ⅻ").
    if let Expr::Attribute(attribute) = call.func.as_ref()
        && let Some(helper) = match attribute.attr.id.as_str() {
            "casefold" => Some(CASEFOLD),
            "title" => Some("__codeact_mod__casefold.title"),
            "capitalize" => Some("__codeact_mod__casefold.capitalize"),
            "istitle" => Some("__codeact_mod__casefold.istitle"),
            "isnumeric" => Some("__codeact_mod__strnum.isnumeric"),
            "isdigit" => Some("__codeact_mod__strnum.isdigit"),
            "isdecimal" => Some("__codeact_mod__strnum.isdecimal"),
            "isalpha" => Some("__codeact_mod__strnum.isalpha"),
            "isalnum" => Some("__codeact_mod__strnum.isalnum"),
            _ => None,
        }
        && call.arguments.is_empty()
        && !context.bound.any(&["type", "str", "set"])
        && let Some(dot) = super::attribute_dot(context.source, attribute)
    {
        edits.open(call.range(), format!("{helper}("));
        edits.replace(ruff_text_size::TextRange::new(dot, call.end()), ")");
    }
    // (`key=d.get` and the other methods taken as values: `bound_methods`.)
}

fn rewrite_method(attribute: &ExprAttribute, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Name(owner) = attribute.value.as_ref() else {
        return;
    };
    let method = attribute.attr.id.as_str();
    if owner.id.as_str() == "str" && STR_METHODS.contains(&method) {
        if context.bound.any(&["str", "isinstance"]) {
            return;
        }
        let call = if method == "casefold" {
            format!("{CASEFOLD}(__codeact_s, *__codeact_a)")
        } else {
            format!("__codeact_s.{method}(*__codeact_a)")
        };
        edits.replace(
            attribute.range(),
            format!(
                "(lambda __codeact_s, *__codeact_a: {call} if isinstance(__codeact_s, str) else {UNBOUND_ERROR}('{method}', __codeact_s))"
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn method_values_become_calls() {
        assert_eq!(
            rewritten("list(map(str.upper, xs))"),
            "list(map((lambda __codeact_s, *__codeact_a: __codeact_s.upper(*__codeact_a) if isinstance(__codeact_s, str) else __codeact_unbound_error('upper', __codeact_s)), xs))"
        );
        assert_eq!(
            rewritten("k = name.strip().casefold()"),
            "k = __codeact_mod__casefold.casefold(name.strip())"
        );
        for code in [
            "d.get(k)",
            "k = s.casefold(x)",
            "list(map(str.join, xs))",
            "str = 1\nf = str.upper",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
