#!/usr/bin/env python3
"""Generate (or check) CPython's expected stdout for every conformance snippet.

Each snippet in ``snippets/`` is run with CPython 3.11 in a fresh process with an
empty environment apart from ``PATH`` and ``PYTHONHASHSEED=0``, stdin closed, a
10 second timeout and a scratch working directory. Its stdout is written,
byte for byte, to ``expected/<same name>.out``.

The script fails loudly (exit status 1, one line per problem) when a snippet:

- breaks the corpus rules checked statically: file name ``NNN_topic_name.py``
  with a known topic and a unique number, 5 to 60 lines, imports only from the
  allowed modules, no ``id()``/``eval``/``exec``/``open`` calls;
- exits non-zero, writes to stderr, times out or prints nothing;
- prints something different on a second run (non-determinism), or on a run
  with another hash seed (output that depends on the order of a set or dict of
  strings, which a sandbox cannot be expected to reproduce).

Usage::

    python3 generate_expected.py            # rewrite expected/*.out
    python3 generate_expected.py --check    # verify expected/*.out, write nothing
    python3 generate_expected.py 017 042    # only snippets whose name starts so

Standard library only.
"""

from __future__ import annotations

import argparse
import ast
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SNIPPETS = HERE / "snippets"
EXPECTED = HERE / "expected"

TOPICS = (
    "data",
    "string",
    "regex",
    "dates",
    "math",
    "sorting",
    "classes",
    "exceptions",
    "closures",
    "comprehensions",
    "json",
    "modules",
    "control",
    "misc",
)

# smolagents' default authorised imports, plus the stdlib helpers agents reach
# for most often and a sandbox is expected to provide.
ALLOWED_MODULES = {
    "collections",
    "datetime",
    "itertools",
    "math",
    "queue",
    "random",
    "re",
    "stat",
    "statistics",
    "time",
    "unicodedata",
    "json",
    "functools",
    "string",
    "dataclasses",
    "typing",
    "enum",
    "decimal",
    "fractions",
    "heapq",
    "bisect",
    "operator",
    "textwrap",
    "copy",
    "asyncio",
}

# Calls whose output is not reproducible across interpreters, or which reach
# outside the program.
FORBIDDEN_CALLS = {"id", "eval", "exec", "compile", "open", "input", "__import__"}

NAME_PATTERN = re.compile(r"^(\d{3})_(" + "|".join(TOPICS) + r")_[a-z0-9_]+\.py$")
MIN_LINES, MAX_LINES = 5, 60
TIMEOUT_SECONDS = 10
HASH_SEED = "0"
OTHER_HASH_SEED = "4242"


@dataclass
class Outcome:
    """What running one snippet produced, or why it is unusable."""

    name: str
    stdout: bytes = b""
    problems: tuple[str, ...] = ()


def static_problems(path: Path) -> list[str]:
    """Problems visible without running the snippet."""
    problems = []
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    if not MIN_LINES <= len(lines) <= MAX_LINES:
        problems.append(f"has {len(lines)} lines, expected {MIN_LINES} to {MAX_LINES}")
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as error:
        return problems + [f"does not parse: {error}"]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = [node.module or ""]
        else:
            modules = []
        for module in modules:
            if module.split(".")[0] not in ALLOWED_MODULES:
                problems.append(f"line {node.lineno}: imports {module!r}, not in the allow-list")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in FORBIDDEN_CALLS
        ):
            problems.append(f"line {node.lineno}: calls {node.func.id}(), not allowed in the corpus")
    return problems


def run_once(python: str, path: Path, hash_seed: str) -> tuple[bytes | None, str | None]:
    """Run a snippet in a fresh interpreter; return (stdout, problem)."""
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONHASHSEED": hash_seed}
    with tempfile.TemporaryDirectory(prefix="conformance-") as scratch:
        try:
            done = subprocess.run(
                # -X utf8: stdout is UTF-8 whatever the (empty) locale says.
                [python, "-X", "utf8", str(path)],
                cwd=scratch,
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
            )
        except subprocess.TimeoutExpired:
            return None, f"timed out after {TIMEOUT_SECONDS} s"
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        return None, f"exited with status {done.returncode}: {' | '.join(tail)}"
    if done.stderr:
        first = done.stderr.decode("utf-8", "replace").strip().splitlines()[:1]
        return None, f"wrote to stderr: {' '.join(first)}"
    if not done.stdout.strip():
        return None, "printed nothing"
    try:
        done.stdout.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, f"stdout is not UTF-8: {error}"
    return done.stdout, None


