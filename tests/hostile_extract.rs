//! Hostile and degenerate input for the whole pipeline: `extract` must
//! return sensible claims (or none) on any text, in linear time, and the
//! CLI must name the file and byte offset of bad input.
//!
//! The cases of megabytes are `#[ignore]`d; run them with
//! `cargo test --release --test hostile_extract -- --ignored`.

use conflict_figures::{extract, Claim, Document};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

/// Panics naming the first broken invariant of `claims` over `text`.
fn assert_invariants(text: &str, claims: &[Claim]) {
    let mut prev = 0;
    for c in claims {
        assert!(c.span.start >= prev, "{}: claims out of order", c.id);
        prev = c.span.start;
        assert_eq!(
            text.get(c.span.start..c.span.end),
            Some(c.text.as_str()),
            "{}",
            c.id
        );
        assert!(
            c.sentence.contains(&c.text),
            "{}: sentence lacks the figure",
            c.id
        );
        let q = &c.quantity;
        for v in [q.value, q.low, q.high].into_iter().flatten() {
            assert!(v.is_finite(), "{}: non-finite bound", c.id);
        }
        if let (Some(l), Some(h)) = (q.low, q.high) {
            assert!(l <= h, "{}: low > high", c.id);
        }
        assert_eq!(
            c.subject,
            c.subject.to_lowercase(),
            "{}: subject not lower case",
            c.id
        );
    }
}

/// `extract` on `text` in a thread, failing if it takes longer than
/// `limit` or panics.
fn within(limit: Duration, text: String) -> Vec<Claim> {
    let (tx, rx) = mpsc::channel();
    let len = text.len();
    std::thread::spawn(move || {
        let claims = extract(&Document::new("hostile", text.clone()));
        assert_invariants(&text, &claims);
        let _ = tx.send(claims);
    });
    match rx.recv_timeout(limit) {
        Ok(claims) => claims,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("extract() on {len} bytes took longer than {limit:?}")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("extract() panicked"),
    }
}

const SECONDS: Duration = Duration::from_secs(20);

#[test]
fn empty_and_blank_texts_have_no_claims() {
    for text in ["", " ", "\n\n\n", "\t\r\n", "\u{feff}", "\u{200f}\u{200e}"] {
        assert!(within(SECONDS, text.to_string()).is_empty(), "{text:?}");
    }
}

#[test]
fn nul_bytes_and_control_characters() {
    let text = "\0\0 12 people were killed\0 \u{7}\u{1b}[31m 40 wounded\0".to_string();
    let claims = within(SECONDS, text);
    assert_eq!(claims.len(), 2);
}

#[test]
fn lossy_binary_noise_keeps_the_invariants() {
    let mut x: u64 = 42;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (x >> 56) as u8
        })
        .collect();
    within(SECONDS, String::from_utf8_lossy(&bytes).into_owned());
}

#[test]
fn a_long_line_without_punctuation() {
    let line = "shelling killed 12 civilians and wounded 30 others in Kharkiv ".repeat(5_000);
    let claims = within(SECONDS, line);
    assert_eq!(claims.len(), 10_000);
    assert!(claims.iter().all(|c| c.party.as_deref() == Some("Ukraine")));
}

#[test]
fn many_periods_quotes_and_parentheses() {
    for unit in [".", "\"", "(", ")", "“", "'", "- ", "• ", "\n"] {
        let mut text = unit.repeat(100_000);
        text.push_str(" 12 people were killed.");
        let claims = within(SECONDS, text);
        assert_eq!(claims.len(), 1, "after {unit:?}");
    }
}

#[test]
fn nested_brackets_around_a_claim() {
    let text = format!(
        "{}at least 7 soldiers were killed{}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let claims = within(SECONDS, text);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].text, "at least 7");
}

#[test]
fn unicode_dashes_spaces_and_direction_marks() {
    let text = "\u{202b}Shelling killed\u{00a0}12\u{2009}civilians \u{2014} and 30\u{2013}40 were injured.\u{202c}";
    let claims = within(SECONDS, text.to_string());
    let texts: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["12", "30\u{2013}40"]);
}

#[test]
fn a_million_digits_is_no_claim() {
    let text = format!("killed {} people", "9".repeat(1_000_000));
    assert!(within(SECONDS, text).is_empty());
}

