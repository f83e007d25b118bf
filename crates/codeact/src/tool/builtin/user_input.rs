//! `user_input`: asks the user a question and returns the answer.

use std::io::{self, BufRead, Write};
use std::sync::Arc;

use async_trait::async_trait;
use serde_json::{Value, json};
use tokio::sync::{Mutex, mpsc};
use tokio::task::JoinHandle;

use crate::tool::{Tool, ToolArgs, ToolError, ToolInput, ToolSpec};

const NAME: &str = "user_input";

/// Where the answers come from: one line per question.
///
/// ```
/// use async_trait::async_trait;
/// use codeact::tool::builtin::LineSource;
///
/// /// Always answers "yes".
/// struct Agreeable;
///
/// #[async_trait]
/// impl LineSource for Agreeable {
///     async fn read_line(&self) -> std::io::Result<Option<String>> {
///         Ok(Some("yes".into()))
///     }
/// }
/// ```
#[async_trait]
pub trait LineSource: Send + Sync {
    /// The next line, without its line ending; `None` when the input has
    /// ended.
    async fn read_line(&self) -> io::Result<Option<String>>;
}

/// Where the question is shown before the answer is read.
///
/// Any `Fn(&str) -> io::Result<()>` is one, which is how a UI receives the
/// questions:
///
/// ```
/// use codeact::tool::builtin::{ChannelLines, UserInputTool};
///
/// let (questions, mut asked) = tokio::sync::mpsc::unbounded_channel::<String>();
/// let (_answers, lines) = ChannelLines::new();
/// let tool = UserInputTool::new().source(lines).prompt(move |question: &str| {
///     questions.send(question.to_owned()).map_err(std::io::Error::other)
/// });
/// # let _ = (tool, asked.try_recv());
/// ```
pub trait PromptSink: Send + Sync {
    /// Shows `question` to the user.
    fn show(&self, question: &str) -> io::Result<()>;
}

impl<F> PromptSink for F
where
    F: Fn(&str) -> io::Result<()> + Send + Sync,
{
    fn show(&self, question: &str) -> io::Result<()> {
        self(question)
    }
}

/// Writes the question to stderr, followed by a `> ` prompt on its own line.
/// Stderr, so that a program printing its result (or JSON) on stdout keeps
/// stdout clean.
#[derive(Debug, Clone, Copy, Default)]
pub struct StderrPrompt;

impl PromptSink for StderrPrompt {
    fn show(&self, question: &str) -> io::Result<()> {
        let mut stderr = io::stderr().lock();
        write!(stderr, "{}\n> ", question.trim_end())?;
        stderr.flush()
    }
}

/// Reads lines from the process's standard input.
///
/// Each read runs on a blocking thread, so the async runtime never stalls.
/// Standard input is one per process, so all `StdinLines` share one read at a
/// time; a read whose caller went away (a cancelled run) is not repeated: its
/// line goes to the next caller, and no second thread ever waits on stdin.
///
/// ```
/// use codeact::tool::builtin::{StdinLines, UserInputTool};
/// let tool = UserInputTool::new().source(StdinLines);
/// # let _ = tool;
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct StdinLines;

type StdinRead = JoinHandle<io::Result<Option<String>>>;

/// The read of stdin under way, if one is.
static STDIN_READ: Mutex<Option<StdinRead>> = Mutex::const_new(None);

#[async_trait]
impl LineSource for StdinLines {
    async fn read_line(&self) -> io::Result<Option<String>> {
        let mut pending = STDIN_READ.lock().await;
        let read = pending.get_or_insert_with(|| tokio::task::spawn_blocking(read_stdin_line));
        // If this future is dropped here, the handle stays in `pending` and
        // the next call awaits the same read.
        let outcome = read.await;
        *pending = None;
        outcome.map_err(|err| io::Error::other(format!("reading stdin failed: {err}")))?
    }
}

fn read_stdin_line() -> io::Result<Option<String>> {
    let mut line = String::new();
    if io::stdin().lock().read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(strip_line_ending(line)))
}

fn strip_line_ending(mut line: String) -> String {
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    line
}

/// Lines sent through a channel: for tests (answers scripted in advance) and
/// for UIs (answers typed in a window). The input ends when every sender is
/// dropped and the sent lines are used up.
///
/// ```
/// use codeact::tool::builtin::{ChannelLines, LineSource};
///
/// let lines = ChannelLines::scripted(["first", "second"]);
/// codeact::blocking::wait(async {
///     assert_eq!(lines.read_line().await?.as_deref(), Some("first"));
///     assert_eq!(lines.read_line().await?.as_deref(), Some("second"));
///     assert_eq!(lines.read_line().await?, None);
///     Ok::<_, std::io::Error>(())
/// })?;
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug)]
pub struct ChannelLines {
    receiver: Mutex<mpsc::UnboundedReceiver<String>>,
}

