//! Exception classes of the code's own (`class ValidationError(Exception)`),
//! which monty 0.0.23 cannot define: its exceptions are a fixed set of
//! builtin types carrying one message.
//!
//! `inheritance` flattens such a class onto the module's `Error` (which
//! gives it `args`, `str` and `repr` as `BaseException` would) and records
//! its root, the builtin it derives from. In a session that has such
//! classes, this rewrite routes every place an exception passes:
//!
//! - `raise X` becomes `raise throw(X)`: an instance of an own class is kept
//!   on the module's stack of raised objects and a builtin exception of its
//!   root is raised in its place, carrying the object's key (and the text
//!   an uncaught traceback shows, see `errors::python_error`). Builtin
//!   handlers (`except ValueError`, `except Exception`) then catch it as
//!   Python would.
//! - `except T as e:` becomes `except clause(T) as __codeact_exc_N:`, with
//!   `__codeact_exc_N = enter(__codeact_exc_N); e = __codeact_exc_N; `
//!   before the handler's first statement. `clause` answers for the own
//!   classes in `T` from the innermost raised object (an own class matches
//!   by its root); `enter` checks that the caught exception is that object's
//!   carrier, takes it off the stack and gives the object back. Where the
//!   two could disagree (a carrier caught and dropped inside a sandbox
//!   module) `enter` raises a RuntimeError rather than go on with the wrong
//!   object. A bare `raise` in the handler raises the object again.
//! - A handler whose body starts with `if`, `for` or `with` binds them with
//!   `:=` in that statement's header (`if true((h := enter(h)), (e := h))
//!   and (test):`); one that starts with `try` binds them where that try's
//!   body starts. One that starts with another compound statement has no
//!   place for `enter`: its clause becomes `unprepared(T)`, which refuses
//!   (with a NotImplementedError saying what to write) while an own
//!   exception is in flight.
//!
//! A context manager's `__exit__` gets the class and object of such an
//! exception (`exit_arguments`), and a `return` of it that suppresses the
//! exception takes it off the stack (`exit_return`).
//!
//! The executors clear the stack before each block (`Checked::prologue`),
//! so an exception that ended an earlier block is not taken for one in
//! flight. Handlers in functions of earlier blocks, written before the
//! session had such classes, are not routed: a block that would define the
//! first such class after them keeps monty's refusal (see `ClassFacts`).

use ruff_python_ast::visitor::{Visitor, walk_stmt};
use ruff_python_ast::{ExceptHandler, Stmt, StmtFunctionDef, StmtRaise, StmtTry};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::class_members::MODULE;
use super::edits::Edits;
use super::except_messages;

/// The builtin exceptions a class of the code may derive from, each with
/// its builtin ancestors (`isinstance(err, LookupError)` of a class derived
/// from KeyError): monty builds all of them from one message (OSError's
/// `str` of `(errno, strerror[, filename])` is the module's `Error`'s).
/// Not ImportError (it takes keywords): a class deriving from it keeps
/// monty's refusal.
pub(crate) const ROOTS: &[(&str, &[&str])] = &[
    ("BaseException", &[]),
    ("OSError", &["Exception", "BaseException"]),
    ("Exception", &["BaseException"]),
    ("ArithmeticError", &["Exception", "BaseException"]),
    (
        "OverflowError",
        &["ArithmeticError", "Exception", "BaseException"],
    ),
    (
        "ZeroDivisionError",
        &["ArithmeticError", "Exception", "BaseException"],
    ),
    ("LookupError", &["Exception", "BaseException"]),
    ("IndexError", &["LookupError", "Exception", "BaseException"]),
    ("KeyError", &["LookupError", "Exception", "BaseException"]),
    ("RuntimeError", &["Exception", "BaseException"]),
    (
        "NotImplementedError",
        &["RuntimeError", "Exception", "BaseException"],
    ),
    ("AttributeError", &["Exception", "BaseException"]),
    ("NameError", &["Exception", "BaseException"]),
    ("ValueError", &["Exception", "BaseException"]),
    ("TypeError", &["Exception", "BaseException"]),
    ("AssertionError", &["Exception", "BaseException"]),
];

