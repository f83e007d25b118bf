//! A stdio server's process: spawning it, and its stderr.
//!
//! The protocol runs on the child's stdin and stdout. Its stderr is piped
//! apart, read line by line into `tracing` (target `codeact::mcp`, level
//! debug) and into a short tail that connection errors quote.

use std::collections::VecDeque;
use std::process::Stdio;
use std::sync::{Arc, Mutex};

use rmcp::transport::TokioChildProcess;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{ChildStderr, Command};
use tokio::task::JoinHandle;

use super::McpError;

/// How many of the last stderr lines are kept.
const TAIL_LINES: usize = 20;
/// Longer stderr lines are cut to this many bytes.
const MAX_LINE_BYTES: usize = 500;

/// The command line, for messages: the program and its arguments.
pub(super) fn command_line(command: &Command) -> String {
    let command = command.as_std();
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Starts `command` as a stdio server. The child is killed if its handle is
/// dropped without the graceful shutdown (stdin closed, then SIGTERM, then
/// SIGKILL) that closing the connection performs.
pub(super) fn spawn(
    mut command: Command,
    server: &str,
) -> Result<(TokioChildProcess, StderrTail), McpError> {
    command.kill_on_drop(true);
    let (process, stderr) = TokioChildProcess::builder(command)
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|source| McpError::Spawn {
            server: server.to_owned(),
            source,
        })?;
    let tail = StderrTail::default();
    if let Some(stderr) = stderr {
        tail.follow(stderr, server.to_owned());
    }
    Ok((process, tail))
}

/// The last lines a server wrote to stderr. Cheap to clone.
#[derive(Debug, Clone, Default)]
pub(super) struct StderrTail {
    shared: Arc<Mutex<Tail>>,
}

#[derive(Debug, Default)]
struct Tail {
    lines: VecDeque<String>,
    reader: Option<JoinHandle<()>>,
}

impl StderrTail {
    fn follow(&self, stderr: ChildStderr, server: String) {
        let shared = self.shared.clone();
        let reader = tokio::spawn(async move {
            let mut lines = BufReader::new(stderr).lines();
            while let Ok(Some(mut line)) = lines.next_line().await {
                tracing::debug!(target: "codeact::mcp", server = %server, "{line}");
                if line.len() > MAX_LINE_BYTES {
                    let mut end = MAX_LINE_BYTES;
                    while !line.is_char_boundary(end) {
                        end -= 1;
                    }
                    line.truncate(end);
                    line.push('…');
                }
                let mut tail = shared.lock().unwrap_or_else(|e| e.into_inner());
                if tail.lines.len() == TAIL_LINES {
                    tail.lines.pop_front();
                }
                tail.lines.push_back(line);
            }
        });
        self.shared.lock().unwrap_or_else(|e| e.into_inner()).reader = Some(reader);
    }

    /// The kept lines, one per line.
    pub(super) fn text(&self) -> String {
        let tail = self.shared.lock().unwrap_or_else(|e| e.into_inner());
        tail.lines
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The kept lines once the server has closed stderr (it exited), or
    /// after `patience` at most: a failed start is best explained by the
    /// last words of the server.
    pub(super) async fn text_after_exit(&self, patience: std::time::Duration) -> String {
        let reader = self
            .shared
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .reader
            .take();
        if let Some(reader) = reader {
            let _ = tokio::time::timeout(patience, reader).await;
        }
        self.text()
    }
}