def evaluate(python: str, path: Path) -> Outcome:
    """Run a snippet three times and decide whether its output can be trusted."""
    problems = static_problems(path)
    first, problem = run_once(python, path, HASH_SEED)
    if problem:
        return Outcome(path.name, problems=tuple(problems + [problem]))
    second, problem = run_once(python, path, HASH_SEED)
    if problem or second != first:
        problems.append(problem or "non-deterministic: two runs printed different output")
    other_seed, problem = run_once(python, path, OTHER_HASH_SEED)
    if problem or other_seed != first:
        problems.append(
            problem or "output depends on string hashing (set or dict order): it changes with PYTHONHASHSEED"
        )
    return Outcome(path.name, stdout=first, problems=tuple(problems))


def collect(prefixes: list[str]) -> tuple[list[Path], list[str]]:
    """The snippets to process, and layout problems of the whole corpus."""
    problems = []
    snippets = sorted(SNIPPETS.glob("*.py"))
    numbers: dict[str, str] = {}
    for path in snippets:
        match = NAME_PATTERN.match(path.name)
        if not match:
            problems.append(f"{path.name}: name must be NNN_<topic>_<name>.py with topic in {', '.join(TOPICS)}")
            continue
        number = match.group(1)
        if number in numbers:
            problems.append(f"{path.name}: number {number} is also used by {numbers[number]}")
        numbers[number] = path.name
    if prefixes:
        snippets = [p for p in snippets if any(p.name.startswith(prefix) for prefix in prefixes)]
        if not snippets:
            problems.append(f"no snippet name starts with any of {prefixes}")
    return snippets, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="verify expected/*.out instead of rewriting them")
    parser.add_argument("--python", default="python3", help="CPython 3.11 to run the snippets with (default: python3)")
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1), help="snippets run in parallel")
    parser.add_argument("prefixes", nargs="*", help="only snippets whose file name starts with one of these")
    args = parser.parse_args()

    version = subprocess.run(
        [args.python, "-c", "import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])"],
        capture_output=True,
        text=True,
        env={"PATH": os.environ.get("PATH", "")},
    ).stdout.split()
    if version != ["CPython", "3", "11"]:
        print(f"error: {args.python} is {' '.join(version) or 'not runnable'}, expected CPython 3 11", file=sys.stderr)
        return 1

    snippets, problems = collect(args.prefixes)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(lambda path: evaluate(args.python, path), snippets))

    EXPECTED.mkdir(exist_ok=True)
    written = unchanged = 0
    for outcome in outcomes:
        problems.extend(f"{outcome.name}: {problem}" for problem in outcome.problems)
        if outcome.problems:
            continue
        target = EXPECTED / (outcome.name[: -len(".py")] + ".out")
        current = target.read_bytes() if target.exists() else None
        if current == outcome.stdout:
            unchanged += 1
        elif args.check:
            problems.append(
                f"{outcome.name}: {target.name} is missing" if current is None else f"{outcome.name}: {target.name} differs from CPython's output"
            )
        else:
            target.write_bytes(outcome.stdout)
            written += 1

    if not args.prefixes:
        names = {path.name[: -len(".py")] for path in snippets}
        for stale in sorted(EXPECTED.glob("*.out")):
            if stale.name[: -len(".out")] not in names:
                if args.check:
                    problems.append(f"{stale.name}: no snippet of that name")
                else:
                    stale.unlink()
                    print(f"removed stale {stale.name}")

    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    verb = "verified" if args.check else "generated"
    print(f"{len(snippets)} snippets: {unchanged} unchanged, {written} written, {len(problems)} problems ({verb})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
