//! Scores a claims ledger against a corpus's gold claims, exactly as the
//! reference scorer `score.py` does: same matching, same field rules, same
//! numbers, same printed report.
//!
//! A predicted claim matches a gold claim of the same document when their
//! spans overlap; each is matched at most once, the pairs with the largest
//! overlap first (ties: the later gold claim, then the later prediction).
//! A gold claim's span is found from its `text`: its `occurrence`-th
//! whole-word match in the document (Python's `(?<!\w)TEXT(?!\w)`), or,
//! when there are too few, its plain occurrences, the last one standing in
//! for any missing. Then:
//!
//! - **detect**: precision, recall and F1 of the matched claims;
//! - **value**: the same for matched claims whose value agrees (within
//!   0.01; the low bound for vague claims, both bounds for ranges);
//! - **fields**: over matched claims, the share with the same qualifier,
//!   unit, event, subject, party, source and `reported_on`, each compared
//!   by `score.py`'s rule (parties through demonyms, sources by a shared
//!   word or an acronym, subjects by their last word made singular).
//!
//! Ledger lines are read as plain JSON, so any ledger can be scored, with
//! `score.py`'s tolerance: a missing field is null, `document` may be an id
//! or an object with an `id`, `source` a name or an object with a `name`.
//! A line that is not a JSON object counts as unparsable; a claim of a
//! document the corpus does not list is ignored.
//!
//! Like `score.py`, which reads each document in text mode, gold spans are
//! found in the text with `\r\n` and `\r` read as `\n`. Python's character
//! classes (`\w`, printable) come from tables of Unicode 14.0 (Python 3.11).
//!
//! ```no_run
//! use conflict_figures::eval::evaluate;
//!
//! let ledger = std::fs::read_to_string("ledger.jsonl")?;
//! let report = evaluate("corpus/dev".as_ref(), ledger.lines())?;
//! println!("{}", report.detect().f1);
//! print!("{}", report.verbose(true));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod fields;
mod json;
mod python;
mod unicode;

use crate::corpus::{is_blank, Corpus, JsonLines};
use crate::error::{Error, RecordError};
use python::Py;
use std::fmt;
use std::path::{Path, PathBuf};

/// Scores the ledger `lines` (JSON Lines, one claim per line) against the
/// corpus folder `dir` and its `gold.jsonl`.
///
/// # Errors
///
/// As [`Scorer::open`] and [`Scorer::finish`]: an unreadable corpus, a bad
/// `docs.jsonl` or `gold.jsonl` line, or a gold text its document lacks.
/// Bad ledger lines are not errors: the report counts them.
pub fn evaluate<I>(dir: &Path, lines: I) -> Result<Report, Error>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let mut scorer = Scorer::open(dir)?;
    for line in lines {
        scorer.add_line(line.as_ref());
    }
    scorer.finish()
}

/// Scores a ledger read line by line: [`open`](Self::open) the corpus,
/// [`add_line`](Self::add_line) each ledger line, then
/// [`finish`](Self::finish).
///
/// Predicted claims of the corpus's documents are kept until `finish`;
/// document texts are read one at a time.
#[derive(Debug)]
pub struct Scorer {
    corpus: Corpus,
    gold_path: PathBuf,
    /// Gold claims by the position of their document in the corpus.
    gold: Vec<Vec<Gold>>,
    /// Every gold line, also those of documents the corpus does not list.
    gold_count: usize,
    /// Predicted claims by the position of their document in the corpus.
    predicted: Vec<Vec<Py>>,
    predicted_count: usize,
    unparsable: usize,
}

/// One checked line of `gold.jsonl`.
#[derive(Debug)]
struct Gold {
    line: usize,
    text: String,
    occurrence: usize,
    claim: Py,
}

