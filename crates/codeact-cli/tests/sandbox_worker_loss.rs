//! A worker process that dies while it waits for a session: the pool
//! notices before a session's code is sent to it. In a test binary of its
//! own, because it finds the workers among this process's children.

use std::time::Duration;

use codeact::exec::{ExecutorFactory, WorkerPoolConfig, WorkerPoolFactory};
use codeact::tool::ToolSet;

/// The pids of this process's children started as `codeact subprocess`.
fn worker_pids() -> Vec<u32> {
    let mut pids = Vec::new();
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return pids;
    };
    for task in tasks.flatten() {
        let children = std::fs::read_to_string(task.path().join("children")).unwrap_or_default();
        for pid in children
            .split_whitespace()
            .filter_map(|p| p.parse::<u32>().ok())
        {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            if cmdline.ends_with(b"subprocess\0") {
                pids.push(pid);
            }
        }
    }
    pids
}

#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_that_dies_while_idle_is_replaced_before_a_session_uses_it() {
    let config = WorkerPoolConfig::new(env!("CARGO_BIN_EXE_codeact"))
        .min_workers(1)
        .max_workers(1);
    let pool = WorkerPoolFactory::start(config)
        .await
        .expect("the workers start");
    let mut session = pool.create().await.expect("session");
    let first = session
        .execute("x = 40\nx + 1", &ToolSet::default())
        .await
        .expect("ran");
    assert_eq!(first.value.as_deref(), Some("41"));
    // Handed back: the worker waits, reset, for the next session.
    drop(session);
    let idle = worker_pids();
    assert_eq!(idle.len(), 1, "one warm worker: {idle:?}");
    let killed = std::process::Command::new("kill")
        .args(["-KILL", &idle[0].to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    tokio::time::sleep(Duration::from_millis(100)).await;

    let mut session = pool.create().await.expect("session");
    let second = session
        .execute("2 + 2", &ToolSet::default())
        .await
        .expect("ran on a new worker");
    assert_eq!(second.error, None);
    assert_eq!(second.value.as_deref(), Some("4"));
    assert!(second.notes.is_empty(), "{:?}", second.notes);
    let now = worker_pids();
    assert_eq!(now.len(), 1, "{now:?}");
    assert_ne!(now[0], idle[0]);
}
