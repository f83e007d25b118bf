"""The smolagents side of codeact's benchmarks.

Each subcommand measures one scenario in this process and prints one line of
JSON on stdout, in the same shape as `codeact-bench`'s own measurements, so
the two can be put side by side. The model is `codeact-mock` (a separate
process, started by the caller) reached over HTTP through smolagents'
`OpenAIServerModel`; its scripted model id `mock-k<K>` makes every run take
exactly K steps and end with the answer hidden in the task as `[[...]]`.

    python bench.py step --mock http://127.0.0.1:PORT --runs 200 --steps 5
    python bench.py build --mock http://127.0.0.1:PORT --iterations 20
    python bench.py concurrency --mock http://127.0.0.1:PORT --n 100 --steps 5
    python bench.py rate --mock http://127.0.0.1:PORT --rpm 1200 --seconds 30
    python bench.py sandbox --engine smolagents|cpython --workloads DIR

CPU time is the whole process's (user + system, every thread), as getrusage
reports it; peak RSS is `ru_maxrss`. Every loop is bounded in count and time.
"""

import argparse
import ast
import concurrent.futures
import json
import os
import resource
import statistics
import sys
import threading
import time
import urllib.request

import smolagents
from smolagents import CodeAgent, OpenAIServerModel
from smolagents.local_python_executor import LocalPythonExecutor
from smolagents.memory import ActionStep
from smolagents.monitoring import LogLevel


