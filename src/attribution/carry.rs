//! What carries from sentence to sentence: open quotations, and the
//! speakers a pronoun ("he said") or a descriptor ("the ministry added")
//! stands for.

use super::name::{Full, NameIndex, Shape, Speaker};
use super::Source;
use crate::lexicon::speakers::{Class, Pronoun, SPEAKER_WORDS};
use crate::span::Span;
use crate::vocabulary::SourceKind;
use std::collections::VecDeque;

/// How many earlier speakers a pronoun or descriptor may reach back to.
const MEMORY: usize = 32;

/// The quoted stretches of `sentence` (document spans) and whether a
/// quotation is still open at its end. `open` says whether the sentence
/// starts inside one.
///
/// Curly quotes, guillemets and „ open and close; a straight `"`
/// toggles. Single quotes are left alone: they double as apostrophes.
pub(crate) fn quotes(doc: &str, sentence: Span, open: bool) -> (Vec<Span>, bool) {
    let mut out = Vec::new();
    let Some(s) = sentence.of(doc) else {
        return (out, open);
    };
    let mut start = open.then_some(sentence.start);
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(at) = next_mark(bytes, from) {
        from = at + 1;
        let Some(c) = s.get(at..).and_then(|r| r.chars().next()) else {
            continue;
        };
        let at = sentence.start + at;
        let opening = match c {
            '“' | '„' | '«' => true,
            '”' | '»' => false,
            '"' => start.is_none(),
            _ => continue,
        };
        match (opening, start) {
            (true, None) => start = Some(at + c.len_utf8()),
            (false, Some(st)) => {
                out.push(Span::new(st, at));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(Span::new(st, sentence.end));
    }
    (out, start.is_some())
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = ONES * 0x80;

/// The first byte at or after `from` that may begin a quotation mark:
/// every one is '"' or starts with byte 0xE2 or 0xC2.
///
/// Reads eight bytes at a time: a chunk of ASCII without '"' is passed
/// over whole. The lowest byte the bit trick marks is exact.
fn next_mark(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let quote = x ^ (ONES * u64::from(b'"'));
        let marked = (quote.wrapping_sub(ONES) & !quote & HIGH_BITS) | (x & HIGH_BITS);
        if marked == 0 {
            at += 8;
            continue;
        }
        let k = at + (marked.trailing_zeros() / 8) as usize;
        if matches!(bytes.get(k), Some(b'"' | 0xE2 | 0xC2)) {
            return Some(k);
        }
        at = k + 1;
    }
    let tail = bytes.get(at..)?;
    let k = tail.iter().position(|&b| matches!(b, b'"' | 0xE2 | 0xC2))?;
    Some(at + k)
}

/// The length of an opening quotation mark at the start of `s`, if any.
pub(crate) fn opening_mark(s: &str) -> Option<usize> {
    s.chars()
        .next()
        .filter(|c| matches!(c, '“' | '„' | '«' | '"'))
        .map(char::len_utf8)
}

/// A speaker already credited in the document.
#[derive(Debug, Clone)]
pub(crate) struct Seen {
    pub(crate) source: Source,
    pub(crate) country: Option<&'static str>,
    pub(crate) person: bool,
}

/// A remembered speaker with the words of its name folded once into bit
/// sets, so a search turns most speakers away without reading their
/// names: a speaker whose bits lack a wanted word's bit cannot hold it.
struct Recalled {
    seen: Seen,
    /// The section of the report it was met in ([`Memory::enter_section`]).
    section: u32,
    /// A bit for each word of the name ([`word_bit`]).
    words: u64,
    /// A bit for each word's head form ([`head_bit`]).
    heads: u64,
}

impl Recalled {
    fn new(seen: Seen, section: u32) -> Self {
        let name = &seen.source.name;
        let (words, heads) =
            words(name).fold((0, 0), |(ws, hs), w| (ws | word_bit(w), hs | head_bit(w)));
        Recalled {
            seen,
            section,
            words,
            heads,
        }
    }
}

/// One of 64 bits, picked by a hash of `bytes` with ASCII case folded.
fn bit_of(bytes: impl Iterator<Item = u8>) -> u64 {
    // FNV-1a.
    let h = bytes.fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
    });
    1 << (h >> 58)
}

/// The bit of a word, case aside: words equal but for ASCII case share it.
fn word_bit(w: &str) -> u64 {
    bit_of(w.bytes())
}

