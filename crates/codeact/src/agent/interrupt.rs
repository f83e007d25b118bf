//! Stopping a run from outside: a handle to cancel it, and its deadline.

use std::future::Future;

use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::RunState;

/// Cancels the runs it is given to (see
/// [`RunRequest::handle`](super::RunRequest::handle)). Clones cancel the same
/// runs.
///
/// Dropping a run's future also stops it; a handle is for stopping a run
/// whose future someone else is driving.
///
/// ```
/// use codeact::agent::RunHandle;
/// let handle = RunHandle::new();
/// let other = handle.clone();
/// other.cancel();
/// assert!(handle.is_cancelled());
/// ```
#[derive(Debug, Clone, Default)]
pub struct RunHandle(CancellationToken);

impl RunHandle {
    /// A handle that has not been cancelled.
    pub fn new() -> Self {
        Self::default()
    }

    /// Cancels the runs of this handle; they end with
    /// [`RunState::Cancelled`] at their next await point.
    pub fn cancel(&self) {
        self.0.cancel();
    }

    /// Whether [`cancel`](Self::cancel) was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.is_cancelled()
    }
}

/// Why a run stopped early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stop {
    Cancelled,
    Deadline,
}

impl Stop {
    pub(crate) fn state(self) -> RunState {
        match self {
            Self::Cancelled => RunState::Cancelled,
            Self::Deadline => RunState::DeadlineExceeded,
        }
    }

    pub(crate) fn message(self) -> &'static str {
        match self {
            Self::Cancelled => "the run was cancelled",
            Self::Deadline => "the run's deadline passed",
        }
    }
}

/// The ways a run can be stopped: a handle and a deadline.
#[derive(Debug, Clone, Default)]
pub(crate) struct Interrupt {
    handle: Option<RunHandle>,
    deadline: Option<Instant>,
}

impl Interrupt {
    pub(crate) fn new(handle: Option<RunHandle>, deadline: Option<Instant>) -> Self {
        Self { handle, deadline }
    }

    /// Whether the run must stop now.
    pub(crate) fn check(&self) -> Result<(), Stop> {
        if self.handle.as_ref().is_some_and(RunHandle::is_cancelled) {
            return Err(Stop::Cancelled);
        }
        if self
            .deadline
            .is_some_and(|deadline| Instant::now() >= deadline)
        {
            return Err(Stop::Deadline);
        }
        Ok(())
    }

    /// Runs `work` unless the run is stopped first; stopping drops `work`,
    /// which cancels whatever it was waiting on.
    pub(crate) async fn guard<F: Future>(&self, work: F) -> Result<F::Output, Stop> {
        self.check()?;
        if self.handle.is_none() && self.deadline.is_none() {
            return Ok(work.await);
        }
        let cancelled = async {
            match &self.handle {
                Some(handle) => handle.0.cancelled().await,
                None => std::future::pending().await,
            }
        };
        let deadline = async {
            match self.deadline {
                Some(deadline) => tokio::time::sleep_until(deadline).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            biased;
            () = cancelled => Err(Stop::Cancelled),
            () = deadline => Err(Stop::Deadline),
            output = work => Ok(output),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test(start_paused = true)]
    async fn deadline_stops_slow_work() {
        let interrupt = Interrupt::new(None, Some(Instant::now() + Duration::from_secs(1)));
        let slow = tokio::time::sleep(Duration::from_secs(10));
        assert_eq!(interrupt.guard(slow).await, Err(Stop::Deadline));
    }

    #[tokio::test]
    async fn cancel_stops_pending_work() {
        let handle = RunHandle::new();
        let interrupt = Interrupt::new(Some(handle.clone()), None);
        let canceller = async {
            tokio::task::yield_now().await;
            handle.cancel();
        };
        let (outcome, ()) = tokio::join!(interrupt.guard(std::future::pending::<()>()), canceller);
        assert_eq!(outcome, Err(Stop::Cancelled));
    }

    #[tokio::test]
    async fn unbounded_work_completes() {
        assert_eq!(Interrupt::default().guard(async { 7 }).await, Ok(7));
    }
}
