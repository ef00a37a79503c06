//! The noun phrase a figure counts: "[55,000] Russian troops", "[six] of
//! the injured", "[60] of 76 missiles", "[20 percent] of Ukraine".

use super::tokens::{Kind, Tokens};
use super::Party;
use crate::grammar::{ends_with_ignore_case, Lower};
use crate::lexicon::context::{MONTHS, STOP_WORDS};
use crate::lexicon::events::{NounClass, NounInfo, Role, EVENT_CUES, NOUNS};
use crate::lexicon::places::{Place, PlaceKind, PLACES};
use crate::lexicon::units::is_time_word;
use crate::vocabulary::Event;

/// Most words a noun phrase may have.
const MAX_WORDS: usize = 6;

/// What the words after a figure say about what it counts.
#[derive(Debug, Default)]
pub(crate) struct Phrase {
    /// One past the phrase's last token.
    pub(crate) end: usize,
    /// The head noun's class and own event, when the head is known.
    pub(crate) head: Option<NounInfo>,
    /// The counted noun as written, lower case: "apartment blocks".
    pub(crate) subject: Option<String>,
    /// The party a demonym, people or possessive in the phrase names.
    pub(crate) party: Option<Party>,
    /// The event an adjective states: "dead soldiers", "displaced families".
    pub(crate) adjective: Option<Event>,
    /// The place a share is of: "20 percent of [Ukraine]".
    pub(crate) of_place: Option<Place>,
    /// True when the phrase opened with "of" ("six of the injured").
    pub(crate) partitive: bool,
    /// True when the phrase names two sides: "Ukrainian and Russian
    /// soldiers".
    pub(crate) both: bool,
}

/// Words passed over between a figure and its noun.
fn is_filler(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "them"
            | "all"
            | "these"
            | "those"
            | "other"
            | "more"
            | "additional"
            | "another"
            | "further"
            | "extra"
            | "individual"
            | "such"
    )
}

/// A place named by a capitalised word (or the acronym "US"); a
/// country's name before a group's is the group's: "Yemen's Houthi
/// rebels", "Lebanon's Hezbollah".
pub(crate) fn place_at(t: &Tokens, i: usize) -> Option<(Place, usize)> {
    let (place, n) = named_at(t, i)?;
    let possessive = t.list.get(i + n - 1).is_some_and(|tok| tok.possessive);
    if possessive && place.kind != PlaceKind::Group {
        if let Some((group, m)) = named_at(t, i + n).filter(|(g, _)| g.kind == PlaceKind::Group) {
            return Some((group, n + m));
        }
    }
    Some((place, n))
}

/// The place named by the capitalised words at token `i`, with how many
/// tokens name it.
fn named_at(t: &Tokens, i: usize) -> Option<(Place, usize)> {
    let tok = t.list.get(i)?;
    if tok.kind != Kind::Word || !tok.capital {
        return None;
    }
    let (place, n) = t.phrase(&PLACES, i)?;
    if n == 1 && t.text(i) == "us" {
        return None;
    }
    if n == 1 && t.text(i).eq_ignore_ascii_case("us") && t.text(i) != "US" {
        return None;
    }
    Some((place, n))
}

/// True for words that end a noun phrase: function words, time words,
/// months and weekdays.
fn ends_phrase(w: &str) -> bool {
    STOP_WORDS.get(w).is_some()
        || is_time_word(w)
        || MONTHS.get(w).is_some()
        || w.len() > 4 && ends_with_ignore_case(w, "day")
}

/// Participles that describe the people counted: "[10] wounded people",
/// "[300] displaced families".
fn is_adjective(w: &str) -> bool {
    is_participle(w) || matches!(Lower::new(w).as_str(), "killed" | "missing")
}

/// Participles that are also nouns: "the dead", "the wounded".
fn is_participle(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "dead" | "wounded" | "injured" | "displaced"
    )
}

/// The token of a known noun within the next few plain words after `i`,
/// if one follows with no function word between.
fn noun_ahead(t: &Tokens, i: usize) -> Option<usize> {
    if t.phrase(&EVENT_CUES, i)
        .is_some_and(|(cue, _)| cue.reaches(false))
    {
        return None;
    }
    (i + 1..i + 4)
        .take_while(|&k| t.is_word(k) && !ends_phrase(t.text(k)) && !t.list[k - 1].possessive)
        .find(|&k| t.phrase(&NOUNS, k).is_some_and(|(info, _)| !info.strong))
}

/// True when a name before token `next` is a modifier of the noun there
/// rather than the place a figure is of: "[440] Hezbollah fighters",
/// "[20] Gaza residents", not "[20 percent] of Ukraine" or "[12] in
/// Kharkiv". The noun is a known one or a lower-case plural.
fn names_owner(t: &Tokens, next: usize, partitive: bool) -> bool {
    if partitive || !t.is_word(next) || t.list[next].capital {
        return false;
    }
    let w = t.text(next);
    !ends_phrase(w)
        && !w.eq_ignore_ascii_case("says")
        && (t.phrase(&NOUNS, next).is_some_and(|(info, _)| !info.strong) || reads_plural(w))
}

