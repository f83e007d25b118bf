//! The worker side of the sandbox: a process that runs sessions for a
//! parent over framed stdin/stdout (monty's wire protocol), so that a crash,
//! a runaway allocation or a kill takes only the worker.
//!
//! A binary becomes a worker by installing [`WorkerAllocator`] as its global
//! allocator (it enforces each session's memory cap) and calling
//! [`serve_stdio`] when started with the argument `subprocess`, which is how
//! [`WorkerPoolFactory`](super::WorkerPoolFactory) starts it:
//!
//! ```no_run
//! #[global_allocator]
//! static ALLOC: codeact::exec::worker::WorkerAllocator = codeact::exec::worker::WorkerAllocator;
//!
//! fn main() -> std::process::ExitCode {
//!     codeact::exec::worker::serve_stdio()
//! }
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

use monty_proto::worker::{Child, EventSink, HandleOutcome, fatal_error_event, protocol_violation};
use monty_proto::{FrameError, FrameReader, pb, write_frame};

/// The allocator a worker binary must install: it counts live memory and
/// refuses what a session's cap does not allow.
pub use monty_alloc::LimitedAllocator as WorkerAllocator;

/// Exit status when the frame stream is out of sync (BSD's EX_PROTOCOL).
const EX_PROTOCOL: u8 = 76;

/// Writes each frame to stdout in one `write`: `io::stdout()` is
/// line-buffered and would split a frame at every newline byte in it, and
/// each piece can wake the parent on its own.
struct Stdout {
    out: Box<dyn Write>,
    frame: Vec<u8>,
}

impl Stdout {
    fn new() -> Self {
        Self {
            out: raw_stdout(),
            frame: Vec::new(),
        }
    }
}

#[cfg(unix)]
fn raw_stdout() -> Box<dyn Write> {
    use std::os::fd::AsFd;
    match io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => Box::new(std::fs::File::from(fd)),
        Err(_) => Box::new(io::stdout()),
    }
}

#[cfg(not(unix))]
fn raw_stdout() -> Box<dyn Write> {
    Box::new(io::stdout())
}

impl EventSink for Stdout {
    fn send(&mut self, event: &pb::ChildEvent) -> Result<(), FrameError> {
        self.frame.clear();
        write_frame(&mut self.frame, event)?;
        self.out.write_all(&self.frame)?;
        Ok(())
    }
}

/// Serves sessions over stdin/stdout until the parent closes stdin or asks
/// the worker to stop. Diagnostics go to stderr; stdout carries only frames.
pub fn serve_stdio() -> ExitCode {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A last frame the parent can read; a cut frame is read as a crash,
        // which it is.
        let _ = write_frame(
            &mut io::stdout(),
            &fatal_error_event(&format!("worker panicked: {info}")),
        );
        default_hook(info);
    }));
    let mut reader = FrameReader::new(io::stdin().lock());
    let mut child = Child::default();
    let mut sink = Stdout::new();
    loop {
        match reader.read::<pb::ParentRequest>() {
            Ok(Some(request)) => {
                let outcome = child.handle(request, &mut sink);
                let budget = child.session_budget();
                if let Err(reason) = monty_alloc::set_limit(budget.max_memory, budget.type_check) {
                    // Without the allocator no cap can be enforced: refuse to
                    // run rather than run unbounded.
                    let _ = sink.send(&child.fatal_event(&format!("codeact worker: {reason}")));
                    return ExitCode::from(4);
                }
                match outcome {
                    Ok(HandleOutcome::Continue) => {}
                    Ok(HandleOutcome::Shutdown) => return ExitCode::SUCCESS,
                    Ok(HandleOutcome::Fatal) => return ExitCode::from(4),
                    Err(FrameError::FrameTooLarge { len, max }) => {
                        let message =
                            format!("response frame of {len} bytes exceeds the maximum of {max}");
                        let _ = sink.send(&child.fatal_event(&message));
                        return ExitCode::from(EX_PROTOCOL);
                    }
                    // The parent is gone.
                    Err(_) => return ExitCode::from(3),
                }
            }
            Ok(None) => return ExitCode::SUCCESS,
            Err(FrameError::Decode(err)) => {
                if sink
                    .send(&protocol_violation(&format!("malformed request: {err}")))
                    .is_err()
                {
                    return ExitCode::from(3);
                }
            }
            Err(err) => {
                let _ = sink.send(&child.fatal_event(&format!("malformed request frame: {err}")));
                return ExitCode::from(EX_PROTOCOL);
            }
        }
    }
}
