//! The processes a benchmark run starts: the mock server, and one child per
//! measurement (so that each has its own CPU account and its own peak RSS).
//! Every one is bounded in time and ended by its own handle.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

/// A `codeact-mock` process on 127.0.0.1; killed when dropped.
pub struct Mock {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// The command that started it, for the report.
    pub command: String,
}

impl Mock {
    /// Starts `program` with `args` (port 0 is added) and waits for the
    /// address it prints.
    pub fn start(program: &Path, args: &[String]) -> anyhow::Result<Self> {
        let mut command = Command::new(program);
        command
            .args(["--port", "0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut child = command
            .spawn()
            .with_context(|| format!("cannot start {}", program.display()))?;
        let stdout = child.stdout.take().context("the mock's stdout")?;
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = sender.send(line);
        });
        let line = match receiver.recv_timeout(Duration::from_secs(20)) {
            Ok(line) => line,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                bail!("{} printed no address within 20 s", program.display());
            }
        };
        let Some(base) = line.trim().strip_prefix("listening on ") else {
            let _ = child.kill();
            let _ = child.wait();
            bail!("unexpected first line from the mock: {line:?}");
        };
        let url = base.trim_end_matches("/v1").to_owned();
        Ok(Self {
            child,
            url,
            command: display_command(program, &[&["--port".into(), "0".into()], args].concat()),
        })
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs one measurement: `program args…`, bounded by `limit`, and parses
/// the last line it prints as JSON.
pub fn measure(
    program: &Path,
    args: &[String],
    limit: Duration,
) -> anyhow::Result<serde_json::Value> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("cannot start {}", program.display()))?;
    let mut stdout = child.stdout.take().context("the child's stdout")?;
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "stopped after {:.0} s (its time bound)",
                limit.as_secs_f64()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let text = reader.join().unwrap_or_default();
    if !status.success() {
        bail!("exited with {status}");
    }
    let line = text
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .context("printed nothing")?;
    serde_json::from_str(line).with_context(|| format!("printed no JSON: {line}"))
}

/// A command line as a reader would type it, paths relative to the
/// current directory where they are inside it.
pub fn display_command(program: &Path, args: &[String]) -> String {
    let mut words = vec![relative(program)];
    words.extend(args.iter().map(|arg| {
        if arg.contains(' ') {
            format!("'{arg}'")
        } else {
            arg.clone()
        }
    }));
    words.join(" ")
}

fn relative(path: &Path) -> String {
    let current = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    path.strip_prefix(&current)
        .unwrap_or(path)
        .display()
        .to_string()
}
