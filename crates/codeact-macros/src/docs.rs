//! Reading a tool's description and its arguments' descriptions out of the
//! function's doc comment.
//!
//! The first paragraph is the description. The `# Arguments` section (also
//! spelled `# Args` or `# Parameters`, at any heading level) is a list with
//! one item per argument, in any of the usual spellings:
//!
//! ```text
//! * `city` - The city's name.
//! - `city`: The city's name.
//! * city: The city's name.
//! - city - The city's name.
//! ```
//!
//! An item may go on over several lines; lines indented deeper than the
//! item's bullet, nested bullets included, continue it. Code blocks are
//! skipped, so a `# hidden` doctest line is not taken for a heading.

use proc_macro2::Span;
use syn::spanned::Spanned;

use crate::errors::Errors;
use syn::{Attribute, Expr, ExprLit, Lit, Meta};

/// One line of a doc comment and the attribute it came from.
#[derive(Debug, Clone)]
pub(crate) struct DocLine {
    pub text: String,
    pub span: Span,
}

impl DocLine {
    #[cfg(test)]
    fn new(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            span: Span::call_site(),
        }
    }
}

/// What a doc comment says about a tool.
#[derive(Debug)]
pub(crate) struct Docs {
    /// The first paragraph, its lines joined by spaces; empty if there is none.
    pub description: String,
    /// The items of the `# Arguments` section, in order.
    pub arguments: Vec<ArgumentDoc>,
}

/// One item of the `# Arguments` section.
#[derive(Debug)]
pub(crate) struct ArgumentDoc {
    pub name: String,
    pub description: String,
    /// The doc line the item starts on.
    pub span: Span,
}

/// The lines of the `#[doc = "..."]` attributes (what `///` and `/** */`
/// comments become), in order. Docs that are not string literals
/// (`#[doc = include_str!(..)]`) cannot be read by a macro and are skipped.
pub(crate) fn doc_lines(attrs: &[Attribute]) -> Vec<DocLine> {
    let mut lines = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("doc") {
            continue;
        }
        let Meta::NameValue(pair) = &attr.meta else {
            continue;
        };
        let Expr::Lit(ExprLit {
            lit: Lit::Str(text),
            ..
        }) = &pair.value
        else {
            continue;
        };
        // `split`, not `lines`: an empty `///` line is a paragraph break and
        // must stay one line.
        for line in text.value().split('\n') {
            lines.push(DocLine {
                text: line.strip_suffix('\r').unwrap_or(line).to_owned(),
                // A `///` comment is one token whose span is the whole line.
                span: attr.span(),
            });
        }
    }
    lines
}

/// Parses the lines; the errors point at the doc line at fault, and the
/// items that could be read are kept.
pub(crate) fn parse(lines: &[DocLine], errors: &mut Errors) -> Docs {
    let mut description: Vec<&str> = Vec::new();
    let mut arguments: Vec<ArgumentDoc> = Vec::new();

    let mut in_code = false;
    let mut first_paragraph = Paragraph::NotStarted;
    let mut in_arguments = false;
    // The indentation of the section's first bullet: deeper lines continue
    // the current item.
    let mut item_indent: Option<usize> = None;

    for line in lines {
        let trimmed = line.text.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code = !in_code;
            // The description is what comes before any heading or code.
            first_paragraph = Paragraph::Closed;
            continue;
        }
        if in_code {
            continue;
        }
        if let Some(title) = heading(trimmed) {
            first_paragraph = Paragraph::Closed;
            in_arguments = ["arguments", "args", "parameters"]
                .iter()
                .any(|name| title.eq_ignore_ascii_case(name));
            item_indent = None;
            continue;
        }
        match first_paragraph {
            Paragraph::NotStarted if !trimmed.is_empty() => {
                first_paragraph = Paragraph::Open;
                description.push(trimmed);
            }
            Paragraph::Open if trimmed.is_empty() => first_paragraph = Paragraph::Closed,
            Paragraph::Open => description.push(trimmed),
            _ => {}
        }
        if !in_arguments || trimmed.is_empty() {
            continue;
        }
        let indent = line.text.len() - line.text.trim_start().len();
        let starts_item = bullet(trimmed).is_some() && item_indent.is_none_or(|i| indent <= i);
        if starts_item {
            item_indent.get_or_insert(indent);
            let rest = bullet(trimmed).unwrap_or_default();
            match parse_item(rest) {
                Some((name, text)) => {
                    if arguments.iter().any(|a| a.name == name) {
                        errors.at(line.span, format!("argument `{name}` is documented twice"));
                    }
                    arguments.push(ArgumentDoc {
                        name,
                        description: text.to_owned(),
                        span: line.span,
                    });
                }
                None => errors.at(
                    line.span,
                    "cannot read this `# Arguments` item; write it as \
                     ``* `name` - what the argument means``",
                ),
            }
        } else if let Some(last) = arguments.last_mut() {
            if !last.description.is_empty() {
                last.description.push(' ');
            }
            last.description.push_str(trimmed);
        }
    }

    for argument in &arguments {
        if argument.description.is_empty() {
            errors.at(
                argument.span,
                format!(
                    "argument `{}` has no description; write ``* `{}` - what it means``",
                    argument.name, argument.name
                ),
            );
        }
    }
    Docs {
        description: description.join(" "),
        arguments,
    }
}

