//! `--tools` and `--mcp`: what the agent can call.

use std::sync::Arc;

use codeact::exec::ExecutorFactory;
use codeact::tool::Tool;
use codeact::tool::builtin::{
    PythonInterpreterTool, UserInputTool, VisitWebpageTool, WebSearchTool,
};
use codeact::tool::mcp::McpServer;

use crate::Failure;

/// A built-in tool `--tools` can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    WebSearch,
    VisitWebpage,
    UserInput,
    PythonInterpreter,
}

impl Builtin {
    const ALL: [Builtin; 4] = [
        Builtin::WebSearch,
        Builtin::VisitWebpage,
        Builtin::UserInput,
        Builtin::PythonInterpreter,
    ];

    fn name(self) -> &'static str {
        match self {
            Builtin::WebSearch => "web_search",
            Builtin::VisitWebpage => "visit_webpage",
            Builtin::UserInput => "user_input",
            Builtin::PythonInterpreter => "python_interpreter",
        }
    }
}

/// The built-in tools named by `--tools`, checked before anything is
/// started; an unknown name says which exist. Naming one twice is the same
/// as naming it once.
pub fn parse_builtins(names: &[String]) -> Result<Vec<Builtin>, Failure> {
    let mut chosen = Vec::new();
    for name in names
        .iter()
        .map(|name| name.trim())
        .filter(|n| !n.is_empty())
    {
        let Some(builtin) = Builtin::ALL.into_iter().find(|b| b.name() == name) else {
            let known: Vec<&str> = Builtin::ALL.iter().map(|b| b.name()).collect();
            return Err(Failure::usage(format!(
                "--tools: unknown tool '{name}'; the built-in tools are {}",
                known.join(", ")
            )));
        };
        if !chosen.contains(&builtin) {
            chosen.push(builtin);
        }
    }
    Ok(chosen)
}

/// The chosen built-in tools; `python_interpreter` runs its code in
/// `sandbox`, the sessions the code agent uses too.
pub fn builtins(
    chosen: &[Builtin],
    sandbox: Option<&Arc<dyn ExecutorFactory>>,
) -> Result<Vec<Arc<dyn Tool>>, Failure> {
    chosen
        .iter()
        .map(|builtin| -> Result<Arc<dyn Tool>, Failure> {
            Ok(match builtin {
                Builtin::WebSearch => Arc::new(WebSearchTool::new()),
                Builtin::VisitWebpage => Arc::new(VisitWebpageTool::new()),
                // Questions go to stderr, so `--json` output on stdout stays clean.
                Builtin::UserInput => Arc::new(UserInputTool::new()),
                Builtin::PythonInterpreter => {
                    let sandbox = sandbox.ok_or_else(|| {
                        Failure::usage("python_interpreter needs a sandbox, and none was started")
                    })?;
                    Arc::new(PythonInterpreterTool::with_sandbox(sandbox.clone()))
                }
            })
        })
        .collect()
}

/// The tools of every `--mcp` server: an `http(s)://` URL is reached over
/// streamable HTTP, anything else is a command line (split like a shell
/// would) started as a child process speaking MCP on stdio. The servers
/// live as long as their tools; the child processes end with the run.
pub async fn mcp(servers: &[String]) -> Result<Vec<Arc<dyn Tool>>, Failure> {
    let mut tools = Vec::new();
    for server in servers {
        let server = server.trim();
        let connected = if server.starts_with("http://") || server.starts_with("https://") {
            McpServer::http(server).connect().await
        } else {
            let words = shlex::split(server)
                .filter(|words| !words.is_empty())
                .ok_or_else(|| {
                    Failure::usage(format!(
                        "--mcp {server:?}: give a command line (\"npx -y @modelcontextprotocol/server-everything\") or an http(s) URL"
                    ))
                })?;
            let mut command = tokio::process::Command::new(&words[0]);
            command.args(&words[1..]);
            McpServer::stdio(command).connect().await
        };
        let connected = connected.map_err(|err| {
            Failure::usage(format!("--mcp {server:?}: {}", one_line(&err.to_string())))
        })?;
        tools.extend(connected.tools());
    }
    Ok(tools)
}

/// An error on one line: the server's stderr tail, if any, joined.
fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" | ")
}
