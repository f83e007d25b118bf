//! The pipes to one worker process: monty's wire protocol (length-prefixed
//! protobuf frames) over the worker's stdin and stdout.
//!
//! Two things make this channel cheaper than a plain request/reply loop, and
//! both come from measurements on a 2-core virtual machine (BENCHMARKS.md):
//!
//! * Requests no one waits for are sent ahead: a finished session's worker
//!   gets its `Reset` and the next session's `Configure` at once, and their
//!   replies are read (and checked) in front of the next reply someone does
//!   wait for. A session so costs one round trip to its worker, not three.
//! * A reply is waited for by polling the pipe for a short, bounded time
//!   before sleeping in the reactor: waking a sleeping process costs tens of
//!   microseconds there, more than a short block takes to run.

use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::AsFd;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use monty_proto::{FrameError, MAX_FRAME_LEN, decode_frame, encode_framed_into, pb};
use tokio::net::unix::pipe;
use tokio::process::{Child, Command};

/// Why a worker's channel failed; every one of them costs the worker.
#[derive(Debug, thiserror::Error)]
pub(super) enum ChannelError {
    /// The worker closed its stdout: it exited, crashed or was killed.
    #[error("the sandbox worker closed its pipe (it exited, crashed or was killed)")]
    Closed,
    /// The pipe itself failed.
    #[error("the pipe to the sandbox worker failed: {0}")]
    Io(#[from] io::Error),
    /// A frame could not be encoded or decoded.
    #[error("a frame to or from the sandbox worker is invalid: {0}")]
    Frame(#[from] FrameError),
    /// A request sent ahead (reset, configure) was not answered with `Ok`.
    #[error("the sandbox worker refused a request sent ahead: {0}")]
    Refused(String),
    /// A request sent ahead did not fit in the pipe without waiting.
    #[error("the sandbox worker is not reading its requests")]
    Stalled,
}

/// One worker process and the framed pipes to it.
#[derive(Debug)]
pub(super) struct WorkerProcess {
    child: Child,
    // Tokio's pipes tell when to wake up; the reads and writes go through
    // second descriptors of the same pipes, because polling must reach the
    // kernel, which tokio's own reads skip while it believes a pipe empty.
    to_worker: pipe::Sender,
    from_worker: pipe::Receiver,
    writer: File,
    reader: File,
    /// Reused for every request's frame.
    frame: Vec<u8>,
    /// Bytes read from the worker; `received[parsed..filled]` is unparsed.
    received: Vec<u8>,
    parsed: usize,
    filled: usize,
    /// Replies still to come for requests sent ahead.
    owed: usize,
    /// A request was sent and its turn-ending reply not yet read: a worker
    /// left in this state (a turn given up half-way) cannot be reused.
    in_turn: bool,
}

/// First size of the receive buffer: most replies fit in one read.
const RECEIVE_CHUNK: usize = 16 * 1024;

/// A receive buffer grown past this for a large reply is let go once the
/// reply is read.
const KEEP_AT_MOST: usize = 1024 * 1024;

impl WorkerProcess {
    /// Starts `program subprocess` with an empty environment.
    pub(super) fn spawn(program: &Path) -> io::Result<Self> {
        let mut child = Command::new(program)
            .arg("subprocess")
            // The worker needs nothing of the host's environment, and generated
            // code must not see it even through an interpreter bug.
            .env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            // The worker's own diagnostics (a panic) stay visible.
            .stderr(Stdio::inherit())
            // A worker handle dropped on any path takes its process with it.
            .kill_on_drop(true)
            .spawn()?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err(io::Error::other("the worker's pipes were not created"));
        };
        // Both descriptors of a pipe share its non-blocking mode, which
        // tokio sets.
        let to_worker = pipe::Sender::from_owned_fd(stdin.into_owned_fd()?)?;
        let from_worker = pipe::Receiver::from_owned_fd(stdout.into_owned_fd()?)?;
        let writer = File::from(to_worker.as_fd().try_clone_to_owned()?);
        let reader = File::from(from_worker.as_fd().try_clone_to_owned()?);
        Ok(Self {
            child,
            to_worker,
            from_worker,
            writer,
            reader,
            frame: Vec::new(),
            received: vec![0; RECEIVE_CHUNK],
            parsed: 0,
            filled: 0,
            owed: 0,
            in_turn: false,
        })
    }

    /// Whether the process is still running.
    pub(super) fn is_alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Whether a turn was given up half-way (the worker's state is unknown).
    pub(super) fn is_mid_turn(&self) -> bool {
        self.in_turn
    }

    /// Sends requests whose replies no one waits for: they are read, and must
    /// be `Ok`, before the next reply [`recv`](Self::recv) returns. Never
    /// waits: a pipe that cannot take them at once (a worker not reading)
    /// is an error.
    pub(super) fn send_ahead(
        &mut self,
        requests: &[pb::ParentRequest],
    ) -> Result<(), ChannelError> {
        let mut bytes = Vec::new();
        for request in requests {
            encode_framed_into(request, &mut self.frame)?;
            bytes.extend_from_slice(&self.frame);
        }
        let mut written = 0;
        while written < bytes.len() {
            match (&self.writer).write(&bytes[written..]) {
                Ok(n) => written += n,
                // Half a frame in the pipe leaves the stream out of step: the
                // caller drops the worker, which is what it must do anyway.
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => {
                    return Err(ChannelError::Stalled);
                }
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => return Err(err.into()),
            }
        }
        self.owed += requests.len();
        Ok(())
    }

    /// Sends one request whose turn the caller then reads with
    /// [`recv`](Self::recv) until a turn-ending event.
    pub(super) async fn send(&mut self, request: &pb::ParentRequest) -> Result<(), ChannelError> {
        // Encoded before anything is written: a request too large for a
        // frame leaves the stream in step and the worker usable.
        encode_framed_into(request, &mut self.frame)?;
        self.in_turn = true;
        let mut written = 0;
        while written < self.frame.len() {
            match (&self.writer).write(&self.frame[written..]) {
                Ok(n) => written += n,
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => {
                    // A full pipe (a large request): wait until the worker
                    // has read some. `try_io` clears a readiness tokio
                    // still holds from before, so this wait really sleeps.
                    self.to_worker.writable().await?;
                    let (mut writer, frame) = (&self.writer, &self.frame[written..]);
                    match self.to_worker.try_io(|| writer.write(frame)) {
                        Ok(n) => written += n,
                        Err(err) if try_again(&err) => {}
                        Err(err) => return Err(err.into()),
                    }
                }
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => return Err(err.into()),
            }
        }
        Ok(())
    }

    /// The next event of the current turn, after the replies owed for
    /// requests sent ahead. Polls the pipe for up to `spin` before sleeping.
    pub(super) async fn recv(&mut self, spin: Duration) -> Result<pb::ChildEvent, ChannelError> {
        self.settle(spin).await?;
        self.next_event(spin).await
    }

    /// Reads the replies owed for requests sent ahead; each must be `Ok`.
    pub(super) async fn settle(&mut self, spin: Duration) -> Result<(), ChannelError> {
        while self.owed > 0 {
            let reply = self.next_event(spin).await?;
            self.owed -= 1;
            match reply.kind {
                Some(pb::child_event::Kind::Ok(_)) => {}
                Some(pb::child_event::Kind::FatalError(fatal)) => {
                    return Err(ChannelError::Refused(fatal.message));
                }
                Some(pb::child_event::Kind::Error(error)) => {
                    let text = error.exception.map_or_else(
                        || "an error".to_owned(),
                        |exception| {
                            format!(
                                "{}: {}",
                                exception.exc_type,
                                exception.message.unwrap_or_default()
                            )
                        },
                    );
                    return Err(ChannelError::Refused(text));
                }
                other => return Err(ChannelError::Refused(format!("{other:?}"))),
            }
        }
        Ok(())
    }

    /// Marks the current turn as ended by the event just received.
    pub(super) fn end_turn(&mut self) {
        self.in_turn = false;
    }

    /// Decodes the next whole frame, reading more as needed.
    async fn next_event(&mut self, spin: Duration) -> Result<pb::ChildEvent, ChannelError> {
        loop {
            let unparsed = &self.received[self.parsed..self.filled];
            if let Some(header) = unparsed.first_chunk::<4>() {
                let len = u32::from_le_bytes(*header);
                if len > MAX_FRAME_LEN {
                    return Err(FrameError::FrameTooLarge {
                        len,
                        max: MAX_FRAME_LEN,
                    }
                    .into());
                }
                // u32 fits in usize on every platform tokio's pipes exist on.
                let len = len as usize;
                if unparsed.len() >= 4 + len {
                    let event = decode_frame::<pb::ChildEvent>(&unparsed[4..4 + len])?;
                    self.parsed += 4 + len;
                    if self.parsed == self.filled && self.received.len() > KEEP_AT_MOST {
                        // A large reply (a dump, a big value) does not stay
                        // allocated for the rest of the worker's life.
                        self.received = vec![0; RECEIVE_CHUNK];
                        (self.parsed, self.filled) = (0, 0);
                    }
                    return Ok(event);
                }
                self.make_room(4 + len);
            } else {
                self.make_room(4);
            }
            self.fill(spin).await?;
        }
    }

    /// Moves the unparsed bytes to the front and grows the buffer so that a
    /// frame of `frame_len` bytes (prefix included) fits.
    fn make_room(&mut self, frame_len: usize) {
        if self.parsed > 0 {
            self.received.copy_within(self.parsed..self.filled, 0);
            self.filled -= self.parsed;
            self.parsed = 0;
        }
        let wanted = frame_len.max(self.filled + RECEIVE_CHUNK / 4);
        if self.received.len() < wanted {
            self.received.resize(wanted.max(self.received.len() * 2), 0);
        }
    }

    /// Reads what the pipe has, polling for up to `spin`, then sleeping
    /// until it is readable.
    async fn fill(&mut self, spin: Duration) -> Result<(), ChannelError> {
        let started = Instant::now();
        loop {
            let read = (&self.reader).read(&mut self.received[self.filled..]);
            match read {
                Ok(0) => return Err(ChannelError::Closed),
                Ok(n) => {
                    self.filled += n;
                    return Ok(());
                }
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => {
                    if started.elapsed() < spin {
                        std::hint::spin_loop();
                        continue;
                    }
                    break;
                }
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => return Err(err.into()),
            }
        }
        loop {
            self.from_worker.readable().await?;
            let (mut reader, buffer) = (&self.reader, &mut self.received[self.filled..]);
            // `try_io` clears the readiness tokio holds when the read finds
            // the pipe empty, so the next wait sleeps until new data.
            match self.from_worker.try_io(|| reader.read(buffer)) {
                Ok(0) => return Err(ChannelError::Closed),
                Ok(n) => {
                    self.filled += n;
                    return Ok(());
                }
                Err(err) if try_again(&err) => {}
                Err(err) => return Err(err.into()),
            }
        }
    }
}

/// A read or write after a readiness event that found nothing to do (or
/// was interrupted): wait again.
fn try_again(err: &io::Error) -> bool {
    matches!(
        err.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
    )
}
