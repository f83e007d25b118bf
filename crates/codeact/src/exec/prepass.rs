//! A look at the parsed code before it runs, with the parser monty itself
//! uses: imports outside the allow-list, names that would shadow a tool,
//! reaches for interpreter internals, and tool calls that are awaited (which
//! the host then runs concurrently).
//!
//! Nothing here changes what the code means. Awaited tool calls are renamed
//! to a host function that hands back a future, so
//! `await asyncio.gather(a(1), b(2))` runs `a` and `b` at once; imports of
//! the modules the sandbox writes in Python (see `pymod`) read the session's
//! hidden module object instead; the rewrites in [`rewrite`] bridge
//! constructs monty lacks or gets wrong. Every rewrite stays on the line it
//! rewrites.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::pymod::{self, HIDDEN_PREFIX, PyModule};
use super::rewrite;
use crate::exec::PythonError;

/// The prefix of the host function that starts a tool as a future.
pub(crate) const ASYNC_PREFIX: &str = "__codeact_async__";

/// Builtins that would hand code the interpreter itself.
const FORBIDDEN_NAMES: &[&str] = &[
    "__builtins__",
    "__import__",
    "__loader__",
    "__spec__",
    "eval",
    "exec",
    "compile",
    "open",
    "globals",
    "locals",
    "breakpoint",
    "input",
    "memoryview",
];

/// Modules every session may import whatever the allow-list says: they
/// reach nothing outside the interpreter, and `asyncio.gather` is how code
/// runs tool calls concurrently.
pub(crate) const ALWAYS_ALLOWED_IMPORTS: &[&str] = &["asyncio", "typing"];

/// Dunder attributes ordinary agent code uses; every other `__x__` attribute
/// is a reach into internals.
const ALLOWED_DUNDERS: &[&str] = &[
    "__init__",
    "__name__",
    "__doc__",
    "__len__",
    "__str__",
    "__repr__",
    // An enum class's members by name (the sandbox's `enum` sets it).
    "__members__",
    // Special methods called by name (`it.__next__()`, `super().__eq__`):
    // plain methods of the object, nothing of the interpreter's.
    "__eq__",
    "__ne__",
    "__hash__",
    "__iter__",
    "__next__",
    "__contains__",
    "__enter__",
    "__exit__",
    "__round__",
    "__float__",
    "__int__",
    "__index__",
    "__delitem__",
    "__reversed__",
    "__missing__",
];

/// Dunder names a class body may bind by assignment: the special methods
/// the sandbox calls (`__str__ = __repr__`), `__slots__` (see `slots`) and
/// `__match_args__` (which `match` statements read, see `match_statement`),
/// nothing of the host's.
const CLASS_BODY_NAMES: &[&str] = &[
    "__init__",
    "__str__",
    "__repr__",
    "__eq__",
    "__hash__",
    "__iter__",
    "__next__",
    "__contains__",
    "__slots__",
    "__match_args__",
];

/// The code, ready to run, or why it may not run.
#[derive(Debug)]
pub(crate) struct Checked {
    /// The code with awaited tool calls renamed, imports of the
    /// Python-written modules read from their module objects, and the
    /// rewrites applied.
    pub(crate) code: String,
    /// The Python-written modules the code imports, each after those it
    /// needs: the session must have them loaded before the code runs.
    pub(crate) modules: Vec<&'static PyModule>,
    /// Code of the sandbox's to run after the modules load and before the
    /// code, printing nothing.
    pub(crate) prologue: Option<&'static str>,
    /// Which line of `code` as written each line of the rewritten code is.
    pub(crate) lines: rewrite::LineMap,
}

