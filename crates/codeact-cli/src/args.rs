//! The command line, as clap types.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Agents that think in code.
#[derive(Debug, Parser)]
#[command(name = "codeact", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run an agent on a task and print its final answer.
    Run(RunArgs),
    /// Run a Python file in the sandbox.
    Exec(ExecArgs),
    /// Serve as a sandbox worker process (started by codeact itself).
    #[command(hide = true)]
    Subprocess,
}

/// Which kind of agent runs the task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AgentKind {
    /// The model writes Python; the sandbox runs it.
    Code,
    /// The model calls tools with JSON arguments.
    ToolCalling,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The task.
    pub task: String,

    /// `local` (default), `local:PATH.gguf`, `openai:MODEL_ID` or `anthropic:MODEL_ID`.
    #[arg(long, default_value = "local")]
    pub model: String,

    /// Base URL of an OpenAI-compatible server (Ollama, vLLM, llama.cpp, LiteLLM…).
    #[arg(long, env = "OPENAI_BASE_URL")]
    pub base_url: Option<String>,

    /// API key (else OPENAI_API_KEY or ANTHROPIC_API_KEY, by provider).
    #[arg(long, hide_env_values = true)]
    pub api_key: Option<String>,

    /// The agent: code (default) or tool-calling.
    #[arg(long, value_enum, default_value_t = AgentKind::Code)]
    pub agent: AgentKind,

    /// Built-in tools to give the agent, comma-separated: web_search, visit_webpage, user_input, python_interpreter.
    #[arg(long, value_delimiter = ',')]
    pub tools: Vec<String>,

    /// An MCP server whose tools the agent gets: a command line started on stdio (split like a shell would), or an http(s) URL reached over streamable HTTP (repeatable).
    #[arg(long)]
    pub mcp: Vec<String>,

    /// A module the agent's Python may import, beyond the default list (repeatable).
    #[arg(long = "allow-import")]
    pub allow_import: Vec<String>,

    /// The most steps before the agent must answer.
    #[arg(long, default_value_t = 10)]
    pub max_steps: u32,

    /// Plan first, then update the plan every N steps.
    #[arg(long)]
    pub planning_interval: Option<u32>,

    /// Requests per minute the model may receive.
    #[arg(long)]
    pub rpm: Option<u32>,

    /// Show the model's reply as it is generated.
    #[arg(long)]
    pub stream: bool,

    /// One JSON object per event on stdout; the last line is the result.
    #[arg(long)]
    pub json: bool,

    /// Show more (plans, every model reply); -vv adds debug logs.
    #[arg(short, long, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Show only the final answer.
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ExecArgs {
    /// The Python file to run (`-` for stdin).
    pub file: PathBuf,

    /// A module the code may import, beyond the default list (repeatable).
    #[arg(long = "allow-import")]
    pub allow_import: Vec<String>,

    /// Seconds of interpreter time the code may use.
    #[arg(long, default_value_t = 10.0)]
    pub timeout: f64,

    /// Memory the code may use, in MiB.
    #[arg(long, default_value_t = 512)]
    pub memory_mb: usize,

    /// Depth of nested calls.
    #[arg(long, default_value_t = 1000)]
    pub max_recursion: usize,

    /// Bytes of printed output kept.
    #[arg(long, default_value_t = 50_000)]
    pub max_output: usize,

    /// Run in this process instead of a worker process (trusted code only:
    /// some limits cannot be enforced in-process).
    #[arg(long)]
    pub in_process: bool,
}
