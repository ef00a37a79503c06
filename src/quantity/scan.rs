//! Where the grammar is tried: the scanner that walks the text and stops
//! only where a quantity may begin.
//!
//! Most bytes of news text lie in words that can begin no quantity. The
//! scanner reads the text once, a token at a time, classing each byte with
//! a 256-entry table; it stops at a digit that starts a token, at a
//! currency symbol, or at a word that opens one of the grammar's rules
//! (a [trigger](TRIGGERS)). A word is turned away by its first two letters
//! and length ([`TRIGGER_SHAPES`]) before it is ever hashed; a word of up
//! to six letters is read, with the two bytes after it, from one
//! eight-byte load ([`run_at`]). Nothing is allocated and no byte is read
//! more than a bounded number of times.

use crate::grammar::{dash, is_word_char, letter_run, letters_in, word, ws, HIGH_BITS};
use crate::lexicon::numbers::{DENOMINATORS, NUMBER_WORDS, VAGUE_MULTIPLIERS, VAGUE_PLURALS};
use crate::lexicon::qualifiers::PREFIX;
use crate::lexicon::units::{currency_symbol, CURRENCY_PREFIX_WORDS};
use crate::lexicon::Lexicon;
use nom::branch::alt;
use nom::combinator::recognize;
use nom::Parser;
use std::sync::LazyLock;

/// What a byte is to the scanner.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// Cannot begin a token the scanner stops at: white space,
    /// punctuation, and bytes of non-ASCII characters that begin no
    /// currency symbol.
    Skip,
    /// An ASCII letter.
    Letter,
    /// An ASCII digit.
    Digit,
    /// The first byte of a currency symbol that is not a letter: "$" and
    /// the lead bytes of "€", "£", "¥", "₴", …
    Symbol,
}

/// The class of every byte; the symbol lead bytes are those of
/// [`CURRENCY_SYMBOLS`](crate::lexicon::units::CURRENCY_SYMBOLS) (a test
/// keeps the two in step).
static CLASSES: [Class; 256] = {
    let mut table = [Class::Skip; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphabetic() {
            Class::Letter
        } else if byte.is_ascii_digit() {
            Class::Digit
        } else {
            match byte {
                // "$"; "£", "¥" (0xC2 …); "€", "₴", "₽", "₪", "₹", "₦", "₺" (0xE2 …)
                b'$' | 0xC2 | 0xE2 => Class::Symbol,
                _ => Class::Skip,
            }
        };
        b += 1;
    }
    table
};

/// Rules of [`core`](super::core) that read words, as bits of the
/// [`CORE_WORDS`] a core may begin with: which rules a word may open.
pub(super) mod rules {
    /// [`vague`](super::super::vague::vague): "dozens", "several hundred".
    pub(in crate::quantity) const VAGUE: u8 = 1;
    /// [`amount`](super::super::amount::amount) with a number word or a
    /// currency code, and so a bare range or a share ("three", "a third",
    /// "half", "USD 5").
    pub(in crate::quantity) const AMOUNT: u8 = 2;
    /// A range opened by its own word: "between", "from", "anywhere".
    pub(in crate::quantity) const RANGE: u8 = 4;
    /// Every rule: for a currency symbol.
    pub(in crate::quantity) const ALL: u8 = VAGUE | AMOUNT | RANGE;
}

/// Words that open a quantity's core, with the [`rules`] each may open:
/// number words, the article of "a hundred", "half", currency codes and
/// the letters of "US$", "HK$", "NZ$" open an amount; vague numerals a
/// vague figure; "between", "from" and "anywhere" a range.
pub(super) static CORE_WORDS: LazyLock<Lexicon<u8>> = LazyLock::new(|| {
    let mut bits: Vec<(&'static str, u8)> = Vec::new();
    let tables = [
        (NUMBER_WORDS.phrases(), rules::AMOUNT),
        (CURRENCY_PREFIX_WORDS.phrases(), rules::AMOUNT),
        (vec!["a", "an", "half"], rules::AMOUNT),
        (SYMBOL_LETTERS.to_vec(), rules::AMOUNT),
        (VAGUE_PLURALS.phrases(), rules::VAGUE),
        (VAGUE_MULTIPLIERS.phrases(), rules::VAGUE),
        (vec!["between", "from", "anywhere"], rules::RANGE),
    ];
    for (table, rule) in tables {
        for w in table.into_iter().map(first_word) {
            match bits.iter_mut().find(|(k, _)| *k == w) {
                Some((_, b)) => *b |= rule,
                None => bits.push((w, rule)),
            }
        }
    }
    Lexicon::from_rows(bits)
});

/// The letters of the currency symbols "US$", "HK$", "NZ$": core words
/// only where "$" follows them ([`Trigger::Symbol`]).
const SYMBOL_LETTERS: [&str; 3] = ["us", "hk", "nz"];

/// Words that may follow "a" or "an" in a core: number words ("a
/// hundred"), fractions ("a third") and the rest of a vague numeral ("a
/// few").
static AFTER_ARTICLE: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    let mut rows: Vec<(&'static str, ())> = Vec::new();
    rows.extend(NUMBER_WORDS.phrases().into_iter().map(|p| (p, ())));
    rows.extend(DENOMINATORS.phrases().into_iter().map(|p| (p, ())));
    for p in VAGUE_MULTIPLIERS.phrases() {
        let mut words = p.split(' ');
        if let (Some("a" | "an"), Some(second)) = (words.next(), words.next()) {
            rows.push((second, ()));
        }
    }
    Lexicon::from_rows(rows)
});

/// Words after "a" or "an" that may go on a quantity: those that go on a
/// core ([`AFTER_ARTICLE`]) and the second words of qualifiers that begin
/// with the article ("a minimum of", "an estimated").
static ARTICLE_NEXT: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    let mut rows: Vec<(&'static str, ())> = AFTER_ARTICLE
        .phrases()
        .into_iter()
        .map(|p| (p, ()))
        .collect();
    for p in PREFIX.phrases() {
        let mut words = p.split(' ');
        if let (Some("a" | "an"), Some(second)) = (words.next(), words.next()) {
            rows.push((second, ()));
        }
    }
    Lexicon::from_rows(rows)
});