/// Checks `code` against the rules of the sandbox.
///
/// Code that does not parse is passed through untouched: the interpreter
/// reports the syntax error itself, with its position.
pub(crate) fn check(
    code: &str,
    authorized_imports: &[String],
    tool_names: &BTreeSet<String>,
    facts: &mut rewrite::ClassFacts,
) -> Result<Checked, PythonError> {
    let Ok(parsed) = ruff_python_parser::parse_module(code) else {
        return Ok(Checked {
            code: code.to_owned(),
            modules: Vec::new(),
            prologue: None,
            lines: rewrite::LineMap::default(),
        });
    };
    let reserved = code.find(rewrite::RESERVED_PREFIX);
    // Text rewrites come first: definitions of the builtin exception
    // classes monty lacks before the code, generator functions made state
    // machines; the rest checks and rewrites that text like any code.
    // (Not when the code spells a reserved name: that error's position is
    // in the code as written.)
    let written = code;
    let mut generated = None;
    if reserved.is_none() {
        generated =
            text_rewrites(code, parsed.suite(), facts).and_then(|(text, origins, names)| {
                let parsed = ruff_python_parser::parse_module(&text).ok()?;
                facts.generator_states.extend(names);
                Some((text, parsed, origins))
            });
    }
    let (code, parsed, origins) = match &generated {
        Some((text, parsed, origins)) => (text.as_str(), parsed, origins.clone()),
        None => (code, &parsed, Vec::new()),
    };
    let mut walker = Walker {
        source: code,
        authorized_imports,
        tool_names,
        await_depth: 0,
        awaited_tools: Vec::new(),
        import_rewrites: Vec::new(),
        modules: Vec::new(),
        violation: None,
        class_reads_allowed: !rewrite::binds(parsed.suite(), "type"),
        mro_reads_allowed: !rewrite::MRO_BUILTINS
            .iter()
            .any(|name| rewrite::binds(parsed.suite(), name)),
        dict_reads_allowed: !rewrite::instance_dict::HELPER_BUILTINS
            .iter()
            .any(|name| rewrite::binds(parsed.suite(), name)),
        generated_names: !origins.is_empty(),
    };
    if let Some(offset) = reserved.and_then(|offset| TextSize::try_from(offset).ok()) {
        walker.fail(
            TextRange::empty(offset),
            "NameError",
            format!(
                "names starting with '{}' are reserved by the sandbox",
                rewrite::RESERVED_PREFIX
            ),
        );
    }
    for stmt in parsed.suite() {
        walker.visit_stmt(stmt);
        if walker.violation.is_some() {
            break;
        }
    }
    if code.contains("__slots__") {
        match super::slots::check(parsed.suite()) {
            // Their stores (and reads) go through the `_classes` module.
            Ok(unlisted) => facts.properties.extend(unlisted),
            Err(refusal) => walker.fail(refusal.range, "NotImplementedError", refusal.message),
        }
    }
    if let Some(error) = walker.violation {
        let lines = rewrite::LineMap::default().then(origins);
        return Err(super::errors::with_user_line(error, written, &lines));
    }
    let mut ranges = walker.awaited_tools;
    ranges.sort_by_key(|range| range.start());
    ranges.dedup();
    facts.tools.clone_from(tool_names);
    let (rewritten, lines) =
        match rewrite::rewrite(code, parsed.suite(), &ranges, walker.import_rewrites, facts) {
            Ok(done) => done,
            Err(clash) => {
                let error = rewrite_bug(code, clash.offset);
                return Err(super::errors::with_user_line(
                    error,
                    written,
                    &rewrite::LineMap::default().then(origins),
                ));
            }
        };
    let lines = lines.then(origins);
    if rewritten != code
        && let Err(error) = ruff_python_parser::parse_module(&rewritten)
    {
        // A rewrite bug: say so at the user's line, not as the user's
        // syntax error.
        tracing::warn!(target: "codeact::sandbox", "a sandbox rewrite made code that does not parse: {error}");
        let error = rewrite_bug(&rewritten, usize::from(error.location.start()));
        return Err(super::errors::with_user_line(error, written, &lines));
    }
    // A rewrite may call into a module the sandbox writes in Python (the
    // `__name__` reads do): user code cannot spell those globals, so any
    // one in the rewritten code is a rewrite's, and its module is loaded.
    let mut modules = walker.modules;
    if rewritten != written {
        for module in pymod::all() {
            if !modules.iter().any(|m| m.name == module.name)
                && rewritten.contains(&module.global())
            {
                modules.push(module);
            }
        }
    }
    Ok(Checked {
        code: rewritten,
        modules: with_requirements(&modules),
        prologue: facts.exceptions.then_some(rewrite::exceptions::PROLOGUE),
        lines,
    })
}