impl Scorer {
    /// Reads the corpus list `dir/docs.jsonl` and the gold claims
    /// `dir/gold.jsonl`.
    ///
    /// A gold line must be a JSON object with string `doc`, `text` (not
    /// empty), `qualifier`, `unit` and `event`; `occurrence`, when given, a
    /// positive integer; `subject` a string or null; `party` and `source` a
    /// name, an object with a `name`, or null. A gold claim of a document
    /// the corpus does not list counts in the total, as in `score.py`.
    ///
    /// # Errors
    ///
    /// As [`Corpus::open`]; for `gold.jsonl`, [`Error::Io`],
    /// [`Error::InvalidUtf8`], or [`Error::Record`] naming the file and line.
    pub fn open(dir: &Path) -> Result<Scorer, Error> {
        let corpus = Corpus::open(dir)?;
        let gold_path = dir.join("gold.jsonl");
        let mut gold: Vec<Vec<Gold>> = corpus.entries().iter().map(|_| Vec::new()).collect();
        let mut gold_count = 0;
        for line in JsonLines::open(&gold_path)? {
            let line = line?;
            if is_blank(&line.text) {
                continue;
            }
            let (doc, claim) =
                parse_gold(&line.text, line.number).map_err(|reason| Error::Record {
                    path: gold_path.clone(),
                    line: line.number,
                    reason,
                })?;
            gold_count += 1;
            if let Some(claims) = corpus.position(&doc).and_then(|i| gold.get_mut(i)) {
                claims.push(claim);
            }
        }
        let predicted = corpus.entries().iter().map(|_| Vec::new()).collect();
        Ok(Scorer {
            corpus,
            gold_path,
            gold,
            gold_count,
            predicted,
            predicted_count: 0,
            unparsable: 0,
        })
    }

    /// Adds one ledger line. Blank lines are skipped; a line that is not a
    /// JSON object counts as unparsable; a claim whose `document` (an id, or
    /// an object with an `id`) the corpus does not list is ignored.
    pub fn add_line(&mut self, line: &str) {
        if is_blank(line) {
            return;
        }
        let claim = match json::loads(line) {
            Ok(claim @ Py::Dict(_)) => claim,
            _ => {
                self.unparsable += 1;
                return;
            }
        };
        let document = match claim.get("document") {
            doc @ Py::Dict(_) => doc.get("id"),
            doc => doc,
        };
        let position = document.as_str().and_then(|id| self.corpus.position(id));
        if let Some(claims) = position.and_then(|i| self.predicted.get_mut(i)) {
            claims.push(claim);
            self.predicted_count += 1;
        }
    }

    /// Reads each document, matches its claims and scores them.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] or [`Error::InvalidUtf8`] for a document text that
    /// cannot be read; [`Error::Record`] naming the `gold.jsonl` line whose
    /// text does not occur in its document.
    pub fn finish(mut self) -> Result<Report, Error> {
        let mut report = Report {
            gold: self.gold_count,
            predicted: self.predicted_count,
            unparsable: self.unparsable,
            ..Report::default()
        };
        for (i, entry) in self.corpus.entries().iter().enumerate() {
            let document = self.corpus.document(entry)?;
            let text = python::universal_newlines(&document.text);
            let gold = self.gold.get_mut(i).map(std::mem::take).unwrap_or_default();
            let predicted = self
                .predicted
                .get_mut(i)
                .map(std::mem::take)
                .unwrap_or_default();
            let mut spans = Vec::with_capacity(gold.len());
            for claim in &gold {
                let span = gold_span(&text, claim).ok_or_else(|| Error::Record {
                    path: self.gold_path.clone(),
                    line: claim.line,
                    reason: RecordError::TextNotFound {
                        text: claim.text.clone(),
                        document: self.corpus.text_path(entry),
                    },
                })?;
                spans.push(span);
            }
            report.add_document(&entry.id, &gold, &spans, &predicted);
        }
        Ok(report)
    }
}

/// One `gold.jsonl` record: its document's id and the checked claim.
fn parse_gold(line: &str, number: usize) -> Result<(String, Gold), RecordError> {
    let claim = json::loads(line).map_err(|e| RecordError::Json {
        column: e.column,
        message: e.message.to_owned(),
    })?;
    if !matches!(claim, Py::Dict(_)) {
        return Err(RecordError::NotAnObject);
    }
    let string = |field: &'static str| {
        claim
            .get(field)
            .as_str()
            .map(str::to_owned)
            .ok_or(RecordError::Field {
                field,
                expected: "a string",
            })
    };
    let doc = string("doc")?;
    let text = string("text")?;
    if text.is_empty() {
        return Err(RecordError::Field {
            field: "text",
            expected: "a non-empty string",
        });
    }
    for field in ["qualifier", "unit", "event"] {
        string(field)?;
    }
    let occurrence = match claim.lookup("occurrence") {
        None => 1,
        Some(Py::Int(n)) if *n >= 1 => usize::try_from(*n).unwrap_or(usize::MAX),
        Some(_) => {
            return Err(RecordError::Field {
                field: "occurrence",
                expected: "a positive integer",
            })
        }
    };
    if !matches!(claim.get("subject"), Py::None | Py::Str(_)) {
        return Err(RecordError::Field {
            field: "subject",
            expected: "a string or null",
        });
    }
    for field in ["party", "source"] {
        if !matches!(fields::source_name(claim.get(field)), Py::None | Py::Str(_)) {
            return Err(RecordError::Field {
                field,
                expected: "a name, an object with a name, or null",
            });
        }
    }
    Ok((
        doc,
        Gold {
            line: number,
            text,
            occurrence,
            claim,
        },
    ))
}

