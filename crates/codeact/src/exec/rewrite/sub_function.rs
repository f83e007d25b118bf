//! `re.sub(p, function, s)` and `pattern.sub(function, s)`: monty 0.0.23
//! refuses a function as the replacement. The sandbox's Python module
//! builds the result from `finditer`, whose matches are the ones `sub`
//! replaces. A replacement that turns out to be a string at run time goes
//! to monty's own `sub`, and so does a receiver that is not a compiled
//! pattern, with the arguments as written.

use ruff_python_ast::{Expr, ExprCall};
use ruff_text_size::{Ranged, TextRange};

use super::Context;
use super::edits::Edits;

const SUB_OF: &str = "__codeact_mod__sandbox.sub_of(re)";
const PATTERN_SUB: &str = "__codeact_mod__sandbox.pattern_sub(";

/// Builtins the helpers call, which a binding of the block would hide.
const HELPER_BUILTINS: &[&str] = &["isinstance", "repr", "len", "type", "str", "bytes"];

/// Whether `expr` may be a function: anything but a literal.
fn may_be_function(expr: &Expr) -> bool {
    !matches!(
        expr,
        Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::FString(_)
            | Expr::NumberLiteral(_)
            | Expr::Starred(_)
    )
}

fn replacement(call: &ExprCall) -> Option<&Expr> {
    call.arguments.args.get(1).or_else(|| {
        call.arguments
            .keywords
            .iter()
            .find(|k| k.arg.as_ref().is_some_and(|a| a.id.as_str() == "repl"))
            .map(|k| &k.value)
    })
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Attribute(attribute) = call.func.as_ref() else {
        return;
    };
    if attribute.attr.id.as_str() != "sub" || context.bound.any(HELPER_BUILTINS) {
        return;
    }
    let on_re = matches!(attribute.value.as_ref(), Expr::Name(owner) if owner.id.as_str() == "re");
    if on_re {
        if replacement(call).is_some_and(may_be_function)
            && !call
                .arguments
                .args
                .iter()
                .any(|a| matches!(a, Expr::Starred(_)))
        {
            edits.replace(attribute.range(), SUB_OF);
        }
        return;
    }
    // A method call: only `p.sub(function, text[, count])`, positionally.
    let args = &call.arguments.args;
    if !call.arguments.keywords.is_empty()
        || !(2..=3).contains(&args.len())
        || args.iter().any(|a| matches!(a, Expr::Starred(_)))
        || !matches!(
            args.first(),
            Some(Expr::Lambda(_) | Expr::Name(_) | Expr::Attribute(_))
        )
    {
        return;
    }
    let Some(dot) = super::attribute_dot(context.source, attribute) else {
        return;
    };
    edits.open(call.range(), PATTERN_SUB);
    edits.replace(
        TextRange::new(
            dot,
            call.arguments.start() + ruff_text_size::TextSize::from(1),
        ),
        ", ",
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_function_replacement_goes_through_the_sandbox_module() {
        assert_eq!(
            rewritten("t = re.sub(r'\\d', f, s)"),
            format!("t = {}(r'\\d', f, s)", super::SUB_OF)
        );
        assert_eq!(
            rewritten("t = pat.sub(lambda m: m.group(), s)"),
            format!("t = {}pat, lambda m: m.group(), s)", super::PATTERN_SUB)
        );
        for code in [
            "re.sub('a', 'b', s)",
            "re.sub('a', f'{x}', s)",
            "pat.sub('x', s)",
            "pat.sub(f, s, count=1)",
            "obj.sub(f)",
            "len = 1\nre.sub('a', f, s)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
