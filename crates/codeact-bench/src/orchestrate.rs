//! `codeact-bench all`: every scenario, codeact then smolagents, each
//! measurement in a child process against a fresh mock; then the report.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use serde::de::DeserializeOwned;

use crate::client::sibling;
use crate::machine::{self, Facts};
use crate::process::{self, Mock};
use crate::report::{
    self, ConcurrencyRow, ConcurrencySection, Measured, RateSection, Report, SandboxSection,
    StepSection,
};

/// What `all` runs and where it writes.
#[derive(Debug, Clone, clap::Args)]
pub struct Options {
    /// A smoke run of a minute or so: few runs, small N, short windows.
    #[arg(long)]
    pub quick: bool,
    /// The report to write (its generated part is replaced, the rest kept).
    #[arg(long, default_value = "BENCHMARKS.md")]
    pub out: PathBuf,
    /// The Python of the smolagents virtualenv (`bench/smolagents/setup.sh`
    /// creates it).
    #[arg(long, default_value = "bench/smolagents/.venv/bin/python")]
    pub python: PathBuf,
    /// Run codeact's side only.
    #[arg(long)]
    pub no_smolagents: bool,
    /// The directory with `smolagents/bench.py` and `workloads/`.
    #[arg(long, default_value = "bench")]
    pub bench_dir: PathBuf,
    /// The `codeact-mock` program (default: beside this program).
    #[arg(long)]
    pub mock: Option<PathBuf>,
}

/// How much of everything: a full run, or a quick one.
struct Scale {
    runs: u64,
    warmup: u64,
    builds_codeact: u64,
    builds_smolagents: u64,
    latency_ms: u64,
    codeact_n: &'static [u64],
    smolagents_n: &'static [u64],
    rpm: u32,
    rate_seconds: f64,
    lanes: u64,
    workloads: &'static str,
    reps: u32,
    trivial_inner: u32,
}

impl Scale {
    fn new(quick: bool) -> Self {
        if quick {
            return Self {
                runs: 10,
                warmup: 2,
                builds_codeact: 10,
                builds_smolagents: 3,
                latency_ms: 100,
                codeact_n: &[10, 100],
                smolagents_n: &[10],
                rpm: 600,
                rate_seconds: 3.0,
                lanes: 5,
                workloads: "trivial,fib_20,sort_1e5",
                reps: 1,
                trivial_inner: 10,
            };
        }
        Self {
            runs: 200,
            warmup: 10,
            builds_codeact: 200,
            builds_smolagents: 20,
            latency_ms: 500,
            codeact_n: &[10, 100, 500, 1_000, 10_000],
            smolagents_n: &[10, 100, 500],
            rpm: 1200,
            rate_seconds: 30.0,
            lanes: 50,
            workloads: "trivial,loop_1e6,fib_20,fib_25,sort_1e5",
            reps: 5,
            trivial_inner: 200,
        }
    }
}

/// The programs of one run.
struct Programs {
    codeact: PathBuf,
    mock: PathBuf,
    /// The smolagents side, unless skipped: its Python and `bench.py`.
    smolagents: Option<(PathBuf, PathBuf)>,
}

impl Programs {
    /// A measurement by `codeact-bench` itself.
    fn codeact<T: DeserializeOwned>(
        &self,
        mock_args: &[String],
        args: &[String],
        limit: Duration,
    ) -> Measured<T> {
        measure(&self.mock, &self.codeact, args.to_vec(), mock_args, limit)
    }

    /// A measurement by `bench.py`, if the smolagents side runs.
    fn smolagents<T: DeserializeOwned>(
        &self,
        mock_args: &[String],
        args: &[String],
        limit: Duration,
    ) -> Option<Measured<T>> {
        let (python, bench_py) = self.smolagents.as_ref()?;
        let mut full = vec![bench_py.display().to_string()];
        full.extend_from_slice(args);
        Some(measure(&self.mock, python, full, mock_args, limit))
    }
}

