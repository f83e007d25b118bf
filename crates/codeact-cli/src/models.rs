//! `--model`: which model answers, and how to reach it.

use std::path::PathBuf;
use std::sync::Arc;

use codeact::model::Model;

use crate::Failure;
use crate::args::RunArgs;

/// What `--model` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelSpec {
    /// The embedded model; `None` for the default weights.
    Local(Option<PathBuf>),
    /// An OpenAI-compatible endpoint and a model id.
    OpenAi(String),
    /// Anthropic's Messages API and a model id.
    Anthropic(String),
}

impl ModelSpec {
    /// Reads `local`, `local:PATH.gguf`, `openai:MODEL_ID` or `anthropic:MODEL_ID`.
    pub fn parse(text: &str) -> Result<Self, Failure> {
        let (provider, rest) = match text.split_once(':') {
            Some((provider, rest)) => (provider, Some(rest)),
            None => (text, None),
        };
        let named = |what: &str| match rest {
            Some(id) if !id.trim().is_empty() => Ok(id.trim().to_owned()),
            _ => Err(Failure::usage(format!(
                "--model {provider}: needs a model id, as in --model {provider}:{what}"
            ))),
        };
        match provider {
            "local" => Ok(Self::Local(
                rest.filter(|path| !path.is_empty()).map(PathBuf::from),
            )),
            "openai" => named("gpt-4o-mini").map(Self::OpenAi),
            "anthropic" => named("claude-sonnet-4-5").map(Self::Anthropic),
            other => Err(Failure::usage(format!(
                "--model {other}: unknown provider; use local, local:PATH.gguf, openai:MODEL_ID or anthropic:MODEL_ID"
            ))),
        }
    }

    /// Whether the embedded model answers.
    pub fn is_local(&self) -> bool {
        matches!(self, Self::Local(_))
    }
}

/// Builds the model of a run: the provider, with retries, and the rate limit
/// when one is asked for.
pub async fn build(spec: &ModelSpec, args: &RunArgs) -> Result<Arc<dyn Model>, Failure> {
    let base: Arc<dyn Model> = match spec {
        ModelSpec::Local(path) => local(path.clone(), args.quiet || args.json).await?,
        ModelSpec::OpenAi(id) => openai(id, args)?,
        ModelSpec::Anthropic(id) => anthropic(id, args)?,
    };
    let retrying: Arc<dyn Model> = Arc::new(codeact::model::RetryingModel::new(base));
    Ok(match args.rpm {
        Some(0) => return Err(Failure::usage("--rpm must be at least 1")),
        Some(rpm) => Arc::new(codeact::model::RateLimitedModel::new(
            retrying,
            codeact::model::RateLimit::requests_per_minute(rpm),
        )),
        None => retrying,
    })
}

fn openai(id: &str, args: &RunArgs) -> Result<Arc<dyn Model>, Failure> {
    let key = args
        .api_key
        .clone()
        .or_else(|| non_empty_env("OPENAI_API_KEY"));
    let mut builder = codeact::model::OpenAIModel::builder(id);
    match (&args.base_url, key) {
        (_, Some(key)) => builder = builder.api_key(key),
        // Local servers (Ollama, vLLM, llama.cpp) take any key or none.
        (Some(_), None) => builder = builder.api_key("none"),
        (None, None) => {
            return Err(Failure::usage(
                "no API key for OpenAI: set OPENAI_API_KEY or pass --api-key (or --base-url for a local server)",
            ));
        }
    }
    if let Some(url) = &args.base_url {
        builder = builder.base_url(url.clone());
    }
    let model = builder
        .build()
        .map_err(|err| Failure::usage(format!("OpenAI-compatible model {id}: {err}")))?;
    Ok(Arc::new(model))
}

fn anthropic(id: &str, args: &RunArgs) -> Result<Arc<dyn Model>, Failure> {
    let Some(key) = args
        .api_key
        .clone()
        .or_else(|| non_empty_env("ANTHROPIC_API_KEY"))
    else {
        return Err(Failure::usage(
            "no API key for Anthropic: set ANTHROPIC_API_KEY or pass --api-key",
        ));
    };
    let mut builder = codeact::model::AnthropicModel::builder(id).api_key(key);
    if let Some(url) = &args.base_url {
        builder = builder.base_url(url.clone());
    }
    let model = builder
        .build()
        .map_err(|err| Failure::usage(format!("Anthropic model {id}: {err}")))?;
    Ok(Arc::new(model))
}

async fn local(path: Option<PathBuf>, quiet: bool) -> Result<Arc<dyn Model>, Failure> {
    let path = match path {
        Some(path) => path,
        None => crate::download::default_weights(quiet).await?,
    };
    let load = {
        let path = path.clone();
        move || codeact::model::local::LocalModel::load(&path)
    };
    let model = tokio::task::spawn_blocking(load)
        .await
        .map_err(|err| Failure::usage(format!("loading {} stopped: {err}", path.display())))?
        .map_err(|err| Failure::usage(format!("cannot load {}: {err}", path.display())))?;
    Ok(Arc::new(model))
}

fn non_empty_env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_specs_parse() {
        assert_eq!(
            ModelSpec::parse("local").expect("parses"),
            ModelSpec::Local(None)
        );
        assert_eq!(
            ModelSpec::parse("local:/tmp/m.gguf").expect("parses"),
            ModelSpec::Local(Some("/tmp/m.gguf".into()))
        );
        assert_eq!(
            ModelSpec::parse("openai:mock-k5").expect("parses"),
            ModelSpec::OpenAi("mock-k5".into())
        );
        assert_eq!(
            ModelSpec::parse("anthropic:claude-x").expect("parses"),
            ModelSpec::Anthropic("claude-x".into())
        );
    }

    #[test]
    fn bad_model_specs_say_what_to_write() {
        let failure = ModelSpec::parse("gpt4").expect_err("refused");
        assert!(
            failure.message.contains("openai:MODEL_ID"),
            "{}",
            failure.message
        );
        let failure = ModelSpec::parse("openai:").expect_err("refused");
        assert!(
            failure.message.contains("needs a model id"),
            "{}",
            failure.message
        );
    }
}
