//! The messages of exceptions the code catches by name, in CPython 3.11's
//! words: monty 0.0.23 words some after CPython 3.14 (`math.sqrt(-1)`:
//! "expected a nonnegative input, got -1.0" for "math domain error") and
//! some its own way ("max() iterable argument is empty"), and agent code
//! prints `e` from its `except` clauses all the time.
//!
//! `except ValueError as e:` gets `e = fix(e); ` before the first
//! statement of its body, on that statement's line (or `e := fix(e)` in
//! the header of an `if`, `for` or `with` it starts with, see
//! `exceptions::entry`); `fix` returns the exception itself unless its
//! message is one of a fixed list, which it replaces with CPython's (see
//! `pymod/_errors.py`). A body that starts with another compound statement
//! is left alone.

use ruff_python_ast::{ExceptHandler, Stmt};
use ruff_text_size::Ranged;

use super::Context;
use super::edits::Edits;
use super::exceptions;

pub(super) const MODULE: &str = "__codeact_mod__errors";

/// Builtins `fix` calls, which a binding in the block would hide.
const HELPER_BUILTINS: &[&str] = &[
    "type",
    "str",
    "len",
    "KeyError",
    "ValueError",
    "TypeError",
    "ZeroDivisionError",
];

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    let Stmt::Try(try_stmt) = stmt else {
        return;
    };
    // With exception classes of the code's own, `exceptions` binds the
    // caught exception and fixes it in the same statement.
    if try_stmt.is_star || !fixes(context) || context.facts.exceptions {
        return;
    }
    for handler in &try_stmt.handlers {
        let ExceptHandler::ExceptHandler(handler) = handler;
        let (Some(name), Some(first)) = (&handler.name, handler.body.first()) else {
            continue;
        };
        let Some(entry) = exceptions::entry(first, handler.end()) else {
            continue;
        };
        let name = name.id.as_str();
        exceptions::bind(
            &entry,
            &[(name.to_owned(), format!("{MODULE}.fix({name})"))],
            edits,
        );
    }
}

/// Whether `fix` can run here: no binding of the block hides the builtins
/// it calls.
pub(super) fn fixes(context: &Context<'_>) -> bool {
    !context.bound.any(HELPER_BUILTINS)
}

/// A statement that may follow another on one line after `;`.
pub(super) fn is_simple(stmt: &Stmt) -> bool {
    matches!(
        stmt,
        Stmt::Expr(_)
            | Stmt::Assign(_)
            | Stmt::AugAssign(_)
            | Stmt::AnnAssign(_)
            | Stmt::Return(_)
            | Stmt::Raise(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::Assert(_)
            | Stmt::Delete(_)
            | Stmt::Import(_)
            | Stmt::ImportFrom(_)
    )
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn a_named_handler_fixes_its_exception_first() {
        assert_eq!(
            rewritten(
                "try:\n    f()\nexcept ValueError as e:\n    print(e)\nexcept KeyError:\n    pass\n"
            ),
            "try:\n    f()\nexcept ValueError as e:\n    e = __codeact_mod__errors.fix(e); print(e)\nexcept KeyError:\n    pass\n"
        );
        assert_eq!(
            rewritten("try:\n    f()\nexcept (TypeError, ValueError) as err: print(err)\n"),
            "try:\n    f()\nexcept (TypeError, ValueError) as err: err = __codeact_mod__errors.fix(err); print(err)\n"
        );
    }

    #[test]
    fn the_fix_goes_before_a_rewrite_of_the_first_statement() {
        let out = rewritten("try:\n    f()\nexcept KeyError as e:\n    del d[k]\n    print(e)\n");
        assert!(
            out.contains("\n    e = __codeact_mod__errors.fix(e); ") && !out.contains("del d[k]"),
            "{out}"
        );
    }

    #[test]
    fn a_compound_first_statement_or_a_rebound_builtin_is_left_alone() {
        for code in [
            "try:\n    f()\nexcept ValueError as e:\n    while e:\n        print(e)\n",
            "str = 1\ntry:\n    f()\nexcept ValueError as e:\n    print(e)\n",
        ] {
            assert_eq!(rewritten(code), code);
        }
    }
}