/// False when `i` begins with the article "a" or "an" and no quantity can
/// start there: the word after it goes on neither a core nor a qualifier
/// ("a year", "an hour"). True for any other start. One lookup, where the
/// qualifier and core rules would each read the words again.
pub(super) fn may_start_at_article(i: &str) -> bool {
    let b = i.as_bytes();
    let looks_like_article = matches!(b.first(), Some(b'a' | b'A'))
        && match b.get(1) {
            Some(b'n' | b'N') => !b.get(2).is_some_and(u8::is_ascii_alphabetic),
            Some(c) => !c.is_ascii_alphabetic(),
            None => true,
        };
    if !looks_like_article {
        return true;
    }
    // "a year", "an hour": the article and one space, the common case,
    // read as bytes.
    let article_len = if matches!(b.get(1), Some(b'n' | b'N')) {
        2
    } else {
        1
    };
    if b.get(article_len) == Some(&b' ') {
        let after = i.get(article_len..).and_then(|r| ws(r).ok());
        return after.is_some_and(|(after, _)| {
            word(after).is_ok_and(|(_, next)| ARTICLE_NEXT.get(next).is_some())
        });
    }
    let Ok((rest, w)) = word(i) else {
        return true;
    };
    if !(w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")) {
        return true;
    }
    let Ok((after, _)) = alt((recognize(dash), ws)).parse(rest) else {
        return false;
    };
    word(after).is_ok_and(|(_, next)| ARTICLE_NEXT.get(next).is_some())
}

/// opens_core := currency_symbol | core_word | ("a" | "an") (dash | ws) article_next
///
/// True unless `i`, which begins with a letter, surely begins no core:
/// every rule of [`core`](super::core) that reads words starts with a
/// core word, and after an article it needs a number word, a fraction or
/// the rest of a vague numeral. The test is one or two hash lookups, where
/// the rules themselves would read the same words a dozen times over
/// before failing.
#[cfg(test)]
pub(super) fn opens_core(i: &str) -> bool {
    core_rules(i) != 0
}

/// The [`rules`] of [`core`](super::core) that may match at `i`, which
/// begins with a letter: those of its first word as [`CORE_WORDS`] holds
/// them (every rule for a currency symbol), or none where
/// [`opens_core`] is false.
pub(super) fn core_rules(i: &str) -> u8 {
    if currency_symbol(i).is_some() {
        return rules::ALL;
    }
    let Ok((rest, w)) = word(i) else {
        return 0;
    };
    let Some(bits) = CORE_WORDS.get(w) else {
        return 0;
    };
    if !(w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")) {
        return bits;
    }
    let Ok((after, _)) = alt((recognize(dash), ws)).parse(rest) else {
        return 0;
    };
    match word(after) {
        Ok((_, next)) if AFTER_ARTICLE.get(next).is_some() => bits,
        _ => 0,
    }
}

/// What a trigger word may begin.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Trigger {
    /// A core word ("three", "dozens", "a").
    Core,
    /// A core word that begins no qualifier and opens a range or a
    /// multiplied vague figure only ("between", "from", "anywhere",
    /// "several"): nothing starts there unless a figure follows it.
    NeedsFigure,
    /// The letters of a currency symbol ("US" of "US$"), and nothing else
    /// a quantity may begin with.
    Symbol,
    /// A qualifier of one word, and the first word of no longer one
    /// ("about", "over", "under"; a test keeps it so).
    Prefix,
    /// Only the first word of qualifiers of two words or more ("at",
    /// "not", "more", "close"): nothing starts there unless a second word
    /// of one of them follows.
    Lead,
}

/// First words of every phrase that can begin a quantity: the core words
/// and the first words of the qualifiers before a figure ("at", "more",
/// …), as [`Trigger`] tells them apart.
static TRIGGERS: LazyLock<Lexicon<Trigger>> = LazyLock::new(|| {
    let phrases = PREFIX.phrases();
    let mut rows: Vec<(&'static str, Trigger)> = phrases
        .iter()
        .map(|&p| (first_word(p), Trigger::Lead))
        .collect();
    // Later rows win: a word that is a qualifier alone is no mere lead,
    // and a word that is a core word is a core word.
    rows.extend(
        phrases
            .iter()
            .filter(|p| !p.contains(' '))
            .map(|&p| (p, Trigger::Prefix)),
    );
    let multipliers = VAGUE_MULTIPLIERS.phrases();
    let core = CORE_WORDS.phrases().into_iter().map(|p| {
        let begins_prefix = phrases.iter().any(|&q| first_word(q) == p);
        // "several" is a whole multiplier, begins no longer one, and is
        // no plural that stands alone ("dozens").
        let lone_multiplier = VAGUE_PLURALS.get(p).is_none()
            && multipliers.iter().all(|&m| m == p || first_word(m) != p);
        let trigger = match CORE_WORDS.get(p) {
            _ if begins_prefix => Trigger::Core,
            Some(rules::RANGE) => Trigger::NeedsFigure,
            Some(rules::VAGUE) if lone_multiplier => Trigger::NeedsFigure,
            Some(rules::AMOUNT) if SYMBOL_LETTERS.contains(&p) => Trigger::Symbol,
            _ => Trigger::Core,
        };
        (p, trigger)
    });
    rows.extend(core);
    Lexicon::from_rows(rows)
});

/// What the scanner stopped at.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Stop {
    /// A digit or a currency symbol.
    Figure,
    /// A word that opens a core ("three", "dozens", "a", "between").
    CoreWord,
    /// A word that only begins a qualifier ("at", "more", "in"): a
    /// quantity starts here only if the whole qualifier is there.
    PrefixWord,
}

