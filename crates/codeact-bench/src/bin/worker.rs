//! `codeact-bench-worker subprocess`: the sandbox worker process for the
//! benchmarks' worker mode, the same library code as `codeact subprocess`
//! without the CLI's model and terminal dependencies. It is a program of its
//! own so that the measuring process keeps the system allocator.

#[global_allocator]
static ALLOC: codeact::exec::worker::WorkerAllocator = codeact::exec::worker::WorkerAllocator;

fn main() -> std::process::ExitCode {
    if std::env::args().nth(1).as_deref() != Some("subprocess") {
        eprintln!("usage: codeact-bench-worker subprocess (started by codeact's worker pool)");
        return std::process::ExitCode::from(2);
    }
    codeact::exec::worker::serve_stdio()
}
