//! Generator functions as state machines, which monty 0.0.23 lacks
//! (`yield` does not parse there).
//!
//! The body of `def f(args): ... yield v ...` becomes a closure
//! `step(sent, thrown)` over f's locals (declared `nonlocal` in it) that
//! runs from where the last `yield` stopped to the next one: the body is
//! cut at every `yield` into states, numbered, and `step` runs the state
//! the generator is in, in a `while True` loop that jumps between states
//! by setting the state and `continue`. A statement holding no `yield` is
//! copied as written into its state (re-indented); a loop, `if` or `try`
//! holding one is taken apart: a `for` walks its iterator one value per
//! visit of its head state (a generator of the sandbox's by a method call,
//! which spends less of monty's recursion limit than `next`), a `while`
//! tests its condition at its head state, a `try` around a
//! `yield` wraps each of its states in a `try` that hands the exception
//! to the state matching the `except` clauses. `f(args)` returns the
//! sandbox's `generator` (`pymod/_generator.py`), which drives `step` with
//! CPython's protocol: `next`, `send`, `throw`, `close`, `StopIteration`
//! at the end, `yield from` delegating all of them.
//!
//! So the body runs exactly when CPython would run it: prints, changes to
//! what it reads and endless loops all happen one value at a time (a tool
//! call in the body works only where the generator is resumed by a call,
//! not by monty's own `for` or `list`, which cannot pause for the host:
//! that error says so). Left as written (for monty's refusal, or the pure-body rewrite of
//! `generators.rs`): a `yield` in a `with`, in a `try` with `finally` or
//! with a handler that could catch `GeneratorExit` (bare, `BaseException`,
//! `GeneratorExit`: `close()` raises nothing at the `yield`), in a
//! `match`, or anywhere but a statement of its own or the value of an
//! assignment; `async` generators; bodies with `nonlocal`, `super()` or a
//! `match` statement; code that binds `iter`.
//!
//! This runs before the other rewrites, on the text: the result is parsed
//! again and rewritten like any code, so the copied statements get every
//! other rewrite. The line map returned says which line of the code as
//! written each line of the result comes from.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{ExceptHandler, Expr, Stmt, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange};

/// The sandbox module with the generator object.
const MODULE: &str = "__codeact_mod__generator";
/// The state variable of a generator (a local of the generator function).
const STATE: &str = "__codeact_gen_state";
/// What `step` returns for a value yielded or returned.
const VALUE: &str = "__codeact_value";
/// What the innermost taken-apart `try` around a state caught.
const CAUGHT: &str = "__codeact_caught";
/// How many rounds of rewriting nested generator functions take at most.
const MAX_ROUNDS: usize = 8;

/// `code` with its generator functions rewritten, the line of `code` each
/// line of the result comes from (1-based, one entry per line) and the
/// names of the functions rewritten; None when none could be.
pub(crate) fn transform(code: &str) -> Option<(String, Vec<u32>, Vec<String>)> {
    if !code.contains("yield") {
        return None;
    }
    let mut text = code.to_owned();
    let mut origins: Vec<u32> = (1..=line_count(code)).collect();
    let mut names = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let Ok(parsed) = ruff_python_parser::parse_module(&text) else {
            break;
        };
        if super::binds(parsed.suite(), "iter") {
            break;
        }
        let mut edits: Vec<(TextRange, Out)> = Vec::new();
        for def in innermost_generators(parsed.suite()) {
            if let Ok(out) = Compiler::run(&text, def) {
                edits.push((body_range(def), out));
                names.push(def.name.id.to_string());
            }
        }
        if edits.is_empty() {
            break;
        }
        let (next_text, round_origins) = apply(&text, edits);
        origins = round_origins
            .iter()
            .map(|&line| {
                usize::try_from(line)
                    .ok()
                    .and_then(|line| origins.get(line.checked_sub(1)?).copied())
                    .unwrap_or(line)
            })
            .collect();
        text = next_text;
    }
    (!names.is_empty()).then_some((text, origins, names))
}

fn line_count(text: &str) -> u32 {
    let newlines = text.bytes().filter(|&b| b == b'\n').count();
    u32::try_from(newlines + 1).unwrap_or(u32::MAX)
}

/// The text the rewrite replaces: the body, from its first statement.
fn body_range(def: &StmtFunctionDef) -> TextRange {
    let start = def.body.first().map_or(def.range.end(), Ranged::start);
    TextRange::new(start, def.range.end())
}

/// `text` with each range replaced, and the origin line in `text` of each
/// line of the result.
fn apply(text: &str, mut edits: Vec<(TextRange, Out)>) -> (String, Vec<u32>) {
    edits.sort_by_key(|(range, _)| range.start());
    let lines = Lines::new(text);
    let mut out = String::with_capacity(text.len() * 2);
    let mut origins = Vec::new();
    let mut cursor = 0usize;
    for (range, replacement) in edits {
        let (start, end) = (usize::from(range.start()), usize::from(range.end()));
        if start < cursor {
            continue;
        }
        copy_with_origins(text, cursor, start, &lines, &mut out, &mut origins);
        // The replacement's first line continues the line copied last.
        let mut first = true;
        for (line, origin) in replacement.lines {
            if !first {
                out.push('\n');
                origins.push(origin);
            }
            first = false;
            out.push_str(&line);
        }
        cursor = end;
    }
    copy_with_origins(text, cursor, text.len(), &lines, &mut out, &mut origins);
    (out, origins)
}