fn first_word(phrase: &'static str) -> &'static str {
    phrase.split(' ').next().unwrap_or(phrase)
}

/// For each first and second letter, a bit for each length of trigger
/// word that begins with them: most words are turned away here without
/// being hashed.
///
/// A word of one or two letters is all in its shape, so for those the
/// shape alone answers: `core` holds the bit of each such trigger that is
/// a core word, and the common "of", "in", "a", "at" are never hashed.
///
/// `last` holds, for each slot, a bit for the last letter of each trigger
/// word (the low five bits of it): "have" shares its shape with "half"
/// but not its last letter, and is turned away without being hashed.
///
/// `second` holds the shapes of the second words of the qualifiers whose
/// first word is a [`Trigger::Lead`] ("at least", "in excess of", "up
/// to", "not less than", "close to"): none of those first words is a
/// qualifier alone, so where the word after one has no such shape, no
/// quantity starts at it. (Every first word of one or two letters is a
/// lead.)
///
/// `symbol` holds the shapes of [`SYMBOL_LETTERS`] ("us" of "US$"),
/// which are in `core` no more: the scanner stops at them only before
/// "$".
///
/// `article` holds the shapes of the words of [`ARTICLE_NEXT`]: where the
/// word after "a" or "an" and one space has none of them, no quantity
/// starts at the article ([`may_start_at_article`]), and the scanner
/// passes over it without stopping. "a" and "an" are the most common
/// stops that begin nothing ("a year", "an hour").
struct Shapes {
    any: [u16; SLOTS],
    core: [u16; SLOTS],
    last: [u32; SLOTS],
    second: [u16; SLOTS],
    article: [u16; SLOTS],
    symbol: [u16; SLOTS],
}

/// Slots of the shape tables: five bits for each of two letters.
const SLOTS: usize = 32 * 32;

static TRIGGER_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    let mut shapes = Shapes {
        any: [0; SLOTS],
        core: [0; SLOTS],
        last: [0; SLOTS],
        second: [0; SLOTS],
        article: [0; SLOTS],
        symbol: [0; SLOTS],
    };
    for p in PREFIX.phrases() {
        let mut words = p.split(' ');
        let (Some(first), Some(second)) = (words.next(), words.next()) else {
            continue;
        };
        let slot = shape_slot(second.as_bytes());
        if let (Some(Trigger::Lead), Some(bits)) = (
            TRIGGERS.get(first),
            slot.and_then(|s| shapes.second.get_mut(s)),
        ) {
            *bits |= 1 << second.len();
        }
    }
    for w in ARTICLE_NEXT.phrases() {
        if let Some(bits) = shape_slot(w.as_bytes()).and_then(|s| shapes.article.get_mut(s)) {
            *bits |= 1 << w.len();
        }
    }
    for w in TRIGGERS.phrases() {
        let Some(slot) = shape_slot(w.as_bytes()) else {
            continue;
        };
        if let Some(bits) = shapes.any.get_mut(slot) {
            *bits |= 1 << w.len();
        }
        if let (Some(bits), Some(&last)) = (shapes.last.get_mut(slot), w.as_bytes().last()) {
            *bits |= 1 << (last & 31);
        }
        let table = match TRIGGERS.get(w) {
            Some(Trigger::Core | Trigger::NeedsFigure) => &mut shapes.core,
            Some(Trigger::Symbol) => &mut shapes.symbol,
            _ => continue,
        };
        if let Some(bits) = table.get_mut(slot) {
            *bits |= 1 << w.len();
        }
    }
    shapes
});

/// Where a word's first two letters index [`TRIGGER_SHAPES`]: the low
/// five bits of each (the same for either case, 1 to 26 for a letter),
/// and 0 for the second of a one-letter word.
fn shape_slot(word: &[u8]) -> Option<usize> {
    let first = word.first().filter(|b| b.is_ascii_alphabetic())?;
    let second = word.get(1).filter(|b| b.is_ascii_alphabetic());
    Some(slot_of(*first, second.map_or(0, |b| b & 31)))
}

/// The slot of a first letter and the five bits of a second.
#[inline]
fn slot_of(first: u8, second: u8) -> usize {
    usize::from(first & 31) * 32 + usize::from(second & 31)
}

/// True for the bytes that end a word and let the scanner read the word
/// after them at once: ASCII that is no letter, digit or "$".
static JOINS_WORDS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = !byte.is_ascii_alphanumeric() && byte != b'$';
        b += 1;
    }
    table
};

/// What the letters `word` are as a trigger, whatever their case: `None`
/// for no trigger.
#[cfg(test)]
fn trigger(word: &str, shapes: &Shapes) -> Option<Trigger> {
    trigger_at(word, 0, word.len(), shapes)
}

/// What the `len` letters at byte `at` of `text` are as a trigger; see
/// [`trigger`]. Most words are answered by their shape, without a lookup.
#[cfg(test)]
fn trigger_at(text: &str, at: usize, len: usize, shapes: &Shapes) -> Option<Trigger> {
    let slot = shape_slot(text.as_bytes().get(at..at + len)?)?;
    trigger_in(text, at, len, slot, shapes)
}

/// [`trigger_at`] for a word whose shape slot is known.
#[inline]
fn trigger_in(text: &str, at: usize, len: usize, slot: usize, shapes: &Shapes) -> Option<Trigger> {
    if len >= 16 {
        return None;
    }
    let bit = 1 << len;
    if shapes.any.get(slot)? & bit == 0 {
        return None;
    }
    if len <= 2 {
        // The letters are the whole shape, and no qualifier is one short
        // word alone.
        return Some(if shapes.core.get(slot)? & bit != 0 {
            Trigger::Core
        } else if shapes.symbol.get(slot)? & bit != 0 {
            Trigger::Symbol
        } else {
            Trigger::Lead
        });
    }
    let last = text.as_bytes().get(at + len - 1)?;
    if shapes.last.get(slot)? & (1 << (last & 31)) == 0 {
        return None;
    }
    TRIGGERS.get(text.get(at..at + len)?)
}

