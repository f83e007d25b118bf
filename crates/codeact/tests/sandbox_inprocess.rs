//! The in-process sandbox running real Python through monty: state, tools
//! (sync and async, inline and gathered), errors, imports, escapes and
//! limits.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use codeact::exec::{CodeExecutor, Execution, InProcessExecutor, Limits, SandboxConfig};
use codeact::tool::{FnTool, Tool, ToolError, ToolInput, ToolSet, ToolSpec};
use serde_json::{Value, json};

/// Counts calls in flight and remembers the most seen at once.
#[derive(Default)]
struct InFlight {
    now: AtomicUsize,
    max: AtomicUsize,
    total: AtomicUsize,
}

fn tools(in_flight: Arc<InFlight>) -> ToolSet {
    let add = FnTool::new(
        ToolSpec::new("add", "Adds two integers.")
            .input(ToolInput::new("a", "First.", json!({"type": "integer"})))
            .input(ToolInput::new("b", "Second.", json!({"type": "integer"}))),
        |args| async move {
            Ok(json!(
                args["a"].as_i64().unwrap_or(0) + args["b"].as_i64().unwrap_or(0)
            ))
        },
    );
    let fetch = FnTool::new(
        ToolSpec::new("fetch", "Waits 200 ms, then returns the key upper-cased.")
            .input(ToolInput::new("key", "The key.", json!({"type": "string"}))),
        move |args| {
            let in_flight = in_flight.clone();
            async move {
                let now = in_flight.now.fetch_add(1, Ordering::SeqCst) + 1;
                in_flight.max.fetch_max(now, Ordering::SeqCst);
                in_flight.total.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(200)).await;
                in_flight.now.fetch_sub(1, Ordering::SeqCst);
                Ok(json!(
                    args["key"].as_str().unwrap_or_default().to_uppercase()
                ))
            }
        },
    );
    let fail = FnTool::new(ToolSpec::new("fail", "Always fails."), |_| async {
        Err(ToolError::failed("fail", "the service is down"))
    });
    let tools: Vec<Arc<dyn Tool>> = vec![Arc::new(add), Arc::new(fetch), Arc::new(fail)];
    ToolSet::new(tools).expect("three distinct names")
}

fn session() -> InProcessExecutor {
    InProcessExecutor::new(SandboxConfig::default())
}

async fn run(session: &mut InProcessExecutor, code: &str) -> Execution {
    session
        .execute(code, &tools(Arc::default()))
        .await
        .expect("the executor itself does not fail")
}

fn error_kind(execution: &Execution) -> &str {
    execution.error.as_ref().map_or("", |e| e.kind.as_str())
}

#[tokio::test]
async fn state_persists_between_blocks() {
    let mut s = session();
    let first = run(&mut s, "import math\nxs = [3, 1, 2]\ndef double(v):\n    return v * 2\nprint('sorted', sorted(xs))").await;
    assert_eq!(first.error, None);
    assert_eq!(first.output, "sorted [1, 2, 3]\n");
    let second = run(&mut s, "double(sum(xs)) + math.floor(2.5)").await;
    assert_eq!(second.error, None);
    assert_eq!(second.value.as_deref(), Some("14"));
}

#[tokio::test]
async fn tools_are_plain_functions() {
    let mut s = session();
    let out = run(&mut s, "x = add(2, b=3)\ny = fetch('k')\nprint(x, y)").await;
    assert_eq!(out.error, None);
    assert_eq!(out.output, "5 K\n");
}

#[tokio::test]
async fn async_tools_need_no_await_anywhere() {
    let mut s = session();
    let code = "\
def collect(keys):
    def one(k):
        return fetch(k)
    return [one(k) for k in keys if k]
result = collect(['a', '', 'b'])
lengths = {k: len(fetch(k)) for k in ['xy']}
print(result, lengths, sorted([(lambda k: fetch(k))(k) for k in ['d', 'c']]))
";
    let out = run(&mut s, code).await;
    assert_eq!(out.error, None);
    assert_eq!(out.output, "['A', 'B'] {'xy': 2} ['C', 'D']\n");
}

