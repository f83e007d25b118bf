//! `codeact-bench`: codeact's benchmarks, side by side with smolagents.
//!
//! ```text
//! codeact-bench all [--quick]          every scenario, both sides; writes BENCHMARKS.md
//! codeact-bench step --mock URL ...     one measurement, as one line of JSON
//! ```
//!
//! `all` starts a fresh `codeact-mock` process for every measurement and
//! runs each measurement in a child process of its own (this program for
//! codeact, `bench/smolagents/bench.py` for smolagents), so that every figure
//! is a whole process's CPU time and peak memory, with the mock's CPU apart.
//! `bash bench/run.sh` builds what is needed and runs `all`.

mod client;
mod machine;
mod measure;
mod orchestrate;
mod process;
mod report;
mod results;
mod sandbox;

use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};

/// codeact's benchmarks, side by side with smolagents.
#[derive(Parser)]
#[command(version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every scenario on both sides; writes the report.
    All(orchestrate::Options),
    #[command(flatten)]
    Measure(Measurement),
}

/// One measurement in this process, printed as one line of JSON.
#[derive(Subcommand)]
enum Measurement {
    /// Runs one at a time: CPU and wall time per step.
    Step {
        #[command(flatten)]
        target: client::Target,
        /// Runs measured.
        #[arg(long, default_value_t = 200)]
        runs: u64,
        /// Runs before the measurement.
        #[arg(long, default_value_t = 10)]
        warmup: u64,
        /// Stop after this many seconds.
        #[arg(long, default_value_t = 600.0)]
        timeout_s: f64,
        /// The tokio runtime the runs are awaited on.
        #[arg(long, value_enum, default_value_t = Flavor::MultiThread)]
        runtime: Flavor,
    },
    /// Builds an agent again and again.
    Build {
        #[command(flatten)]
        target: client::Target,
        /// Agents built.
        #[arg(long, default_value_t = 200)]
        iterations: u64,
    },
    /// N runs at once.
    Concurrency {
        #[command(flatten)]
        target: client::Target,
        /// Runs started together.
        #[arg(long)]
        n: u64,
        /// Give up on unfinished runs after this many seconds.
        #[arg(long, default_value_t = 300.0)]
        timeout_s: f64,
    },
    /// Agents sharing one rate limit, for a fixed time.
    Rate {
        #[command(flatten)]
        target: client::Target,
        /// The client's limit, requests per minute.
        #[arg(long, default_value_t = 1200)]
        rpm: u32,
        /// How long.
        #[arg(long, default_value_t = 30.0)]
        seconds: f64,
        /// Concurrent agents.
        #[arg(long, default_value_t = 50)]
        lanes: u64,
    },
    /// The sandbox workloads on one engine.
    Sandbox {
        /// Which engine.
        #[arg(long, value_enum)]
        engine: sandbox::Engine,
        #[command(flatten)]
        plan: sandbox::Plan,
    },
}

/// Which tokio runtime a measurement runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Flavor {
    /// `#[tokio::main]`'s: one worker thread per core; the agent's task and
    /// its HTTP connection's task may run on different threads.
    MultiThread,
    /// `#[tokio::main(flavor = "current_thread")]`'s: everything on the
    /// calling thread, no wake-ups across threads.
    CurrentThread,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::All(options) => orchestrate::all(&options),
        Command::Measure(measurement) => measure_one(measurement),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("codeact-bench: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one measurement on a runtime like `#[tokio::main]`'s and prints its
/// result as one line of JSON.
fn measure_one(measurement: Measurement) -> anyhow::Result<()> {
    let flavor = match measurement {
        Measurement::Step { runtime, .. } => runtime,
        _ => Flavor::MultiThread,
    };
    let runtime = match flavor {
        Flavor::MultiThread => tokio::runtime::Builder::new_multi_thread(),
        Flavor::CurrentThread => tokio::runtime::Builder::new_current_thread(),
    }
    .enable_all()
    .build()?;
    let json = runtime.block_on(async move {
        anyhow::Ok(match measurement {
            Measurement::Step {
                target,
                runs,
                warmup,
                timeout_s,
                runtime: _,
            } => {
                let bound = Duration::from_secs_f64(timeout_s);
                serde_json::to_string(&client::step(&target, runs, warmup, bound).await?)?
            }
            Measurement::Build { target, iterations } => {
                serde_json::to_string(&client::build(&target, iterations).await?)?
            }
            Measurement::Concurrency {
                target,
                n,
                timeout_s,
            } => {
                let bound = Duration::from_secs_f64(timeout_s);
                serde_json::to_string(&client::concurrency(&target, n, bound).await?)?
            }
            Measurement::Rate {
                target,
                rpm,
                seconds,
                lanes,
            } => serde_json::to_string(&client::rate(&target, rpm, seconds, lanes).await?)?,
            Measurement::Sandbox { engine, plan } => {
                serde_json::to_string(&sandbox::run(engine, &plan).await?)?
            }
        })
    })?;
    println!("{json}");
    // The runtime's tasks (pooled connections, workers) end with it.
    drop(runtime);
    Ok(())
}
