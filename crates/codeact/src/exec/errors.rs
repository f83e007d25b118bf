//! monty's exceptions as the short tracebacks models read.

use monty_types::MontyException;

use crate::exec::PythonError;

/// The exception, with the line of the innermost frame of the code itself.
pub(crate) fn python_error(exception: &MontyException) -> PythonError {
    let frame = exception.traceback().last();
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