/// Reads the noun phrase after the figure at token `fi`.
pub(crate) fn read(t: &Tokens, fi: usize) -> Phrase {
    let mut ph = Phrase {
        end: fi + 1,
        ..Phrase::default()
    };
    let mut i = fi + 1;
    if t.is(i, "of") {
        ph.partitive = true;
        i += 1;
    }
    // The tokens of the phrase's words, in order.
    let mut words: Vec<usize> = Vec::new();
    let mut head_at = None;
    let mut seen = 0;
    let mut determined = false;
    while i < t.len() && seen < MAX_WORDS {
        match t.kind(i) {
            Some(Kind::Figure(_)) if ph.partitive && words.is_empty() => {
                // "60 of [76] missiles": the noun is the second figure's.
                i += 1;
                continue;
            }
            Some(Kind::Word) => {}
            _ => break,
        }
        seen += 1;
        let w = t.text(i);
        let tok = t.list[i];
        if words.is_empty() && head_at.is_none() && is_filler(w) && !tok.possessive {
            determined |= w.eq_ignore_ascii_case("the");
            if matches!(
                Lower::new(w).as_str(),
                "its" | "his" | "her" | "their" | "our"
            ) {
                // "[50] of its troops": the speaker's side.
                ph.party.get_or_insert(Party::Speaker(None));
            }
            i += 1;
            continue;
        }
        // "Canadian and American missionaries"
        if w.eq_ignore_ascii_case("and")
            && words.is_empty()
            && ph.party.is_some()
            && place_at(t, i + 1).is_some_and(|(p, _)| p.kind == PlaceKind::Demonym)
        {
            ph.both = true;
            i += 1;
            continue;
        }
        if tok.possessive {
            // "his country's troops", "Ukraine's army", "Gaza's residents"
            if w.eq_ignore_ascii_case("country") && i > 0 && t.is_word(i - 1) {
                ph.party = Some(Party::Speaker(None));
            } else if let Some((place, _)) = place_at(t, i) {
                ph.party.get_or_insert(Party::Named(place.party));
            } else if head_at.is_some() {
                break;
            }
            words.clear();
            head_at = None;
            i += 1;
            continue;
        }
        if let Some((place, n)) = place_at(t, i) {
            match place.kind {
                PlaceKind::Demonym => {
                    ph.party.get_or_insert(Party::Named(place.party));
                    i += n;
                    continue;
                }
                // "[1 million] Rohingya refugees": a people's name before
                // a known noun says whose they are, like a nationality.
                PlaceKind::People if t.phrase(&NOUNS, i + n).is_some() => {
                    ph.party.get_or_insert(Party::Named(place.party));
                    i += n;
                    continue;
                }
                PlaceKind::People => {
                    ph.party.get_or_insert(Party::Named(place.party));
                    // All its words: "[9] South Africans".
                    words.extend(i..i + n);
                    head_at = Some(words.len());
                    ph.head = Some(NounInfo {
                        class: NounClass::People,
                        event: None,
                        strong: false,
                        role: Role::Any,
                    });
                    i += n;
                    break;
                }
                _ if head_at.is_none() && names_owner(t, i + n, ph.partitive) => {
                    // "[440] Hezbollah fighters", "[36] Houthi targets",
                    // "[12] suspected ADF collaborators": the name says
                    // whose the counted things are.
                    ph.party.get_or_insert(Party::Named(place.party));
                    i += n;
                    continue;
                }
                _ if words.is_empty() && head_at.is_none() => {
                    ph.of_place = Some(place);
                    ph.party.get_or_insert(Party::Named(place.party));
                    i += n;
                    break;
                }
                _ => break,
            }
        }
        if let Some((info, n)) = t.phrase(&NOUNS, i) {
            if info.strong && is_participle(w) && !determined {
                // "[12] dead", "[400] wounded": a participle, not the noun
                // counted; "[10] wounded people": an adjective.
                // "[four] wounded Americans": before a people's name too.
                let people_next =
                    || place_at(t, i + n).is_some_and(|(p, _)| p.kind == PlaceKind::People);
                if head_at.is_none() && (t.phrase(&NOUNS, i + n).is_some() || people_next()) {
                    ph.adjective = info.event;
                    words.push(i);
                    i += n;
                    continue;
                }
                break;
            }
            words.extend(i..i + n);
            head_at = Some(words.len());
            ph.head = Some(info);
            i += n;
            // A weapon's name before its kind: "Storm Shadow [cruise
            // missiles]", "HIMARS multiple launch rocket system [rockets]".
            if info.class == NounClass::Munition && info.event.is_none() {
                if let Some(ahead) = noun_ahead(t, i - 1) {
                    words.extend(i..ahead);
                    head_at = None;
                    i = ahead;
                }
            }
            continue;
        }
        if head_at.is_some() || ends_phrase(w) {
            break;
        }
        // "pieces of armour", "units of artillery"
        if matches!(Lower::new(w).as_str(), "pieces" | "units" | "items")
            && t.is(i + 1, "of")
            && t.phrase(&NOUNS, i + 2).is_some()
        {
            words.extend([i, i + 1]);
            i += 2;
            continue;
        }
        if let Some(ahead) = noun_ahead(t, i) {
            // "[158] US-made launch rocket system rockets": modifiers that
            // would otherwise end the phrase lead to a known noun; a
            // participle among them still says what befell it ("[2.3
            // million] internally displaced people").
            for k in i..ahead {
                words.push(k);
                if is_adjective(t.text(k)) {
                    if let Some((cue, 1)) = t.phrase(&EVENT_CUES, k) {
                        ph.adjective = Some(cue.event);
                    }
                }
            }
            i = ahead;
            continue;
        }
        if let Some((cue, n)) = t.phrase(&EVENT_CUES, i) {
            // "[4,000] crossed the border", "[500] sought refuge": a cue of
            // several words that may follow a figure is its verb, no noun.
            if n > 1 {
                if cue.reaches(false) {
                    break;
                }
                words.push(i);
                i += 1;
                continue;
            }
            // "[15] detained migrants", "[12] kidnapped students": a
            // participle before a known noun describes it; a verb after
            // the noun may still tell what became of them.
            let describes = ends_with_ignore_case(w, "ed") && t.phrase(&NOUNS, i + 1).is_some();
            if is_adjective(w) || describes {
                // "wounded people", "displaced families"
                ph.adjective = Some(cue.event);
                words.push(i);
                i += 1;
                continue;
            }
            break;
        }
        if ends_with_ignore_case(w, "ing") && !words.is_empty() {
            break;
        }
        words.push(i);
        i += 1;
    }
    ph.end = i.max(fi + 1);
    let kept = match head_at {
        Some(h) => words.get(..h).unwrap_or_default(),
        // No known noun: two words at most, up to the last that reads as
        // a plural noun ("movements", "border crossings").
        None if words.len() <= 2 => match words.iter().rposition(|&k| reads_plural(t.text(k))) {
            Some(last) => &words[..=last],
            None => &words[..0],
        },
        None => &words[..0],
    };
    if let (None, Some(&last)) = (head_at, kept.last()) {
        // The phrase ends after its last plural, past any words skipped
        // on the way ("[3] of the 12 suspects").
        ph.end = last + 1;
    }
    if !kept.is_empty() {
        ph.subject = Some(subject_text(t, kept));
    }
    ph
}