/// Copies `text[from..to]` to `out`; `origins` gets the line of each new
/// line started (the first line of all when `out` is empty).
fn copy_with_origins(
    text: &str,
    from: usize,
    to: usize,
    lines: &Lines,
    out: &mut String,
    origins: &mut Vec<u32>,
) {
    if origins.is_empty() {
        origins.push(1);
    }
    let Some(piece) = text.get(from..to) else {
        return;
    };
    let mut line = lines.line_of(from);
    for byte in piece.bytes() {
        if byte == b'\n' {
            line += 1;
            origins.push(line);
        }
    }
    out.push_str(piece);
}

/// Line starts of a text, for the line of an offset.
struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines { starts }
    }

    /// The 1-based line of `offset`.
    fn line_of(&self, offset: usize) -> u32 {
        let index = self.starts.partition_point(|&start| start <= offset);
        u32::try_from(index).unwrap_or(u32::MAX)
    }

    fn start_of_line_of(&self, offset: usize) -> usize {
        let index = self.starts.partition_point(|&start| start <= offset);
        self.starts[index.saturating_sub(1)]
    }
}

/// The generator functions of `suite` at any depth with no generator
/// function inside them (those are rewritten first, in an earlier round).
fn innermost_generators(suite: &[Stmt]) -> Vec<&StmtFunctionDef> {
    struct Defs<'a>(Vec<&'a StmtFunctionDef>);
    impl<'a> ruff_python_ast::statement_visitor::StatementVisitor<'a> for Defs<'a> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(def) = stmt
                && yields_in(&def.body)
                && !def.body.iter().any(holds_generator_def)
            {
                self.0.push(def);
                return;
            }
            ruff_python_ast::statement_visitor::walk_stmt(self, stmt);
        }
    }
    let mut defs = Defs(Vec::new());
    ruff_python_ast::statement_visitor::StatementVisitor::visit_body(&mut defs, suite);
    defs.0
}

fn holds_generator_def(stmt: &Stmt) -> bool {
    struct Finder(bool);
    impl<'a> ruff_python_ast::statement_visitor::StatementVisitor<'a> for Finder {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::FunctionDef(def) = stmt
                && yields_in(&def.body)
            {
                self.0 = true;
            }
            if !self.0 {
                ruff_python_ast::statement_visitor::walk_stmt(self, stmt);
            }
        }
    }
    let mut finder = Finder(false);
    ruff_python_ast::statement_visitor::StatementVisitor::visit_stmt(&mut finder, stmt);
    finder.0
}

/// Finds `yield` in a function's own scope (not in nested functions,
/// lambdas or classes).
#[derive(Default)]
struct YieldFinder(bool);

impl<'a> Visitor<'a> for YieldFinder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.0 || matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            return;
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
            Expr::Lambda(_) => {}
            _ if !self.0 => walk_expr(self, expr),
            _ => {}
        }
    }
}

fn yields_in(body: &[Stmt]) -> bool {
    body.iter().any(yields)
}

fn yields(stmt: &Stmt) -> bool {
    let mut finder = YieldFinder::default();
    finder.visit_stmt(stmt);
    finder.0
}

fn expr_yields(expr: &Expr) -> bool {
    let mut finder = YieldFinder::default();
    finder.visit_expr(expr);
    finder.0
}

/// A generator function's replacement body: lines without their ending
/// newline, each with the line it comes from.
#[derive(Default)]
struct Out {
    lines: Vec<(String, u32)>,
}

/// One line of a state's code: nesting level inside the state, text
/// (which may hold the newlines of a multi-line expression or of a copied
/// statement, already indented past the level), origin line.
struct Line {
    level: usize,
    text: String,
    origin: u32,
}

struct State {
    lines: Vec<Line>,
    /// The state the `except` clauses of the innermost taken-apart `try`
    /// around this state start at.
    handler: Option<usize>,
    /// Whether the code ends in a jump or a return (else the state would
    /// run again: a rewrite bug, turned into an error).
    ended: bool,
}

/// Where `break` and `continue` of a taken-apart loop go.
struct LoopTargets {
    head: usize,
    after: usize,
}

type Refusal = &'static str;

struct Compiler<'s> {
    source: &'s str,
    lines: Lines,
    states: Vec<State>,
    current: usize,
    region: Option<usize>,
    loops: Vec<LoopTargets>,
    /// The variables holding the exceptions the enclosing taken-apart
    /// `except` clauses caught, innermost last (a bare `raise` re-raises).
    caught: Vec<String>,
    /// Variables the states add, as locals of the generator function.
    internals: Vec<String>,
    counter: usize,
    uses_end: bool,
}

