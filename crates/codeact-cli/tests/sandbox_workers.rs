//! Sessions in worker processes (this package's `codeact` binary, started
//! as `codeact subprocess`): the same behaviour as in-process, plus what
//! only a separate process can give (a kill deadline, a memory cap, crash
//! isolation) and the session's survival when its worker is lost.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use codeact::exec::{ExecutorFactory, Limits, SandboxConfig, WorkerPoolConfig, WorkerPoolFactory};
use codeact::tool::{FnTool, Tool, ToolInput, ToolSet, ToolSpec};
use serde_json::json;

async fn pool(limits: Limits) -> WorkerPoolFactory {
    let config = WorkerPoolConfig::new(env!("CARGO_BIN_EXE_codeact"))
        .sandbox(SandboxConfig::default().limits(limits))
        .max_workers(4);
    WorkerPoolFactory::start(config)
        .await
        .expect("the workers start")
}

fn tools(in_flight: Arc<(AtomicUsize, AtomicUsize)>) -> ToolSet {
    let lookup = FnTool::new(
        ToolSpec::new("lookup", "Waits 100 ms, then returns the key doubled.")
            .input(ToolInput::new("key", "The key.", json!({"type": "string"}))),
        move |args| {
            let in_flight = in_flight.clone();
            async move {
                let now = in_flight.0.fetch_add(1, Ordering::SeqCst) + 1;
                in_flight.1.fetch_max(now, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(100)).await;
                in_flight.0.fetch_sub(1, Ordering::SeqCst);
                let key = args["key"].as_str().unwrap_or_default();
                Ok(json!(format!("{key}{key}")))
            }
        },
    );
    let tools: Vec<Arc<dyn Tool>> = vec![Arc::new(lookup)];
    ToolSet::new(tools).expect("one tool")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_session_keeps_state_and_calls_tools() {
    let pool = pool(Limits::default()).await;
    let in_flight = Arc::new((AtomicUsize::new(0), AtomicUsize::new(0)));
    let tools = tools(in_flight.clone());
    let mut session = pool.create().await.expect("session");
    let first = session
        .execute("xs = [lookup('a'), lookup(key='b')]\nprint(xs)", &tools)
        .await
        .expect("ran");
    assert_eq!(first.error, None);
    assert_eq!(first.output, "['aa', 'bb']\n");

    let code = "import asyncio\nrs = await asyncio.gather(*[lookup(str(i)) for i in range(20)])\nlen(rs) + len(xs)";
    let second = session.execute(code, &tools).await.expect("ran");
    assert_eq!(second.error, None, "{:?}", second.output);
    assert_eq!(second.value.as_deref(), Some("22"));
    assert_eq!(
        in_flight.1.load(Ordering::SeqCst),
        20,
        "the gathered calls ran at once"
    );

    let done = session
        .execute("final_answer(xs[0])", &tools)
        .await
        .expect("ran");
    assert_eq!(done.final_answer, Some(json!("aa")));

    let mut vars = serde_json::Map::new();
    vars.insert("prices".into(), json!([1.5, 2.5]));
    session.set_variables(vars).await.expect("variables");
    let sum = session.execute("sum(prices)", &tools).await.expect("ran");
    assert_eq!(sum.value.as_deref(), Some("4.0"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_runaway_block_is_killed_and_the_session_restored() {
    let pool = pool(Limits {
        max_duration: Duration::from_millis(500),
        ..Limits::default()
    })
    .await;
    let tools = ToolSet::default();
    let mut session = pool.create().await.expect("session");
    session.execute("kept = 41", &tools).await.expect("ran");

    let spin = session
        .execute("lost = 1\nwhile True:\n    pass", &tools)
        .await
        .expect("ran");
    let error = spin.error.expect("stopped");
    assert_eq!(error.kind, "TimeoutError");

    let after = session.execute("kept + 1", &tools).await.expect("ran");
    assert_eq!(after.value.as_deref(), Some("42"));
    assert!(
        after.notes.iter().any(|n| n.contains("restored")),
        "{:?}",
        after.notes
    );
    // The killed block's own assignments are gone with its worker.
    let lost = session.execute("lost", &tools).await.expect("ran");
    assert_eq!(lost.error.map(|e| e.kind).as_deref(), Some("NameError"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn memory_is_capped_per_session() {
    let pool = pool(Limits {
        max_memory: 64 * 1024 * 1024,
        ..Limits::default()
    })
    .await;
    let tools = ToolSet::default();
    let mut session = pool.create().await.expect("session");
    session
        .execute("small = list(range(1000))", &tools)
        .await
        .expect("ran");
    for bomb in [
        "big = 'x' * (1 << 30)",
        "big = [0] * (1 << 28)",
        "big = [[i] for i in range(10**8)]",
    ] {
        let out = session.execute(bomb, &tools).await.expect("ran");
        assert_eq!(
            out.error.map(|e| e.kind).as_deref(),
            Some("MemoryError"),
            "{bomb}"
        );
    }
    let after = session.execute("len(small)", &tools).await.expect("ran");
    assert_eq!(after.value.as_deref(), Some("1000"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn escapes_are_refused_in_workers_too() {
    let pool = pool(Limits::default()).await;
    let tools = ToolSet::default();
    let mut session = pool.create().await.expect("session");
    for code in [
        "import os",
        "open('/etc/passwd').read()",
        "__import__('subprocess')",
        "().__class__.__bases__[0].__subclasses__()",
        "from pathlib import Path\nPath('/etc/passwd').read_text()",
    ] {
        let out = session.execute(code, &tools).await.expect("ran");
        assert!(out.error.is_some(), "`{code}` ran: {:?}", out.value);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_run_side_by_side_without_sharing_state() {
    let pool = pool(Limits::default()).await;
    let tools = ToolSet::default();
    let runs = (0..8).map(|i| {
        let pool = pool.clone();
        let tools = tools.clone();
        async move {
            let mut session = pool.create().await.expect("session");
            session
                .execute(&format!("mine = {i}"), &tools)
                .await
                .expect("ran");
            let out = session.execute("mine * 10", &tools).await.expect("ran");
            out.value
        }
    });
    let values = futures::future::join_all(runs).await;
    for (i, value) in values.into_iter().enumerate() {
        assert_eq!(value, Some((i * 10).to_string()));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rewritten_code_and_its_host_helpers_work_in_a_worker() {
    let pool = pool(Limits::default()).await;
    let mut session = pool.create().await.expect("session");
    let code = "print('%s: %5.1f' % ('x', 2.25), sum(x > 1 for x in [1, 2, 3]))\ntry:\n    '%d' % 'a'\nexcept TypeError as e:\n    print(e)\n";
    let ran = session
        .execute(code, &ToolSet::default())
        .await
        .expect("ran");
    assert_eq!(ran.error, None, "{}", ran.output);
    assert_eq!(
        ran.output,
        "x:   2.2 2\n%d format: a real number is required, not str\n"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_modules_load_in_workers_and_survive_a_lost_worker() {
    let pool = pool(Limits {
        max_duration: Duration::from_millis(500),
        ..Limits::default()
    })
    .await;
    let tools = ToolSet::default();
    let mut session = pool.create().await.expect("session");
    let seeded = session
        .execute("import random\nrandom.seed(1)\n", &tools)
        .await
        .expect("ran");
    assert_eq!((seeded.error, seeded.output.as_str()), (None, ""));

    let spin = session
        .execute("import statistics\nwhile True:\n    pass", &tools)
        .await
        .expect("ran");
    assert_eq!(spin.error.expect("stopped").kind, "TimeoutError");

    // The restored session holds the modules and random's state as they
    // were; importing again loads nothing twice.
    let after = session
        .execute(
            "import random, statistics\nprint(random.random(), statistics.mean([1, 2]))",
            &tools,
        )
        .await
        .expect("ran");
    assert_eq!(after.error, None);
    // random.seed(1); random.random() in CPython 3.11.
    assert_eq!(after.output, "0.13436424411240122 1.5\n");

    let slept = session
        .execute(
            "import time\nt = time.monotonic()\ntime.sleep(0.05)\nprint(time.monotonic() - t >= 0.049)",
            &tools,
        )
        .await
        .expect("ran");
    assert_eq!((slept.error, slept.output.as_str()), (None, "True\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn own_exception_classes_work_across_blocks_and_a_lost_worker() {
    let pool = pool(Limits {
        max_duration: Duration::from_millis(500),
        ..Limits::default()
    })
    .await;
    let tools = ToolSet::default();
    let mut session = pool.create().await.expect("session");
    let defined = session
        .execute(
            "class Invalid(KeyError):\n    pass\n\ndef check(k):\n    raise Invalid(k)\n",
            &tools,
        )
        .await
        .expect("ran");
    assert_eq!(defined.error, None);
    let uncaught = session.execute("check('a')", &tools).await.expect("ran");
    let error = uncaught.error.expect("uncaught");
    assert_eq!(
        (error.kind.as_str(), error.message.as_str()),
        ("Invalid", "'a'")
    );

    let spin = session
        .execute("while True:\n    pass", &tools)
        .await
        .expect("ran");
    assert_eq!(spin.error.expect("stopped").kind, "TimeoutError");

    // The restored session still knows the class; nothing from the blocks
    // before is taken for an exception in flight.
    let after = session
        .execute(
            "try:\n    {}['k']\nexcept Invalid:\n    print('wrong')\nexcept LookupError as e:\n    print('builtin', e)\ntry:\n    check('b')\nexcept LookupError as e:\n    print(type(e).__name__, e, isinstance(e, KeyError))\n",
            &tools,
        )
        .await
        .expect("ran");
    assert_eq!(after.error, None, "{}", after.output);
    assert_eq!(after.output, "builtin 'k'\nInvalid 'b' True\n");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_of_megabytes_arrives_whole_and_the_session_goes_on() {
    let pool = pool(Limits::default()).await;
    let mut session = pool.create().await.expect("session");
    let big = session
        .execute("text = 'ab' * 1_500_000\ntext", &ToolSet::default())
        .await
        .expect("ran");
    assert_eq!(big.error, None);
    let value = big.value.expect("the value");
    // The repr: quotes around three million characters.
    assert_eq!(value.len(), 3_000_002);
    assert!(value.starts_with("'abab") && value.ends_with("abab'"));
    let next = session
        .execute("len(text) + 1", &ToolSet::default())
        .await
        .expect("ran");
    assert_eq!(next.error, None);
    assert_eq!(next.value.as_deref(), Some("3000001"));
}
