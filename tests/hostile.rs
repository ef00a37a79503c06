//! Hostile and degenerate input: empty text, huge digit runs, deep
//! nesting, binary noise, Unicode dashes and spaces, absurd magnitudes,
//! and the CLI's handling of bad files.
//!
//! Every test here runs quickly in a debug build. The full-size cases
//! (50 MB) are `#[ignore]`d; run them with
//! `cargo test --release --test hostile -- --ignored`.

use conflict_figures::{quantities, Qualifier, Quantity, Unit, MAX_INT_DIGITS};
use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::mpsc;
use std::time::Duration;

/// Panics with a message naming the first broken invariant of `found`.
fn assert_invariants(text: &str, found: &[Quantity]) {
    let mut prev_end = 0;
    for (k, q) in found.iter().enumerate() {
        let (start, end) = (q.span.start, q.span.end);
        assert!(start < end, "quantity {k}: empty span {q:?}");
        assert!(
            start >= prev_end,
            "quantity {k} at {start} overlaps the previous one ending at {prev_end}"
        );
        prev_end = end;
        assert_eq!(
            text.get(start..end),
            Some(q.text.as_str()),
            "quantity {k}: span does not mark its text"
        );
        for v in [q.value, q.low, q.high].into_iter().flatten() {
            assert!(v.is_finite(), "quantity {k}: non-finite bound {q:?}");
        }
        if let (Some(l), Some(v)) = (q.low, q.value) {
            assert!(l <= v, "quantity {k}: low > value {q:?}");
        }
        if let (Some(v), Some(h)) = (q.value, q.high) {
            assert!(v <= h, "quantity {k}: value > high {q:?}");
        }
        if let (Some(l), Some(h)) = (q.low, q.high) {
            assert!(l <= h, "quantity {k}: low > high {q:?}");
        }
    }
}

/// `quantities(text)` with the invariants checked.
fn checked(text: &str) -> Vec<Quantity> {
    let found = quantities(text);
    assert_invariants(text, &found);
    found
}

fn texts(found: &[Quantity]) -> Vec<&str> {
    found.iter().map(|q| q.text.as_str()).collect()
}

/// Runs `quantities` on `text` in a thread and fails the test if it has
/// not returned within `limit` (the thread is left behind; the harness
/// exits when the tests are done).
fn within(limit: Duration, text: String) -> Vec<Quantity> {
    let (tx, rx) = mpsc::channel();
    let len = text.len();
    std::thread::spawn(move || {
        let found = quantities(&text);
        assert_invariants(&text, &found);
        let _ = tx.send(found);
    });
    match rx.recv_timeout(limit) {
        Ok(found) => found,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("quantities() on {len} bytes took longer than {limit:?}")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("quantities() panicked"),
    }
}

/// A fixed-seed linear congruential generator (Knuth's MMIX
/// constants), so the noise tests are reproducible.
struct Lcg(u64);

impl Lcg {
    fn next_byte(&mut self) -> u8 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 56) as u8
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next_byte()).collect()
    }
}

// ---------------------------------------------------------------------
// Degenerate text

#[test]
fn empty_text_has_no_quantities() {
    assert!(quantities("").is_empty());
}

#[test]
fn whitespace_only_has_no_quantities() {
    for text in [
        " ",
        "\t",
        "\n",
        "\r\n",
        " \t\n\r ",
        "\u{a0}\u{2009}\u{202f}\u{3000}",
    ] {
        assert!(quantities(text).is_empty(), "{text:?}");
    }
    assert!(quantities(&" \n".repeat(100_000)).is_empty());
}

#[test]
fn lone_symbols_have_no_quantities() {
    for text in [
        "$", "%", "€", "£", "US$", "$$$", "%%%", "$%", "-", "–", ".", ",", "+",
    ] {
        assert!(quantities(text).is_empty(), "{text:?}");
    }
}

