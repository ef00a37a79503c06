//! Any text: `quantities` never panics, and every quantity's span marks its
//! text, on character boundaries, in order, with sane bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut prev = 0;
    for q in conflict_figures::quantities(&text) {
        assert!(q.span.start >= prev && q.span.start < q.span.end);
        prev = q.span.end;
        assert_eq!(text.get(q.span.start..q.span.end), Some(q.text.as_str()));
        for v in [q.value, q.low, q.high].into_iter().flatten() {
            assert!(v.is_finite());
        }
        if let (Some(l), Some(h)) = (q.low, q.high) {
            assert!(l <= h);
        }
    }
});
