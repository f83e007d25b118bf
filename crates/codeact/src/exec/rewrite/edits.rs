//! Text edits on the source, applied together.
//!
//! Rewrites nest (a `%` format inside a `sum`, a comparison inside a
//! `%` argument), so most edits are insertions at a node's start and end:
//! insertions compose, and their order at one offset follows the nesting.
//! A replacement covers text no other rewrite touches (a literal and the
//! operator after it).

use ruff_text_size::TextRange;

/// Where an edit sits among others at the same offset.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Side {
    /// Closes a node: inner nodes close first.
    Close,
    /// Opens a node: outer nodes open first.
    Open,
}

struct Edit {
    start: usize,
    end: usize,
    text: String,
    side: Side,
    /// The other end of the node the edit belongs to, to order nested
    /// nodes at one offset.
    other_end: usize,
    seq: usize,
}

/// The edits collected for one code block.
#[derive(Default)]
pub(super) struct Edits {
    edits: Vec<Edit>,
    /// The starts of the blank lines rewrites have taken to write on.
    claimed_lines: std::collections::BTreeSet<usize>,
    /// Where the nodes start that one rewrite handled for another to skip.
    marked: std::collections::BTreeSet<ruff_text_size::TextSize>,
}

impl Edits {
    /// Takes the blank line starting at `line_start` for one rewrite's
    /// statement; false when another rewrite has it already.
    pub(super) fn claim_line(&mut self, line_start: usize) -> bool {
        self.claimed_lines.insert(line_start)
    }

    /// Puts `text` (ending with a newline) on a line of its own before the
    /// line starting at `line_start`. The user's lines below move down;
    /// [`LineMap`] maps them back for error messages.
    pub(super) fn insert_line(&mut self, line_start: usize, text: impl Into<String>) {
        self.push(line_start, line_start, text.into(), Side::Open, line_start);
    }

    /// Marks the node starting at `start` as handled.
    pub(super) fn mark(&mut self, start: ruff_text_size::TextSize) {
        self.marked.insert(start);
    }

    /// Whether [`Edits::mark`] marked the node starting at `start`.
    pub(super) fn is_marked(&self, start: ruff_text_size::TextSize) -> bool {
        self.marked.contains(&start)
    }

    /// Inserts `text` before `node` (outside anything inserted for nodes
    /// inside it).
    pub(super) fn open(&mut self, node: TextRange, text: impl Into<String>) {
        self.push(
            node.start().into(),
            node.start().into(),
            text.into(),
            Side::Open,
            node.end().into(),
        );
    }

    /// Inserts `text` after `node` (outside anything inserted for nodes
    /// inside it).
    pub(super) fn close(&mut self, node: TextRange, text: impl Into<String>) {
        self.push(
            node.end().into(),
            node.end().into(),
            text.into(),
            Side::Close,
            node.start().into(),
        );
    }

    /// Replaces `range`, which starts where `node` starts, with `text`;
    /// opens `node` like [`Edits::open`].
    pub(super) fn replace_head(
        &mut self,
        node: TextRange,
        range: TextRange,
        text: impl Into<String>,
    ) {
        self.push(
            range.start().into(),
            range.end().into(),
            text.into(),
            Side::Open,
            node.end().into(),
        );
    }

    /// Replaces `range` with `text`, as an edit of `range` alone.
    pub(super) fn replace(&mut self, range: TextRange, text: impl Into<String>) {
        self.replace_head(range, range, text);
    }

    fn push(&mut self, start: usize, end: usize, text: String, side: Side, other_end: usize) {
        let seq = self.edits.len();
        self.edits.push(Edit {
            start,
            end,
            text,
            side,
            other_end,
            seq,
        });
    }

    /// `source` with the edits applied; `source` itself when two of them
    /// overlap.
    #[cfg(test)]
    pub(super) fn apply(self, source: &str) -> String {
        self.apply_mapped(source)
            .map_or_else(|_| source.to_owned(), |(out, _)| out)
    }

    /// `source` with the edits applied, and the map from the result's lines
    /// to `source`'s; an error when two edits overlap (a rewrite bug: the
    /// block must not run without its rewrites, whose semantics it needs).
    pub(super) fn apply_mapped(mut self, source: &str) -> Result<(String, LineMap), Clash> {
        let mut lines = LineMap::default();
        if self.edits.is_empty() {
            return Ok((source.to_owned(), lines));
        }
        self.edits.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(a.side.cmp(&b.side))
                .then_with(|| match a.side {
                    // Opening: the node reaching further is the outer one;
                    // at equal reach the one seen first (pre-order) is.
                    Side::Open => b.other_end.cmp(&a.other_end).then(a.seq.cmp(&b.seq)),
                    // Closing: the node starting later is the inner one.
                    Side::Close => b.other_end.cmp(&a.other_end).then(b.seq.cmp(&a.seq)),
                })
        });
        let clash = |offset: usize| {
            tracing::warn!(target: "codeact::sandbox", offset, "sandbox rewrites clashed");
            Clash { offset }
        };
        let mut out = String::with_capacity(source.len() + 64 * self.edits.len());
        let mut cursor = 0;
        // Lines of `out` and of `source` at `cursor`, 1-based.
        let (mut out_line, mut source_line) = (1u32, 1u32);
        for edit in &self.edits {
            let (Some(before), Some(replaced), true) = (
                source.get(cursor..edit.start),
                source.get(edit.start..edit.end.max(edit.start)),
                edit.end >= edit.start,
            ) else {
                return Err(clash(edit.start.min(cursor)));
            };
            out.push_str(before);
            out.push_str(&edit.text);
            let copied = newlines(before);
            let (added, removed) = (newlines(&edit.text), newlines(replaced));
            out_line += copied + added;
            source_line += copied + removed;
            lines.resume(out_line, source_line, added.saturating_sub(removed));
            cursor = edit.end;
        }
        match source.get(cursor..) {
            Some(rest) => out.push_str(rest),
            None => return Err(clash(cursor)),
        }
        Ok((out, lines))
    }
}

