//! codeact's side of the agent scenarios: CodeAgents against `codeact-mock`
//! over real HTTP, measured from inside this process.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use codeact::agent::{Agent, RunResult, RunState};
use codeact::exec::{ExecutorFactory, InProcessFactory, WorkerPoolConfig, WorkerPoolFactory};
use codeact::model::{Model, OpenAIModel, RateLimit, RateLimitedModel, RetryingModel};
use serde::Deserialize;

use crate::measure;
use crate::results::{BuildResult, ConcurrencyResult, MockDelta, RateResult, StepResult};

/// Which sandbox runs the agents' code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Executor {
    /// Sessions in this process (`InProcessFactory`).
    InProcess,
    /// Sessions in worker processes (`WorkerPoolFactory`).
    Worker,
}

/// Where the agents find the mock and the sandbox.
#[derive(Debug, Clone, clap::Args)]
pub struct Target {
    /// The mock's address, `http://127.0.0.1:PORT`.
    #[arg(long)]
    pub mock: String,
    /// Steps per run (the mock's model id is `mock-k<STEPS>`).
    #[arg(long, default_value_t = 5)]
    pub steps: u32,
    /// The sandbox.
    #[arg(long, value_enum, default_value_t = Executor::InProcess)]
    pub executor: Executor,
    /// The worker program for `--executor worker` (default:
    /// `codeact-bench-worker` beside this program).
    #[arg(long)]
    pub worker: Option<PathBuf>,
}

impl Target {
    fn model(&self) -> anyhow::Result<OpenAIModel> {
        OpenAIModel::builder(format!("mock-k{}", self.steps))
            .base_url(format!("{}/v1", self.mock))
            .api_key("bench")
            .build()
            .context("the mock's model")
    }

    async fn sandbox(&self) -> anyhow::Result<Arc<dyn ExecutorFactory>> {
        Ok(match self.executor {
            Executor::InProcess => Arc::new(InProcessFactory::default()),
            Executor::Worker => {
                let program = match &self.worker {
                    Some(program) => program.clone(),
                    None => sibling("codeact-bench-worker")?,
                };
                Arc::new(WorkerPoolFactory::start(WorkerPoolConfig::new(program)).await?)
            }
        })
    }

    async fn agent(&self, model: Arc<dyn Model>) -> anyhow::Result<Agent> {
        Ok(Agent::code(model).sandbox(self.sandbox().await?).build()?)
    }

    async fn stats(&self) -> anyhow::Result<MockStats> {
        let url = format!("{}/stats", self.mock);
        let stats = reqwest::get(&url)
            .await
            .and_then(reqwest::Response::error_for_status)
            .with_context(|| format!("GET {url}"))?
            .json()
            .await?;
        Ok(stats)
    }
}

/// A program next to this one (the bench's worker, the mock).
pub fn sibling(name: &str) -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe().context("this program's path")?;
    let path = exe.with_file_name(name);
    anyhow::ensure!(path.is_file(), "{} does not exist", path.display());
    Ok(path)
}

/// The parts of the mock's `/stats` the measurements use.
#[derive(Debug, Clone, Copy, Deserialize)]
struct MockStats {
    requests: u64,
    rate_limited: u64,
    cpu_time_us: u64,
}

impl MockStats {
    fn since(self, before: Self) -> MockDelta {
        MockDelta {
            requests: self.requests - before.requests,
            rate_limited: self.rate_limited - before.rate_limited,
            mock_cpu_s: (self.cpu_time_us - before.cpu_time_us) as f64 / 1e6,
        }
    }
}

fn task(i: u64) -> String {
    format!("Benchmark task {i}. [[answer-{i}]]")
}

/// `None` when run `i` did exactly `steps` steps and answered right.
fn check(
    result: Result<RunResult, codeact::agent::AgentError>,
    i: u64,
    steps: u32,
) -> Option<String> {
    let result = match result {
        Ok(result) => result,
        Err(err) => return Some(format!("run {i}: {err}")),
    };
    if result.state != RunState::FinalAnswer {
        return Some(format!("run {i}: {:?}: {:?}", result.state, result.error));
    }
    if result.output_text() != format!("answer-{i}") {
        return Some(format!("run {i}: answer {:?}", result.output_text()));
    }
    if result.steps != steps {
        return Some(format!("run {i}: {} steps", result.steps));
    }
    if let Some(step) = result.memory.action_steps().find(|s| s.error.is_some()) {
        return Some(format!(
            "run {i}: step {}: {:?}",
            step.step_number, step.error
        ));
    }
    None
}

/// Runs one at a time: the client's cost per step.
pub async fn step(
    target: &Target,
    runs: u64,
    warmup: u64,
    bound: Duration,
) -> anyhow::Result<StepResult> {
    let agent = target.agent(Arc::new(target.model()?)).await?;
    for i in 0..warmup {
        check(agent.arun(task(i)).await, i, target.steps);
    }
    let mut errors = Vec::new();
    let before = target.stats().await?;
    let (cpu0, workers0) = (measure::cpu_time(), measure::children_cpu_time());
    let started = Instant::now();
    let mut done = 0;
    for i in 0..runs {
        if let Some(error) = check(agent.arun(task(i)).await, i, target.steps) {
            errors.push(error);
        }
        done += 1;
        if started.elapsed() > bound {
            errors.push(format!("stopped after {done} runs: time bound {bound:?}"));
            break;
        }
    }
    let wall = started.elapsed();
    let (cpu, workers) = (
        measure::cpu_time() - cpu0,
        measure::children_cpu_time() - workers0,
    );
    let mock = target.stats().await?.since(before);
    Ok(StepResult {
        runs: done,
        steps_per_run: u64::from(target.steps),
        wall_s: wall.as_secs_f64(),
        cpu_s: cpu.as_secs_f64(),
        worker_cpu_s: (target.executor == Executor::Worker).then_some(workers.as_secs_f64()),
        errors: errors.len() as u64,
        first_errors: errors.into_iter().take(3).collect(),
        mock,
    })
}

