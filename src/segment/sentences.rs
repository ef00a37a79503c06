//! Sentences inside a paragraph.
//!
//! One pass over the bytes. A sentence ends at a run of `.` `!` `?` `…`,
//! with the closing quotes and brackets after it, when white space follows
//! and the next character can open a sentence (a capital, a digit, an
//! opening quote or bracket). Then:
//!
//! - a single `.` after an abbreviation reads by the abbreviation's rule
//!   ([`Abbrev`]): never after a title ("Gen."), not before a digit after
//!   "No." or "Feb.", and after "Inc.", "U.S.", "a.m." or an initial ("J.")
//!   only before a word that begins sentences ("The", "He");
//! - an ellipsis ends a sentence only before a capital;
//! - nothing ends inside brackets opened less than [`MAX_BRACKET`] bytes
//!   before (a longer unclosed bracket is taken as a typo);
//! - a period with no white space after it ("1.5", "U.S.-based",
//!   "example.com") ends nothing.
//!
//! So `... were killed." He said` splits after the quote, and `"... were
//! killed," he said.` and `"Why?" he asked.` do not split.

use crate::lexicon::abbreviations::{Abbrev, ABBREVIATIONS, SENTENCE_STARTERS};
use crate::span::Span;

use super::lines::{is_blank, trimmed};

/// Brackets opened further back than this many bytes no longer hold a
/// sentence open.
pub(super) const MAX_BRACKET: usize = 300;

/// Longest token read back from a period to find an abbreviation.
const MAX_TOKEN: usize = 24;

/// The horizontal ellipsis, `…`, in UTF-8.
const ELLIPSIS: &[u8] = "…".as_bytes();

/// Closing quotes and brackets that a sentence end may carry, in UTF-8.
const CLOSING: &[&[u8]] = &[
    b"\"",
    b"'",
    b")",
    b"]",
    "”".as_bytes(),
    "’".as_bytes(),
    "»".as_bytes(),
];

/// Cuts `text[start..end]` into sentences and pushes their trimmed spans,
/// in order, onto `out`.
pub(super) fn split(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(s) = text.get(start..end) else {
        return;
    };
    let bytes = s.as_bytes();
    let mut from = 0;
    let mut depth = 0usize;
    let mut opened = 0usize;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'(' | b'[' => {
                depth += 1;
                opened = i;
                i += 1;
            }
            b')' | b']' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'.' | b'!' | b'?' | 0xE2 => {
                let Some(run) = terminal_run(bytes, i) else {
                    i += 1;
                    continue;
                };
                let mut j = run.end;
                while let Some(len) = closing_at(bytes, j) {
                    if matches!(bytes.get(j), Some(b')' | b']')) {
                        depth = depth.saturating_sub(1);
                    }
                    j += len;
                }
                let Some(after) = s.get(j..) else { break };
                let next = after.trim_start_matches(is_blank);
                let held = depth > 0 && i - opened < MAX_BRACKET;
                if next.len() == after.len() || next.is_empty() {
                    // No white space after the mark, or the paragraph ends;
                    // only a space lost in scraping ends a sentence here.
                    if !held && next.len() == after.len() && glued_end(s, i, &run, after) {
                        push(s, start, from, j, out);
                        from = j;
                        depth = 0;
                    }
                    i = j.max(i + 1);
                    continue;
                }
                if !held && ends_here(s, i, &run, next) {
                    push(s, start, from, j, out);
                    from = s.len() - next.len();
                    depth = 0;
                }
                i = j.max(i + 1);
            }
            _ => i = next_mark(bytes, i + 1),
        }
    }
    push(s, start, from, s.len(), out);
}

/// The bytes [`split`] acts on: brackets, sentence marks, and 0xE2, the
/// lead byte of `…` (and of curly quotes and dashes, passed over there).
const MARKS: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"([)].!?\xE2";
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// The first byte at or after `from` that [`split`] acts on, or the end:
/// most text is letters and spaces, skipped eight bytes at a time.
fn next_mark(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    let mut at = from;
    let mut chunks = rest.chunks_exact(8);
    for chunk in &mut chunks {
        if chunk
            .iter()
            .fold(false, |found, &b| found | MARKS[usize::from(b)])
        {
            break;
        }
        at += 8;
    }
    while let Some(&b) = bytes.get(at) {
        if MARKS[usize::from(b)] {
            break;
        }
        at += 1;
    }
    at
}

/// A run of sentence marks.
struct Run {
    end: usize,
    /// More than one period, or `…`.
    ellipsis: bool,
    /// Holds `!` or `?`.
    loud: bool,
}

/// The run of `.` `!` `?` `…` starting at byte `i`, or `None` when the
/// byte at `i` does not start one (a 0xE2 lead byte of another character).
fn terminal_run(bytes: &[u8], i: usize) -> Option<Run> {
    let mut j = i;
    let (mut dots, mut ellipsis, mut loud) = (0, false, false);
    loop {
        match bytes.get(j) {
            Some(b'.') => {
                dots += 1;
                j += 1;
            }
            Some(b'!' | b'?') => {
                loud = true;
                j += 1;
            }
            Some(0xE2) if bytes.get(j..j + 3) == Some(ELLIPSIS) => {
                ellipsis = true;
                j += 3;
            }
            _ => break,
        }
    }
    (j > i).then_some(Run {
        end: j,
        ellipsis: ellipsis || dots > 1,
        loud,
    })
}

