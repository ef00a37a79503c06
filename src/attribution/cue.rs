//! Cues: the words that credit a figure, and the speaker each one names.
//!
//! ```text
//! verb_cue     := speaker adverbials verb          "X said", "X on Monday put the toll at"
//!               | ("," | quote) verb speaker       ", said X"
//!               | verb "by" speaker                "was reported by X"
//! participle   := clause_subject … "," ("saying" | "adding")
//!                                                  "X accused Y of the raid, saying"
//! claimant     := speaker "claimed" deed           "X claimed the attack": X is
//!                                                  remembered, but credits nothing
//! stance       := speaker stance_verb               "X denied the report": the same
//! prep_cue     := "according to" (data_source | speaker)
//! citing_cue   := "citing" speaker                 the figure is the cited speaker's
//! data_source  := data_noun word{0,6} ("by" | "from") speaker
//!                                                  "figures released by X", "data from X"
//! headline_cue := … (":" | "–" | "-" | "—") speaker end
//!                                                  "… flee to Sudan: state media"
//! ```
//!
//! A speaker inside quotation marks is another person's words: cues there
//! are skipped.
//!
//! # Cost
//!
//! The scan stops only at word starts and ';', found eight bytes at a time
//! ([`super::marks`]). A word is turned away by one table read of its
//! first letter and second byte, then by its shape (first two letters,
//! length) and last letter; only a word that passes is looked up. So a
//! sentence without a cue costs a walk over its bytes and a few reads a
//! word. A headline credit is looked for from the end back to the first
//! comma or digit, eight letters or spaces at a time.

use super::marks::{chunk, colons_in, plain_before, Marks};
use super::name::{may_open_phrase, speaker_phrase, Phrase, Shape, Speaker};
use crate::grammar::{
    alnum_run, char_before, fail, is_space, keyword, phrase, word, word_before, ws, ws0, PResult,
};
use crate::lexicon::speakers::{Pronoun, OWNERS};
use crate::lexicon::speech::{
    CueWord, ADVERBS, ASIDE_OPENERS, BARE_OBJECTS, CLAIMED_DEEDS, CLAUSE_BREAKS, CUES, DATA_LINKS,
    DATA_NOUNS, DAYS, LISTENER_VERBS, OBJECT_MARKERS, TOLL_NOUNS,
};
use crate::span::{floor_boundary, offset, Span};
use crate::vocabulary::SourceKind;
use nom::Parser;
use std::sync::LazyLock;

/// Most words a speaker phrase may reach back from its verb.
const MAX_BACK_WORDS: usize = 14;

/// Most bytes the scan looks back from a verb for its speaker.
const MAX_BACK_BYTES: usize = 240;

/// A credit found in a sentence, before its speaker is resolved.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// The cue words, in the document.
    pub(crate) cue: Span,
    /// The cue and the speaker together: the figure nearest to it takes
    /// it.
    pub(crate) anchor: Span,
    /// The speaker as read.
    pub(crate) speaker: Speaker,
    /// True for "citing X".
    pub(crate) citing: bool,
    /// True for a speaker named by a deed it claims ("X claimed
    /// responsibility"): remembered for a pronoun or descriptor after it,
    /// but the credit of no figure.
    pub(crate) mention: bool,
}

/// What a cue word gives: its speaker and the speaker's span, where the
/// cue words end, and how the credit is used.
struct Hit {
    speaker: Speaker,
    span: Span,
    cue_end: usize,
    citing: bool,
    mention: bool,
}

/// What sentences hold: their credits and where their clauses break.
/// [`scan_into`] appends one sentence's to those of the sentences before
/// it, so a document's sentences share two lists and allocate nothing
/// each.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Scan {
    /// Credits in text order.
    pub(crate) found: Vec<Found>,
    /// Document offsets where a new clause starts ("while", "but", ";").
    pub(crate) breaks: Vec<usize>,
}

/// Longest first word, in bytes, the shape filter tells apart.
const MAX_SHAPE_LEN: usize = 15;

/// Which tables may begin a phrase with a word of each shape (first two
/// letters, length): a word of any other shape cannot begin one of their
/// phrases, so "that" and "this" never reach the lookup that "told"
/// needs. One byte of [`Shapes`] flags per shape.
struct Shapes {
    /// Flags by [`shape`].
    flags: Vec<u8>,
    /// By [`shape`], for each flag (bit 0, 1, 2): the last letters (low
    /// five bits) of the table words of that shape. A word's last letter
    /// must be one of them: "says" has the shape of "sees" but not "sank".
    lasts: Vec<[u32; 3]>,
    /// By the low five bits of a first letter and the whole second byte:
    /// true when a word of some length opening with those letters has
    /// flags. Read before the word's length is, with no test of its
    /// bytes: 32 × 256 entries.
    pairs: Vec<bool>,
}

/// A word of this shape may begin a cue.
const CUE: u8 = 1;
/// ... a data noun.
const DATA: u8 = 2;
/// ... a clause break.
const BREAK: u8 = 4;

/// The index of a word's first two letters, for words that open with
/// two ASCII letters: the low five bits of each, which are the same for
/// a letter in either case.
fn pair(word: &[u8]) -> Option<usize> {
    match *word {
        [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            Some(usize::from(a & 0x1F) << 5 | usize::from(b & 0x1F))
        }
        _ => None,
    }
}

/// The index of a word's shape, for words of two ASCII letters or more.
fn shape(word: &[u8]) -> Option<usize> {
    Some(pair(word)? * (MAX_SHAPE_LEN + 1) + word.len().min(MAX_SHAPE_LEN))
}

impl Shapes {
    fn new() -> Self {
        let mut table = vec![0; 32 * 32 * (MAX_SHAPE_LEN + 1)];
        let mut lasts = vec![[0u32; 3]; table.len()];
        let tables = [
            (CUES.phrases(), CUE),
            (DATA_NOUNS.phrases(), DATA),
            (CLAUSE_BREAKS.phrases(), BREAK),
        ];
        for (phrases, flag) in tables {
            for p in phrases {
                let first = p.split(' ').next().unwrap_or_default();
                let Some(i) = shape(first.as_bytes()) else {
                    continue;
                };
                if let Some(slot) = table.get_mut(i) {
                    *slot |= flag;
                }
                let last = first.bytes().last().unwrap_or_default();
                let bit = flag.trailing_zeros() as usize;
                if let Some(mask) = lasts.get_mut(i).and_then(|m| m.get_mut(bit)) {
                    *mask |= 1 << (last & 0x1F);
                }
            }
        }
        let pairs = (0..32 * 256)
            .map(|i: usize| {
                // Letters share their low five bits in both cases.
                let (first, second) = ((i >> 8) as u8 | 0x40, (i & 0xFF) as u8);
                let any = |at: usize| {
                    let lengths =
                        table.get(at * (MAX_SHAPE_LEN + 1)..(at + 1) * (MAX_SHAPE_LEN + 1));
                    lengths.is_some_and(|l| l.iter().any(|&f| f != 0))
                };
                pair(&[first, second]).is_some_and(any)
            })
            .collect();
        Shapes {
            flags: table,
            lasts,
            pairs,
        }
    }

    /// The tables (flags) whose phrases `word` may begin: those with a
    /// word of its shape that ends with its last letter.
    fn of(&self, word: &[u8]) -> u8 {
        let Some(i) = shape(word) else { return 0 };
        let flags = self.flags.get(i).copied().unwrap_or(0);
        let last = match word.last() {
            Some(&b) if flags != 0 && b.is_ascii_alphabetic() => 1u32 << (b & 0x1F),
            _ => return 0,
        };
        let lasts = self.lasts.get(i).copied().unwrap_or_default();
        [CUE, DATA, BREAK]
            .into_iter()
            .zip(lasts)
            .filter(|&(_, mask)| mask & last != 0)
            .fold(0, |found, (flag, _)| found | flag)
    }

    /// False when no word that opens `bytes` (with an ASCII letter) with
    /// its first two bytes can have flags, whatever its length. True may
    /// be wrong for bytes that open otherwise: [`Shapes::of`] is exact.
    fn may_open(&self, bytes: &[u8]) -> bool {
        match *bytes {
            [a, b, ..] => {
                let at = usize::from(a & 0x1F) << 8 | usize::from(b);
                self.pairs.get(at).copied().unwrap_or(false)
            }
            _ => false,
        }
    }
}

static SHAPES: LazyLock<Shapes> = LazyLock::new(Shapes::new);

/// adverbial := "on" ws day | ("late" | "early") ws "on" ws day | day
///            | ("last" | "this") ws ("week" | "month") | adverb
///            | ("in" | "at") ws "the" ws word
///
/// Words that may stand between a speaker and its verb.
pub(crate) fn adverbial(i: &str) -> PResult<'_, ()> {
    let day = |i| phrase(&DAYS).parse(i);
    let on_day = |i| (keyword("on"), ws, day).map(|_| ()).parse(i);
    let edge = |i| {
        (keyword("late").or(keyword("early")), ws, on_day)
            .map(|_| ())
            .parse(i)
    };
    let last = |i| {
        (
            keyword("last").or(keyword("this")),
            ws,
            keyword("week").or(keyword("month")),
        )
            .map(|_| ())
            .parse(i)
    };
    let place = |i| {
        (
            keyword("in").or(keyword("at")),
            ws,
            keyword("the"),
            ws,
            word,
        )
            .map(|_| ())
            .parse(i)
    };
    edge.or(on_day)
        .or(day)
        .or(last)
        .or(|i| phrase(&ADVERBS).parse(i))
        .or(place)
        .parse(i)
}