/// Where the first paragraph stands.
#[derive(Clone, Copy)]
enum Paragraph {
    NotStarted,
    Open,
    Closed,
}

/// The title of a Markdown heading line (`# Arguments`, `## Args`).
fn heading(line: &str) -> Option<&str> {
    let title = line.trim_start_matches('#');
    let level = line.len() - title.len();
    ((1..=6).contains(&level) && title.starts_with(' ')).then(|| title.trim())
}

/// The text after a list bullet (`* `, `- `, `+ `).
fn bullet(line: &str) -> Option<&str> {
    ["* ", "- ", "+ "]
        .iter()
        .find_map(|marker| line.strip_prefix(marker))
        .map(str::trim_start)
}

/// `name` and description of an item: `` `name` - text``, `` `name`: text``,
/// `` `name: Type` - text``, `name: text` or `name - text`.
fn parse_item(item: &str) -> Option<(String, &str)> {
    let (name, rest) = if let Some(quoted) = item.strip_prefix('`') {
        let (inner, rest) = quoted.split_once('`')?;
        // `` `city: String` `` names the argument with its type.
        let name = inner.split(':').next().unwrap_or(inner).trim();
        (name, strip_separator(rest).unwrap_or(rest.trim_start()))
    } else {
        let end = item
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '#'))
            .unwrap_or(item.len());
        let (name, rest) = item.split_at(end);
        (name, strip_separator(rest)?)
    };
    let name = name.strip_prefix("r#").unwrap_or(name);
    let valid = name
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    valid.then(|| (name.to_owned(), rest.trim()))
}

