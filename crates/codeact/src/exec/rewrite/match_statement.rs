//! `match` statements, which monty 0.0.23 refuses, as an `if`/`elif` chain
//! on the same lines.
//!
//! `match s:` becomes `__codeact_mN = (s)`, evaluated once as CPython does,
//! and each `case P if G:` becomes `if`/`elif C and (G):` at the `match`
//! line's indentation (the bodies keep theirs, deeper, which Python
//! allows), with `C` the pattern's test: `==` for values, `is` for `None`,
//! `True` and `False`, `isinstance` and lengths for sequences (lists and
//! tuples, as `str` and `bytes` never match one), keys for mappings,
//! `isinstance` and attributes for classes, captures bound with `:=`. An
//! irrefutable last case is the `else`. Class patterns with positional
//! sub-patterns are taken for builtin types (`str(x)`, which match the
//! subject itself) and for the session's classes whose `__match_args__`
//! the code shows (a dataclass's fields, a literal `__match_args__`), as
//! keyword patterns of those attributes; others are left to monty's
//! refusal.

use std::collections::BTreeMap;

use ruff_python_ast::statement_visitor::{StatementVisitor, walk_stmt};
use ruff_python_ast::{Expr, Pattern, Singleton, Stmt, StmtMatch};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::edits::Edits;
use super::literal::newlines_of;

/// Builtin classes whose one positional sub-pattern matches the subject.
const SELF_MATCHING: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

/// Records the positional attributes of `suite`'s classes in `match_args`:
/// for a `@dataclass` its fields (after those of dataclasses it derives
/// from, as `dataclasses` orders them), for a class with a literal
/// `__match_args__ = ("a", "b")` those names.
pub(super) fn update_match_args(suite: &[Stmt], match_args: &mut BTreeMap<String, Vec<String>>) {
    struct Classes<'m> {
        match_args: &'m mut BTreeMap<String, Vec<String>>,
    }
    impl<'a> StatementVisitor<'a> for Classes<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::ClassDef(class) = stmt
                && let Some(names) = positional_attributes(class, self.match_args)
            {
                self.match_args.insert(class.name.id.to_string(), names);
            }
            walk_stmt(self, stmt);
        }
    }
    let mut classes = Classes { match_args };
    classes.visit_body(suite);
}

fn positional_attributes(
    class: &ruff_python_ast::StmtClassDef,
    known: &BTreeMap<String, Vec<String>>,
) -> Option<Vec<String>> {
    for stmt in &class.body {
        if let Stmt::Assign(assign) = stmt
            && let [Expr::Name(target)] = assign.targets.as_slice()
            && target.id.as_str() == "__match_args__"
        {
            let Expr::Tuple(tuple) = assign.value.as_ref() else {
                return None;
            };
            return tuple
                .elts
                .iter()
                .map(|e| match e {
                    Expr::StringLiteral(s) => Some(s.value.to_str().to_owned()),
                    _ => None,
                })
                .collect();
        }
    }
    let decorated = class.decorator_list.iter().any(|d| {
        // `@dataclass` or `@dataclass(...)` without match_args=False.
        super::class_members::is_dataclass_decorator(d).is_some_and(|call| {
            call.is_none_or(|call| {
                !call.arguments.keywords.iter().any(|k| {
                    k.arg
                        .as_ref()
                        .is_some_and(|a| a.id.as_str() == "match_args")
                })
            })
        })
    });
    if !decorated {
        return None;
    }
    let mut fields: Vec<String> = Vec::new();
    for base in class.arguments.iter().flat_map(|a| a.args.iter()) {
        let Expr::Name(base) = base else {
            return None;
        };
        fields.extend(known.get(base.id.as_str())?.iter().cloned());
    }
    for stmt in &class.body {
        if let Stmt::AnnAssign(assign) = stmt
            && let Expr::Name(name) = assign.target.as_ref()
            && super::class_members::pseudo_field(&assign.annotation).is_none()
            && !fields.iter().any(|f| f == name.id.as_str())
        {
            fields.push(name.id.to_string());
        }
    }
    Some(fields)
}

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    let Stmt::Match(statement) = stmt else {
        return;
    };
    if context.bound.any(&[
        "isinstance",
        "len",
        "list",
        "tuple",
        "dict",
        "hasattr",
        "getattr",
    ]) {
        return;
    }
    // A class of the session flattened by `inheritance` is an instance of
    // its bases only to the module's `isinstance`.
    let isinstance = if context.facts.inherits {
        "__codeact_mod__classes.isinstance_"
    } else {
        "isinstance"
    };
    let env = Env {
        source: context.source,
        isinstance,
        match_args: &context.facts.match_args,
    };
    let Some(plan) = plan(statement, &env) else {
        return;
    };
    for (range, text) in plan {
        edits.replace(range, text);
    }
}