/// adverbials := (ws adverbial){0,4}
pub(crate) fn adverbials(i: &str) -> PResult<'_, ()> {
    let mut rest = i;
    for _ in 0..4 {
        let Ok((r, _)) = ws(rest) else { break };
        // Every adverbial opens with an ASCII letter: most phrases end
        // right before their verb, and no alternative need be tried.
        if !r.starts_with(|c: char| c.is_ascii_alphabetic()) {
            break;
        }
        match adverbial(r) {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    Ok((rest, ()))
}

/// toll_object := (ws word){0,4} ws toll_noun
///
/// The object that makes "put" or "gave" a credit: "put the toll at",
/// "gave a higher casualty figure".
pub(crate) fn toll_object(i: &str) -> PResult<'_, ()> {
    let mut rest = i;
    for _ in 0..5 {
        let Ok((r, (_, w))) = (ws, word).parse(rest) else {
            break;
        };
        if TOLL_NOUNS.get(w).is_some() {
            return Ok((r, ()));
        }
        rest = r;
    }
    fail(i)
}

/// data_source := (det | word){0,3} data_noun (ws word){0,6} ws link ws speaker
///
/// Returns the rest after the link word and the speaker phrase.
pub(crate) fn data_source(i: &str) -> PResult<'_, (&str, Phrase<'_>)> {
    let mut rest = i;
    // Words the link may still be from the noun, once the noun is read.
    let mut gap: Option<u8> = None;
    for n in 0..11 {
        let at = if n == 0 { rest } else { ws(rest)?.0 };
        let (r, w) = word(at)?;
        if gap.is_some() && DATA_LINKS.get(w).is_some() {
            let (r2, p) = (ws, speaker_phrase).map(|(_, p)| p).parse(r)?;
            return Ok((r2, (r, p)));
        }
        match gap {
            None => {
                gap = DATA_NOUNS.get(w);
                if gap.is_none() && n >= 3 {
                    break;
                }
            }
            // "a statement carried by state media": the outlet only
            // carries the words of whoever made the statement.
            Some(0) => break,
            Some(_) if carries(w) => break,
            Some(left) => gap = Some(left - 1),
        }
        rest = r;
    }
    fail(i)
}

/// True for a verb by which an outlet passes on someone else's words.
fn carries(w: &str) -> bool {
    ["carried", "broadcast", "aired", "relayed", "quoted"]
        .iter()
        .any(|k| w.eq_ignore_ascii_case(k))
}

/// Hard punctuation that no speaker phrase crosses.
fn is_hard(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '«' | '»' | '–' | '—' | '\n'
    )
}

/// Start of the stretch of `s` before `end` that holds no hard
/// punctuation, bounded to [`MAX_BACK_BYTES`].
fn region_start(s: &str, end: usize) -> usize {
    let Some(head) = s.get(..end) else { return end };
    let floor = end.saturating_sub(MAX_BACK_BYTES);
    let bytes = head.as_bytes();
    // Bytes are read backwards; only those that start a character count,
    // and only 0xC2 and 0xE2 start a hard mark beyond ASCII.
    let mut at = bytes.len();
    while at > 0 {
        // Letters and spaces are not hard: eight of them are passed over
        // at once while the floor is eight bytes away or more.
        if at >= floor + 8 && plain_before(bytes, at) {
            at -= 8;
            if at <= floor {
                return at;
            }
            continue;
        }
        at -= 1;
        let hard = match bytes.get(at) {
            Some(0x80..=0xBF) | None => continue,
            Some(&b) if b.is_ascii() => is_hard(char::from(b)).then_some(1),
            Some(0xC2 | 0xE2) => head
                .get(at..)
                .and_then(|r| r.chars().next())
                .filter(|&c| is_hard(c))
                .map(char::len_utf8),
            Some(_) => None,
        };
        if let Some(len) = hard {
            return at + len;
        }
        if at <= floor {
            return at;
        }
    }
    0
}

/// Byte offsets in `s[from..to]` where a word starts, the last
/// [`MAX_BACK_WORDS`] of them, farthest first.
fn word_starts(s: &str, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    let mut found: [usize; MAX_BACK_WORDS] = [0; MAX_BACK_WORDS];
    let mut n = 0;
    let bytes = s.as_bytes();
    let mut at = if s.get(from..to).is_some() { to } else { from };
    while at > from && n < MAX_BACK_WORDS {
        at -= 1;
        let starts = match bytes.get(at) {
            Some(b) if b.is_ascii_alphanumeric() => {
                // Only the first byte of a run of ASCII letters and digits
                // may start a word: go back to it.
                while at > from && bytes.get(at - 1).is_some_and(u8::is_ascii_alphanumeric) {
                    at -= 1;
                }
                bytes.get(at).is_some_and(u8::is_ascii_alphabetic) && !alnum_before(s, at)
            }
            Some(b) if b.is_ascii() => false,
            // A byte inside a character.
            Some(0x80..=0xBF) | None => false,
            Some(_) => {
                s.get(at..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_alphabetic)
                    && !alnum_before(s, at)
            }
        };
        if starts {
            if let Some(slot) = found.get_mut(n) {
                *slot = at;
            }
            n += 1;
        }
    }
    (0..n).rev().filter_map(move |k| found.get(k).copied())
}

/// True when a letter or digit of any script stands just before `at`.
#[inline]
fn alnum_before(s: &str, at: usize) -> bool {
    match at.checked_sub(1).and_then(|p| s.as_bytes().get(p)) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => char_before(s, at).is_some_and(char::is_alphanumeric),
    }
}

/// The longest speaker phrase of `s` that ends at `end`, adverbials
/// allowed in between.
fn phrase_ending_at(s: &str, end: usize) -> Option<(usize, Phrase<'_>)> {
    let from = region_start(s, end);
    // A parse that stops short at a word stops there from any later start
    // too: later starts begin past that word.
    let mut past = from;
    for st in word_starts(s, from, end) {
        let Some(slice) = s.get(st..end).filter(|_| st >= past) else {
            continue;
        };
        if !may_open_phrase(slice) {
            continue;
        }
        let Ok((r, p)) = speaker_phrase(slice) else {
            continue;
        };
        let r = adverbials(r).map_or(r, |(r, _)| r);
        let r = ws0(r).map_or(r, |(r, _)| r);
        if r.is_empty() {
            if !object_before(s, st) {
                return Some((st, p));
            }
        } else {
            past = end - r.len();
        }
    }
    None
}

