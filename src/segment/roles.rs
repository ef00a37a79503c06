//! What a paragraph is: a headline, a byline, a label, another report's
//! headline, a heading or running text. Each test reads one paragraph.

use crate::grammar::{fail, phrase, spaces, PResult};
use crate::lexicon::page::{Marker, FURNITURE, RELATED_MARKERS};
use crate::span::{ceil_boundary, floor_boundary};

use super::lines::{ends_open, ends_sentence};

/// Most words a headline or heading may have.
pub(super) const MAX_TITLE_WORDS: usize = 30;

/// Most bytes a headline or heading may have.
const MAX_TITLE_BYTES: usize = 300;

/// Fewer words than this, a paragraph inside a block of related reports is
/// still part of it ("The following reports may interest you.").
pub(super) const MIN_BODY_WORDS: usize = 20;

/// Words of a photo credit: a paragraph holding one is a caption.
const CAPTION_CUES: &[&str] = &[
    "Photo:",
    "Photo/",
    "Photo by",
    "PHOTO:",
    "Photograph:",
    "Photos:",
    "Image:",
    "Image credit",
    "Credit:",
    "Getty Images",
    "REUTERS/",
    "Reuters/",
    "AFP/",
    "/AFP",
    "/Reuters",
    "/REUTERS",
];

/// Words in `t`, counting at most `cap` of them.
pub(super) fn words(t: &str, cap: usize) -> usize {
    t.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .take(cap)
        .count()
}

/// Most words a heading inside the report may have.
const MAX_HEADING_WORDS: usize = 15;

/// True when `t` reads as a title: at most 30 words and 300 bytes, and
/// neither a sentence mark nor an open ending (a comma, "of") at its end.
pub(super) fn headline_like(t: &str) -> bool {
    t.len() <= MAX_TITLE_BYTES
        && !ends_sentence(t)
        && !ends_open(t)
        && words(t, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS
}

/// True when `t` reads as a heading inside the report: a title of at most
/// 15 words that is not a photo caption.
pub(super) fn heading_like(t: &str) -> bool {
    headline_like(t) && words(t, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS && !is_caption(t)
}

/// Bytes at the end of a paragraph searched for a photo credit.
const CREDIT_TAIL: usize = 160;

/// Bytes at the start of a paragraph searched for a copyright notice.
const NOTICE_HEAD: usize = 400;

/// The longest prefix of `t` of at most `n` bytes.
pub(super) fn head(t: &str, n: usize) -> &str {
    &t[..floor_boundary(t, n)]
}

/// The longest suffix of `t` of at most `n` bytes.
fn tail(t: &str, n: usize) -> &str {
    &t[ceil_boundary(t, t.len().saturating_sub(n))..]
}

/// True when `i` does not open with a run of more than `max` ASCII
/// letters: a guard that keeps word lookups from reading a huge "word".
pub(super) fn short_word_ahead(i: &str, max: usize) -> bool {
    i.bytes()
        .take(max + 1)
        .take_while(u8::is_ascii_alphabetic)
        .count()
        <= max
}

/// True when `t` is a photo caption: it ends with a photo credit
/// ([`CAPTION_CUES`]) or with a bracketed credit ("... [Reuters]").
pub(super) fn is_caption(t: &str) -> bool {
    let t = tail(t, CREDIT_TAIL);
    if CAPTION_CUES.iter().any(|cue| t.contains(cue)) {
        return true;
    }
    let Some(inner) = t.strip_suffix(']') else {
        return false;
    };
    inner
        .rfind('[')
        .is_some_and(|at| inner.len() - at < 60 && !inner[at..].contains(']'))
}

/// byline := ("By" | "by" | "BY") spaces Upper ...   at most 16 words,
/// no sentence mark at the end
///
/// "By Jane Doe", "by AFP Staff Writers", "By Ana Ruiz and Tom Lee, Reuters".
pub(super) fn byline(i: &str) -> PResult<'_, &str> {
    let Some(rest) = ["By", "by", "BY"].iter().find_map(|b| i.strip_prefix(b)) else {
        return fail(i);
    };
    let (rest, _) = spaces(rest)?;
    if !rest.starts_with(char::is_uppercase) || ends_sentence(i) || words(i, 17) > 16 {
        return fail(i);
    }
    Ok(("", i))
}

/// related_marker := marker spaces? (":" | dash | "»" | ">" | "|" | end)
///
/// A line that opens a related link or block ("READ:", "See also:",
/// "More on this story"). Returns the marker's kind; the rest is the
/// linked title, empty when the marker stands alone.
pub(super) fn related_marker(i: &str) -> PResult<'_, Marker> {
    if !short_word_ahead(i, 16) {
        return fail(i);
    }
    let (rest, marker) = phrase(&RELATED_MARKERS)(i)?;
    let rest = spaces(rest).map_or(rest, |(r, _)| r);
    if rest.is_empty() {
        return Ok((rest, marker));
    }
    let mut chars = rest.chars();
    match chars.next() {
        Some(':' | '-' | '–' | '—' | '»' | '>' | '|') => {
            Ok((chars.as_str().trim_start(), marker))
        }
        _ => fail(i),
    }
}

