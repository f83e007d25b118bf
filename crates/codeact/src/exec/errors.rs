//! monty's exceptions as the short tracebacks models read.

use monty_types::MontyException;

use super::pymod::LINE_MARK;
use crate::exec::PythonError;

/// The exception, with the line of the innermost frame of the code itself
/// (not of a module the sandbox provides in Python).
pub(crate) fn python_error(exception: &MontyException) -> PythonError {
    let frame = exception.traceback().iter().rev().find(|frame| {
        !frame
            .preview_line
            .as_deref()
            .is_some_and(|line| line.contains(LINE_MARK))
    });
    PythonError {
        kind: exception.exc_type().to_string(),
        message: exception.message().unwrap_or_default().to_owned(),
        line: frame.map(|frame| frame.start.line),
        source_line: frame
            .and_then(|frame| frame.preview_line.as_deref())
            .map(|line| line.trim().to_owned())
            .filter(|line| !line.is_empty()),
    }
}
