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
    python3 generate_expected.py --inventory  # count the Python features used

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
        return [*problems, f"does not parse: {error}"]
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
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
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
        return Outcome(path.name, problems=(*problems, problem))
    second, problem = run_once(python, path, HASH_SEED)
    if problem or second != first:
        problems.append(problem or "non-deterministic: two runs printed different output")
        return Outcome(path.name, problems=tuple(problems))
    other_seed, problem = run_once(python, path, OTHER_HASH_SEED)
    if problem or other_seed != first:
        problems.append(
            problem or "output depends on string hashing (set or dict order): it changes with PYTHONHASHSEED"
        )
    return Outcome(path.name, stdout=first, problems=tuple(problems))


def features(tree: ast.AST) -> set[str]:
    """The Python constructs a snippet uses, named as a sandbox team would list them."""
    found = set()
    builtin_types = {"str", "int", "float", "list", "dict", "set", "tuple", "bytes"}
    simple = {
        ast.Yield: "yield / generator function",
        ast.YieldFrom: "yield / generator function",
        ast.Delete: "del",
        ast.Match: "match statement",
        ast.NamedExpr: "walrus :=",
        ast.Lambda: "lambda",
        ast.ListComp: "list comprehension",
        ast.SetComp: "set comprehension",
        ast.DictComp: "dict comprehension",
        ast.GeneratorExp: "generator expression",
        ast.With: "with statement",
        ast.AsyncFunctionDef: "async def / await",
        ast.Await: "async def / await",
        ast.Global: "global",
        ast.Nonlocal: "nonlocal",
        ast.Starred: "star unpacking",
        ast.Assert: "assert",
        ast.IfExp: "conditional expression",
        ast.AugAssign: "augmented assignment",
        ast.AnnAssign: "annotated assignment",
        ast.JoinedStr: "f-string",
    }
    for node in ast.walk(tree):
        if type(node) in simple:
            found.add(simple[type(node)])
        if isinstance(node, ast.ClassDef):
            found.add("class")
            bases = [b.id for b in node.bases if isinstance(b, ast.Name)]
            if node.bases:
                found.add("class inheritance")
            if any(b.endswith(("Error", "Exception")) for b in bases):
                found.add("custom exception class")
            for item in node.body:
                if (
                    isinstance(item, ast.FunctionDef)
                    and item.name.startswith("__")
                    and item.name.endswith("__")
                ):
                    found.add(f"dunder method {item.name}")
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "?")
                if name in ("property", "staticmethod", "classmethod", "dataclass", "setter"):
                    found.add(f"@{name}")
                else:
                    found.add("other decorator (user-defined or functools)")
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = node.args
            if node.returns is not None or any(a.annotation for a in arguments.args + arguments.kwonlyargs):
                found.add("function type annotations")
            if arguments.vararg or arguments.kwarg:
                found.add("*args / **kwargs parameters")
            if arguments.defaults or arguments.kw_defaults:
                found.add("default parameter values")
            if any(
                isinstance(inner, (ast.FunctionDef, ast.Lambda))
                for inner in ast.walk(node)
                if inner is not node
            ):
                found.add("nested function or closure")
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name) and node.func.id == "super":
                found.add("super()")
            if isinstance(node.func, ast.Attribute) and node.func.attr == "format":
                found.add("str.format")
            for arg in list(node.args) + [k.value for k in node.keywords]:
                if (
                    isinstance(arg, ast.Attribute)
                    and isinstance(arg.value, ast.Name)
                    and arg.value.id in builtin_types
                ):
                    found.add("unbound builtin method as a value (str.upper)")
            if any(isinstance(a, ast.Starred) for a in node.args) or any(
                k.arg is None for k in node.keywords
            ):
                found.add("*/** unpacking in calls")
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Mod)
            and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, (str, bytes))
        ):
            found.add("% formatting")
        if isinstance(node, ast.FormattedValue):
            if node.format_spec is not None:
                found.add("f-string format spec")
            if node.conversion != -1:
                found.add("f-string !r/!s conversion")
        if (
            isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))
            and len(node.generators) > 1
        ):
            found.add("comprehension with several for clauses")
        if isinstance(node, ast.Try):
            found.add("try/except" if node.handlers else "try without except")
            if node.finalbody:
                found.add("try/finally")
            if node.orelse:
                found.add("try/else")
        if isinstance(node, ast.Raise):
            found.add("raise")
            if node.cause is not None:
                found.add("raise ... from")
        if isinstance(node, (ast.For, ast.While)) and node.orelse:
            found.add("for/while ... else")
        if isinstance(node, ast.Compare) and len(node.ops) > 1:
            found.add("chained comparison")
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
            found.add("slicing")
        if isinstance(node, ast.Assign) and any(isinstance(t, (ast.Tuple, ast.List)) for t in node.targets):
            found.add("tuple unpacking assignment")
        if isinstance(node, ast.Attribute) and node.attr.startswith("__") and node.attr.endswith("__"):
            found.add(f"dunder attribute read .{node.attr}")
        if isinstance(node, ast.Name) and node.id == "__name__":
            found.add("module __name__")
        if isinstance(node, ast.Constant) and isinstance(node.value, int) and abs(node.value) >= 2**63:
            found.add("big integer literal")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            found.add("** power")
        if isinstance(node, ast.Constant) and isinstance(node.value, bytes):
            found.add("bytes literal")
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found.update(f"import {n.split('.')[0]}" for n in names)
    return found


