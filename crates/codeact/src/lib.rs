//! # codeact: agents that think in code
//!
//! codeact is [smolagents]' design in Rust: a model writes Python, a sandbox
//! runs it, tools are plain functions inside that Python, and the loop goes
//! on until the code calls `final_answer`. Every operation has one async
//! implementation and a blocking shell over it, on the same types.
//!
//! ## Concepts
//!
//! Three traits carry the design; everything else composes them.
//!
//! * [`model::Model`]: chat models. `agenerate` / `agenerate_stream` are the
//!   real path; `generate` / `generate_stream` are blocking shells provided
//!   once for every model. Providers: OpenAI-compatible endpoints, Anthropic,
//!   and (feature `local`) an in-process GGUF model. Rate limits and retries
//!   are models that wrap a model.
//! * [`tool::Tool`]: what agents can call: a spec (name, description, JSON
//!   Schema inputs) and an async `call`. `#[tool]` turns a documented Rust
//!   function, sync or async, into one.
//! * [`exec::CodeExecutor`]: one Python session of a run, whose variables,
//!   functions and imports persist from one code block to the next.
//!
//! An [`agent::Agent`] is configuration only (model, tools, prompts, limits):
//! cheap to clone, `Send + Sync`. Every run owns its memory, so one agent
//! serves any number of concurrent runs.
//!
//! ## The step loop
//!
//! One step of a CodeAgent: memory → messages → the model (stopped at the
//! closing `</code>` tag) → the code block is parsed → the sandbox runs it;
//! each tool call inside the code pauses the interpreter while the host
//! awaits the tool → printed output and the last value become the
//! observation, or `final_answer(...)` ends the run → the step goes to memory
//! and out as a [`agent::RunEvent`]. A ToolCallingAgent does the same with
//! JSON tool calls, several of them concurrently. What the model gets wrong
//! (no code, bad arguments, an exception) is an observation it reads and
//! fixes, not a Rust error.
//!
//! ## Sync and async
//!
//! [`agent::Agent::arun`] is the real implementation; [`agent::Agent::run`]
//! is [`blocking::wait`] over it, and works from plain `main`, from any
//! thread and from inside a tokio runtime (no "cannot block inside a runtime"
//! panic). [`agent::Agent::arun_stream`] yields the events as they happen.
//! Dropping a run's future stops the run: the HTTP request, the tool, the
//! interpreter.
//!
//! ```
//! use std::sync::Arc;
//! use codeact::agent::Agent;
//! use codeact::model::ScriptedModel;
//!
//! // A scripted model: replies given in advance, as in tests.
//! let model = Arc::new(ScriptedModel::steps([
//!     "Thought: the answer is known.\n<code>\nfinal_answer(17 * 23)\n</code>",
//! ]));
//! let agent = Agent::code(model)
//!     .sandbox(Arc::new(codeact::exec::InProcessFactory::default()))
//!     .build()?;
//! let result = agent.run("What is 17 * 23?")?;
//! assert_eq!(result.output_text(), "391");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Limits and retries
//!
//! [`model::RetryingModel`] retries what is worth retrying (429, 5xx,
//! timeouts, dropped connections) with exponential backoff and jitter,
//! honours `Retry-After`, and fails at once on 400/401/403/404.
//! [`model::RateLimitedModel`] holds requests and tokens per minute, first
//! come first served, shared by every clone and every agent using it, without
//! blocking a thread. Both are models that wrap a model, so they stack on any
//! provider. Runs have `max_steps` and an optional deadline; every code block
//! has the time, recursion and output limits of its [`exec::SandboxConfig`].
//!
//! ## The sandbox
//!
//! Python runs in [monty], a sandboxed interpreter written in Rust, either
//! in pre-started worker processes ([`exec::WorkerPoolFactory`]: a kill
//! deadline per code block, a memory cap per session, a killed worker
//! replaced and its session restored from its last snapshot) or in this
//! process ([`exec::InProcessFactory`], the library's default, for trusted
//! code). Generated code reaches nothing of the host (files, environment,
//! network, processes) except through the tools given to the agent;
//! imports follow an allow-list. See [`exec`].
//!
//! [smolagents]: https://github.com/huggingface/smolagents
//! [monty]: https://github.com/pydantic/monty

pub mod agent;
pub mod blocking;
pub mod exec;
pub mod model;
pub mod tool;