#[test]
fn lone_digit_is_a_quantity() {
    // The counterpart of the empty cases: the smallest text with a figure.
    let found = checked("7");
    assert_eq!(texts(&found), ["7"]);
    assert_eq!(found[0].value, Some(7.0));
}

// ---------------------------------------------------------------------
// Long digit runs

#[test]
fn max_int_digits_is_the_limit() {
    let at_limit = "9".repeat(MAX_INT_DIGITS);
    let found = checked(&format!("{at_limit} people"));
    assert_eq!(texts(&found), [at_limit.as_str()]);
    assert_eq!(found[0].value, Some(999_999_999_999_999.0));

    let over = "9".repeat(MAX_INT_DIGITS + 1);
    assert!(checked(&format!("{over} people")).is_empty());
}

#[test]
fn five_million_digits_yield_nothing_promptly() {
    let text = "7".repeat(5_000_000);
    let found = within(Duration::from_secs(20), text);
    assert!(found.is_empty(), "{} quantities", found.len());
}

#[test]
fn a_400_digit_number_is_no_figure() {
    let long = "7".repeat(400);
    assert!(checked(&long).is_empty());
    assert!(checked(&format!("the code {long} was printed")).is_empty());
}

#[test]
fn a_400_digit_number_does_not_hide_the_next_figure() {
    let long = "4".repeat(400);
    let text = format!("{long} followed by 12 people");
    let found = checked(&text);
    assert_eq!(texts(&found), ["12"]);
    assert_eq!(found[0].value, Some(12.0));
    assert_eq!(found[0].span.start, text.find("12").unwrap());
    assert_eq!(found[0].noun.as_deref(), Some("people"));
}

#[test]
fn a_400_digit_decimal_is_no_figure() {
    let long = "3".repeat(400);
    assert!(checked(&format!("1.{long}")).is_empty());
    assert!(checked(&format!("{long}.5")).is_empty());
}

// ---------------------------------------------------------------------
// Repetition and nesting

#[test]
fn ten_thousand_at_leasts_then_a_figure() {
    let text = format!("{}5 people", "at least ".repeat(10_000));
    let found = within(Duration::from_secs(20), text.clone());
    assert_eq!(texts(&found), ["at least 5"]);
    assert_eq!(found[0].qualifier, Qualifier::AtLeast);
    assert_eq!(found[0].value, Some(5.0));
    assert_eq!(found[0].span.end, text.len() - " people".len());
}

#[test]
fn deep_parentheses_around_a_figure() {
    let depth = 100_000;
    let text = format!("{}about 300{}", "(".repeat(depth), ")".repeat(depth));
    let found = within(Duration::from_secs(20), text);
    assert_eq!(texts(&found), ["about 300"]);
    assert_eq!(found[0].span.start, depth);
    assert_eq!(found[0].qualifier, Qualifier::About);
    assert_eq!(found[0].value, Some(300.0));
}

#[test]
fn deep_quotes_around_a_figure() {
    let depth = 100_000;
    let open = "\"“«'‘[{".chars().cycle().take(depth).collect::<String>();
    let close = "\"”»'’]}".chars().cycle().take(depth).collect::<String>();
    let text = format!("{open}about 300{close}");
    let found = within(Duration::from_secs(20), text.clone());
    assert_eq!(texts(&found), ["about 300"]);
    assert_eq!(found[0].span.start, open.len());
}

#[test]
fn many_figures_in_a_row() {
    // 100,000 separate figures: each one found, in order.
    let n = 100_000;
    let text = "killed 12, ".repeat(n);
    let found = within(Duration::from_secs(20), text);
    assert_eq!(found.len(), n);
    assert!(found
        .iter()
        .all(|q| q.text == "12" && q.value == Some(12.0)));
}

/// Words in hyphen chains: every "one" is a figure, and each one reads
/// the whole rest of the chain as a possible noun, so time grows with the
/// square of the chain's length (40 KB: ~17 s, 160 KB: ~210 s in debug).
#[test]
fn hyphen_chained_number_words_take_linear_time() {
    let text = "one-".repeat(50_000);
    let found = within(Duration::from_secs(30), text);
    assert_eq!(found.len(), 50_000);
}

