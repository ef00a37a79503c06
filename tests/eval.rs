//! The `eval` scorer and corpus folders, over a small corpus written for
//! these tests (`tests/fixtures/eval-corpus/`):
//!
//! - `kharkiv-1`: "14" stands three times as a whole word ("March 14", "At
//!   least 14", "14 were civilians") and inside "1,414,000" and "2014"; the
//!   gold civilians claim is its `occurrence` 3. An em dash before the
//!   first figure makes byte and character offsets differ.
//! - `odesa-2`: curly apostrophes, guillemets and "café" before figures;
//!   one wide prediction overlaps two gold claims by the same amount, and
//!   two predictions overlap one gold claim by the same amount.
//! - `donetsk-3`: CRLF line endings, which `score.py` reads as LF.
//!
//! Every expected report below was worked out by hand and agrees byte for
//! byte with `score.py DIR LEDGER --verbose`.

use conflict_figures::corpus::Corpus;
use conflict_figures::eval::{evaluate, Field, Scorer};
use conflict_figures::Error;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const CORPUS: &str = "tests/fixtures/eval-corpus";

fn ledger(name: &str) -> Vec<String> {
    let path = Path::new(CORPUS).join("ledgers").join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines().map(str::to_owned).collect()
}

/// The mixed ledger, by hand:
///
/// - kharkiv-1: all three gold claims matched ("14" by a span shifted one
///   byte each way, with the wrong event, no source and the wrong day;
///   "32" with value 33); "1,414,000" is extra.
/// - odesa-2: "nearly 300" matched (subject "households" ≠ "homes"); the
///   wide "48 … 41" prediction overlaps "48" and "41" by 2 bytes each, and
///   the tie goes to the later gold claim, so it is scored against "41";
///   " 48" and "48 drones" overlap "48" by 2 each, the later (" 48") wins,
///   "48 drones" is extra; "5" is missed.
/// - donetsk-3: "9" and "about 90" matched; the second "9", at its true
///   byte offset, misses the gold span by the CR before it: one miss, one
///   extra.
/// - a claim of an unknown document and one with no document are ignored;
///   `{oops` is unparsable; the blank line is skipped.
///
/// 8 matched of 11 predicted and 10 gold; 6 with the right value.
const MIXED_VERBOSE: &str = "\
gold 10  predicted 11  matched 8  unparsable lines 1
detect   P 0.727  R 0.800  F1 0.762
value    P 0.545  R 0.600  F1 0.571
qualifier    1.000  (8/8)
unit         1.000  (8/8)
event        0.750  (6/8)
subject      0.875  (7/8)
party        1.000  (8/8)
source       0.875  (7/8)
reported_on  0.875  (7/8)

-- missed gold claims
  odesa-2: '5' damaged
  donetsk-3: '9' missing

-- extra predicted claims
  kharkiv-1: '1,414,000' None
  odesa-2: '48 drones' launched
  donetsk-3: '9' missing

-- field errors on matched claims
  kharkiv-1: '14': event wounded != killed; source None != 'Oleh Synehubov'; date 2025-03-13 != 2025-03-14
  kharkiv-1: '32': value 33/33 != 32/32
  odesa-2: '41': value 48/48 != 41/41; event launched != intercepted
detect_f1=0.762 value_f1=0.571 event=0.750 qualifier=1.000 subject=0.875 party=1.000 source=0.875 reported_on=0.875
";

const PERFECT: &str = "\
gold 10  predicted 10  matched 10  unparsable lines 0
detect   P 1.000  R 1.000  F1 1.000
value    P 1.000  R 1.000  F1 1.000
qualifier    1.000  (10/10)
unit         1.000  (10/10)
event        1.000  (10/10)
subject      1.000  (10/10)
party        1.000  (10/10)
source       1.000  (10/10)
reported_on  1.000  (10/10)
detect_f1=1.000 value_f1=1.000 event=1.000 qualifier=1.000 subject=1.000 party=1.000 source=1.000 reported_on=1.000
";

const EMPTY_VERBOSE: &str = "\
gold 10  predicted 0  matched 0  unparsable lines 0
detect   P 0.000  R 0.000  F1 0.000
value    P 0.000  R 0.000  F1 0.000
qualifier    0.000  (0/0)
unit         0.000  (0/0)
event        0.000  (0/0)
subject      0.000  (0/0)
party        0.000  (0/0)
source       0.000  (0/0)
reported_on  0.000  (0/0)

