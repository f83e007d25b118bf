//! Dataclasses inheriting from a dataclass of the session
//! (`@dataclass class Child(Base):`), and plain classes inheriting one,
//! which monty 0.0.23 cannot build: its `@dataclass` reads the fields of
//! the class body alone, and class inheritance is flattened by copying
//! members (see `inheritance`), which misses what `@dataclass` generated.
//!
//! CPython's fields of such a class are its bases' fields, in order, then
//! its own; a field it declares again keeps the base's place with the new
//! annotation and default. So the text of the base's field statements is
//! put at the top of the class body, a redefined field in the base's place
//! (its own statement becomes `pass`), and the rest of the class (methods,
//! `super()`, isinstance) is inherited like any other. A plain class
//! inheriting a dataclass, declaring no field and no `__init__`,
//! `__repr__` or `__eq__` of its own, gets the base's fields and the
//! base's `@dataclass(...)` line: the methods the decorator makes for it
//! are the ones it would inherit (they read `self.__class__`).
//!
//! Left to monty's refusal: several bases, a base with `__post_init__`
//! (the generated `__init__` of the class would not call the inherited
//! one), a class body on its header's line or holding only a docstring.
//!
//! This runs on the text before the other rewrites, which then see the
//! class with all its fields.

use std::collections::BTreeMap;

use ruff_python_ast::{Expr, Stmt, StmtClassDef};
use ruff_text_size::Ranged;

use super::class_members::{is_dataclass_decorator, pseudo_field};

/// What a later class inheriting a dataclass of the session needs of it.
#[derive(Debug, Clone, Default)]
pub(crate) struct DataclassFields {
    /// Each field's name and statement text, in order (the bases' first).
    fields: Vec<(String, String)>,
    /// The text of its `@dataclass...` decorator, without the `@`.
    decorator: String,
    /// It (or a base) defines `__post_init__`.
    post_init: bool,
}

/// One text edit: replace `start..end` with `text`.
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// `code` with the classes inheriting dataclasses given their fields, and
/// the line of `code` each line of the result comes from; `None` when no
/// class needed it. `dataclasses` holds the session's dataclasses and gets
/// this block's.
pub(crate) fn transform(
    code: &str,
    suite: &[Stmt],
    dataclasses: &mut BTreeMap<String, DataclassFields>,
) -> Option<(String, Vec<u32>)> {
    if !code.contains("dataclass") && dataclasses.is_empty() {
        return None;
    }
    let mut edits = Vec::new();
    for stmt in suite {
        visit(code, stmt, dataclasses, &mut edits);
    }
    if edits.is_empty() {
        return None;
    }
    Some(apply(code, &mut edits))
}

fn visit(
    code: &str,
    stmt: &Stmt,
    dataclasses: &mut BTreeMap<String, DataclassFields>,
    edits: &mut Vec<Edit>,
) {
    match stmt {
        Stmt::ClassDef(class) => {
            on_class(code, class, dataclasses, edits);
            // Nested classes are recorded by their own name too: a later
            // class of the same block may inherit one.
            for inner in &class.body {
                visit(code, inner, dataclasses, edits);
            }
        }
        Stmt::FunctionDef(def) => {
            for inner in &def.body {
                visit(code, inner, dataclasses, edits);
            }
        }
        Stmt::If(if_stmt) => {
            for inner in if_stmt
                .body
                .iter()
                .chain(if_stmt.elif_else_clauses.iter().flat_map(|c| c.body.iter()))
            {
                visit(code, inner, dataclasses, edits);
            }
        }
        _ => {}
    }
}

