//! `str.maketrans(...)` and `s.translate(table)`, which monty 0.0.23
//! lacks, through the sandbox's Python module.
//!
//! `str.maketrans` is rewritten only where `str` is the builtin and the
//! call has one to three positional arguments (CPython takes no keywords,
//! and the arity errors would differ). `s.translate(t)` checks at run time
//! that `s` is a str and `t` a dict (the tables `maketrans` builds and
//! agents write): anything else calls the method as written, in CPython's
//! order, the receiver's method before the argument.

use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

const MAKETRANS: &str = "__codeact_mod__sandbox.maketrans";

/// The builtins `maketrans` calls, which a binding of the block would hide
/// from the sandbox module too.
const MAKETRANS_USES: &[&str] = &[
    "str",
    "isinstance",
    "enumerate",
    "dict",
    "len",
    "ord",
    "zip",
    "int",
    "type",
    "hasattr",
    "repr",
];

const TRANSLATE_OPEN: &str = "(lambda __codeact_o: (lambda __codeact_t: __codeact_mod__sandbox.translate(__codeact_o, __codeact_t) if isinstance(__codeact_t, dict) else __codeact_o.translate(__codeact_t)) if isinstance(__codeact_o, str) else __codeact_o.translate)(";

fn positional_only(call: &ExprCall, counts: std::ops::RangeInclusive<usize>) -> bool {
    let args = &call.arguments;
    args.keywords.is_empty()
        && counts.contains(&args.args.len())
        && !args.args.iter().any(|arg| matches!(arg, Expr::Starred(_)))
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    match attribute.attr.id.as_str() {
        "maketrans"
            if matches!(attribute.value.as_ref(), Expr::Name(owner) if owner.id.as_str() == "str")
                && positional_only(call, 1..=3)
                && !context.bound.any(MAKETRANS_USES) =>
        {
            edits.replace(attribute.range(), MAKETRANS);
        }
        "translate" => {
            if !positional_only(call, 1..=1)
                || context
                    .bound
                    .any(&["isinstance", "str", "dict", "ord", "chr", "int"])
            {
                return;
            }
            // The dot after the receiver, past any closing parentheses.
            let Some(dot) = super::attribute_dot(context.source, attribute) else {
                return;
            };
            edits.open(attribute.range(), TRANSLATE_OPEN);
            edits.replace(TextRange::new(dot, attribute.end()), ")");
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn maketrans_and_translate_go_through_the_sandbox_module() {
        assert_eq!(
            rewritten("t = str.maketrans('ab', 'cd')"),
            format!("t = {}('ab', 'cd')", super::MAKETRANS)
        );
        assert_eq!(
            rewritten("print((s) .translate(t))"),
            format!("print({}(s) )(t))", super::TRANSLATE_OPEN)
        );
        for code in [
            "t = str.maketrans(x='a')",
            "t = str.maketrans()",
            "t = str.maketrans(*a)",
            "t = ''.maketrans('a', 'b')",
            "str = 1\nt = str.maketrans('a', 'b')",
            "s.translate(t, 1)",
            "s.translate(table=t)",
            "dict = 1\ns.translate(t)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