/// The byte span `score.py`'s `gold_spans` gives a gold claim, or `None`
/// when its text does not occur at all (where `score.py` stops).
fn gold_span(text: &str, claim: &Gold) -> Option<(usize, usize)> {
    let k = claim.occurrence - 1;
    let mut found = python::whole_word_matches(text, &claim.text);
    if k >= found.len() {
        found = python::substring_matches(text, &claim.text);
    }
    let start = *found.get(k.min(found.len().checked_sub(1)?))?;
    Some((start, start + claim.text.len()))
}

/// One bound of a predicted span as `sp.get(key, -1)` reads it; `None` for
/// a value Python cannot do arithmetic with (where `score.py` would stop).
fn span_bound(span: &Py, key: &str) -> Option<f64> {
    match span.lookup(key) {
        None => Some(-1.0),
        Some(value) => value.as_number(),
    }
}

/// The overlapping (gold, prediction) pairs, largest overlap first; ties
/// go to the larger gold index, then the larger prediction index (Python's
/// `sort(reverse=True)` on `(overlap, i, j)`).
fn overlapping_pairs(spans: &[(usize, usize)], predicted: &[Py]) -> Vec<(f64, usize, usize)> {
    let mut pairs = Vec::new();
    for (i, &(a, b)) in spans.iter().enumerate() {
        for (j, claim) in predicted.iter().enumerate() {
            let span = claim.get("span");
            let (Some(s), Some(e)) = (span_bound(span, "start"), span_bound(span, "end")) else {
                continue;
            };
            let overlap = (b as f64).min(e) - (a as f64).max(s);
            if overlap > 0.0 {
                pairs.push((overlap, i, j));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(y.1.cmp(&x.1)).then(y.2.cmp(&x.2)));
    pairs
}

/// Scores for one measure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Hits over predicted claims (0 with no prediction).
    pub precision: f64,
    /// Hits over gold claims (0 with no gold claim).
    pub recall: f64,
    /// Their harmonic mean (0 when both are 0).
    pub f1: f64,
}

impl Scores {
    fn new(hits: usize, predicted: usize, gold: usize) -> Scores {
        let ratio = |n: usize| if n > 0 { hits as f64 / n as f64 } else { 0.0 };
        let (p, r) = (ratio(predicted), ratio(gold));
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Scores {
            precision: p,
            recall: r,
            f1,
        }
    }
}

/// How many matched claims agree with their gold claim, field by field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FieldCounts {
    /// Same `quantity.qualifier`.
    pub qualifier: usize,
    /// Same `quantity.unit`.
    pub unit: usize,
    /// Same `event`.
    pub event: usize,
    /// Same subject (last word made singular, or one inside the other).
    pub subject: usize,
    /// Same party (through demonyms).
    pub party: usize,
    /// Same source (a word in common, or an acronym).
    pub source: usize,
    /// Same `reported_on`.
    pub reported_on: usize,
}

impl FieldCounts {
    /// The counts with their names, in the order `score.py` prints them.
    pub fn named(&self) -> [(&'static str, usize); 7] {
        [
            ("qualifier", self.qualifier),
            ("unit", self.unit),
            ("event", self.event),
            ("subject", self.subject),
            ("party", self.party),
            ("source", self.source),
            ("reported_on", self.reported_on),
        ]
    }
}

/// A gold claim no prediction matched.
///
/// Its fields are written as `score.py` prints them: `text` as Python's
/// `repr` (quoted), `event` as Python's `str`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missed {
    /// The document's id.
    pub document: String,
    /// The claim's text, quoted.
    pub text: String,
    /// The claim's event.
    pub event: String,
}