/// True when the phrase at `at` is an object: a preposition stands before
/// it, an article between them allowed ("refugees from Ukraine", "in the
/// city").
fn object_before(s: &str, at: usize) -> bool {
    let Some((start, w)) = word_before(s, at) else {
        return false;
    };
    if OBJECT_MARKERS.get(w).is_some() {
        return true;
    }
    let article = ["the", "a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a));
    article && word_before(s, start).is_some_and(|(_, w)| OBJECT_MARKERS.get(w).is_some())
}

/// `s[..end]` ends (spaces aside) with `c`: where it stands.
fn ends_with_char(s: &str, end: usize, c: char) -> Option<usize> {
    let head = s.get(..end)?.trim_end_matches(is_space);
    head.ends_with(c).then(|| head.len() - c.len_utf8())
}

/// A speaker and the span of its phrase in `s`.
type Placed = (Speaker, Span);

fn placed(s: &str, p: &Phrase<'_>) -> Placed {
    let start = p.toks.first().map_or(0, |t| offset(s, t.text()));
    let end = p
        .toks
        .last()
        .map_or(start, |t| offset(s, t.text()) + t.text().len());
    (p.speaker(), Span::new(start, end))
}

/// How much a speaker's shape says by itself: a name says most.
fn specificity(shape: &Shape) -> u8 {
    match shape {
        Shape::Person { ambiguous: false } | Shape::Group => 3,
        Shape::Person { ambiguous: true } => 2,
        Shape::Title { .. } => 1,
        Shape::Descriptor { .. } | Shape::Pronoun(_) => 0,
    }
}

/// Two phrases side by side, `near` the one next to the cue: a title
/// and a name ("Serhiy Lysak, the regional governor"; "the hospital's
/// director, Amal Nasser") make one person; otherwise the more specific
/// phrase wins ("Another group, the Aleppo Media Center"). A name set
/// beside a body is that body's name, not a person's ("a little-known
/// group, the Mountain Front").
fn appose(s: &str, near: Placed, far: Placed) -> Placed {
    let span = Span::new(near.1.start.min(far.1.start), near.1.end.max(far.1.end));
    let named_body = |name: Placed, body: &Speaker| {
        let mut speaker = name.0;
        speaker.shape = Shape::Group;
        // A body keeps all its words: "the Hill Front for Justice", which
        // a person's reading cut to "Hill Front".
        let whole = s.get(name.1.start..name.1.end).map(speaker_phrase);
        if let Some(Ok((_, p))) = whole {
            speaker.name = p.whole_name();
        }
        speaker.kind = speaker.kind.or(body.kind);
        speaker.country = speaker.country.or(body.country);
        (speaker, span)
    };
    // A person takes no article: "The Hill Front, the armed wing of the
    // rebels" is a body, whatever its description.
    let article = |p: &Placed| s.get(p.1.start..p.1.end).is_some_and(opens_with_the);
    match (&near.0.shape, &far.0.shape) {
        (Shape::Person { .. }, _) if far.0.is_body() || article(&near) => {
            return named_body(near, &far.0)
        }
        (_, Shape::Person { .. }) if near.0.is_body() || article(&far) => {
            return named_body(far, &near.0)
        }
        // "The Syrian Observatory for Human Rights, a Britain-based war
        // monitor, said": the body's name, not its description.
        (Shape::Group, Shape::Group) if proper(&far.0.name) && !proper(&near.0.name) => {
            return (far.0, span)
        }
        _ => {}
    }
    let (person, title) = match (&near.0.shape, &far.0.shape) {
        (Shape::Person { .. }, Shape::Title { .. }) => (near.0, far.0),
        (Shape::Title { .. }, Shape::Person { .. }) => (far.0, near.0),
        _ if specificity(&far.0.shape) > specificity(&near.0.shape) => return far,
        _ => return near,
    };
    let speaker = Speaker {
        role: title.role.or(person.role),
        kind: person.kind.or(title.kind),
        country: person.country.or(title.country),
        shape: Shape::Person { ambiguous: false },
        name: person.name,
    };
    (speaker, span)
}

/// True when a name ends on a capitalised word or acronym ("Syrian
/// Observatory for Human Rights", "(CSP-DPA)"), not on a common noun
/// ("war monitor").
fn proper(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or_default();
    last.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// The body before its acronym, which ends at `at`: "The UN refugee
/// agency (UNHCR)" before "said", or before the comma of an appositive
/// ("The Inter-Services Public Relations (ISPR), the military's media
/// wing, said").
fn before_acronym(s: &str, at: usize) -> Option<Placed> {
    let close = ends_with_char(s, at, ')')?;
    let open = s.get(..close)?.rfind('(')?;
    let inner = s.get(open + 1..close)?;
    let acronym = (2..=12).contains(&inner.len())
        && inner
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'-' || b == b' ');
    if !acronym {
        return None;
    }
    let (_, p) = phrase_ending_at(s, open)?;
    Some(placed(s, &p))
}

/// The speaker before a verb at `at`: "X said", "X, the governor,
/// said", "X, who asked not to be named, said", "X, speaking on condition
/// of anonymity, said", "X, citing Y, said" (the citing clause is read as
/// its own credit).
fn speaker_before(s: &str, at: usize) -> Option<Placed> {
    if let Some((st, p)) = phrase_ending_at(s, at) {
        let mut found = placed(s, &p);
        // "X said her group had counted …": the group's figure is its
        // owner's, whom the pronoun stands for.
        if matches!(found.0.shape, Shape::Descriptor { .. }) {
            if let Some(owner) = owner_before(s, st) {
                found.0.shape = Shape::Pronoun(owner);
            }
        }
        return Some(found);
    }
    if let Some(p) = before_acronym(s, at) {
        return Some(p);
    }
    let comma = ends_with_char(s, at, ',')?;
    let clause = aside_start(s, comma);
    let clause_text = s.get(clause..comma)?.trim_start_matches(is_space);
    // An aside between the speaker and the verb: a relative clause, a
    // participle clause ("speaking on condition of anonymity"), a
    // prepositional phrase ("in a statement", "on Monday"), or the citing
    // clause that is read as a credit of its own.
    let aside = word(clause_text).is_ok_and(|(_, w)| {
        ASIDE_OPENERS.get(w).is_some()
            || (w.len() > 4
                && w.ends_with("ing")
                && w.starts_with(|c: char| c.is_ascii_lowercase()))
    });
    if aside {
        let before = ends_with_char(s, clause, ',')?;
        let (_, p) = phrase_ending_at(s, before)?;
        return Some(placed(s, &p));
    }
    // An appositive stands between commas, or opens the sentence or the
    // clause after a dash or colon ("10:05 GMT - The Front, its armed
    // wing, denied …"); a description no phrase reads whole leaves the
    // name before it.
    let x_found = phrase_ending_at(s, comma).filter(|&(x_start, _)| {
        opens_clause(s, x_start) || ends_with_char(s, x_start, ',').is_some()
    });
    let Some((x_start, x)) = x_found else {
        return described_name(s, clause, clause_text);
    };
    let x = placed(s, &x);
    let y = ends_with_char(s, x_start, ',').and_then(|c| {
        phrase_ending_at(s, c)
            .map(|(_, p)| placed(s, &p))
            .or_else(|| before_acronym(s, c))
    });
    Some(match y {
        Some(y) => appose(s, x, y),
        None => x,
    })
}

/// True when `text` opens with the article "the": a person takes none,
/// so "The Liberation Front" names a body.
fn opens_with_the(text: &str) -> bool {
    word(text).is_ok_and(|(_, w)| w.eq_ignore_ascii_case("the"))
}

/// Most bytes of a bracket an aside may end with.
const MAX_BRACKET: usize = 40;

/// Where the clause ending at `comma` starts, a bracket that ends it
/// passed over: ", through the Relief Agency (RA)," is one aside.
fn aside_start(s: &str, comma: usize) -> usize {
    let start = region_start(s, comma);
    let closed = s.get(..start).is_some_and(|h| h.ends_with(')'))
        && s.get(start..comma)
            .is_some_and(|t| t.trim_matches(is_space).is_empty());
    if !closed {
        return start;
    }
    let from = floor_boundary(s, start.saturating_sub(MAX_BRACKET));
    match s.get(from..start).and_then(|b| b.rfind('(')) {
        Some(open) => region_start(s, from + open),
        None => start,
    }
}

/// The possessive pronoun just before byte `at` ("her", "its"), as the
/// pronoun of its owner.
fn owner_before(s: &str, at: usize) -> Option<Pronoun> {
    let (_, w) = word_before(s, at)?;
    OWNERS
        .iter()
        .find(|(o, _)| w.eq_ignore_ascii_case(o))
        .map(|&(_, p)| p)
}

/// Most words of a description set between commas after a name.
const MAX_DESCRIPTION_WORDS: usize = 12;

/// True when the phrase at `at` opens its sentence, or its clause after a
/// dash or colon.
fn opens_clause(s: &str, at: usize) -> bool {
    let head = s.get(..at).unwrap_or_default().trim_matches(is_space);
    head.is_empty() || head.ends_with(['-', '–', '—', ':'])
}

/// described := name "," ("the" | "a" | "an") word{0,11} ","
///
/// A name that opens its clause, then a description no speaker phrase
/// reads ("The Front, the political wing of the communist rebels,
/// denied …"): the name is the speaker. `description` is the text between
/// the commas, starting at byte `start` of `s`.
fn described_name(s: &str, start: usize, description: &str) -> Option<Placed> {
    let (_, first) = word(description).ok()?;
    let article = ["the", "a", "an"]
        .iter()
        .any(|a| first.eq_ignore_ascii_case(a));
    let words = description.split(is_space).filter(|w| !w.is_empty());
    let plain = description
        .bytes()
        .all(|b| !b.is_ascii_digit() && !matches!(b, b'"' | b'(' | b';'));
    if !article || !plain || words.count() > MAX_DESCRIPTION_WORDS {
        return None;
    }
    let comma = ends_with_char(s, start, ',')?;
    let (name_start, p) = phrase_ending_at(s, comma)?;
    let named = placed(s, &p);
    let is_name = match named.0.shape {
        Shape::Person { ambiguous } => !ambiguous,
        Shape::Group => true,
        _ => false,
    };
    (is_name && opens_clause(s, name_start)).then_some(named)
}

/// The speaker after byte `at`: "according to X", ", said X",
/// "according to the region's governor, Amal Nasser".
fn speaker_after(s: &str, at: usize) -> Option<Placed> {
    let rest = s.get(at..)?;
    let rest = ws0(rest).map_or(rest, |(r, _)| r);
    let (r, p) = speaker_phrase(rest).ok()?;
    let first = placed(s, &p);
    let second = (ws0, nom::character::complete::char::<_, ()>(','), ws0)
        .parse(r)
        .ok()
        .and_then(|(r2, _)| speaker_phrase(r2).ok())
        .map(|(_, p2)| placed(s, &p2));
    Some(match second {
        Some(second) => appose(s, first, second),
        None => first,
    })
}

/// The char before `at`, spaces skipped.
fn prev_char(s: &str, at: usize) -> Option<char> {
    s.get(..at)?.trim_end_matches(is_space).chars().next_back()
}

/// claimed_deed := ws ("the" | "an" | "a" | "its" ws)? deed
///
/// "claimed responsibility", "claimed the attack", "claims its raids".
fn claimed_deed(after: &str) -> bool {
    let det = nom::branch::alt((keyword("the"), keyword("an"), keyword("a"), keyword("its")));
    let (r, _) = match ws(after) {
        Ok(v) => v,
        Err(_) => return false,
    };
    let r = (det, ws).parse(r).map_or(r, |(r, _)| r);
    word(r).is_ok_and(|(_, w)| CLAIMED_DEEDS.get(w).is_some())
}

/// The claimant of a deed at `at..end` of `s` ("The group claimed the
/// attack"), a speaker that credits nothing: remembered, so "the group
/// said" and "it said" after it stand for it.
fn claimant(s: &str, at: usize, end: usize) -> Option<Hit> {
    let after = s.get(end..)?;
    if !claimed_deed(after) {
        return None;
    }
    let (mut speaker, span) = speaker_before(s, at)?;
    // Groups claim attacks: a name that reads as a person's ("the
    // Northern Front") is a group's here.
    if matches!(speaker.shape, Shape::Person { .. }) {
        speaker.shape = Shape::Group;
        if let Some(Ok((_, p))) = s.get(span.start..span.end).map(speaker_phrase) {
            speaker.name = p.whole_name();
        }
    }
    Some(Hit {
        speaker,
        span,
        cue_end: end,
        citing: false,
        mention: true,
    })
}

/// clause_subject := speaker adverbials lower_word …
///
/// The subject of the clause before the comma that stands before `at`:
/// "The ministry accused the rebels of the raid, saying …" → "ministry".
/// `None` when the clause does not open with a speaker and its verb.
///
/// A clause that opens with its verb after a comma has its subject before
/// that comma, an appositive between allowed: "The Front, an umbrella
/// group of militias, claimed the attack, saying …" → "Front".
fn clause_subject(s: &str, at: usize) -> Option<Placed> {
    let comma = ends_with_char(s, at, ',')?;
    let start = region_start(s, comma);
    subject_opening(s, start, comma).or_else(|| {
        let clause = s.get(start..comma)?;
        let verb_at = start + (clause.len() - clause.trim_start_matches(is_space).len());
        let (_, verb) = word(s.get(verb_at..)?).ok()?;
        let predicate = verb.starts_with(|c: char| c.is_ascii_lowercase());
        (predicate && prev_char(s, verb_at) == Some(',')).then(|| speaker_before(s, verb_at))?
    })
}

/// The speaker that opens the clause ending at `at`, adverbials allowed
/// after it: "In Baku, the ministry on Monday" before "denied". Only the
/// clause's first word is tried, so a verb that is seldom a cue costs one
/// parse.
fn opening_speaker(s: &str, at: usize) -> Option<Placed> {
    let (r, p) = opening_phrase(s, region_start(s, at), at)?;
    let r = ws0(r).map_or(r, |(r, _)| r);
    r.is_empty().then(|| placed(s, &p))
}

/// The speaker phrase that opens `s[start..end]` and what follows it,
/// adverbials passed over.
fn opening_phrase(s: &str, start: usize, end: usize) -> Option<(&str, Phrase<'_>)> {
    let clause = s.get(start..end)?;
    let clause = ws0(clause).map_or(clause, |(r, _)| r);
    if !may_open_phrase(clause) {
        return None;
    }
    let (rest, p) = speaker_phrase(clause).ok()?;
    Some((adverbials(rest).map_or(rest, |(r, _)| r), p))
}

/// conjoined := clause_subject … "and" verb
///
/// The subject of the clause that "and" joins to the verb at `at`: "The
/// ministry rejected the claim and said …" → "ministry". The speaker
/// stands before the first verb, too far back for the verb's own reach.
fn conjoined_subject(s: &str, at: usize) -> Option<Placed> {
    let (and_at, w) = word_before(s, at)?;
    if !w.eq_ignore_ascii_case("and") {
        return None;
    }
    subject_opening(s, region_start(s, and_at), and_at)
}

/// The speaker that opens `s[start..end]` as the subject of its verb: a
/// speaker phrase, adverbials, then a lower-case word.
fn subject_opening(s: &str, start: usize, end: usize) -> Option<Placed> {
    let (rest, p) = opening_phrase(s, start, end)?;
    let (_, (_, verb)) = (ws, word).parse(rest).ok()?;
    let subject = placed(s, &p);
    // One capitalised word may be any word opening a sentence
    // ("Fighting went on, saying …"), not a speaker.
    let lone = matches!(subject.0.shape, Shape::Person { ambiguous: true });
    (verb.starts_with(|c: char| c.is_ascii_lowercase()) && !lone).then_some(subject)
}

/// A verb cue at `at..end` of `s`: its speaker, or `None`.
fn verb_speaker(s: &str, at: usize, end: usize, cue: CueWord) -> Option<(Placed, usize)> {
    let after = s.get(end..)?;
    match cue {
        CueWord::VerbBare => {
            if let Ok((_, (_, w))) = (ws, word).parse(after) {
                if BARE_OBJECTS.get(w).is_some() {
                    return None;
                }
            }
            if claims_lives(after) {
                return None;
            }
        }
        CueWord::TollVerb => {
            toll_object(after).ok()?;
        }
        _ => {}
    }
    if let Ok((r, _)) = (ws, keyword("by")).parse(after) {
        let by_end = s.len() - r.len();
        if let Some(p) = speaker_after(s, by_end) {
            return Some((p, by_end));
        }
    }
    if let Some(p) = speaker_before(s, at).or_else(|| conjoined_subject(s, at)) {
        return Some((p, end));
    }
    // ", told AFP" names the listener: a verb that takes one is never
    // inverted.
    let inverted = prev_char(s, at)
        .is_some_and(|c| matches!(c, ',' | '"' | '”' | '’' | '\'' | '–' | '—' | '-'))
        && s.get(at..end)
            .is_some_and(|v| LISTENER_VERBS.get(v).is_none());
    if inverted {
        return speaker_after(s, end).map(|p| (p, end));
    }
    None
}

/// True when "lives" follows within a few words: "has claimed [more
/// than 20,000] lives" is a toll, not a claim made.
fn claims_lives(after: &str) -> bool {
    after
        .split(is_space)
        .filter(|w| !w.is_empty())
        .take(6)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| w.eq_ignore_ascii_case("lives"))
}

