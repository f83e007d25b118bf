//! What one measurement reports: one JSON line on stdout, in the same shape
//! from `codeact-bench` and from `bench/smolagents/bench.py`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What the mock saw during a measurement (deltas of its `/stats`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MockDelta {
    /// Model requests received.
    pub requests: u64,
    /// Requests refused with 429.
    pub rate_limited: u64,
    /// The mock process's CPU time, in seconds.
    pub mock_cpu_s: f64,
}

/// Sequential K-step runs at 0 ms latency.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StepResult {
    /// Runs measured.
    pub runs: u64,
    /// Steps each run takes.
    pub steps_per_run: u64,
    /// Wall time of all runs.
    pub wall_s: f64,
    /// CPU time of the client process during the runs.
    pub cpu_s: f64,
    /// CPU time of the sandbox worker processes during the runs (codeact's
    /// worker mode only).
    #[serde(default)]
    pub worker_cpu_s: Option<f64>,
    /// Runs that failed, took another number of steps or gave a wrong
    /// answer.
    pub errors: u64,
    /// The first few of those, for the record.
    #[serde(default)]
    pub first_errors: Vec<String>,
    /// What the mock saw.
    #[serde(flatten)]
    pub mock: MockDelta,
}

impl StepResult {
    /// Steps in all.
    pub fn steps(&self) -> f64 {
        (self.runs * self.steps_per_run).max(1) as f64
    }
}

/// Building an agent, repeatedly.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BuildResult {
    /// Agents built.
    pub iterations: u64,
    /// Mean wall time of one build.
    pub mean_ms: f64,
    /// Median wall time of one build.
    pub median_ms: f64,
    /// Fastest build.
    pub min_ms: f64,
    /// Slowest build.
    pub max_ms: f64,
    /// CPU time per build.
    pub cpu_ms_per_build: f64,
}

/// N runs at once.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConcurrencyResult {
    /// Runs started together.
    pub n: u64,
    /// Steps each run takes.
    pub steps_per_run: u64,
    /// From the first start to the last end.
    pub wall_s: f64,
    /// CPU time of the client process meanwhile.
    pub cpu_s: f64,
    /// Peak resident memory of the client process.
    pub peak_rss_mib: f64,
    /// Resident memory just before the runs started.
    pub rss_before_runs_mib: f64,
    /// Runs that failed, gave a wrong answer or did not finish in time.
    pub errors: u64,
    /// Runs still going when the time bound was reached.
    #[serde(default)]
    pub unfinished: u64,
    /// The first few errors.
    #[serde(default)]
    pub first_errors: Vec<String>,
    /// The soft limit on open files the client ran with.
    #[serde(default)]
    pub nofile_limit: u64,
    /// What the mock saw.
    #[serde(flatten)]
    pub mock: MockDelta,
}

/// Many runs sharing one rate limit, for a fixed time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RateResult {
    /// The limit the client was configured with.
    pub configured_rpm: f64,
    /// How long the measurement lasted.
    pub seconds: f64,
    /// Concurrent agents drawing on the limit.
    pub lanes: u64,
    /// Requests the mock admitted (received minus refused).
    pub admitted: u64,
    /// Admitted requests per minute.
    pub achieved_rpm: f64,
    /// Runs finished in the time.
    pub runs_finished: u64,
    /// Runs that failed or answered wrong.
    pub errors: u64,
    /// The first few errors.
    #[serde(default)]
    pub first_errors: Vec<String>,
    /// What the mock saw.
    #[serde(flatten)]
    pub mock: MockDelta,
}

/// One sandbox workload's timing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WorkloadTiming {
    /// Median seconds of one execution.
    pub median_s: f64,
    /// Repetitions measured.
    pub reps: u64,
    /// Executions per repetition (many for the trivial one).
    pub inner: u64,
    /// `repr` of the program's last value, to check every engine computed
    /// the same.
    pub value: String,
}

/// The sandbox workloads on one engine.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SandboxResult {
    /// Which engine.
    pub engine: String,
    /// Each workload by name.
    pub workloads: BTreeMap<String, WorkloadTiming>,
    /// smolagents' version, from the smolagents side.
    #[serde(
        default,
        rename = "smolagents",
        skip_serializing_if = "Option::is_none"
    )]
    pub smolagents_version: Option<String>,
}