/// Runs `program args` (with `{mock}` standing for the mock's address)
/// against a fresh mock started with `mock_args` (none when empty).
fn measure<T: DeserializeOwned>(
    mock_program: &Path,
    program: &Path,
    args: Vec<String>,
    mock_args: &[String],
    limit: Duration,
) -> Measured<T> {
    let shown: Vec<String> = args
        .iter()
        .map(|arg| arg.replace("{mock}", "http://127.0.0.1:PORT"))
        .collect();
    let command = process::display_command(program, &shown);
    eprintln!("codeact-bench: {command}");
    let started = Instant::now();
    let (mock, outcome) = if mock_args.is_empty() {
        (String::new(), run_child(program, &args, limit))
    } else {
        match Mock::start(mock_program, mock_args) {
            Err(err) => (
                String::new(),
                Err(format!("the mock did not start: {err:#}")),
            ),
            Ok(mock) => {
                let args: Vec<String> = args
                    .iter()
                    .map(|arg| arg.replace("{mock}", &mock.url))
                    .collect();
                (mock.command.clone(), run_child(program, &args, limit))
            }
        }
    };
    match &outcome {
        Err(why) => eprintln!("codeact-bench:   failed: {why}"),
        Ok(_) => eprintln!(
            "codeact-bench:   done in {:.1} s",
            started.elapsed().as_secs_f64()
        ),
    }
    Measured {
        outcome,
        command,
        mock,
    }
}

fn run_child<T: DeserializeOwned>(
    program: &Path,
    args: &[String],
    limit: Duration,
) -> Result<T, String> {
    let json = process::measure(program, args, limit).map_err(|err| format!("{err:#}"))?;
    serde_json::from_value(json).map_err(|err| format!("unexpected result: {err}"))
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|arg| (*arg).to_owned()).collect()
}

/// Runs everything and writes the report.
pub fn all(options: &Options) -> anyhow::Result<()> {
    let started = Instant::now();
    let scale = Scale::new(options.quick);
    let python = if options.no_smolagents {
        None
    } else {
        anyhow::ensure!(
            options.python.is_file(),
            "{} does not exist: run `bash bench/smolagents/setup.sh` first, or pass --no-smolagents",
            options.python.display()
        );
        Some(options.python.clone())
    };
    let programs = Programs {
        codeact: std::env::current_exe().context("this program's path")?,
        mock: match &options.mock {
            Some(mock) => mock.clone(),
            None => sibling("codeact-mock")
                .context("build it with `cargo build --release -p codeact-mock`")?,
        },
        smolagents: python.map(|python| {
            (
                python,
                options.bench_dir.join("smolagents").join("bench.py"),
            )
        }),
    };
    let facts = Facts::gather(
        programs
            .smolagents
            .as_ref()
            .map(|(python, _)| python.as_path()),
    );
    let load_before = machine::load_average();

    let step = step_section(&programs, &scale);
    let concurrency = concurrency_section(&programs, &scale);
    let sandbox = sandbox_section(&programs, &scale, options);
    let rate = rate_section(&programs, &scale);

    let smolagents_version = smolagents_version(&sandbox);
    let report = Report {
        facts,
        quick: options.quick,
        command: if options.quick {
            "bash bench/run.sh --quick".to_owned()
        } else {
            "bash bench/run.sh".to_owned()
        },
        load_before,
        load_after: machine::load_average(),
        duration_s: started.elapsed().as_secs_f64(),
        smolagents_version,
        step,
        concurrency,
        sandbox,
        rate,
    };
    let generated = report::render(&report);
    println!("{generated}");
    let document = std::fs::read_to_string(&options.out).unwrap_or_default();
    std::fs::write(&options.out, report::splice(&document, &generated))
        .with_context(|| format!("cannot write {}", options.out.display()))?;
    eprintln!(
        "codeact-bench: wrote {} in {:.1} minutes",
        options.out.display(),
        started.elapsed().as_secs_f64() / 60.0
    );
    Ok(())
}

fn smolagents_version(sandbox: &SandboxSection) -> Option<String> {
    let smol = sandbox.smolagents.as_ref()?.outcome.as_ref().ok()?;
    smol.smolagents_version.clone()
}

fn mock_args(latency_ms: u64, rpm: Option<u32>) -> Vec<String> {
    let mut args = vec!["--latency-ms".to_owned(), latency_ms.to_string()];
    if let Some(rpm) = rpm {
        args.extend(["--rpm".to_owned(), rpm.to_string()]);
    }
    args
}