/// The error for a rewrite that went wrong at `offset` of `text` (edits
/// that clash, or code that does not parse): the sandbox's bug, said at the
/// line, with a way around it.
fn rewrite_bug(text: &str, offset: usize) -> PythonError {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    PythonError {
        kind: "NotImplementedError".to_owned(),
        message: "the sandbox could not rewrite this line for its interpreter (a sandbox bug); write the line more simply, for example with fewer parentheses or nested expressions".to_owned(),
        line: u32::try_from(line).ok(),
        source_line: None,
    }
}

/// `modules` and every module they need, each after what it needs.
/// `code` with the rewrites that work on its text applied (see
/// `rewrite::builtin_exceptions`, `rewrite::generator_states`), the line of
/// `code` each line of the result comes from, and the generator functions
/// made state machines; None when neither applies.
fn text_rewrites(
    code: &str,
    suite: &[ruff_python_ast::Stmt],
    facts: &mut rewrite::ClassFacts,
) -> Option<(String, Vec<u32>, Vec<String>)> {
    // Subclasses of dataclasses get their bases' fields first (the other
    // text rewrites read the classes).
    let fielded = rewrite::dataclass_bases::transform(code, suite, &mut facts.dataclass_fields)
        .and_then(|(text, origins)| {
            let parsed = ruff_python_parser::parse_module(&text).ok()?;
            Some((text, origins, parsed))
        });
    let (code, suite, fielded_origins) = match &fielded {
        Some((text, origins, parsed)) => (text.as_str(), &parsed.suite()[..], origins.clone()),
        None => (code, suite, Vec::new()),
    };
    let prelude = rewrite::builtin_exceptions::prelude(code, suite, facts);
    let (text, origins) = match prelude {
        Some(prelude) => {
            let added = prelude.matches('\n').count();
            let lines = u32::try_from(code.matches('\n').count() + 1).unwrap_or(u32::MAX);
            let origins: Vec<u32> = std::iter::repeat_n(1, added).chain(1..=lines).collect();
            (prelude + code, compose(origins, &fielded_origins))
        }
        None => (code.to_owned(), fielded_origins),
    };
    match rewrite::generator_states::transform(&text) {
        Some((transformed, lines, names)) => Some((transformed, compose(lines, &origins), names)),
        None if !origins.is_empty() => Some((text, origins, Vec::new())),
        None => None,
    }
}

/// `lines` (a line of the input of a rewrite for each line of its output)
/// followed by `origins` (the same for the rewrite before it, whose output
/// was that input); `lines` alone when `origins` is empty.
fn compose(lines: Vec<u32>, origins: &[u32]) -> Vec<u32> {
    if origins.is_empty() {
        return lines;
    }
    lines
        .iter()
        .map(|&line| {
            usize::try_from(line)
                .ok()
                .and_then(|line| origins.get(line.checked_sub(1)?))
                .copied()
                .unwrap_or(line)
        })
        .collect()
}

