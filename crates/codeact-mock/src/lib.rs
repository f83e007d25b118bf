//! `codeact-mock`: a scripted LLM server speaking the OpenAI chat-completions
//! API (plain and SSE) and Anthropic's Messages API, for codeact's tests,
//! examples and benchmarks. It binds 127.0.0.1 only.
//!
//! Replies are derived from the request alone, so any number of concurrent
//! runs can share one server: the model id `mock-k<K>` gives a run of K
//! steps (3 otherwise), the step is the number of assistant messages plus
//! one, and the answer is the first `[[...]]` of the first user message
//! (`mock answer` otherwise). Without tools in the request the reply is a
//! `Thought: … <code>…</code>` step, `final_answer("ANSWER")` at step K;
//! with tools, a call to the first tool that is not `final_answer` with
//! arguments synthesised from its schema, then `final_answer`.
//!
//! ```
//! use codeact_mock::{MockConfig, MockServer};
//!
//! let server = MockServer::start_blocking(MockConfig::default())?;
//! assert!(server.base_url().starts_with("http://127.0.0.1:"));
//! assert_eq!(server.stats().requests, 0);
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! With the feature `mcp` (on by default), [`mcp`] is a real MCP server with
//! test tools, over stdio and streamable HTTP.

mod fault;
mod limiter;
#[cfg(feature = "mcp")]
pub mod mcp;
pub mod script;
mod server;

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::watch;

pub use fault::{BadFault, Fault, parse_list as parse_faults};

/// Pending connections the listener queues before the kernel drops new ones.
const LISTEN_BACKLOG: u32 = 16_384;

/// How the server behaves.
#[derive(Debug, Clone)]
pub struct MockConfig {
    /// The port to bind on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// Time before each reply (spread over the chunks of a stream).
    pub latency: Duration,
    /// A random extra delay of up to this much per reply.
    pub jitter: Duration,
    /// Requests per minute the server admits; the rest get 429 with
    /// `Retry-After`.
    pub rpm: Option<u32>,
    /// Answer with the whole text even when the request has `stop`, like
    /// servers that ignore it.
    pub ignore_stop: bool,
    /// Tool calls per message in tool mode.
    pub parallel_tool_calls: usize,
    /// The server stops by itself after this long.
    pub max_lifetime: Duration,
}

impl Default for MockConfig {
    fn default() -> Self {
        Self {
            port: 0,
            latency: Duration::ZERO,
            jitter: Duration::ZERO,
            rpm: None,
            ignore_stop: false,
            parallel_tool_calls: 1,
            max_lifetime: Duration::from_secs(3600),
        }
    }
}

/// What the server has done so far (also served as JSON at `GET /stats`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Model requests received (chat completions and messages).
    pub requests: u64,
    /// Requests refused with 429 by the rate limit.
    pub rate_limited: u64,
    /// Faults injected.
    pub faults: u64,
    /// Prompt tokens (a token per four characters).
    pub prompt_tokens: u64,
    /// Completion tokens.
    pub completion_tokens: u64,
    /// CPU time of the whole process, in microseconds (the server's own
    /// when it runs as the `codeact-mock` binary).
    pub cpu_time_us: u64,
}

#[derive(Debug, Default)]
struct Counters {
    requests: AtomicU64,
    rate_limited: AtomicU64,
    faults: AtomicU64,
    prompt_tokens: AtomicU64,
    completion_tokens: AtomicU64,
}

/// State shared by the handlers.
#[derive(Debug)]
struct Shared {
    config: MockConfig,
    counters: Counters,
    faults: Mutex<VecDeque<Fault>>,
    /// How many requests have carried each `x-mock-fault` value.
    header_faults_seen: Mutex<HashMap<String, usize>>,
    limiter: Option<limiter::Gcra>,
    /// Flips to `true` when the server stops; hanging requests end then.
    stopping: watch::Receiver<bool>,
}