/// The words at tokens `words` joined by spaces, in lower case.
fn subject_text(t: &Tokens, words: &[usize]) -> String {
    let mut s = String::with_capacity(words.iter().map(|&k| t.text(k).len() + 1).sum());
    for (n, &k) in words.iter().enumerate() {
        if n > 0 {
            s.push(' ');
        }
        s.push_str(t.text(k));
    }
    if s.is_ascii() {
        s.make_ascii_lowercase();
        s
    } else {
        s.to_lowercase()
    }
}

/// True when `w` looks like a plural noun: "crossings", not "was" or
/// "across".
pub(crate) fn reads_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Most words between "number of" and the figure it gives: "the number
/// of Syrian refugees who have crossed into Jordan since January has
/// reached [4,000]".
const NUMBER_OF_REACH: usize = 16;

/// number_of := "number" "of" phrase word{0,16} figure
///
/// The noun phrase after "number of" when the figure at `fi` gives that
/// number ("the number of displaced people in the province has reached
/// [12,500]"), with no other figure, no clause end and at most two commas
/// between them.
pub(crate) fn number_of(t: &Tokens, fi: usize) -> Option<Phrase> {
    let mut commas = 0;
    let mut i = fi;
    for _ in 0..=NUMBER_OF_REACH {
        i = i.checked_sub(1)?;
        match t.kind(i)? {
            Kind::Word => {}
            Kind::Comma if commas < 2 => {
                commas += 1;
                continue;
            }
            _ => return None,
        }
        if t.is(i, "number") && t.is(i + 1, "of") {
            let mut ph = read(t, i);
            // "the number of soldiers killed in the region [...] to
            // [400]": the participle after the noun is the event.
            if ph.adjective.is_none() {
                ph.adjective = t
                    .phrase(&EVENT_CUES, ph.end)
                    .filter(|(cue, _)| cue.reaches(false))
                    .map(|(cue, _)| cue.event);
            }
            return ph.head.is_some().then_some(ph);
        }
    }
    None
}
