//! Lines and paragraphs: which line breaks end a sentence.
//!
//! The text is cut at `\n` into lines, each trimmed of white space and of
//! invisible format characters (zero-width spaces, bidirectional marks,
//! byte-order marks). Consecutive non-blank lines are then joined into
//! paragraphs, or kept apart, by [`joins`].

use crate::grammar::{fail, spaces, word, PResult};
use crate::lexicon::page::OPEN_ENDINGS;

/// A line's part in the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Nothing but white space.
    Blank,
    /// Running text, a heading, a headline.
    Text,
    /// A list item; its text starts `marker` bytes into the line.
    Item {
        /// Length of the bullet and the spaces after it.
        marker: usize,
    },
    /// An AFP-style crosshead set between dashes: "- Talks stall -".
    Crosshead,
}

/// One line of the text, trimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Line {
    /// First byte of the trimmed line.
    pub(super) start: usize,
    /// End of the trimmed line.
    pub(super) end: usize,
    /// Characters in the trimmed line.
    pub(super) chars: usize,
    /// Its part in the layout.
    pub(super) kind: Kind,
}

/// A paragraph: a run of lines read as one piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Block {
    /// Index of its first line.
    pub(super) first: usize,
    /// Index of its last line.
    pub(super) last: usize,
    /// Start of its text (after a list marker).
    pub(super) start: usize,
    /// End of its text.
    pub(super) end: usize,
    /// Kind of its first line.
    pub(super) kind: Kind,
}

/// Characters trimmed from both ends of lines and sentences: white space,
/// control characters and invisible format characters.
pub(super) fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{061c}'
                | '\u{feff}'
        )
}

/// `part` trimmed of blank characters, as a byte range of `text` offset by
/// `at` (the position of `part` in the document).
pub(super) fn trimmed(part: &str, at: usize) -> (usize, usize) {
    // Most parts open and close on a visible ASCII character, which is
    // never blank: then no character need be decoded at that end.
    let visible = |b: &u8| (0x21..0x7F).contains(b);
    let left = match part.as_bytes().first() {
        Some(b) if visible(b) => part,
        _ => part.trim_start_matches(is_blank),
    };
    let both = match left.as_bytes().last() {
        Some(b) if visible(b) => left,
        _ => left.trim_end_matches(is_blank),
    };
    let start = at + (part.len() - left.len());
    (start, start + both.len())
}

/// Every line of `text`, in order, blank ones included.
pub(super) fn lines(text: &str) -> Vec<Line> {
    // A guess at the number of lines, to grow the list seldom.
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        let stop = line_end(bytes, at);
        let raw = text.get(at..stop).unwrap_or("");
        let (start, end) = trimmed(raw, at);
        let body = text.get(start..end).unwrap_or("");
        let kind = if body.is_empty() {
            Kind::Blank
        } else {
            line_kind(body)
        };
        // The standard library counts characters a word at a time.
        let chars = body.chars().count();
        out.push(Line {
            start,
            end,
            chars,
            kind,
        });
        if stop >= bytes.len() {
            break;
        }
        at = stop + 1;
    }
    out
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// The first `\n` of `bytes` at or after `from`, or the end: eight bytes
/// at a time, for lines run to hundreds of bytes.
fn line_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word) ^ (ONES * u64::from(b'\n'));
        // The high bit of a zero byte of `v`; a byte above the first
        // zero byte may be marked too, but the lowest mark is exact.
        let zeros = v.wrapping_sub(ONES) & !v & (ONES * 0x80);
        if zeros != 0 {
            return at + (zeros.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let tail = bytes.get(at..).unwrap_or_default();
    at + tail.iter().take_while(|&&b| b != b'\n').count()
}

/// Bullets that open a list item when followed by a space.
const BULLETS: &[char] = &[
    '-', '*', '•', '·', '–', '▪', '►', '◦', '‣', '⁃', '○', '●', '■',
];

/// list_marker := bullet spaces | digit{1,3} ("." | ")") spaces
///
/// The marker of a list item: "- ", "• ", "* ", "1. ", "12) ".
pub(super) fn list_marker(i: &str) -> PResult<'_, &str> {
    let mut chars = i.chars();
    let head = match chars.next() {
        Some(c) if BULLETS.contains(&c) => c.len_utf8(),
        Some(c) if c.is_ascii_digit() => {
            let digits = i.bytes().take_while(u8::is_ascii_digit).count();
            match i.as_bytes().get(digits) {
                Some(b'.' | b')') if digits <= 3 => digits + 1,
                _ => return fail(i),
            }
        }
        _ => return fail(i),
    };
    let rest = i.get(head..).unwrap_or("");
    let (rest, _) = spaces(rest)?;
    if rest.is_empty() {
        return fail(i);
    }
    let used = i.len() - rest.len();
    Ok((rest, &i[..used]))
}