impl ChannelLines {
    /// A source and the sender that feeds it.
    pub fn new() -> (mpsc::UnboundedSender<String>, Self) {
        let (sender, receiver) = mpsc::unbounded_channel();
        (
            sender,
            Self {
                receiver: Mutex::new(receiver),
            },
        )
    }

    /// A source that gives these lines, then ends.
    pub fn scripted<I>(lines: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        let (sender, source) = Self::new();
        for line in lines {
            // The receiver is alive (it is in `source`), so sending cannot fail.
            let _ = sender.send(line.into());
        }
        source
    }
}

#[async_trait]
impl LineSource for ChannelLines {
    async fn read_line(&self) -> io::Result<Option<String>> {
        Ok(self.receiver.lock().await.recv().await)
    }
}

/// `user_input(question)`: shows the question and returns the line the user
/// answers. The end of the input (EOF, or a closed channel) is a tool error,
/// not an empty answer; an empty line is an empty answer.
///
/// Questions from concurrent runs sharing the tool are asked one at a time,
/// so each answer goes to the question it was typed for.
///
/// ```
/// use codeact::tool::Tool;
/// use codeact::tool::builtin::{ChannelLines, UserInputTool};
/// use serde_json::json;
///
/// let tool = UserInputTool::new()
///     .source(ChannelLines::scripted(["Paris"]))
///     .prompt(|_: &str| Ok(()));
/// let args = json!({"question": "Which city?"}).as_object().cloned().unwrap_or_default();
/// assert_eq!(codeact::blocking::wait(tool.call(args))?, json!("Paris"));
/// # Ok::<(), codeact::tool::ToolError>(())
/// ```
pub struct UserInputTool {
    spec: ToolSpec,
    source: Arc<dyn LineSource>,
    prompt: Arc<dyn PromptSink>,
    /// Held from showing a question until its answer is read.
    asking: Mutex<()>,
}

impl UserInputTool {
    /// Reads answers from stdin and shows questions on stderr.
    pub fn new() -> Self {
        Self {
            spec: ToolSpec::new(NAME, "Asks the user a question and returns their answer.")
                .input(ToolInput::new(
                    "question",
                    "The question to ask the user.",
                    json!({"type": "string"}),
                ))
                .output(json!({"type": "string"})),
            source: Arc::new(StdinLines),
            prompt: Arc::new(StderrPrompt),
            asking: Mutex::new(()),
        }
    }

    /// Reads the answers from `source`.
    pub fn source(mut self, source: impl LineSource + 'static) -> Self {
        self.source = Arc::new(source);
        self
    }

    /// Shows the questions on `prompt`.
    pub fn prompt(mut self, prompt: impl PromptSink + 'static) -> Self {
        self.prompt = Arc::new(prompt);
        self
    }
}

impl Default for UserInputTool {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for UserInputTool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserInputTool")
            .field("spec", &self.spec)
            .finish_non_exhaustive()
    }
}

#[async_trait]
impl Tool for UserInputTool {
    fn spec(&self) -> &ToolSpec {
        &self.spec
    }

    async fn call(&self, args: ToolArgs) -> Result<Value, ToolError> {
        let question = match args.get("question") {
            Some(Value::String(text)) => text.as_str(),
            _ => {
                return Err(ToolError::InvalidArgument {
                    tool: NAME.into(),
                    argument: "question".into(),
                    expected: "a string".into(),
                    got: args
                        .get("question")
                        .map_or_else(|| "nothing".into(), Value::to_string),
                });
            }
        };
        let _turn = self.asking.lock().await;
        self.prompt.show(question).map_err(|err| {
            ToolError::failed(NAME, format!("could not show the question: {err}"))
        })?;
        match self.source.read_line().await {
            Ok(Some(answer)) => Ok(Value::String(answer)),
            Ok(None) => Err(ToolError::failed(
                NAME,
                "the user's input has ended (end of file): no answer can be read; go on without one",
            )),
            Err(err) => Err(ToolError::failed(
                NAME,
                format!("could not read the answer: {err}"),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_are_stripped_but_inner_text_kept() {
        assert_eq!(strip_line_ending("yes\n".into()), "yes");
        assert_eq!(strip_line_ending("yes\r\n".into()), "yes");
        assert_eq!(strip_line_ending(" a b ".into()), " a b ");
        assert_eq!(strip_line_ending("\n".into()), "");
    }
}
