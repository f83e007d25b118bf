//! The sandbox micro-benchmarks on codeact's side: the same programs as
//! CPython and smolagents' interpreter run (`bench/workloads/`), each in a
//! fresh session, timed from creating the session to having its value.

use std::collections::BTreeMap;
use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use codeact::exec::{
    ExecutorFactory, InProcessFactory, Limits, SandboxConfig, WorkerPoolConfig, WorkerPoolFactory,
};
use codeact::tool::ToolSet;

use crate::client::{median, sibling};
use crate::results::{SandboxResult, WorkloadTiming};

/// The workload programs, shared with the Python side.
pub const WORKLOADS: &[(&str, &str)] = &[
    (
        "trivial",
        include_str!("../../../bench/workloads/trivial.py"),
    ),
    (
        "loop_1e6",
        include_str!("../../../bench/workloads/loop_1e6.py"),
    ),
    ("fib_20", include_str!("../../../bench/workloads/fib_20.py")),
    ("fib_25", include_str!("../../../bench/workloads/fib_25.py")),
    (
        "sort_1e5",
        include_str!("../../../bench/workloads/sort_1e5.py"),
    ),
];

/// Which engine runs the workloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Engine {
    /// codeact's in-process sandbox (`InProcessFactory`): the prepass, the
    /// session, monty.
    InProcess,
    /// codeact's worker-process sandbox (`WorkerPoolFactory`).
    Worker,
    /// monty alone (`MontyRun`), without codeact's sandbox layer: where the
    /// time of the other two goes.
    Monty,
}

/// How many times to run each workload.
#[derive(Debug, Clone, clap::Args)]
pub struct Plan {
    /// Workloads to run, by name.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "trivial,loop_1e6,fib_20,fib_25,sort_1e5"
    )]
    pub names: Vec<String>,
    /// Repetitions of each (after one warm-up), fewer when the budget runs
    /// out.
    #[arg(long, default_value_t = 5)]
    pub reps: u32,
    /// Seconds of repetitions per workload.
    #[arg(long, default_value_t = 30.0)]
    pub budget_s: f64,
    /// Executions per repetition of the trivial workload.
    #[arg(long, default_value_t = 200)]
    pub trivial_inner: u32,
    /// The worker program for the worker engine (default:
    /// `codeact-bench-worker` beside this program).
    #[arg(long)]
    pub worker: Option<PathBuf>,
    /// For the worker engine: how long a wait for a worker's reply polls
    /// the pipe before sleeping, in microseconds (default: the pool's).
    #[arg(long)]
    pub spin_us: Option<u64>,
}

fn config() -> SandboxConfig {
    // Long enough for any workload; the benchmark measures, it does not
    // limit.
    SandboxConfig::default().limits(Limits {
        max_duration: Duration::from_secs(300),
        ..Limits::default()
    })
}

/// Runs the plan's workloads on `engine`.
pub async fn run(engine: Engine, plan: &Plan) -> anyhow::Result<SandboxResult> {
    let factory: Option<Arc<dyn ExecutorFactory>> = match engine {
        Engine::InProcess => Some(Arc::new(InProcessFactory::new(config()))),
        Engine::Worker => {
            let program = match &plan.worker {
                Some(program) => program.clone(),
                None => sibling("codeact-bench-worker")?,
            };
            let mut pool = WorkerPoolConfig::new(program).sandbox(config());
            if let Some(spin) = plan.spin_us {
                pool = pool.spin(Duration::from_micros(spin));
            }
            Some(Arc::new(WorkerPoolFactory::start(pool).await?))
        }
        Engine::Monty => None,
    };
    let mut workloads = BTreeMap::new();
    for name in &plan.names {
        let (_, source) = WORKLOADS
            .iter()
            .find(|(known, _)| known == name)
            .with_context(|| format!("no workload named {name}"))?;
        let inner = if name == "trivial" {
            plan.trivial_inner
        } else {
            1
        };
        let timing = match &factory {
            Some(factory) => {
                measure(plan, inner, || session_once(factory.as_ref(), source)).await?
            }
            None => measure(plan, inner, || async { monty_once(source) }).await?,
        };
        workloads.insert(name.clone(), timing);
    }
    let engine = match engine {
        Engine::InProcess => "codeact in-process",
        Engine::Worker => "codeact worker",
        Engine::Monty => "monty alone",
    };
    Ok(SandboxResult {
        engine: engine.to_owned(),
        workloads,
        smolagents_version: None,
    })
}

/// One execution in a new session: its time and its value.
async fn session_once(
    factory: &dyn ExecutorFactory,
    source: &str,
) -> anyhow::Result<(f64, String)> {
    let tools = ToolSet::default();
    let started = Instant::now();
    let mut session = factory.create().await?;
    let execution = session.execute(source, &tools).await?;
    drop(session);
    let seconds = started.elapsed().as_secs_f64();
    if let Some(error) = execution.error {
        anyhow::bail!("the workload failed: {error}");
    }
    Ok((seconds, execution.value.unwrap_or_else(|| "None".into())))
}

/// One execution by monty alone: parse, then run with no limits but the
/// default recursion depth.
fn monty_once(source: &str) -> anyhow::Result<(f64, String)> {
    let started = Instant::now();
    let run = monty::MontyRun::new(
        source.to_owned(),
        "bench.py",
        Vec::new(),
        monty_types::CompileOptions::default(),
    )
    .map_err(|err| anyhow::anyhow!("{err:?}"))?;
    let value = run
        .run(
            Vec::new(),
            monty_types::ResourceTracker::new(monty_types::ResourceLimits::default()),
            monty_types::PrintWriter::Disabled,
        )
        .map_err(|err| anyhow::anyhow!("{err:?}"))?;
    let seconds = started.elapsed().as_secs_f64();
    Ok((seconds, value.py_repr()))
}

/// The median time of one execution over the plan's repetitions, after a
/// warm-up execution.
async fn measure<F, Fut>(plan: &Plan, inner: u32, mut once: F) -> anyhow::Result<WorkloadTiming>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<(f64, String)>>,
{
    let (_, mut value) = once().await?;
    let mut samples = Vec::new();
    let started = Instant::now();
    for _ in 0..plan.reps.max(1) {
        let mut total = 0.0;
        for _ in 0..inner.max(1) {
            let (seconds, last) = once().await?;
            total += seconds;
            value = last;
        }
        samples.push(total / f64::from(inner.max(1)));
        if started.elapsed().as_secs_f64() > plan.budget_s {
            break;
        }
    }
    Ok(WorkloadTiming {
        median_s: median(&mut samples),
        reps: samples.len() as u64,
        inner: u64::from(inner.max(1)),
        value,
    })
}
