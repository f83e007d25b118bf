//! `codeact run "TASK"`: wires a model, tools and a sandbox into an agent,
//! runs the task and shows it.

use std::process::ExitCode;
use std::sync::Arc;

use codeact::agent::{Agent, RunEvent, RunResult, RunState};
use futures::StreamExt;

use crate::Failure;
use crate::args::{AgentKind, RunArgs};
use crate::models::{self, ModelSpec};
use crate::render::{JsonRenderer, Renderer, TerminalRenderer, Verbosity};

/// The runtime of the command: the agent's async path is the real one.
pub fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|err| Failure::usage(format!("cannot start the async runtime: {err}")))
}

pub fn main(args: RunArgs) -> Result<ExitCode, Failure> {
    init_logging(args.verbose);
    if args.task.trim().is_empty() {
        return Err(Failure::usage(
            "the task is empty: codeact run \"What is 17 * 23?\"",
        ));
    }
    let spec = ModelSpec::parse(&args.model)?;
    let runtime = runtime()?;
    runtime.block_on(run(args, spec))
}

async fn run(args: RunArgs, spec: ModelSpec) -> Result<ExitCode, Failure> {
    // Unknown tools fail before a model is loaded or weights are downloaded.
    let builtins = crate::tools::parse_builtins(&args.tools)?;
    let mut tools = crate::tools::mcp(&args.mcp).await?;
    let model = models::build(&spec, &args).await?;

    let needs_sandbox = args.agent == AgentKind::Code
        || builtins.contains(&crate::tools::Builtin::PythonInterpreter);
    let sandbox = if needs_sandbox {
        let mut config = codeact::exec::SandboxConfig::default();
        for module in &args.allow_import {
            config = config.allow_import(module.clone());
        }
        Some(crate::exec::sandbox(config, false).await?)
    } else {
        None
    };
    tools.splice(0..0, crate::tools::builtins(&builtins, sandbox.as_ref())?);
    let agent = build_agent(&args, &spec, model.clone(), tools, sandbox)?;
    let mut renderer: Box<dyn Renderer> = if args.json {
        Box::new(JsonRenderer::new(std::io::stdout()))
    } else {
        Box::new(TerminalRenderer::new(
            verbosity(&args),
            args.stream,
            model.model_id(),
        ))
    };

    let mut events = agent.arun_stream(args.task.clone());
    let mut result: Option<RunResult> = None;
    loop {
        tokio::select! {
            event = events.next() => match event {
                Some(event) => {
                    renderer.event(&event);
                    if let RunEvent::RunFinished { result: finished } = event {
                        result = Some(*finished);
                    }
                }
                None => break,
            },
            _ = tokio::signal::ctrl_c() => {
                // Dropping the stream stops the model call, the tools and the sandbox.
                drop(events);
                return Err(Failure::failed("interrupted"));
            }
        }
    }
    let Some(result) = result else {
        return Err(Failure::failed("the run ended without a result"));
    };
    finish(&result, args.json)
}

fn build_agent(
    args: &RunArgs,
    spec: &ModelSpec,
    model: Arc<dyn codeact::model::Model>,
    tools: Vec<Arc<dyn codeact::tool::Tool>>,
    sandbox: Option<Arc<dyn codeact::exec::ExecutorFactory>>,
) -> Result<Agent, Failure> {
    let mut builder = match (args.agent, sandbox) {
        (AgentKind::Code, Some(sandbox)) => {
            let mut builder = Agent::code(model).sandbox(sandbox);
            if spec.is_local() {
                builder = builder.prompts(codeact::agent::PromptTemplates::code_agent_local());
            }
            builder
        }
        (AgentKind::Code, None) => return Err(Failure::usage("the code agent needs a sandbox")),
        (AgentKind::ToolCalling, _) => {
            let runs_python = args.tools.iter().any(|t| t.trim() == "python_interpreter");
            if !args.allow_import.is_empty() && !runs_python {
                return Err(Failure::usage(
                    "--allow-import is for Python code: the code agent's, or the python_interpreter tool's (--tools python_interpreter)",
                ));
            }
            Agent::tool_calling(model)
        }
    };
    builder = builder
        .tools(tools)
        .max_steps(args.max_steps)
        .stream_outputs(args.stream);
    if let Some(interval) = args.planning_interval {
        if interval == 0 {
            return Err(Failure::usage("--planning-interval must be at least 1"));
        }
        builder = builder.planning_interval(interval);
    }
    builder
        .build()
        .map_err(|err| Failure::usage(err.to_string()))
}

/// The exit status of a run; the answer itself was shown by the renderer.
fn finish(result: &RunResult, json: bool) -> Result<ExitCode, Failure> {
    match result.state {
        RunState::FinalAnswer => Ok(ExitCode::SUCCESS),
        // The renderer already printed the line for scripts; the status says it failed.
        _ if json => Ok(ExitCode::from(1)),
        RunState::MaxSteps => Ok(ExitCode::SUCCESS),
        RunState::Failed => {
            let error = result
                .error
                .clone()
                .unwrap_or_else(|| "the run failed".into());
            Err(Failure::failed(with_hint(error)))
        }
        RunState::Cancelled => Err(Failure::failed("the run was cancelled")),
        RunState::DeadlineExceeded => Err(Failure::failed("the run's deadline passed")),
    }
}

fn verbosity(args: &RunArgs) -> Verbosity {
    match (args.quiet, args.verbose) {
        (true, _) => Verbosity::Quiet,
        (false, 0) => Verbosity::Normal,
        (false, _) => Verbosity::Verbose,
    }
}

/// Logs go to stderr: errors by default (what goes wrong reaches the user
/// as the run's one-line error), warnings such as retries with `-v`, debug
/// with `-vv`, or whatever `RUST_LOG` says.
fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "error",
        1 => "warn",
        _ => "codeact=debug,warn",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .without_time()
        .try_init();
}

/// The run's error with what to do about it, for the failures users meet
/// first.
fn with_hint(error: String) -> String {
    let hint = if error.contains("cannot reach") {
        "is the server running? Check --base-url (or OPENAI_BASE_URL)"
    } else if error.contains("HTTP 401") || error.contains("HTTP 403") {
        "check the API key (--api-key, OPENAI_API_KEY or ANTHROPIC_API_KEY)"
    } else if error.contains("HTTP 404") {
        "check the model id and --base-url"
    } else {
        return error;
    };
    format!("{error}\n  hint: {hint}")
}
