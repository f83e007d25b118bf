//! Requests and tokens per minute, as a model that wraps a model.
//!
//! Each limit is a GCRA (a leaky bucket kept as one timestamp, the
//! "theoretical arrival time"). A call reserves its place under a mutex held
//! for a few instructions, then sleeps on tokio's clock until its time:
//! callers are served in the order they arrived and no thread is blocked.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use tokio::time::Instant;

use super::{ChatMessage, ChatStream, ContentPart, GenerateOptions, Model, ModelError};

/// The limits of a [`RateLimitedModel`].
///
/// ```
/// use codeact::model::RateLimit;
/// let limit = RateLimit::requests_per_minute(600).tokens_per_minute(200_000);
/// assert_eq!(limit.requests, Some(600));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RateLimit {
    /// Requests per minute, evenly spaced.
    pub requests: Option<u32>,
    /// Tokens (prompt and completion) per minute; a whole minute's worth may
    /// be spent at once.
    pub tokens: Option<u32>,
}

impl RateLimit {
    /// At most `n` requests a minute.
    pub fn requests_per_minute(n: u32) -> Self {
        Self {
            requests: Some(n),
            tokens: None,
        }
    }

    /// Adds a limit of `n` tokens a minute.
    #[must_use]
    pub fn tokens_per_minute(mut self, n: u32) -> Self {
        self.tokens = Some(n);
        self
    }
}

/// One GCRA: `interval` per unit, `capacity` units of burst.
#[derive(Debug)]
struct Bucket {
    interval: Duration,
    capacity: u32,
    tat: Option<Instant>,
}

impl Bucket {
    fn new(per_minute: u32, capacity: u32) -> Self {
        Self {
            interval: Duration::from_secs(60) / per_minute.max(1),
            capacity: capacity.max(1),
            tat: None,
        }
    }

    /// Reserves `cost` units; returns when they may be used.
    fn reserve(&mut self, cost: u64, now: Instant) -> Instant {
        let base = self.tat.map_or(now, |tat| tat.max(now));
        let new_tat = base + self.units(cost);
        self.tat = Some(new_tat);
        let tolerance = self.units(u64::from(self.capacity));
        new_tat.checked_sub(tolerance).map_or(now, |t| t.max(now))
    }

    /// Moves the bucket by `delta` units once the real cost is known.
    fn correct(&mut self, delta: i64) {
        if let Some(tat) = self.tat {
            let shift = self.units(delta.unsigned_abs());
            self.tat = Some(if delta >= 0 {
                tat + shift
            } else {
                tat.checked_sub(shift).unwrap_or(tat)
            });
        }
    }

    fn units(&self, n: u64) -> Duration {
        self.interval
            .saturating_mul(u32::try_from(n).unwrap_or(u32::MAX))
    }
}

#[derive(Debug)]
struct Limiter {
    requests: Option<Mutex<Bucket>>,
    tokens: Option<Mutex<Bucket>>,
}

/// Locks a bucket; a poisoned lock only means a panic elsewhere while it
/// was held, and the bucket is a timestamp that is valid whatever happened.
fn lock(bucket: &Mutex<Bucket>) -> std::sync::MutexGuard<'_, Bucket> {
    bucket.lock().unwrap_or_else(|e| e.into_inner())
}

impl Limiter {
    async fn acquire(&self, tokens: u64) {
        let now = Instant::now();
        let mut ready = now;
        if let Some(bucket) = &self.requests {
            ready = ready.max(lock(bucket).reserve(1, now));
        }
        if let Some(bucket) = &self.tokens {
            ready = ready.max(lock(bucket).reserve(tokens, now));
        }
        if ready > now {
            tokio::time::sleep_until(ready).await;
        }
    }

    fn settle(&self, estimated: u64, actual: Option<u64>) {
        if let (Some(bucket), Some(actual)) = (&self.tokens, actual) {
            let delta = i64::try_from(actual).unwrap_or(i64::MAX)
                - i64::try_from(estimated).unwrap_or(i64::MAX);
            lock(bucket).correct(delta);
        }
    }
}

/// A model whose calls respect a [`RateLimit`]. Clones share the limit, so
/// every agent using a clone draws from the same budget; the blocking calls
/// use it too.
///
/// Tokens are reserved before a call from an estimate (a token per four
/// characters of prompt, plus `max_tokens` when set) and corrected with the
/// usage the reply reports.
///
/// ```
/// use codeact::model::{OpenAIModel, RateLimit, RateLimitedModel};
///
/// let model = RateLimitedModel::new(
///     OpenAIModel::builder("gpt-4o-mini").build()?,
///     RateLimit::requests_per_minute(500).tokens_per_minute(200_000),
/// );
/// let shared = model.clone(); // same budget
/// # Ok::<(), codeact::model::ModelError>(())
/// ```
#[derive(Debug, Clone)]
pub struct RateLimitedModel<M> {
    model: M,
    limiter: Arc<Limiter>,
}

impl<M: Model> RateLimitedModel<M> {
    /// Wraps `model` with `limit`.
    pub fn new(model: M, limit: RateLimit) -> Self {
        Self {
            model,
            limiter: Arc::new(Limiter {
                requests: limit.requests.map(|n| Mutex::new(Bucket::new(n, 1))),
                tokens: limit.tokens.map(|n| Mutex::new(Bucket::new(n, n))),
            }),
        }
    }

    /// The wrapped model.
    pub fn inner(&self) -> &M {
        &self.model
    }
}

fn estimate(messages: &[ChatMessage], options: &GenerateOptions) -> u64 {
    let chars: usize = messages
        .iter()
        .flat_map(|m| m.content.iter().filter_map(ContentPart::as_text))
        .map(str::len)
        .sum();
    (chars as u64).div_ceil(4) + u64::from(options.max_tokens.unwrap_or(0))
}

#[async_trait]
impl<M: Model> Model for RateLimitedModel<M> {
    fn model_id(&self) -> &str {
        self.model.model_id()
    }

    async fn agenerate(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatMessage, ModelError> {
        let estimated = estimate(messages, options);
        self.limiter.acquire(estimated).await;
        let reply = self.model.agenerate(messages, options).await;
        let actual = reply.as_ref().ok().and_then(|m| m.usage).map(|u| u.total());
        self.limiter.settle(estimated, actual);
        reply
    }

    async fn agenerate_stream(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatStream, ModelError> {
        // A stream's usage comes at its end; the estimate stands.
        self.limiter.acquire(estimate(messages, options)).await;
        self.model.agenerate_stream(messages, options).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_evenly_spaced() {
        let mut bucket = Bucket::new(60, 1);
        let now = Instant::now();
        assert_eq!(bucket.reserve(1, now), now);
        assert_eq!(bucket.reserve(1, now), now + Duration::from_secs(1));
        assert_eq!(bucket.reserve(1, now), now + Duration::from_secs(2));
    }

    #[test]
    fn a_minute_of_tokens_may_be_spent_at_once() {
        let mut bucket = Bucket::new(600, 600);
        let now = Instant::now();
        assert_eq!(bucket.reserve(600, now), now);
        assert_eq!(bucket.reserve(60, now), now + Duration::from_secs(6));
        bucket.correct(-60);
        assert_eq!(bucket.reserve(60, now), now + Duration::from_secs(6));
    }
}