-- missed gold claims
  kharkiv-1: 'At least 14' killed
  kharkiv-1: '32' wounded
  kharkiv-1: '14' killed
  odesa-2: '48' launched
  odesa-2: '41' intercepted
  odesa-2: 'nearly 300' affected
  odesa-2: '5' damaged
  donetsk-3: '9' killed
  donetsk-3: '9' missing
  donetsk-3: 'about 90' wounded

-- extra predicted claims

-- field errors on matched claims
detect_f1=0.000 value_f1=0.000 event=0.000 qualifier=0.000 subject=0.000 party=0.000 source=0.000 reported_on=0.000
";

#[test]
fn perfect_ledger_scores_one() {
    let report = evaluate(CORPUS.as_ref(), ledger("perfect.jsonl")).unwrap();
    assert_eq!(report.to_string(), PERFECT);
    assert_eq!(report.detect().f1, 1.0);
    assert!(report.missed.is_empty() && report.extra.is_empty());
}

#[test]
fn mixed_ledger_scores_as_worked_out() {
    let report = evaluate(CORPUS.as_ref(), ledger("mixed.jsonl")).unwrap();
    assert_eq!(
        (
            report.gold,
            report.predicted,
            report.matched,
            report.unparsable
        ),
        (10, 11, 8, 1)
    );
    assert_eq!(report.values, 6);
    assert_eq!(report.fields.event, 6);
    assert_eq!(report.accuracy(report.fields.subject), 0.875);
    let detect = report.detect();
    assert_eq!((detect.precision, detect.recall), (8.0 / 11.0, 0.8));
    assert_eq!(report.clone().verbose(true).to_string(), MIXED_VERBOSE);
    // Without --verbose: the ten lines of counts and the last line.
    let lines: Vec<&str> = MIXED_VERBOSE.lines().collect();
    let short = format!("{}\n{}\n", lines[..10].join("\n"), lines[lines.len() - 1]);
    assert_eq!(report.to_string(), short);
}

#[test]
fn ties_go_to_the_later_gold_claim_then_the_later_prediction() {
    let report = evaluate(CORPUS.as_ref(), ledger("mixed.jsonl")).unwrap();
    let odesa: Vec<_> = report
        .field_errors
        .iter()
        .filter(|e| e.document == "odesa-2")
        .collect();
    assert_eq!(odesa.len(), 1);
    assert_eq!(odesa[0].text, "'41'");
    assert_eq!(odesa[0].mismatches[0].field, Field::Value);
    assert!(report
        .extra
        .iter()
        .any(|e| e.document == "odesa-2" && e.text == "'48 drones'"));
}

#[test]
fn crlf_documents_are_read_as_score_py_reads_them() {
    // The second "9" of donetsk-3 is at byte 73 of the file, byte 72 once
    // CRLF is read as LF: a one-byte span at the file's offset misses.
    let corpus = Corpus::open(CORPUS).unwrap();
    let entry = corpus.entry("donetsk-3").unwrap();
    let text = corpus.document(entry).unwrap().text;
    assert_eq!(&text[73..74], "9");
    let claim = |start: usize| {
        format!(
            r#"{{"document": "donetsk-3", "span": {{"start": {start}, "end": {}}}}}"#,
            start + 1
        )
    };
    let at_file_offset = evaluate(CORPUS.as_ref(), [claim(73)]).unwrap();
    assert_eq!(at_file_offset.matched, 0);
    let at_python_offset = evaluate(CORPUS.as_ref(), [claim(72)]).unwrap();
    assert_eq!(at_python_offset.matched, 1);
    assert!(at_python_offset
        .missed
        .iter()
        .all(|m| m.text != "'9'" || m.event != "missing"));
}

#[test]
fn ledgers_are_read_with_score_py_tolerance() {
    let lines = [
        // `document` as an object, `source` as a string, no quantity.
        r#"{"document": {"id": "odesa-2"}, "span": {"start": 26, "end": 28}, "source": "air force"}"#,
        // Not an object: score.py would stop; here it is unparsable.
        r#"[1, 2]"#,
        // NaN is a number to Python's json; a control character is blank.
        r#"{"document": "odesa-2", "span": {"start": 87, "end": 89}, "quantity": {"value": NaN}}"#,
        "\u{1c}",
        // Not JSON.
        r#"{"document": "odesa-2""#,
    ];
    let report = evaluate(CORPUS.as_ref(), lines).unwrap();
    assert_eq!(
        (report.predicted, report.matched, report.unparsable),
        (2, 2, 2)
    );
    assert_eq!(report.fields.source, 1);
    assert_eq!(report.values, 0);
}