/// The kind of a non-blank trimmed line.
fn line_kind(line: &str) -> Kind {
    match list_marker(line) {
        Ok((rest, marker)) => {
            let dashed = marker.starts_with(['-', '–']);
            let closed = rest
                .strip_suffix(['-', '–'])
                .is_some_and(|r| r.ends_with(crate::grammar::is_space));
            if dashed && closed {
                Kind::Crosshead
            } else {
                Kind::Item {
                    marker: marker.len(),
                }
            }
        }
        Err(_) => Kind::Text,
    }
}

/// Closing quotes and brackets that may follow a sentence's last mark.
pub(super) const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '*'];

/// The last character of `line` that is not a closing quote or bracket.
fn last_mark(line: &str) -> Option<char> {
    line.trim_end_matches(CLOSERS).chars().next_back()
}

/// True when `line` ends a sentence: its last mark, closing quotes and
/// brackets aside, is `.`, `!`, `?` or `…`.
pub(super) fn ends_sentence(line: &str) -> bool {
    matches!(last_mark(line), Some('.' | '!' | '?' | '…'))
}

/// True when `line` ends with a sentence mark or a colon.
fn ends_closed(line: &str) -> bool {
    ends_sentence(line) || last_mark(line) == Some(':')
}

/// True when `line` begins by continuing the line before it: a lower-case
/// letter, or punctuation that cannot open a sentence.
fn continues(line: &str) -> bool {
    match line.chars().next() {
        Some(c) if c.is_lowercase() => true,
        Some(',' | ';' | ')' | ']' | '%') => true,
        _ => false,
    }
}

/// True when `line` ends open: with a comma, a dash, a slash, an opening
/// bracket, or a word such as "of" or "the" ([`OPEN_ENDINGS`]).
pub(super) fn ends_open(line: &str) -> bool {
    match line.chars().next_back() {
        Some(',' | '-' | '–' | '—' | '/' | '(' | '&') => true,
        Some(c) if c.is_ascii_alphabetic() => {
            let start = line
                .bytes()
                .rev()
                .take_while(u8::is_ascii_alphabetic)
                .count();
            let last = &line[line.len() - start..];
            word(last).is_ok() && OPEN_ENDINGS.get(last).is_some()
        }
        _ => false,
    }
}

/// The width a hard-wrapped text is wrapped at, in characters, or `None`
/// when the text is not hard-wrapped.
///
/// A text is hard-wrapped when at least two of its lines end without a
/// sentence mark and are followed by a line that begins in lower case
/// (`... thousands of Ethiopians fleeing` / `conflict in the region`); the
/// width is the longest such line.
pub(super) fn wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let mut wraps = 0;
    let mut width = 0;
    for pair in lines.windows(2) {
        let [a, b] = pair else { continue };
        if a.kind == Kind::Blank || b.kind != Kind::Text {
            continue;
        }
        let (Some(la), Some(lb)) = (text.get(a.start..a.end), text.get(b.start..b.end)) else {
            continue;
        };
        if !ends_closed(la) && continues(lb) {
            wraps += 1;
            width = width.max(a.chars);
        }
    }
    (wraps >= 2).then_some(width)
}

/// Whether line `b` continues the paragraph of line `a` (no blank line
/// between them). The rule, first match wins:
///
/// 1. `b` is a list item or a crosshead: a new paragraph;
/// 2. `a` is a crosshead: a new paragraph;
/// 3. `b` begins in lower case or with `,` `;` `)`: the same paragraph;
/// 4. `a` ends with `.` `!` `?` `…` or `:`: in a hard-wrapped text the
///    same paragraph (the sentence rules decide), unless `b` is a short
///    heading (under half the wrap width, ending neither closed nor open);
///    in an unwrapped text a new paragraph (each line is one);
/// 5. `a` ends open (a comma, a dash, "of", "the", …): the same paragraph;
/// 6. in a hard-wrapped text, `a` fills at least three quarters of the
///    wrap width: the same paragraph;
/// 7. otherwise `a` is a heading, a headline or a title: a new paragraph.
pub(super) fn joins(a: &str, a_line: &Line, b: &str, b_line: &Line, wrap: Option<usize>) -> bool {
    if matches!(b_line.kind, Kind::Item { .. } | Kind::Crosshead) {
        return false;
    }
    if a_line.kind == Kind::Crosshead {
        return false;
    }
    if continues(b) {
        return true;
    }
    if ends_closed(a) {
        return wrap.is_some_and(|w| {
            let heading = b_line.chars.saturating_mul(2) < w && !ends_closed(b) && !ends_open(b);
            !heading
        });
    }
    if ends_open(a) {
        return true;
    }
    wrap.is_some_and(|w| a_line.chars.saturating_mul(4) >= w.saturating_mul(3))
}