/// Comma groups: every three-digit group after a comma is a candidate,
/// and reading it counts all the groups that follow before giving up, so
/// time grows with the square of the run (40 KB: ~20 s, 160 KB: ~365 s
/// in debug).
#[test]
fn long_comma_grouped_runs_take_linear_time() {
    let text = "123,".repeat(50_000);
    let found = within(Duration::from_secs(30), text);
    assert!(found.is_empty(), "{} quantities", found.len());
}

// ---------------------------------------------------------------------
// Binary noise

#[test]
fn lossy_binary_noise_keeps_the_invariants() {
    let bytes = Lcg(0x5eed_1234_abcd_0001).bytes(1 << 20);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    within(Duration::from_secs(30), text);
}

#[test]
fn ascii_noise_keeps_the_invariants() {
    // Printable ASCII only, so digits, letters and punctuation collide
    // far more often than in raw bytes.
    let mut lcg = Lcg(42);
    let alphabet = b"0123456789 ,.-%$()amtlhsdonbk\n";
    let text: String = (0..1 << 20)
        .map(|_| alphabet[usize::from(lcg.next_byte()) % alphabet.len()] as char)
        .collect();
    let found = within(Duration::from_secs(30), text);
    assert!(
        !found.is_empty(),
        "noise this dense in digits holds figures"
    );
}

// ---------------------------------------------------------------------
// Unicode dashes, spaces and marks

#[test]
fn dashes_between_figures_make_ranges() {
    for dash in [
        '-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2212}',
    ] {
        for sep in [format!("{dash}"), format!(" {dash} ")] {
            let text = format!("between 50{sep}60 people");
            let found = checked(&text);
            assert_eq!(texts(&found), [format!("between 50{sep}60")], "{text:?}");
            let bare = format!("50{sep}60 people");
            let found = checked(&bare);
            assert_eq!(found.len(), 1, "{bare:?}: {found:?}");
            let q = &found[0];
            assert_eq!(q.text, format!("50{sep}60"), "{bare:?}");
            assert_eq!(q.qualifier, Qualifier::Range, "{bare:?}");
            assert_eq!(
                (q.value, q.low, q.high),
                (None, Some(50.0), Some(60.0)),
                "{bare:?}"
            );
            assert_eq!(q.noun.as_deref(), Some("people"), "{bare:?}");
        }
    }
}

#[test]
fn em_dash_separates_two_figures() {
    // An em dash is a break between clauses, not a range: two figures.
    for text in ["50\u{2014}60", "50 \u{2014} 60"] {
        let found = checked(text);
        assert_eq!(texts(&found), ["50", "60"], "{text:?}");
        assert!(found.iter().all(|q| q.qualifier == Qualifier::Exact));
    }
}

#[test]
fn range_ends_must_rise() {
    for text in ["60-50", "60–50", "3-1 win"] {
        let found = checked(text);
        assert!(
            found.iter().all(|q| q.qualifier != Qualifier::Range),
            "{text:?}: {found:?}"
        );
    }
}