/// The builtin ancestors of root `name`, or `None` if it is not a root.
pub(crate) fn root_ancestors(name: &str) -> Option<&'static [&'static str]> {
    ROOTS
        .iter()
        .find(|(root, _)| *root == name)
        .map(|(_, ancestors)| *ancestors)
}

/// The key `inheritance` files the module's `Error` class under, and the
/// expression that reaches it.
pub(crate) fn error_base() -> String {
    format!("{MODULE}.Error")
}

/// Members `Error` defines (see `pymod/_classes.py`).
pub(crate) const ERROR_MEMBERS: &[&str] = &["__init__", "__str__", "__repr__"];

/// What the executors run before each block of a session with exception
/// classes: no exception is in flight when a block starts.
pub(crate) const PROLOGUE: &str = "__codeact_mod__classes.reset()";

/// The name a handler's caught exception is bound to first.
fn hidden_name(handler: TextRange) -> String {
    format!("__codeact_exc_{}", u32::from(handler.start()))
}

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    if let Stmt::Raise(raise) = stmt {
        on_raise(raise, context.facts.exceptions, context.source, edits);
    }
    if !context.facts.exceptions {
        return;
    }
    match stmt {
        Stmt::Try(try_stmt) if !try_stmt.is_star => on_try(try_stmt, context, edits),
        Stmt::FunctionDef(def)
            if context.in_class_body && !def.is_async && def.name.id.as_str() == "__exit__" =>
        {
            on_exit_method(def, edits);
        }
        _ => {}
    }
}

/// `raise X from Y` notes Y as X's `__cause__` in every session, so that
/// `err.__cause__` can be read: monty 0.0.23 never evaluates the `from`
/// clause, so the statement becomes `raise chain(X, Y)` (X, then Y, as
/// CPython evaluates them). Where the clause is not plainly `X from Y`
/// (parentheses around the cause) it becomes `raise chain_unknown(X)`,
/// whose `__cause__` refuses to be read. With the code's own exception
/// classes, X also goes through `throw`.
fn on_raise(raise: &StmtRaise, own_classes: bool, source: &str, edits: &mut Edits) {
    let Some(exc) = &raise.exc else {
        return;
    };
    let (throw, thrown) = if own_classes {
        (format!("{MODULE}.throw("), ")")
    } else {
        (String::new(), "")
    };
    let Some(cause) = &raise.cause else {
        if own_classes {
            edits.open(exc.range(), throw);
            edits.close(exc.range(), thrown);
        }
        return;
    };
    let gap = source.get(usize::from(exc.end())..usize::from(cause.start()));
    let tail = source.get(usize::from(cause.end())..usize::from(raise.end()));
    if gap.is_some_and(|gap| gap.trim() == "from") && tail == Some("") {
        edits.open(exc.range(), format!("{throw}{MODULE}.chain("));
        edits.replace(TextRange::new(exc.end(), cause.start()), ", ");
        edits.close(cause.range(), format!("){thrown}"));
    } else {
        edits.open(exc.range(), format!("{throw}{MODULE}.chain_unknown("));
        edits.close(exc.range(), format!("){thrown}"));
    }
}

/// `err.__cause__` and `err.__suppress_context__`, read from what
/// `raise ... from` noted (None and False where nothing was: the exception
/// was not raised with `from`).
pub(super) fn on_expr(expr: &ruff_python_ast::Expr, edits: &mut Edits, source: &str) {
    let ruff_python_ast::Expr::Attribute(attribute) = expr else {
        return;
    };
    let helper = match attribute.attr.id.as_str() {
        CAUSE => "cause_of",
        SUPPRESS_CONTEXT => "suppress_context_of",
        _ => return,
    };
    if !attribute.ctx.is_load() {
        return;
    }
    super::around_receiver(
        source,
        attribute,
        attribute.range(),
        format!("{MODULE}.{helper}("),
        ")",
        edits,
    );
}

