//! Shared nom pieces: white space, words, dashes and phrase lookup.
//!
//! All parsers in the crate work on `&str` with the unit error type: a
//! failed parse carries no message because the scanner only ever asks "is
//! there a figure here?". Errors users see are built at I/O boundaries.

use crate::lexicon::{Key, Lexicon};
use nom::IResult;

/// Result of every grammar rule.
pub(crate) type PResult<'a, O> = IResult<&'a str, O, ()>;

/// Fails without consuming.
pub(crate) fn fail<O>(_: &str) -> PResult<'_, O> {
    Err(nom::Err::Error(()))
}

/// Spaces inside a line, Unicode spaces included (no-break, thin, …).
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// Characters that may join or separate figures as a dash: "50-60",
/// "50–60", "forty-two", "$12-bn".
pub(crate) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}'
    )
}

/// True for letters and digits of any script.
///
/// The General Punctuation block (U+2000–U+206F: curly quotes, dashes,
/// odd spaces) holds no letter or digit, and news text is full of it, so
/// it is answered before the Unicode tables are searched.
pub(crate) fn is_word_char(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// True when `i` does not continue a word: at its end, or before a
/// character that is neither a letter nor a digit.
#[inline]
pub(crate) fn at_boundary(i: &str) -> bool {
    match i.as_bytes().first() {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !i.chars().next().is_some_and(is_word_char),
    }
}

/// ws := space+ (newline space*)?
///
/// White space between the words of one figure: spaces, and at most one
/// line break (a figure never runs across a blank line).
pub(crate) fn ws(i: &str) -> PResult<'_, &str> {
    let bytes = i.as_bytes();
    // The common case, one ASCII space before a printable ASCII byte,
    // answered at once.
    if let [b' ', next, ..] = bytes {
        if next.is_ascii_graphic() {
            let (space, rest) = i.split_at(1);
            return Ok((rest, space));
        }
    }
    let mut newlines = 0;
    let mut end = 0;
    // ASCII bytes are classed as they stand; other characters decoded.
    while let Some(&b) = bytes.get(end) {
        let len = match b {
            b' ' | b'\t' | b'\r' => 1,
            b'\n' if newlines == 0 => {
                newlines += 1;
                1
            }
            0..=0x7F => break,
            _ => match i.get(end..).and_then(|r| r.chars().next()) {
                Some(c) if is_space(c) => c.len_utf8(),
                _ => break,
            },
        };
        end += len;
    }
    match i.split_at_checked(end) {
        Some((space, rest)) if end > 0 => Ok((rest, space)),
        _ => fail(i),
    }
}

/// spaces := space+   (no line break)
pub(crate) fn spaces(i: &str) -> PResult<'_, &str> {
    let end = i
        .char_indices()
        .find(|&(_, c)| !is_space(c))
        .map_or(i.len(), |(at, _)| at);
    if end == 0 {
        return fail(i);
    }
    Ok((&i[end..], &i[..end]))
}

/// ws0 := ws?
pub(crate) fn ws0(i: &str) -> PResult<'_, &str> {
    match ws(i) {
        Ok(r) => Ok(r),
        Err(_) => Ok((i, &i[..0])),
    }
}

/// word := [A-Za-z]+ (("'" | "’") [A-Za-z]+)?   ending at a boundary
///
/// One English word. Apostrophes inside it are kept ("o'clock",
/// "Ukraine's").
#[inline]
pub(crate) fn word(i: &str) -> PResult<'_, &str> {
    let bytes = i.as_bytes();
    let end = letter_run(bytes);
    if end == 0 {
        return fail(i);
    }
    // Ended by the end of the text, or by ASCII that is no apostrophe or
    // digit: no tail, and a boundary. The common case, with no more reads.
    let plain_end = match bytes.get(end) {
        None => true,
        Some(&b) => b.is_ascii() && b != b'\'' && !b.is_ascii_digit(),
    };
    if plain_end {
        if let Some((w, rest)) = i.split_at_checked(end) {
            return Ok((rest, w));
        }
    }
    let end = end + apostrophe_tail(bytes, end);
    match i.split_at_checked(end) {
        Some((w, rest)) if at_boundary(rest) => Ok((rest, w)),
        _ => fail(i),
    }
}

