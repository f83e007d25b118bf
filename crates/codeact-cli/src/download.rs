//! The default weights, fetched once with a progress bar.

use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};

use crate::Failure;

/// The default model's file, downloaded into the cache on first use.
pub async fn default_weights(quiet: bool) -> Result<PathBuf, Failure> {
    let bar = if quiet {
        ProgressBar::hidden()
    } else {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template(
                "{msg} {bar:30.cyan/blue} {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.set_message("downloading the default model (once)");
        bar
    };
    let path = codeact::model::local::default_model_path(|done, total| {
        if let Some(total) = total {
            bar.set_length(total);
        }
        bar.set_position(done);
    })
    .await
    .map_err(|err| {
        Failure::usage(format!(
            "cannot get the default model: {err}. Pass --model local:PATH.gguf, or --model openai:MODEL_ID with --base-url"
        ))
    })?;
    bar.finish_and_clear();
    Ok(path)
}