/// What the conditions are written with.
struct Env<'a> {
    source: &'a str,
    /// The isinstance to call (the `_classes` module's where classes
    /// inherit).
    isinstance: &'a str,
    match_args: &'a BTreeMap<String, Vec<String>>,
}

fn plan(statement: &StmtMatch, env: &Env<'_>) -> Option<Vec<(TextRange, String)>> {
    let source = env.source;
    let start = usize::from(statement.start());
    let line_start = source.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let indent = source.get(line_start..start)?;
    if !indent.chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    let subject = format!("__codeact_m{start}");
    let mut out = Vec::new();
    // `match ` up to the subject, and the subject's end up to the colon.
    out.push((
        TextRange::new(statement.start(), statement.subject.start()),
        format!("{subject} = ("),
    ));
    let colon = colon_after(source, statement.subject.end())?;
    let header_tail = TextRange::new(statement.subject.end(), colon + TextSize::new(1));
    let tail_text = source.get(usize::from(header_tail.start())..usize::from(header_tail.end()))?;
    out.push((header_tail, format!("){}", newlines_of(tail_text))));
    let last = statement.cases.len().saturating_sub(1);
    for (index, case) in statement.cases.iter().enumerate() {
        let test = condition(&case.pattern, &subject, env)?;
        let guard = case.guard.as_deref();
        let irrefutable = test == "True" && guard.is_none();
        if irrefutable && index != last {
            // CPython refuses a case after an irrefutable one.
            return None;
        }
        let head_end = case.guard.as_ref().map_or(case.pattern.end(), |g| g.end());
        let colon = colon_after(source, head_end)?;
        let case_start = usize::from(case.start());
        let case_line = source.get(..case_start)?.rfind('\n').map_or(0, |i| i + 1);
        if !source
            .get(case_line..case_start)?
            .chars()
            .all(|c| c == ' ' || c == '\t')
        {
            return None;
        }
        let line_start = TextSize::try_from(case_line).ok()?;
        let header = TextRange::new(line_start, colon + TextSize::new(1));
        let lines = newlines_of(source.get(case_line..usize::from(colon))?);
        let keyword = if index == 0 { "if" } else { "elif" };
        if irrefutable && index > 0 && !lines.is_empty() {
            return None;
        }
        if irrefutable && index > 0 {
            out.push((header, format!("{indent}else{lines}:")));
        } else if let Some(guard) = guard {
            // The guard's text stays where it is, for the other rewrites
            // to work on: the test goes before it, the colon after.
            let before = TextRange::new(line_start, guard.start());
            let after = TextRange::new(guard.end(), colon + TextSize::new(1));
            let lines_before = newlines_of(source.get(case_line..usize::from(guard.start()))?);
            let lines_after =
                newlines_of(source.get(usize::from(guard.end())..usize::from(colon))?);
            out.push((
                before,
                format!("{indent}{keyword} ({test}{lines_before} and ("),
            ));
            out.push((after, format!("){lines_after}):")));
        } else {
            out.push((header, format!("{indent}{keyword} ({test}{lines}):")));
        }
    }
    Some(out)
}

/// Where the `:` closing a header is, past closing parentheses and blanks.
fn colon_after(source: &str, from: TextSize) -> Option<TextSize> {
    let rest = source.get(usize::from(from)..)?;
    let offset = rest.find(|c: char| !(c.is_whitespace() || c == ')' || c == '\\'))?;
    if rest.get(offset..offset + 1)? != ":" {
        return None;
    }
    Some(from + TextSize::try_from(offset).ok()?)
}

fn text<'s>(source: &'s str, node: &impl Ranged) -> Option<&'s str> {
    source.get(usize::from(node.start())..usize::from(node.end()))
}