/// The bit of a word's head form, its plural folded ("ministries" →
/// "ministry", "forces" → "force"): words that are [`same_head`] share it.
fn head_bit(w: &str) -> u64 {
    let (stem, y) = stem(w);
    bit_of(stem.bytes().chain(y.then_some(b'y')))
}

/// The speakers met so far, to resolve pronouns, descriptors, titles and
/// short names against.
pub(crate) struct Memory<'t> {
    recent: VecDeque<Recalled>,
    index: NameIndex<'t>,
    /// The first named persons with a title in the document, for a title
    /// met before its name ("Defense Minister says …" in a headline).
    persons: Vec<Speaker>,
    /// How many headings the report has passed.
    section: u32,
    /// The country the last heading names ("CHAD" in a round-up), if any.
    section_country: Option<&'static str>,
    /// Where in the text the reading is: a name is looked up near it.
    at: usize,
}

/// The words of a name, without a possessive "'s".
fn words(s: &str) -> impl Iterator<Item = &str> + '_ {
    spaced(s).map(|w| {
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w)
    })
}

/// The parts of `s` between single spaces, as `s.split(' ')` gives them:
/// names are short, and a byte loop costs less than setting up a search.
fn spaced(s: &str) -> impl Iterator<Item = &str> + '_ {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        // ' ' is ASCII: the cuts fall on character boundaries.
        match r.bytes().position(|b| b == b' ') {
            Some(at) => {
                rest = r.get(at + 1..);
                r.get(..at)
            }
            None => rest.take(),
        }
    })
}

/// The last part of `s` after a space, as `s.rsplit(' ').next()` gives
/// it; all of `s` when it holds none.
fn last_word(s: &str) -> &str {
    let from = s.bytes().rposition(|b| b == b' ').map_or(0, |at| at + 1);
    s.get(from..).unwrap_or(s)
}

/// True for a word that places a body: "UK-based", "Geneva-based".
fn based(word: &str) -> bool {
    let n = word.len();
    n > 6
        && word
            .get(n - 6..)
            .is_some_and(|end| end.eq_ignore_ascii_case("-based"))
}

/// The part of a body's name after its last owner: "emergency medicine
/// centre" of "health ministry's emergency medicine centre". A shorter
/// name or a descriptor is the same body only when its head stands
/// there: "the health ministry" is the owner, not the centre; "the army"
/// is not "the army's media wing".
fn owned(name: &str) -> &str {
    let owner_end = spaced(name)
        .filter(|w| w.ends_with("'s") || w.ends_with("’s") || w.ends_with('\''))
        .last()
        .map(|w| crate::span::offset(name, w) + w.len());
    owner_end.and_then(|at| name.get(at..)).unwrap_or(name)
}

/// True for an unnamed person: a name whose last word is a singular
/// person's head ("a hospital official", "an army officer").
fn names_a_person(name: &str) -> bool {
    let last = last_word(name);
    let people = SPEAKER_WORDS
        .get(last)
        .is_some_and(|w| w.class == Class::People);
    people && !last.ends_with('s')
}

/// The stem of a head word, and whether "y" stands after it ("ministr"
/// + "ies").
fn stem(w: &str) -> (&str, bool) {
    match w
        .len()
        .checked_sub(3)
        .and_then(|at| Some((at, w.get(at..)?)))
    {
        Some((at, end)) if end.eq_ignore_ascii_case("ies") => (&w[..at], true),
        _ => {
            // 's' is ASCII: the cut falls on a character boundary.
            let keep = w.bytes().rposition(|b| b != b's' && b != b'S');
            (w.get(..keep.map_or(0, |k| k + 1)).unwrap_or(w), false)
        }
    }
}

/// The head word with its plural folded, case aside: "Ministries" and
/// "ministry", "forces" and "force".
fn same_head(a: &str, b: &str) -> bool {
    let ((sa, ya), (sb, yb)) = (stem(a), stem(b));
    let y_form = |stem: &str, whole: &str| {
        whole.len() == stem.len() + 1
            && whole
                .get(..stem.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(stem))
            && whole.ends_with(['y', 'Y'])
    };
    match (ya, yb) {
        (true, false) => y_form(sa, sb),
        (false, true) => y_form(sb, sa),
        _ => sa.eq_ignore_ascii_case(sb),
    }
}

impl<'t> Memory<'t> {
    /// An empty memory for `text`, knowing the titled persons of the
    /// whole document.
    pub(crate) fn new(text: &'t str, persons: Vec<Speaker>) -> Self {
        let mut persons = persons;
        persons.truncate(MEMORY);
        Memory {
            recent: VecDeque::new(),
            index: NameIndex::new(text),
            persons,
            section: 0,
            section_country: None,
            at: 0,
        }
    }