/// Two rewrites edited the same text of a block: a sandbox bug, reported
/// at the code's line rather than run without the rewrites (monty would
/// then refuse what it lacks with a misleading message, or the block
/// would lose semantics a rewrite gives it, such as CPython's set order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clash {
    /// Where in the block's text the overlapping edits meet.
    pub(crate) offset: usize,
}

fn newlines(text: &str) -> u32 {
    u32::try_from(text.bytes().filter(|&b| b == b'\n').count()).unwrap_or(u32::MAX)
}

/// Which line of the code as written a line of the rewritten code is:
/// rewrites keep the user's lines in place, except where one had to put a
/// statement on a line of its own. A line a rewrite added counts as the
/// user's line below it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct LineMap {
    /// (rewritten line, written line, lines added just above) where
    /// copying the user's text resumed after an edit that changed the line
    /// count, in order.
    shifts: Vec<(u32, u32, u32)>,
    /// The line of the code as written of each line the shifts lead to,
    /// where a rewrite before these took the text apart (generator
    /// functions); empty when the shifts lead to the written lines.
    origins: Vec<u32>,
}

impl LineMap {
    fn resume(&mut self, out_line: u32, source_line: u32, added: u32) {
        let shifted = self
            .shifts
            .last()
            .map_or(out_line != source_line, |&(out, source, _)| {
                out_line - out != source_line - source
            });
        if shifted {
            self.shifts.push((out_line, source_line, added));
        }
    }

    /// This map followed by `origins` (the written line of each line this
    /// map leads to, 1-based; none for this map alone).
    pub(crate) fn then(mut self, origins: Vec<u32>) -> Self {
        self.origins = origins;
        self
    }

    /// The written line of rewritten line `line`.
    pub(crate) fn written(&self, line: u32) -> u32 {
        let shifted = self.shifted(line);
        usize::try_from(shifted)
            .ok()
            .and_then(|line| self.origins.get(line.checked_sub(1)?))
            .copied()
            .unwrap_or(shifted)
    }

    fn shifted(&self, line: u32) -> u32 {
        let at = self.shifts.partition_point(|&(out, _, _)| out <= line);
        if let Some(&(out, source, added)) = self.shifts.get(at)
            && line >= out.saturating_sub(added)
        {
            return source;
        }
        match at.checked_sub(1).map(|i| self.shifts[i]) {
            Some((out, source, _)) => source + (line - out),
            None => line,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruff_text_size::TextSize;

    fn r(start: u32, end: u32) -> TextRange {
        TextRange::new(TextSize::new(start), TextSize::new(end))
    }

    #[test]
    fn an_added_line_maps_to_the_users_line_below_it() {
        let source = "a\nb\nc\n";
        let mut edits = Edits::default();
        edits.insert_line(2, "x\n");
        edits.insert_line(4, "y\nz\n");
        let (out, lines) = edits.apply_mapped(source).expect("no edits overlap");
        assert_eq!(out, "a\nx\nb\ny\nz\nc\n");
        let written: Vec<u32> = (1..=6).map(|line| lines.written(line)).collect();
        assert_eq!(written, [1, 2, 2, 3, 3, 3]);
    }

    #[test]
    fn nested_insertions_nest() {
        // "ab": outer node 0..2, inner node 0..1
        let mut edits = Edits::default();
        edits.open(r(0, 1), "<i>");
        edits.close(r(0, 1), "</i>");
        edits.open(r(0, 2), "<o>");
        edits.close(r(0, 2), "</o>");
        assert_eq!(edits.apply("ab"), "<o><i>a</i>b</o>");
    }

    #[test]
    fn adjacent_nodes_close_before_opening() {
        let mut edits = Edits::default();
        edits.open(r(1, 2), "[");
        edits.close(r(0, 1), ")");
        edits.open(r(0, 1), "(");
        edits.close(r(1, 2), "]");
        assert_eq!(edits.apply("ab"), "(a)[b]");
    }

    #[test]
    fn overlapping_replacements_are_a_clash() {
        let mut edits = Edits::default();
        edits.replace(r(0, 2), "x");
        edits.replace(r(1, 3), "y");
        assert_eq!(edits.apply_mapped("abcd").err(), Some(Clash { offset: 1 }));
    }
}
