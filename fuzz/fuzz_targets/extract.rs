//! Any text: `extract` never panics; each claim's span marks its text, its
//! sentence holds the figure, and its ledger line reads back unchanged.
#![no_main]

use conflict_figures::{extract, Claim, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = Document::new("fuzz", text).published("2025-01-31".parse().ok());
    for claim in extract(&doc) {
        assert_eq!(claim.span.of(&doc.text), Some(claim.text.as_str()));
        assert!(claim.sentence.contains(&claim.text));
        let line = serde_json::to_string(&claim).expect("a claim serialises");
        let back: Claim = serde_json::from_str(&line).expect("a ledger line reads back");
        assert_eq!(back, claim);
    }
});