#[test]
fn unicode_spaces_join_figure_and_noun() {
    for space in ['\u{a0}', '\u{2009}', '\u{202f}', '\u{2007}', '\u{3000}'] {
        let text = format!("killed 300{space}people");
        let found = checked(&text);
        assert_eq!(texts(&found), ["300"], "{text:?}");
        assert_eq!(found[0].noun.as_deref(), Some("people"), "{text:?}");

        let text = format!("at{space}least{space}300 people");
        let found = checked(&text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!(found[0].qualifier, Qualifier::AtLeast, "{text:?}");
        assert_eq!(found[0].value, Some(300.0), "{text:?}");
    }
}

#[test]
fn bidi_marks_around_figures() {
    for (open, close) in [
        ('\u{200f}', '\u{200f}'), // RLM
        ('\u{200e}', '\u{200e}'), // LRM
        ('\u{202b}', '\u{202c}'), // RLE .. PDF
        ('\u{2067}', '\u{2069}'), // RLI .. PDI
    ] {
        let text = format!("killed {open}300{close} people");
        let found = checked(&text);
        assert_eq!(texts(&found), ["300"], "{text:?}");
        assert_eq!(found[0].value, Some(300.0));
        assert_eq!(found[0].span.start, text.find('3').unwrap());

        let text = format!("{open}about 300{close}");
        let found = checked(&text);
        assert_eq!(texts(&found), ["about 300"], "{text:?}");
        assert_eq!(found[0].qualifier, Qualifier::About);
    }
}

#[test]
fn multibyte_text_around_figures_keeps_spans_on_boundaries() {
    let text = "Київ: 300 загиблих, 五十 people, €5 million, ₴12bn, 20 % — 😀 40😀";
    let found = checked(text);
    let t = texts(&found);
    assert!(t.contains(&"300"), "{t:?}");
    assert!(t.contains(&"€5 million"), "{t:?}");
    let euro = found.iter().find(|q| q.text == "€5 million").unwrap();
    assert_eq!(euro.unit, Unit::Currency);
    assert_eq!(euro.currency.as_deref(), Some("EUR"));
    assert_eq!(euro.value, Some(5e6));
}

#[test]
fn currency_on_the_low_end_of_a_range_is_kept() {
    for text in ["$5-10bn", "$5–10bn", "€5–10 million", "$5bn-10bn"] {
        let found = checked(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!(found[0].qualifier, Qualifier::Range, "{text:?}");
        assert_eq!(found[0].unit, Unit::Currency, "{text:?}");
        assert!(found[0].currency.is_some(), "{text:?}");
    }
}

// ---------------------------------------------------------------------
// Absurd magnitudes

#[test]
fn absurd_magnitudes_are_no_figures() {
    // The crate documents that a value with scale words must stay below
    // 10^18: past it, there is no quantity.
    for text in [
        "999,999,999,999,999 trillion",
        "999,999,999,999,999 trillion people",
        "1,000,000 trillion",
        "$999,999,999,999,999bn",
        "1000000 trillion",
    ] {
        let found = checked(text);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

#[test]
fn magnitudes_just_under_the_limit_are_read() {
    let found = checked("999,999 trillion");
    assert_eq!(texts(&found), ["999,999 trillion"]);
    let v = found[0].value.unwrap();
    assert!((v - 9.99999e17).abs() <= 1e-9 * v);
}

#[test]
fn stacked_scale_words_stay_finite() {
    for text in [
        "several trillion trillion trillion",
        "billions of billions of billions of billions",
        "trillions of trillions of trillions of trillions of trillions",
        "a million million million",
        "one trillion trillion",
    ] {
        let found = checked(text);
        for q in &found {
            assert!(q.span.end <= text.len());
            assert!(
                [q.value, q.low, q.high]
                    .iter()
                    .flatten()
                    .all(|v| v.is_finite()),
                "{text:?}: {q:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------
// CLI

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_conflict-figures"))
}

/// A fresh path under the temp dir, unique to this process and test.
fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!(
        "conflict-figures-hostile-{}-{name}",
        std::process::id()
    ));
    std::fs::write(&path, contents).expect("write temp file");
    path
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    bin().args(args).output().expect("run conflict-figures")
}

#[test]
fn cli_rejects_invalid_utf8_with_its_offset() {
    let path = temp_file("invalid.txt", b"12 killed \xff\xfe");
    let out = run(&["quantities".as_ref(), path.as_os_str()]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert!(stderr.contains("invalid UTF-8 at byte 10"), "{stderr}");
    assert!(stderr.contains(&path.display().to_string()), "{stderr}");
    assert!(stderr.starts_with("conflict-figures: "), "{stderr}");
    assert!(out.stdout.is_empty(), "no output for a bad file");
}

#[test]
fn cli_rejects_invalid_utf8_on_stdin() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = bin()
        .args(["quantities", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().unwrap().write_all(b"abc\x80").unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("invalid UTF-8 at byte 3"), "{stderr}");
}

#[test]
fn cli_reports_a_missing_file() {
    let path = std::env::temp_dir().join(format!(
        "conflict-figures-hostile-{}-does-not-exist.txt",
        std::process::id()
    ));
    assert!(!path.exists());
    let out = run(&["quantities".as_ref(), path.as_os_str()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr.contains(&path.display().to_string()), "{stderr}");
}

#[test]
fn cli_lines_gives_spans_per_line() {
    let path = temp_file("lines.txt", b"at least 5 killed\nabout 20 percent");
    let out = run(&["quantities".as_ref(), "--lines".as_ref(), path.as_os_str()]);
    std::fs::remove_file(&path).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON object per line"))
        .collect();
    assert_eq!(rows.len(), 2, "{stdout}");
    assert_eq!(rows[0]["line"], 1);
    assert_eq!(rows[0]["text"], "at least 5");
    assert_eq!(rows[0]["span"]["start"], 0);
    assert_eq!(rows[0]["span"]["end"], 10);
    assert_eq!(rows[0]["qualifier"], "at_least");
    assert_eq!(rows[1]["line"], 2);
    assert_eq!(rows[1]["text"], "about 20 percent");
    assert_eq!(rows[1]["span"]["start"], 0);
    assert_eq!(rows[1]["span"]["end"], 16);
    assert_eq!(rows[1]["unit"], "percent");
    assert_eq!(rows[1]["value"], 20);
}

#[test]
fn cli_without_lines_gives_document_spans() {
    let path = temp_file("doc.txt", b"at least 5 killed\r\nabout 20 percent");
    let out = run(&["quantities".as_ref(), path.as_os_str()]);
    std::fs::remove_file(&path).ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2, "{stdout}");
    assert_eq!(rows[1]["line"], 2);
    assert_eq!(rows[1]["span"]["start"], 19);
}

#[test]
fn cli_on_an_empty_file_prints_nothing() {
    let path = temp_file("empty.txt", b"");
    let out = run(&["quantities".as_ref(), path.as_os_str()]);
    std::fs::remove_file(&path).ok();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

// ---------------------------------------------------------------------
// Full-size cases: `cargo test --release --test hostile -- --ignored`

#[test]
#[ignore = "50 MB: run with `cargo test --release -- --ignored`"]
fn fifty_megabytes_of_digits() {
    let text = "7".repeat(50_000_000);
    let found = within(Duration::from_secs(60), text);
    assert!(found.is_empty());
}

/// `total` bytes of a news line repeated: every line's figures are found,
/// no more and no fewer.
fn repeated_news(total: usize, limit: Duration) {
    let line = "Officials said at least 55,000 troops, about 20 percent, \
                and between 50 and 60 people (nearly two dozen) were hit.\n";
    let one_line = checked(line);
    let per_line = texts(&one_line);
    assert_eq!(
        per_line,
        [
            "at least 55,000",
            "about 20 percent",
            "between 50 and 60",
            "nearly two dozen"
        ]
    );
    let n = total / line.len();
    let found = within(limit, line.repeat(n));
    assert_eq!(found.len(), per_line.len() * n);
    for (k, q) in found.iter().enumerate() {
        assert_eq!(q.text, per_line[k % per_line.len()]);
        assert_eq!(q.span.start / line.len(), k / per_line.len());
    }
}

#[test]
fn half_a_megabyte_of_news() {
    repeated_news(500_000, Duration::from_secs(20));
}

#[test]
#[ignore = "50 MB: run with `cargo test --release -- --ignored`"]
fn fifty_megabytes_of_news() {
    repeated_news(50_000_000, Duration::from_secs(120));
}

#[test]
#[ignore = "50 MB: run with `cargo test --release -- --ignored`"]
fn fifty_megabytes_of_binary_noise() {
    let bytes = Lcg(7).bytes(50_000_000);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    within(Duration::from_secs(120), text);
}
