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
    (
        "math",
        &[
            "hypot", "prod", "dist", "cbrt", "asinh", "acosh", "atanh", "erf", "erfc", "gamma",
            "lgamma", "gcd", "lcm",
        ],
    ),
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
    {
        return;
    }
    // The rewrite writes a string literal, in the quote an enclosing
    // f-string leaves free.
    let Some(q) = context.literal_quote else {
        return;
    };
    edits.replace(
        attribute.range(),
        format!("__codeact_mod__sandbox.{module}_of({module}, {q}{name}{q})"),
    );
}

/// `from math import hypot, sqrt as root` as `from math import sqrt as
/// root; hypot = <the bridge>`: the bridged names bound to the sandbox's
/// functions (monty's module has no `hypot` to import, and its `erf` is not
/// CPython's), the others imported as written. On one line, so the lines
/// keep their numbers.
pub(super) fn on_stmt(stmt: &ruff_python_ast::Stmt, context: &Context<'_>, edits: &mut Edits) {
    let ruff_python_ast::Stmt::ImportFrom(import) = stmt else {
        return;
    };
    let Some(module) = import.module.as_ref().map(|m| m.id.as_str()) else {
        return;
    };
    let Some((_, bridged)) = BRIDGED.iter().find(|(name, _)| *name == module) else {
        return;
    };
    if import.level != 0
        || context.bound.any(HELPER_BUILTINS)
        || !import
            .names
            .iter()
            .any(|alias| bridged.contains(&alias.name.id.as_str()))
    {
        return;
    }
    // The module itself, for the bridge to look the names up in, under a
    // name the code cannot spell.
    let hidden = format!("__codeact_{module}_module");
    let mut kept = Vec::new();
    let mut bound = Vec::new();
    for alias in &import.names {
        let name = alias.name.id.as_str();
        let target = alias.asname.as_ref().map_or(name, |a| a.id.as_str());
        if bridged.contains(&name) {
            bound.push(format!(
                "; {target} = __codeact_mod__sandbox.{module}_of({hidden}, \"{name}\")"
            ));
        } else if target == name {
            kept.push(name.to_owned());
        } else {
            kept.push(format!("{name} as {target}"));
        }
    }
    let mut text = format!("import {module} as {hidden}");
    if !kept.is_empty() {
        text.push_str(&format!("; from {module} import {}", kept.join(", ")));
    }
    text.extend(bound);
    edits.replace(stmt.range(), text);
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
        assert_eq!(
            rewritten("from math import erf, pi as PI"),
            "import math as __codeact_math_module; from math import pi as PI; erf = __codeact_mod__sandbox.math_of(__codeact_math_module, \"erf\")"
        );
        assert_eq!(
            rewritten("print(f\"{math.erf(x)}\")"),
            "print(f\"{__codeact_mod__sandbox.math_of(math, 'erf')(x)}\")"
        );
        for code in [
            "from math import sqrt",
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
