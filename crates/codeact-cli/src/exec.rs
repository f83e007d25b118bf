//! `codeact exec FILE.py`: one program through the sandbox, as an agent's
//! code block would run.
//!
//! Exit status 0 when the program ends normally, 1 when it raises (the
//! Python-style error on stderr), 2 on a usage error.

use std::io::Read;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use codeact::exec::{ExecutorFactory, Limits, SandboxConfig};
use codeact::tool::ToolSet;

use crate::Failure;
use crate::args::ExecArgs;

pub fn main(args: ExecArgs) -> Result<ExitCode, Failure> {
    let code = read_program(&args)?;
    let config = sandbox_config(&args)?;
    let runtime = crate::run::runtime()?;
    let in_process = args.in_process;
    let execution = runtime.block_on(async move {
        let factory = sandbox(config, in_process).await?;
        let mut session = factory
            .create()
            .await
            .map_err(|err| Failure::usage(err.to_string()))?;
        session
            .execute(&code, &ToolSet::default())
            .await
            .map_err(|err| Failure::usage(err.to_string()))
    })?;

    let mut stdout = execution.output;
    if let Some(value) = execution.value {
        if !stdout.is_empty() && !stdout.ends_with('\n') {
            stdout.push('\n');
        }
        stdout.push_str(&value);
        stdout.push('\n');
    }
    print!("{stdout}");
    for note in &execution.notes {
        eprintln!("note: {note}");
    }
    match execution.error {
        None => Ok(ExitCode::SUCCESS),
        Some(error) => {
            eprintln!("{error}");
            Ok(ExitCode::from(1))
        }
    }
}

fn read_program(args: &ExecArgs) -> Result<String, Failure> {
    if args.file.as_os_str() == "-" {
        let mut code = String::new();
        std::io::stdin()
            .read_to_string(&mut code)
            .map_err(|err| Failure::usage(format!("cannot read the program from stdin: {err}")))?;
        return Ok(code);
    }
    std::fs::read_to_string(&args.file)
        .map_err(|err| Failure::usage(format!("cannot read {}: {err}", args.file.display())))
}

fn sandbox_config(args: &ExecArgs) -> Result<SandboxConfig, Failure> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        return Err(Failure::usage(
            "--timeout must be a positive number of seconds",
        ));
    }
    let limits = Limits {
        max_duration: Duration::from_secs_f64(args.timeout),
        max_memory: args.memory_mb.saturating_mul(1024 * 1024),
        max_recursion_depth: args.max_recursion,
        max_output_bytes: args.max_output,
    };
    let mut config = SandboxConfig::default().limits(limits);
    for module in &args.allow_import {
        config = config.allow_import(module.clone());
    }
    Ok(config)
}

/// The sandbox of this process: worker processes (this same executable,
/// started as `codeact subprocess`) unless asked for in-process.
pub async fn sandbox(
    config: SandboxConfig,
    in_process: bool,
) -> Result<Arc<dyn ExecutorFactory>, Failure> {
    if in_process {
        return Ok(Arc::new(codeact::exec::InProcessFactory::new(config)));
    }
    let program = std::env::current_exe().map_err(|err| {
        Failure::usage(format!(
            "cannot find the codeact executable to start sandbox workers: {err}"
        ))
    })?;
    let pool = codeact::exec::WorkerPoolFactory::start(
        codeact::exec::WorkerPoolConfig::new(program).sandbox(config),
    )
    .await
    .map_err(|err| Failure::usage(err.to_string()))?;
    Ok(Arc::new(pool))
}
