//! Functions monty 0.0.23's modules lack: `math.hypot`, `math.prod` and
//! `math.dist`, written in the sandbox's Python module (`hypot` and `dist`
//! correctly rounded, as CPython 3.11's are), and `asyncio.sleep`, a host
//! function whose call is a pending future (sleeps under `gather` overlap).
//!
//! `math.hypot` becomes `__codeact_mod__sandbox.math_of(math, "hypot")`,
//! which picks at run time: the object's own function where it has one
//! (anything the user bound to `math`, or a monty that grows it), the
//! bridge only for monty's module. Uses as values (`f = math.prod`) are
//! rewritten the same way, so they behave alike. (`json.loads` with an
//! `object_hook` is the sandbox's `json` module's.)

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// The functions bridged, by module.
const BRIDGED: &[(&str, &[&str])] = &[
    ("math", &["hypot", "prod", "dist"]),
    ("asyncio", &["sleep"]),
];

/// Builtins the helpers call, which a binding of the block would hide
/// (module code looks builtins up in the session's globals).
const HELPER_BUILTINS: &[&str] = &[
    "hasattr",
    "getattr",
    "repr",
    "isinstance",
    "float",
    "int",
    "tuple",
    "len",
    "zip",
    "type",
];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    let name = attribute.attr.id.as_str();
    let Expr::Name(owner) = attribute.value.as_ref() else {
        return;
    };
    let module = owner.id.as_str();
    if !BRIDGED
        .iter()
        .any(|(bridged, names)| *bridged == module && names.contains(&name))
        || !attribute.ctx.is_load()
        || context.bound.any(HELPER_BUILTINS)
        // The rewrite writes a string literal, whose quotes could end the
        // enclosing f-string's.
        || context.in_fstring
    {
        return;
    }
    edits.replace(
        attribute.range(),
        format!("__codeact_mod__sandbox.{module}_of({module}, \"{name}\")"),
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn the_bridged_functions_go_through_the_sandbox_module() {
        assert_eq!(
            rewritten("d = math.hypot(*p)"),
            "d = __codeact_mod__sandbox.math_of(math, \"hypot\")(*p)"
        );
        assert_eq!(
            rewritten("f = math.prod"),
            "f = __codeact_mod__sandbox.math_of(math, \"prod\")"
        );
        assert_eq!(
            rewritten("await asyncio.sleep(0.1)"),
            "await __codeact_mod__sandbox.asyncio_of(asyncio, \"sleep\")(0.1)"
        );
        for code in [
            "json.loads(s)",
            "math.sqrt(x)",
            "m.hypot(x, y)",
            "len = 1\nmath.hypot(x, y)",
            "math.hypot = 3",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