/// The number of ASCII letters in `bytes` from `at`.
fn ascii_letters(bytes: &[u8], at: usize) -> usize {
    letter_run(bytes.get(at..).unwrap_or_default())
}

/// The number of ASCII letters `bytes` begins with.
#[inline]
pub(crate) fn letter_run(bytes: &[u8]) -> usize {
    marked_run(bytes, letters_in, u8::is_ascii_alphabetic)
}

/// The number of ASCII letters `bytes` ends with, read eight bytes at a
/// time from the end as [`letter_run`] reads from the start.
#[inline]
pub(crate) fn letter_run_back(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes
        .len()
        .checked_sub(n + 8)
        .and_then(|from| bytes.get(from..from + 8))
    {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let others = !letters_in(u64::from_le_bytes(word)) & HIGH_BITS;
        if others != 0 {
            // The last byte is the most significant one.
            return n + (others.leading_zeros() / 8) as usize;
        }
        n += 8;
    }
    let head = bytes.get(..bytes.len() - n).unwrap_or_default();
    n + head
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// The number of ASCII letters and digits `bytes` begins with.
#[inline]
pub(crate) fn alnum_run(bytes: &[u8]) -> usize {
    marked_run(
        bytes,
        |x| letters_in(x) | digits_in(x),
        u8::is_ascii_alphanumeric,
    )
}

/// The length of the run of bytes `bytes` begins with that `is` holds
/// for, read eight bytes at a time: `marks` sets the high bit of each
/// such byte of a word-sized chunk, and the first unmarked byte ends the
/// run; `is` reads the last few bytes.
#[inline]
fn marked_run(bytes: &[u8], marks: impl Fn(u64) -> u64, is: impl Fn(&u8) -> bool) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let others = !marks(u64::from_le_bytes(word)) & HIGH_BITS;
        if others != 0 {
            return n + (others.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    let tail = bytes.get(n..).unwrap_or_default();
    n + tail.iter().take_while(|b| is(b)).count()
}

/// A byte of 1 in each of the eight bytes of a word.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each of the eight bytes of a word.
pub(crate) const HIGH_BITS: u64 = ONES * 0x80;

/// The high bit of each byte of `x` strictly between `low` and `high`
/// (both below 0x80), and no other bit: the carry-free "has between"
/// trick of the Stanford bit hacks, exact for every byte, non-ASCII ones
/// included.
fn between(x: u64, low: u64, high: u64) -> u64 {
    let seven = x & (ONES * 0x7F);
    (ONES * (127 + high) - seven) & !x & (seven + ONES * (127 - low)) & HIGH_BITS
}

/// The high bit of each byte of `x` that is an ASCII letter: setting bit
/// 5 folds upper case onto lower case (and no other byte onto a letter).
pub(crate) fn letters_in(x: u64) -> u64 {
    between(x | (ONES * 0x20), 0x60, 0x7B)
}

/// The high bit of each byte of `x` that is an ASCII digit.
pub(crate) fn digits_in(x: u64) -> u64 {
    between(x, 0x2F, 0x3A)
}

/// The length of `("'" | "’") [A-Za-z]+` at byte `at`, or 0.
#[inline]
fn apostrophe_tail(bytes: &[u8], at: usize) -> usize {
    let mark = match bytes.get(at..) {
        Some([b'\'', ..]) => 1,
        Some([0xE2, 0x80, 0x99, ..]) => 3,
        _ => return 0,
    };
    match ascii_letters(bytes, at + mark) {
        0 => 0,
        tail => mark + tail,
    }
}

/// letters := [A-Za-z]+   with no boundary required after it
///
/// A run of letters, for suffixes attached to digits ("3bn", "27th").
pub(crate) fn letters(i: &str) -> PResult<'_, &str> {
    let end = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    if end == 0 {
        return fail(i);
    }
    Ok((&i[end..], &i[..end]))
}

/// keyword(k) := k   (ASCII case ignored, ending at a boundary)
///
/// The same as a [`word`] equal to `k`, checked without reading the word
/// first: `k` is made of letters, so the word must be `k` itself, with no
/// letter or apostrophe-and-letters after it.
pub(crate) fn keyword(k: &'static str) -> impl Fn(&str) -> PResult<'_, &str> {
    move |i: &str| {
        let bytes = i.as_bytes();
        // Most inputs differ at the first letter: one byte turns them away.
        let first_differs = match (bytes.first(), k.as_bytes().first()) {
            (Some(b), Some(c)) => !b.eq_ignore_ascii_case(c),
            (None, Some(_)) => true,
            (_, None) => false,
        };
        if first_differs {
            return fail(i);
        }
        let matches = bytes
            .get(..k.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(k.as_bytes()));
        if !matches || ascii_letters(bytes, k.len()) > 0 || apostrophe_tail(bytes, k.len()) > 0 {
            return fail(i);
        }
        match i.get(k.len()..) {
            Some(rest) if at_boundary(rest) => Ok((rest, &i[..k.len()])),
            _ => fail(i),
        }
    }
}

/// dash := "-" | "‐" | "‑" | "‒" | "–" | "−"
pub(crate) fn dash(i: &str) -> PResult<'_, char> {
    // An ASCII byte is a dash only as "-"; others are decoded.
    match i.as_bytes().first() {
        Some(b'-') => return Ok((i.split_at(1).1, '-')),
        Some(b) if b.is_ascii() => return fail(i),
        None => return fail(i),
        Some(_) => {}
    }
    match i.chars().next() {
        Some(c) if is_dash(c) => Ok((&i[c.len_utf8()..], c)),
        _ => fail(i),
    }
}

/// phrase(table) := word (ws word)*   the longest run of words in `table`
///
/// Looks up to `table.max_words` words ahead and keeps the longest match,
/// so "more than" wins over "more" and "in excess of" needs all its words.
pub(crate) fn phrase<T: Copy>(table: &Lexicon<T>) -> impl Fn(&str) -> PResult<'_, T> + '_ {
    move |i: &str| {
        let mut key = Key::default();
        let mut best = None;
        let mut rest = i;
        for n in 0..table.max_words {
            let Some((r, w)) = nth_word(rest, n) else {
                break;
            };
            if key.push(w).is_none() {
                break;
            }
            let (value, continues) = table.lookup(&key);
            if let Some(v) = value {
                best = Some((r, v));
            }
            if !continues {
                break;
            }
            rest = r;
        }
        match best {
            Some((r, v)) => Ok((r, v)),
            None => fail(i),
        }
    }
}

/// The next word of a run of words: the first one as it stands, each
/// later one after white space.
pub(crate) fn nth_word(rest: &str, n: usize) -> Option<(&str, &str)> {
    let at = if n == 0 { rest } else { ws(rest).ok()?.0 };
    word(at).ok()
}

/// A word in ASCII lower case, for matching it against lists of
/// lower-case words without allocating: the word itself when it has no
/// capital (most words, neither copied nor checked again as UTF-8), else
/// a copy kept on the stack. A word with a capital longer than
/// [`LOWER_MAX`] bytes reads as "", which no list holds.
pub(crate) struct Lower<'a> {
    word: &'a str,
    buf: [u8; LOWER_MAX],
    /// Bytes of `buf` in use, when the word was copied.
    copied: Option<usize>,
}