/// The paragraphs of `text`: runs of non-blank lines that [`joins`] keeps
/// together.
pub(super) fn blocks(text: &str, lines: &[Line]) -> Vec<Block> {
    let wrap = wrap_width(text, lines);
    let mut out: Vec<Block> = Vec::new();
    let mut open: Option<Block> = None;
    for (k, line) in lines.iter().enumerate() {
        if line.kind == Kind::Blank {
            out.extend(open.take());
            continue;
        }
        let body = text.get(line.start..line.end).unwrap_or("");
        if let Some(block) = open.as_mut() {
            let prev = lines.get(block.last).copied().unwrap_or(*line);
            let prev_text = text.get(prev.start..prev.end).unwrap_or("");
            if joins(prev_text, &prev, body, line, wrap) {
                block.last = k;
                block.end = line.end;
                continue;
            }
            out.extend(open.take());
        }
        let skip = match line.kind {
            Kind::Item { marker } => marker,
            _ => 0,
        };
        open = Some(Block {
            first: k,
            last: k,
            start: line.start + skip,
            end: line.end,
            kind: line.kind,
        });
    }
    out.extend(open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends() {
        let text = "one\ntwo lines of eight bytes or more\n\n\u{e9}t\u{e9}\nlast";
        let mut ends = Vec::new();
        let mut at = 0;
        loop {
            let end = line_end(text.as_bytes(), at);
            ends.push(&text[at..end]);
            if end >= text.len() {
                break;
            }
            at = end + 1;
        }
        assert_eq!(ends, text.split('\n').collect::<Vec<_>>());
        assert_eq!(line_end(b"", 0), 0);
        assert_eq!(line_end(b"abcdefgh\n", 0), 8);
        assert_eq!(line_end(b"\x8a\x8a\x0b\x09\n", 0), 4);
    }

    #[test]
    fn trims_blanks_and_keeps_the_rest() {
        let cases: &[(&str, (usize, usize))] = &[
            ("  a b  ", (2, 5)),
            ("\u{200b}x\u{feff}", (3, 4)),
            ("x", (0, 1)),
            ("", (0, 0)),
            (" \t ", (3, 3)),
            ("«x»", (0, 5)),
        ];
        for &(part, expected) in cases {
            assert_eq!(trimmed(part, 0), expected, "{part:?}");
        }
    }

    #[test]
    fn list_markers() {
        let cases = [
            ("- Talks resumed", "- ", "Talks resumed"),
            ("•  Shelling", "•  ", "Shelling"),
            ("* item", "* ", "item"),
            ("1. First", "1. ", "First"),
            ("12) Twelfth", "12) ", "Twelfth"),
        ];
        for (input, marker, rest) in cases {
            assert_eq!(list_marker(input), Ok((rest, marker)), "{input}");
        }
    }

    #[test]
    fn not_list_markers() {
        for input in [
            "-5 degrees",
            "2024. The year",
            "1,200 people",
            "3.5 million",
            "- ",
            "Dash - here",
        ] {
            assert!(list_marker(input).is_err(), "{input}");
        }
    }

    #[test]
    fn crossheads_are_not_items() {
        assert_eq!(line_kind("- Talks stall -"), Kind::Crosshead);
        assert_eq!(line_kind("- Troops advance"), Kind::Item { marker: 2 });
        assert_eq!(line_kind("Troops advance"), Kind::Text);
    }

    #[test]
    fn trimming_drops_invisible_marks() {
        let t = "\u{200f} \u{a0}Aid arrived.\u{200b}\r";
        let (s, e) = trimmed(t, 0);
        assert_eq!(&t[s..e], "Aid arrived.");
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("were killed."));
        assert!(ends_sentence("were killed.”"));
        assert!(ends_sentence("he asked?)"));
        assert!(!ends_sentence("Talks stall"));
        assert!(!ends_sentence("READ:"));
        assert!(ends_open("thousands of"));
        assert!(ends_open("the army,"));
        assert!(!ends_open("the army says"));
    }

    fn paragraphs(text: &str) -> Vec<&str> {
        let ls = lines(text);
        blocks(text, &ls)
            .iter()
            .map(|b| &text[b.start..b.end])
            .collect()
    }

    #[test]
    fn unwrapped_lines_are_paragraphs() {
        let text =
            "Shelling hits port city\nTwo people died overnight.\nOfficials said\nmore were hurt.";
        assert_eq!(
            paragraphs(text),
            [
                "Shelling hits port city",
                "Two people died overnight.",
                "Officials said\nmore were hurt."
            ]
        );
    }

    #[test]
    fn wrapped_text_joins_lines() {
        let text = "Flood waters rose overnight across the delta, forcing\n\
                    thousands of families from their homes, the regional\n\
                    governor said. Rescue crews worked through the night in\n\
                    Kessel and Ardon to reach villages cut off by the water.\n\
                    Latest figures\n\
                    - Forty people are missing";
        assert_eq!(
            paragraphs(text),
            [
                "Flood waters rose overnight across the delta, forcing\n\
                 thousands of families from their homes, the regional\n\
                 governor said. Rescue crews worked through the night in\n\
                 Kessel and Ardon to reach villages cut off by the water.",
                "Latest figures",
                "Forty people are missing",
            ]
        );
    }
}
