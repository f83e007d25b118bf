//! The generation loop: prompt in, tokens out, on one CPU thread at a time.

use candle_core::quantized::gguf_file::Content;
use candle_core::{Device, Tensor};
use candle_transformers::generation::LogitsProcessor;
use candle_transformers::models::{quantized_llama, quantized_qwen2};

use super::shape::{CodeShape, Forced};
use super::template::ChatTemplate;
use super::tokenizer::GgufTokenizer;
use crate::model::{ChatMessage, GenerateOptions, ModelError, StopScanner, TokenUsage};

/// candle's rotary tables stop here, whatever the file says.
const CANDLE_MAX_CONTEXT: usize = 4096;

/// Repetition penalty over the last tokens: a 135M model loops without it.
const REPEAT_PENALTY: f32 = 1.1;
const REPEAT_WINDOW: usize = 64;

enum Weights {
    Llama(quantized_llama::ModelWeights),
    Qwen2(quantized_qwen2::ModelWeights),
}

impl Weights {
    fn forward(&mut self, input: &Tensor, position: usize) -> candle_core::Result<Tensor> {
        match self {
            Self::Llama(model) => model.forward(input, position),
            Self::Qwen2(model) => model.forward(input, position),
        }
    }

    fn clear(&mut self) {
        match self {
            Self::Llama(model) => model.clear_kv_cache(),
            Self::Qwen2(model) => model.clear_kv_cache(),
        }
    }
}

fn local_error(what: &str) -> impl Fn(candle_core::Error) -> ModelError + '_ {
    move |err| ModelError::Local(format!("{what}: {err}"))
}

/// A loaded model with its tokenizer, chat template and attention cache.
pub(crate) struct Engine {
    weights: Weights,
    tokenizer: GgufTokenizer,
    template: ChatTemplate,
    device: Device,
    context: usize,
    /// The tokens in the attention cache, in order: a prompt that starts
    /// with them (the next step of the same run) only feeds the rest.
    cached: Vec<u32>,
    pub(crate) architecture: String,
}

/// What the loop reports as it goes; `false` from `on_text` stops it.
pub(crate) struct Generated {
    pub(crate) text: String,
    pub(crate) usage: TokenUsage,
}

impl Engine {
    pub(crate) fn load(path: &std::path::Path) -> Result<Self, ModelError> {
        let mut file = std::fs::File::open(path)
            .map_err(|err| ModelError::Local(format!("cannot open {}: {err}", path.display())))?;
        let content = Content::read(&mut file).map_err(local_error("not a GGUF file"))?;
        let architecture = content
            .metadata
            .get("general.architecture")
            .and_then(|v| v.to_string().ok())
            .cloned()
            .unwrap_or_default();
        let context = content
            .metadata
            .get(&format!("{architecture}.context_length"))
            .and_then(|v| v.to_u32().ok())
            .map_or(CANDLE_MAX_CONTEXT, |n| (n as usize).min(CANDLE_MAX_CONTEXT));
        let tokenizer = GgufTokenizer::from_gguf(&content)?;
        let template = ChatTemplate::from_gguf(&content);
        let device = Device::Cpu;
        let weights = match architecture.as_str() {
            "llama" => Weights::Llama(
                quantized_llama::ModelWeights::from_gguf(content, &mut file, &device)
                    .map_err(local_error("cannot load the llama weights"))?,
            ),
            "qwen2" => Weights::Qwen2(
                quantized_qwen2::ModelWeights::from_gguf(content, &mut file, &device)
                    .map_err(local_error("cannot load the qwen2 weights"))?,
            ),
            other => {
                return Err(ModelError::Local(format!(
                    "architecture `{other}` is not supported (llama and qwen2 are)"
                )));
            }
        };
        Ok(Self {
            weights,
            tokenizer,
            template,
            device,
            context,
            cached: Vec::new(),
            architecture,
        })
    }

    /// Feeds `tokens` after what is cached; returns the logits of the last.
    fn feed(&mut self, tokens: &[u32]) -> Result<Tensor, ModelError> {
        let input = Tensor::new(tokens, &self.device)
            .and_then(|t| t.unsqueeze(0))
            .map_err(local_error("cannot build the input"))?;
        let logits = self
            .weights
            .forward(&input, self.cached.len())
            .and_then(|l| l.squeeze(0))
            .map_err(local_error("inference failed"))?;
        self.cached.extend_from_slice(tokens);
        Ok(logits)
    }