/// A predicted claim that matched no gold claim, written as [`Missed`] is
/// (a claim without text shows `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extra {
    /// The document's id.
    pub document: String,
    /// The claim's text, quoted.
    pub text: String,
    /// The claim's event.
    pub event: String,
}

/// A field on which a matched prediction disagrees with its gold claim.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The value (for vague claims the low bound), shown as `value/low`.
    Value,
    /// The event.
    Event,
    /// The source, shown as its name.
    Source,
    /// `reported_on`.
    Date,
    /// The party.
    Party,
}

/// One disagreement, both sides written as `score.py` prints them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// Which field.
    pub field: Field,
    /// What the prediction says.
    pub predicted: String,
    /// What the gold claim says.
    pub expected: String,
}

/// A matched claim with at least one [`Mismatch`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldErrors {
    /// The document's id.
    pub document: String,
    /// The gold claim's text, quoted.
    pub text: String,
    /// The disagreements, in `score.py`'s order.
    pub mismatches: Vec<Mismatch>,
}

/// The result of scoring a ledger: counts, scores, and (for the verbose
/// report) every miss, extra and field error.
///
/// Its `Display` is, byte for byte, what `score.py` prints (with
/// `--verbose` when [`verbose`](Self::verbose) is set).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Gold claims.
    pub gold: usize,
    /// Predicted claims of the corpus's documents.
    pub predicted: usize,
    /// Matched pairs.
    pub matched: usize,
    /// Ledger lines that are not JSON objects.
    pub unparsable: usize,
    /// Matched claims whose value agrees.
    pub values: usize,
    /// Matched claims that agree, field by field.
    pub fields: FieldCounts,
    /// Gold claims no prediction matched, in corpus order.
    pub missed: Vec<Missed>,
    /// Predictions that matched no gold claim, in corpus and ledger order.
    pub extra: Vec<Extra>,
    /// Matched claims with wrong fields, in matching order.
    pub field_errors: Vec<FieldErrors>,
    verbose: bool,
}

impl Report {
    /// The report that also lists misses, extras and field errors.
    pub fn verbose(mut self, verbose: bool) -> Report {
        self.verbose = verbose;
        self
    }

    /// Detection: matched claims over predicted and over gold claims.
    pub fn detect(&self) -> Scores {
        Scores::new(self.matched, self.predicted, self.gold)
    }

    /// Value: matched claims with the right value, over predicted and gold.
    pub fn value(&self) -> Scores {
        Scores::new(self.values, self.predicted, self.gold)
    }

    /// The share of matched claims among `count` (0 with no match), e.g.
    /// `report.accuracy(report.fields.event)`.
    pub fn accuracy(&self, count: usize) -> f64 {
        if self.matched > 0 {
            count as f64 / self.matched as f64
        } else {
            0.0
        }
    }

    /// Matches one document's claims and counts them in.
    fn add_document(
        &mut self,
        id: &str,
        gold: &[Gold],
        spans: &[(usize, usize)],
        predicted: &[Py],
    ) {
        let mut gold_used = vec![false; gold.len()];
        let mut predicted_used = vec![false; predicted.len()];
        for (_, i, j) in overlapping_pairs(spans, predicted) {
            let (Some(g), Some(p)) = (gold.get(i), predicted.get(j)) else {
                continue;
            };
            if gold_used.get(i) != Some(&false) || predicted_used.get(j) != Some(&false) {
                continue;
            }
            gold_used[i] = true;
            predicted_used[j] = true;
            self.add_match(id, g, p);
        }
        for (g, _) in gold.iter().zip(&gold_used).filter(|(_, used)| !**used) {
            self.missed.push(Missed {
                document: id.to_owned(),
                text: python::str_repr(&g.text),
                event: g.claim.get("event").str().into_owned(),
            });
        }
        for (p, _) in predicted
            .iter()
            .zip(&predicted_used)
            .filter(|(_, used)| !**used)
        {
            self.extra.push(Extra {
                document: id.to_owned(),
                text: p.get("text").repr(),
                event: p.get("event").str().into_owned(),
            });
        }
    }

