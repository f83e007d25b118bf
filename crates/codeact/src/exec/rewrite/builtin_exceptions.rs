//! Builtin exception classes monty 0.0.23 lacks (`ConnectionError`,
//! `EOFError`, the warnings...), written as classes of the code's own: a
//! block that names one, and binds no such name itself, gets their
//! definitions before its first line, deriving from the builtins monty has
//! as in CPython's hierarchy, and the exception classes rewrite
//! (`inheritance`, `exceptions`) makes them raise, match, print and
//! compare as CPython's do. Each is defined once per session.
//!
//! Left out, as they could not be exact: `UnicodeError` (monty raises its
//! own `UnicodeDecodeError`, which would not derive from it),
//! `IndentationError`/`TabError` (syntax errors come from the parser) and
//! the exception groups.

use ruff_python_ast::visitor::{Visitor, walk_expr};
use ruff_python_ast::{Expr, Stmt};

use super::class_members::ClassFacts;

/// The classes, each after its base.
const MISSING: &[(&str, &str)] = &[
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("EOFError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("BufferError", "Exception"),
    ("ReferenceError", "Exception"),
    ("SystemError", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

/// The definitions to put before the block's code (one line each), or
/// None when it names none of the missing classes not defined yet.
pub(crate) fn prelude(code: &str, suite: &[Stmt], facts: &ClassFacts) -> Option<String> {
    if !MISSING.iter().any(|(name, _)| code.contains(name)) || code.contains("__future__") {
        return None;
    }
    struct Names<'a>(Vec<&'a str>);
    impl<'a> Visitor<'a> for Names<'a> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Expr::Name(name) = expr
                && name.ctx.is_load()
            {
                self.0.push(name.id.as_str());
            }
            walk_expr(self, expr);
        }
    }
    let mut names = Names(Vec::new());
    names.visit_body(suite);
    let bound = super::names::BoundNames::of(suite);
    let mut wanted: Vec<&str> = MISSING
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| names.0.contains(name) && !bound.any(&[name]))
        .collect();
    // Their bases, up to the builtins monty has.
    let mut index = 0;
    while index < wanted.len() {
        if let Some((_, base)) = MISSING.iter().find(|(name, _)| *name == wanted[index])
            && MISSING.iter().any(|(name, _)| name == base)
            && !wanted.contains(base)
        {
            wanted.push(base);
        }
        index += 1;
    }
    let text: String = MISSING
        .iter()
        .filter(|(name, _)| wanted.contains(name) && !facts.classes.contains_key(*name))
        .map(|(name, base)| format!("class {name}({base}): pass\n"))
        .collect();
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prelude_of(code: &str) -> Option<String> {
        let parsed = ruff_python_parser::parse_module(code).expect("parses");
        prelude(code, parsed.suite(), &ClassFacts::default())
    }

    #[test]
    fn a_named_missing_class_comes_with_its_bases() {
        assert_eq!(
            prelude_of("try:\n    pass\nexcept BrokenPipeError:\n    pass\n").as_deref(),
            Some(
                "class ConnectionError(OSError): pass\nclass BrokenPipeError(ConnectionError): pass\n"
            )
        );
    }

    #[test]
    fn names_the_code_binds_or_only_spells_get_nothing() {
        assert_eq!(
            prelude_of("class EOFError(Exception):\n    pass\nraise EOFError()\n"),
            None
        );
        assert_eq!(prelude_of("print('EOFError')\n"), None);
        assert_eq!(prelude_of("x.EOFError = 1\n"), None);
    }
}