    /// Generates a reply; `on_text` gets each piece of text as it is sure
    /// (stop sequences held back and cut) and returns `false` to stop.
    pub(crate) fn generate(
        &mut self,
        messages: &[ChatMessage],
        options: &GenerateOptions,
        default_max_tokens: u32,
        on_text: &mut dyn FnMut(&str) -> bool,
    ) -> Result<Generated, ModelError> {
        let prompt_text = self.template.render(messages);
        let prompt = self.tokenizer.encode(&prompt_text)?;
        if prompt.len() + 16 > self.context {
            return Err(ModelError::Local(format!(
                "the prompt has {} tokens; the local model's context is {}",
                prompt.len(),
                self.context
            )));
        }
        let budget = (options.max_tokens.unwrap_or(default_max_tokens) as usize)
            .min(self.context - prompt.len());

        // Reuse the cache when the prompt extends it.
        let reuse = !self.cached.is_empty()
            && prompt.len() > self.cached.len()
            && prompt.starts_with(&self.cached);
        if !reuse {
            self.weights.clear();
            self.cached.clear();
        }
        let fresh = prompt[self.cached.len()..].to_vec();
        let mut logits = self.feed(&fresh)?;

        let after_observation = messages
            .iter()
            .any(|m| m.role == crate::model::Role::Assistant);
        let mut shape = CodeShape::for_stop(&options.stop, after_observation);
        let mut scanner = StopScanner::new(options.stop.clone());
        let mut sampler = LogitsProcessor::new(
            options.seed.unwrap_or(299_792_458),
            options.temperature.filter(|t| *t > 0.0).map(f64::from),
            options.top_p.map(f64::from),
        );
        let mut reply: Vec<u32> = Vec::new();
        let mut shown = 0usize; // bytes of decoded reply text already pushed
        let mut text = String::new();
        let mut stopped_by_caller = false;

        if let Some(forced) = shape.as_mut().and_then(CodeShape::start) {
            logits = self.force(&forced, &mut reply)?;
        }
        while reply.len() < budget && !scanner.stopped() && !stopped_by_caller {
            let recent = &reply[reply.len().saturating_sub(REPEAT_WINDOW)..];
            let logits_now =
                candle_transformers::utils::apply_repeat_penalty(&logits, REPEAT_PENALTY, recent)
                    .map_err(local_error("sampling failed"))?;
            let token = sampler
                .sample(&logits_now)
                .map_err(local_error("sampling failed"))?;
            let is_end = self.tokenizer.end_ids.contains(&token);
            let decoded = self.tokenizer.decode(&reply)?;
            let forced = match shape.as_mut() {
                Some(shape) => shape.next(&decoded, is_end),
                None => Forced::Nothing,
            };
            match forced {
                Forced::Text(forced) => {
                    logits = self.force(&forced, &mut reply)?;
                }
                Forced::End => break,
                Forced::Nothing if is_end => break,
                Forced::Nothing => {
                    reply.push(token);
                    logits = self.feed(&[token])?;
                }
            }
            // Text can only be shown once it decodes to whole characters.
            let decoded = self.tokenizer.decode(&reply)?;
            if decoded.len() > shown && !decoded.ends_with('\u{FFFD}') {
                let piece = scanner.push(&decoded[shown..]);
                shown = decoded.len();
                if !piece.is_empty() {
                    text.push_str(&piece);
                    stopped_by_caller = !on_text(&piece);
                }
            }
        }
        // A reply that ends before its first sampled token shows (the model
        // ended its turn right after forced text) still holds that text.
        if !scanner.stopped() && !stopped_by_caller {
            let decoded = self.tokenizer.decode(&reply)?;
            if decoded.len() > shown {
                let piece = scanner.push(decoded.get(shown..).unwrap_or_default());
                if !piece.is_empty() {
                    text.push_str(&piece);
                    on_text(&piece);
                }
            }
        }
        if !scanner.stopped() {
            let rest = scanner.finish();
            if !rest.is_empty() {
                text.push_str(&rest);
                on_text(&rest);
            }
        }
        Ok(Generated {
            text,
            usage: TokenUsage {
                input_tokens: prompt.len() as u64,
                output_tokens: reply.len() as u64,
            },
        })
    }

    /// Feeds text the reply must contain, as if the model had written it.
    fn force(&mut self, text: &str, reply: &mut Vec<u32>) -> Result<Tensor, ModelError> {
        let tokens = self.tokenizer.encode(text)?;
        reply.extend_from_slice(&tokens);
        self.feed(&tokens)
    }
}