impl Shared {
    fn stats(&self) -> Stats {
        let c = &self.counters;
        Stats {
            requests: c.requests.load(Ordering::Relaxed),
            rate_limited: c.rate_limited.load(Ordering::Relaxed),
            faults: c.faults.load(Ordering::Relaxed),
            prompt_tokens: c.prompt_tokens.load(Ordering::Relaxed),
            completion_tokens: c.completion_tokens.load(Ordering::Relaxed),
            cpu_time_us: process_cpu_time_us(),
        }
    }

    fn reset(&self) {
        let c = &self.counters;
        for counter in [
            &c.requests,
            &c.rate_limited,
            &c.faults,
            &c.prompt_tokens,
            &c.completion_tokens,
        ] {
            counter.store(0, Ordering::Relaxed);
        }
    }

    fn next_fault(&self) -> Option<Fault> {
        // A poisoned lock only means a panic elsewhere; the queue is intact.
        self.faults
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop_front()
    }
}

/// A running server. Dropping it stops it.
#[derive(Debug)]
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    /// The runtime thread of a server started with
    /// [`MockServer::start_blocking`].
    thread: Option<std::thread::JoinHandle<()>>,
}

impl MockServer {
    /// Starts a server on the current tokio runtime.
    pub async fn start(config: MockConfig) -> std::io::Result<Self> {
        let socket = tokio::net::TcpSocket::new_v4()?;
        socket.set_reuseaddr(true)?;
        socket.bind(SocketAddr::from(([127, 0, 0, 1], config.port)))?;
        // Thousands of clients connect at once in the benchmarks; the
        // default backlog (128) would drop their SYNs and add seconds of
        // retransmission to the first request. The kernel caps it at
        // net.core.somaxconn.
        let listener = socket.listen(LISTEN_BACKLOG)?;
        let addr = listener.local_addr()?;
        let (stop, stopping) = watch::channel(false);
        let shared = Arc::new(Shared {
            limiter: config.rpm.map(limiter::Gcra::new),
            config,
            counters: Counters::default(),
            faults: Mutex::new(VecDeque::new()),
            header_faults_seen: Mutex::new(HashMap::new()),
            stopping,
        });
        tokio::spawn(server::serve(listener, shared.clone()));
        Ok(Self {
            addr,
            shared,
            stop,
            thread: None,
        })
    }

    /// Starts a server on a runtime of its own, for tests and programs that
    /// are not async.
    pub fn start_blocking(config: MockConfig) -> std::io::Result<Self> {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("codeact-mock".into())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(1)
                    .enable_all()
                    .build()
                {
                    Ok(runtime) => runtime,
                    Err(err) => {
                        let _ = ready_tx.send(Err(err));
                        return;
                    }
                };
                runtime.block_on(async move {
                    match Self::start(config).await {
                        Ok(server) => {
                            let mut stopping = server.shared.stopping.clone();
                            let _ = ready_tx.send(Ok(server));
                            let _ = stopping.wait_for(|stop| *stop).await;
                        }
                        Err(err) => {
                            let _ = ready_tx.send(Err(err));
                        }
                    }
                });
            })?;
        let mut server = ready_rx
            .recv()
            .map_err(|_| std::io::Error::other("the mock server thread ended before starting"))??;
        server.thread = Some(thread);
        Ok(server)
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The OpenAI-style base URL, `http://127.0.0.1:PORT/v1`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// What the server has done so far.
    pub fn stats(&self) -> Stats {
        self.shared.stats()
    }

    /// Zeroes the counters.
    pub fn reset(&self) {
        self.shared.reset();
    }

    /// Queues a fault: the next model request that has none of its own (in
    /// an `x-mock-fault` header) gets it.
    pub fn push_fault(&self, fault: Fault) {
        self.shared
            .faults
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push_back(fault);
    }

    /// Stops the server (also done on drop).
    pub fn shutdown(&self) {
        let _ = self.stop.send(true);
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.shutdown();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The process's user + system CPU time.
fn process_cpu_time_us() -> u64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage writes a whole `rusage` into the pointer it is given,
    // which points at one; on failure we read the zeroed value.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr());
        usage.assume_init()
    };
    let micros = |t: libc::timeval| (t.tv_sec as u64) * 1_000_000 + t.tv_usec as u64;
    micros(usage.ru_utime) + micros(usage.ru_stime)
}