#[tokio::test]
async fn gathered_tool_calls_run_concurrently() {
    let in_flight = Arc::new(InFlight::default());
    let tools = tools(in_flight.clone());
    let mut s = session();
    let code = "\
import asyncio
async def main():
    return await asyncio.gather(*[fetch(f'k{i}') for i in range(100)])
results = await main()
print(len(results), results[0], results[99])
";
    let out = s.execute(code, &tools).await.expect("executor");
    assert_eq!(out.error, None, "{:?}", out.output);
    assert_eq!(out.output, "100 K0 K99\n");
    assert_eq!(in_flight.total.load(Ordering::SeqCst), 100);
    // All hundred were awaited together, not one after the other.
    assert_eq!(in_flight.max.load(Ordering::SeqCst), 100);
}

#[tokio::test]
async fn generator_expressions_call_tools_only_for_the_values_asked_for() {
    let in_flight = Arc::new(InFlight::default());
    let tools = tools(in_flight.clone());
    let mut s = session();
    // CPython stops at k2; monty alone would compute all four values first.
    let code = "\
found = any(fetch(k) == 'K2' for k in ['k1', 'k2', 'k3', 'k4'])
first = next(fetch(k) for k in ['a', 'b', 'c'])
print(found, first)
";
    let out = s.execute(code, &tools).await.expect("executor");
    assert_eq!(out.error, None, "{:?}", out.output);
    assert_eq!(out.output, "True A\n");
    assert_eq!(in_flight.total.load(Ordering::SeqCst), 3);

    let gathered = "\
import asyncio
async def main():
    return await asyncio.gather(*(fetch(f'k{i}') for i in range(10)))
print(await main())
";
    let out = s.execute(gathered, &tools).await.expect("executor");
    assert_eq!(out.error, None, "{:?}", out.output);
    assert!(out.output.starts_with("['K0', 'K1'"), "{}", out.output);
    assert_eq!(in_flight.max.load(Ordering::SeqCst), 10);
}