    /// A heading opens a new section of the report; `country` is the
    /// country it names ("CHAD", "Niger"), if any. In a section of one
    /// country, "the ministry said" stands for no speaker of another
    /// country met in an earlier section, and a descriptor nobody was
    /// named for belongs to the section's country.
    pub(crate) fn enter_section(&mut self, country: Option<&'static str>) {
        self.section += 1;
        self.section_country = country;
    }

    fn remember(&mut self, seen: Seen) {
        if self.recent.len() == MEMORY {
            self.recent.pop_front();
        }
        self.recent.push_back(Recalled::new(seen, self.section));
    }

    fn last(&self, pred: impl Fn(&Seen) -> bool) -> Option<Seen> {
        self.last_seen(pred).cloned()
    }

    /// [`Memory::last`], borrowed: for a caller that keeps only a part.
    fn last_seen(&self, pred: impl Fn(&Seen) -> bool) -> Option<&Seen> {
        self.recent
            .iter()
            .rev()
            .find(|r| pred(&r.seen))
            .map(|r| &r.seen)
    }

    fn last_recalled(&self, pred: impl Fn(&Recalled) -> bool) -> Option<Seen> {
        self.recent
            .iter()
            .rev()
            .find(|r| pred(r))
            .map(|r| r.seen.clone())
    }

