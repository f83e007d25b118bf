//! monty's exceptions as the short tracebacks models read.

use monty_types::MontyException;

use super::pymod::LINE_MARK;
use crate::exec::PythonError;

/// What to write instead of syntax monty cannot run, keyed by the end of
/// its "does not yet support ..." message: models read the message and
/// retry, and a way around beats a bare refusal.
const SYNTAX_HINTS: &[(&str, &str)] = &[
    (
        "yield expressions",
        "the sandbox runs generator functions whose yields stand as statements of their own (yield x, yield from xs) or as the value of an assignment (y = yield x), inside if, for, while and try/except (not try/finally, a bare except or one catching BaseException or GeneratorExit, with or match), in a def that is not async and uses no nonlocal or super(); otherwise build the values in a list and return the list",
    ),
    (
        "yield from expressions",
        "the sandbox runs generator functions whose yields stand as statements of their own (yield x, yield from xs) or as the value of an assignment (y = yield x), inside if, for, while and try/except (not try/finally, a bare except or one catching BaseException or GeneratorExit, with or match), in a def that is not async and uses no nonlocal or super(); otherwise build the values in a list and return the list",
    ),
    (
        "class inheritance and metaclasses",
        "a class here can inherit only from classes of your own code defined before it and from one builtin exception (Exception, ValueError...), or be an Enum, IntEnum, StrEnum, NamedTuple or TypedDict (not Flag, ABC or other library classes), with super() only as super().method(...) in instance methods and not in a diamond (two bases sharing an ancestor) whose classes with one base call super(); an exception class must come before (or in the same block as) any function that catches exceptions, else raise built-in exceptions such as ValueError",
    ),
    (
        "method decorators (classmethod/staticmethod/property)",
        "the sandbox applies @property (with its .setter), @staticmethod, @classmethod and decorators of your own when the class statement starts its own lines and the decorated names are used nowhere else in the class body; otherwise use plain methods (obj.area() rather than a property obj.area)",
    ),
    (
        "pattern matching (match statements)",
        "the sandbox runs match statements whose class patterns use keywords (Point(x=0)) or are builtin types (str(s)); for other positional class patterns use an if/elif chain",
    ),
    (
        "the 'del' statement",
        "del works here only on dict keys, list items and list slices (del d[key], del items[i], del items[a:b]), one target per del statement for a slice; for names and attributes assign a new value or build a new list or dict instead",
    ),
];

const NOT_YET: &str = "The monty syntax parser does not yet support ";

fn with_hint(message: &str) -> String {
    let hint = message.strip_prefix(NOT_YET).and_then(|what| {
        SYNTAX_HINTS
            .iter()
            .find(|(construct, _)| *construct == what)
            .map(|(_, hint)| *hint)
    });
    let hint = hint
        .or_else(|| {
            message
                .ends_with(IMPLICIT_CALL)
                .then_some(IMPLICIT_CALL_HINT)
        })
        .or_else(|| big_int_as_float(message).then_some(BIG_INT_HINT))
        .or_else(|| bool_operand(message).then_some(BOOL_OPERAND_HINT))
        .or_else(|| {
            message
                .ends_with(EXCEPTION_ARGUMENTS)
                .then_some(EXCEPTION_ARGUMENTS_HINT)
        });
    match hint {
        Some(hint) => format!("{message}; {hint}"),
        None => message.to_owned(),
    }
}

/// Whether `message` is monty 0.0.23 refusing to make a float of an int
/// past 64 bits, which CPython does (`float(2**70)`, `math.sqrt`, `//`,
/// `%` and `divmod` with a float): with smaller ints these succeed, so the
/// message can only come from a big one.
fn big_int_as_float(message: &str) -> bool {
    message == "float() argument must be a string or a real number, not 'int'"
        || message == "must be real number, not int"
        || message.starts_with("unsupported operand type(s) for ")
            && (message.ends_with(": 'int' and 'float'")
                || message.ends_with(": 'float' and 'int'"))
}

/// monty 0.0.23 refuses a bool in `+` and `-`; the rewrites convert the
/// operands they can see are bools (see `rewrite::bools`), not others.
fn bool_operand(message: &str) -> bool {
    (message.starts_with("unsupported operand type(s) for +: ")
        || message.starts_with("unsupported operand type(s) for -: "))
        && (message.contains("'bool' and ") || message.ends_with(" and 'bool'"))
}

const BOOL_OPERAND_HINT: &str = "the sandbox adds and subtracts a bool only where it can see the value is one; write int(flag) (or sum(flags)) for a bool taken from a container or a function";

const BIG_INT_HINT: &str = "the sandbox cannot convert an int beyond 64 bits (past 9223372036854775807) to a float for float(), the math functions, //, % or divmod with a float; keep such values in integer arithmetic (//, isqrt) or scale them down first (n / 10**k works)";

