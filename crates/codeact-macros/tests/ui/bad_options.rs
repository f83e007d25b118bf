#![allow(dead_code)]
use codeact_macros::tool;

/// Pings.
#[tool(title = "ping")]
fn ping() {}

/// Pings.
#[tool(name = "ping-pong")]
fn ping_pong() {}

/// Pings.
#[tool(name = "a", name = "b")]
fn twice() {}

/// Pings.
#[tool(struct_name = "not an ident")]
fn named() {}

#[tool]
struct NotAFunction;

fn main() {}