/// True when `t` is page furniture: a button or slot ("Share",
/// "Advertisement", "3 min read"), or a short line with no letters ("1 /
/// 6").
pub(super) fn is_furniture(t: &str) -> bool {
    if t.len() <= 16 && !t.contains(char::is_alphabetic) && t.contains(['/', '|']) {
        return true;
    }
    let bare = t
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
        .trim_end_matches([':', ' ']);
    FURNITURE.get(bare).is_some()
}

/// True when `t` is a section label: at most four words, every letter a
/// capital ("SUPERPOWERS", "WORLD NEWS").
pub(super) fn is_section_label(t: &str) -> bool {
    t.len() <= 40
        && t.contains(char::is_alphabetic)
        && !t.contains(char::is_lowercase)
        && words(t, 5) <= 4
}

/// True when `t` is a copyright notice or a page footer opening with one.
pub(super) fn is_boilerplate(t: &str) -> bool {
    let t = head(t, NOTICE_HEAD);
    let marks = notice_marks(t.as_bytes());
    if marks & SIGN != 0 && t.contains('©') {
        return true;
    }
    let rights = b"rights reserved";
    if marks & RV != 0
        && t.as_bytes()
            .windows(rights.len())
            .any(|w| w.eq_ignore_ascii_case(rights))
    {
        return true;
    }
    marks & PY != 0
        && ["opyright", "OPYRIGHT"].iter().any(|w| {
            t.match_indices(w).any(|(at, _)| {
                t.get(at + w.len()..).is_some_and(|after| {
                    after.trim_start().starts_with(|c: char| c.is_ascii_digit())
                })
            })
        })
}

/// [`notice_marks`]: the last byte of "©" is in the text.
const SIGN: u8 = 1;
/// [`notice_marks`]: the "py" of "copyright" (any case) is in the text.
const PY: u8 = 2;
/// [`notice_marks`]: the "rv" of "reserved" (any case) is in the text.
const RV: u8 = 4;

/// Which parts of a notice `t` holds ([`SIGN`], [`PY`], [`RV`]); none
/// when it surely holds no notice. One pass with no early exit, which the
/// compiler turns into vector code: every paragraph is asked, and almost
/// none is a notice.
fn notice_marks(t: &[u8]) -> u8 {
    let pair = |a: u8, b: u8| {
        let (a, b) = (a | 0x20, b | 0x20);
        (u8::from(a == b'p' && b == b'y') * PY) | (u8::from(a == b'r' && b == b'v') * RV)
    };
    let sign = t.iter().fold(0, |found, &b| found | u8::from(b == 0xA9));
    t.windows(2)
        .fold(sign * SIGN, |found, w| found | pair(w[0], w[1]))
}

