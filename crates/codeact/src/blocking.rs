//! The one place where a future becomes a blocking call.
//!
//! Every blocking method in codeact (`Model::generate`, `Agent::run`, …) is
//! `blocking::wait(self.the_async_method(..))`: there is no second copy of any
//! logic. [`wait`] works from plain `main`, from any thread, and from inside a
//! tokio runtime of either flavour:
//!
//! * The future is polled on the calling thread (or, inside a current-thread
//!   runtime, on a scoped helper thread), so it need not be `Send` or
//!   `'static` in the first case and need not be `'static` in the second.
//! * While it is polled, a shared background runtime is *entered*: timers,
//!   sockets and spawned tasks created by the future register with that
//!   runtime, whose own worker threads drive them. The caller's runtime, which
//!   we are blocking, is never needed to make progress.
//! * Inside a multi-thread runtime the wait runs under
//!   [`tokio::task::block_in_place`], so the worker's other tasks move to
//!   another thread instead of stalling.
//!
//! Resources created *earlier* on the caller's runtime (a pooled HTTP
//! connection, say) are driven by that runtime; a blocking call from inside a
//! current-thread runtime must therefore not wait on them. [`is_blocking_call`]
//! lets such a component (the HTTP providers) keep separate resources for
//! blocking calls.

use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll, Wake, Waker};

use tokio::runtime::{Handle, Runtime, RuntimeFlavor};

thread_local! {
    static IN_BLOCKING_CALL: Cell<bool> = const { Cell::new(false) };
}

/// Runs `future` to completion and returns its output, blocking the current
/// thread.
///
/// Safe to call from plain `main`, from any thread, and from inside a tokio
/// runtime (multi-thread or current-thread) without panicking.
///
/// ```
/// let answer = codeact::blocking::wait(async { 6 * 7 });
/// assert_eq!(answer, 42);
/// ```
pub fn wait<F>(future: F) -> F::Output
where
    F: Future + Send,
    F::Output: Send,
{
    match Handle::try_current() {
        Err(_) => poll_on_this_thread(future),
        Ok(handle) => match handle.runtime_flavor() {
            RuntimeFlavor::CurrentThread => {
                // The runtime's only thread is the one we are about to block,
                // so the future is polled on a helper thread instead.
                std::thread::scope(|scope| {
                    let helper = scope.spawn(|| poll_on_this_thread(future));
                    match helper.join() {
                        Ok(output) => output,
                        Err(panic) => std::panic::resume_unwind(panic),
                    }
                })
            }
            _ => tokio::task::block_in_place(|| poll_on_this_thread(future)),
        },
    }
}

/// Whether the current thread is inside [`wait`].
///
/// Components that cache resources bound to a runtime (connection pools) use
/// this to keep the resources of blocking calls apart from those of async
/// calls, so that a blocking call never waits on a runtime it is blocking.
///
/// ```
/// assert!(!codeact::blocking::is_blocking_call());
/// assert!(codeact::blocking::wait(async { codeact::blocking::is_blocking_call() }));
/// ```
pub fn is_blocking_call() -> bool {
    IN_BLOCKING_CALL.with(Cell::get)
}

/// The shared runtime that drives the I/O and timers of blocking calls.
///
/// It is started on first use and lives for the rest of the process. Two
/// worker threads are enough: they only run I/O drivers and timers, the
/// futures themselves are polled by the threads that wait on them.
pub fn background_runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("codeact-blocking")
            .enable_all()
            .build()
            // Building a runtime fails only when the OS refuses to create its
            // threads or its I/O driver; nothing in codeact can work then.
            .expect("codeact: cannot start the background tokio runtime")
    })
}

fn poll_on_this_thread<F: Future>(future: F) -> F::Output {
    struct ResetFlag(bool);
    impl Drop for ResetFlag {
        fn drop(&mut self) {
            IN_BLOCKING_CALL.with(|flag| flag.set(self.0));
        }
    }
    let _reset = ResetFlag(IN_BLOCKING_CALL.with(|flag| flag.replace(true)));
    let _context = background_runtime().enter();
    block_on(future)
}

/// Polls `future` on this thread until it is ready, parking in between.
///
/// Unlike `futures::executor::block_on` this may be nested (a blocking call
/// made while polling another one), which is why each call keeps its own
/// `woken` flag: a wake-up meant for an outer call that an inner call's
/// `park` swallowed is still seen by the outer call.
fn block_on<F: Future>(future: F) -> F::Output {
    struct ThreadWaker {
        thread: std::thread::Thread,
        woken: AtomicBool,
    }
    impl Wake for ThreadWaker {
        fn wake(self: Arc<Self>) {
            self.wake_by_ref();
        }
        fn wake_by_ref(self: &Arc<Self>) {
            self.woken.store(true, Ordering::Release);
            self.thread.unpark();
        }
    }

    let mut future = pin!(future);
    let state = Arc::new(ThreadWaker {
        thread: std::thread::current(),
        woken: AtomicBool::new(false),
    });
    let waker = Waker::from(Arc::clone(&state));
    let mut context = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
        while !state.woken.swap(false, Ordering::Acquire) {
            std::thread::park();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    async fn sleepy_double(x: u32) -> u32 {
        tokio::time::sleep(Duration::from_millis(5)).await;
        x * 2
    }

    #[test]
    fn works_from_plain_main_with_timers() {
        assert_eq!(wait(sleepy_double(21)), 42);
    }

    #[test]
    fn works_from_a_plain_thread() {
        let out = std::thread::spawn(|| wait(sleepy_double(4)))
            .join()
            .unwrap();
        assert_eq!(out, 8);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn works_inside_a_multi_thread_runtime() {
        assert_eq!(wait(sleepy_double(5)), 10);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn works_inside_a_current_thread_runtime() {
        assert_eq!(wait(sleepy_double(6)), 12);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn works_inside_spawn_blocking() {
        let out = tokio::task::spawn_blocking(|| wait(sleepy_double(7)))
            .await
            .unwrap();
        assert_eq!(out, 14);
    }

    #[test]
    fn nested_waits_do_not_deadlock() {
        let out = wait(async { wait(sleepy_double(1)) + 1 });
        assert_eq!(out, 3);
    }

    #[test]
    fn borrows_from_the_caller() {
        let words = ["a".to_string(), "b".to_string()];
        let joined = wait(async { words.join("+") });
        assert_eq!(joined, "a+b");
        assert_eq!(words.len(), 2);
    }

    #[test]
    fn the_flag_is_set_only_inside_a_wait() {
        assert!(!is_blocking_call());
        assert!(wait(async { is_blocking_call() }));
        assert!(!is_blocking_call());
    }
}
