//! The facts about the machine a report was made on.

use std::process::Command;

/// What the report says about the machine, the build and the load.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    /// `2026-11-25 14:03 UTC`.
    pub date: String,
    /// The CPU's model name.
    pub cpu: String,
    /// Logical CPUs this process may use.
    pub cpus: usize,
    /// Total memory, in GiB.
    pub memory_gib: f64,
    /// Operating system and kernel.
    pub os: String,
    /// `rustc --version`.
    pub rustc: String,
    /// `python --version` of the interpreter that runs smolagents and the
    /// CPython baseline.
    pub python: String,
    /// The repository's commit, with `+changes` when the tree differs.
    pub commit: String,
    /// The hard limit on open files (the bench raises the soft one to it).
    pub nofile_hard: u64,
    /// `net.core.somaxconn`, which caps the mock's listen backlog.
    pub somaxconn: String,
}

impl Facts {
    /// Gathers the facts; `python` is the interpreter of the smolagents
    /// side, if there is one.
    pub fn gather(python: Option<&std::path::Path>) -> Self {
        let cpuinfo = read("/proc/cpuinfo");
        let cpu = cpuinfo
            .lines()
            .find_map(|line| line.strip_prefix("model name"))
            .and_then(|rest| rest.split_once(':'))
            .map_or_else(|| "unknown".to_owned(), |(_, name)| name.trim().to_owned());
        let memory_kib: f64 = read("/proc/meminfo")
            .lines()
            .find_map(|line| line.strip_prefix("MemTotal:"))
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
            .unwrap_or(0.0);
        let os_name = read("/etc/os-release")
            .lines()
            .find_map(|line| line.strip_prefix("PRETTY_NAME="))
            .map(|name| name.trim_matches('"').to_owned())
            .unwrap_or_else(|| "Linux".to_owned());
        let kernel = read("/proc/sys/kernel/osrelease").trim().to_owned();
        let dirty = Command::new("git")
            .args(["status", "--porcelain", "--untracked-files=no"])
            .output()
            .is_ok_and(|out| out.status.success() && !out.stdout.is_empty());
        let commit = output("git", &["rev-parse", "--short=12", "HEAD"]);
        Self {
            date: output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]),
            cpu,
            cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
            memory_gib: memory_kib / 1024.0 / 1024.0,
            os: format!("{os_name}, Linux {kernel}"),
            rustc: output("rustc", &["--version"]),
            python: python.map_or_else(String::new, |python| {
                output(&python.display().to_string(), &["--version"])
            }),
            commit: if dirty {
                format!("{commit}+changes")
            } else {
                commit
            },
            nofile_hard: crate::measure::raise_file_limit().1,
            somaxconn: read("/proc/sys/net/core/somaxconn").trim().to_owned(),
        }
    }
}

/// `/proc/loadavg`'s three load averages.
pub fn load_average() -> String {
    read("/proc/loadavg")
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// A command's trimmed standard output, or `unknown`.
fn output(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| {
            let text = if out.stdout.is_empty() {
                out.stderr
            } else {
                out.stdout
            };
            String::from_utf8_lossy(&text).trim().to_owned()
        })
        .filter(|text| !text.is_empty())
        .unwrap_or_else(|| "unknown".to_owned())
}