/// The exception dunders the code may read (see `prepass`).
pub(crate) const CAUSE: &str = "__cause__";
pub(crate) const SUPPRESS_CONTEXT: &str = "__suppress_context__";

fn on_try(try_stmt: &StmtTry, context: &Context<'_>, edits: &mut Edits) {
    for handler in &try_stmt.handlers {
        let ExceptHandler::ExceptHandler(handler) = handler;
        let Some(first) = handler.body.first() else {
            continue;
        };
        let entry = entry(first, handler.end());
        let prepared = entry.is_some();
        let function = if prepared { "clause" } else { "unprepared" };
        let hidden = hidden_name(handler.range());
        let binding = if prepared {
            format!(" as {hidden}")
        } else {
            String::new()
        };
        match (&handler.type_, &handler.name) {
            (Some(written), name) => {
                edits.open(written.range(), format!("{MODULE}.{function}("));
                match name {
                    Some(name) if prepared => {
                        edits.close(written.range(), ")");
                        edits.replace(name.range(), hidden.clone());
                    }
                    None if prepared => edits.close(written.range(), format!("){binding}")),
                    _ => edits.close(written.range(), ")"),
                }
            }
            (None, _) => {
                // `except:` is `except BaseException:`; the keyword is the
                // handler's first six bytes.
                let keyword_end = handler.start() + TextSize::new(6);
                edits.open(
                    TextRange::empty(keyword_end),
                    format!(" {MODULE}.{function}(BaseException){binding}"),
                );
            }
        }
        if !prepared {
            continue;
        }
        let entered = if except_messages::fixes(context) {
            format!("{}.fix({MODULE}.enter({hidden}))", except_messages::MODULE)
        } else {
            format!("{MODULE}.enter({hidden})")
        };
        let mut bindings = vec![(hidden.clone(), entered)];
        if let Some(name) = &handler.name {
            bindings.push((name.id.to_string(), hidden.clone()));
        }
        if let Some(entry) = entry {
            bind(&entry, &bindings, edits);
        }
        let mut reraises = BareRaises::default();
        reraises.visit_body(&handler.body);
        for raise in reraises.found {
            edits.replace(raise, format!("raise {MODULE}.throw({hidden})"));
        }
    }
}

/// Writes `name = value` for each binding, in order, where `entry` says.
pub(super) fn bind(entry: &Entry, bindings: &[(String, String)], edits: &mut Edits) {
    match entry {
        Entry::Before(node) => {
            let text: String = bindings
                .iter()
                .map(|(name, value)| format!("{name} = {value}; "))
                .collect();
            edits.open(*node, text);
        }
        // A compound first statement binds them in its header, which runs
        // first.
        Entry::Header(expr, wrapper) => {
            let walruses: Vec<String> = bindings
                .iter()
                .map(|(name, value)| format!("({name} := {value})"))
                .collect();
            let walruses = walruses.join(", ");
            let before = match wrapper {
                Header::Test => format!("{MODULE}.true({walruses}) and ("),
                Header::Iterable => format!("{MODULE}.last({walruses}, "),
            };
            edits.open(*expr, before);
            edits.close(*expr, ")");
        }
    }
}

