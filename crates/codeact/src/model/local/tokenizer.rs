//! The tokenizer a GGUF file describes in its metadata (byte-level BPE, the
//! `gpt2` kind that SmolLM2, Qwen2 and most recent models use).

use candle_core::quantized::gguf_file::{Content, Value};
use tokenizers::models::bpe::{BPE, Vocab};
use tokenizers::pre_tokenizers::byte_level::ByteLevel;
use tokenizers::{AddedToken, Tokenizer};

use crate::model::ModelError;

/// Token types of llama.cpp's vocabulary: control and user-defined tokens
/// are matched whole in the text (`<|im_start|>`).
const CONTROL: i32 = 3;
const USER_DEFINED: i32 = 4;

/// A tokenizer and the ids the generation loop needs.
pub(crate) struct GgufTokenizer {
    pub(crate) tokenizer: Tokenizer,
    /// Tokens that end a reply (the EOS token, and `<|im_end|>` /
    /// `<|endoftext|>` when the vocabulary has them).
    pub(crate) end_ids: Vec<u32>,
}

fn metadata<'a>(content: &'a Content, key: &str) -> Result<&'a Value, ModelError> {
    content
        .metadata
        .get(key)
        .ok_or_else(|| ModelError::Local(format!("the GGUF file has no `{key}`")))
}

fn strings(value: &Value, key: &str) -> Result<Vec<String>, ModelError> {
    let items = value
        .to_vec()
        .map_err(|_| ModelError::Local(format!("`{key}` is not a list")))?;
    items
        .iter()
        .map(|item| {
            item.to_string().cloned().map_err(|_| {
                ModelError::Local(format!("`{key}` holds a value that is not a string"))
            })
        })
        .collect()
}

impl GgufTokenizer {
    /// Builds the tokenizer of `content`.
    pub(crate) fn from_gguf(content: &Content) -> Result<Self, ModelError> {
        let kind = metadata(content, "tokenizer.ggml.model")?
            .to_string()
            .map_err(|_| ModelError::Local("`tokenizer.ggml.model` is not a string".into()))?;
        if kind != "gpt2" {
            return Err(ModelError::Local(format!(
                "the GGUF file's tokenizer is `{kind}`; only byte-level BPE (`gpt2`) is supported"
            )));
        }
        let tokens = strings(
            metadata(content, "tokenizer.ggml.tokens")?,
            "tokenizer.ggml.tokens",
        )?;
        let merges = strings(
            metadata(content, "tokenizer.ggml.merges")?,
            "tokenizer.ggml.merges",
        )?;
        let types: Vec<i32> = match content.metadata.get("tokenizer.ggml.token_type") {
            Some(value) => value
                .to_vec()
                .map(|items| items.iter().map(|v| v.to_i32().unwrap_or(1)).collect())
                .unwrap_or_default(),
            None => Vec::new(),
        };

        let vocab: Vocab = tokens
            .iter()
            .enumerate()
            .map(|(id, token)| (token.clone(), id as u32))
            .collect();
        let merges: Vec<(String, String)> = merges
            .iter()
            .filter_map(|merge| {
                merge
                    .split_once(' ')
                    .map(|(a, b)| (a.to_owned(), b.to_owned()))
            })
            .collect();
        let bpe = BPE::builder()
            .vocab_and_merges(vocab, merges)
            .build()
            .map_err(|err| ModelError::Local(format!("cannot build the tokenizer: {err}")))?;
        let mut tokenizer = Tokenizer::new(bpe);
        tokenizer.with_pre_tokenizer(Some(ByteLevel::new(false, true, true)));
        tokenizer.with_decoder(Some(ByteLevel::default()));
        let special: Vec<AddedToken> = tokens
            .iter()
            .zip(types.iter().copied().chain(std::iter::repeat(1)))
            .filter(|(_, kind)| *kind == CONTROL || *kind == USER_DEFINED)
            .map(|(token, _)| AddedToken::from(token.clone(), true))
            .collect();
        tokenizer.add_special_tokens(&special);

        let mut end_ids = Vec::new();
        if let Some(eos) = content
            .metadata
            .get("tokenizer.ggml.eos_token_id")
            .and_then(|v| v.to_u32().ok())
        {
            end_ids.push(eos);
        }
        for name in ["<|im_end|>", "<|endoftext|>", "<|eot_id|>"] {
            if let Some(id) = tokens.iter().position(|t| t == name) {
                let id = id as u32;
                if !end_ids.contains(&id) {
                    end_ids.push(id);
                }
            }
        }
        Ok(Self { tokenizer, end_ids })
    }

    pub(crate) fn encode(&self, text: &str) -> Result<Vec<u32>, ModelError> {
        self.tokenizer
            .encode(text, false)
            .map(|encoding| encoding.get_ids().to_vec())
            .map_err(|err| ModelError::Local(format!("cannot tokenize the prompt: {err}")))
    }

    pub(crate) fn decode(&self, ids: &[u32]) -> Result<String, ModelError> {
        self.tokenizer
            .decode(ids, true)
            .map_err(|err| ModelError::Local(format!("cannot decode tokens: {err}")))
    }
}