fn with_requirements(modules: &[&'static PyModule]) -> Vec<&'static PyModule> {
    fn visit(module: &'static PyModule, out: &mut Vec<&'static PyModule>) {
        if out.iter().any(|m| m.name == module.name) {
            return;
        }
        for required in module.requires {
            if let Some(required) = pymod::find(required) {
                visit(required, out);
            }
        }
        out.push(module);
    }
    let mut out = Vec::new();
    for module in modules {
        visit(module, &mut out);
    }
    out
}

struct Walker<'a> {
    source: &'a str,
    authorized_imports: &'a [String],
    tool_names: &'a BTreeSet<String>,
    await_depth: usize,
    awaited_tools: Vec<TextRange>,
    /// Import statements of Python-written modules, and their replacement
    /// (on as many lines, so line numbers stay).
    import_rewrites: Vec<(TextRange, String)>,
    modules: Vec<&'static PyModule>,
    violation: Option<PythonError>,
    /// The block binds no `type` of its own, so `x.__class__` can read as
    /// `type(x)`.
    class_reads_allowed: bool,
    /// The block binds none of [`rewrite::MRO_BUILTINS`], so `C.__mro__`
    /// can read as the `_classes` module's answer.
    mro_reads_allowed: bool,
    /// The block binds none of the builtins `x.__dict__` (read as
    /// `vars(x)`, see `rewrite::instance_dict`) needs.
    dict_reads_allowed: bool,
    /// The code the walker sees is a rewrite's (generator functions made
    /// state machines) of code that spells no hidden name: every hidden
    /// name in it is the rewrite's own.
    generated_names: bool,
}

/// Special methods monty 0.0.23 never calls: a class defining one would
/// run as if it did not (attribute hooks, construction and finalization,
/// descriptors, subclass hooks, formatting), so the block is refused instead.
const UNCALLED_SPECIAL_METHODS: &[&str] = &[
    "__getattr__",
    "__setattr__",
    "__getattribute__",
    "__delattr__",
    "__new__",
    "__del__",
    "__get__",
    "__set__",
    "__delete__",
    "__set_name__",
];

impl Walker<'_> {
    /// Refuses a class body defining one of [`UNCALLED_SPECIAL_METHODS`].
    fn check_special_methods(&mut self, class: &ruff_python_ast::StmtClassDef) {
        for stmt in &class.body {
            if let Stmt::FunctionDef(def) = stmt
                && UNCALLED_SPECIAL_METHODS.contains(&def.name.id.as_str())
            {
                self.fail(
                    def.name.range,
                    "NotImplementedError",
                    format!(
                        "the sandbox never calls a class's {}; write the behaviour as a plain method and call it",
                        def.name.id.as_str()
                    ),
                );
            }
        }
    }

    fn fail(&mut self, range: TextRange, kind: &str, message: String) {
        if self.violation.is_some() {
            return;
        }
        let offset = usize::from(range.start()).min(self.source.len());
        let line_start = self.source[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.source[offset..]
            .find('\n')
            .map_or(self.source.len(), |i| offset + i);
        let line = self.source[..offset].matches('\n').count() + 1;
        self.violation = Some(PythonError {
            kind: kind.to_owned(),
            message,
            line: u32::try_from(line).ok(),
            source_line: Some(self.source[line_start..line_end].trim().to_owned()),
        });
    }

    fn check_import(&mut self, module: &str, range: TextRange) {
        let allowed = ALWAYS_ALLOWED_IMPORTS.contains(&module)
            || self.authorized_imports.iter().any(|entry| {
                entry == "*"
                    || module == entry
                    || module
                        .strip_prefix(entry.as_str())
                        .is_some_and(|rest| rest.starts_with('.'))
            });
        if !allowed {
            let list = self.authorized_imports.join(", ");
            self.fail(
                range,
                "ImportError",
                format!(
                    "import of '{module}' is not allowed; the modules you may import are: {list}"
                ),
            );
        }
    }

    fn check_binding(&mut self, name: &str, range: TextRange) {
        if name.starts_with(HIDDEN_PREFIX) && !self.generated_names {
            self.fail(
                range,
                "NameError",
                format!("'{name}' is not available in the sandbox"),
            );
            return;
        }
        if name == "final_answer" || self.tool_names.contains(name) {
            self.fail(
                range,
                "NameError",
                format!("'{name}' is a tool: assigning or defining it would hide the tool; use another name"),
            );
        }
    }
}

impl Walker<'_> {
    fn uses(&mut self, module: &'static PyModule) {
        if !self.modules.iter().any(|m| m.name == module.name) {
            self.modules.push(module);
        }
    }

    /// `import heapq as hq, math` becomes `hq = <module object>; import math`.
    fn rewrite_import(&mut self, import: &ruff_python_ast::StmtImport) {
        if !import
            .names
            .iter()
            .any(|alias| pymod::find(alias.name.id.as_str()).is_some())
        {
            return;
        }
        let mut parts = Vec::new();
        for alias in &import.names {
            match pymod::find(alias.name.id.as_str()) {
                Some(module) => {
                    self.uses(module);
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    parts.push(format!("{} = {}", bound.id.as_str(), module.global()));
                }
                None => parts.push(format!("import {}", &self.source[alias.range])),
            }
        }
        let newlines = self.source[import.range].matches('\n').count();
        let mut text = parts.join("; ");
        if newlines > 0 {
            // Only reachable with a backslash continuation: the newlines go
            // into a parenthesised name, which keeps the next lines' numbers.
            let first = parts.first().map_or(0, String::len);
            let (head, tail) = text.split_at(first);
            let (target, value) = head.split_once(" = ").unwrap_or((head, ""));
            text = format!("{target} = ({value}{}){tail}", "\n".repeat(newlines));
        }
        self.import_rewrites.push((import.range, text));
    }

    /// `from heapq import heappush, heappop as pop` becomes
    /// `(heappush, pop) = (<module>.heappush, <module>.heappop)`; a name the
    /// module lacks raises CPython's `ImportError` there instead.
    fn rewrite_import_from(&mut self, import: &ruff_python_ast::StmtImportFrom) {
        let Some(module) = import
            .module
            .as_ref()
            .and_then(|name| pymod::find(name.id.as_str()))
        else {
            return;
        };
        self.uses(module);
        let global = module.global();
        let exports = module.exports();
        let mut targets = Vec::new();
        let mut values = Vec::new();
        let mut missing = None;
        for alias in &import.names {
            let name = alias.name.id.as_str();
            if name == "*" {
                for export in exports {
                    targets.push(export.clone());
                    values.push(format!("{global}.{export}"));
                }
                continue;
            }
            if !exports.contains(name) {
                missing.get_or_insert(name);
            }
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            targets.push(bound.id.as_str().to_owned());
            values.push(format!("{global}.{name}"));
        }
        let newlines = "\n".repeat(self.source[import.range].matches('\n').count());
        let text = match missing {
            Some(name) => format!(
                "raise ImportError(\"cannot import name '{name}' from '{}' (unknown location)\"{newlines})",
                module.name
            ),
            None => format!(
                "({},) = ({},{newlines})",
                targets.join(", "),
                values.join(", ")
            ),
        };
        self.import_rewrites.push((import.range, text));
    }
}