/// Builds the same agent again and again.
pub async fn build(target: &Target, iterations: u64) -> anyhow::Result<BuildResult> {
    let model: Arc<dyn Model> = Arc::new(target.model()?);
    let sandbox = target.sandbox().await?;
    let build = || Agent::code(model.clone()).sandbox(sandbox.clone()).build();
    build()?;
    let mut times = Vec::with_capacity(iterations as usize);
    let cpu0 = measure::cpu_time();
    for _ in 0..iterations {
        let started = Instant::now();
        std::hint::black_box(build()?);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let cpu = measure::cpu_time() - cpu0;
    Ok(BuildResult {
        iterations,
        mean_ms: times.iter().sum::<f64>() / times.len().max(1) as f64,
        median_ms: median(&mut times),
        min_ms: times.iter().copied().fold(f64::INFINITY, f64::min),
        max_ms: times.iter().copied().fold(0.0, f64::max),
        cpu_ms_per_build: cpu.as_secs_f64() * 1000.0 / iterations.max(1) as f64,
    })
}

/// `n` runs started together; one agent serves them all.
pub async fn concurrency(
    target: &Target,
    n: u64,
    bound: Duration,
) -> anyhow::Result<ConcurrencyResult> {
    let (nofile, _) = measure::raise_file_limit();
    let agent = target.agent(Arc::new(target.model()?)).await?;
    let rss_before = measure::rss_mib();
    let before = target.stats().await?;
    let cpu0 = measure::cpu_time();
    let started = Instant::now();
    let steps = target.steps;
    let runs: Vec<_> = (0..n)
        .map(|i| {
            let agent = agent.clone();
            tokio::spawn(async move { check(agent.arun(task(i)).await, i, steps) })
        })
        .collect();
    let deadline = tokio::time::Instant::now() + bound;
    let mut errors = Vec::new();
    let mut unfinished = 0;
    for run in runs {
        match tokio::time::timeout_at(deadline, run).await {
            Ok(Ok(None)) => {}
            Ok(Ok(Some(error))) => errors.push(error),
            Ok(Err(panic)) => errors.push(format!("a run panicked: {panic}")),
            Err(_) => unfinished += 1,
        }
    }
    let wall = started.elapsed();
    let cpu = measure::cpu_time() - cpu0;
    let mock = target.stats().await?.since(before);
    let failed = errors.len() as u64 + unfinished;
    if unfinished > 0 {
        errors.push(format!("{unfinished} runs unfinished after {bound:?}"));
    }
    Ok(ConcurrencyResult {
        n,
        steps_per_run: u64::from(steps),
        wall_s: wall.as_secs_f64(),
        cpu_s: cpu.as_secs_f64(),
        peak_rss_mib: measure::peak_rss_mib(),
        rss_before_runs_mib: rss_before,
        errors: failed,
        unfinished,
        first_errors: errors.into_iter().take(3).collect(),
        nofile_limit: nofile,
        mock,
    })
}

/// `lanes` agents run back to back for `seconds`, sharing one rate limit of
/// `rpm` requests a minute (and retrying what the server refuses, as a
/// production client would).
pub async fn rate(
    target: &Target,
    rpm: u32,
    seconds: f64,
    lanes: u64,
) -> anyhow::Result<RateResult> {
    measure::raise_file_limit();
    let model = RetryingModel::new(RateLimitedModel::new(
        target.model()?,
        RateLimit::requests_per_minute(rpm),
    ));
    let agent = target.agent(Arc::new(model)).await?;
    let steps = target.steps;
    let window = Duration::from_secs_f64(seconds);
    let before = target.stats().await?;
    let started = Instant::now();
    let deadline = tokio::time::Instant::now() + window;
    let lanes_done: Vec<_> = (0..lanes)
        .map(|lane| {
            let agent = agent.clone();
            tokio::spawn(async move {
                let mut finished = 0u64;
                let mut errors = Vec::new();
                // The run in progress at the deadline is dropped, which
                // stops it: its request, its sandbox.
                let _ = tokio::time::timeout_at(deadline, async {
                    for i in 0.. {
                        let id = lane * 1_000_000 + i;
                        if let Some(error) = check(agent.arun(task(id)).await, id, steps) {
                            errors.push(error);
                        }
                        finished += 1;
                    }
                })
                .await;
                (finished, errors)
            })
        })
        .collect();
    let mut runs_finished = 0;
    let mut errors = Vec::new();
    for lane in lanes_done {
        let (finished, lane_errors) = lane.await?;
        runs_finished += finished;
        errors.extend(lane_errors);
    }
    let elapsed = started.elapsed().as_secs_f64();
    let mock = target.stats().await?.since(before);
    let admitted = mock.requests - mock.rate_limited;
    Ok(RateResult {
        configured_rpm: f64::from(rpm),
        seconds: elapsed,
        lanes,
        admitted,
        achieved_rpm: admitted as f64 / elapsed * 60.0,
        runs_finished,
        errors: errors.len() as u64,
        first_errors: errors.into_iter().take(3).collect(),
        mock,
    })
}

/// The median of `values` (sorted in place).
pub fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    }
}