/// The last headline separator of `s` that no byte a speaker phrase
/// cannot hold follows, and where it starts: the speaker after it runs
/// to the end.
///
/// One pass from the end, which stops at the first such byte (after
/// trying it: ':' is one, and the mark of ": "), so a sentence with a
/// comma or a digit near its end is read no further.
fn last_separator(s: &str) -> Option<(usize, &'static str)> {
    let bytes = s.as_bytes();
    let mut at = bytes.len();
    while at > 0 {
        // Letters and spaces neither stop the search nor hold a mark:
        // eight of them are passed over at once.
        if plain_before(bytes, at) {
            at -= 8;
            continue;
        }
        at -= 1;
        let Some(&b) = bytes.get(at) else { break };
        // Every separator holds ':', '-' or a dash whose UTF-8 starts 0xE2.
        if matches!(b, b':' | b'-' | 0xE2) {
            if let Some(sep) = separator_at(s, at) {
                return Some(sep);
            }
        }
        if !phrase_byte(b) {
            return None;
        }
    }
    None
}

/// The separator whose mark stands at byte `at` of `s`, and where it
/// starts.
fn separator_at(s: &str, at: usize) -> Option<(usize, &'static str)> {
    const SEPARATORS: [&str; 5] = [": ", " -- ", " – ", " — ", " - "];
    let key = *s.as_bytes().get(at)?;
    SEPARATORS.into_iter().find_map(|sep| {
        let lead = usize::from(sep.starts_with(' '));
        let start = at.checked_sub(lead)?;
        let keyed = sep.trim_start().as_bytes().first() == Some(&key);
        (keyed && s.get(start..).is_some_and(|r| r.starts_with(sep))).then_some((start, sep))
    })
}

/// headline_cue := … sep speaker "."? end   with sep ":" | "–" | "—" | "-" | "--"
///
/// The headline form "… killing six – hospital official".
fn headline_tail(s: &str) -> Option<(Span, Placed)> {
    let body = s.trim_end_matches(|c: char| c == '.' || is_space(c));
    let (sep_at, sep) = last_separator(body)?;
    let start = sep_at + sep.len();
    let tail = body.get(start..)?;
    let (rest, p) = speaker_phrase(tail).ok()?;
    if !rest.is_empty() {
        return None;
    }
    let speaker = placed(s, &p);
    if matches!(speaker.0.shape, Shape::Pronoun(_)) {
        return None;
    }
    let trimmed = sep.trim();
    let cue_at = sep_at + sep.find(trimmed).unwrap_or(0);
    Some((Span::new(cue_at, cue_at + trimmed.len()), speaker))
}

/// False for an ASCII byte no speaker phrase read whole can hold: a
/// digit, a comma, most punctuation. Other bytes may stand in one.
fn phrase_byte(b: u8) -> bool {
    !b.is_ascii()
        || b.is_ascii_alphabetic()
        || matches!(
            b,
            b'-' | b'\'' | b'.' | b'&' | b'(' | b')' | b'/' | b' ' | b'\t' | b'\r' | b'\n'
        )
}

fn inside(quoted: &[Span], at: usize) -> bool {
    quoted.iter().any(|q| q.start <= at && at < q.end)
}

/// Every credit in sentence `sentence` of `doc`, skipping cues inside the
/// `quoted` stretches (document spans).
#[cfg(test)]
pub(crate) fn scan(doc: &str, sentence: Span, quoted: &[Span]) -> Scan {
    let mut out = Scan::default();
    scan_into(doc, sentence, quoted, &mut out);
    out
}