    /// Counts one matched pair field by field.
    fn add_match(&mut self, id: &str, gold: &Gold, p: &Py) {
        let g = &gold.claim;
        let q = p.get("quantity");
        let value_ok = fields::value_ok(g, q);
        let event_ok = p.get("event").py_eq(g.get("event"));
        let source_ok = fields::source_match(g.get("source"), p.get("source"));
        let date_ok = g.get("reported_on").py_eq(p.get("reported_on"));
        let party_ok = fields::same_party(g.get("party"), p.get("party"));
        self.matched += 1;
        self.values += usize::from(value_ok);
        let counts = &mut self.fields;
        counts.qualifier += usize::from(q.get("qualifier").py_eq(g.get("qualifier")));
        counts.unit += usize::from(q.get("unit").py_eq(g.get("unit")));
        counts.event += usize::from(event_ok);
        counts.subject += usize::from(fields::subject_match(g.get("subject"), p.get("subject")));
        counts.party += usize::from(party_ok);
        counts.source += usize::from(source_ok);
        counts.reported_on += usize::from(date_ok);

        let mut mismatches = Vec::new();
        let mut mismatch = |field, predicted: String, expected: String| {
            mismatches.push(Mismatch {
                field,
                predicted,
                expected,
            });
        };
        if !value_ok {
            let pair = |c: &Py| format!("{}/{}", c.get("value").str(), c.get("low").str());
            mismatch(Field::Value, pair(q), pair(g));
        }
        if !event_ok {
            mismatch(
                Field::Event,
                p.get("event").str().into(),
                g.get("event").str().into(),
            );
        }
        if !source_ok {
            let predicted = fields::source_name(p.get("source")).repr();
            mismatch(Field::Source, predicted, g.get("source").repr());
        }
        if !date_ok {
            let (predicted, expected) = (p.get("reported_on"), g.get("reported_on"));
            mismatch(Field::Date, predicted.str().into(), expected.str().into());
        }
        if !party_ok {
            mismatch(
                Field::Party,
                p.get("party").str().into(),
                g.get("party").str().into(),
            );
        }
        if !mismatches.is_empty() {
            self.field_errors.push(FieldErrors {
                document: id.to_owned(),
                text: python::str_repr(&gold.text),
                mismatches,
            });
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            Field::Value => "value",
            Field::Event => "event",
            Field::Source => "source",
            Field::Date => "date",
            Field::Party => "party",
        })
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} {} != {}", self.field, self.predicted, self.expected)
    }
}

impl fmt::Display for Missed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {} {}", self.document, self.text, self.event)
    }
}

impl fmt::Display for Extra {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {} {}", self.document, self.text, self.event)
    }
}

