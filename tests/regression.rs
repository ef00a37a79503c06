//! Crashes found by fuzzing (`fuzz/run.sh`), replayed: each input as the
//! fuzzer found it, and the smallest text that showed the fault.

use conflict_figures::{extract, Document};

/// Runs `extract` on `bytes` as the fuzz target does and checks its
/// invariants.
fn replay(bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let doc = Document::new("fuzz", text).published("2025-01-31".parse().ok());
    let claims = extract(&doc);
    for c in &claims {
        assert_eq!(c.span.of(&doc.text), Some(c.text.as_str()));
        assert!(c.sentence.contains(&c.text));
    }
    claims.len()
}

/// A possessive place after the counted noun ("58 people Russia's
/// forces") cleared the noun phrase under a noun already found; slicing
/// the cleared phrase panicked.
#[test]
fn possessive_place_after_the_counted_noun() {
    replay(include_bytes!(
        "fixtures/regression/extract-possessive-after-noun.bin"
    ));
    assert_eq!(
        replay(b"The ministry said 58 people Russia's forces had killed."),
        1
    );
}
