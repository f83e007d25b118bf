//! `e.value` and `e.args` of a `StopIteration` a generator of the sandbox
//! raised at its `return v`: monty 0.0.23's exceptions carry one str, so
//! the value is kept by the `_generator` module and read there. The names
//! are those an `except StopIteration as e` (or a tuple naming it) binds
//! anywhere in the session; the module's helpers read anything else as
//! the attribute itself.

use std::collections::BTreeSet;

use ruff_python_ast::statement_visitor::{StatementVisitor, walk_stmt};
use ruff_python_ast::{ExceptHandler, Expr, Stmt};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;

/// Adds to `names` those the handlers of `suite` catching StopIteration
/// bind.
pub(super) fn update_names(suite: &[Stmt], names: &mut BTreeSet<String>) {
    struct Finder<'n>(&'n mut BTreeSet<String>);
    impl<'a> StatementVisitor<'a> for Finder<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Try(try_stmt) = stmt {
                for handler in &try_stmt.handlers {
                    let ExceptHandler::ExceptHandler(handler) = handler;
                    let catches = |expr: &Expr| matches!(expr, Expr::Name(n) if n.id.as_str() == "StopIteration");
                    let stop = handler.type_.as_deref().is_some_and(|caught| match caught {
                        Expr::Tuple(tuple) => tuple.elts.iter().any(catches),
                        other => catches(other),
                    });
                    if stop && let Some(name) = &handler.name {
                        self.0.insert(name.id.to_string());
                    }
                }
            }
            walk_stmt(self, stmt);
        }
    }
    Finder(names).visit_body(suite);
}

pub(super) fn on_expr(expr: &Expr, context: &Context<'_>, edits: &mut Edits) {
    // `next(g)`: monty's next() ends with a StopIteration of its own,
    // without the value, so in a session that reads one the module steps
    // the sandbox's generators itself.
    if let Expr::Call(call) = expr
        && let Expr::Name(callee) = call.func.as_ref()
        && callee.id.as_str() == "next"
        && !context.facts.stop_names.is_empty()
        && !context.facts.generator_states.is_empty()
        && (1..=2).contains(&call.arguments.args.len())
        && !matches!(
            call.arguments.args[0],
            Expr::Generator(_) | Expr::Starred(_)
        )
        && call.arguments.keywords.is_empty()
        && !context.bound.any(&["next", "isinstance", "len"])
    {
        edits.replace(callee.range(), "__codeact_mod__generator.next_");
        return;
    }
    let Expr::Attribute(attribute) = expr else {
        return;
    };
    let Expr::Name(owner) = attribute.value.as_ref() else {
        return;
    };
    let helper = match attribute.attr.id.as_str() {
        "value" => "stop_value",
        "args" => "stop_args",
        _ => return,
    };
    if !attribute.ctx.is_load()
        || context.called_method
        || !context.facts.stop_names.contains(owner.id.as_str())
    {
        return;
    }
    edits.replace(
        attribute.range(),
        format!("__codeact_mod__generator.{helper}({})", owner.id),
    );
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn values_of_caught_stop_iterations_are_read_in_the_module() {
        assert_eq!(
            rewritten(
                "try:\n    next(g)\nexcept StopIteration as e:\n    print(e.value, e.args)\n"
            ),
            "try:\n    next(g)\nexcept StopIteration as e:\n    e = __codeact_mod__errors.fix(e); print(__codeact_mod__generator.stop_value(e), __codeact_mod__generator.stop_args(e))\n"
        );
        let other = rewritten("try:\n    f()\nexcept ValueError as e:\n    print(e.args)\n");
        assert!(other.ends_with("print(e.args)\n"), "{other}");
    }
}