/// [`scan`], appending the sentence's credits and breaks to `out`.
// Kept out of its caller: inlined into `attribute`, the scan's loops
// were laid out worse and cost more.
#[inline(never)]
pub(crate) fn scan_into(doc: &str, sentence: Span, quoted: &[Span], out: &mut Scan) {
    // This sentence's credits are those from here on.
    let first = out.found.len();
    let Some(s) = sentence.of(doc) else {
        return;
    };
    let base = sentence.start;
    let doc_span = |sp: Span| sp.shifted(base);
    let bytes = s.as_bytes();
    let shapes = &*SHAPES;
    // Cues inside an earlier cue's phrase are not cues of their own.
    let mut covered = 0;
    // Only marks matter: a ';', or a letter after no ASCII letter or
    // digit, where a word may start. Most words are turned away by their
    // first two letters, before their length is read.
    let mut marks = Marks::new(bytes);
    while let Some(at) = marks.next() {
        let tail = bytes.get(at..).unwrap_or_default();
        if tail.first() == Some(&b';') {
            out.breaks.push(base + at + 1);
            continue;
        }
        if !shapes.may_open(tail) {
            continue;
        }
        let word_len = alnum_run(tail);
        let w = tail.get(..word_len).unwrap_or_default();
        // A letter of another script before the mark joins it to a word.
        let flags = if alnum_before(s, at) { 0 } else { shapes.of(w) };
        let (cue_shape, data_shape, break_shape) =
            (flags & CUE != 0, flags & DATA != 0, flags & BREAK != 0);
        if flags == 0 || at < covered || inside(quoted, base + at) {
            continue;
        }
        let rest = &s[at..];
        // "the United States", "Gulf States": a name, not the verb.
        let cue_shape = cue_shape && !rest.starts_with("States");
        let cue = if cue_shape {
            phrase(&CUES).parse(rest).ok()
        } else {
            None
        };
        if let Some((r, cue)) = cue {
            let end = s.len() - r.len();
            let found = cue_at(s, at, end, cue).filter(|f| f.span.start >= covered);
            if let Some(hit) = found {
                let (sp, cue_span) = (hit.span, Span::new(at, hit.cue_end.max(end)));
                // A claimant or stance names its speaker for what follows:
                // "X denied the report and said …", "X rejected it,
                // adding …" read X again.
                if !hit.mention {
                    covered = covered.max(sp.end).max(cue_span.end);
                }
                out.found.push(Found {
                    cue: doc_span(cue_span),
                    anchor: doc_span(Span::new(sp.start.min(at), sp.end.max(cue_span.end))),
                    speaker: hit.speaker,
                    citing: hit.citing,
                    mention: hit.mention,
                });
            }
            marks.skip_to(end);
            continue;
        }
        if data_shape && DATA_NOUNS.get(&rest[..word_len]).is_some() {
            if let Ok((r, (link_rest, p))) = data_source(rest) {
                let link_end = s.len() - link_rest.len();
                let (speaker, sp) = placed(s, &p);
                covered = covered.max(s.len() - r.len());
                out.found.push(Found {
                    cue: doc_span(Span::new(at, link_end)),
                    anchor: doc_span(Span::new(at, sp.end)),
                    speaker,
                    citing: false,
                    mention: false,
                });
                marks.skip_to(link_end);
                continue;
            }
        }
        if break_shape && CLAUSE_BREAKS.get(&rest[..word_len]).is_some() {
            out.breaks.push(base + at);
        }
    }
    if out.found.len() == first {
        if let Some((cue, (speaker, sp))) = headline_tail(s) {
            if !inside(quoted, base + cue.start) {
                out.found.push(Found {
                    cue: doc_span(cue),
                    anchor: doc_span(Span::new(cue.start, sp.end)),
                    speaker,
                    citing: false,
                    mention: false,
                });
            }
        }
    }
    merge_citing(&mut out.found, first);
}

/// Most bytes a label may take before its colon.
const MAX_LABEL: usize = 16;

/// Where the colon after a label stands: after one capitalised word or
/// two ("Veen:", "Amal Nasser:"), within [`MAX_LABEL`] bytes.
fn label_colon(bytes: &[u8]) -> Option<usize> {
    let colon = first_colon(bytes)?;
    let first = capital_word(bytes, 0)?;
    let end = match bytes.get(first)? {
        b' ' => capital_word(bytes, first + 1)?,
        _ => first,
    };
    (end == colon).then_some(colon)
}

/// The first ':' among the first [`MAX_LABEL`] bytes, read eight at a
/// time: most paragraphs hold none there, and are turned away in a few
/// operations.
fn first_colon(bytes: &[u8]) -> Option<usize> {
    (0..MAX_LABEL).step_by(8).find_map(|at| {
        let colons = colons_in(chunk(bytes, at));
        (colons != 0).then(|| at + (colons.trailing_zeros() / 8) as usize)
    })
}

/// The end of a capitalised word at `from`: letters, with hyphens and
/// apostrophes inside ("Al-Masri", "O'Neill").
fn capital_word(bytes: &[u8], from: usize) -> Option<usize> {
    if !bytes.get(from)?.is_ascii_uppercase() {
        return None;
    }
    let mut at = from + 1;
    while let Some(&b) = bytes.get(at) {
        if !(b.is_ascii_alphabetic() || b == b'-' || b == b'\'') {
            break;
        }
        at += 1;
    }
    Some(at)
}

/// label := speaker ":" ws …        at a paragraph's opening
///
/// An interview's answer given in its speaker's voice: "Van der Veen: We
/// reached 700,000 people." "A:" is the one answering, "Q:" the one
/// asking, who credits nothing. The label is only a name here: the caller
/// keeps it when it stands for a person the text names. `s` is the text
/// of `sentence`.
pub(crate) fn label(s: &str, sentence: Span) -> Option<Found> {
    let colon = label_colon(s.as_bytes())?;
    // ':' is ASCII: the cut falls on a character boundary.
    let (name, after) = (s.get(..colon)?, s.get(colon + 1..)?);
    if !after.starts_with(is_space) || name == "Q" {
        return None;
    }
    let speaker = if name == "A" {
        Speaker {
            name: name.to_string(),
            kind: None,
            role: None,
            country: None,
            shape: Shape::Pronoun(Pronoun::Person),
        }
    } else {
        let (rest, p) = speaker_phrase(name).ok()?;
        let (speaker, _) = placed(s, &p);
        let person = matches!(speaker.shape, Shape::Person { .. });
        if !rest.is_empty() || !person {
            return None;
        }
        speaker
    };
    let cue = Span::new(colon, colon + 1).shifted(sentence.start);
    Some(Found {
        cue,
        anchor: Span::new(sentence.start, cue.end),
        speaker,
        citing: false,
        mention: false,
    })
}

/// A cue word at `at..end`: its speaker, its span, where the cue words end
/// and how the credit is used.
fn cue_at(s: &str, at: usize, end: usize, cue: CueWord) -> Option<Hit> {
    let hit = |(speaker, span): Placed, cue_end, citing| Hit {
        speaker,
        span,
        cue_end,
        citing,
        mention: false,
    };
    match cue {
        CueWord::VerbBare => match verb_speaker(s, at, end, cue) {
            Some((placed, cue_end)) => Some(hit(placed, cue_end, false)),
            None => claimant(s, at, end),
        },
        CueWord::Participle if prev_char(s, at) == Some(',') => {
            Some(hit(clause_subject(s, at)?, end, false))
        }
        CueWord::Verb | CueWord::TollVerb | CueWord::Participle => {
            let (placed, cue_end) = verb_speaker(s, at, end, cue)?;
            Some(hit(placed, cue_end, false))
        }
        CueWord::Prep => {
            let rest = s.get(end..)?;
            let rest = ws0(rest).map_or(rest, |(r, _)| r);
            if let Ok((_, (_, p))) = data_source(rest) {
                return Some(hit(placed(s, &p), end, false));
            }
            Some(hit(speaker_after(s, end)?, end, false))
        }
        CueWord::Citing => Some(hit(speaker_after(s, end)?, end, true)),
        CueWord::Stance => {
            // "Claims rejected by the court": a passive, whose subject
            // takes no side.
            let after = s.get(end..)?;
            if (ws, keyword("by")).parse(after).is_ok() {
                return None;
            }
            // "X, the regional governor, denied …": the speaker stands
            // before an appositive, read as a verb's would be.
            let (mut speaker, span) = if prev_char(s, at) == Some(',') {
                speaker_before(s, at)?
            } else {
                opening_speaker(s, at)?
            };
            // "The government denied …", "It rejected …": a speaker named
            // before, whom a later "it said" finds without this.
            if matches!(speaker.shape, Shape::Descriptor { .. } | Shape::Pronoun(_)) {
                return None;
            }
            // A person takes no article: "The Liberation Front denied …"
            // names a body.
            let text = s.get(span.start..span.end).unwrap_or_default();
            let article = opens_with_the(text);
            if article && matches!(speaker.shape, Shape::Person { .. }) {
                speaker.shape = Shape::Group;
                if let Ok((_, p)) = speaker_phrase(text) {
                    speaker.name = p.whole_name();
                }
            }
            Some(Hit {
                mention: true,
                ..hit((speaker, span), end, false)
            })
        }
    }
}