/// A run of letters as the scanner reads it: its length, its
/// [`shape_slot`], and whether one byte of [`JOINS_WORDS`] and a letter
/// follow it, so that the next word starts a token right after.
struct Run {
    len: usize,
    slot: usize,
    next_word: bool,
}

/// The run of letters at byte `pos`, where a letter stands.
///
/// Most words are shorter than seven letters: one eight-byte load finds
/// the end of the run, gives the two bytes of the slot and the two bytes
/// after the run, all without a second look at the text.
// Always inlined: it is called once for every word of the text, and a
// call costs as much as the work.
#[inline(always)]
fn run_at(bytes: &[u8], pos: usize) -> Run {
    let Some(chunk) = bytes.get(pos..).and_then(<[u8]>::first_chunk::<8>) else {
        return run_near_end(bytes, pos);
    };
    let x = u64::from_le_bytes(*chunk);
    let others = !letters_in(x) & HIGH_BITS;
    let len = (others.trailing_zeros() / 8) as usize;
    // A one-letter word's second byte is no letter: 0 in the slot.
    let second = if len > 1 { (x >> 8) as u8 } else { 0 };
    let slot = slot_of(x as u8, second);
    if len <= 6 {
        let next = (x >> (8 * len)) as u8;
        let letter_after = others >> (8 * (len + 1)) & 0x80 == 0;
        return Run {
            len,
            slot,
            next_word: letter_after && JOINS_WORDS[usize::from(next)],
        };
    }
    let len = match len {
        8 => 8 + letter_run(bytes.get(pos + 8..).unwrap_or_default()),
        _ => len,
    };
    Run {
        len,
        slot,
        next_word: next_word_at(bytes, pos + len),
    }
}

/// True when byte `end` is one of [`JOINS_WORDS`] and a letter follows.
fn next_word_at(bytes: &[u8], end: usize) -> bool {
    bytes.get(end).is_some_and(|&b| JOINS_WORDS[usize::from(b)])
        && bytes.get(end + 1).is_some_and(u8::is_ascii_alphabetic)
}

/// [`run_at`] within eight bytes of the end of the text.
fn run_near_end(bytes: &[u8], pos: usize) -> Run {
    let len = letter_run(bytes.get(pos..).unwrap_or_default());
    let slot = bytes.get(pos..pos + len).and_then(shape_slot);
    Run {
        len,
        slot: slot.unwrap_or(SLOTS),
        next_word: next_word_at(bytes, pos + len),
    }
}

/// The next byte at or after `pos` where a quantity may begin, and what
/// stands there: a digit at the start of a token, a currency symbol, or a
/// trigger word at the start of a token ("2023More than": a capital fused
/// to digits starts one too).
pub(super) fn next_stop(text: &str, mut pos: usize) -> Option<(usize, Stop)> {
    let bytes = text.as_bytes();
    let shapes = &*TRIGGER_SHAPES;
    loop {
        let b = *bytes.get(pos)?;
        match CLASSES[usize::from(b)] {
            Class::Skip => pos += 1,
            Class::Symbol => {
                if text.get(pos..).is_some_and(is_currency_symbol) {
                    return Some((pos, Stop::Figure));
                }
                pos += 1;
            }
            class => {
                if !starts_token(bytes, pos, text) {
                    pos = token_end(text, pos);
                    continue;
                }
                if class == Class::Digit {
                    return Some((pos, Stop::Figure));
                }
                match words_from(text, pos, shapes) {
                    Ok(stop) => return Some(stop),
                    Err(next) => pos = next,
                }
            }
        }
    }
}

/// Reads the words of a run from byte `pos`, where a word starts a token:
/// the first trigger among them, or where to go on scanning. A word ended
/// by one ASCII space or mark that is followed by a letter is followed by
/// a word that starts a token too, so that word is read at once.
#[inline]
fn words_from(text: &str, mut pos: usize, shapes: &Shapes) -> Result<(usize, Stop), usize> {
    let bytes = text.as_bytes();
    loop {
        let Run {
            len,
            slot,
            next_word,
        } = run_at(bytes, pos);
        match trigger_in(text, pos, len, slot, shapes) {
            Some(Trigger::Core)
                if !is_article(bytes, pos, len) || article_may_open(bytes, pos + len, shapes) =>
            {
                return Ok((pos, Stop::CoreWord))
            }
            Some(Trigger::NeedsFigure) if figure_may_follow(bytes, pos + len, shapes) => {
                return Ok((pos, Stop::CoreWord))
            }
            Some(Trigger::Symbol) if bytes.get(pos + len) == Some(&b'$') => {
                return Ok((pos, Stop::CoreWord))
            }
            // A qualifier of one word begins no longer one: a figure
            // must follow it.
            Some(Trigger::Prefix) if figure_may_follow(bytes, pos + len, shapes) => {
                return Ok((pos, Stop::PrefixWord))
            }
            Some(Trigger::Lead) if second_word_may_follow(bytes, pos + len, shapes) => {
                return Ok((pos, Stop::PrefixWord))
            }
            _ => {}
        }
        let end = pos + len;
        // The common case: one space or mark, and the next word.
        if next_word {
            pos = end + 1;
            continue;
        }
        // Letters followed by ASCII that is no letter or digit end the
        // token; digits or other scripts after them need the full rule.
        let Some(&next) = bytes.get(end) else {
            return Err(end);
        };
        if !next.is_ascii() || next.is_ascii_digit() {
            return Err(token_end(text, pos));
        }
        if CLASSES[usize::from(next)] != Class::Skip {
            return Err(end);
        }
        match bytes.get(end + 1) {
            Some(after) if after.is_ascii_alphabetic() => pos = end + 1,
            _ => return Err(end + 1),
        }
    }
}

