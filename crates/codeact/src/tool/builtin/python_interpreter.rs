//! `python_interpreter`: Python in the sandbox, as a tool.

use std::sync::Arc;

use async_trait::async_trait;
use serde_json::{Value, json};

use crate::exec::{Execution, ExecutorFactory, default_sandbox};
use crate::tool::{Tool, ToolArgs, ToolError, ToolInput, ToolSet, ToolSpec};

const NAME: &str = "python_interpreter";

/// `python_interpreter(code)`: runs Python in the sandbox and returns what it
/// printed and the value of its last expression, as smolagents' tool does:
/// `Stdout:\n<printed>\nOutput: <repr of the value, or None>`. An exception
/// is a tool error carrying the traceback (and whatever was printed before
/// it), for the model to read and fix.
///
/// For the tool-calling agent, which has no sandbox of its own; a CodeAgent
/// already runs its code in one.
///
/// Every call runs in a fresh session: nothing persists from one call to the
/// next. That is smolagents' behaviour too, and it is what makes one tool
/// instance safe to share between concurrent runs (a session kept in the tool
/// would mix the variables of unrelated runs). The session has the sandbox's
/// import allow-list and limits, and no tools.
///
/// ```
/// use codeact::tool::Tool;
/// use codeact::tool::builtin::PythonInterpreterTool;
/// use serde_json::json;
///
/// let tool = PythonInterpreterTool::new();
/// let args = json!({"code": "print('hi')\n6 * 7"}).as_object().cloned().unwrap_or_default();
/// let out = codeact::blocking::wait(tool.call(args))?;
/// assert_eq!(out, json!("Stdout:\nhi\n\nOutput: 42"));
/// # Ok::<(), codeact::tool::ToolError>(())
/// ```
pub struct PythonInterpreterTool {
    spec: ToolSpec,
    sandbox: Arc<dyn ExecutorFactory>,
}

impl PythonInterpreterTool {
    /// Runs code in [`default_sandbox`] (in-process sessions).
    pub fn new() -> Self {
        Self::with_sandbox(default_sandbox())
    }

    /// Runs code in sessions from `sandbox`, for example a
    /// [`WorkerPoolFactory`](crate::exec::WorkerPoolFactory).
    pub fn with_sandbox(sandbox: Arc<dyn ExecutorFactory>) -> Self {
        let imports = sandbox.authorized_imports().join(", ");
        let mut description = String::from(
            "Evaluates Python code and returns what it printed and the value of its last \
             expression. Use it to perform calculations.",
        );
        let notes = sandbox.language_notes();
        if !notes.trim().is_empty() {
            description.push(' ');
            description.push_str(notes.trim());
        }
        let spec = ToolSpec::new(NAME, description)
            .input(ToolInput::new(
                "code",
                format!(
                    "The code snippet to evaluate. All variables used in this snippet must be \
                     defined in this same snippet, else you will get an error. This code can only \
                     import the following python libraries: {imports}."
                ),
                json!({"type": "string"}),
            ))
            .output(json!({"type": "string"}));
        Self { spec, sandbox }
    }
}

impl Default for PythonInterpreterTool {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for PythonInterpreterTool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PythonInterpreterTool")
            .field("spec", &self.spec)
            .finish_non_exhaustive()
    }
}

#[async_trait]
impl Tool for PythonInterpreterTool {
    fn spec(&self) -> &ToolSpec {
        &self.spec
    }

    async fn call(&self, args: ToolArgs) -> Result<Value, ToolError> {
        let Some(Value::String(code)) = args.get("code") else {
            return Err(ToolError::InvalidArgument {
                tool: NAME.into(),
                argument: "code".into(),
                expected: "a string".into(),
                got: args
                    .get("code")
                    .map_or_else(|| "nothing".into(), Value::to_string),
            });
        };
        let failed = |what: &str, err: crate::exec::ExecError| {
            ToolError::failed(NAME, format!("the sandbox {what}: {err}"))
        };
        let mut session = self
            .sandbox
            .create()
            .await
            .map_err(|err| failed("could not start", err))?;
        let execution = session
            .execute(code, &ToolSet::default())
            .await
            .map_err(|err| failed("failed", err))?;
        report(execution).map(Value::String)
    }
}

/// The observation of one execution, or the error the model gets.
fn report(execution: Execution) -> Result<String, ToolError> {
    let notes: String = execution
        .notes
        .iter()
        .map(|note| format!("\nNote: {note}"))
        .collect();
    if let Some(error) = &execution.error {
        let printed = if execution.output.is_empty() {
            String::new()
        } else {
            format!("Stdout before the error:\n{}\n", execution.output)
        };
        return Err(ToolError::failed(
            NAME,
            format!("the code raised an exception:\n{printed}{error}{notes}"),
        ));
    }
    if execution.final_answer.is_some() {
        return Err(ToolError::failed(
            NAME,
            "final_answer() cannot be called inside python_interpreter code: call the \
             final_answer tool itself with the answer",
        ));
    }
    Ok(format!(
        "Stdout:\n{}\nOutput: {}{notes}",
        execution.output,
        execution.value.as_deref().unwrap_or("None")
    ))
}
