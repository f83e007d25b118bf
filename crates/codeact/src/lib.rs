//! # codeact: agents that think in code
//!
//! codeact is [smolagents]' design in Rust: a model writes Python, a sandbox
//! runs it, tools are plain functions inside that Python, and the loop goes
//! on until the code calls `final_answer`. Every operation has one async
//! implementation and a blocking shell over it, on the same types.
//!
//! The crate is organised around three seams:
//!
//! * [`model::Model`]: chat models (`generate` / `agenerate`, streaming);
//! * [`tool::Tool`]: what agents can call (`call`, sync or async underneath);
//! * [`exec::CodeExecutor`]: a Python session that keeps state across steps.
//!
//! [`blocking`] is the single place where a future becomes a blocking call.
//!
//! [smolagents]: https://github.com/huggingface/smolagents

pub mod agent;
pub mod blocking;
pub mod exec;
pub mod model;
pub mod tool;
