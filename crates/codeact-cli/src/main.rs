//! `codeact`: run an agent on a task, or a Python file in the sandbox.
//!
//! Errors the user can act on end the process with one line on stderr and a
//! non-zero status, never a backtrace.

mod args;
mod download;
mod exec;
mod highlight;
mod models;
mod render;
mod run;
mod tools;

use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};

/// How the process ends: a status, and the one line that explains a failure.
#[derive(Debug)]
pub struct Failure {
    /// The exit status: 1 for a failed run or program, 2 for a usage or setup error.
    pub status: u8,
    /// What went wrong and what to do about it.
    pub message: String,
}

impl Failure {
    /// A usage or setup error (status 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self {
            status: 2,
            message: message.into(),
        }
    }

    /// A run or program that failed (status 1).
    pub fn failed(message: impl Into<String>) -> Self {
        Self {
            status: 1,
            message: message.into(),
        }
    }
}

/// Counts live memory so that a sandbox worker (this same executable,
/// started as `codeact subprocess`) can cap each session's memory. Without a
/// cap set it only counts.
#[global_allocator]
static ALLOC: codeact::exec::worker::WorkerAllocator = codeact::exec::worker::WorkerAllocator;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Subprocess => return codeact::exec::worker::serve_stdio(),
        Command::Run(args) => run::main(args),
        Command::Exec(args) => exec::main(args),
    };
    match outcome {
        Ok(code) => code,
        Err(failure) => {
            let red = console::Style::new().red().bold().for_stderr();
            eprintln!("{} {}", red.apply_to("error:"), failure.message);
            ExitCode::from(failure.status)
        }
    }
}