impl<'a> Visitor<'a> for Walker<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(import) => {
                for alias in &import.names {
                    self.check_import(alias.name.id.as_str(), alias.range);
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    let top = bound.id.as_str().split('.').next().unwrap_or_default();
                    self.check_binding(top, alias.range);
                }
                self.rewrite_import(import);
            }
            Stmt::ImportFrom(import) => {
                match (&import.module, import.level) {
                    (Some(module), 0) => self.check_import(module.id.as_str(), import.range),
                    _ => self.fail(
                        import.range,
                        "ImportError",
                        "relative imports are not available in the sandbox".into(),
                    ),
                }
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.check_binding(bound.id.as_str(), alias.range);
                }
                if import.level == 0 {
                    self.rewrite_import_from(import);
                }
            }
            Stmt::FunctionDef(def) => self.check_binding(def.name.id.as_str(), def.name.range),
            Stmt::ClassDef(class) => {
                self.check_binding(class.name.id.as_str(), class.name.range);
                self.check_special_methods(class);
                if let Some((range, reason)) = rewrite::unbuilt_dataclass_feature(class) {
                    self.fail(range, "NotImplementedError", reason.to_owned());
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Await(_) => {
                self.await_depth += 1;
                walk_expr(self, expr);
                self.await_depth -= 1;
                return;
            }
            Expr::Call(call) => {
                if self.await_depth > 0
                    && let Expr::Name(name) = call.func.as_ref()
                    && self.tool_names.contains(name.id.as_str())
                    && name.id.as_str() != "final_answer"
                {
                    self.awaited_tools.push(name.range);
                }
                if let Expr::Name(name) = call.func.as_ref()
                    && matches!(
                        name.id.as_str(),
                        "getattr" | "setattr" | "hasattr" | "delattr"
                    )
                    && let Some(Expr::StringLiteral(attr)) = call.arguments.args.get(1)
                {
                    let attr = attr.value.to_str();
                    // `getattr(f, "__wrapped__")` and `hasattr` read what
                    // functools.wraps recorded (the `dunder_name` rewrite).
                    let wrapped =
                        attr == "__wrapped__" && matches!(name.id.as_str(), "getattr" | "hasattr");
                    if is_internal_dunder(attr) && !wrapped {
                        self.fail(
                            call.range(),
                            "AttributeError",
                            format!("access to '{attr}' is not allowed in the sandbox"),
                        );
                    }
                }
            }
            // `x.__class__` read is `type(x)` (the `class_of` rewrite), the
            // way `__repr__` methods name their class; a write stays refused.
            Expr::Attribute(attribute)
                if attribute.attr.id.as_str() == "__class__"
                    && attribute.ctx == ruff_python_ast::ExprContext::Load
                    && self.class_reads_allowed => {}
            // `C.__mro__` and `C.__bases__` read as the module's tuples (the
            // `class_of` rewrite); a write stays refused.
            Expr::Attribute(attribute)
                if matches!(attribute.attr.id.as_str(), "__mro__" | "__bases__")
                    && attribute.ctx == ruff_python_ast::ExprContext::Load
                    && self.mro_reads_allowed => {}
            // `x.__dict__` reads as `vars(x)`, a copy (the `instance_dict`
            // rewrite); a write stays refused.
            Expr::Attribute(attribute)
                if attribute.attr.id.as_str() == "__dict__"
                    && attribute.ctx == ruff_python_ast::ExprContext::Load
                    && self.dict_reads_allowed => {}
            // `f.__wrapped__` reads what `functools.wraps` recorded (the
            // `dunder_name` rewrite); a write stays refused.
            Expr::Attribute(attribute)
                if attribute.attr.id.as_str() == "__wrapped__"
                    && attribute.ctx == ruff_python_ast::ExprContext::Load => {}
            // `super().__init_subclass__(...)` in a class's own
            // `__init_subclass__`: the `inheritance` rewrite sends it to the
            // next class of the order that defines one, or to `object`'s.
            Expr::Attribute(attribute)
                if attribute.attr.id.as_str() == "__init_subclass__"
                    && attribute.ctx == ruff_python_ast::ExprContext::Load
                    && matches!(attribute.value.as_ref(), Expr::Call(call)
                        if matches!(call.func.as_ref(), Expr::Name(f) if f.id.as_str() == "super")) =>
                {}
            Expr::Attribute(attribute) if is_internal_dunder(attribute.attr.id.as_str()) => {
                self.fail(
                    attribute.range,
                    "AttributeError",
                    format!(
                        "access to '{}' is not allowed in the sandbox",
                        attribute.attr.id.as_str()
                    ),
                );
            }
            Expr::Name(name) => {
                let id = name.id.as_str();
                // Reading `__name__` is the one dunder global allowed: the
                // rewrite makes it the script's `"__main__"`.
                let script_name = id == rewrite::module_name::NAME && name.ctx == ExprContext::Load;
                if FORBIDDEN_NAMES.contains(&id)
                    || (id.starts_with("__")
                        && id.ends_with("__")
                        && !script_name
                        && !rewrite::OPERATOR_DUNDERS.contains(&id)
                        && !CLASS_BODY_NAMES.contains(&id))
                    || (id.starts_with(HIDDEN_PREFIX) && !self.generated_names)
                {
                    self.fail(
                        name.range,
                        "NameError",
                        format!("'{id}' is not available in the sandbox"),
                    );
                } else if name.ctx == ExprContext::Store || name.ctx == ExprContext::Del {
                    self.check_binding(id, name.range);
                }
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

fn is_internal_dunder(attr: &str) -> bool {
    attr.starts_with(HIDDEN_PREFIX)
        || attr.len() > 4
            && attr.starts_with("__")
            && attr.ends_with("__")
            && !ALLOWED_DUNDERS.contains(&attr)
            && attr != rewrite::exceptions::CAUSE
            && attr != rewrite::exceptions::SUPPRESS_CONTEXT
            && !rewrite::OPERATOR_DUNDERS.contains(&attr)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check of a first block of a session.
    fn check(
        code: &str,
        authorized_imports: &[String],
        tool_names: &BTreeSet<String>,
    ) -> Result<Checked, PythonError> {
        super::check(
            code,
            authorized_imports,
            tool_names,
            &mut rewrite::ClassFacts::default(),
        )
    }

    fn tools(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    fn allowed() -> Vec<String> {
        vec!["math".into(), "collections".into()]
    }

    #[test]
    fn imports_outside_the_list_are_refused_with_the_list() {
        let err = check("import math\nimport os\n", &allowed(), &tools(&[])).unwrap_err();
        assert_eq!(err.kind, "ImportError");
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("'os'") && err.message.contains("math, collections"));
        assert!(
            check(
                "from collections.abc import Mapping",
                &allowed(),
                &tools(&[])
            )
            .is_ok()
        );
        assert!(check("import mathx", &allowed(), &tools(&[])).is_err());
    }

    #[test]
    fn special_methods_monty_never_calls_are_refused() {
        for method in UNCALLED_SPECIAL_METHODS {
            let code =
                format!("class A:\n    x = 1\n    def {method}(self, *args):\n        pass\n");
            let err = check(&code, &allowed(), &tools(&[])).unwrap_err();
            assert_eq!(err.kind, "NotImplementedError");
            assert_eq!(err.line, Some(3));
            assert!(err.message.contains(method), "{}", err.message);
        }
        let fine =
            "class A:\n    def __repr__(self):\n        return 'a'\ndef __new__():\n    pass\n";
        assert!(check(fine, &allowed(), &tools(&[])).is_ok());
    }

    #[test]
    fn shadowing_a_tool_is_refused() {
        let err = check("def final_answer(x):\n    pass\n", &allowed(), &tools(&[])).unwrap_err();
        assert!(err.message.contains("final_answer"));
        let err = check("search = 3", &allowed(), &tools(&["search"])).unwrap_err();
        assert_eq!(err.kind, "NameError");
        assert!(check("x = search('a')", &allowed(), &tools(&["search"])).is_ok());
    }

    #[test]
    fn internals_are_refused() {
        for code in [
            "().__class__.__bases__[0].__subclasses__()",
            "A.__bases__ = (B,)",
            "type = str\nb = A.__mro__",
            "x.__class__ = int",
            "type = str\nk = ().__class__",
            "x.__subclasses__()",
            "f.__globals__",
            "__builtins__",
            "__import__('os')",
            "eval('1')",
            "getattr(x, '__dict__')",
            "open('/etc/passwd')",
        ] {
            assert!(check(code, &allowed(), &tools(&[])).is_err(), "{code}");
        }
        assert!(
            check(
                "class A:\n    def __init__(self):\n        self.x = 1\n",
                &allowed(),
                &tools(&[])
            )
            .is_ok()
        );
    }

    #[test]
    fn awaited_tool_calls_are_renamed_and_others_are_not() {
        let checked = check(
            "a = search('x')\nr = await asyncio.gather(search('y'), fetch(1))\n",
            &allowed(),
            &tools(&["search", "fetch"]),
        )
        .unwrap();
        assert_eq!(
            checked.code,
            "a = search('x')\nr = await asyncio.gather(__codeact_async__search('y'), __codeact_async__fetch(1))\n"
        );
    }

    #[test]
    fn imports_of_python_modules_read_the_hidden_object_on_the_same_lines() {
        let all = vec!["*".to_owned()];
        let checked = check(
            "import heapq as hq, math\nfrom bisect import (\n    bisect,\n    insort as ins,\n)\nx = 1\n",
            &all,
            &tools(&[]),
        )
        .unwrap();
        assert_eq!(
            checked.code,
            "hq = __codeact_mod_heapq; import math\n(bisect, ins,) = (__codeact_mod_bisect.bisect, __codeact_mod_bisect.insort,\n\n\n)\nx = 1\n"
        );
        let names: Vec<_> = checked.modules.iter().map(|m| m.name).collect();
        assert_eq!(names, ["heapq", "bisect"]);
        let checked = check("from heapq import nope\n", &all, &tools(&[])).unwrap();
        assert!(
            checked
                .code
                .starts_with("raise ImportError(\"cannot import name 'nope'")
        );
        let plain = check(
            "import math\nfrom collections.abc import Mapping\n",
            &all,
            &tools(&[]),
        )
        .unwrap();
        assert!(plain.modules.is_empty());
        assert_eq!(
            plain.code,
            "import math\nfrom collections.abc import Mapping\n"
        );
    }

    #[test]
    fn hidden_names_are_refused() {
        for code in [
            "__codeact_mod_heapq",
            "__codeact_mod_heapq = 1",
            "import math as __codeact_x",
            "def __codeact_f():\n    pass\n",
            "x.__codeact_y",
        ] {
            assert!(check(code, &allowed(), &tools(&[])).is_err(), "{code}");
        }
    }
}