/// A context manager's `__exit__(self, exc_type, exc, tb)`: it gets the
/// class and the object of an exception of the code's own, not the
/// carrier; a `return` that suppresses one takes it off the stack.
fn on_exit_method(def: &StmtFunctionDef, edits: &mut Edits) {
    let parameters = &def.parameters;
    let positional: Vec<&str> = parameters
        .posonlyargs
        .iter()
        .chain(parameters.args.iter())
        .map(|p| p.parameter.name.id.as_str())
        .collect();
    let [_, kind, value, _] = positional.as_slice() else {
        return;
    };
    let Some(first) = def.body.first() else {
        return;
    };
    let Some(entry) = entry(first, def.end()) else {
        return;
    };
    let hidden = format!("__codeact_exit_{}", u32::from(def.start()));
    bind(
        &entry,
        &[
            (
                hidden.clone(),
                format!("{MODULE}.exit_arguments({kind}, {value})"),
            ),
            ((*kind).to_owned(), format!("{hidden}[0]")),
            ((*value).to_owned(), format!("{hidden}[1]")),
        ],
        edits,
    );
    let mut returns = Returns::default();
    returns.visit_body(&def.body);
    for value in returns.values {
        edits.open(value, format!("{MODULE}.exit_return("));
        edits.close(value, format!(", {hidden}[2])"));
    }
}

/// The values of the `return` statements of a function body, not of the
/// functions or classes nested in it.
#[derive(Default)]
struct Returns {
    values: Vec<TextRange>,
}

impl<'a> Visitor<'a> for Returns {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Return(ret) => {
                if let Some(value) = &ret.value {
                    self.values.push(value.range());
                }
            }
            _ => walk_stmt(self, stmt),
        }
    }
}

/// How a compound statement's header takes the handler's bindings.
pub(super) enum Header {
    /// A condition: `true(bindings) and (test)`.
    Test,
    /// An iterable or context manager: `last(bindings, expr)`.
    Iterable,
}

/// Where a handler's bindings go so that they run before anything else
/// of its body.
pub(super) enum Entry {
    /// Before a simple statement, on its line: the node to open reaches to
    /// the handler's end, so the text goes before what any rewrite of the
    /// statement writes there.
    Before(TextRange),
    /// Into the header of a compound statement.
    Header(TextRange, Header),
}

/// The entry of a body that starts with `stmt` (in a handler ending at
/// `end`): a simple statement, the header of an `if`, `for` or `with`, or
/// the entry of the body of a `try` (which has no header); `None` for the
/// others (`while` tests again, `match`, `def`...).
pub(super) fn entry(stmt: &Stmt, end: TextSize) -> Option<Entry> {
    if except_messages::is_simple(stmt) {
        return Some(Entry::Before(TextRange::new(stmt.start(), end)));
    }
    match stmt {
        Stmt::If(stmt) => Some(Entry::Header(stmt.test.range(), Header::Test)),
        Stmt::For(stmt) if !stmt.is_async => {
            Some(Entry::Header(stmt.iter.range(), Header::Iterable))
        }
        Stmt::With(stmt) if !stmt.is_async => stmt
            .items
            .first()
            .map(|item| Entry::Header(item.context_expr.range(), Header::Iterable)),
        Stmt::Try(stmt) if !stmt.is_star => entry(stmt.body.first()?, end),
        _ => None,
    }
}

/// The bare `raise` statements that re-raise the exception of the handler
/// whose body is walked: not those of nested handlers, functions or classes.
#[derive(Default)]
struct BareRaises {
    found: Vec<TextRange>,
}

impl<'a> Visitor<'a> for BareRaises {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Raise(raise) if raise.exc.is_none() => self.found.push(raise.range()),
            Stmt::Try(try_stmt) => {
                // The nested handlers' own bare raises are theirs.
                self.visit_body(&try_stmt.body);
                self.visit_body(&try_stmt.orelse);
                self.visit_body(&try_stmt.finalbody);
            }
            _ => walk_stmt(self, stmt),
        }
    }
}