def inventory(snippets: list[Path]) -> None:
    """Print how many snippets use each feature, and the snippet count per topic."""
    topics: dict[str, int] = {}
    counts: dict[str, int] = {}
    for path in snippets:
        match = NAME_PATTERN.match(path.name)
        if match:
            topics[match.group(2)] = topics.get(match.group(2), 0) + 1
        for feature in features(ast.parse(path.read_text(encoding="utf-8"))):
            counts[feature] = counts.get(feature, 0) + 1
    print("snippets per topic:")
    for topic in TOPICS:
        print(f"  {topic:<15} {topics.get(topic, 0):>4}")
    print(f"  {'total':<15} {sum(topics.values()):>4}")
    print("snippets using each feature:")
    for feature, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:>4}  {feature}")


def collect(prefixes: list[str]) -> tuple[list[Path], list[str]]:
    """The snippets to process, and layout problems of the whole corpus."""
    problems = []
    snippets = sorted(SNIPPETS.glob("*.py"))
    numbers: dict[str, str] = {}
    for path in snippets:
        match = NAME_PATTERN.match(path.name)
        if not match:
            problems.append(
                f"{path.name}: name must be NNN_<topic>_<name>.py with topic in {', '.join(TOPICS)}"
            )
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
    parser.add_argument(
        "--check", action="store_true", help="verify expected/*.out instead of rewriting them"
    )
    parser.add_argument(
        "--inventory", action="store_true", help="count topics and Python features; run nothing"
    )
    parser.add_argument(
        "--python", default="python3", help="CPython 3.11 to run the snippets with (default: python3)"
    )
    parser.add_argument(
        "--jobs", type=int, default=min(4, os.cpu_count() or 1), help="snippets run in parallel"
    )
    parser.add_argument("prefixes", nargs="*", help="only snippets whose file name starts with one of these")
    args = parser.parse_args()

    if args.inventory:
        snippets, problems = collect(args.prefixes)
        inventory(snippets)
        for problem in problems:
            print(f"FAIL {problem}", file=sys.stderr)
        return 1 if problems else 0

    version = subprocess.run(
        [
            args.python,
            "-c",
            "import sys, platform; print(platform.python_implementation(), *sys.version_info[:2])",
        ],
        capture_output=True,
        text=True,
        env={"PATH": os.environ.get("PATH", "")},
    ).stdout.split()
    if version != ["CPython", "3", "11"]:
        print(
            f"error: {args.python} is {' '.join(version) or 'not runnable'}, expected CPython 3 11",
            file=sys.stderr,
        )
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
                f"{outcome.name}: {target.name} is missing"
                if current is None
                else f"{outcome.name}: {target.name} differs from CPython's output"
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
    if args.check:
        print(f"{len(snippets)} snippets: {unchanged} match CPython, {len(problems)} problems")
    else:
        print(f"{len(snippets)} snippets: {unchanged} unchanged, {written} written, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
