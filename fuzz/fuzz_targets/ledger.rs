//! Any bytes as a ledger: the reader never panics, reports each corrupt
//! line with its number and goes on (lenient), stops at the first (strict),
//! and every claim it reads writes back to a line that reads the same.
#![no_main]

use conflict_figures::ledger::{write_line, Mode, Reader};
use conflict_figures::Claim;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut last = 0;
    for item in Reader::<_, Claim>::new("fuzz.jsonl", data, Mode::Lenient) {
        match item {
            Ok(entry) => {
                assert!(entry.line > last);
                last = entry.line;
                let mut out = Vec::new();
                write_line(&mut out, &entry.record).expect("a claim writes");
                let again: Vec<_> = Reader::<_, Claim>::new("again", out.as_slice(), Mode::Strict)
                    .collect::<Result<_, _>>()
                    .expect("a written line reads back");
                assert_eq!(again.len(), 1);
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
    let strict: Vec<_> = Reader::<_, Claim>::new("fuzz.jsonl", data, Mode::Strict).collect();
    if let Some(pos) = strict.iter().position(Result::is_err) {
        assert_eq!(pos + 1, strict.len(), "strict mode stops at the first bad line");
    }
});