    fn fullest(&mut self, name: &str) -> Option<Full<'t>> {
        self.index.fullest(name, self.at)
    }

    /// The reading has reached byte `at` of the text: names met from now
    /// on are met there.
    pub(crate) fn reach(&mut self, at: usize) {
        self.at = at;
    }

    /// Who `speaker` is, resolved against the speakers before it; `None`
    /// for a pronoun with nobody to stand for. The result is remembered.
    /// The speaker is taken whole: its name and role move into the result
    /// when it stands as written, with no copy made.
    pub(crate) fn resolve(&mut self, speaker: Speaker) -> Option<Seen> {
        let seen = self.lookup(speaker)?;
        self.remember(seen.clone());
        Some(seen)
    }

    /// Who a label stands for ("Van der Veen:", "A:"): a person the text
    /// has credited before or names more fully elsewhere, remembered then;
    /// `None` for any other label ("Verdict:", "Breaking News:").
    // Rare: kept out of the hot resolving path, which stays whole.
    #[inline(never)]
    pub(crate) fn resolve_label(&mut self, speaker: Speaker) -> Option<Seen> {
        let written = speaker.name.clone();
        let seen = match speaker.shape {
            Shape::Person { ambiguous } => self.person(speaker, ambiguous)?,
            Shape::Pronoun(_) => self.last(|s| s.person)?,
            _ => return None,
        };
        let named = |s: &Seen| s.person && s.source.name == seen.source.name;
        let known = seen.person && (seen.source.name != written || self.last_seen(named).is_some());
        if !known {
            return None;
        }
        self.remember(seen.clone());
        Some(seen)
    }

    fn as_written(speaker: Speaker, person: bool) -> Seen {
        Seen {
            source: Source {
                name: speaker.name,
                kind: speaker.kind,
                role: speaker.role,
            },
            country: speaker.country,
            person,
        }
    }

    fn lookup(&mut self, speaker: Speaker) -> Option<Seen> {
        match speaker.shape.clone() {
            Shape::Pronoun(Pronoun::Person) => self.last(|s| s.person),
            Shape::Pronoun(Pronoun::Body | Pronoun::Plural) => self.last(|s| !s.person),
            Shape::Descriptor { person } => {
                let military = speaker.kind == Some(SourceKind::Military);
                // "the agency", "the organisation": any body named before.
                let generic = !person && is_generic_body(&speaker.name);
                let head = head_bit(&speaker.name);
                let (section, here) = (self.section, self.section_country);
                // A speaker of another country, met before this country's
                // section, is not who the section's "ministry" is.
                let in_reach = |r: &Recalled| {
                    r.section == section
                        || here.is_none()
                        || !matches!(r.seen.country, Some(c) if Some(c) != here)
                };
                let found = self.last_recalled(|r| {
                    let s = &r.seen;
                    s.person == person
                        && in_reach(r)
                        && ((r.heads & head != 0
                            && words(owned(&s.source.name)).any(|w| same_head(w, &speaker.name)))
                            || (military && s.source.kind == Some(SourceKind::Military))
                            || generic)
                });
                // "The statement said": the statement of whoever spoke
                // last, body or person.
                let found = found.or_else(|| {
                    is_single_document(&speaker.name)
                        .then(|| self.last(|_| true))
                        .flatten()
                });
                Some(found.unwrap_or_else(|| {
                    let mut seen = Self::as_written(speaker, person);
                    seen.country = seen.country.or(here);
                    seen
                }))
            }
            // "A spokesman for the group said": someone new, not a
            // spokesman named before or after.
            Shape::Title { indefinite: true } => Some(Self::as_written(speaker, true)),
            Shape::Title { indefinite: false } => {
                let title = speaker
                    .role
                    .as_deref()
                    .map(last_word)
                    .unwrap_or_default()
                    .to_string();
                let fits = |role: Option<&str>, country: Option<&str>| {
                    role.is_some_and(|r| last_word(r) == title.as_str())
                        && (speaker.country.is_none()
                            || country.is_none()
                            || country == speaker.country)
                };
                if let Some(s) =
                    self.last(|s| s.person && fits(s.source.role.as_deref(), s.country))
                {
                    return Some(s);
                }
                let ahead = self
                    .persons
                    .iter()
                    .find(|p| fits(p.role.as_deref(), p.country))
                    .cloned();
                match ahead {
                    Some(p) => self.person(p, false),
                    None => Some(Self::as_written(speaker, true)),
                }
            }
            Shape::Person { ambiguous } => self.person(speaker, ambiguous),
            Shape::Group => {
                // Where a body is based says nothing of which it is: "the
                // UK-based Syrian Observatory" is the one named in full.
                let mine = || words(&speaker.name).filter(|w| !based(w));
                let bits = mine().fold(0, |bits, w| bits | word_bit(w));
                let fuller = self.last_recalled(|r| {
                    let s = &r.seen;
                    !s.person
                        && r.words & bits == bits
                        && s.source.name.len() > speaker.name.len()
                        && mine().all(|w| words(&s.source.name).any(|x| x.eq_ignore_ascii_case(w)))
                        && spaced(owned(&s.source.name))
                            .any(|x| x.eq_ignore_ascii_case(last_word(&speaker.name)))
                });
                Some(fuller.unwrap_or_else(|| {
                    let person = names_a_person(&speaker.name);
                    Self::as_written(speaker, person)
                }))
            }
        }
    }

    // Inlined into both callers, as it was into its first alone.
    #[inline(always)]
    fn person(&mut self, speaker: Speaker, ambiguous: bool) -> Option<Seen> {
        let full = self.fullest(&speaker.name);
        // A longer name ending in this one, said before: read only when
        // the document holds no fuller form.
        let name = speaker.name.as_str();
        let earlier = full.is_none().then(|| {
            self.last_seen(|s| {
                s.person
                    && s.source.name.len() > name.len()
                    && s.source.name.ends_with(name)
                    && s.source.name[..s.source.name.len() - name.len()].ends_with(' ')
            })
            .map(|e| e.source.name.clone())
        });
        let mut seen = Self::as_written(speaker, true);
        if let Some(full) = full {
            seen.source.name = full.name.to_string();
            if let Some((title, kind)) = full.title {
                seen.source.role = seen.source.role.or_else(|| Some(title.to_lowercase()));
                seen.source.kind = seen.source.kind.or(kind);
            }
            seen.country = seen.country.or(full.country);
        } else if let Some(name) = earlier.flatten() {
            seen.source.name = name;
        } else if ambiguous {
            seen.person = false;
            return Some(seen);
        }
        if let Some(e) = self.last_seen(|s| s.person && s.source.name == seen.source.name) {
            seen.source.role = seen.source.role.or_else(|| e.source.role.clone());
            seen.source.kind = seen.source.kind.or(e.source.kind);
            seen.country = seen.country.or(e.country);
        }
        Some(seen)
    }
}

/// True for one text that speaks for its author ("statement", "tally"),
/// not several ("documents", "estimates"), whose authors may be many.
fn is_single_document(name: &str) -> bool {
    let head = last_word(name);
    !head.ends_with(['s', 'S'])
        && SPEAKER_WORDS
            .get(head)
            .is_some_and(|w| w.class == Class::Document)
}

