//! A small test runner, because this test binary is also the MCP server it
//! tests (see `main.rs`): libtest would own `main` and print to stdout,
//! which is the server's protocol channel.
//!
//! It takes what `cargo test` passes on: name filters (`--exact`, `--skip`),
//! `--list`, `--ignored` (there are none), and ignores libtest's other
//! flags. Every case runs on a tokio runtime of its own under a deadline,
//! and the summary line is libtest's.

use std::future::Future;
use std::pin::Pin;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// How long one case may take before it counts as failed.
const CASE_DEADLINE: Duration = Duration::from_secs(60);

/// libtest flags that take a value.
const FLAGS_WITH_VALUE: &[&str] = &[
    "--test-threads",
    "--format",
    "--color",
    "--logfile",
    "-Z",
    "--report-time",
    "--shuffle-seed",
];

type CaseFuture = Pin<Box<dyn Future<Output = ()> + Send>>;

/// One test: a name and an async body that panics on failure.
pub struct Case {
    pub name: &'static str,
    pub body: fn() -> CaseFuture,
}

struct Selection {
    filters: Vec<String>,
    skips: Vec<String>,
    exact: bool,
    list: bool,
    ignored_only: bool,
}

impl Selection {
    fn from_args(args: impl Iterator<Item = String>) -> Self {
        let mut selection = Selection {
            filters: Vec::new(),
            skips: Vec::new(),
            exact: false,
            list: false,
            ignored_only: false,
        };
        let mut args = args.peekable();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--exact" => selection.exact = true,
                "--list" => selection.list = true,
                "--ignored" => selection.ignored_only = true,
                "--skip" => selection.skips.extend(args.next()),
                flag if FLAGS_WITH_VALUE.contains(&flag) => {
                    args.next();
                }
                flag if flag.starts_with('-') => {}
                filter => selection.filters.push(filter.to_owned()),
            }
        }
        selection
    }

    fn selects(&self, name: &str) -> bool {
        let matches = |pattern: &String| {
            if self.exact {
                name == pattern
            } else {
                name.contains(pattern.as_str())
            }
        };
        !self.ignored_only
            && (self.filters.is_empty() || self.filters.iter().any(matches))
            && !self.skips.iter().any(|skip| name.contains(skip.as_str()))
    }
}

/// Runs the selected cases and prints libtest's summary.
pub fn run(cases: &[Case]) -> ExitCode {
    let selection = Selection::from_args(std::env::args().skip(1));
    if selection.list {
        for case in cases {
            println!("{}: test", case.name);
        }
        return ExitCode::SUCCESS;
    }
    let selected: Vec<&Case> = cases.iter().filter(|c| selection.selects(c.name)).collect();
    println!("\nrunning {} tests", selected.len());
    let started = Instant::now();
    let mut failed = Vec::new();
    for case in &selected {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_case(case)));
        match outcome {
            Ok(Ok(())) => println!("test {} ... ok", case.name),
            Ok(Err(reason)) => {
                println!("test {} ... FAILED ({reason})", case.name);
                failed.push(case.name);
            }
            Err(_) => {
                println!("test {} ... FAILED", case.name);
                failed.push(case.name);
            }
        }
    }
    if !failed.is_empty() {
        println!("\nfailures:");
        for name in &failed {
            println!("    {name}");
        }
    }
    println!(
        "\ntest result: {}. {} passed; {} failed; 0 ignored; 0 measured; {} filtered out; finished in {:.2}s\n",
        if failed.is_empty() { "ok" } else { "FAILED" },
        selected.len() - failed.len(),
        failed.len(),
        cases.len() - selected.len(),
        started.elapsed().as_secs_f64()
    );
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(101)
    }
}

/// One case on a fresh runtime, within [`CASE_DEADLINE`]; a panic inside
/// propagates to the caller's `catch_unwind`.
fn run_case(case: &Case) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start a runtime: {e}"))?;
    let body = (case.body)();
    let outcome = runtime.block_on(async move {
        let task = tokio::spawn(body);
        tokio::time::timeout(CASE_DEADLINE, task).await
    });
    // Whatever the case left running (servers, sessions) stops with it.
    runtime.shutdown_timeout(Duration::from_secs(5));
    match outcome {
        Ok(Ok(())) => Ok(()),
        Ok(Err(join)) if join.is_panic() => std::panic::resume_unwind(join.into_panic()),
        Ok(Err(join)) => Err(format!("the case was cancelled: {join}")),
        Err(_) => Err(format!("it took longer than {CASE_DEADLINE:?}")),
    }
}
