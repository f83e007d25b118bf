//! `hasattr(x, name)` and `getattr(x, name[, default])`: monty 0.0.23's
//! see no attribute of a built-in value (`hasattr([], "append")` is False,
//! a silent wrong answer). The calls go to the sandbox's `_attrs` module,
//! which answers for the built-in types from CPython's names and leaves
//! every other object to the builtins. Where the session's classes have
//! properties, the class rewrite's helpers take these calls instead (and
//! end in the same module).

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// The builtins the module relies on: code rebinding one keeps the calls.
const MODULE_BUILTINS: &[&str] = &["hasattr", "getattr", "type", "int", "frozenset"];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Call(call) = expr else {
        return;
    };
    let Expr::Name(function) = call.func.as_ref() else {
        return;
    };
    let helper = match function.id.as_str() {
        "hasattr" => "has",
        "getattr" => "get",
        _ => return,
    };
    if !context.facts.properties.is_empty() || context.bound.any(MODULE_BUILTINS) {
        return;
    }
    edits.replace(function.range(), format!("__codeact_mod__attrs.{helper}"));
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn hasattr_and_getattr_ask_the_module() {
        let out = rewritten("print(hasattr(x, 'a'), getattr(x, 'b', 0))\n");
        assert_eq!(
            out,
            "print(__codeact_mod__attrs.has(x, 'a'), __codeact_mod__attrs.get(x, 'b', 0))\n"
        );
    }

    #[test]
    fn code_defining_its_own_getattr_keeps_it() {
        let code = "def getattr(o, n, d=None):\n    return d\nprint(getattr(1, 'real'))\n";
        assert_eq!(rewritten(code), code);
    }
}