fn step_section(programs: &Programs, scale: &Scale) -> StepSection {
    let mock = mock_args(0, None);
    let runs = scale.runs.to_string();
    let warmup = scale.warmup.to_string();
    let step_args = |executor: &str| {
        strings(&[
            "step",
            "--mock",
            "{mock}",
            "--steps",
            "5",
            "--runs",
            &runs,
            "--warmup",
            &warmup,
            "--executor",
            executor,
        ])
    };
    let limit = Duration::from_secs(900);
    let codeact = programs.codeact(&mock, &step_args("in-process"), limit);
    let codeact_worker = programs.codeact(&mock, &step_args("worker"), limit);
    let mut current_thread = step_args("in-process");
    current_thread.extend(strings(&["--runtime", "current-thread"]));
    let codeact_current_thread = programs.codeact(&mock, &current_thread, limit);
    let builds = scale.builds_codeact.to_string();
    let build_codeact = programs.codeact(
        &mock,
        &strings(&["build", "--mock", "{mock}", "--iterations", &builds]),
        limit,
    );
    let args = strings(&[
        "step", "--mock", "{mock}", "--steps", "5", "--runs", &runs, "--warmup", &warmup,
    ]);
    let smol = programs.smolagents(&mock, &args, limit);
    let builds = scale.builds_smolagents.to_string();
    let build = strings(&["build", "--mock", "{mock}", "--iterations", &builds]);
    let build_smol = programs.smolagents(&mock, &build, limit);
    StepSection {
        codeact,
        codeact_worker,
        codeact_current_thread,
        smolagents: smol,
        build_codeact,
        build_smolagents: build_smol,
    }
}

fn concurrency_section(programs: &Programs, scale: &Scale) -> ConcurrencySection {
    let mock = mock_args(scale.latency_ms, None);
    let rows = scale
        .codeact_n
        .iter()
        .map(|&n| {
            let count = n.to_string();
            let codeact = programs.codeact(
                &mock,
                &strings(&[
                    "concurrency",
                    "--mock",
                    "{mock}",
                    "--steps",
                    "5",
                    "--n",
                    &count,
                    "--timeout-s",
                    "120",
                ]),
                Duration::from_secs(300),
            );
            let smol = if scale.smolagents_n.contains(&n) {
                programs.smolagents(
                    &mock,
                    &strings(&[
                        "concurrency",
                        "--mock",
                        "{mock}",
                        "--steps",
                        "5",
                        "--n",
                        &count,
                        "--timeout-s",
                        "300",
                    ]),
                    Duration::from_secs(600),
                )
            } else {
                None
            };
            ConcurrencyRow {
                n,
                codeact,
                smolagents: smol,
            }
        })
        .collect();
    ConcurrencySection {
        latency_ms: scale.latency_ms,
        steps: 5,
        rows,
    }
}

fn sandbox_section(programs: &Programs, scale: &Scale, options: &Options) -> SandboxSection {
    let reps = scale.reps.to_string();
    let inner = scale.trivial_inner.to_string();
    let workloads_dir = options.bench_dir.join("workloads").display().to_string();
    let limit = Duration::from_secs(900);
    let codeact = |engine: &str| {
        programs.codeact(
            &[],
            &strings(&[
                "sandbox",
                "--engine",
                engine,
                "--names",
                scale.workloads,
                "--reps",
                &reps,
                "--trivial-inner",
                &inner,
            ]),
            limit,
        )
    };
    let python = |engine: &str| {
        programs.smolagents(
            &[],
            &strings(&[
                "sandbox",
                "--engine",
                engine,
                "--workloads",
                &workloads_dir,
                "--names",
                scale.workloads,
                "--reps",
                &reps,
                "--trivial-inner",
                &inner,
            ]),
            limit,
        )
    };
    let cpython = python("cpython").unwrap_or_else(|| Measured {
        outcome: Err("not run: the CPython baseline runs with the smolagents side".into()),
        command: String::new(),
        mock: String::new(),
    });
    SandboxSection {
        cpython,
        worker: codeact("worker"),
        in_process: codeact("in-process"),
        monty: codeact("monty"),
        smolagents: python("smolagents"),
    }
}

fn rate_section(programs: &Programs, scale: &Scale) -> RateSection {
    let mock = mock_args(0, Some(scale.rpm));
    let rpm = scale.rpm.to_string();
    let seconds = scale.rate_seconds.to_string();
    let lanes = scale.lanes.to_string();
    let args = strings(&[
        "rate",
        "--mock",
        "{mock}",
        "--steps",
        "5",
        "--rpm",
        &rpm,
        "--seconds",
        &seconds,
        "--lanes",
        &lanes,
    ]);
    let limit = Duration::from_secs_f64(scale.rate_seconds + 120.0);
    RateSection {
        codeact: programs.codeact(&mock, &args, limit),
        smolagents: programs.smolagents(&mock, &args, limit),
    }
}
