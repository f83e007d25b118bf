//! Builtins monty 0.0.23 lacks, written in the sandbox's Python module:
//! `callable` and `ascii`, `object()` (a sentinel), `bytes` of an iterable
//! of ints, `int.from_bytes` and `int.to_bytes`; and the aliases
//! CPython keeps for `OSError` (`IOError`, `EnvironmentError`: the same
//! class); `complex` and imaginary literals (`pymod/_complex.py`). A name
//! the block binds itself is left alone.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{CmpOp, Expr, Number, Stmt};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// The builtins bridged.
const BRIDGED: &[&str] = &["callable", "ascii"];

/// Builtins the helpers call, which a binding of the block would hide.
const HELPER_BUILTINS: &[&str] = &["repr", "type", "hasattr", "ord", "hex"];

/// Other names of builtins monty has.
const ALIASES: &[(&str, &str)] = &[("IOError", "OSError"), ("EnvironmentError", "OSError")];

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    if let Expr::Call(call) = expr
        && matches!(call.func.as_ref(), Expr::Name(callee) if callee.id.as_str() == "object")
        && call.arguments.is_empty()
        && !context.bound.any(&["object", "hex", "id"])
    {
        edits.replace(call.range(), "__codeact_mod__sandbox.new_object()");
        return;
    }
    // `type(A) is type`, `isinstance(x, type)`: monty's `type` is the
    // builtin function, not the type of classes, which `type(int)` is.
    if !context
        .bound
        .any(&["type", "int", "isinstance", "issubclass"])
    {
        let is_type =
            |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == "type" && n.ctx.is_load());
        match expr {
            Expr::Compare(compare)
                if compare.ops.iter().all(|op| {
                    matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::Eq | CmpOp::NotEq)
                }) =>
            {
                for operand in
                    std::iter::once(compare.left.as_ref()).chain(compare.comparators.iter())
                {
                    if is_type(operand) {
                        edits.replace(operand.range(), "type(int)");
                    }
                }
            }
            Expr::Call(call)
                if matches!(call.func.as_ref(), Expr::Name(f) if matches!(f.id.as_str(), "isinstance" | "issubclass"))
                    && call.arguments.args.len() == 2 =>
            {
                let classes = &call.arguments.args[1];
                let candidates: Vec<&Expr> = match classes {
                    Expr::Tuple(tuple) => tuple.elts.iter().collect(),
                    other => vec![other],
                };
                for candidate in candidates {
                    if is_type(candidate) {
                        edits.replace(candidate.range(), "type(int)");
                    }
                }
            }
            _ => {}
        }
    }
    // `complex` and imaginary literals, which monty lacks: the sandbox's
    // (`pymod/_complex.py`); `2j` is `complex(0.0, 2.0)`, as in CPython.
    if let Expr::Name(name) = expr
        && name.id.as_str() == "complex"
        && name.ctx.is_load()
        && !context.bound.any(&["complex"])
    {
        edits.replace(name.range(), "__codeact_mod__complex.complex");
    }
    if let Expr::NumberLiteral(literal) = expr
        && let Number::Complex { imag, .. } = &literal.value
    {
        let imag = if imag.is_finite() {
            format!("{imag:?}")
        } else {
            // (A literal too large for a float, `1e999j`.)
            "1e999".to_owned()
        };
        edits.replace(
            literal.range(),
            format!("__codeact_mod__complex.complex(0.0, {imag})"),
        );
    }
    // `bytearray`, which monty lacks: the sandbox's (`pymod/_bytearray.py`).
    if let Expr::Name(name) = expr
        && name.id.as_str() == "bytearray"
        && name.ctx.is_load()
        && !context.bound.any(&["bytearray"])
    {
        edits.replace(name.range(), "__codeact_mod__bytearray.bytearray");
    }
    // `bytes([...])`, `int.from_bytes(...)`, `n.to_bytes(...)`: monty's
    // bytes() takes no iterable of ints and its int has neither method.
    if let Expr::Call(call) = expr {
        match call.func.as_ref() {
            Expr::Name(callee)
                if callee.id.as_str() == "bytes"
                    && !call.arguments.is_empty()
                    && !context
                        .bound
                        .any(&["bytes", "int", "type", "list", "range"]) =>
            {
                edits.replace(callee.range(), "__codeact_mod__sandbox.bytes_of");
            }
            Expr::Attribute(method)
                if method.attr.id.as_str() == "from_bytes"
                    && matches!(method.value.as_ref(), Expr::Name(owner) if owner.id.as_str() == "int")
                    && !context
                        .bound
                        .any(&["int", "bytes", "type", "list", "range"]) =>
            {
                edits.replace(method.range(), "__codeact_mod__sandbox.int_from_bytes");
            }
            Expr::Attribute(method)
                if method.attr.id.as_str() == "to_bytes"
                    && !context
                        .bound
                        .any(&["int", "bytes", "type", "list", "range"]) =>
            {
                super::receiver_first(
                    context.source,
                    call,
                    method,
                    "__codeact_mod__sandbox.to_bytes(",
                    "",
                    edits,
                );
            }
            _ => {}
        }
    }
    let Expr::Name(name) = expr else {
        return;
    };
    let id = name.id.as_str();
    if let Some((_, builtin)) = ALIASES.iter().find(|(alias, _)| *alias == id) {
        if name.ctx.is_load() && !context.bound.any(&[id, builtin]) {
            edits.replace(name.range(), *builtin);
        }
        return;
    }
    if !BRIDGED.contains(&id)
        || !name.ctx.is_load()
        || context.bound.any(&[id])
        || context.bound.any(HELPER_BUILTINS)
    {
        return;
    }
    edits.replace(name.range(), format!("__codeact_mod__sandbox.{id}"));
}

/// Whether the code writes an imaginary literal (`2j`), whose numbers the
/// sandbox's `complex` is, with operators the `_classes` module dispatches.
pub(super) fn writes_imaginary_literals(suite: &[Stmt]) -> bool {
    #[derive(Default)]
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::NumberLiteral(literal) = expr
                && matches!(literal.value, Number::Complex { .. })
            {
                self.0 = true;
            }
            walk_expr(self, expr);
        }
    }
    let mut finder = Finder::default();
    for stmt in suite {
        finder.visit_stmt(stmt);
    }
    finder.0
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn missing_builtins_come_from_the_sandbox_module() {
        assert_eq!(
            rewritten("ok = callable(f)"),
            "ok = __codeact_mod__sandbox.callable(f)"
        );
        assert_eq!(
            rewritten("try:\n    pass\nexcept (IOError, EnvironmentError):\n    pass\n"),
            "try:\n    pass\nexcept (OSError, OSError):\n    pass\n"
        );
        for code in [
            "callable = 1\nok = callable(f)",
            "repr = 1\nok = callable(f)",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