fn on_class(
    code: &str,
    class: &StmtClassDef,
    dataclasses: &mut BTreeMap<String, DataclassFields>,
    edits: &mut Vec<Edit>,
) {
    let name = class.name.id.to_string();
    let decorator = class
        .decorator_list
        .iter()
        .find(|d| is_dataclass_decorator(d).is_some());
    let base = single_dataclass_base(class, dataclasses);
    let own = own_fields(code, class);
    let post_init = defines(class, "__post_init__");
    let Some(decorator) = decorator else {
        dataclasses.remove(&name);
        // A plain class inheriting a dataclass.
        if let Some(base) = base
            && !base.post_init
            && own.is_empty()
            && !["__init__", "__repr__", "__eq__"]
                .iter()
                .any(|m| defines(class, m))
            && let Some(at) = body_start(code, class)
            && let Some(class_line) = line_start(code, class_start(class))
        {
            let indent = indentation(code, class_line);
            edits.push(Edit {
                start: class_line,
                end: class_line,
                text: format!("{indent}@{}\n", base.decorator),
            });
            let body_indent = indentation(code, at);
            let fields: String = base
                .fields
                .iter()
                .map(|(_, text)| format!("{body_indent}{text}\n"))
                .collect();
            edits.push(Edit {
                start: at,
                end: at,
                text: fields,
            });
            dataclasses.insert(name, base);
        }
        return;
    };
    let decorator_text = code
        .get(decorator.expression.range().to_std_range())
        .unwrap_or("dataclass")
        .to_owned();
    let Some(base) = base else {
        if class.arguments.as_ref().is_none_or(|a| a.is_empty()) {
            dataclasses.insert(
                name,
                DataclassFields {
                    fields: own.into_iter().map(|(n, t, _)| (n, t)).collect(),
                    decorator: decorator_text,
                    post_init,
                },
            );
        } else {
            dataclasses.remove(&name);
        }
        return;
    };
    let Some(at) = body_start(code, class) else {
        dataclasses.remove(&name);
        return;
    };
    if base.post_init && !post_init {
        dataclasses.remove(&name);
        return;
    }
    // The base's fields, each replaced by the class's own statement where
    // it declares the name again; then the class's new ones.
    let mut fields = Vec::new();
    let mut inserted = String::new();
    let body_indent = indentation(code, at);
    for (field, text) in &base.fields {
        let text = match own.iter().find(|(n, _, _)| n == field) {
            Some((_, own_text, range)) => {
                edits.push(Edit {
                    start: range.start,
                    end: range.end,
                    text: "pass".to_owned(),
                });
                own_text
            }
            None => text,
        };
        inserted.push_str(&format!("{body_indent}{text}\n"));
        fields.push((field.clone(), text.clone()));
    }
    for (field, text, _) in &own {
        if !base.fields.iter().any(|(n, _)| n == field) {
            fields.push((field.clone(), text.clone()));
        }
    }
    edits.push(Edit {
        start: at,
        end: at,
        text: inserted,
    });
    dataclasses.insert(
        name,
        DataclassFields {
            fields,
            decorator: decorator_text,
            post_init: post_init || base.post_init,
        },
    );
}

/// The recorded dataclass that is the class's one base, if it has one.
fn single_dataclass_base(
    class: &StmtClassDef,
    dataclasses: &BTreeMap<String, DataclassFields>,
) -> Option<DataclassFields> {
    let arguments = class.arguments.as_deref()?;
    let [Expr::Name(base)] = arguments.args.as_ref() else {
        return None;
    };
    if !arguments.keywords.is_empty() {
        return None;
    }
    dataclasses.get(base.id.as_str()).cloned()
}

/// The byte range of a statement, for replacing it.
struct Span {
    start: usize,
    end: usize,
}

/// The class body's fields: name, statement text and where it is.
fn own_fields(code: &str, class: &StmtClassDef) -> Vec<(String, String, Span)> {
    class
        .body
        .iter()
        .filter_map(|stmt| {
            let Stmt::AnnAssign(assign) = stmt else {
                return None;
            };
            let Expr::Name(name) = assign.target.as_ref() else {
                return None;
            };
            if pseudo_field(&assign.annotation).is_some() {
                return None;
            }
            let range = stmt.range().to_std_range();
            let text = code.get(range.clone())?.to_owned();
            Some((
                name.id.to_string(),
                text,
                Span {
                    start: range.start,
                    end: range.end,
                },
            ))
        })
        .collect()
}

fn defines(class: &StmtClassDef, method: &str) -> bool {
    class
        .body
        .iter()
        .any(|stmt| matches!(stmt, Stmt::FunctionDef(def) if def.name.id.as_str() == method))
}

/// Where the class statement starts: at its first decorator.
fn class_start(class: &StmtClassDef) -> usize {
    class
        .decorator_list
        .first()
        .map_or(class.start(), |d| d.start())
        .to_usize()
}

/// The start of the line of the body's first statement after a docstring,
/// when that statement starts a line of its own below the header.
fn body_start(code: &str, class: &StmtClassDef) -> Option<usize> {
    let first = match class.body.as_slice() {
        [Stmt::Expr(doc), rest @ ..] if matches!(doc.value.as_ref(), Expr::StringLiteral(_)) => {
            rest.first()?
        }
        [first, ..] => first,
        [] => return None,
    };
    let start = line_start(code, first.start().to_usize())?;
    let header_line = line_start(code, class.start().to_usize())?;
    (start > header_line
        && code
            .get(start..first.start().to_usize())?
            .chars()
            .all(|c| c == ' ' || c == '\t'))
    .then_some(start)
}