def raise_file_limit():
    """Soft RLIMIT_NOFILE up to the hard limit: many concurrent runs need
    many sockets."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mib():
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def emit(result):
    result["python"] = sys.version.split()[0]
    result["smolagents"] = smolagents.__version__
    print(json.dumps(result), flush=True)


def mock_stats(mock):
    with urllib.request.urlopen(mock + "/stats", timeout=10) as response:
        return json.load(response)


def stats_delta(before, after):
    return {
        "requests": after["requests"] - before["requests"],
        "rate_limited": after["rate_limited"] - before["rate_limited"],
        "mock_cpu_s": (after["cpu_time_us"] - before["cpu_time_us"]) / 1e6,
    }


def model_for(mock, steps, **kwargs):
    return OpenAIServerModel(
        model_id=f"mock-k{steps}",
        api_base=mock + "/v1",
        api_key="bench",
        **kwargs,
    )


def agent_for(model):
    # No console output: codeact's runs print nothing either, and rich's
    # panels would dominate the measurement.
    return CodeAgent(tools=[], model=model, verbosity_level=LogLevel.OFF)


def task_for(i):
    return f"Benchmark task {i}. [[answer-{i}]]"


def check_run(agent, output, i, steps):
    """None when the run did exactly `steps` steps without an error and
    answered right, else what went wrong."""
    actions = [step for step in agent.memory.steps if isinstance(step, ActionStep)]
    if output != f"answer-{i}":
        return f"run {i}: answer {output!r}"
    if len(actions) != steps:
        return f"run {i}: {len(actions)} steps"
    for step in actions:
        if step.error is not None:
            return f"run {i}: step {step.step_number}: {step.error}"
    return None


def run_one(agent, i, steps):
    try:
        output = agent.run(task_for(i))
    except Exception as error:  # a failed run is counted, not fatal
        return f"run {i}: {type(error).__name__}: {error}"
    return check_run(agent, output, i, steps)


def cmd_step(args):
    model = model_for(args.mock, args.steps)
    agent = agent_for(model)
    for i in range(args.warmup):
        run_one(agent, i, args.steps)
    errors = []
    before = mock_stats(args.mock)
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    for i in range(args.runs):
        error = run_one(agent, i, args.steps)
        if error:
            errors.append(error)
        if time.perf_counter() - wall0 > args.timeout_s:
            errors.append(f"stopped after {i + 1} runs: time bound {args.timeout_s} s")
            break
    wall = time.perf_counter() - wall0
    cpu = cpu_seconds() - cpu0
    after = mock_stats(args.mock)
    return {
        "runs": args.runs,
        "steps_per_run": args.steps,
        "wall_s": wall,
        "cpu_s": cpu,
        "errors": len(errors),
        "first_errors": errors[:3],
        **stats_delta(before, after),
    }


def cmd_build(args):
    model = model_for(args.mock, args.steps)
    agent_for(model)
    times = []
    cpu0 = cpu_seconds()
    for _ in range(args.iterations):
        start = time.perf_counter()
        agent_for(model)
        times.append(time.perf_counter() - start)
    cpu = cpu_seconds() - cpu0
    return {
        "iterations": args.iterations,
        "mean_ms": statistics.fmean(times) * 1000,
        "median_ms": statistics.median(times) * 1000,
        "min_ms": min(times) * 1000,
        "max_ms": max(times) * 1000,
        "cpu_ms_per_build": cpu / args.iterations * 1000,
    }


def cmd_concurrency(args):
    nofile = raise_file_limit()
    model = model_for(args.mock, args.steps)
    # smolagents keeps a run's memory in its agent, so concurrent runs need
    # an agent each; they are built before the clock starts.
    agents = [agent_for(model) for _ in range(args.n)]
    rss_before = peak_rss_mib()
    errors = []
    before = mock_stats(args.mock)
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=args.n)
    futures = [pool.submit(run_one, agents[i], i, args.steps) for i in range(args.n)]
    done, pending = concurrent.futures.wait(futures, timeout=args.timeout_s)
    wall = time.perf_counter() - wall0
    cpu = cpu_seconds() - cpu0
    after = mock_stats(args.mock)
    for future in done:
        if future.result():
            errors.append(future.result())
    result = {
        "n": args.n,
        "steps_per_run": args.steps,
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_mib": peak_rss_mib(),
        "rss_before_runs_mib": rss_before,
        "errors": len(errors) + len(pending),
        "unfinished": len(pending),
        "first_errors": errors[:3],
        "nofile_limit": nofile[0],
        **stats_delta(before, after),
    }
    if pending:
        # Threads cannot be stopped; the process ends without them.
        emit(result)
        os._exit(0)
    pool.shutdown()
    return result


def cmd_rate(args):
    raise_file_limit()
    # One model, so one rate limit, shared by every lane, as one API key is
    # shared by many agents.
    model = model_for(args.mock, args.steps, requests_per_minute=args.rpm)
    deadline = time.perf_counter() + args.seconds
    errors = []
    runs = [0]
    lock = threading.Lock()

    def lane(lane_id):
        agent = agent_for(model)
        i = 0
        while time.perf_counter() < deadline:
            task = lane_id * 1_000_000 + i
            error = run_one(agent, task, args.steps)
            with lock:
                if error and time.perf_counter() < deadline:
                    errors.append(error)
                runs[0] += 1
            i += 1

    before = mock_stats(args.mock)
    start = time.perf_counter()
    threads = [threading.Thread(target=lane, args=(k,), daemon=True) for k in range(args.lanes)]
    for thread in threads:
        thread.start()
    time.sleep(max(0.0, deadline - time.perf_counter()))
    elapsed = time.perf_counter() - start
    after = mock_stats(args.mock)
    delta = stats_delta(before, after)
    admitted = delta["requests"] - delta["rate_limited"]
    result = {
        "configured_rpm": args.rpm,
        "seconds": elapsed,
        "lanes": args.lanes,
        "admitted": admitted,
        "achieved_rpm": admitted / elapsed * 60,
        "runs_finished": runs[0],
        "errors": len(errors),
        "first_errors": errors[:3],
        **delta,
    }
    # Lanes may be mid-run (or asleep in a retry); the process ends without
    # them.
    emit(result)
    os._exit(0)


def split_last_expression(source):
    """The program without its last line when that is an expression, and
    that expression: the value the benchmark checks."""
    tree = ast.parse(source)
    last = tree.body[-1]
    if not isinstance(last, ast.Expr):
        return tree, None
    tree.body.pop()
    return tree, ast.Expression(last.value)


def cpython_once(source):
    tree, last = split_last_expression(source)
    start = time.perf_counter()
    namespace = {"__name__": "__main__"}
    exec(compile(tree, "<bench>", "exec"), namespace)
    value = eval(compile(last, "<bench>", "eval"), namespace) if last else None
    return time.perf_counter() - start, repr(value)


def smolagents_once(source):
    start = time.perf_counter()
    executor = LocalPythonExecutor(additional_authorized_imports=[], timeout_seconds=300)
    executor.send_tools({})
    output = executor(source)
    return time.perf_counter() - start, repr(output.output)


def measure(once, source, reps, budget_s, inner):
    """Median seconds of one execution over `reps` repetitions of `inner`
    executions each (fewer when the time budget runs out, at least one),
    after one warm-up execution."""
    _, value = once(source)
    samples = []
    started = time.perf_counter()
    for _ in range(reps):
        total = 0.0
        for _ in range(inner):
            seconds, value = once(source)
            total += seconds
        samples.append(total / inner)
        if time.perf_counter() - started > budget_s:
            break
    return {"median_s": statistics.median(samples), "reps": len(samples), "inner": inner, "value": value}


def cmd_sandbox(args):
    once = cpython_once if args.engine == "cpython" else smolagents_once
    results = {}
    for name in args.names.split(","):
        with open(os.path.join(args.workloads, name + ".py"), encoding="utf-8") as file:
            source = file.read()
        inner = args.trivial_inner if name == "trivial" else 1
        results[name] = measure(once, source, args.reps, args.budget_s, inner)
    return {"engine": args.engine, "workloads": results}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def scenario(name, **defaults):
        command = sub.add_parser(name)
        command.add_argument("--mock", required=True, help="http://127.0.0.1:PORT of codeact-mock")
        command.add_argument("--steps", type=int, default=5)
        for flag, value in defaults.items():
            command.add_argument("--" + flag.replace("_", "-"), type=type(value), default=value)
        return command

    scenario("step", runs=200, warmup=10, timeout_s=600.0)
    scenario("build", iterations=20)
    scenario("concurrency", n=10, timeout_s=300.0)
    scenario("rate", rpm=1200, seconds=30.0, lanes=50)
    sandbox = sub.add_parser("sandbox")
    sandbox.add_argument("--engine", choices=["cpython", "smolagents"], required=True)
    sandbox.add_argument("--workloads", required=True, help="the directory of the workload programs")
    sandbox.add_argument("--names", default="trivial,loop_1e6,fib_20,fib_25,sort_1e5")
    sandbox.add_argument("--reps", type=int, default=5)
    sandbox.add_argument("--budget-s", type=float, default=30.0)
    sandbox.add_argument("--trivial-inner", type=int, default=200)

    args = parser.parse_args()
    command = {
        "step": cmd_step,
        "build": cmd_build,
        "concurrency": cmd_concurrency,
        "rate": cmd_rate,
        "sandbox": cmd_sandbox,
    }[args.command]
    emit(command(args))


if __name__ == "__main__":
    main()