impl<'s> Compiler<'s> {
    fn run(source: &'s str, def: &StmtFunctionDef) -> Result<Out, Refusal> {
        if def.is_async {
            return Err("async generator");
        }
        let scope = Scope::of(def)?;
        let mut compiler = Compiler {
            source,
            lines: Lines::new(source),
            states: Vec::new(),
            current: 0,
            region: None,
            loops: Vec::new(),
            caught: Vec::new(),
            internals: Vec::new(),
            counter: 0,
            uses_end: false,
        };
        compiler.current = compiler.new_state();
        compiler.block(&def.body)?;
        let end = compiler.line_of(def.range.end());
        compiler.emit(0, format!("{STATE} = -1"), end);
        compiler.emit(0, "return (False, None)".to_owned(), end);
        compiler.end_state();
        Ok(compiler.assemble(def, &scope))
    }

    fn line_of(&self, offset: ruff_text_size::TextSize) -> u32 {
        self.lines.line_of(usize::from(offset))
    }

    fn text(&self, range: TextRange) -> &'s str {
        &self.source[range]
    }

    fn new_state(&mut self) -> usize {
        self.states.push(State {
            lines: Vec::new(),
            handler: self.region,
            ended: false,
        });
        self.states.len() - 1
    }

    fn fresh(&mut self, what: &str) -> String {
        self.counter += 1;
        let name = format!("__codeact_{what}_{}", self.counter);
        self.internals.push(name.clone());
        name
    }

    fn emit(&mut self, level: usize, text: String, origin: u32) {
        let state = &mut self.states[self.current];
        state.lines.push(Line {
            level,
            text,
            origin,
        });
        state.ended = false;
    }

    fn end_state(&mut self) {
        self.states[self.current].ended = true;
    }

    /// Ends the current state with a jump to `target`.
    fn jump(&mut self, target: usize, origin: u32) {
        self.emit(0, format!("{STATE} = {target}"), origin);
        self.emit(0, "continue".to_owned(), origin);
        self.end_state();
    }

    /// A jump to `target` when `condition` (a Python expression) holds.
    fn jump_if(&mut self, condition: String, target: usize, origin: u32) {
        self.emit(0, format!("if {condition}:"), origin);
        self.emit(1, format!("{STATE} = {target}"), origin);
        self.emit(1, "continue".to_owned(), origin);
    }

    fn block(&mut self, body: &[Stmt]) -> Result<(), Refusal> {
        for stmt in body {
            self.stmt(stmt)?;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), Refusal> {
        if !yields(stmt) {
            return self.kept(stmt);
        }
        let origin = self.line_of(stmt.start());
        match stmt {
            Stmt::Expr(expression) => match expression.value.as_ref() {
                Expr::Yield(value) => {
                    let value = value.value.as_deref().map(|v| self.text(v.range()));
                    self.yield_value(value, None, origin);
                    Ok(())
                }
                Expr::YieldFrom(from) => self.yield_from(&from.value, None, origin),
                _ => Err("yield inside an expression"),
            },
            Stmt::Assign(assign) => {
                if assign.targets.iter().any(expr_yields) {
                    return Err("yield in an assignment target");
                }
                let targets: Vec<&str> = assign
                    .targets
                    .iter()
                    .map(|target| self.text(target.range()))
                    .collect();
                let targets = targets.join(" = ");
                match assign.value.as_ref() {
                    Expr::Yield(value) => {
                        let value = value.value.as_deref().map(|v| self.text(v.range()));
                        self.yield_value(value, Some(targets), origin);
                        Ok(())
                    }
                    Expr::YieldFrom(from) => self.yield_from(&from.value, Some(targets), origin),
                    _ => Err("yield inside an expression"),
                }
            }
            Stmt::If(branch) => self.if_stmt(branch, origin),
            Stmt::While(looped) => self.while_stmt(looped, origin),
            Stmt::For(looped) => self.for_stmt(looped, origin),
            Stmt::Try(attempt) => self.try_stmt(attempt, origin),
            _ => Err("yield in a statement other than if, for, while or try"),
        }
    }

    fn yield_value(&mut self, value: Option<&str>, target: Option<String>, origin: u32) {
        let value = value.map_or_else(|| "None".to_owned(), |v| format!("({v})"));
        self.emit(0, format!("{VALUE} = {value}"), origin);
        let resume = self.new_state();
        self.emit(0, format!("{STATE} = {resume}"), origin);
        self.emit(0, format!("return (True, {VALUE})"), origin);
        self.end_state();
        self.current = resume;
        self.emit(0, "if __codeact_thrown is not None:".to_owned(), origin);
        self.emit(1, "raise __codeact_thrown".to_owned(), origin);
        if let Some(target) = target {
            self.emit(0, format!("{target} = __codeact_sent"), origin);
        }
    }

    fn yield_from(
        &mut self,
        iterable: &Expr,
        target: Option<String>,
        origin: u32,
    ) -> Result<(), Refusal> {
        if expr_yields(iterable) {
            return Err("yield inside yield from");
        }
        let sub = self.fresh("sub");
        let next = self.fresh("next");
        let iterable = self.text(iterable.range());
        self.emit(0, format!("{sub} = iter({iterable})"), origin);
        self.emit(0, format!("{next} = {MODULE}.stepper({sub})"), origin);
        // The first step of the delegation is a plain `next`.
        self.emit(
            0,
            "__codeact_sent = __codeact_thrown = None".to_owned(),
            origin,
        );
        let step = self.new_state();
        let after = self.new_state();
        self.jump(step, origin);
        self.current = step;
        self.uses_end = true;
        // One step of `sub` with what this generator was resumed with.
        self.emit(
            0,
            "if __codeact_thrown is not None or __codeact_sent is not None:".to_owned(),
            origin,
        );
        self.emit(1, "try:".to_owned(), origin);
        self.emit(2, "if __codeact_thrown is not None:".to_owned(), origin);
        self.emit(
            3,
            format!("{VALUE} = {MODULE}.thrown_into({sub}, __codeact_thrown)"),
            origin,
        );
        self.emit(2, "else:".to_owned(), origin);
        self.emit(3, format!("{VALUE} = {sub}.send(__codeact_sent)"), origin);
        self.emit(1, "except StopIteration:".to_owned(), origin);
        self.emit(2, format!("{VALUE} = __codeact_end"), origin);
        self.emit(0, "else:".to_owned(), origin);
        self.emit(1, format!("{VALUE} = {next}(__codeact_end)"), origin);
        self.emit(0, format!("if {VALUE} is __codeact_end:"), origin);
        if let Some(target) = target {
            self.emit(1, format!("{target} = {MODULE}.result_of({sub})"), origin);
        }
        self.emit(1, format!("{STATE} = {after}"), origin);
        self.emit(1, "continue".to_owned(), origin);
        self.emit(0, format!("{STATE} = {step}"), origin);
        self.emit(0, format!("return (True, {VALUE})"), origin);
        self.end_state();
        self.current = after;
        Ok(())
    }

    fn if_stmt(&mut self, branch: &ruff_python_ast::StmtIf, origin: u32) -> Result<(), Refusal> {
        let clauses: Vec<(Option<&Expr>, &[Stmt], u32)> =
            std::iter::once((Some(branch.test.as_ref()), &branch.body[..], origin))
                .chain(branch.elif_else_clauses.iter().map(|clause| {
                    (
                        clause.test.as_ref(),
                        &clause.body[..],
                        self.line_of(clause.start()),
                    )
                }))
                .collect();
        if clauses
            .iter()
            .any(|(test, _, _)| test.is_some_and(expr_yields))
        {
            return Err("yield in a condition");
        }
        let after = self.new_state();
        let mut bodies = Vec::new();
        let mut has_else = false;
        for (test, body, line) in &clauses {
            let state = self.new_state();
            match test {
                Some(test) => {
                    let test = format!("({})", self.text(test.range()));
                    self.jump_if(test, state, *line);
                }
                None => {
                    has_else = true;
                    self.jump(state, *line);
                }
            }
            bodies.push((state, *body, *line));
        }
        if !has_else {
            self.jump(after, origin);
        }
        for (state, body, line) in bodies {
            self.current = state;
            self.block(body)?;
            self.jump(after, line);
        }
        self.current = after;
        Ok(())
    }

    fn while_stmt(
        &mut self,
        looped: &ruff_python_ast::StmtWhile,
        origin: u32,
    ) -> Result<(), Refusal> {
        if expr_yields(&looped.test) {
            return Err("yield in a loop condition");
        }
        let states = self.enter_loop(&looped.orelse, origin);
        let test = self.text(looped.test.range());
        if !matches!(looped.test.as_ref(), Expr::BooleanLiteral(b) if b.value) {
            self.jump_if(format!("not ({test})"), states.2, origin);
        }
        self.finish_loop(states, &looped.body, &looped.orelse, origin)
    }

    fn for_stmt(&mut self, looped: &ruff_python_ast::StmtFor, origin: u32) -> Result<(), Refusal> {
        if looped.is_async {
            return Err("async for");
        }
        if expr_yields(&looped.iter) || expr_yields(&looped.target) {
            return Err("yield in a loop header");
        }
        let iterator = self.fresh("next");
        let iterable = self.text(looped.iter.range());
        self.emit(
            0,
            format!("{iterator} = {MODULE}.stepper(iter({iterable}))"),
            origin,
        );
        let states = self.enter_loop(&looped.orelse, origin);
        self.uses_end = true;
        self.emit(0, format!("{VALUE} = {iterator}(__codeact_end)"), origin);
        self.jump_if(format!("{VALUE} is __codeact_end"), states.2, origin);
        let target = self.text(looped.target.range());
        self.emit(0, format!("{target} = {VALUE}"), origin);
        self.finish_loop(states, &looped.body, &looped.orelse, origin)
    }

    /// The states of a loop: its head (the current state from here), where
    /// it ends, and where its `else` clause starts (where it ends, without
    /// one).
    fn enter_loop(&mut self, orelse: &[Stmt], origin: u32) -> (usize, usize, usize) {
        let head = self.new_state();
        let after = self.new_state();
        let orelse = if orelse.is_empty() {
            after
        } else {
            self.new_state()
        };
        self.jump(head, origin);
        self.current = head;
        (head, after, orelse)
    }

    /// A loop's body, back to its head, then its `else` clause; the code
    /// after the loop goes on where it ends.
    fn finish_loop(
        &mut self,
        (head, after, orelse): (usize, usize, usize),
        body: &[Stmt],
        orelse_body: &[Stmt],
        origin: u32,
    ) -> Result<(), Refusal> {
        self.loops.push(LoopTargets { head, after });
        let result = self.block(body);
        self.loops.pop();
        result?;
        self.jump(head, origin);
        if !orelse_body.is_empty() {
            self.current = orelse;
            self.block(orelse_body)?;
            self.jump(after, origin);
        }
        self.current = after;
        Ok(())
    }

    fn try_stmt(&mut self, attempt: &ruff_python_ast::StmtTry, origin: u32) -> Result<(), Refusal> {
        if !attempt.finalbody.is_empty() {
            return Err("yield in a try with finally");
        }
        if attempt.is_star {
            return Err("yield in try/except*");
        }
        let handlers: Vec<&ruff_python_ast::ExceptHandlerExceptHandler> = attempt
            .handlers
            .iter()
            .map(|ExceptHandler::ExceptHandler(handler)| handler)
            .collect();
        if handlers
            .iter()
            .any(|handler| handler.type_.as_deref().is_some_and(expr_yields))
        {
            return Err("yield in an except clause's type");
        }
        // `close()` ends the generator without raising GeneratorExit at the
        // `yield` (exact only where no handler around it could catch that).
        if handlers.iter().any(|handler| {
            handler.type_.as_deref().is_none_or(|kind| {
                let text = self.text(kind.range());
                text.contains("BaseException") || text.contains("GeneratorExit")
            })
        }) {
            return Err("a handler that could catch GeneratorExit around a yield");
        }
        // The handler's and the else clause's states are outside the try.
        let matching = self.new_state();
        let after = self.new_state();
        let orelse = if attempt.orelse.is_empty() {
            after
        } else {
            self.new_state()
        };
        if !self.internals.iter().any(|name| name == CAUGHT) {
            self.internals.push(CAUGHT.to_owned());
        }
        let outer = self.region;
        self.region = Some(matching);
        let body_state = self.new_state();
        self.jump(body_state, origin);
        self.current = body_state;
        let body = self.block(&attempt.body);
        if body.is_ok() {
            self.jump(orelse, origin);
        }
        self.region = outer;
        body?;
        // The matching state re-raises what was caught inside a `try` of
        // its own, so that the `except` clauses match as written.
        self.current = matching;
        let caught = self.fresh("caught");
        self.emit(0, format!("{caught} = {CAUGHT}"), origin);
        self.emit(0, "try:".to_owned(), origin);
        self.emit(1, format!("raise {caught}"), origin);
        let mut bodies = Vec::new();
        for handler in &handlers {
            let line = self.line_of(handler.start());
            let state = self.new_state();
            let clause = match &handler.type_ {
                Some(kind) => format!("except ({}) as __codeact_match:", self.text(kind.range())),
                None => "except BaseException as __codeact_match:".to_owned(),
            };
            self.emit(0, clause, line);
            if let Some(name) = &handler.name {
                self.emit(1, format!("{} = __codeact_match", name.id), line);
            }
            self.emit(1, format!("{STATE} = {state}"), line);
            self.emit(1, "continue".to_owned(), line);
            bodies.push((state, &handler.body[..], line));
        }
        self.end_state();
        for (state, body, line) in bodies {
            self.current = state;
            self.caught.push(caught.clone());
            let result = self.block(body);
            self.caught.pop();
            result?;
            self.jump(after, line);
        }
        if !attempt.orelse.is_empty() {
            self.current = orelse;
            self.block(&attempt.orelse)?;
            self.jump(after, origin);
        }
        self.current = after;
        Ok(())
    }

    /// Copies a statement without `yield`, its `return`, and its `break`,
    /// `continue` and bare `raise` that leave it, made jumps.
    fn kept(&mut self, stmt: &Stmt) -> Result<(), Refusal> {
        let mut exits = Exits {
            found: Vec::new(),
            loops: 0,
            handlers: 0,
        };
        exits.visit_stmt(stmt);
        let mut replacements = Vec::new();
        for (range, exit) in exits.found {
            let text = match exit {
                Exit::Return(None) => format!("{STATE} = -1; return (False, None)"),
                Exit::Return(Some(value)) => format!(
                    "{VALUE} = ({}); {STATE} = -1; return (False, {VALUE})",
                    self.text(value)
                ),
                Exit::Break => {
                    let target = self.loops.last().ok_or("break outside a loop")?.after;
                    format!("{STATE} = {target}; continue")
                }
                Exit::Continue => {
                    let target = self.loops.last().ok_or("continue outside a loop")?.head;
                    format!("{STATE} = {target}; continue")
                }
                Exit::Reraise => match self.caught.last() {
                    Some(caught) => format!("raise {caught}"),
                    None => continue,
                },
            };
            replacements.push((range, text));
        }
        let range = stmt.range();
        let start = usize::from(range.start());
        let column = start - self.lines.start_of_line_of(start);
        let strings = string_ranges(stmt);
        let mut out = String::new();
        let mut cursor = start;
        for (replaced, with) in replacements {
            let until = usize::from(replaced.start());
            self.reindented(cursor, until, column, &strings, &mut out);
            out.push_str(&with);
            cursor = usize::from(replaced.end());
        }
        self.reindented(cursor, usize::from(range.end()), column, &strings, &mut out);
        let origin = self.line_of(range.start());
        self.emit(0, out, origin);
        Ok(())
    }

    /// Copies `source[from..to]` to `out`, each line after the
    /// statement's first without the statement's own indentation (up to
    /// `column` blanks) and marked for the state's (except inside a
    /// string, whose text stays as written). Replacements hold no newline
    /// of their own (a `return`'s value keeps the lines it spans), so the
    /// copy keeps the statement's line count.
    fn reindented(
        &self,
        from: usize,
        to: usize,
        column: usize,
        strings: &[TextRange],
        out: &mut String,
    ) {
        let mut cursor = from;
        while let Some(newline) = self.source[cursor..to].find('\n') {
            let line_start = cursor + newline + 1;
            out.push_str(&self.source[cursor..line_start]);
            cursor = line_start;
            let inside_string = strings
                .iter()
                .any(|r| usize::from(r.start()) < line_start && line_start < usize::from(r.end()));
            if !inside_string {
                let rest = &self.source[line_start..to];
                let blanks = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                out.push_str(INDENT_MARK);
                cursor += blanks.min(column);
            }
        }
        out.push_str(&self.source[cursor..to]);
    }

    fn assemble(&self, def: &StmtFunctionDef, scope: &Scope) -> Out {
        let def_start = usize::from(def.range.start());
        let def_line = self.line_of(def.range.start());
        let def_indent = indentation(self.source, self.lines.start_of_line_of(def_start));
        let first = def.body.first().map_or(def.range.end(), Ranged::start);
        let first_line_start = self.lines.start_of_line_of(usize::from(first));
        // The body's indentation as written when it starts a line of its
        // own; four spaces past the `def` otherwise.
        let own_line = self.source[first_line_start..usize::from(first)]
            .trim()
            .is_empty();
        let base = if own_line {
            self.source[first_line_start..usize::from(first)].to_owned()
        } else {
            format!("{def_indent}    ")
        };
        let mut out = Out::default();
        let mut push = |level: usize, text: &str, origin: u32| {
            let indent = format!("{base}{}", "    ".repeat(level));
            let text = text.replace(INDENT_MARK, &indent);
            out.lines.push((format!("{indent}{text}"), origin));
        };
        push(0, &format!("{STATE} = 0"), def_line);
        let own: Vec<&str> = scope.locals.iter().map(String::as_str).collect();
        if !own.is_empty() {
            // A binding the state function's `nonlocal` can find, which
            // leaves the name unbound until the body assigns it.
            push(0, "if False:", def_line);
            push(1, &format!("{} = None", own.join(" = ")), def_line);
        }
        for internal in &self.internals {
            push(0, &format!("{internal} = None"), def_line);
        }
        if self.uses_end {
            push(0, &format!("__codeact_end = {MODULE}.END"), def_line);
        }
        push(
            0,
            "def __codeact_step(__codeact_sent, __codeact_thrown):",
            def_line,
        );
        let mut shared: Vec<&str> = vec![STATE];
        shared.extend(scope.parameters.iter().map(String::as_str));
        shared.extend(own.iter().copied());
        shared.extend(self.internals.iter().map(String::as_str));
        push(1, &format!("nonlocal {}", shared.join(", ")), def_line);
        if !scope.globals.is_empty() {
            let globals: Vec<&str> = scope.globals.iter().map(String::as_str).collect();
            push(1, &format!("global {}", globals.join(", ")), def_line);
        }
        push(1, "while True:", def_line);
        // One `if` per state, not an `elif` chain: monty's parser counts
        // each `elif` as a level of nesting (30 in a debug build, 200 in
        // a release one), and every state ends in a jump, so the tests
        // after the state that ran are never reached.
        for (index, state) in self.states.iter().enumerate() {
            push(2, &format!("if {STATE} == {index}:"), def_line);
            let level = if state.handler.is_some() { 4 } else { 3 };
            if state.handler.is_some() {
                push(3, "try:", def_line);
            }
            for line in &state.lines {
                push(level + line.level, &line.text, line.origin);
            }
            if !state.ended {
                let origin = state.lines.last().map_or(def_line, |l| l.origin);
                push(
                    level,
                    "raise RuntimeError(\"codeact: a generator state ran to its end\")",
                    origin,
                );
            }
            if let Some(handler) = state.handler {
                push(3, "except BaseException as __codeact_error:", def_line);
                push(4, &format!("{CAUGHT} = __codeact_error"), def_line);
                push(4, &format!("{STATE} = {handler}"), def_line);
                push(4, "continue", def_line);
            }
        }
        push(
            0,
            &format!("return {MODULE}.generator(__codeact_step)"),
            def_line,
        );
        // A multi-line text is one entry with newlines: split it, each line
        // one after its first's origin.
        let mut lines = Vec::new();
        for (text, origin) in out.lines {
            for (index, line) in text.split('\n').enumerate() {
                lines.push((line.to_owned(), origin + u32::try_from(index).unwrap_or(0)));
            }
        }
        // The first line continues the text before the body (its
        // indentation, or the `def` line itself).
        if own_line {
            if let Some((first_text, _)) = lines.first_mut() {
                *first_text = first_text[base.len()..].to_owned();
            }
        } else {
            lines.insert(0, (String::new(), def_line));
        }
        Out { lines }
    }
}