/// "X, citing Y": the figure is Y's. The citing credit replaces the
/// nearest other credit of the sentence, unless Y is a news outlet that
/// merely carried a person's words.
fn merge_citing(found: &mut Vec<Found>, first: usize) {
    let n = found.len();
    if !found
        .get(first..)
        .is_some_and(|f| f.iter().any(|f| f.citing))
    {
        return;
    }
    let mut merged = vec![false; n - first];
    for i in first..n {
        if !found[i].citing {
            continue;
        }
        let cited = found[i].clone();
        let nearest = (i.saturating_sub(4).max(first)..(i + 5).min(n))
            .filter(|&j| !found[j].citing && !found[j].mention && !merged[j - first])
            .min_by_key(|&j| distance(found[j].anchor, cited.anchor));
        let Some(j) = nearest else {
            found[i].citing = false;
            continue;
        };
        let host = &mut found[j];
        let outlet = cited.speaker.kind == Some(SourceKind::Media);
        let person = matches!(host.speaker.shape, Shape::Person { .. } | Shape::Pronoun(_));
        if !(outlet && person) {
            host.speaker = cited.speaker;
            host.anchor = Span::new(
                host.anchor.start.min(cited.anchor.start),
                host.anchor.end.max(cited.anchor.end),
            );
        }
        merged[i - first] = true;
    }
    // The sentence's credits but the merged ones, in order; those of the
    // sentences before are not read again.
    let mut kept = first;
    for at in first..n {
        if !merged[at - first] {
            found.swap(kept, at);
            kept += 1;
        }
    }
    found.truncate(kept);
}