impl fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}: ", self.document, self.text)?;
        for (n, mismatch) in self.mismatches.iter().enumerate() {
            if n > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{mismatch}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let m = self.matched;
        writeln!(
            f,
            "gold {}  predicted {}  matched {m}  unparsable lines {}",
            self.gold, self.predicted, self.unparsable
        )?;
        for (name, s) in [("detect", self.detect()), ("value", self.value())] {
            writeln!(
                f,
                "{name:<8} P {:.3}  R {:.3}  F1 {:.3}",
                s.precision, s.recall, s.f1
            )?;
        }
        for (name, count) in self.fields.named() {
            writeln!(f, "{name:<12} {:.3}  ({count}/{m})", self.accuracy(count))?;
        }
        if self.verbose {
            writeln!(f, "\n-- missed gold claims")?;
            for missed in &self.missed {
                writeln!(f, "  {missed}")?;
            }
            writeln!(f, "\n-- extra predicted claims")?;
            for extra in &self.extra {
                writeln!(f, "  {extra}")?;
            }
            writeln!(f, "\n-- field errors on matched claims")?;
            for errors in &self.field_errors {
                writeln!(f, "  {errors}")?;
            }
        }
        let c = &self.fields;
        writeln!(
            f,
            "detect_f1={:.3} value_f1={:.3} event={:.3} qualifier={:.3} subject={:.3} \
             party={:.3} source={:.3} reported_on={:.3}",
            self.detect().f1,
            self.value().f1,
            self.accuracy(c.event),
            self.accuracy(c.qualifier),
            self.accuracy(c.subject),
            self.accuracy(c.party),
            self.accuracy(c.source),
            self.accuracy(c.reported_on),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(text: &str, occurrence: usize) -> Gold {
        Gold {
            line: 1,
            text: text.into(),
            occurrence,
            claim: Py::None,
        }
    }

    #[test]
    fn gold_spans() {
        // Whole-word "12" at 9, 28, 42; plain "12" also at 24 and 52.
        let text = "Kyiv — 12 killed in 2012; 12 more, then 12. Code 2120.";
        let cases = [
            ("12", 1, Some((9, 11))),
            ("12", 2, Some((28, 30))),
            ("12", 3, Some((42, 44))),
            // Too few whole-word matches: the plain ones, the last for any beyond.
            ("12", 4, Some((42, 44))),
            ("12", 5, Some((52, 54))),
            ("12", 9, Some((52, 54))),
            ("201", 1, Some((22, 25))),
            ("201", 2, Some((22, 25))),
            ("Kyiv —", 1, Some((0, 8))),
            ("13", 1, None),
        ];
        for (needle, occurrence, expected) in cases {
            assert_eq!(
                gold_span(text, &gold(needle, occurrence)),
                expected,
                "{needle} #{occurrence}"
            );
        }
    }

    #[test]
    fn gold_lines() {
        let (doc, g) = parse_gold(
            r#"{"doc": "d", "text": "12", "qualifier": "exact", "unit": "count", "event": "killed", "occurrence": 2, "source": {"name": "UN"}}"#,
            7,
        )
        .unwrap();
        assert_eq!(
            (doc.as_str(), g.text.as_str(), g.occurrence, g.line),
            ("d", "12", 2, 7)
        );
    }

    #[test]
    fn not_gold_lines() {
        let base = r#""doc": "d", "text": "12", "qualifier": "exact", "unit": "count""#;
        let cases = [
            (
                "{".to_owned(),
                "column 2: Expecting property name enclosed in double quotes",
            ),
            ("[]".to_owned(), "expected a JSON object"),
            (format!("{{{base}}}"), "field `event` must be a string"),
            (
                format!(r#"{{{base}, "event": "killed", "text": ""}}"#),
                "field `text` must be a non-empty string",
            ),
            (
                format!(r#"{{{base}, "event": "killed", "occurrence": 0}}"#),
                "field `occurrence` must be a positive integer",
            ),
            (
                format!(r#"{{{base}, "event": "killed", "occurrence": 2.0}}"#),
                "field `occurrence` must be a positive integer",
            ),
            (
                format!(r#"{{{base}, "event": "killed", "subject": ["x"]}}"#),
                "field `subject` must be a string or null",
            ),
            (
                format!(r#"{{{base}, "event": "killed", "source": {{"name": 3}}}}"#),
                "field `source` must be a name, an object with a name, or null",
            ),
        ];
        for (line, message) in cases {
            let err = parse_gold(&line, 1).unwrap_err();
            assert_eq!(err.to_string(), message, "{line}");
        }
    }

    #[test]
    fn pairs_break_ties_like_reverse_sorted_tuples() {
        let predicted: Vec<Py> = [
            r#"{"span": {"start": 0, "end": 4}}"#,
            r#"{"span": {"start": 2, "end": 6}}"#,
            r#"{"span": {"start": 5.5, "end": 9}}"#,
            r#"{"span": {"start": null, "end": 9}}"#,
            r#"{"span": [0, 9]}"#,
            r#"{"span": {"end": 9}}"#,
            r#"{"span": {"start": true, "end": 3}}"#,
        ]
        .iter()
        .map(|line| json::loads(line).unwrap())
        .collect();
        let pairs = overlapping_pairs(&[(0, 4), (2, 6), (4, 8)], &predicted);
        // What score.py's `pairs.sort(reverse=True)` gives (it would stop at
        // the null start and the list; those overlap nothing here).
        let expected = [
            (4.0, 2, 5),
            (4.0, 1, 5),
            (4.0, 1, 1),
            (4.0, 0, 5),
            (4.0, 0, 0),
            (2.5, 2, 2),
            (2.0, 2, 1),
            (2.0, 1, 0),
            (2.0, 0, 6),
            (2.0, 0, 1),
            (1.0, 1, 6),
            (0.5, 1, 2),
        ];
        assert_eq!(pairs, expected);
    }
}
