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

/// A figure followed by a Unicode hyphen (U+2010, three bytes) and a
/// letter: the compound-modifier test sliced one byte past the figure,
/// inside the hyphen.
#[test]
fn unicode_hyphen_after_a_figure() {
    replay(include_bytes!(
        "fixtures/regression/extract-hyphen-after-figure.bin"
    ));
    // "a nine‐storey block": a modifier, not a count, with either hyphen.
    assert_eq!(
        replay("Shelling hit a 9\u{2010}storey block.".as_bytes()),
        0
    );
    assert_eq!(replay(b"Shelling hit a 9-storey block."), 0);
    assert_eq!(replay("Shelling killed 9\u{2010} people.".as_bytes()), 1);
}