/// Length of the closing quote or bracket at byte `j`, if one is there.
fn closing_at(bytes: &[u8], j: usize) -> Option<usize> {
    let rest = bytes.get(j..)?;
    CLOSING
        .iter()
        .find(|c| rest.starts_with(c))
        .map(|c| c.len())
}

/// Pushes `s[from..to]`, trimmed, as a span of the document.
fn push(s: &str, offset: usize, from: usize, to: usize, out: &mut Vec<Span>) {
    let Some(part) = s.get(from..to) else { return };
    let (a, b) = trimmed(part, offset + from);
    if a < b {
        out.push(Span::new(a, b));
    }
}

/// True when `next` (the text after the white space) can open a sentence.
fn opens_sentence(next: &str) -> bool {
    match next.chars().next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('"' | '“' | '‘' | '\'' | '«' | '(' | '[') => true,
        Some(c) => c.is_alphabetic() && !c.is_lowercase(),
        None => false,
    }
}

/// True when `next` opens with a capital letter, after opening quotes.
fn opens_with_capital(next: &str) -> bool {
    let t = next.trim_start_matches(['"', '“', '‘', '\'', '«', '(']);
    t.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
}

/// True when the next word, after opening quotes, is one that begins
/// sentences ("The", "He").
fn opens_with_starter(next: &str) -> bool {
    let t = next.trim_start_matches(['"', '“', '‘', '\'', '«', '(']);
    let n = t
        .bytes()
        .take(MAX_TOKEN)
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let boundary = !t[n..].starts_with(char::is_alphanumeric);
    n > 0 && boundary && SENTENCE_STARTERS.get(&t[..n]).is_some()
}

/// Whether the run of marks at byte `i` of `s` ends a sentence before
/// `next`.
fn ends_here(s: &str, i: usize, run: &Run, next: &str) -> bool {
    if run.ellipsis {
        return opens_with_capital(next);
    }
    if !opens_sentence(next) {
        return false;
    }
    if run.loud {
        return true;
    }
    match abbreviation_before(s, i) {
        None => true,
        Some(Abbrev::Title) => false,
        Some(Abbrev::BeforeNumber) => !next.starts_with(|c: char| c.is_ascii_digit()),
        Some(Abbrev::Other) => opens_with_starter(next),
    }
}

/// True when the marks at byte `i`, with no white space after them, end
/// a sentence all the same: "died.It was", "in 2024.The army" — text whose
/// spaces between sentences were lost when it was taken from a page. A
/// lower-case word that is no abbreviation, or a digit, must stand before
/// the mark, and a capital and a lower-case letter after it, so that
/// "1.5", "U.S.-based", "e.g.The", "example.com" and "Mr.Smith" end
/// nothing.
fn glued_end(s: &str, i: usize, run: &Run, after: &str) -> bool {
    let before = i.checked_sub(1).and_then(|k| s.as_bytes().get(k));
    let word_before = before.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    let word_after = matches!(
        after.as_bytes(),
        [c, d, ..] if c.is_ascii_uppercase() && d.is_ascii_lowercase()
    );
    !run.ellipsis && word_before && word_after && abbreviation_before(s, i).is_none()
}