/// A generator expression reaching a tool through the code's own function
/// or class stays monty's eager list (its `__next__` could not pause for
/// the tool); one calling only code without tools is lazy.
#[tokio::test]
async fn generator_expressions_reaching_tools_through_own_code_still_call_them() {
    let in_flight = Arc::new(InFlight::default());
    let tools = tools(in_flight.clone());
    let mut s = session();
    let code = "\
def get(k):
    return fetch(k)
class Page:
    def __init__(self, k):
        self.text = fetch(k)
for v in (get(k) for k in ['a', 'b']):
    print(v)
print([p.text for p in (Page(k) for k in ['c'])])
log = []
def note(k):
    log.append(k)
    return k
lazy = (note(k) for k in ['x', 'y'])
print(list(log), next(lazy), log)
";
    let out = s.execute(code, &tools).await.expect("executor");
    assert_eq!(out.error, None, "{:?}", out.output);
    assert_eq!(out.output, "A\nB\n['C']\n[] x ['x']\n");
    assert_eq!(in_flight.total.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_tool_called_where_a_loop_walks_a_generator_is_a_clear_error() {
    let in_flight = Arc::new(InFlight::default());
    let tools = tools(in_flight.clone());
    let mut s = session();
    // monty cannot pause for the host inside `__next__`, which a `for`
    // loop calls by itself: the error says so and what to write instead.
    let code = "\
def pages(keys):
    for k in keys:
        yield fetch(k)
for page in pages(['a']):
    print(page)
";
    let out = s.execute(code, &tools).await.expect("executor");
    let error = out.error.expect("refused");
    assert!(error.message.contains("'fetch'"), "{}", error.message);
    assert!(error.message.contains("build a list"), "{}", error.message);
    assert_eq!(in_flight.total.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn asyncio_sleeps_under_gather_overlap() {
    let mut s = session();
    let code = "\
import asyncio, time
async def wait(x):
    return await asyncio.sleep(0.3, x)
async def main():
    return await asyncio.gather(wait(1), wait(2), wait(3), wait(4))
started = time.monotonic()
print(asyncio.run(main()))
elapsed = time.monotonic() - started
";
    let out = run(&mut s, code).await;
    assert_eq!(out.error, None, "{:?}", out.output);
    assert_eq!(out.output, "[1, 2, 3, 4]\n");
    let elapsed = run(&mut s, "elapsed").await;
    let seconds: f64 = elapsed
        .value
        .as_deref()
        .and_then(|v| v.parse().ok())
        .expect("a number");
    // Four sleeps one after the other would take 1.2 s.
    assert!((0.29..1.0).contains(&seconds), "{seconds}");
}

#[tokio::test]
async fn final_answer_ends_the_block_even_inside_try() {
    let mut s = session();
    let code = "\
try:
    final_answer({'total': add(1, 2)})
except Exception:
    print('swallowed')
print('after')
";
    let out = run(&mut s, code).await;
    assert_eq!(out.error, None);
    assert_eq!(out.final_answer, Some(json!({"total": 3})));
    assert_eq!(out.output, "");
}

#[tokio::test]
async fn final_answer_ends_the_block_inside_a_bare_except_with_own_exception_classes() {
    let mut s = session();
    let code = "\
class Invalid(Exception):
    pass

try:
    final_answer(add(2, 3))
except:
    print('swallowed')
print('after')
";
    let out = run(&mut s, code).await;
    assert_eq!(out.error, None);
    assert_eq!(out.final_answer, Some(json!(5)));
    assert_eq!(out.output, "");
}

#[tokio::test]
async fn own_exception_classes_live_across_blocks() {
    let mut s = session();
    let defined = run(
        &mut s,
        "class Invalid(ValueError):\n    def __init__(self, field):\n        super().__init__(f'bad {field}')\n        self.field = field\n\ndef check(x):\n    if x < 0:\n        raise Invalid('x')\n    return x\n",
    )
    .await;
    assert_eq!(defined.error, None);
    // Uncaught, it ends the block as a traceback would show it.
    let uncaught = run(&mut s, "check(1)\ncheck(-1)\n").await;
    let error = uncaught.error.expect("the exception ends the block");
    assert_eq!(
        (error.kind.as_str(), error.message.as_str()),
        ("Invalid", "bad x")
    );
    assert_eq!(error.line, Some(8));
    // What ended the last block is not taken for an exception in flight:
    // a builtin one here is not an `Invalid`.
    let next = run(
        &mut s,
        "try:\n    int('z')\nexcept Invalid:\n    print('wrong')\nexcept ValueError as e:\n    print('builtin', e)\ntry:\n    check(-2)\nexcept ValueError as e:\n    print(type(e).__name__, e.field, isinstance(e, Invalid))\n",
    )
    .await;
    assert_eq!(next.error, None);
    assert_eq!(
        next.output,
        "builtin invalid literal for int() with base 10: 'z'\nInvalid x True\n"
    );
    // A tool's failure is a builtin exception, not one of the code's.
    let tool = run(
        &mut s,
        "try:\n    fail()\nexcept Invalid:\n    print('wrong')\nexcept Exception as e:\n    print('tool:', e)\n",
    )
    .await;
    assert_eq!(tool.error, None);
    assert_eq!(
        tool.output,
        "tool: tool `fail` failed: the service is down\n"
    );
}

#[tokio::test]
async fn own_exception_classes_after_catching_functions_are_refused_not_misrouted() {
    let mut s = session();
    // This function's handler was written before the session had exception
    // classes: it would bind the builtin carrier, not the object.
    let first = run(
        &mut s,
        "def safe(f):\n    try:\n        return f()\n    except Exception as e:\n        return str(e)\n",
    )
    .await;
    assert_eq!(first.error, None);
    let second = run(
        &mut s,
        "class Invalid(Exception):\n    pass\n\nprint('defined')\n",
    )
    .await;
    let error = second.error.expect("the class is refused");
    assert!(error.message.contains("inherit"), "{error}");
    assert_eq!(second.output, "");
}

#[tokio::test]
async fn a_handler_starting_with_a_loop_refuses_own_exceptions() {
    let mut s = session();
    let code = "\
class Invalid(Exception):
    pass

try:
    int('q')
except ValueError as e:
    if e:
        print('builtin still caught')
try:
    raise Invalid('x y')
except Invalid as e:
    for word in str(e).split():
        print(word)
try:
    raise Invalid('x')
except Invalid as e:
    while e:
        print(e)
";
    let out = run(&mut s, code).await;
    assert_eq!(out.output, "builtin still caught\nx\ny\n");
    let error = out.error.expect("refused with a way around");
    assert_eq!(error.kind, "NotImplementedError");
    assert!(
        error.message.contains("put a simple statement first"),
        "{error}"
    );
}

#[tokio::test]
async fn tool_errors_are_python_exceptions_the_code_can_catch() {
    let mut s = session();
    let code = "\
try:
    fail()
except Exception as e:
    print('caught:', e)
";
    let out = run(&mut s, code).await;
    assert_eq!(out.error, None);
    assert_eq!(
        out.output,
        "caught: tool `fail` failed: the service is down\n"
    );

    let bad = run(&mut s, "add(1, 'two')").await;
    let error = bad.error.expect("a bad argument is an error");
    assert_eq!(error.kind, "TypeError");
    assert!(
        error.message.contains("bad argument `b`"),
        "{}",
        error.message
    );
    assert!(
        error.message.contains("expected an integer, got a string"),
        "{}",
        error.message
    );

    let extra = run(&mut s, "add(1, 2, 3)").await;
    assert_eq!(error_kind(&extra), "TypeError");
    let unknown_kw = run(&mut s, "add(a=1, c=2)").await;
    assert!(
        unknown_kw
            .error
            .expect("error")
            .message
            .contains("unexpected keyword argument 'c'")
    );
}

#[tokio::test]
async fn errors_say_where() {
    let mut s = session();
    let out = run(&mut s, "x = 1\nprint('before')\ny = x / 0\n").await;
    assert_eq!(out.output, "before\n");
    let error = out.error.expect("division by zero");
    assert_eq!(error.kind, "ZeroDivisionError");
    assert_eq!(error.line, Some(3));
    assert_eq!(error.source_line.as_deref(), Some("y = x / 0"));
    // The state before the error is kept.
    assert_eq!(run(&mut s, "x").await.value.as_deref(), Some("1"));

    let syntax = run(&mut s, "def f(:\n  pass").await;
    assert_eq!(error_kind(&syntax), "SyntaxError");
}

#[tokio::test]
async fn imports_follow_the_allow_list() {
    let mut s = session();
    let denied = run(&mut s, "import os").await;
    let error = denied.error.expect("os is not allowed");
    assert_eq!(error.kind, "ImportError");
    assert!(
        error.message.contains("math"),
        "the message lists what is allowed: {}",
        error.message
    );
    assert_eq!(
        error_kind(&run(&mut s, "from subprocess import run").await),
        "ImportError"
    );
    assert_eq!(error_kind(&run(&mut s, "import sys").await), "ImportError");
    assert_eq!(
        run(&mut s, "import math\nmath.sqrt(16)")
            .await
            .value
            .as_deref(),
        Some("4.0")
    );
}

#[tokio::test]
async fn tool_names_cannot_be_rebound() {
    let mut s = session();
    let out = run(&mut s, "def fetch(k):\n    return 'fake'").await;
    assert_eq!(error_kind(&out), "NameError");
    let out = run(&mut s, "final_answer = print").await;
    assert_eq!(error_kind(&out), "NameError");
}

/// Every known way out of the sandbox ends in a Python error, not in the
/// host.
#[tokio::test]
async fn escapes_are_refused() {
    let mut s = session();
    let attempts = [
        "open('/etc/passwd').read()",
        "__import__('os').system('true')",
        "eval('1 + 1')",
        "exec('x = 1')",
        "compile('1', 'f', 'eval')",
        "globals()['__builtins__']",
        "().__class__.__bases__[0].__subclasses__()",
        "(lambda: 0).__globals__",
        "getattr((), '__class__')",
        "print.__self__",
        "[].__class__.__mro__[1].__subclasses__()",
        "type.__mro__ = ()",
        "import os.path",
        "import importlib",
        "from pathlib import Path\nPath('/etc/passwd').read_text()",
        "import socket",
        "import ctypes",
        "vars()",
        "breakpoint()",
        "input()",
        // A finalizer would run host-side at collection; monty never calls
        // one, and the sandbox refuses classes that define it.
        "class F:\n    def __del__(self):\n        print(open('/etc/passwd'))\nF()",
        "class G:\n    def __getattribute__(self, name):\n        return name\nG().x",
    ];
    for code in attempts {
        let out = run(&mut s, code).await;
        let error = out
            .error
            .unwrap_or_else(|| panic!("`{code}` ran: {:?}", out.value));
        assert!(
            [
                "ImportError",
                "NameError",
                "AttributeError",
                "PermissionError",
                "TypeError",
                "NotImplementedError",
                "ModuleNotFoundError"
            ]
            .contains(&error.kind.as_str()),
            "`{code}` failed with an unexpected {error}"
        );
    }
}

#[tokio::test]
async fn limits_stop_runaway_code() {
    let config = SandboxConfig::default().limits(Limits {
        max_duration: Duration::from_millis(300),
        max_recursion_depth: 50,
        max_output_bytes: 1_000,
        ..Limits::default()
    });
    let mut s = InProcessExecutor::new(config);
    let tools = tools(Arc::default());

    let spin = s
        .execute("while True:\n    pass", &tools)
        .await
        .expect("executor");
    assert_eq!(error_kind(&spin), "TimeoutError", "{:?}", spin.error);

    let deep = s
        .execute("def f(n):\n    return f(n + 1)\nf(0)", &tools)
        .await
        .expect("executor");
    assert_eq!(error_kind(&deep), "RecursionError", "{:?}", deep.error);

    let loud = s
        .execute("for i in range(10000):\n    print('line', i)", &tools)
        .await
        .expect("executor");
    assert!(
        loud.output.len() < 1_200,
        "output cut to the limit: {}",
        loud.output.len()
    );
    assert!(loud.output.contains("[output cut: "), "the cut is said");

    // The session is still usable after each of them.
    let after = s.execute("1 + 1", &tools).await.expect("executor");
    assert_eq!(after.value.as_deref(), Some("2"));
}

#[tokio::test]
async fn variables_from_the_host_are_python_values() {
    let mut s = session();
    let mut vars = serde_json::Map::new();
    vars.insert(
        "data".into(),
        json!({"xs": [1, 2, 3], "name": "n", "ok": true, "none": null}),
    );
    s.set_variables(vars).await.expect("set");
    let out = run(
        &mut s,
        "sum(data['xs']), data['name'], data['ok'], data['none']",
    )
    .await;
    assert_eq!(out.value.as_deref(), Some("(6, 'n', True, None)"));

    let mut bad = serde_json::Map::new();
    bad.insert("not a name".into(), Value::Null);
    assert!(s.set_variables(bad).await.is_err());
}

#[tokio::test]
async fn a_session_can_be_saved_and_taken_over() {
    let mut s = session();
    run(
        &mut s,
        "counter = 41\ndef bump():\n    global counter\n    counter += 1\n    return counter",
    )
    .await;
    let saved = s
        .snapshot()
        .await
        .expect("snapshot")
        .expect("in-process sessions can save");
    let mut other = session();
    other.restore(&saved).await.expect("restore");
    assert_eq!(run(&mut other, "bump()").await.value.as_deref(), Some("42"));
}

#[test]
fn the_blocking_path_works_from_plain_main() {
    let mut s = session();
    let tools = tools(Arc::default());
    let out = codeact::blocking::wait(s.execute("fetch('x') + str(add(1, 1))", &tools))
        .expect("executor");
    assert_eq!(out.value.as_deref(), Some("'X2'"));
}