/// The text after a `-`, `:`, `–` or `—` separator.
fn strip_separator(text: &str) -> Option<&str> {
    let text = text.trim_start();
    ['-', ':', '–', '—']
        .iter()
        .find_map(|sep| text.strip_prefix(*sep))
        .map(str::trim_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> syn::Result<Docs> {
        let lines: Vec<DocLine> = text.lines().map(DocLine::new).collect();
        let mut errors = Errors::default();
        let docs = parse(&lines, &mut errors);
        errors.finish().map(|()| docs)
    }

    fn args(docs: &Docs) -> Vec<(&str, &str)> {
        docs.arguments
            .iter()
            .map(|a| (a.name.as_str(), a.description.as_str()))
            .collect()
    }

    #[test]
    fn doc_comments_are_read_from_the_attributes() {
        let function: syn::ItemFn = syn::parse_quote! {
            /// Fetches the weather
            /// of a city.
            ///
            /// Not for the model.
            ///
            /// # Arguments
            ///
            /// * `city` - The city.
            #[inline]
            /** * `days` - How many
                days. */
            fn get_weather(city: String, days: u32) {}
        };
        let mut errors = Errors::default();
        let docs = parse(&doc_lines(&function.attrs), &mut errors);
        assert!(errors.finish().is_ok());
        assert_eq!(docs.description, "Fetches the weather of a city.");
        assert_eq!(
            args(&docs),
            [("city", "The city."), ("days", "How many days.")]
        );
    }

    #[test]
    fn the_first_paragraph_is_the_description() {
        let docs = read(
            " Fetches the weather\n of a city.\n\n More details that the model\n does not need.",
        )
        .unwrap();
        assert_eq!(docs.description, "Fetches the weather of a city.");
        assert!(docs.arguments.is_empty());
    }

    #[test]
    fn a_heading_ends_the_first_paragraph() {
        let docs = read(" Adds.\n # Arguments\n * `a` - First.").unwrap();
        assert_eq!(docs.description, "Adds.");
        assert_eq!(args(&docs), [("a", "First.")]);
    }

    #[test]
    fn every_usual_item_spelling_is_read() {
        let docs = read(
            " Books.\n\n # Arguments\n\n * `room` - The room.\n - `nights`: How many nights.\n \
             * guests: Who comes.\n - pets - Which animals.\n * `when: String` - The date.\n \
             + `r#type` — The kind.",
        )
        .unwrap();
        assert_eq!(
            args(&docs),
            [
                ("room", "The room."),
                ("nights", "How many nights."),
                ("guests", "Who comes."),
                ("pets", "Which animals."),
                ("when", "The date."),
                ("type", "The kind."),
            ]
        );
    }

    #[test]
    fn items_continue_over_indented_lines() {
        let docs = read(
            " Searches.\n\n # Arguments\n\n * `query` - What to look for,\n   in plain words.\n   \
             - nested notes stay in the item\n * `limit` - At most this many.",
        )
        .unwrap();
        assert_eq!(
            args(&docs),
            [
                (
                    "query",
                    "What to look for, in plain words. - nested notes stay in the item"
                ),
                ("limit", "At most this many."),
            ]
        );
    }

    #[test]
    fn other_sections_and_code_blocks_are_not_arguments() {
        let docs = read(
            " Sums.\n\n # Arguments\n\n * `xs` - The numbers.\n\n # Examples\n\n ```\n \
             # Arguments\n * `ys` - not an argument\n ```\n\n * `zs` - a list in Examples",
        )
        .unwrap();
        assert_eq!(args(&docs), [("xs", "The numbers.")]);
    }

    #[test]
    fn the_section_heading_may_be_any_level_and_spelling() {
        let docs = read(" Adds.\n\n ## args\n * a: First.").unwrap();
        assert_eq!(args(&docs), [("a", "First.")]);
        let docs = read(" Adds.\n\n ### Parameters\n * a: First.").unwrap();
        assert_eq!(args(&docs), [("a", "First.")]);
    }

    #[test]
    fn no_doc_comment_gives_an_empty_description() {
        let docs = read("").unwrap();
        assert_eq!(docs.description, "");
        let docs = read(" # Arguments\n * `a` - First.").unwrap();
        assert_eq!(docs.description, "");
    }

    #[test]
    fn an_item_without_a_description_is_an_error() {
        let err = read(" Adds.\n\n # Arguments\n * `a`\n * `b` -").unwrap_err();
        let messages: Vec<String> = err.into_iter().map(|e| e.to_string()).collect();
        assert_eq!(
            messages,
            [
                "argument `a` has no description; write ``* `a` - what it means``",
                "argument `b` has no description; write ``* `b` - what it means``",
            ]
        );
    }

    #[test]
    fn an_unreadable_item_is_an_error() {
        let err = read(" Adds.\n\n # Arguments\n * the first number").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("cannot read this `# Arguments` item"),
            "{err}"
        );
    }

    #[test]
    fn an_argument_documented_twice_is_an_error() {
        let err = read(" Adds.\n\n # Arguments\n * `a` - One.\n * `a` - Two.").unwrap_err();
        assert_eq!(err.to_string(), "argument `a` is documented twice");
    }
}