/// The kind of abbreviation that ends just before the period at byte `i`:
/// a word of the table, a dotted form ("U.S", "a.m", "e.g"), or an
/// initial (one capital standing alone, "J").
fn abbreviation_before(s: &str, i: usize) -> Option<Abbrev> {
    let head = s.as_bytes().get(..i)?;
    let n = head
        .iter()
        .rev()
        .take(MAX_TOKEN + 1)
        .take_while(|b| b.is_ascii_alphabetic() || **b == b'.')
        .count();
    if n == 0 || n > MAX_TOKEN {
        return None;
    }
    // The token is ASCII, so these slices fall on character boundaries.
    let token = s.get(i - n..i)?.trim_start_matches('.');
    if token.contains('.') {
        let dotted = token.split('.').all(|p| (1..=2).contains(&p.len()));
        return dotted.then_some(Abbrev::Other);
    }
    let mut letters = token.chars();
    if let (Some(c), None) = (letters.next(), letters.next()) {
        if c.is_ascii_uppercase() {
            return Some(Abbrev::Other);
        }
    }
    ABBREVIATIONS.get(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, 0, text.len(), &mut out);
        out.iter().map(|s| &text[s.start..s.end]).collect()
    }

    /// (paragraph, its sentences)
    const CASES: &[(&str, &[&str])] = &[
        (
            "Ten died. Five were hurt.",
            &["Ten died.", "Five were hurt."],
        ),
        (
            "Gen. Ivo Marek said 12 died.",
            &["Gen. Ivo Marek said 12 died."],
        ),
        (
            "Dr. Lena Ortiz and Lt. Col. Sam Reyes left.",
            &["Dr. Lena Ortiz and Lt. Col. Sam Reyes left."],
        ),
        (
            "It began on Feb. 24 last year.",
            &["It began on Feb. 24 last year."],
        ),
        (
            "Talks ended in Feb. The envoy left.",
            &["Talks ended in Feb.", "The envoy left."],
        ),
        ("Bunker No. 3 was hit.", &["Bunker No. 3 was hit."]),
        (
            "Shelling killed c. 300 and est. 40 more.",
            &["Shelling killed c. 300 and est. 40 more."],
        ),
        (
            "Mark the spot c. Then leave.",
            &["Mark the spot c.", "Then leave."],
        ),
        (
            "Strikes hit the U.S. Embassy.",
            &["Strikes hit the U.S. Embassy."],
        ),
        (
            "Aid came from the U.S. The UN said more is needed.",
            &["Aid came from the U.S.", "The UN said more is needed."],
        ),
        (
            "U.N. Secretary-General Ana Ruiz spoke.",
            &["U.N. Secretary-General Ana Ruiz spoke."],
        ),
        (
            "Sirens sounded at 5 a.m. Tuesday near the port.",
            &["Sirens sounded at 5 a.m. Tuesday near the port."],
        ),
        (
            "Sirens sounded at 5 a.m. The drones came later.",
            &["Sirens sounded at 5 a.m.", "The drones came later."],
        ),
        (
            "J. Smith of Acme Inc. said so.",
            &["J. Smith of Acme Inc. said so."],
        ),
        (
            "Output fell 1.5 percent. Prices rose 2.500 units.",
            &["Output fell 1.5 percent.", "Prices rose 2.500 units."],
        ),
        (
            "They waited... Then the shelling began.",
            &["They waited...", "Then the shelling began."],
        ),
        ("They waited … and waited.", &["They waited … and waited."]),
        (
            "“Ten were killed.” He paused.",
            &["“Ten were killed.”", "He paused."],
        ),
        (
            "\"Ten were killed,\" he said.",
            &["\"Ten were killed,\" he said."],
        ),
        (
            "\"Why?\" he asked. Nobody answered!",
            &["\"Why?\" he asked.", "Nobody answered!"],
        ),
        (
            "She said: \"We left. Then we ran.\" It was dark.",
            &["She said: \"We left.", "Then we ran.\"", "It was dark."],
        ),
        (
            "The toll (revised. Officials said) rose.",
            &["The toll (revised. Officials said) rose."],
        ),
        (
            "(He later withdrew the claim.) Fighting went on.",
            &["(He later withdrew the claim.)", "Fighting went on."],
        ),
        (
            "Visit example.com. Or not.",
            &["Visit example.com.", "Or not."],
        ),
        (
            "Ships sank. 12 sailors died.",
            &["Ships sank.", "12 sailors died."],
        ),
        (
            "The U.S.-based group said 40 died.",
            &["The U.S.-based group said 40 died."],
        ),
        (
            "Die Lage ist ernst. Die Zahl steigt.",
            &["Die Lage ist ernst.", "Die Zahl steigt."],
        ),
        // Spaces between sentences lost in scraping.
        (
            "Nine soldiers died.It was the worst day.Officials said so.",
            &[
                "Nine soldiers died.",
                "It was the worst day.",
                "Officials said so.",
            ],
        ),
        (
            "The toll rose in 2024.The army said 40 died.",
            &["The toll rose in 2024.", "The army said 40 died."],
        ),
        (
            "\"Nine died.\"He said so.",
            &["\"Nine died.\"", "He said so."],
        ),
    ];

    #[test]
    fn splits() {
        for &(text, expected) in CASES {
            assert_eq!(sentences(text), expected, "{text}");
        }
    }

    #[test]
    fn not_splits() {
        for text in [
            "It rose to 3.5 million.",
            "St. Petersburg was quiet.",
            "Mr. and Mrs. Dale left.",
            "He met Maj. Gen. Ola Berg.",
            "Item No. 12 was lost.",
            "The plan, e.g. a truce, failed.",
            "It was 10 p.m. local time.",
            "Aid from the U.S.The rest came later.",
            "The plan, e.g.The truce, failed.",
            "Mr.Smith and Dr.Ali met.",
            "Files in report.PDF were leaked.",
            "It cost 1.5Bn.",
            "(Nine died.It was late.)",
        ] {
            assert_eq!(sentences(text), [text], "{text}");
        }
    }

    #[test]
    fn spans_are_trimmed_and_offset() {
        let text = "xx  One.  Two.  ";
        let mut out = Vec::new();
        split(text, 2, text.len(), &mut out);
        assert_eq!(out, [Span::new(4, 8), Span::new(10, 14)]);
    }

    #[test]
    fn unclosed_bracket_times_out() {
        let long = "word ".repeat(80);
        let text = format!("A bracket ( opens {long}here. Then a sentence.");
        assert_eq!(sentences(&text).len(), 2);
    }
}