/// The longest word with a capital that [`Lower`] copies: longer than
/// any word a rule lists.
const LOWER_MAX: usize = 24;

impl<'a> Lower<'a> {
    /// `w` in ASCII lower case (other characters as they are).
    pub(crate) fn new(w: &'a str) -> Self {
        let mut buf = [0; LOWER_MAX];
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lower {
                word: w,
                buf,
                copied: None,
            };
        }
        let copied = match buf.get_mut(..w.len()) {
            Some(to) => {
                for (d, s) in to.iter_mut().zip(w.bytes()) {
                    *d = s.to_ascii_lowercase();
                }
                w.len()
            }
            None => 0,
        };
        Lower {
            word: w,
            buf,
            copied: Some(copied),
        }
    }

    /// The lower-case word, or "" for a word too long to keep.
    pub(crate) fn as_str(&self) -> &str {
        match self.copied {
            None => self.word,
            Some(len) => self
                .buf
                .get(..len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or(""),
        }
    }
}

/// True when `w` starts with `prefix`, ASCII case ignored.
pub(crate) fn starts_with_ignore_case(w: &str, prefix: &str) -> bool {
    w.as_bytes()
        .get(..prefix.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// True when `w` ends with `suffix`, ASCII case ignored.
pub(crate) fn ends_with_ignore_case(w: &str, suffix: &str) -> bool {
    w.len()
        .checked_sub(suffix.len())
        .and_then(|at| w.as_bytes().get(at..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix.as_bytes()))
}

/// The character before byte `at` of `text`, if any.
pub(crate) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

/// The word that ends just before byte `at` (white space between allowed,
/// no punctuation), with the byte where it starts.
pub(crate) fn word_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let head = text.get(..at)?;
    // The common case, one ASCII space after a letter, needs no trimming
    // rule.
    let trimmed = match head.as_bytes() {
        [.., b, b' '] if b.is_ascii_alphabetic() => head.get(..at - 1)?,
        _ => trim_end_spaces(head),
    };
    let letters = letter_run_back(trimmed.as_bytes());
    let start = trimmed.len() - letters;
    if letters == 0 || !at_boundary_before(trimmed, start) {
        return None;
    }
    Some((start, &trimmed[start..]))
}

/// `s` without the spaces ([`is_space`]) it ends with: what
/// `s.trim_end_matches(is_space)` gives, with ASCII spaces and tabs passed
/// over as bytes and only a non-ASCII byte before them decoded.
pub(crate) fn trim_end_spaces(s: &str) -> &str {
    let ascii_spaces = s
        .bytes()
        .rev()
        .take_while(|&b| b == b' ' || b == b'\t')
        .count();
    let head = s.get(..s.len() - ascii_spaces).unwrap_or_default();
    match head.as_bytes().last() {
        Some(b) if !b.is_ascii() => head.trim_end_matches(is_space),
        _ => head,
    }
}

/// True when byte `at` of `text` is not preceded by a letter or digit.
pub(crate) fn at_boundary_before(text: &str, at: usize) -> bool {
    match at.checked_sub(1).and_then(|b| text.as_bytes().get(b)) {
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        _ => !char_before(text, at).is_some_and(is_word_char),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::qualifiers::PREFIX;
    use crate::Qualifier;

    #[test]
    fn ws_allows_one_line_break() {
        assert_eq!(ws("  \u{a0}x"), Ok(("x", "  \u{a0}")));
        assert_eq!(ws(" \n x"), Ok(("x", " \n ")));
        assert_eq!(ws(" \n\n x").map(|r| r.0), Ok("\n x"));
        assert!(ws("x").is_err());
    }

    #[test]
    fn no_general_punctuation_is_a_word_char() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        assert!(is_word_char('\u{e9}') && is_word_char('7') && !is_word_char('\u{2019}'));
    }

    #[test]
    fn dash_table() {
        for (i, rest) in [("-5", "5"), ("\u{2013}5", "5"), ("\u{2212}5", "5")] {
            assert_eq!(dash(i).map(|r| r.0), Ok(rest), "{i:?}");
        }
        for i in ["", "5", "+5", "\u{2014}5", "\u{a0}"] {
            assert!(dash(i).is_err(), "{i:?}");
        }
    }

    #[test]
    fn word_needs_a_boundary() {
        assert_eq!(word("troops killed"), Ok((" killed", "troops")));
        assert_eq!(word("Ukraine's army"), Ok((" army", "Ukraine's")));
        assert_eq!(word("o'clock."), Ok((".", "o'clock")));
        assert!(word("M23").is_err());
        assert_eq!(word("o’clock"), Ok(("", "o’clock")));
        assert_eq!(word("rebels’ base"), Ok(("’ base", "rebels")));
        assert!(word("caf\u{e9}").is_err());
        assert!(word("").is_err());
        assert!(word("42").is_err());
    }

    #[test]
    fn lower_and_suffixes() {
        assert_eq!(Lower::new("ThE").as_str(), "the");
        assert_eq!(Lower::new("Ukraine’s").as_str(), "ukraine’s");
        assert_eq!(
            Lower::new("counteroffensives").as_str(),
            "counteroffensives"
        );
        assert_eq!(Lower::new("Counteroffensives-Everywhere").as_str(), "");
        assert_eq!(Lower::new("killed").as_str(), "killed");
        assert_eq!(Lower::new("Ukraine\u{2019}S").as_str(), "ukraine\u{2019}s");
        assert_eq!(Lower::new("").as_str(), "");
        assert!(ends_with_ignore_case("KILLED", "ed"));
        assert!(!ends_with_ignore_case("d", "ed"));
        assert!(!ends_with_ignore_case("caf\u{e9}", "d"));
    }

    #[test]
    fn keyword_table() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("of", "of the dead", Some(" the dead")),
            ("of", "OF", Some("")),
            ("and", "and-a-half", Some("-a-half")),
            ("in", "in, said", Some(", said")),
            ("a", "a\u{2019} ", Some("\u{2019} ")),
        ];
        for &(k, i, rest) in cases {
            assert_eq!(keyword(k)(i).ok().map(|r| r.0), rest, "{k} in {i:?}");
        }
    }

    #[test]
    fn not_keyword() {
        for (k, i) in [
            ("of", "often"),
            ("of", "of's"),
            ("of", "o"),
            ("a", "a\u{2019}s"),
            ("a", "a1"),
            ("a", "a\u{e9}"),
            ("a", ""),
            ("and", "\u{e9}and"),
        ] {
            assert!(keyword(k)(i).is_err(), "{k} in {i:?}");
        }
    }

    #[test]
    fn phrase_takes_the_longest_match() {
        let p = phrase(&PREFIX);
        assert_eq!(p("more than 300"), Ok((" 300", Qualifier::MoreThan)));
        assert_eq!(p("In excess of 700"), Ok((" 700", Qualifier::MoreThan)));
        assert_eq!(p("just under 400"), Ok((" 400", Qualifier::Almost)));
        assert_eq!(p("under 400"), Ok((" 400", Qualifier::LessThan)));
        assert!(p("moreover 5").is_err());
    }

    #[test]
    fn letter_run_reads_every_byte_right() {
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut bytes = vec![b'x'; 12];
                bytes[at] = b;
                let expected = if b.is_ascii_alphabetic() { 12 } else { at };
                assert_eq!(letter_run(&bytes), expected, "{b:#x} at {at}");
            }
        }
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut bytes = vec![b'7'; 12];
                bytes[at] = b;
                let expected = if b.is_ascii_alphanumeric() { 12 } else { at };
                assert_eq!(alnum_run(&bytes), expected, "{b:#x} at {at}");
            }
        }
        assert_eq!(alnum_run(b"M23 rebels"), 3);
        assert_eq!(letter_run(b""), 0);
        assert_eq!(letter_run(b"Straight-line"), 8);
        assert_eq!(letter_run("caf\u{e9}".as_bytes()), 3);
    }

    #[test]
    fn letter_run_back_reads_every_byte_right() {
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut bytes = vec![b'x'; 12];
                bytes[at] = b;
                let expected = if b.is_ascii_alphabetic() { 12 } else { 11 - at };
                assert_eq!(letter_run_back(&bytes), expected, "{b:#x} at {at}");
            }
        }
        assert_eq!(letter_run_back(b""), 0);
        assert_eq!(letter_run_back(b"fell "), 0);
        assert_eq!(letter_run_back("caf\u{e9}fell".as_bytes()), 4);
    }

    #[test]
    fn trim_end_spaces_agrees_with_trim_end_matches() {
        for s in [
            "",
            " ",
            "a \t",
            "a\u{a0} \u{2009}",
            "a\n ",
            "caf\u{e9} ",
            "x\u{a0}",
        ] {
            assert_eq!(trim_end_spaces(s), s.trim_end_matches(is_space), "{s:?}");
        }
    }

    #[test]
    fn word_before_skips_spaces_only() {
        let t = "shares fell  5";
        assert_eq!(word_before(t, 13), Some((7, "fell")));
        assert_eq!(word_before("fell, 5", 6), None);
        assert_eq!(word_before("5", 0), None);
        assert_eq!(word_before("fell\u{a0} \t5", 8), Some((0, "fell")));
        assert_eq!(word_before("caf\u{e9}fell 5", 10), None);
        assert_eq!(word_before("\u{e9} fell 5", 8), Some((3, "fell")));
    }
}