#[test]
fn absurd_numbers_are_no_claims() {
    let text = "Strikes killed 1e400 people and 99999999999999999999999 soldiers.";
    assert!(within(SECONDS, text.to_string()).is_empty());
}

#[test]
#[ignore = "50 MB: run in release with --ignored"]
fn fifty_megabytes_on_one_line() {
    let line =
        "Drones hit 3 towns; 2 people were killed and 5 wounded, officials said ".repeat(700_000);
    let claims = within(Duration::from_secs(120), line);
    assert!(claims.len() >= 1_400_000);
}

#[test]
#[ignore = "50 MB: run in release with --ignored"]
fn fifty_megabytes_of_digits() {
    let text = "7".repeat(50_000_000);
    assert!(within(Duration::from_secs(120), text).is_empty());
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_conflict-figures"))
}

#[test]
fn cli_extract_rejects_invalid_utf8_with_its_offset() {
    let path = std::env::temp_dir().join(format!("cf-extract-{}-bad.txt", std::process::id()));
    std::fs::write(&path, b"Shelling killed 12 \xc3\x28 people").expect("write");
    let out = bin().arg("extract").arg(&path).output().expect("run");
    std::fs::remove_file(&path).ok();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr.trim_end(),
        format!(
            "conflict-figures: {}:1: invalid UTF-8 at byte 19",
            path.display()
        )
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn cli_extract_names_the_line_of_invalid_utf8() {
    let path = std::env::temp_dir().join(format!("cf-extract-{}-line.txt", std::process::id()));
    std::fs::write(&path, b"Headline\n\nShelling killed 12 \xff people").expect("write");
    let out = bin().arg("extract").arg(&path).output().expect("run");
    std::fs::remove_file(&path).ok();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim_end(),
        format!(
            "conflict-figures: {}:3: invalid UTF-8 at byte 29",
            path.display()
        )
    );
}

#[test]
fn cli_extract_of_a_folder_points_to_corpus() {
    let dir = std::env::temp_dir();
    let out = bin().arg("extract").arg(&dir).output().expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let hint = format!("extract --corpus {}", dir.display());
    assert!(stderr.contains(&hint), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn cli_extract_rejects_a_bad_date() {
    let out = bin()
        .args(["extract", "--published", "2025-02-30", "-"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2025-02-30"));
}

#[test]
fn cli_extract_writes_one_claim_per_line() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = bin()
        .args([
            "extract",
            "--id",
            "wire-1",
            "--published",
            "2025-05-02",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("Russia launched 40 drones; 35 were shot down.".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], "wire-1#16");
    assert_eq!(rows[0]["event"], "launched");
    assert_eq!(rows[1]["event"], "intercepted");
    assert_eq!(rows[1]["reported_on"], "2025-05-02");
}

/// A corpus folder of `docs` (id, text) under the temporary directory.
fn corpus_folder(name: &str, docs: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("cf-{name}-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("docs")).expect("mkdir");
    let mut index = String::new();
    for (id, text) in docs {
        std::fs::write(dir.join("docs").join(format!("{id}.txt")), text).expect("write");
        index.push_str(&format!("{{\"id\":\"{id}\"}}\n"));
    }
    std::fs::write(dir.join("docs.jsonl"), index).expect("write");
    dir
}

#[test]
#[ignore = "5 MB: run in release with --ignored"]
fn cli_corpus_writes_a_huge_document_in_its_place() {
    // Over the size the writer extracts itself, claims written as read.
    let dense =
        "Drones hit 3 towns; 2 people were killed and 5 wounded, officials said ".repeat(75_000);
    let small = "Shelling killed 4 civilians in Kherson, officials said.";
    assert!(
        dense.len() > 4 << 20,
        "over the size the writer extracts itself"
    );
    let docs = [
        ("a-small", small),
        ("b-dense", dense.as_str()),
        ("c-small", small),
    ];
    let dir = corpus_folder("huge", &docs);
    let out = bin()
        .args(["extract", "--jobs", "2", "--corpus"])
        .arg(&dir)
        .output()
        .expect("run");
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut expected = Vec::new();
    for (id, text) in docs {
        for claim in extract(&Document::new(id, text)) {
            serde_json::to_writer(&mut expected, &claim).expect("JSON");
            expected.push(b'\n');
        }
    }
    assert!(expected.len() > 100_000_000);
    assert!(
        out.stdout == expected,
        "the corpus output differs from extract"
    );
}
