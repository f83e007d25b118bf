//! Each measurement of `codeact-bench`, at a small scale, against a real
//! `codeact-mock` over HTTP on 127.0.0.1: it runs, its runs end with the
//! right answers, and what it reports adds up.

use std::process::Command;
use std::time::Duration;

use codeact_mock::{MockConfig, MockServer};
use serde_json::Value;

fn bench(args: &[&str]) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_codeact-bench"))
        .args(args)
        .output()
        .expect("codeact-bench starts");
    assert!(
        output.status.success(),
        "codeact-bench {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout.lines().last().expect("one line of JSON");
    serde_json::from_str(line).expect("the line is JSON")
}

fn mock(config: MockConfig) -> (MockServer, String) {
    let server = MockServer::start_blocking(config).expect("the mock starts");
    let url = format!("http://{}", server.addr());
    (server, url)
}

fn number(value: &Value, key: &str) -> f64 {
    value[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} in {value}"))
}

#[test]
fn sequential_runs_take_their_steps_and_count_the_client_cpu() {
    let (_server, url) = mock(MockConfig::default());
    let result = bench(&[
        "step", "--mock", &url, "--steps", "4", "--runs", "3", "--warmup", "1",
    ]);
    assert_eq!(result["errors"], 0, "{result}");
    assert_eq!(result["runs"], 3);
    assert_eq!(result["requests"], 12, "3 runs of 4 steps: {result}");
    assert!(number(&result, "cpu_s") > 0.0);
    assert!(number(&result, "wall_s") > 0.0);
    assert!(
        result["worker_cpu_s"].is_null(),
        "in-process has no workers"
    );
}

#[test]
fn worker_mode_counts_the_workers_cpu_apart() {
    let (_server, url) = mock(MockConfig::default());
    let worker = env!("CARGO_BIN_EXE_codeact-bench-worker");
    let result = bench(&[
        "step",
        "--mock",
        &url,
        "--steps",
        "3",
        "--runs",
        "3",
        "--warmup",
        "1",
        "--executor",
        "worker",
        "--worker",
        worker,
    ]);
    assert_eq!(result["errors"], 0, "{result}");
    assert_eq!(result["requests"], 9);
    assert!(number(&result, "worker_cpu_s") >= 0.0, "{result}");
}

#[test]
fn agents_are_built_and_timed() {
    let (_server, url) = mock(MockConfig::default());
    let result = bench(&["build", "--mock", &url, "--iterations", "5"]);
    assert_eq!(result["iterations"], 5);
    let (min, mean, max) = (
        number(&result, "min_ms"),
        number(&result, "mean_ms"),
        number(&result, "max_ms"),
    );
    assert!(min > 0.0 && min <= mean && mean <= max, "{result}");
}

#[test]
fn concurrent_runs_overlap_their_latency() {
    let (_server, url) = mock(MockConfig {
        latency: Duration::from_millis(100),
        ..MockConfig::default()
    });
    let result = bench(&[
        "concurrency",
        "--mock",
        &url,
        "--steps",
        "3",
        "--n",
        "50",
        "--timeout-s",
        "60",
    ]);
    assert_eq!(result["errors"], 0, "{result}");
    assert_eq!(result["requests"], 150);
    let wall = number(&result, "wall_s");
    // Three steps of 100 ms each, overlapped across the 50 runs: far less
    // than the 15 s they would take one after another.
    assert!((0.3..10.0).contains(&wall), "{result}");
    assert!(number(&result, "peak_rss_mib") >= number(&result, "rss_before_runs_mib"));
    assert!(number(&result, "nofile_limit") >= 1024.0, "{result}");
}

#[test]
fn the_rate_limit_holds_runs_to_the_configured_rate() {
    let (_server, url) = mock(MockConfig {
        rpm: Some(600),
        ..MockConfig::default()
    });
    let result = bench(&[
        "rate",
        "--mock",
        &url,
        "--steps",
        "2",
        "--rpm",
        "600",
        "--seconds",
        "2",
        "--lanes",
        "3",
    ]);
    assert_eq!(result["errors"], 0, "{result}");
    let admitted = number(&result, "admitted");
    // 600 a minute for 2 s is 20 requests, the first at once: a few fewer
    // on a slow machine, never more than the limit allows.
    assert!((5.0..=21.0).contains(&admitted), "{result}");
    assert!(number(&result, "achieved_rpm") <= 640.0, "{result}");
}

#[test]
fn every_engine_computes_the_workloads_values() {
    let worker = env!("CARGO_BIN_EXE_codeact-bench-worker");
    for engine in ["in-process", "worker", "monty"] {
        let result = bench(&[
            "sandbox",
            "--engine",
            engine,
            "--names",
            "trivial,fib_20",
            "--reps",
            "1",
            "--trivial-inner",
            "2",
            "--worker",
            worker,
        ]);
        let workloads = &result["workloads"];
        assert_eq!(workloads["trivial"]["value"], "2", "{engine}: {result}");
        assert_eq!(workloads["fib_20"]["value"], "6765", "{engine}: {result}");
        assert!(number(&workloads["fib_20"], "median_s") > 0.0);
    }
}
