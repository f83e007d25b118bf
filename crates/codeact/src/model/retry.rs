//! Retries with exponential backoff, as a model that wraps a model.

use std::time::Duration;

use async_trait::async_trait;
use futures::StreamExt;
use tokio::time::Instant;

use super::{ChatMessage, ChatStream, GenerateOptions, Model, ModelError};

/// When and how often to try again.
///
/// Retried: 429, 500, 502, 503, 504, timeouts and connection errors (see
/// [`ModelError::is_retryable`]); anything else (400, 401, 403, 404, a
/// malformed reply) fails at once. A `Retry-After` from the server is
/// honoured as given; otherwise the wait doubles from `initial_backoff` up
/// to `max_backoff`, with jitter (a random half to whole of it) so that many
/// clients do not retry in step.
///
/// ```
/// use std::time::Duration;
/// use codeact::model::RetryPolicy;
///
/// let policy = RetryPolicy { max_attempts: 3, ..RetryPolicy::default() };
/// assert_eq!(policy.max_elapsed, Duration::from_secs(120));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// No retry starts once this much time has passed since the first
    /// attempt (nor one whose wait would end after it).
    pub max_elapsed: Duration,
    /// The wait before the second attempt, without `Retry-After`.
    pub initial_backoff: Duration,
    /// The longest wait between two attempts without `Retry-After`.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 5,
            max_elapsed: Duration::from_secs(120),
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `attempt + 1` after `error`, or `None` to
    /// give up.
    fn wait_after(&self, error: &ModelError, attempt: u32, elapsed: Duration) -> Option<Duration> {
        if !error.is_retryable() || attempt >= self.max_attempts {
            return None;
        }
        let wait = match error.retry_after() {
            Some(wait) => wait,
            None => {
                let doubled = self.initial_backoff.saturating_mul(
                    1u32.checked_shl(attempt.saturating_sub(1))
                        .unwrap_or(u32::MAX),
                );
                let backoff = doubled.min(self.max_backoff);
                backoff.mul_f64(0.5 + fastrand::f64() / 2.0)
            }
        };
        (elapsed + wait <= self.max_elapsed).then_some(wait)
    }
}

/// A model that retries the calls of the model it wraps.
///
/// Streams are retried only until their first event: once part of a reply
/// has been handed on, a retry would repeat it.
///
/// ```
/// use codeact::model::{OpenAIModel, RetryPolicy, RetryingModel};
///
/// let model = RetryingModel::new(OpenAIModel::builder("gpt-4o-mini").build()?)
///     .policy(RetryPolicy { max_attempts: 3, ..RetryPolicy::default() });
/// # Ok::<(), codeact::model::ModelError>(())
/// ```
#[derive(Debug, Clone)]
pub struct RetryingModel<M> {
    model: M,
    policy: RetryPolicy,
}

impl<M: Model> RetryingModel<M> {
    /// Wraps `model` with the default [`RetryPolicy`].
    pub fn new(model: M) -> Self {
        Self {
            model,
            policy: RetryPolicy::default(),
        }
    }

    /// Replaces the policy.
    #[must_use]
    pub fn policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The wrapped model.
    pub fn inner(&self) -> &M {
        &self.model
    }

    /// Runs `attempt` until it succeeds or the policy gives up.
    async fn retry<T, F, Fut>(&self, mut attempt: F) -> Result<T, ModelError>
    where
        F: FnMut() -> Fut + Send,
        Fut: std::future::Future<Output = Result<T, ModelError>> + Send,
    {
        let start = Instant::now();
        let mut attempts = 0;
        loop {
            attempts += 1;
            let error = match attempt().await {
                Ok(value) => return Ok(value),
                Err(error) => error,
            };
            let elapsed = start.elapsed();
            match self.policy.wait_after(&error, attempts, elapsed) {
                Some(wait) => {
                    tracing::warn!(
                        model = self.model.model_id(),
                        attempt = attempts,
                        wait_ms = wait.as_millis() as u64,
                        %error,
                        "model call failed; retrying"
                    );
                    tokio::time::sleep(wait).await;
                }
                None if attempts == 1 || !error.is_retryable() => return Err(error),
                None => {
                    return Err(ModelError::RetriesExhausted {
                        attempts,
                        elapsed,
                        last: Box::new(error),
                    });
                }
            }
        }
    }
}

#[async_trait]
impl<M: Model> Model for RetryingModel<M> {
    fn model_id(&self) -> &str {
        self.model.model_id()
    }

    async fn agenerate(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatMessage, ModelError> {
        self.retry(|| self.model.agenerate(messages, options)).await
    }

    async fn agenerate_stream(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatStream, ModelError> {
        self.retry(|| async {
            let mut stream = self.model.agenerate_stream(messages, options).await?;
            // A failure before the first event is a failed attempt; after
            // it, the stream is the caller's.
            match stream.next().await {
                None => Ok(futures::stream::empty().boxed()),
                Some(Err(error)) => Err(error),
                Some(Ok(first)) => Ok(futures::stream::once(async { Ok(first) })
                    .chain(stream)
                    .boxed()),
            }
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn http(status: u16, retry_after: Option<Duration>) -> ModelError {
        ModelError::Http {
            status,
            message: "m".into(),
            url: "u".into(),
            retry_after,
        }
    }

    #[test]
    fn only_transient_errors_are_retried() {
        let policy = RetryPolicy::default();
        for status in [400, 401, 403, 404, 422] {
            assert_eq!(
                policy.wait_after(&http(status, None), 1, Duration::ZERO),
                None
            );
        }
        for status in [429, 500, 502, 503, 504] {
            assert!(
                policy
                    .wait_after(&http(status, None), 1, Duration::ZERO)
                    .is_some()
            );
        }
    }

    #[test]
    fn retry_after_is_honoured_and_backoff_doubles_with_jitter() {
        let policy = RetryPolicy::default();
        let wait = policy.wait_after(&http(429, Some(Duration::from_secs(7))), 1, Duration::ZERO);
        assert_eq!(wait, Some(Duration::from_secs(7)));
        let third = policy
            .wait_after(&http(503, None), 3, Duration::ZERO)
            .expect("retried");
        assert!(
            third >= Duration::from_secs(1) && third <= Duration::from_secs(2),
            "{third:?}"
        );
        let late = policy.wait_after(&http(503, None), 30, Duration::ZERO);
        assert_eq!(late, None, "attempts are limited");
    }

    #[test]
    fn total_time_is_limited() {
        let policy = RetryPolicy::default();
        let wait = policy.wait_after(
            &http(429, Some(Duration::from_secs(60))),
            1,
            Duration::from_secs(100),
        );
        assert_eq!(wait, None);
    }
}