/// After a qualifier's first word that is no qualifier alone ("at", "in",
/// "of", "not", "close"), ending at byte `end`: false when the word after
/// it surely goes on no qualifier, so that no quantity starts at the
/// first word. The word
/// is judged by its shape only where one ASCII space and a run of letters
/// follow; digits after the space go on no qualifier; anything else is
/// left to the rules.
fn second_word_may_follow(bytes: &[u8], end: usize, shapes: &Shapes) -> bool {
    if bytes.get(end) != Some(&b' ') {
        return true;
    }
    let next = bytes.get(end + 1..).unwrap_or_default();
    match next.first() {
        Some(b) if b.is_ascii_digit() => return false,
        Some(b) if b.is_ascii_alphabetic() => {}
        _ => return true,
    }
    let len = letter_run(next);
    if len >= 16 {
        return false;
    }
    let Some(slot) = next.get(..len).and_then(shape_slot) else {
        return true;
    };
    match shapes.second.get(slot) {
        Some(bits) => bits & (1 << len) != 0,
        None => true,
    }
}

/// True when the `len` letters at byte `pos` are "a" or "an", in either
/// case.
#[inline]
fn is_article(bytes: &[u8], pos: usize, len: usize) -> bool {
    match len {
        1 => bytes.get(pos).is_some_and(|b| b | 0x20 == b'a'),
        2 => bytes
            .get(pos..pos + 2)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"an")),
        _ => false,
    }
}

/// After "a" or "an", ending at byte `end`: false when one ASCII space
/// and a run of letters of no [`ARTICLE_NEXT`] word's shape follow, where
/// [`may_start_at_article`] would turn the article away ("a year", "an
/// hour"). Anything else is left to the rules.
fn article_may_open(bytes: &[u8], end: usize, shapes: &Shapes) -> bool {
    if bytes.get(end) != Some(&b' ') || !bytes.get(end + 1).is_some_and(u8::is_ascii_alphabetic) {
        return true;
    }
    let next = run_at(bytes, end + 1);
    if next.len >= 16 {
        return false;
    }
    match shapes.article.get(next.slot) {
        Some(bits) => bits & (1 << next.len) != 0,
        None => true,
    }
}

/// After a word that opens a range or a multiplied vague figure only
/// ("from", "between", "several"), or a qualifier of one word ("about",
/// "under"), ending at
/// byte `end`: false when one ASCII space and a word of no core word's
/// shape follow, so that no figure can follow ("from the north"): every
/// figure that begins with a letter begins with a core word or with the
/// letters of a currency symbol ("US$"), whose "$" is left to the rules,
/// as are digits, other scripts and anything else after the word.
fn figure_may_follow(bytes: &[u8], end: usize, shapes: &Shapes) -> bool {
    if bytes.get(end) != Some(&b' ') || !bytes.get(end + 1).is_some_and(u8::is_ascii_alphabetic) {
        return true;
    }
    let next = run_at(bytes, end + 1);
    match bytes.get(end + 1 + next.len) {
        Some(&b) if !b.is_ascii() || b == b'$' || b.is_ascii_digit() => return true,
        _ => {}
    }
    if next.len >= 16 {
        return false;
    }
    match shapes.core.get(next.slot) {
        Some(bits) => bits & (1 << next.len) != 0,
        None => true,
    }
}

/// Where scanning goes on after a stop at byte `pos` where no quantity
/// begins: the end of its token, as [`token_end`] finds it. A word ended
/// by ASCII that is no letter or digit ends there, which is found without
/// reading the token again byte by byte.
pub(super) fn skip_stop(text: &str, pos: usize, stop: Stop) -> usize {
    if stop != Stop::Figure {
        let bytes = text.as_bytes();
        let end = pos + letter_run(bytes.get(pos..).unwrap_or_default());
        match bytes.get(end) {
            None if end > pos => return end,
            Some(&next) if next.is_ascii() && !next.is_ascii_digit() && end > pos => return end,
            _ => {}
        }
    }
    token_end(text, pos)
}

/// True when the letter or digit at byte `pos` begins a token: nothing
/// that is a letter or digit in any script comes before it, or it is an
/// upper-case word fused to digits.
#[inline]
fn starts_token(bytes: &[u8], pos: usize, text: &str) -> bool {
    let boundary = match pos.checked_sub(1).and_then(|at| bytes.get(at)) {
        None => true,
        Some(&prev) if prev.is_ascii() => !prev.is_ascii_alphanumeric(),
        Some(_) => crate::grammar::at_boundary_before(text, pos),
    };
    boundary || camel_start(bytes, pos)
}

/// "2023More than": an upper-case word fused to the digits before it, as
/// text pasted without a break leaves it.
fn camel_start(bytes: &[u8], pos: usize) -> bool {
    let prev = pos.checked_sub(1).and_then(|at| bytes.get(at));
    prev.is_some_and(u8::is_ascii_digit)
        && bytes.get(pos).is_some_and(u8::is_ascii_uppercase)
        && bytes.get(pos + 1).is_some_and(u8::is_ascii_lowercase)
}

