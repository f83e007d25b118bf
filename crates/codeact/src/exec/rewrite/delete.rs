//! `del d[k]` and `del items[i]`, which monty 0.0.23 does not parse. The
//! statement becomes an assignment of a tuple of calls, one per target,
//! evaluated left to right: `dict.pop` for dicts (the same `KeyError`),
//! `list.pop` for a list index in range, and CPython's error for the rest
//! through a host function. Deleting names, attributes (monty has no
//! `delattr`) and `del` in class bodies are left alone; slices are
//! `slices`'.

use monty_types::{ExcType, MontyException, MontyObject};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::Context;
use super::edits::Edits;
use super::host::type_name;

/// `__codeact_del_error(obj, key)`: what `del obj[key]` raises when `obj`
/// is neither a dict nor a list with `key` in range.
pub(crate) const DEL_ERROR: &str = "__codeact_del_error";

const ITEM: &str = "(lambda __codeact_o, __codeact_k: __codeact_o.pop(__codeact_k) if isinstance(__codeact_o, dict) or isinstance(__codeact_o, list) and -len(__codeact_o) <= __codeact_k < len(__codeact_o) else __codeact_del_error(__codeact_o, __codeact_k))(";

/// The exception [`DEL_ERROR`] raises.
pub(crate) fn deletion_error(args: &[MontyObject]) -> MontyException {
    match args.first() {
        Some(MontyObject::List(_)) => MontyException::new(
            ExcType::IndexError,
            Some("list assignment index out of range".into()),
        ),
        other => MontyException::new(
            ExcType::TypeError,
            Some(format!(
                "'{}' object doesn't support item deletion",
                other.map_or("NoneType", type_name)
            )),
        ),
    }
}

/// The offset of `wanted` in `source[from..to]` outside comments, first or
/// last.
fn find(source: &str, from: TextSize, to: TextSize, wanted: char, last: bool) -> Option<TextSize> {
    let (from, to) = (usize::from(from), usize::from(to));
    let text = source.get(from..to)?;
    let mut in_comment = false;
    let mut found = None;
    for (i, c) in text.char_indices() {
        match c {
            '\n' => in_comment = false,
            '#' => in_comment = true,
            c if c == wanted && !in_comment => {
                found = Some(i);
                if !last {
                    break;
                }
            }
            _ => {}
        }
    }
    TextSize::try_from(from + found?).ok()
}

fn one(at: TextSize) -> TextRange {
    TextRange::at(at, TextSize::new(1))
}

pub(super) fn on_stmt(stmt: &Stmt, context: &Context<'_>, edits: &mut Edits) {
    let Stmt::Delete(delete) = stmt else {
        return;
    };
    let Some(first) = delete.targets.first() else {
        return;
    };
    if context.in_class_body || context.bound.any(&["isinstance", "dict", "list", "len"]) {
        return;
    }
    let mut planned = Vec::new();
    for target in &delete.targets {
        match target {
            Expr::Subscript(subscript) if !matches!(subscript.slice.as_ref(), Expr::Slice(_)) => {
                let source = context.source;
                let open = find(
                    source,
                    subscript.value.end(),
                    subscript.slice.start(),
                    '[',
                    false,
                );
                let close = find(source, subscript.slice.end(), subscript.end(), ']', true);
                let (Some(open), Some(close)) = (open, close) else {
                    return;
                };
                planned.push((target.range(), one(open), one(close)));
            }
            _ => return,
        }
    }
    // With a class of the session's (or bytearray) defining __delitem__,
    // the `_classes` module's helper asks it first.
    let item = if context.facts.operators.contains("__delitem__") {
        "__codeact_mod__classes.delitem_("
    } else {
        ITEM
    };
    let keyword = TextRange::new(delete.start(), first.start());
    edits.replace(keyword, "__codeact_d = (");
    for (range, open, close) in planned {
        edits.open(range, item);
        edits.replace(open, ", ");
        edits.replace(close, ")");
    }
    edits.close(stmt.range(), ",)");
}

#[cfg(test)]
mod tests {
    use super::super::rewritten;
    use super::ITEM;

    #[test]
    fn deletions_become_calls() {
        assert_eq!(
            rewritten("del d[\"k\"], l[0]  # x\n"),
            format!("__codeact_d = ({ITEM}d, \"k\"), {ITEM}l, 0),)  # x\n")
        );
        assert_eq!(
            rewritten("del (d) [ (k) ]"),
            format!("__codeact_d = ({ITEM}(d) ,  (k) ),)")
        );
        for code in ["del x", "del d[k], y", "class A:\n    del t[0]\n"] {
            assert_eq!(rewritten(code), code);
        }
    }
}
