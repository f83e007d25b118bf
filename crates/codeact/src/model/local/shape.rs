//! Keeping a small model's reply in the CodeAgent's shape,
//! `Thought: … <code>…</code>`, by writing the parts it forgets.
//!
//! Applies when the request's stop sequences include a closing tag such as
//! `</code>` (which is how the CodeAgent asks for a code step). The reply
//! starts with `Thought:`; if the model ends its turn, or rambles past
//! [`THOUGHT_BUDGET`] bytes, before opening a code block, the opening tag is
//! written for it; once in the code, the model writes until the closing tag
//! (a stop sequence) or its end of turn.

/// Bytes of thought before the code block is opened for the model.
pub(crate) const THOUGHT_BUDGET: usize = 400;

/// What the shape asks of the next token.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Forced {
    /// Sample as usual.
    Nothing,
    /// Write this text instead.
    Text(String),
    /// End the reply.
    End,
}

#[derive(Debug, PartialEq, Eq)]
enum State {
    Thought,
    Code,
}

/// The shape's state during one reply.
#[derive(Debug)]
pub(crate) struct CodeShape {
    open: String,
    state: State,
    /// Whether this reply must answer (it follows an observation).
    answer_now: bool,
}

impl CodeShape {
    /// The shape asked for by `stop`, if one of them is a closing tag;
    /// `after_observation` says whether the chat already holds a step of
    /// this run (an assistant reply).
    pub(crate) fn for_stop(stop: &[String], after_observation: bool) -> Option<Self> {
        let close = stop
            .iter()
            .find(|s| s.starts_with("</") && s.ends_with('>'))?;
        Some(Self {
            open: format!("<{}", &close[2..]),
            state: State::Thought,
            answer_now: after_observation,
        })
    }

    /// The text the reply starts with.
    pub(crate) fn start(&mut self) -> Option<String> {
        Some("Thought:".into())
    }

    /// Called before each sampled token with the reply so far; `is_end` says
    /// whether the sampled token ends the model's turn.
    pub(crate) fn next(&mut self, reply: &str, is_end: bool) -> Forced {
        match self.state {
            State::Thought => {
                if let Some(at) = reply.find(&self.open) {
                    if self.answer_now {
                        self.state = State::Code;
                        let after = &reply[at + self.open.len()..];
                        let newline = if after.starts_with('\n') { "" } else { "\n" };
                        return Forced::Text(format!("{newline}final_answer("));
                    }
                    self.state = State::Code;
                    return if is_end { Forced::End } else { Forced::Nothing };
                }
                if is_end || reply.len() > THOUGHT_BUDGET {
                    self.state = State::Code;
                    let answer = if self.answer_now { "final_answer(" } else { "" };
                    return Forced::Text(format!("\n{}\n{answer}", self.open));
                }
                Forced::Nothing
            }
            State::Code if is_end => Forced::End,
            State::Code => Forced::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_code_requests_are_shaped() {
        assert!(CodeShape::for_stop(&["Observation:".into()], false).is_none());
        assert!(CodeShape::for_stop(&["</code>".into()], false).is_some());
    }

    #[test]
    fn a_forgotten_code_block_is_opened() {
        let mut shape = CodeShape::for_stop(&["</code>".into()], false).expect("shaped");
        assert_eq!(shape.start().as_deref(), Some("Thought:"));
        assert_eq!(shape.next("Thought: add them", false), Forced::Nothing);
        assert_eq!(
            shape.next("Thought: add them.", true),
            Forced::Text("\n<code>\n".into())
        );
        assert_eq!(
            shape.next("Thought: add them.\n<code>\nx = 1", false),
            Forced::Nothing
        );
        assert_eq!(
            shape.next("Thought: add them.\n<code>\nx = 1", true),
            Forced::End
        );
    }

    #[test]
    fn a_model_that_opens_the_block_itself_is_left_alone() {
        let mut shape = CodeShape::for_stop(&["</code>".into()], false).expect("shaped");
        shape.start();
        assert_eq!(shape.next("Thought: ok <code>\n", false), Forced::Nothing);
        assert_eq!(
            shape.next("Thought: ok <code>\nprint(1)", false),
            Forced::Nothing
        );
    }

    #[test]
    fn a_later_step_is_made_to_answer() {
        let mut shape = CodeShape::for_stop(&["</code>".into()], true).expect("shaped");
        assert_eq!(
            shape.next("Thought: the output is it.\n<code>\n", false),
            Forced::Text("final_answer(".into())
        );
        assert_eq!(
            shape.next("Thought: x\n<code>\nfinal_answer(391", false),
            Forced::Nothing
        );
        let mut forgetful = CodeShape::for_stop(&["</code>".into()], true).expect("shaped");
        assert_eq!(
            forgetful.next("Thought: done.", true),
            Forced::Text("\n<code>\nfinal_answer(".into())
        );
    }

    #[test]
    fn rambling_thoughts_are_cut_short() {
        let mut shape = CodeShape::for_stop(&["</code>".into()], false).expect("shaped");
        let long = format!("Thought: {}", "very ".repeat(100));
        assert_eq!(shape.next(&long, false), Forced::Text("\n<code>\n".into()));
    }
}
