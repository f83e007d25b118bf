//! `codeact-mock`: the scripted LLM server as a program.
//!
//! ```text
//! codeact-mock --port 0 --latency-ms 50 --rpm 600
//! ```
//! prints `listening on http://127.0.0.1:PORT/v1` and serves until Ctrl-C,
//! SIGTERM or `--max-lifetime-s`.
//!
//! With the feature `mcp` (on by default) it is also the MCP test server:
//!
//! ```text
//! codeact-mock mcp-stdio                 # MCP on stdin/stdout until stdin closes
//! codeact-mock mcp-http --port 0         # prints `listening on http://127.0.0.1:PORT/mcp`
//! ```

use std::time::Duration;

use clap::Parser;
use codeact_mock::{MockConfig, MockServer};

/// A scripted OpenAI- and Anthropic-compatible LLM server (127.0.0.1 only).
#[derive(Parser)]
#[command(version)]
struct Args {
    #[cfg(feature = "mcp")]
    #[command(subcommand)]
    mcp: Option<McpCommand>,
    /// Port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Milliseconds before each reply.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Up to this many extra milliseconds per reply, at random.
    #[arg(long, default_value_t = 0)]
    jitter_ms: u64,
    /// Requests per minute admitted; the rest get 429 with Retry-After.
    #[arg(long)]
    rpm: Option<u32>,
    /// Ignore `stop` in requests, like some servers do.
    #[arg(long)]
    ignore_stop: bool,
    /// Tool calls per message in tool mode.
    #[arg(long, default_value_t = 1)]
    parallel_tool_calls: usize,
    /// Stop by itself after this many seconds.
    #[arg(long, default_value_t = 3600)]
    max_lifetime_s: u64,
}

/// The MCP test server (see `codeact_mock::mcp`).
#[cfg(feature = "mcp")]
#[derive(clap::Subcommand)]
enum McpCommand {
    /// Serve the MCP test tools on stdin/stdout until stdin closes.
    McpStdio,
    /// Serve the MCP test tools over streamable HTTP on 127.0.0.1.
    McpHttp {
        /// Port on 127.0.0.1; 0 picks a free one.
        #[arg(long, default_value_t = 0)]
        port: u16,
        /// Require `Authorization: Bearer <TOKEN>` on every request.
        #[arg(long)]
        bearer_token: Option<String>,
        /// Stop by itself after this many seconds.
        #[arg(long, default_value_t = 3600)]
        max_lifetime_s: u64,
    },
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = Args::parse();
    raise_file_limit();
    #[cfg(feature = "mcp")]
    if let Some(command) = args.mcp {
        return serve_mcp(command).await;
    }
    let lifetime = Duration::from_secs(args.max_lifetime_s);
    let config = MockConfig {
        port: args.port,
        latency: Duration::from_millis(args.latency_ms),
        jitter: Duration::from_millis(args.jitter_ms),
        rpm: args.rpm,
        ignore_stop: args.ignore_stop,
        parallel_tool_calls: args.parallel_tool_calls,
        max_lifetime: lifetime,
    };
    let server = match MockServer::start(config).await {
        Ok(server) => server,
        Err(err) => {
            eprintln!(
                "codeact-mock: cannot listen on 127.0.0.1:{}: {err}",
                args.port
            );
            return std::process::ExitCode::FAILURE;
        }
    };
    println!("listening on {}", server.base_url());
    until_stopped(lifetime).await;
    server.shutdown();
    std::process::ExitCode::SUCCESS
}

#[cfg(feature = "mcp")]
async fn serve_mcp(command: McpCommand) -> std::process::ExitCode {
    use codeact_mock::mcp::{McpHttpConfig, McpHttpServer};

    match command {
        McpCommand::McpStdio => match codeact_mock::mcp::serve_stdio().await {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("codeact-mock: MCP on stdio failed: {err}");
                std::process::ExitCode::FAILURE
            }
        },
        McpCommand::McpHttp {
            port,
            bearer_token,
            max_lifetime_s,
        } => {
            let config = McpHttpConfig { port, bearer_token };
            let server = match McpHttpServer::start(config).await {
                Ok(server) => server,
                Err(err) => {
                    eprintln!("codeact-mock: cannot listen on 127.0.0.1:{port}: {err}");
                    return std::process::ExitCode::FAILURE;
                }
            };
            println!("listening on {}", server.url());
            until_stopped(Duration::from_secs(max_lifetime_s)).await;
            server.shutdown();
            std::process::ExitCode::SUCCESS
        }
    }
}

/// Waits for Ctrl-C, SIGTERM or the end of `lifetime`.
async fn until_stopped(lifetime: Duration) {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate => {}
        _ = tokio::time::sleep(lifetime) => {}
    }
}

/// Raises the soft limit on open files to the hard limit: every concurrent
/// client connection is a file descriptor, and benchmarks hold ten thousand.
fn raise_file_limit() {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit read and write the `rlimit` given.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            limit.rlim_cur = limit.rlim_max;
            if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) != 0 {
                eprintln!(
                    "codeact-mock: cannot raise the open-files limit to {}",
                    limit.rlim_max
                );
            }
        }
    }
}