/// True when `t` is a wire sign-off: editors' initials joined by slashes,
/// perhaps with the agencies after them ("ab/cd/ef", "xy/zz (AFP, AP)").
pub(super) fn is_signoff(t: &str) -> bool {
    let (first, rest) = t.split_once(' ').unwrap_or((t, ""));
    first.contains('/')
        && first
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'/' || b == b'-')
        && (rest.is_empty() || rest.starts_with('('))
}

/// True when `t` is a cut-off teaser of another report: it ends with an
/// ellipsis or "read more".
pub(super) fn is_teaser(t: &str) -> bool {
    let end = t.trim_end_matches(|c: char| c.is_whitespace() || c == '»' || c == '>');
    end.ends_with("...")
        || end.ends_with('…')
        || end
            .get(end.len().saturating_sub(9)..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case("read more"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn related_markers() {
        let cases = [
            ("READ: Troops pull back", "Troops pull back", Marker::Inline),
            ("Read more:", "", Marker::Inline),
            ("See also — Port reopens", "Port reopens", Marker::Inline),
            ("More on this story", "", Marker::Block),
            ("RELATED CONTENT", "", Marker::Block),
            (
                "Related: Aid convoy stalls",
                "Aid convoy stalls",
                Marker::Inline,
            ),
        ];
        for (input, rest, marker) in cases {
            assert_eq!(related_marker(input), Ok((rest, marker)), "{input}");
        }
    }

    #[test]
    fn not_related_markers() {
        for input in [
            "Related fighting killed 12 people.",
            "More than 300 prisoners were swapped.",
            "Read the full report here.",
            "Readers wrote in",
            "Recommended Videos",
        ] {
            assert!(related_marker(input).is_err(), "{input}");
        }
    }

    #[test]
    fn bylines() {
        for input in [
            "By Jane Doe",
            "by AFP Staff Writers",
            "BY ANA RUIZ, Reuters",
        ] {
            assert_eq!(byline(input), Ok(("", input)), "{input}");
        }
    }

    #[test]
    fn not_bylines() {
        for input in [
            "By the numbers",
            "By Tuesday the toll had risen.",
            "Bystanders fled",
            "By",
        ] {
            assert!(byline(input).is_err(), "{input}");
        }
    }

    #[test]
    fn page_parts() {
        assert!(is_furniture("Share"));
        assert!(is_furniture("4 min read"));
        assert!(is_furniture("2 / 9"));
        assert!(!is_furniture("Share prices fell"));
        assert!(!is_furniture("1,200"));
        assert!(is_section_label("WORLD NEWS"));
        assert!(!is_section_label("World news"));
        assert!(is_boilerplate(
            "Text and images Copyright 2001-2024 Some Media."
        ));
        assert!(is_boilerplate("© Wire Agency"));
        assert!(!is_boilerplate("The copyright dispute went to court."));
        assert!(is_boilerplate("Wire Agency. ALL RIGHTS RESERVED."));
        assert!(is_boilerplate("Copyright  2025 Wire Agency"));
        assert!(is_boilerplate("All Rights Reserved"));
        assert!(!is_boilerplate("Voters reserved their judgement."));
        assert!(is_signoff("ab/cd/ef"));
        assert!(is_signoff("xy/zz (AFP, AP)"));
        assert!(!is_signoff("Kyiv/Moscow talks"));
        assert!(is_teaser("Officials said the convoy ... read more"));
        assert!(is_teaser("The toll rose to …"));
        assert!(!is_teaser("The toll rose."));
        assert!(is_caption("Smoke rises over the port. (AP Photo/Jo Lee)"));
        assert!(is_caption("Rescuers search the rubble [Reuters]"));
        assert!(!is_caption("Rescuers searched the rubble."));
        assert!(headline_like("Strikes knock out power across the region"));
        assert!(!headline_like("Strikes knocked out power."));
        assert!(!headline_like("Aid reached the towns of"));
        assert!(heading_like("Talks stall"));
        assert!(!heading_like("Smoke rises over the port (AP Photo/Jo Lee)"));
    }
}