/// The test of `pattern` against the expression `subject`, binding its
/// captures; `None` for a pattern this rewrite does not take on.
fn condition(pattern: &Pattern, subject: &str, env: &Env<'_>) -> Option<String> {
    let source = env.source;
    Some(match pattern {
        Pattern::MatchValue(value) => format!("{subject} == {}", text(source, &*value.value)?),
        Pattern::MatchSingleton(singleton) => {
            let value = match singleton.value {
                Singleton::None => "None",
                Singleton::True => "True",
                Singleton::False => "False",
            };
            format!("{subject} is {value}")
        }
        Pattern::MatchAs(capture) => {
            let inner = match &capture.pattern {
                Some(inner) => Some(condition(inner, subject, env)?),
                None => None,
            };
            match (inner, &capture.name) {
                (None, None) => "True".to_owned(),
                (None, Some(name)) => format!("(({name} := {subject}) or True)"),
                (Some(inner), None) => inner,
                (Some(inner), Some(name)) => {
                    format!("({inner} and (({name} := {subject}) or True))")
                }
            }
        }
        Pattern::MatchOr(alternatives) => {
            let tests: Option<Vec<String>> = alternatives
                .patterns
                .iter()
                .map(|p| condition(p, subject, env))
                .collect();
            format!("({})", tests?.join(" or "))
        }
        Pattern::MatchSequence(sequence) => {
            let patterns = &sequence.patterns;
            let star = patterns
                .iter()
                .position(|p| matches!(p, Pattern::MatchStar(_)));
            if patterns
                .iter()
                .filter(|p| matches!(p, Pattern::MatchStar(_)))
                .count()
                > 1
            {
                return None;
            }
            let n = patterns.len();
            let mut tests = vec![format!("isinstance({subject}, (list, tuple))")];
            match star {
                Some(_) => tests.push(format!("len({subject}) >= {}", n - 1)),
                None => tests.push(format!("len({subject}) == {n}")),
            }
            for (index, element) in patterns.iter().enumerate() {
                match (element, star) {
                    (Pattern::MatchStar(star_pattern), Some(k)) => {
                        if let Some(name) = &star_pattern.name {
                            let after = n - 1 - k;
                            tests.push(format!(
                                "(({name} := list({subject}[{k}:len({subject}) - {after}])) or True)"
                            ));
                        }
                    }
                    (element, Some(k)) if index > k => {
                        let back = n - index;
                        tests.push(condition(element, &format!("{subject}[-{back}]"), env)?);
                    }
                    (element, _) => {
                        tests.push(condition(element, &format!("{subject}[{index}]"), env)?);
                    }
                }
            }
            format!("({})", tests.join(" and "))
        }
        Pattern::MatchMapping(mapping) => {
            let mut tests = vec![format!("isinstance({subject}, dict)")];
            let mut keys = Vec::new();
            for (key, value) in mapping.keys.iter().zip(mapping.patterns.iter()) {
                let key = text(source, key)?;
                keys.push(key.to_owned());
                tests.push(format!("{key} in {subject}"));
                tests.push(condition(value, &format!("{subject}[{key}]"), env)?);
            }
            if let Some(rest) = &mapping.rest {
                tests.push(format!(
                    "(({rest} := {{__codeact_k: __codeact_v for __codeact_k, __codeact_v in {subject}.items() if __codeact_k not in ({}, )}}) or True)",
                    keys.join(", ")
                ));
            }
            format!("({})", tests.join(" and "))
        }
        Pattern::MatchClass(class) => {
            let cls = text(source, &*class.cls)?;
            let mut tests = vec![format!("{}({subject}, {cls})", env.isinstance)];
            // Positional sub-patterns as keywords of the class's
            // `__match_args__`, when the code shows them.
            let mut keywords: Vec<(&str, &Pattern)> = Vec::new();
            match class.arguments.patterns.as_slice() {
                [] => {}
                [only] if SELF_MATCHING.contains(&cls) => {
                    tests.push(condition(only, subject, env)?);
                }
                positional => {
                    let names = env.match_args.get(cls)?;
                    if positional.len() > names.len() {
                        return None;
                    }
                    keywords.extend(names.iter().map(String::as_str).zip(positional));
                }
            }
            keywords.extend(
                class
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| (k.attr.id.as_str(), &k.pattern)),
            );
            for (attr, pattern) in keywords {
                tests.push(format!("hasattr({subject}, \"{attr}\")"));
                tests.push(condition(pattern, &format!("{subject}.{attr}"), env)?);
            }
            format!("({})", tests.join(" and "))
        }
        Pattern::MatchStar(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn match_becomes_an_if_chain_on_the_same_lines() {
        let out = rewritten(
            "match cmd.split():\n    case [\"go\", d]:\n        print(d)\n    case [\"take\", *items] if items:\n        print(items)\n    case _:\n        print(0)\n",
        );
        assert_eq!(
            out,
            "__codeact_m0 = (cmd.split())\nif ((isinstance(__codeact_m0, (list, tuple)) and len(__codeact_m0) == 2 and __codeact_m0[0] == \"go\" and ((d := __codeact_m0[1]) or True))):\n        print(d)\nelif ((isinstance(__codeact_m0, (list, tuple)) and len(__codeact_m0) >= 1 and __codeact_m0[0] == \"take\" and ((items := list(__codeact_m0[1:len(__codeact_m0) - 0])) or True)) and (items)):\n        print(items)\nelse:\n        print(0)\n"
        );
    }
}