#[test]
fn scorer_reads_line_by_line() {
    let mut scorer = Scorer::open(CORPUS.as_ref()).unwrap();
    for line in ledger("perfect.jsonl") {
        scorer.add_line(&line);
    }
    assert_eq!(scorer.finish().unwrap().to_string(), PERFECT);
}

#[test]
fn corpus_lists_documents_in_order() {
    let corpus = Corpus::open(CORPUS).unwrap();
    let ids: Vec<&str> = corpus.entries().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["kharkiv-1", "odesa-2", "donetsk-3"]);
    let docs: Vec<_> = corpus.documents().collect::<Result<_, _>>().unwrap();
    assert_eq!(
        docs[0].published.map(|d| d.to_string()).as_deref(),
        Some("2025-03-14")
    );
    assert_eq!(docs[2].published, None);
    assert!(docs[0].text.starts_with("KHARKIV, March 14 — At least 14"));
    assert!(docs[2].text.contains("Monday.\r\n"));
    assert_eq!(
        corpus.entry("odesa-2").unwrap().outlet.as_deref(),
        Some("Example Daily")
    );
    assert!(corpus.entry("nowhere").is_none());
}

/// Files to write over the fixture's: (path in the corpus folder, contents).
type Files<'a> = &'a [(&'a str, &'a [u8])];