/// Heads that stand for whatever body was named last: "the agency said".
fn is_generic_body(name: &str) -> bool {
    let head = last_word(name);
    [
        "agency",
        "organisation",
        "organization",
        "body",
        "group",
        "monitor",
    ]
    .iter()
    .any(|g| head.eq_ignore_ascii_case(g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_splits_match_the_standard_ones() {
        for s in [
            "",
            " ",
            "UN",
            "health ministry",
            "a  b ",
            " Kyiv’s mayor",
            "Ümit Öz",
        ] {
            assert_eq!(
                spaced(s).collect::<Vec<_>>(),
                s.split(' ').collect::<Vec<_>>(),
                "{s:?}"
            );
            assert_eq!(Some(last_word(s)), s.rsplit(' ').next(), "{s:?}");
        }
        for w in [
            "forces",
            "ministries",
            "ss",
            "",
            "Ministries",
            "bus",
            "Öss",
            "naïves",
        ] {
            let (st, y) = stem(w);
            if !y {
                assert_eq!(st, w.trim_end_matches(['s', 'S']), "{w}");
            }
        }
    }

    #[test]
    fn quotes_open_close_and_carry() {
        let doc = "He said “12 died. More";
        let (q, open) = quotes(doc, Span::new(0, doc.len()), false);
        assert!(open);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].of(doc), Some("12 died. More"));
        let doc = "are missing,” she said.";
        let (q, open) = quotes(doc, Span::new(0, doc.len()), true);
        assert!(!open);
        assert_eq!(q[0].of(doc), Some("are missing,"));
        let doc = "\"One\" and \"two\"";
        let (q, open) = quotes(doc, Span::new(0, doc.len()), false);
        assert!(!open);
        assert_eq!(q.len(), 2);
    }

    #[test]
    fn next_marks() {
        let cases: &[(&str, usize, Option<usize>)] = &[
            ("", 0, None),
            ("no marks in this long line at all", 0, None),
            ("twelve said \"we", 0, Some(12)),
            ("a – b “c", 0, Some(2)),
            ("a – b “c", 3, Some(8)),
            ("café and a\u{a0}space", 0, Some(11)),
            ("ééééé then ”", 0, Some(16)),
        ];
        for &(input, from, found) in cases {
            assert_eq!(next_mark(input.as_bytes(), from), found, "{input}");
        }
    }

    #[test]
    fn opening_marks() {
        assert_eq!(opening_mark("“We"), Some(3));
        assert_eq!(opening_mark("\"We"), Some(1));
        assert_eq!(opening_mark("We"), None);
    }

    #[test]
    fn based_words() {
        for w in ["UK-based", "Geneva-Based", "Kyiv-based"] {
            assert!(based(w), "{w}");
        }
        for w in ["based", "-based", "UK", "Observatory", "débased"] {
            assert!(!based(w), "{w}");
        }
    }

    #[test]
    fn owned_parts() {
        let cases: &[(&str, &str)] = &[
            (
                "health ministry's emergency medicine centre",
                " emergency medicine centre",
            ),
            (
                "Israel's Magen David Adom service",
                " Magen David Adom service",
            ),
            ("UN peacekeeping mission", "UN peacekeeping mission"),
            ("Prisoners' Society", " Society"),
            ("", ""),
        ];
        for &(name, part) in cases {
            assert_eq!(owned(name), part, "{name}");
        }
    }

    #[test]
    fn unnamed_persons() {
        assert!(names_a_person("army officer"));
        assert!(names_a_person("hospital official"));
        assert!(!names_a_person("U.S. officials"));
        assert!(!names_a_person("Israeli army"));
    }

    #[test]
    fn bits_agree_with_the_comparisons() {
        for (a, b) in [("Ministry", "ministry"), ("UN", "un"), ("Kyiv", "KYIV")] {
            assert_eq!(word_bit(a), word_bit(b), "{a} {b}");
        }
        for (a, b) in [
            ("ministries", "Ministry"),
            ("forces", "force"),
            ("Army", "army"),
            ("ies", "y"),
        ] {
            assert!(same_head(a, b), "{a} {b}");
            assert_eq!(head_bit(a), head_bit(b), "{a} {b}");
        }
        let seen = Seen {
            source: Source::named("Ukraine's armed forces"),
            country: None,
            person: false,
        };
        let r = Recalled::new(seen, 0);
        assert_eq!(r.words & word_bit("Ukraine"), word_bit("Ukraine"));
        assert_ne!(r.heads & head_bit("force"), 0);
    }

    #[test]
    fn heads_fold_plurals() {
        assert!(same_head("ministries", "ministry"));
        assert!(same_head("forces", "force"));
        assert!(!same_head("army", "ministry"));
        assert!(same_head("Ministry", "ministries"));
        assert!(same_head("army", "Army"));
    }
}