fn line_start(code: &str, offset: usize) -> Option<usize> {
    Some(code.get(..offset)?.rfind('\n').map_or(0, |i| i + 1))
}

fn indentation(code: &str, line_start: usize) -> &str {
    let rest = code.get(line_start..).unwrap_or_default();
    let width = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    &rest[..width]
}

/// `code` with `edits` applied, and the line of `code` each line of the
/// result comes from (an inserted line: the line it was put above).
fn apply(code: &str, edits: &mut [Edit]) -> (String, Vec<u32>) {
    edits.sort_by_key(|edit| (edit.start, edit.end));
    let mut out = String::with_capacity(code.len() + 256);
    let mut origins = Vec::new();
    let mut line = 1u32;
    let mut at_line_start = true;
    let mut push = |out: &mut String, text: &str, origin: u32, at_line_start: &mut bool| {
        for c in text.chars() {
            if *at_line_start {
                origins.push(origin);
                *at_line_start = false;
            }
            out.push(c);
            if c == '\n' {
                *at_line_start = true;
            }
        }
    };
    let mut copied = 0;
    for edit in edits.iter() {
        if edit.start < copied {
            continue;
        }
        let kept = &code[copied..edit.start];
        for c in kept.chars() {
            push(
                &mut out,
                c.encode_utf8(&mut [0; 4]),
                line,
                &mut at_line_start,
            );
            if c == '\n' {
                line += 1;
            }
        }
        push(&mut out, &edit.text, line, &mut at_line_start);
        line += u32::try_from(code[edit.start..edit.end].matches('\n').count()).unwrap_or(0);
        copied = edit.end;
    }
    for c in code[copied..].chars() {
        push(
            &mut out,
            c.encode_utf8(&mut [0; 4]),
            line,
            &mut at_line_start,
        );
        if c == '\n' {
            line += 1;
        }
    }
    if at_line_start {
        origins.push(line);
    }
    (out, origins)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn transformed(blocks: &[&str]) -> String {
        let mut dataclasses = BTreeMap::new();
        let mut last = String::new();
        for code in blocks {
            let parsed = ruff_python_parser::parse_module(code).expect("parses");
            last = transform(code, parsed.suite(), &mut dataclasses)
                .map_or_else(|| (*code).to_owned(), |(text, _)| text);
        }
        last
    }

    #[test]
    fn a_dataclass_child_gets_its_bases_fields_first() {
        let code = "@dataclass\nclass A:\n    x: int\n    y: int = 0\n@dataclass\nclass B(A):\n    \"\"\"Doc.\"\"\"\n    z: str = 'z'\n    y: int = 5\n    def f(self): pass\n";
        assert_eq!(
            transformed(&[code]),
            "@dataclass\nclass A:\n    x: int\n    y: int = 0\n@dataclass\nclass B(A):\n    \"\"\"Doc.\"\"\"\n    x: int\n    y: int = 5\n    z: str = 'z'\n    pass\n    def f(self): pass\n"
        );
    }

    #[test]
    fn a_plain_child_of_an_earlier_blocks_dataclass_becomes_one() {
        assert_eq!(
            transformed(&[
                "@dataclass(order=True)\nclass A:\n    x: int\n",
                "class B(A):\n    def f(self):\n        return self.x\n"
            ]),
            "@dataclass(order=True)\nclass B(A):\n    x: int\n    def f(self):\n        return self.x\n"
        );
    }

    #[test]
    fn lines_map_back_to_the_code_as_written() {
        let code = "@dataclass\nclass A:\n    x: int\n@dataclass\nclass B(A):\n    y: int\n";
        let parsed = ruff_python_parser::parse_module(code).expect("parses");
        let (text, origins) =
            transform(code, parsed.suite(), &mut BTreeMap::new()).expect("changed");
        assert_eq!(text.lines().count(), 7);
        assert_eq!(origins[..7], [1, 2, 3, 4, 5, 6, 6]);
    }

    #[test]
    fn classes_it_cannot_give_fields_are_left() {
        for code in [
            "@dataclass\nclass A:\n    x: int\n    def __post_init__(self): pass\n@dataclass\nclass B(A):\n    y: int\n",
            "@dataclass\nclass A:\n    x: int\nclass B(A):\n    y: int = 1\n",
            "@dataclass\nclass A:\n    x: int\nclass B(A): pass\n",
            "class A:\n    x: int\nclass B(A):\n    y: int\n",
        ] {
            assert_eq!(transformed(&[code]), code);
        }
    }
}
