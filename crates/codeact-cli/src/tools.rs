//! `--tools` and `--mcp`: what the agent can call.

use std::sync::Arc;

use codeact::tool::Tool;

use crate::Failure;
use crate::args::RunArgs;

/// The built-in tools `--tools` can name. (web_search, visit_webpage,
/// user_input and python_interpreter are not built yet: see the README.)
pub const BUILTIN_TOOLS: &[&str] = &[];

/// The built-in tools named by `--tools`; an unknown name says which exist.
pub fn builtins(args: &RunArgs) -> Result<Vec<Arc<dyn Tool>>, Failure> {
    let tools: Vec<Arc<dyn Tool>> = Vec::new();
    if let Some(name) = args
        .tools
        .iter()
        .map(|name| name.trim())
        .find(|name| !name.is_empty())
    {
        let known = if BUILTIN_TOOLS.is_empty() {
            "there are no built-in tools in this version yet".to_owned()
        } else {
            format!("the built-in tools are {}", BUILTIN_TOOLS.join(", "))
        };
        return Err(Failure::usage(format!(
            "--tools: unknown tool '{name}'; {known}"
        )));
    }
    Ok(tools)
}

/// `--mcp` servers; MCP support is not built yet, so any is refused.
pub fn mcp(commands: &[String]) -> Result<Vec<Arc<dyn Tool>>, Failure> {
    match commands.first() {
        None => Ok(Vec::new()),
        Some(command) => Err(Failure::usage(format!(
            "--mcp {command:?}: MCP servers are not supported in this version yet"
        ))),
    }
}