/// Stands for the indentation of the state code a copied statement's
/// lines after its first get (known when the function is assembled).
const INDENT_MARK: &str = "\u{0}codeact-indent\u{0}";

fn indentation(source: &str, line_start: usize) -> &str {
    let line = &source[line_start..];
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

/// The ranges of the string literals in `stmt`, whose lines keep their
/// text.
fn string_ranges(stmt: &Stmt) -> Vec<TextRange> {
    struct Strings(Vec<TextRange>);
    impl<'a> Visitor<'a> for Strings {
        fn visit_expr(&mut self, expr: &'a Expr) {
            match expr {
                Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::FString(_) => {
                    self.0.push(expr.range());
                }
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut strings = Strings(Vec::new());
    strings.visit_stmt(stmt);
    strings.0
}

enum Exit {
    Return(Option<TextRange>),
    Break,
    Continue,
    Reraise,
}

/// The `return`s of a statement, and the `break`, `continue` and bare
/// `raise` that leave it (not those of its own loops and handlers).
struct Exits {
    found: Vec<(TextRange, Exit)>,
    loops: usize,
    handlers: usize,
}

impl<'a> Visitor<'a> for Exits {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
            Stmt::Return(ret) => self.found.push((
                ret.range,
                Exit::Return(ret.value.as_ref().map(|v| v.range())),
            )),
            Stmt::Break(b) if self.loops == 0 => self.found.push((b.range, Exit::Break)),
            Stmt::Continue(c) if self.loops == 0 => self.found.push((c.range, Exit::Continue)),
            Stmt::Raise(raise) if raise.exc.is_none() && self.handlers == 0 => {
                self.found.push((raise.range, Exit::Reraise));
            }
            Stmt::For(ruff_python_ast::StmtFor { body, orelse, .. })
            | Stmt::While(ruff_python_ast::StmtWhile { body, orelse, .. }) => {
                self.loops += 1;
                self.visit_body(body);
                self.loops -= 1;
                self.visit_body(orelse);
            }
            Stmt::Try(attempt) => {
                self.visit_body(&attempt.body);
                self.handlers += 1;
                for ExceptHandler::ExceptHandler(handler) in &attempt.handlers {
                    self.visit_body(&handler.body);
                }
                self.handlers -= 1;
                self.visit_body(&attempt.orelse);
                self.visit_body(&attempt.finalbody);
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, _: &'a Expr) {}
}

/// The names of a generator function's scope.
struct Scope {
    parameters: Vec<String>,
    /// Names the body binds (not parameters, not globals).
    locals: BTreeSet<String>,
    globals: BTreeSet<String>,
}

impl Scope {
    fn of(def: &StmtFunctionDef) -> Result<Self, Refusal> {
        let parameters: Vec<String> = def
            .parameters
            .iter()
            .map(|p| p.name().id.to_string())
            .collect();
        let mut binder = Binder::default();
        binder.visit_body(&def.body);
        if let Some(refusal) = binder.refusal {
            return Err(refusal);
        }
        let locals = binder
            .bound
            .into_iter()
            .filter(|name| !parameters.contains(name) && !binder.globals.contains(name))
            .collect();
        Ok(Scope {
            parameters,
            locals,
            globals: binder.globals,
        })
    }
}

#[derive(Default)]
struct Binder {
    bound: BTreeSet<String>,
    globals: BTreeSet<String>,
    refusal: Option<Refusal>,
}

impl Binder {
    fn target(&mut self, target: &Expr) {
        match target {
            Expr::Name(name) => {
                self.bound.insert(name.id.to_string());
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.target(e)),
            Expr::Starred(s) => self.target(&s.value),
            _ => self.visit_expr(target),
        }
    }
}

impl<'a> Visitor<'a> for Binder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => {
                self.bound.insert(def.name.id.to_string());
                for decorator in &def.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                for parameter in def.parameters.iter_non_variadic_params() {
                    if let Some(default) = &parameter.default {
                        self.visit_expr(default);
                    }
                }
            }
            Stmt::ClassDef(class) => {
                self.bound.insert(class.name.id.to_string());
            }
            Stmt::Global(global) => {
                self.globals
                    .extend(global.names.iter().map(|n| n.id.to_string()));
            }
            Stmt::Nonlocal(_) => self.refusal = Some("nonlocal in a generator"),
            Stmt::Match(_) => self.refusal = Some("match in a generator"),
            Stmt::Assign(assign) => {
                assign.targets.iter().for_each(|t| self.target(t));
                self.visit_expr(&assign.value);
            }
            Stmt::AugAssign(assign) => {
                self.target(&assign.target);
                self.visit_expr(&assign.value);
            }
            Stmt::AnnAssign(assign) => {
                self.target(&assign.target);
                if let Some(value) = &assign.value {
                    self.visit_expr(value);
                }
            }
            Stmt::For(looped) => {
                self.target(&looped.target);
                self.visit_expr(&looped.iter);
                self.visit_body(&looped.body);
                self.visit_body(&looped.orelse);
            }
            Stmt::With(with) => {
                for item in &with.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(vars) = &item.optional_vars {
                        self.target(vars);
                    }
                }
                self.visit_body(&with.body);
            }
            Stmt::Delete(delete) => delete.targets.iter().for_each(|t| self.target(t)),
            Stmt::Import(import) => {
                for alias in &import.names {
                    let name = alias.asname.as_ref().map_or_else(
                        || {
                            alias
                                .name
                                .id
                                .split('.')
                                .next()
                                .unwrap_or_default()
                                .to_owned()
                        },
                        |n| n.id.to_string(),
                    );
                    self.bound.insert(name);
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bound.insert(name.id.to_string());
                }
            }
            Stmt::Try(attempt) => {
                for ExceptHandler::ExceptHandler(handler) in &attempt.handlers {
                    if let Some(name) = &handler.name {
                        self.bound.insert(name.id.to_string());
                    }
                }
                walk_stmt(self, stmt);
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    for parameter in parameters.iter_non_variadic_params() {
                        if let Some(default) = &parameter.default {
                            self.visit_expr(default);
                        }
                    }
                }
            }
            Expr::Named(named) => {
                self.target(&named.target);
                self.visit_expr(&named.value);
            }
            Expr::Name(name) if name.id.as_str() == "super" => {
                self.refusal = Some("super() in a generator method");
            }
            _ => walk_expr(self, expr),
        }
    }

    fn visit_comprehension(&mut self, comprehension: &'a ruff_python_ast::Comprehension) {
        // Its target is the comprehension's own.
        self.visit_expr(&comprehension.iter);
        for condition in &comprehension.ifs {
            self.visit_expr(condition);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generator_becomes_states_and_keeps_the_lines_around_it() {
        let code = "x = 1\ndef count(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\nprint(list(count(3)))\n";
        let (out, origins, names) = transform(code).expect("rewritten");
        assert_eq!(names, ["count"]);
        assert!(
            out.starts_with("x = 1\ndef count(n):\n    __codeact_gen_state = 0\n"),
            "{out}"
        );
        assert!(out.contains("nonlocal __codeact_gen_state, n, i"), "{out}");
        assert!(out.ends_with("\nprint(list(count(3)))\n"), "{out}");
        assert_eq!(origins.len(), out.split('\n').count());
        let last = out.split('\n').count() - 2;
        assert_eq!(origins[last], 7);
        // `i += 1` keeps its line.
        let line = out
            .split('\n')
            .position(|l| l.trim() == "i += 1")
            .expect("copied");
        assert_eq!(origins[line], 6);
        assert!(ruff_python_parser::parse_module(&out).is_ok(), "{out}");
    }

    #[test]
    fn what_the_rewrite_cannot_take_apart_is_left_as_written() {
        for code in [
            "def f(xs):\n    with open(xs) as h:\n        yield h\n",
            "def f():\n    try:\n        yield 1\n    finally:\n        pass\n",
            "def f():\n    print((yield 1))\n",
            "def f():\n    try:\n        yield 1\n    except GeneratorExit:\n        print('closed')\n",
            "def f():\n    try:\n        yield 1\n    except:\n        pass\n",
            "def g():\n    x = 0\n    def f():\n        nonlocal x\n        yield x\n",
            "def f(xs):\n    for x in xs:\n        yield x\niter = 3\n",
        ] {
            assert_eq!(transform(code), None, "{code}");
        }
    }

    #[test]
    fn a_one_line_body_gets_lines_of_its_own() {
        let (out, _, _) = transform("def f(): yield 1\n").expect("rewritten");
        assert!(
            out.starts_with("def f(): \n    __codeact_gen_state = 0\n"),
            "{out}"
        );
        assert!(ruff_python_parser::parse_module(&out).is_ok(), "{out}");
    }
}
