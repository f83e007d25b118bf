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
    /// overlap (a rewrite bug that must not change what the code means).
    pub(super) fn apply(mut self, source: &str) -> String {
        if self.edits.is_empty() {
            return source.to_owned();
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
        let mut out = String::with_capacity(source.len() + 64 * self.edits.len());
        let mut cursor = 0;
        for edit in &self.edits {
            let (Some(before), true) = (source.get(cursor..edit.start), edit.end >= edit.start)
            else {
                return source.to_owned();
            };
            out.push_str(before);
            out.push_str(&edit.text);
            cursor = edit.end;
        }
        match source.get(cursor..) {
            Some(rest) => out.push_str(rest),
            None => return source.to_owned(),
        }
        out
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
    fn overlapping_replacements_leave_the_source_alone() {
        let mut edits = Edits::default();
        edits.replace(r(0, 2), "x");
        edits.replace(r(1, 3), "y");
        assert_eq!(edits.apply("abcd"), "abcd");
    }
}