/// True when `i` begins with a currency symbol that is not a letter ("$",
/// "€", "£", …).
pub(super) fn is_currency_symbol(i: &str) -> bool {
    currency_symbol(i).is_some_and(|(s, _)| !s.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// The end of the token starting at `pos`: a run of letters and digits
/// (ending early where an upper-case word is fused to digits, "2023More"),
/// or one other character.
pub(super) fn token_end(text: &str, pos: usize) -> usize {
    let bytes = text.as_bytes();
    let tail = bytes.get(pos..).unwrap_or_default();
    // ASCII fast path: letters and digits with no fused capital.
    let ascii = tail
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let stops_ascii = !tail.get(ascii).is_some_and(|b| !b.is_ascii());
    if ascii > 0 && stops_ascii && !(pos + 1..pos + ascii).any(|at| camel_start(bytes, at)) {
        return pos + ascii;
    }
    let mut end = pos;
    for (i, c) in text.get(pos..).unwrap_or_default().char_indices() {
        let at = pos + i;
        if !is_word_char(c) || (at > pos && camel_start(bytes, at)) {
            return if at == pos { at + c.len_utf8() } else { at };
        }
        end = at + c.len_utf8();
    }
    end.max(pos + 1).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::units::CURRENCY_SYMBOLS;

    /// Every place the scanner stops in `text`, moving past each stop's
    /// token as the caller does when no quantity is found there.
    fn stops(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        let mut pos = 0;
        while let Some((at, _)) = next_stop(text, pos) {
            let end = token_end(text, at);
            found.push(&text[at..end]);
            pos = end;
        }
        found
    }

    #[test]
    fn stops_at_digits_symbols_and_triggers() {
        let cases: &[(&str, &[&str])] = &[
            ("Rescuers found 12 bodies", &["12"]),
            ("at least three", &["at", "three"]),
            ("The talks ended", &[]),
            ("a €5 fee and $9", &["a", "€", "5", "$", "9"]),
            (
                "Hundreds fled; THOUSANDS stayed",
                &["Hundreds", "THOUSANDS"],
            ),
            ("US$5", &["US", "$", "5"]),
            ("2023More than", &["2023", "More"]),
            ("café 40 — naïve 7", &["40", "7"]),
        ];
        for &(text, expected) in cases {
            assert_eq!(stops(text), expected, "{text:?}");
        }
    }

    #[test]
    fn not_stops() {
        for text in [
            // Inside a token: codes, fused letters, other scripts.
            "M23 F16 covid19",
            "théatre3 Straße",
            // Words that only look like triggers.
            "often overt somewhat",
            "",
            "\u{200f}\u{a0}—",
        ] {
            assert_eq!(stops(text), Vec::<&str>::new(), "{text:?}");
        }
    }

    #[test]
    fn stops_tell_core_words_from_prefix_words() {
        let kinds = |text| {
            let mut found = Vec::new();
            let mut pos = 0;
            while let Some((at, stop)) = next_stop(text, pos) {
                found.push(stop);
                pos = token_end(text, at);
            }
            found
        };
        use Stop::*;
        // "of three" goes on no qualifier: "of" is passed over.
        assert_eq!(
            kinds("at least a dozen, more than 5 or $6, in excess of three"),
            [
                PrefixWord, CoreWord, CoreWord, PrefixWord, Figure, Figure, Figure, PrefixWord,
                CoreWord
            ]
        );
        assert_eq!(kinds("of the order of 5"), [PrefixWord, Figure]);
        assert_eq!(kinds("in Kyiv, in 2022, up to"), [Figure, PrefixWord]);
    }

    /// A word the scanner stops at as a prefix word never opens a core
    /// itself, whatever follows it, so a quantity starts there only with
    /// a whole qualifier.
    #[test]
    fn prefix_words_open_no_core() {
        let mut checked = 0;
        for w in TRIGGERS.phrases() {
            if !matches!(TRIGGERS.get(w), Some(Trigger::Prefix | Trigger::Lead)) {
                continue;
            }
            for tail in [
                "",
                " 5",
                "-5",
                "'s 5",
                "\u{2019}s",
                " of 5",
                "$5",
                " a hundred",
                "-three",
            ] {
                for head in [w.to_string(), w.to_ascii_uppercase()] {
                    let i = format!("{head}{tail}");
                    assert!(!opens_core(&i), "{i:?}");
                    assert!(super::super::core(&i).is_err(), "{i:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 100);
    }

    /// A qualifier of one word begins no longer qualifier, so a figure
    /// must follow it.
    #[test]
    fn one_word_prefixes_begin_no_longer_one() {
        let phrases = PREFIX.phrases();
        for p in phrases.iter().filter(|p| !p.contains(' ')) {
            assert!(phrases.iter().all(|q| q == p || first_word(q) != *p), "{p}");
        }
    }

    /// No qualifier is a word of one or two letters alone, so one that
    /// the scanner passes over for the word after it begins none.
    #[test]
    fn short_prefix_words_need_a_second_word() {
        for p in PREFIX.phrases() {
            assert!(p.contains(' ') || p.len() > 2, "{p}");
        }
    }

    /// Where the scanner passes over a qualifier's first word for the word
    /// after it, no quantity starts there: every pair of a first word that
    /// is no qualifier alone and a word of the tables.
    #[test]
    fn passed_over_prefix_words_start_nothing() {
        let mut firsts: Vec<&str> = PREFIX
            .phrases()
            .into_iter()
            .filter_map(|p| p.split(' ').next())
            .filter(|w| TRIGGERS.get(w) == Some(Trigger::Lead))
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        assert!(firsts.contains(&"not") && firsts.contains(&"close"));
        let mut seconds: Vec<&str> = vec!["the", "Kyiv", "tenth", "5", "excessive", "leastwise"];
        for table in [PREFIX.phrases(), TRIGGERS.phrases(), NUMBER_WORDS.phrases()] {
            seconds.extend(table.into_iter().flat_map(|p| p.split(' ')));
        }
        let tails = ["", " 5", " of 5", " than 5", " least 5", " the most 5"];
        assert!(passed_over_start_nothing(&firsts, &seconds, &tails) > 100);
    }

    /// For every "first second tail" where the scanner passes over the
    /// first word, no quantity starts at it; how many texts were checked.
    fn passed_over_start_nothing<A, B>(firsts: &[A], seconds: &[B], tails: &[&str]) -> usize
    where
        A: std::fmt::Display,
        B: std::fmt::Display,
    {
        let mut checked = 0;
        for first in firsts {
            for second in seconds {
                for tail in tails {
                    let text = format!("{first} {second}{tail}");
                    let stops_at_first = next_stop(&text, 0).is_some_and(|(at, _)| at == 0);
                    if !stops_at_first {
                        let found = super::super::quantities(&text);
                        assert!(found.iter().all(|q| q.span.start > 0), "{text:?}");
                        checked += 1;
                    }
                }
            }
        }
        checked
    }

    /// The shape's answer for short words is the table's, for every word
    /// of one or two letters in either case.
    #[test]
    fn short_words_answered_by_shape() {
        let shapes = &*TRIGGER_SHAPES;
        let letters = (b'a'..=b'z').chain(b'A'..=b'Z');
        let mut words: Vec<String> = letters.clone().map(|a| char::from(a).to_string()).collect();
        for a in letters.clone() {
            for b in letters.clone() {
                words.push(String::from_utf8(vec![a, b]).unwrap());
            }
        }
        for w in &words {
            assert_eq!(trigger(w, shapes), TRIGGERS.get(w), "{w}");
        }
        assert_eq!(trigger("of", shapes), Some(Trigger::Lead));
        assert_eq!(trigger("A", shapes), Some(Trigger::Core));
    }

    /// The shape and last letter turn away no trigger: every word of the
    /// tables, in either case, gets the table's answer.
    #[test]
    fn trigger_agrees_with_the_table() {
        let shapes = &*TRIGGER_SHAPES;
        let mut words: Vec<String> = vec!["have".into(), "since".into(), "analysts".into()];
        for table in [
            PREFIX.phrases(),
            TRIGGERS.phrases(),
            NUMBER_WORDS.phrases(),
            DENOMINATORS.phrases(),
            VAGUE_PLURALS.phrases(),
        ] {
            for w in table.into_iter().flat_map(|p| p.split(' ')) {
                words.push(w.to_string());
                words.push(w.to_ascii_uppercase());
                words.push(format!("{w}s"));
                words.push(format!("{w}e"));
            }
        }
        for w in &words {
            if w.bytes().all(|b| b.is_ascii_alphabetic()) {
                assert_eq!(trigger(w, shapes), TRIGGERS.get(w), "{w}");
            }
        }
        assert_eq!(trigger("have", shapes), None);
        assert_eq!(trigger("Thousands", shapes), Some(Trigger::Core));
        assert_eq!(trigger("not", shapes), Some(Trigger::Lead));
        assert_eq!(trigger("about", shapes), Some(Trigger::Prefix));
    }

    #[test]
    fn opens_core_table() {
        for i in [
            "three",
            "Dozens of",
            "several hundred",
            "a hundred",
            "An eighth",
            "a-third",
            "a few",
            "a couple of",
            "half a million",
            "between 5 and 6",
            "US$5",
            "C$5",
            "usd 5",
        ] {
            assert!(opens_core(i), "{i:?}");
        }
    }

    #[test]
    fn article_table() {
        for i in [
            "a hundred",
            "a minimum of 5",
            "An estimated 300",
            "a-third",
            "a few",
            "the",
            "and",
            "a's",
            "an\u{2019}s",
        ] {
            assert!(may_start_at_article(i), "{i:?}");
        }
        for i in ["a year", "an hour", "a", "A, three", "an"] {
            assert!(!may_start_at_article(i), "{i:?}");
        }
    }

    /// The scanner passes over "a" or "an" only where the article test
    /// turns it away: every word of the tables after either, in either
    /// case, with and without a tail.
    #[test]
    fn passed_over_articles_start_nothing() {
        let mut words: Vec<String> = vec!["year".into(), "hour".into(), "b2".into()];
        for table in [ARTICLE_NEXT.phrases(), TRIGGERS.phrases(), PREFIX.phrases()] {
            for w in table.into_iter().flat_map(|p| p.split(' ')) {
                words.push(w.to_string());
                words.push(w.to_ascii_uppercase());
                words.push(format!("{w}s"));
                words.push(format!("{w}'s"));
            }
        }
        let mut passed = 0;
        for article in ["a", "an", "A", "AN"] {
            for w in &words {
                for tail in ["", " of 5", " 5", "-5"] {
                    let text = format!("{article} {w}{tail}");
                    let stops_at_article = next_stop(&text, 0).is_some_and(|(at, _)| at == 0);
                    if !stops_at_article {
                        assert!(!may_start_at_article(&text), "{text:?}");
                        passed += 1;
                    }
                }
            }
        }
        assert!(passed > 100);
        for w in ARTICLE_NEXT.phrases() {
            assert!(w.bytes().all(|b| b.is_ascii_alphabetic()), "{w}");
        }
    }

    /// Where the scanner passes over a word that opens a range only, no
    /// quantity starts there: every word of the tables after each, with
    /// tails that make ranges.
    #[test]
    fn passed_over_range_words_start_nothing() {
        let firsts: Vec<&str> = TRIGGERS
            .phrases()
            .into_iter()
            .filter(|w| {
                matches!(
                    TRIGGERS.get(w),
                    Some(Trigger::NeedsFigure | Trigger::Prefix)
                )
            })
            .collect();
        assert!(["from", "between", "several", "about", "under"]
            .iter()
            .all(|w| firsts.contains(w)));
        assert_eq!(TRIGGERS.get("US"), Some(Trigger::Symbol));
        let mut seconds: Vec<String> = ["the", "Kyiv", "US$", "A$", "Rs", "usd", "five's"]
            .map(String::from)
            .to_vec();
        for table in [
            PREFIX.phrases(),
            TRIGGERS.phrases(),
            NUMBER_WORDS.phrases(),
            CURRENCY_PREFIX_WORDS.phrases(),
        ] {
            for w in table.into_iter().flat_map(|p| p.split(' ')) {
                seconds.push(w.to_string());
                seconds.push(w.to_ascii_uppercase());
            }
        }
        let tails = ["", " 5 to 9", "5 to 9", " hundred to 9", " to 9", " and 9"];
        assert!(passed_over_start_nothing(&firsts, &seconds, &tails) > 100);
    }

    /// Where the article test says no quantity starts, none does: every
    /// word of the tables after "a" or "an".
    #[test]
    fn article_test_never_hides_a_quantity() {
        let mut words: Vec<&str> = vec!["of", "year", "5", "$5", "half"];
        for table in [
            NUMBER_WORDS.phrases(),
            DENOMINATORS.phrases(),
            VAGUE_MULTIPLIERS.phrases(),
            PREFIX.phrases(),
            TRIGGERS.phrases(),
        ] {
            words.extend(table.into_iter().flat_map(|p| p.split(' ')));
        }
        words.sort_unstable();
        words.dedup();
        let mut checked = 0;
        for article in ["a", "an", "A"] {
            for w in &words {
                for tail in ["", " of 5", " 5", " hundred", " of three"] {
                    let text = format!("{article} {w}{tail}");
                    if !may_start_at_article(&text) {
                        let found = super::super::quantities(&text);
                        assert!(found.iter().all(|q| q.span.start > 0), "{text:?}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 100);
    }

    #[test]
    fn not_opens_core() {
        for i in [
            "the", "of the", "a year", "an hour", "a", "a, three", "café", "",
        ] {
            assert!(!opens_core(i), "{i:?}");
        }
    }

    /// Every pair of words from the tables (and a few others) joined by a
    /// space or a dash, with each of `tails` after it, where it begins
    /// with a letter.
    fn word_pairs(tails: &[&str]) -> Vec<String> {
        let mut words: Vec<&str> = vec!["of", "and", "the", "year", "5", "$5", "1,000", "A$5"];
        for table in [
            NUMBER_WORDS.phrases(),
            DENOMINATORS.phrases(),
            VAGUE_PLURALS.phrases(),
            VAGUE_MULTIPLIERS.phrases(),
            CURRENCY_PREFIX_WORDS.phrases(),
            TRIGGERS.phrases(),
        ] {
            words.extend(table.into_iter().flat_map(|p| p.split(' ')));
        }
        words.sort_unstable();
        words.dedup();
        let mut out = Vec::new();
        for a in &words {
            for b in &words {
                for joint in [" ", "-"] {
                    for tail in tails {
                        let i = format!("{a}{joint}{b}{tail}");
                        if i.starts_with(|c: char| c.is_ascii_alphabetic()) {
                            out.push(i);
                        }
                    }
                }
            }
        }
        out
    }

    /// The filter turns away nothing the rules would read: every pair of
    /// table words parses only where it says a core may open.
    #[test]
    fn opens_core_never_hides_a_core() {
        let mut checked = 0;
        for i in word_pairs(&["", " of", " in 5", " million"]) {
            if !opens_core(&i) {
                assert!(super::super::core(&i).is_err(), "{i:?}");
                checked += 1;
            }
        }
        assert!(checked > 1000);
    }

    /// Where the first word does not open a rule, the rule fails.
    #[test]
    fn core_rules_never_hide_a_rule() {
        use super::super::{amount::amount, range::range, vague::vague};
        let pairs = word_pairs(&["", " of", " in 5", " million", " to 7"]);
        for i in &pairs {
            let rules = core_rules(i);
            if rules & rules::VAGUE == 0 {
                assert!(vague(i).is_err(), "{i:?}");
            }
            if rules & rules::AMOUNT == 0 {
                assert!(amount(i).is_err(), "{i:?}");
                assert!(crate::number::share_counted(i, None).is_err(), "{i:?}");
            }
            if rules & rules::RANGE == 0 {
                assert!(range(i, None).is_err(), "{i:?}");
            }
        }
        assert!(pairs.len() > 1000);
    }

    #[test]
    fn symbol_bytes_match_the_currency_table() {
        for (symbol, _) in CURRENCY_SYMBOLS {
            let first = symbol.as_bytes()[0];
            let expected = if first.is_ascii_alphabetic() {
                Class::Letter
            } else {
                Class::Symbol
            };
            assert_eq!(CLASSES[usize::from(first)], expected, "{symbol}");
        }
    }

    /// Past a word stop, scanning goes on where the token ends.
    #[test]
    fn skip_stop_is_token_end() {
        for text in [
            "at least",
            "a",
            "More2023",
            "Three\u{e9}",
            "in\u{2019}s",
            "from-50",
            "2023More than",
            "a$5",
            "US$5",
        ] {
            let mut pos = 0;
            while let Some((at, stop)) = next_stop(text, pos) {
                assert_eq!(skip_stop(text, at, stop), token_end(text, at), "{text:?}");
                pos = token_end(text, at);
            }
        }
    }

    #[test]
    fn token_end_table() {
        let cases: &[(&str, usize, usize)] = &[
            ("troops killed", 0, 6),
            ("M23 rebels", 0, 3),
            ("2023More", 0, 4),
            ("café au", 0, 5),
            ("—x", 0, 3),
            ("x", 0, 1),
        ];
        for &(text, pos, end) in cases {
            assert_eq!(token_end(text, pos), end, "{text:?}");
        }
    }

    #[test]
    fn run_table() {
        let cases: &[(&str, usize, bool)] = &[
            ("a year", 1, true),
            ("troops, said", 6, false),
            ("said, troops", 4, false),
            ("killed-in-action", 6, true),
            ("seventeen more", 9, true),
            ("verylongwordsarehere x", 20, true),
            ("x$5 and more", 1, false),
            ("M23 rebels here", 1, false),
            ("caf\u{e9} au lait", 3, false),
            ("at", 2, false),
            ("at the", 2, true),
        ];
        for &(text, len, next_word) in cases {
            let run = run_at(text.as_bytes(), 0);
            assert_eq!((run.len, run.next_word), (len, next_word), "{text:?}");
        }
    }

    /// The slot and length read from one load are those of the plain
    /// reading, for every letter of texts with words of every length.
    #[test]
    fn run_agrees_with_letter_run_and_shape_slot() {
        let text = "a an the four fifty thousand, Seventeen; sixty-seven A-b 9x \
                    extraordinarily-long hyphenated.word q";
        let bytes = text.as_bytes();
        for (at, b) in bytes.iter().enumerate() {
            if !b.is_ascii_alphabetic() {
                continue;
            }
            let run = run_at(bytes, at);
            let len = letter_run(&bytes[at..]);
            assert_eq!(run.len, len, "{at}");
            assert_eq!(Some(run.slot), shape_slot(&bytes[at..at + len]), "{at}");
            let next_word = bytes
                .get(at + len)
                .is_some_and(|&n| n.is_ascii() && !n.is_ascii_alphanumeric() && n != b'$')
                && bytes.get(at + len + 1).is_some_and(u8::is_ascii_alphabetic);
            assert_eq!(run.next_word, next_word, "{at}");
        }
    }
}