/// Whether `suite` defines a function with an `except` handler in it: such
/// a function, kept by the session, would catch exceptions of classes a
/// later block defines without this rewrite's routing.
pub(crate) fn has_catching_function(suite: &[Stmt]) -> bool {
    #[derive(Default)]
    struct Finder {
        depth: usize,
        found: bool,
    }
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::FunctionDef(_) => {
                    self.depth += 1;
                    walk_stmt(self, stmt);
                    self.depth -= 1;
                }
                Stmt::Try(_) if self.depth > 0 => self.found = true,
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut finder = Finder::default();
    finder.visit_body(suite);
    finder.found
}

#[cfg(test)]
mod tests {
    use super::super::{ClassFacts, rewrite};

    /// The rewritten block in a session whose classes include an exception
    /// class, as after an earlier block defined one.
    fn rewritten_with_exceptions(code: &str) -> String {
        let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
        let mut facts = ClassFacts {
            exceptions: true,
            ..ClassFacts::default()
        };
        let (out, _) = rewrite(code, parsed.suite(), &[], Vec::new(), &mut facts)
            .expect("the rewrites of test code do not clash");
        assert!(
            ruff_python_parser::parse_module(&out).is_ok(),
            "rewritten code does not parse:\n{out}"
        );
        assert_eq!(out.lines().count(), code.lines().count(), "{out}");
        out
    }

    #[test]
    fn raise_from_notes_the_cause_in_every_session() {
        let out = super::super::rewritten("raise RuntimeError('x') from err\nprint(e.__cause__)\n");
        assert_eq!(
            out,
            "raise __codeact_mod__classes.chain(RuntimeError('x'), err)\nprint(__codeact_mod__classes.cause_of(e))\n"
        );
        let out = super::super::rewritten("raise E from (err)\n");
        assert_eq!(
            out,
            "raise __codeact_mod__classes.chain_unknown(E) from (err)\n"
        );
    }

    #[test]
    fn raises_and_handlers_are_routed_through_the_module() {
        let out = rewritten_with_exceptions(
            "try:\n    raise E('x') from err\nexcept E as e:\n    print(e)\n    raise\nexcept:\n    pass\n",
        );
        assert!(
            out.contains(
                "raise __codeact_mod__classes.throw(__codeact_mod__classes.chain(E('x'), err))\n"
            ),
            "{out}"
        );
        assert!(
            out.contains("except __codeact_mod__classes.clause(E) as __codeact_exc_"),
            "{out}"
        );
        assert!(out.contains("e = __codeact_exc_"), "{out}");
        assert!(
            out.contains("raise __codeact_mod__classes.throw(__codeact_exc_"),
            "{out}"
        );
        assert!(
            out.contains("except __codeact_mod__classes.clause(BaseException) as __codeact_exc_"),
            "{out}"
        );
    }

    #[test]
    fn a_handler_without_a_line_for_enter_refuses_own_exceptions() {
        let out = rewritten_with_exceptions(
            "try:\n    f()\nexcept ValueError as e:\n    while e:\n        print(e)\n",
        );
        assert!(
            out.contains("except __codeact_mod__classes.unprepared(ValueError) as e:"),
            "{out}"
        );
        let out = rewritten_with_exceptions(
            "try:\n    f()\nexcept ValueError as e:\n    if e.args or x:\n        print(e)\n",
        );
        assert!(
            out.contains(") and (e.args or x):") && out.contains(", (e := __codeact_exc_"),
            "{out}"
        );
    }

    #[test]
    fn nothing_changes_in_a_session_without_exception_classes() {
        let code = "try:\n    raise ValueError('x')\nexcept KeyError:\n    pass\n";
        assert_eq!(super::super::rewritten(code), code);
    }

    #[test]
    fn catching_functions_are_found_only_inside_functions() {
        let catching = |code: &str| {
            let parsed = ruff_python_parser::parse_module(code).expect("test code parses");
            super::has_catching_function(parsed.suite())
        };
        assert!(catching(
            "def f():\n    try:\n        g()\n    except E:\n        pass\n"
        ));
        assert!(!catching("try:\n    g()\nexcept E:\n    pass\n"));
    }
}