/// A scratch corpus folder: a copy of the fixture with some files replaced.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str, files: Files) -> Scratch {
        let dir = std::env::temp_dir().join(format!("cf-eval-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("docs")).unwrap();
        for file in [
            "docs.jsonl",
            "gold.jsonl",
            "docs/kharkiv-1.txt",
            "docs/odesa-2.txt",
            "docs/donetsk-3.txt",
        ] {
            std::fs::copy(Path::new(CORPUS).join(file), dir.join(file)).unwrap();
        }
        for (file, contents) in files {
            std::fs::write(dir.join(file), contents).unwrap();
        }
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn error_of(files: Files, name: &str) -> (String, PathBuf) {
    let scratch = Scratch::new(name, files);
    let err = evaluate(&scratch.0, Vec::<String>::new()).unwrap_err();
    (err.to_string(), scratch.0.clone())
}

#[test]
fn bad_inputs_name_file_and_line() {
    let gold_line = r#"{"doc": "odesa-2", "text": "41", "qualifier": "exact", "unit": "count", "event": "killed""#;
    let unclosed = format!("\n{gold_line}\n{gold_line}\n");
    let cases: &[(&str, Files, &str)] = &[
        (
            "gold-json",
            &[("gold.jsonl", unclosed.as_bytes())],
            "gold.jsonl:2: column 90: Expecting ',' delimiter",
        ),
        (
            "gold-field",
            &[("gold.jsonl", br#"{"doc": "odesa-2", "text": "41"}"#)],
            "gold.jsonl:1: field `qualifier` must be a string",
        ),
        (
            "gold-missing-text",
            &[(
                "gold.jsonl",
                "{\"doc\": \"odesa-2\", \"text\": \"42\", \"qualifier\": \"exact\", \"unit\": \"count\", \"event\": \"killed\"}\r\n".as_bytes(),
            )],
            "gold.jsonl:1: text \"42\" does not occur in ",
        ),
        (
            "docs-date",
            &[("docs.jsonl", b"{\"id\": \"odesa-2\", \"published\": \"2025-02-30\"}\n")],
            "docs.jsonl:1: published date \"2025-02-30\" is not a YYYY-MM-DD date",
        ),
        (
            "docs-duplicate",
            &[("docs.jsonl", b"{\"id\": \"odesa-2\"}\r{\"id\": \"odesa-2\"}\n")],
            "docs.jsonl:2: document id \"odesa-2\" already given on line 1",
        ),
        (
            "doc-utf8",
            &[("docs/odesa-2.txt", b"ODESA \xe2\x80 41")],
            "odesa-2.txt:1: invalid UTF-8 at byte 6",
        ),
    ];
    for (name, files, expected) in cases {
        let (message, dir) = error_of(files, name);
        let message = message.replace(&dir.display().to_string(), "");
        assert!(message.contains(expected), "{name}: {message}");
    }
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_conflict-figures"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn cli_scores_a_ledger_file() {
    let ledger = format!("{CORPUS}/ledgers/mixed.jsonl");
    let (code, stdout, stderr) = cli(&["eval", CORPUS, "--ledger", &ledger, "--verbose"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(stdout, MIXED_VERBOSE);
    let ledger = format!("{CORPUS}/ledgers/perfect.jsonl");
    let (code, stdout, _) = cli(&["eval", CORPUS, "--ledger", &ledger]);
    assert_eq!((code, stdout.as_str()), (0, PERFECT));
}

#[test]
fn cli_without_a_ledger_scores_the_own_ledger() {
    // `eval DIR` scores exactly what `extract --corpus DIR` writes.
    let (code, ledger, stderr) = cli(&["extract", "--corpus", CORPUS]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(!ledger.is_empty());
    let path = std::env::temp_dir().join(format!("cf-eval-own-{}.jsonl", std::process::id()));
    std::fs::write(&path, &ledger).expect("write ledger");
    let (_, from_file, _) = cli(&[
        "eval",
        CORPUS,
        "--verbose",
        "--ledger",
        path.to_str().expect("path"),
    ]);
    std::fs::remove_file(&path).ok();
    let (code, own, _) = cli(&["eval", CORPUS, "--verbose"]);
    assert_eq!(code, 0);
    assert_eq!(own, from_file);
    assert_ne!(own, EMPTY_VERBOSE);
}

#[test]
fn cli_bad_input_is_one_line_and_exit_2() {
    let scratch = Scratch::new("cli", &[("gold.jsonl", b"{\"doc\": 1}\n")]);
    let dir = scratch.0.display().to_string();
    let (code, stdout, stderr) = cli(&["eval", &dir]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        format!("conflict-figures: {dir}/gold.jsonl:1: field `doc` must be a string\n")
    );
    let bad_ledger = scratch.0.join("ledger.jsonl");
    std::fs::write(&bad_ledger, b"{}\n{\"text\": \"\xff\"}\n").unwrap();
    let fine = Scratch::new("cli-ledger", &[]);
    let (code, _, stderr) = cli(&[
        "eval",
        &fine.0.display().to_string(),
        "--ledger",
        &bad_ledger.display().to_string(),
    ]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!(
            "conflict-figures: {}:2: invalid UTF-8 at byte 13\n",
            bad_ledger.display()
        )
    );
    let (code, _, stderr) = cli(&["eval", "tests/fixtures/no-such-corpus"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("conflict-figures: tests/fixtures/no-such-corpus/docs.jsonl: "));
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn errors_are_errors_not_panics() {
    let err = evaluate("tests/fixtures/no-such-corpus".as_ref(), [""; 0]).unwrap_err();
    assert!(matches!(err, Error::Io { .. }));
}

/// Pieces of ledger lines: JSON punctuation, the keys the scorer reads, and
/// values Python reads oddly.
const PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    " ",
    "\"document\"",
    "\"odesa-2\"",
    "\"id\"",
    "\"span\"",
    "\"start\"",
    "\"end\"",
    "\"text\"",
    "\"quantity\"",
    "\"value\"",
    "\"low\"",
    "\"party\"",
    "\"source\"",
    "\"name\"",
    "\"event\"",
    "26",
    "28.5",
    "-1",
    "0",
    "1e999",
    "NaN",
    "-Infinity",
    "true",
    "null",
    "\"\\ud800\"",
    "\"\\u00\"",
    "\"é — «»\"",
    "\"12\"",
    "\"\\n\"",
    "\\",
    "\"",
];

proptest! {
    #[test]
    fn any_ledger_is_scored_without_panic(
        lines in prop::collection::vec(
            prop_oneof![
                prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat()),
                ".{0,60}",
            ],
            0..6,
        )
    ) {
        let report = evaluate(CORPUS.as_ref(), &lines).unwrap();
        prop_assert!(report.matched <= report.predicted.min(report.gold));
        prop_assert!(report.unparsable <= lines.len());
    }
}
