//! `del items[a:b]` and `items[a:b] = values`, which monty 0.0.23 refuses
//! (it has no slice deletion or assignment). The statement becomes a call
//! of the sandbox module's `del_slice` or `set_slice` with the slice's
//! three parts (`None` where one is left out), which changes a list in
//! place as CPython does and raises CPython's TypeError for anything else.
//! Only a statement with one target is rewritten, and only where the
//! `[`, the colons, the `]` and the `=` can be found in the text around
//! the parts.

use ruff_python_ast::{Expr, ExprSubscript, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::edits::Edits;

const DEL_SLICE: &str = "__codeact_mod__sandbox.del_slice(";
const SET_SLICE: &str = "__codeact_mod__sandbox.set_slice(";

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    if context.in_class_body
        || context.bound.any(&[
            "type",
            "dict",
            "list",
            "range",
            "len",
            "enumerate",
            "zip",
            "max",
            "str",
        ])
    {
        return;
    }
    match stmt {
        Stmt::Delete(delete) => {
            let [Expr::Subscript(target)] = delete.targets.as_slice() else {
                return;
            };
            let Some((parts, tail)) = slice_edits(context.source, target) else {
                return;
            };
            edits.replace(TextRange::new(delete.start(), target.start()), DEL_SLICE);
            apply(parts, edits);
            edits.replace(parts_close(target), format!("{tail})"));
        }
        Stmt::Assign(assign) => {
            let [Expr::Subscript(target)] = assign.targets.as_slice() else {
                return;
            };
            let Some((parts, tail)) = slice_edits(context.source, target) else {
                return;
            };
            // `] = value`: the `]`, blanks, `=`, blanks and nothing else.
            let gap_start = target.end() - TextSize::new(1);
            let gap = context
                .source
                .get(usize::from(gap_start)..usize::from(assign.value.start()));
            let plain = gap
                .and_then(|gap| gap.strip_prefix(']'))
                .is_some_and(|rest| rest.trim() == "=");
            if !plain {
                return;
            }
            edits.open(target.range(), SET_SLICE);
            apply(parts, edits);
            edits.replace(
                TextRange::new(gap_start, assign.value.start()),
                format!("{tail}, "),
            );
            edits.close(assign.value.range(), ")");
        }
        _ => {}
    }
}

/// The edits inside `target[slice]`: the `[` and the colons become `, `,
/// a missing part `None`; and what goes before the `]` (a missing step
/// without its colon).
fn slice_edits(
    source: &str,
    target: &ExprSubscript,
) -> Option<(Vec<(TextRange, String)>, &'static str)> {
    let Expr::Slice(slice) = target.slice.as_ref() else {
        return None;
    };
    if !target.ctx.is_store() && !target.ctx.is_del() {
        return None;
    }
    let text = |from: TextSize, to: TextSize| source.get(usize::from(from)..usize::from(to));
    // `[`: between the receiver and the slice, only blanks and `)`.
    let open = text(target.value.end(), slice.start())?;
    let bracket = open.find('[')?;
    if !open[..bracket]
        .chars()
        .all(|c| c == ')' || c.is_whitespace())
        || !open[bracket + 1..].trim().is_empty()
    {
        return None;
    }
    let bracket = target.value.end() + TextSize::try_from(bracket).ok()?;
    // The close bracket ends the subscript, after the slice and blanks.
    if text(slice.end(), target.end())?.trim() != "]" {
        return None;
    }
    let first_from = slice.lower.as_ref().map_or(slice.start(), |e| e.end());
    let first_to = slice
        .upper
        .as_ref()
        .map(|e| e.start())
        .or(slice.step.as_ref().map(|e| e.start()))
        .unwrap_or(slice.end());
    let first = colon_in(
        text(first_from, first_to)?,
        first_from,
        slice.upper.is_none(),
    )?;
    let mut edits = vec![(TextRange::at(bracket, TextSize::new(1)), ", ".to_owned())];
    let lower = if slice.lower.is_some() { "" } else { "None" };
    let upper = if slice.upper.is_some() { "" } else { "None" };
    edits.push((
        TextRange::at(first, TextSize::new(1)),
        format!("{lower}, {upper}"),
    ));
    let second_from = slice
        .upper
        .as_ref()
        .map_or(first + TextSize::new(1), |e| e.end());
    let second_to = slice.step.as_ref().map_or(slice.end(), |e| e.start());
    match colon_in(text(second_from, second_to)?, second_from, false) {
        Some(second) => {
            let step = if slice.step.is_some() { "" } else { "None" };
            edits.push((TextRange::at(second, TextSize::new(1)), format!(", {step}")));
        }
        // No second colon: the step goes before the `]`.
        None if slice.step.is_none() => return Some((edits, ", None")),
        None => return None,
    }
    Some((edits, ""))
}

/// The offset of the first `:` in `text` (which starts at `at`), with
/// only blanks and parentheses before it, and after it too unless
/// `more_after` (the second colon of `[::step]` follows).
fn colon_in(text: &str, at: TextSize, more_after: bool) -> Option<TextSize> {
    let colon = text.find(':')?;
    let blank = |part: &str| {
        part.chars()
            .all(|c| c.is_whitespace() || c == '(' || c == ')')
    };
    if !blank(&text[..colon]) || (!more_after && !blank(&text[colon + 1..])) {
        return None;
    }
    Some(at + TextSize::try_from(colon).ok()?)
}

fn apply(parts: Vec<(TextRange, String)>, edits: &mut Edits) {
    for (range, text) in parts {
        edits.replace(range, text);
    }
}

/// The subscript's `]`.
fn parts_close(target: &ExprSubscript) -> TextRange {
    TextRange::at(target.end() - TextSize::new(1), TextSize::new(1))
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;

    #[test]
    fn slice_deletion_and_assignment_become_calls() {
        assert_eq!(
            rewritten("del x[2:5]\n"),
            "__codeact_mod__sandbox.del_slice(x, 2, 5, None)\n"
        );
        assert_eq!(
            rewritten("del stack[-n:]\n"),
            "__codeact_mod__sandbox.del_slice(stack, -n, None, None)\n"
        );
        assert_eq!(
            rewritten("y[::2] = [0, 0]\n"),
            "__codeact_mod__sandbox.set_slice(y, None, None, 2, [0, 0])\n"
        );
        assert_eq!(
            rewritten("y[1:3] = vals\n"),
            "__codeact_mod__sandbox.set_slice(y, 1, 3, None, vals)\n"
        );
        for code in ["a = y[1:3] = v\n", "y[1:2] += v\n", "del x[1:2], z[0]\n"] {
            assert_eq!(rewritten(code), code);
        }
    }
}