/// monty 0.0.23's builtin exceptions take one str argument at most.
const EXCEPTION_ARGUMENTS: &str = "exceptions can only be called with zero or one string argument";

const EXCEPTION_ARGUMENTS_HINT: &str = "the sandbox's builtin exceptions (ValueError, KeyError...) take one str argument: pass an f-string (raise KeyError(f\"{key}\")), or define an exception class of your own, which takes any arguments";

/// How monty 0.0.23 ends the message of a tool (or host function) called
/// from Python it runs by itself, where it cannot pause for the host.
const IMPLICIT_CALL: &str = "is not yet supported in this context";

const IMPLICIT_CALL_HINT: &str = "tools and the host's functions (time, input) cannot run inside code the interpreter calls by itself: special methods such as __eq__ or __next__ (the body of a generator function while a for loop, list() or next() walks it) and key= functions of sorted, min and max; call them in plain statements and pass the results in (for a generator, build a list in a loop and return it)";

/// The exception, with the line of the innermost frame of the code itself
/// (not of a module the sandbox provides in Python).
pub(crate) fn python_error(exception: &MontyException) -> PythonError {
    let frame = exception.traceback().iter().rev().find(|frame| {
        !frame
            .preview_line
            .as_deref()
            .is_some_and(|line| line.contains(LINE_MARK))
    });
    let message = exception.message().unwrap_or_default();
    let (kind, message) = match own_class_exception(message) {
        Some((kind, message)) => (kind.to_owned(), message.to_owned()),
        None => (exception.exc_type().to_string(), with_hint(message)),
    };
    PythonError {
        kind,
        message,
        line: frame.map(|frame| frame.start.line),
        source_line: frame
            .and_then(|frame| frame.preview_line.as_deref())
            .map(|line| line.trim().to_owned())
            .filter(|line| !line.is_empty()),
    }
}

/// The class name and message of an exception of the code's own class,
/// from the message of the builtin exception that carried it out of the
/// block (see `rewrite::exceptions`): `\0codeact-exception:KEY\0Name: text`.
fn own_class_exception(message: &str) -> Option<(&str, &str)> {
    let rest = message.strip_prefix(OWN_CLASS_CARRIER)?;
    let (_key, shown) = rest.split_once('\0')?;
    Some(shown.split_once(": ").unwrap_or((shown, "")))
}

/// How the message of such a carrier starts (`CARRIER` in
/// `pymod/_classes.py`).
const OWN_CLASS_CARRIER: &str = "\0codeact-exception:";

/// `error` pointing at the line of `code` (the block as the user wrote it)
/// and showing its text, not the line as rewritten before it ran: rewrites
/// put the sandbox's helpers into the text, and `lines` maps the lines one
/// added.
pub(crate) fn with_user_line(
    mut error: PythonError,
    code: &str,
    lines: &super::rewrite::LineMap,
) -> PythonError {
    error.line = error.line.map(|line| lines.written(line));
    if let Some(line) = error
        .line
        .and_then(|n| n.checked_sub(1))
        .and_then(|index| code.lines().nth(usize::try_from(index).ok()?))
        .map(str::trim)
        .filter(|line| !line.is_empty())
    {
        error.source_line = Some(line.to_owned());
    }
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_own_class_exception_shows_its_class_and_message() {
        assert_eq!(
            own_class_exception("\0codeact-exception:3\0ValidationError: bad input: x"),
            Some(("ValidationError", "bad input: x"))
        );
        assert_eq!(
            own_class_exception("\0codeact-exception:4\0Empty"),
            Some(("Empty", ""))
        );
        assert_eq!(own_class_exception("plain message"), None);
    }

    #[test]
    fn unsupported_syntax_says_what_to_write_instead() {
        let message = with_hint("The monty syntax parser does not yet support yield expressions");
        assert!(
            message.ends_with("build the values in a list and return the list"),
            "{message}"
        );
        assert_eq!(with_hint("division by zero"), "division by zero");
        let message =
            with_hint("__next__: external function 'fetch' is not yet supported in this context");
        assert!(message.contains("generator function"), "{message}");
        let message = with_hint("unsupported operand type(s) for //: 'int' and 'float'");
        assert!(message.contains("beyond 64 bits"), "{message}");
        let message = with_hint(
            "Internal error in monty: exceptions can only be called with zero or one string argument",
        );
        assert!(message.contains("f-string"), "{message}");
        let message = with_hint("unsupported operand type(s) for //: 'int' and 'str'");
        assert!(!message.contains("beyond 64 bits"), "{message}");
        let message = with_hint("unsupported operand type(s) for +: 'bool' and 'int'");
        assert!(message.contains("int(flag)"), "{message}");
        let message = with_hint("unsupported operand type(s) for +: 'str' and 'int'");
        assert!(!message.contains("int(flag)"), "{message}");
    }
}