/// Bytes between two spans; 0 when they overlap.
pub(crate) fn distance(a: Span, b: Span) -> usize {
    b.start
        .saturating_sub(a.end)
        .max(a.start.saturating_sub(b.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adverbial_table() {
        let cases: &[(&str, &str)] = &[
            ("on Wednesday said", " said"),
            ("late on Tuesday put", " put"),
            ("Monday said", " said"),
            ("also said", " said"),
            ("in a statement said", " said"),
            ("last week said", " said"),
            ("has said", " said"),
            ("in the city said", " said"),
        ];
        for &(input, rest) in cases {
            assert_eq!(adverbial(input), Ok((rest, ())), "{input}");
        }
    }

    #[test]
    fn not_adverbial() {
        for input in ["said", "on the", "in Kyiv", "late", "12", "in the"] {
            assert!(adverbial(input).is_err(), "{input}");
        }
    }

    #[test]
    fn toll_object_table() {
        let cases: &[(&str, &str)] = &[
            (" the toll at 12", " at 12"),
            (" the death toll at 12", " at 12"),
            (" forward a figure for losses", " for losses"),
            (" the higher casualty figures, specifying", ", specifying"),
        ];
        for &(input, rest) in cases {
            assert_eq!(toll_object(input), Ok((rest, ())), "{input}");
        }
    }

    #[test]
    fn not_toll_object() {
        for input in [
            " pressure on Kyiv",
            " it",
            "",
            " the blame on the army squarely today",
        ] {
            assert!(toll_object(input).is_err(), "{input}");
        }
    }

    #[test]
    fn data_source_table() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "figures released by the health ministry, 40",
                "health ministry",
                ", 40",
            ),
            ("the latest data from the UN, which", "UN", ", which"),
            (
                "Tracking of death notices by the BBC has found",
                "BBC",
                " has found",
            ),
            ("data compiled by Airwars.", "Airwars", "."),
        ];
        for &(input, name, rest) in cases {
            let (r, (_, p)) = data_source(input).unwrap_or_else(|_| panic!("{input}"));
            assert_eq!((p.speaker().name.as_str(), r), (name, rest), "{input}");
        }
    }

    #[test]
    fn not_data_source() {
        for input in [
            "data on shelling from the east",
            "figures were high",
            "the people fled from Kyiv",
            "report",
        ] {
            assert!(data_source(input).is_err(), "{input}");
        }
    }

    fn credits(s: &str) -> Vec<(String, String)> {
        let (quoted, _) = crate::attribution::carry::quotes(s, Span::new(0, s.len()), false);
        scan(s, Span::new(0, s.len()), &quoted)
            .found
            .iter()
            .map(|f| {
                (
                    f.speaker.name.clone(),
                    f.cue.of(s).unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    fn one(name: &str, cue: &str) -> Vec<(String, String)> {
        vec![(name.to_string(), cue.to_string())]
    }

    /// Checks that each sentence's first credit names the speaker given.
    fn first_speakers(cases: &[(&str, &str)]) {
        for &(s, name) in cases {
            let found = credits(s);
            assert_eq!(found.first().map(|f| f.0.as_str()), Some(name), "{s}");
        }
    }

    #[test]
    fn cue_forms() {
        let cases: &[(&str, &str, &str)] = &[
            ("The ministry said 12 people died.", "ministry", "said"),
            ("Twelve people died, said the governor.", "governor", "said"),
            ("The mayor said on Wednesday that 12 died.", "mayor", "said"),
            (
                "Twelve died, according to the Red Cross.",
                "Red Cross",
                "according to",
            ),
            ("Omar Haddad told AFP 12 had died.", "Omar Haddad", "told"),
            ("The army wrote on Telegram that 12 died.", "army", "wrote"),
            (
                "The ministry said in a statement 12 died.",
                "ministry",
                "said",
            ),
            (
                "In a statement, the ministry said 12 died.",
                "ministry",
                "said",
            ),
            (
                "State television reported 12 dead.",
                "State television",
                "reported",
            ),
            (
                "UNICEF estimates 40,000 children fled.",
                "UNICEF",
                "estimates",
            ),
            ("Data from the UN showed 400 fled.", "UN", "Data from"),
            (
                "Figures released by the health ministry show 40 dead.",
                "health ministry",
                "Figures released by",
            ),
            (
                "The rebels claimed 40 soldiers were killed.",
                "rebels",
                "claimed",
            ),
            (
                "Twelve deaths were reported by local media.",
                "local media",
                "reported by",
            ),
            ("The governor says 12 died.", "governor", "says"),
            ("The army announced 12 captures.", "army", "announced"),
            ("Police confirmed 12 arrests.", "Police", "confirmed"),
            ("The government put the toll at 40.", "government", "put"),
            ("He added that 12 were missing.", "He", "added"),
            (
                "Twelve died in the strike - hospital official",
                "hospital official",
                "-",
            ),
            ("Nearly 400 flee the city: state media", "state media", ":"),
            (
                "Rustam Aliyev, the regional governor, said 12 died.",
                "Rustam Aliyev",
                "said",
            ),
            (
                "A local commander, who asked not to be named, told AFP 12 died.",
                "local commander",
                "told",
            ),
        ];
        for &(input, name, cue) in cases {
            assert_eq!(credits(input), one(name, cue), "{input}");
        }
    }

    #[test]
    fn a_body_with_its_acronym_speaks() {
        assert_eq!(
            credits("The UN refugee agency (UNHCR) said 12 people were killed."),
            [("UN refugee agency".to_string(), "said".to_string())]
        );
        first_speakers(&[
            (
                "The Joint Press Office (JPO), the army's media wing, said 11 died.",
                "Joint Press Office",
            ),
            (
                "The Institute for Border Studies (IBS), a Dhaka-based think tank, counted 60 deaths.",
                "Institute for Border Studies",
            ),
        ]);
    }

    #[test]
    fn citing_passes_the_credit_on() {
        assert_eq!(
            credits("The agency said, citing hospital officials, that 12 died."),
            one("hospital officials", "said")
        );
        assert_eq!(
            credits("Twelve died, said Ivan Petrov, citing TASS."),
            one("Ivan Petrov", "said")
        );
    }

    #[test]
    fn a_toll_of_lives_is_no_claim_made() {
        let s = "Violence has claimed more than 20,000 lives, according to the monitor ACLED.";
        assert_eq!(credits(s), one("ACLED", "according to"));
        let s = "The group claimed 40 soldiers were killed.";
        assert_eq!(credits(s), one("group", "claimed"));
    }

    #[test]
    fn a_claimed_deed_names_a_claimant_that_credits_nothing() {
        let cases: &[(&str, &str)] = &[
            (
                "The Northern Front claimed responsibility.",
                "Northern Front",
            ),
            (
                "The Front for Change claimed the attack.",
                "Front for Change",
            ),
            ("Hamas claimed the ambush on Monday.", "Hamas"),
            ("The group claims its raids are defensive.", "group"),
            (
                "A little-known group, the Hill Brigade, claimed the attack.",
                "Hill Brigade",
            ),
        ];
        for &(s, name) in cases {
            let found = scan(s, Span::new(0, s.len()), &[]).found;
            let got: Vec<_> = found
                .iter()
                .map(|f| (f.speaker.name.as_str(), f.mention))
                .collect();
            assert_eq!(got, [(name, true)], "{s}");
        }
        for s in [
            "The rebels claimed the town of Bura.",
            "The war has claimed the lives of 40 people.",
            "The rebels claimed control of 3 villages.",
        ] {
            let found = scan(s, Span::new(0, s.len()), &[]).found;
            assert!(found.is_empty(), "{s}");
        }
    }

    #[test]
    fn a_stance_names_a_speaker_that_credits_nothing() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            ("Hamas denied the report.", &[("Hamas", true)]),
            (
                "The Yemeni defence ministry on Sunday rejected the figure.",
                &[("Yemeni defence ministry", true)],
            ),
            ("Kyiv disputes the count of 40 dead.", &[("Kyiv", true)]),
            // The stance's speaker goes on with its own credit.
            (
                "The Kivu army denied the report and said 3 soldiers died.",
                &[("Kivu army", true), ("Kivu army", false)],
            ),
            (
                "The Kivu Front denied the report, adding that 3 fighters died.",
                &[("Kivu Front", true), ("Kivu Front", false)],
            ),
            // A descriptor or pronoun names someone met before: no new
            // mention.
            (
                "The army denied the report and said 3 soldiers died.",
                &[("army", false)],
            ),
            ("It rejected the account.", &[]),
            // A speaker before an appositive takes the side.
            (
                "Amina Sule, the regional governor, denied the report.",
                &[("Amina Sule", true)],
            ),
            (
                "The Hill Front, the armed wing of the movement, rejected the toll.",
                &[("Hill Front", true)],
            ),
            (
                "The Hill Front, the political wing of the rebels, denied the toll.",
                &[("Hill Front", true)],
            ),
            (
                "The Delta Front, the political wing of the communist rebels, denied the toll.",
                &[("Delta Front", true)],
            ),
            // The clause opens after a live blog's time stamp.
            (
                "10:05 GMT - The Hill Front, the armed wing of the movement, rejected the toll.",
                &[("Hill Front", true)],
            ),
            // An appositive after a clause that names nobody makes no
            // speaker.
            ("After the raid, the figure, disputed the count.", &[]),
        ];
        for &(s, want) in cases {
            let found = scan(s, Span::new(0, s.len()), &[]).found;
            let got: Vec<_> = found
                .iter()
                .map(|f| (f.speaker.name.as_str(), f.mention))
                .collect();
            assert_eq!(got, want, "{s}");
        }
    }

    #[test]
    fn not_stance() {
        for s in [
            "The request was denied on Monday.",
            "Three of the accused were freed.",
            "Claims rejected by the court included 12 cases.",
        ] {
            let found = scan(s, Span::new(0, s.len()), &[]).found;
            assert!(found.is_empty(), "{s}: {found:?}");
        }
    }

    #[test]
    fn labels() {
        let cases: &[(&str, &str)] = &[
            ("Veen: We reached 700 people.", "Veen"),
            ("Amal Nasser: Nine died.", "Amal Nasser"),
            ("A: Nine died.", "A"),
            (
                "Al-Masri: Nine died in the long night of strikes.",
                "Al-Masri",
            ),
        ];
        for &(s, name) in cases {
            let found = label(s, Span::new(0, s.len()));
            let got = found.map(|f| (f.speaker.name, f.cue.of(s).map(str::to_string)));
            assert_eq!(got, Some((name.to_string(), Some(":".to_string()))), "{s}");
        }
    }

    #[test]
    fn not_labels() {
        for s in [
            "Q: How many died?",
            "the mayor: nine died",
            "Correction, Jan. 9: nine died.",
            "What the army says: nine died.",
            "Veen:nine",
            "Veen said: nine died",
            "A",
            "",
            "Ümit: nine",
            "UN: nine died.",
            "The fighting went on for a very long time in the north: nine died.",
        ] {
            assert!(label(s, Span::new(0, s.len())).is_none(), "{s}");
        }
    }

    #[test]
    fn a_verb_joined_by_and_speaks_for_the_clause_subject() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "The defence ministry rejected the claim and said 3 soldiers died.",
                Some("defence ministry"),
            ),
            (
                "In Baku, the army on Friday denied any role and added that 2 were hurt.",
                Some("army"),
            ),
            (
                "Omar Haddad visited the camp and told reporters 400 families had fled.",
                Some("Omar Haddad"),
            ),
            // No speaker opens the clause: the text's own voice.
            ("Shelling went on and said nothing of the 12 dead.", None),
            ("The town was shelled and 12 died.", None),
        ];
        for &(s, name) in cases {
            let found = credits(s);
            assert_eq!(found.first().map(|f| f.0.as_str()), name, "{s}");
        }
    }

    #[test]
    fn a_body_named_beside_its_description_keeps_its_name() {
        let cases: &[(&str, &str)] = &[
            (
                "The Kivu Monitoring Group, a Nairobi-based research group, said 40 died.",
                "Kivu Monitoring Group",
            ),
            (
                "The Hill Front for Justice, the rebel alliance, said 21 died.",
                "Hill Front for Justice",
            ),
            (
                "Another group, the Valley Media Center, said 9 died.",
                "Valley Media Center",
            ),
            (
                "A Kabul-based war monitor said 9 died.",
                "Kabul-based war monitor",
            ),
        ];
        first_speakers(cases);
    }

    #[test]
    fn a_participle_after_a_comma_speaks_for_its_clause_subject() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "The foreign ministry accused the rebels of the raid, saying Bura had lost 12 men.",
                Some("foreign ministry"),
            ),
            (
                "In a statement, the army on Monday denied the report, adding that 3 soldiers died.",
                Some("army"),
            ),
            (
                "Ivan Petrov rejected the claim, saying 40 troops were held.",
                Some("Ivan Petrov"),
            ),
            ("The army issued a statement saying 12 died.", Some("statement")),
            // No speaker opens the clause: the text's own voice.
            ("Fighting went on all night, saying nothing of the 12 dead.", None),
        ];
        for &(s, name) in cases {
            let found = credits(s);
            assert_eq!(found.first().map(|f| f.0.as_str()), name, "{s}");
        }
    }

    #[test]
    fn a_statement_from_a_body_is_the_body_s() {
        let cases: &[(&str, &str)] = &[
            (
                "At least 12 died, according to a statement from the regional health bureau.",
                "regional health bureau",
            ),
            ("A statement issued by the army said 40 were held.", "army"),
            ("In a statement, the army said 40 were held.", "army"),
            (
                "The army said in a statement carried by state media that 40 were held.",
                "army",
            ),
            (
                "The army said in a statement that the raid by the rebels killed 40.",
                "army",
            ),
        ];
        first_speakers(cases);
    }

    #[test]
    fn a_name_beside_a_body_is_the_body() {
        let s = "A rebel group, the Hill Front, said 9 died.";
        let found = scan(s, Span::new(0, s.len()), &[]).found;
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].speaker.name, "Hill Front");
        assert_eq!(found[0].speaker.shape, Shape::Group);
        let s = "Serhiy Lysak, the regional governor, said 5 died.";
        let found = scan(s, Span::new(0, s.len()), &[]).found;
        assert_eq!(found[0].speaker.shape, Shape::Person { ambiguous: false });
        // A name with an article is a body's, whatever its description.
        let s = "The Hill Front, the armed wing of the rebels, said 9 died.";
        let found = scan(s, Span::new(0, s.len()), &[]).found;
        assert_eq!(found[0].speaker.name, "Hill Front");
        assert_eq!(found[0].speaker.shape, Shape::Group);
        // A person's description with a link stays a person's.
        let s = "Amina Sule, the head of the rebels, said 9 died.";
        let found = scan(s, Span::new(0, s.len()), &[]).found;
        assert_eq!(found[0].speaker.name, "Amina Sule");
        assert_eq!(found[0].speaker.shape, Shape::Person { ambiguous: false });
    }

    #[test]
    fn bodies_and_unnamed_speakers_keep_their_words() {
        let cases: &[(&str, &str)] = &[
            (
                "Some 300 died, a resistance group and local residents said.",
                "resistance group and local residents",
            ),
            (
                "The Assistance Association for Political Prisoners said 900 were held.",
                "Assistance Association for Political Prisoners",
            ),
            (
                "Kyiv's coordination headquarters for POWs said 200 had returned.",
                "Kyiv's coordination headquarters for POWs",
            ),
            (
                "The Palestinian Prisoners' Society said 70 people were detained.",
                "Palestinian Prisoners' Society",
            ),
            ("Seven died, the civil defence said.", "civil defence"),
            (
                "The health ministry in the Hamas-run territory says 500 died.",
                "health ministry in the Hamas-run territory",
            ),
            (
                "A doctor at a hospital in Bahir Dar said 17 bodies arrived.",
                "doctor at a hospital in Bahir Dar",
            ),
            (
                "The army's spokesman, Lt. Gen. Ahmed Sharif Chaudhry, said 11 died.",
                "Ahmed Sharif Chaudhry",
            ),
            (
                "Gunmen killed 9 people, state prosecutors told the AP.",
                "state prosecutors",
            ),
            (
                "Health partners said two clinics were destroyed.",
                "Health partners",
            ),
            ("Paramedics said 4 were hurt.", "Paramedics"),
            ("Four died, aid workers said.", "aid workers"),
        ];
        first_speakers(cases);
    }

    #[test]
    fn states_of_a_name_is_no_verb() {
        let s = "The United States will send 2,500 troops, officials said.";
        assert_eq!(credits(s), one("officials", "said"));
    }

    #[test]
    fn a_prepositional_aside_stands_between_speaker_and_verb() {
        first_speakers(&[
            (
                "The interior ministry, in a statement, said 14 died.",
                "interior ministry",
            ),
            (
                "Chad's army, on Sunday, said 40 soldiers died.",
                "Chad's army",
            ),
            (
                "The federal government, through its relief agency, put the toll at 41.",
                "federal government",
            ),
            ("Police, via a post on X, said 3 were held.", "Police"),
            (
                "The government, through the Relief Agency (RA), put the toll at 41.",
                "government",
            ),
            (
                "The governor, who visited the camp, said 400 fled.",
                "governor",
            ),
        ]);
    }

    #[test]
    fn a_name_before_an_unread_description_speaks() {
        first_speakers(&[
            (
                "Amina Sule, a veteran local councillor, said 9 died.",
                "Amina Sule",
            ),
            (
                "The Delta Front, a shadowy outfit, said 9 soldiers died.",
                "Delta Front",
            ),
            (
                "08:30 GMT - Omar Nasser, the stubborn local chief, said 9 died.",
                "Omar Nasser",
            ),
        ]);
    }

    #[test]
    fn not_a_name_before_an_unread_description() {
        for input in [
            // A description with no article, a figure, or a name that does
            // not open its clause.
            "Amina Sule, veteran local councillor, said 9 died.",
            "Amina Sule, the head of 3 groups, said 9 died.",
            "After talks, Amina Sule, a veteran local councillor, said 9 died.",
            // A descriptor is no name.
            "The army, a veteran local force, said 9 died.",
        ] {
            let found = credits(input);
            assert!(
                found.iter().all(|f| f.0 != "Amina Sule" && f.0 != "army"),
                "{input}"
            );
        }
    }

    #[test]
    fn a_participle_after_an_appositive_subject_s_clause_speaks_for_it() {
        first_speakers(&[(
            "The Hill Front, an umbrella group of militias, claimed the raid, saying it fired 4 drones.",
            "Hill Front",
        )]);
        // A clause opening with no verb leaves the participle no subject.
        let found = credits("After the raid, in the hills, saying 4 died was easy.");
        assert_eq!(found, Vec::new());
    }

    #[test]
    fn an_owned_descriptor_is_its_owner_s() {
        let cases: &[(&str, Shape)] = &[
            (
                "Amina Sule said her group had counted 40 deaths.",
                Shape::Pronoun(Pronoun::Person),
            ),
            (
                "The army said its monitors recorded 40 deaths.",
                Shape::Pronoun(Pronoun::Body),
            ),
            // No owner: the descriptor stays one.
            (
                "Amina Sule said the group had counted 40 deaths.",
                Shape::Descriptor { person: false },
            ),
        ];
        for &(s, ref want) in cases {
            let found = scan(s, Span::new(0, s.len()), &[]).found;
            let last = found.last().map(|f| f.speaker.shape.clone());
            assert_eq!(last.as_ref(), Some(want), "{s}");
        }
    }

    #[test]
    fn investigators_experts_and_workers_speak() {
        first_speakers(&[
            (
                "Troops killed 30 civilians, a UN investigator said.",
                "UN investigator",
            ),
            ("An independent expert said 30 died.", "independent expert"),
            ("The UN rapporteur said 30 died.", "UN rapporteur"),
            (
                "“We counted 19 bodies,” a local health worker said.",
                "local health worker",
            ),
            ("Two nurses said 30 were hurt.", "nurses"),
            ("Survivors told AFP that 30 died.", "Survivors"),
        ]);
    }

    #[test]
    fn not_inverted_listener() {
        // "told" names its listener after it, never its speaker: a
        // speaker the scan cannot read before it leaves the figure
        // uncredited, not credited to the listener.
        for input in [
            "Hassan, a trader from the besieged quarter of Old Town, told AFP 500 fled.",
            "“Some 500 fled,” told reporters a man.",
        ] {
            let found = credits(input);
            assert!(
                found.iter().all(|f| f.0 != "AFP" && f.0 != "reporters"),
                "{input}"
            );
        }
        first_speakers(&[("Nine died, said Reuters.", "Reuters")]);
    }

    #[test]
    fn not_prepositional_aside() {
        // The words before the aside name nobody: no speaker is made up.
        for input in [
            "Last year, in a report, 400 were said to have fled.",
            "Shelling, in the east, killed 12.",
        ] {
            assert_eq!(credits(input), Vec::new(), "{input}");
        }
    }

    #[test]
    fn not_cues() {
        for input in [
            "The attack killed 12, a toll that shocked the region.",
            "Reuters saw 12 bodies at the morgue.",
            "The rebels claimed the town on Monday.",
            "He put pressure on Kyiv.",
            "Nagorno-Karabakh: Over 100,000 flee to Armenia",
            "An estimated 400 people fled.",
            "“They said 12 died,” she wrote",
        ] {
            let found = credits(input);
            let expected = if input.ends_with("she wrote") {
                one("she", "wrote")
            } else {
                Vec::new()
            };
            assert_eq!(found, expected, "{input}");
        }
    }

    #[test]
    fn alnum_runs() {
        let cases: &[(&str, usize)] = &[
            ("", 0),
            ("said", 4),
            ("M23 rebels", 3),
            (
                "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ!",
                62,
            ),
            ("Zelensky’s", 8),
            ("@[`{/:", 0),
            ("abcdefg\u{e9}", 7),
            ("0123456789", 10),
        ];
        for &(input, len) in cases {
            assert_eq!(alnum_run(input.as_bytes()), len, "{input}");
        }
    }

    #[test]
    fn regions_and_word_starts() {
        let s = "In Kyiv, the city’s mayor Ivan Sirko said";
        let said = s.len() - 4;
        let from = region_start(s, said);
        assert_eq!(&s[from..said], " the city’s mayor Ivan Sirko ");
        let starts: Vec<&str> = word_starts(s, from, said)
            .map(|at| s[at..].split(' ').next().unwrap_or_default())
            .collect();
        assert_eq!(starts, ["the", "city’s", "s", "mayor", "Ivan", "Sirko"]);
        let s = "— 12th-hour talks «stalled» said";
        let said = s.len() - 4;
        assert_eq!(region_start(s, said), said - 1);
        let s = "12M rebels and 4x said";
        let starts: Vec<usize> = word_starts(s, 0, s.len() - 4).collect();
        assert_eq!(starts, [4, 11]);
        let long = "word ".repeat(100);
        assert_eq!(word_starts(&long, 0, long.len()).count(), MAX_BACK_WORDS);
        assert_eq!(region_start(&long, long.len()), long.len() - MAX_BACK_BYTES);
        for end in 0..=long.len() {
            assert_eq!(region_start(&long, end), end.saturating_sub(MAX_BACK_BYTES));
        }
        let s = "Aid, we were told by the UN refugee agency staff";
        assert_eq!(region_start(s, s.len()), 4);
        let s = "Aid — we were told by the UN refugee agency staff";
        assert_eq!(region_start(s, s.len()), 7);
    }

    #[test]
    fn shape_filters() {
        let shapes = Shapes::new();
        for w in [
            "said",
            "Said",
            "SAID",
            "according",
            "figures",
            "while",
            "citing",
        ] {
            assert!(shapes.may_open(w.as_bytes()), "{w}");
            assert_ne!(shapes.of(w.as_bytes()), 0, "{w}");
        }
        for w in ["the", "xylophone", "s", "s1", ""] {
            let exact = shapes.of(w.as_bytes());
            assert!(exact == 0, "{w}");
            if shapes.may_open(w.as_bytes()) {
                assert!(w.len() >= 2 && w.as_bytes()[1].is_ascii_alphabetic(), "{w}");
            }
        }
        assert_eq!(shapes.of(b"says"), CUE);
        assert_eq!(shapes.of(b"sank"), 0);
        assert_eq!(shapes.of(b"Data"), DATA);
        assert_eq!(shapes.of(b"dote"), 0);
        assert_eq!(shapes.of(b"estimates"), CUE | DATA);
        // The first filter never turns away a word the exact one keeps.
        for a in b'A'..=b'z' {
            for b in 0..=255u8 {
                for len in 2..=MAX_SHAPE_LEN + 2 {
                    let mut w = vec![b'e'; len];
                    w[0] = a;
                    w[1] = b;
                    if shapes.of(&w) != 0 {
                        assert!(shapes.may_open(&w), "{w:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn separators() {
        let s = "Talks at 10:30 fail - aid chief: state media";
        assert_eq!(last_separator(s), Some((31, ": ")));
        assert_eq!(
            last_separator("Talks at 10:30 fail - aid chief, state media"),
            None
        );
        assert_eq!(last_separator("Talks fail - aid chief"), Some((10, " - ")));
        assert_eq!(last_separator("Talks -- aid chief"), Some((5, " -- ")));
        assert_eq!(last_separator("Ten die – army"), Some((7, " – ")));
        assert_eq!(last_separator("Ten die – 12 soldiers"), None);
        assert!(!phrase_byte(b','));
        assert!(!phrase_byte(b'7'));
        assert!(phrase_byte(b'&') && phrase_byte(0xE2) && phrase_byte(b'q'));
    }

    #[test]
    fn sentences_share_one_list() {
        let doc =
            "The army said 5 died. The agency said, citing hospital officials, that 12 died; \
                   Lena Ortiz said 3 were hurt, citing TASS.";
        let first = Span::new(0, 21);
        let second = Span::new(22, doc.len());
        let mut both = Scan::default();
        scan_into(doc, first, &[], &mut both);
        scan_into(doc, second, &[], &mut both);
        let apart: Vec<Scan> = [first, second].iter().map(|&s| scan(doc, s, &[])).collect();
        let found: Vec<Found> = apart.iter().flat_map(|s| s.found.clone()).collect();
        let breaks: Vec<usize> = apart.iter().flat_map(|s| s.breaks.clone()).collect();
        assert_eq!(both, Scan { found, breaks });
        let names: Vec<&str> = both.found.iter().map(|f| f.speaker.name.as_str()).collect();
        assert_eq!(names, ["army", "hospital officials", "Lena Ortiz"]);
    }

    #[test]
    fn clause_breaks() {
        let s = "X said 5 died, while Y said 12; Z said 3.";
        let scanned = scan(s, Span::new(0, s.len()), &[]);
        assert_eq!(scanned.breaks, vec![15, 31]);
    }
}
