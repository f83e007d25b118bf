//! Turning a provider's server-sent events into a [`ChatStream`], with the
//! stop sequences applied on our side for servers that ignore them.

use std::collections::VecDeque;
use std::pin::Pin;

use eventsource_stream::Event;
use futures::{Stream, StreamExt};

use super::{ChatStream, ModelError, StopScanner, StreamEvent};

/// Whether a provider's stream goes on after an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flow {
    Continue,
    Done,
}

/// A provider's reading of its server-sent events.
pub(crate) trait EventDecoder: Send + 'static {
    /// Appends the stream events that `event` carries to `out`.
    fn decode(&mut self, event: &Event, out: &mut Vec<StreamEvent>) -> Result<Flow, ModelError>;

    /// Appends the events still owed when the stream ends (a usage assembled
    /// from several events, say).
    fn finish(&mut self, _out: &mut Vec<StreamEvent>) {}
}

type EventSource = Pin<Box<dyn Stream<Item = Result<Event, ModelError>> + Send>>;

struct ReplyState<D> {
    /// `None` once the reply is complete, which also closes the connection.
    events: Option<EventSource>,
    decoder: D,
    scanner: Option<StopScanner>,
    ready: VecDeque<Result<StreamEvent, ModelError>>,
}

/// The reply spelt by `events`. Text is cut at the first of `stop`; once a
/// stop sequence is seen the connection is closed (so a server that ignored
/// `stop` stops generating) and the reply ends, without the usage a server
/// would have sent at the very end.
pub(crate) fn reply_stream<S, D>(events: S, decoder: D, stop: &[String]) -> ChatStream
where
    S: Stream<Item = Result<Event, ModelError>> + Send + 'static,
    D: EventDecoder,
{
    let state = ReplyState {
        events: Some(Box::pin(events)),
        decoder,
        scanner: (!stop.is_empty()).then(|| StopScanner::new(stop.to_vec())),
        ready: VecDeque::new(),
    };
    futures::stream::unfold(state, |mut state| async move {
        loop {
            if let Some(item) = state.ready.pop_front() {
                return Some((item, state));
            }
            let events = state.events.as_mut()?;
            match events.next().await {
                None => state.end(),
                Some(Err(err)) => {
                    state.events = None;
                    state.ready.push_back(Err(err));
                }
                Some(Ok(event)) => state.decode(&event),
            }
        }
    })
    .boxed()
}

impl<D: EventDecoder> ReplyState<D> {
    fn decode(&mut self, event: &Event) {
        let mut out = Vec::new();
        match self.decoder.decode(event, &mut out) {
            Err(err) => {
                self.events = None;
                self.ready.push_back(Err(err));
            }
            Ok(flow) => {
                let stopped = self.pass_on(out);
                if stopped {
                    self.events = None;
                } else if flow == Flow::Done {
                    self.end();
                }
            }
        }
    }

    /// Queues `events`, cutting text at a stop sequence; returns whether one
    /// was seen.
    fn pass_on(&mut self, events: Vec<StreamEvent>) -> bool {
        for event in events {
            match (event, self.scanner.as_mut()) {
                (StreamEvent::TextDelta { text }, Some(scanner)) => {
                    let text = scanner.push(&text);
                    if !text.is_empty() {
                        self.ready.push_back(Ok(StreamEvent::TextDelta { text }));
                    }
                    if scanner.stopped() {
                        return true;
                    }
                }
                (StreamEvent::TextDelta { text }, None) if text.is_empty() => {}
                (event, _) => self.ready.push_back(Ok(event)),
            }
        }
        false
    }

    fn end(&mut self) {
        self.events = None;
        let mut owed = Vec::new();
        self.decoder.finish(&mut owed);
        if let Some(scanner) = self.scanner.as_mut() {
            let held = scanner.finish();
            if !held.is_empty() {
                self.ready
                    .push_back(Ok(StreamEvent::TextDelta { text: held }));
            }
        }
        self.ready.extend(owed.into_iter().map(Ok));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each event's data is one text delta; `end` finishes the stream.
    struct Lines;

    impl EventDecoder for Lines {
        fn decode(
            &mut self,
            event: &Event,
            out: &mut Vec<StreamEvent>,
        ) -> Result<Flow, ModelError> {
            if event.data == "end" {
                return Ok(Flow::Done);
            }
            out.push(StreamEvent::TextDelta {
                text: event.data.clone(),
            });
            Ok(Flow::Continue)
        }
    }

    fn event(data: &str) -> Result<Event, ModelError> {
        Ok(Event {
            event: "message".into(),
            data: data.into(),
            id: String::new(),
            retry: None,
        })
    }

    async fn texts(events: Vec<Result<Event, ModelError>>, stop: &[&str]) -> Vec<String> {
        let stop: Vec<String> = stop.iter().map(|s| s.to_string()).collect();
        reply_stream(futures::stream::iter(events), Lines, &stop)
            .map(|item| match item {
                Ok(StreamEvent::TextDelta { text }) => text,
                other => format!("{other:?}"),
            })
            .collect()
            .await
    }

    #[tokio::test]
    async fn text_is_cut_at_a_stop_that_straddles_events() {
        let events = vec![event("a </co"), event("de> b"), event("c")];
        assert_eq!(texts(events, &["</code>"]).await, ["a "]);
    }

    #[tokio::test]
    async fn held_back_text_is_released_at_the_end() {
        let events = vec![event("a </"), event("end"), event("never read")];
        assert_eq!(texts(events, &["</code>"]).await, ["a ", "</"]);
    }

    #[tokio::test]
    async fn an_error_ends_the_stream() {
        let events = vec![
            event("a"),
            Err(ModelError::InvalidResponse("x".into())),
            event("b"),
        ];
        let out = texts(events, &[]).await;
        assert_eq!(out.len(), 2);
        assert_eq!(out[0], "a");
        assert!(out[1].contains("InvalidResponse"));
    }
}
