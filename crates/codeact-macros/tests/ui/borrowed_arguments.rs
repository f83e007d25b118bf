#![allow(dead_code)]
use codeact_macros::tool;

/// Counts words.
///
/// # Arguments
///
/// * `text` - The text.
/// * `stop_words` - Words not to count.
/// * `weights` - A weight per word.
/// * `limits` - Bounds.
#[tool]
fn count(text: &str, stop_words: &[String], weights: Vec<&str>, limits: &(u32, u32)) -> usize {
    text.len() + stop_words.len() + weights.len() + limits.0 as usize
}

fn main() {}
