//! Claim frames: for each figure, the event it states, what it counts and
//! whose people or territory they are.
//!
//! The stage reads one sentence at a time. Each figure's frame comes from
//! the words of its own clause, in this order of strength:
//!
//! 1. a counted noun that states a toll by itself: "[150,000] casualties",
//!    "[6 million] refugees", "[735] civilian deaths";
//! 2. the nearest event cue around the figure: a verb before it ("killed
//!    [four]", "swap [300] prisoners", "the death toll rose to [45]") or a
//!    word after its noun ("[four] people were killed", "[12] dead",
//!    "[1,000] apartment blocks without heating"), if the cue fits the kind
//!    of thing counted (drones are launched, not displaced);
//! 3. an adjective in the noun phrase: "[10] wounded people";
//! 4. the frame of a figure it is listed with: "killed [26] civilians and
//!    [20] soldiers", "including [four] foreign workers";
//! 5. a counted noun's default event: hostages are abducted, drones
//!    launched, unless a cue says otherwise;
//! 6. a state's forces a side "has" in a place are deployed: "the US has
//!    about [2,500] troops in Iraq".
//!
//! A participle that describes the noun ("[15] detained migrants", "[12]
//! missionaries kidnapped in May") gives way to the clause's own verb
//! ("... were killed", "... were released").
//!
//! A figure with none of these states no toll and yields no frame.

mod label;
mod phrase;
mod tokens;

use crate::grammar::{ends_with_ignore_case, starts_with_ignore_case, Lower};
use crate::lexicon::events::{Cue, NounClass, NounInfo, Role, Side, EVENT_CUES, NOUNS};
use crate::lexicon::places::{PlaceKind, PLACES};
use crate::quantity::Quantity;
use crate::segment::LONG_SENTENCE;
use crate::span::{ceil_boundary, floor_boundary, Span};
use crate::vocabulary::{Event, Unit};
use crate::Status;
use phrase::{place_at, Phrase};
use tokens::{Kind, Scratch, Tokens};

/// Whose people or territory a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Party {
    /// A country or group, as the ledger writes it.
    Named(&'static str),
    /// "his country's troops", "its soldiers": the speaker's country,
    /// which attribution knows; else the party given, if any.
    Speaker(Option<&'static str>),
}

/// What a figure states: its event, subject, party and status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Frame {
    /// What happened.
    pub(crate) event: Event,
    /// The head noun counted, lower case.
    pub(crate) subject: String,
    /// Whose, when the text says.
    pub(crate) party: Option<Party>,
    /// Stated, negated or hypothetical.
    pub(crate) status: Status,
}

/// Most words between a verb cue and the figure after it.
const BEFORE_REACH: usize = 3;
/// Most words between a toll noun and its figure: "the death toll from
/// last week's strike on a bus station in Sumy has risen to [35]".
const TOLL_REACH: usize = 14;
/// Most words between a figure's noun phrase and a cue after it.
const AFTER_REACH: usize = 9;

/// Words that join listed figures: "[26] civilians and [20] soldiers".
fn is_connector(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "and" | "or" | "including" | "with" | "plus" | "while" | "whereas" | "as" | "well"
    )
}

/// Modal and negating words that change a claim's status.
fn status_word(w: &str) -> Option<Status> {
    if w == "May" {
        // The month, not the modal.
        return None;
    }
    match Lower::new(w).as_str() {
        "no" | "not" | "none" | "never" | "nobody" | "neither" | "nor" => Some(Status::Negated),
        "could" | "may" | "might" | "would" | "will" | "threatened" | "threatens" | "plans"
        | "planned" | "feared" | "fears" | "risk" | "expected" => Some(Status::Hypothetical),
        _ => None,
    }
}

/// True when `cue` may state the event of a figure counting `class`
/// (`None`: no known noun), or a share when `percent`.
fn fits(event: Event, class: Option<NounClass>, percent: bool, of_place: bool) -> bool {
    use Event::*;
    use NounClass::*;
    if percent && (of_place || class == Some(Land)) {
        return event == Controlled;
    }
    match event {
        Killed | Wounded | Casualties | Missing | Detained | Abducted | Exchanged | Displaced
        | Refugees | Evacuated => matches!(class, None | Some(People)),
        Captured => !matches!(class, Some(Munition | Building | NoToll)),
        Affected => matches!(class, None | Some(People | Building)),
        Damaged => matches!(class, None | Some(Building | Equipment | Land)),
        Destroyed => matches!(class, None | Some(Building | Equipment | Land | Munition)),
        Controlled => class == Some(Land),
        Launched | Intercepted => matches!(class, None | Some(Munition | Equipment)),
        Deployed => matches!(class, None | Some(People | Equipment | Munition)),
    }
}

/// A cue found near a figure.
#[derive(Debug, Clone, Copy)]
struct Found {
    event: Event,
    /// Words between the cue and the figure (or its noun phrase).
    distance: usize,
    /// The cue's first token.
    at: usize,
    /// True for a cue after the figure beyond a comma.
    past_comma: bool,
    status: Status,
}

/// Frames for the figures of one sentence. `figures` lie inside `sentence`
/// in text order; `memory` carries what earlier sentences said.
pub(crate) fn frames(
    text: &str,
    sentence: Span,
    figures: &[Quantity],
    memory: &mut Memory,
) -> Vec<Option<Frame>> {
    // A line break since the last sentence read ends the paragraph's
    // setting.
    let gap = text.get(memory.last_end.min(sentence.start)..sentence.start);
    if !gap.is_some_and(|g| !g.contains('\n')) {
        memory.topic = None;
    }
    memory.scene.set(None);
    memory.gap = Some(Span::new(
        memory.last_end.min(sentence.start),
        sentence.start,
    ));
    memory.last_end = sentence.end;
    if sentence.len() <= LONG_SENTENCE {
        return frames_in(text, sentence, figures, memory);
    }
    // A run-on "sentence" (a page without punctuation, a hostile line) is
    // read in chunks of about a clause's size, cut between words, so that
    // memory stays bounded by the chunk, not the line.
    let mut out = Vec::with_capacity(figures.len());
    let mut start = sentence.start;
    let mut next = 0;
    while next < figures.len() {
        let mut end = window(text, sentence, start, CHUNK).end;
        while end < sentence.end && !text[end..].starts_with(char::is_whitespace) {
            end += text[end..].chars().next().map_or(1, char::len_utf8);
        }
        let first = next;
        while figures.get(next).is_some_and(|q| q.span.start < end) {
            end = end.max(figures[next].span.end);
            next += 1;
        }
        // Each chunk is read with some of its neighbours' words around it.
        let from = ceil_boundary(text, start.saturating_sub(MARGIN).max(sentence.start));
        let to = window(text, sentence, end, MARGIN).end;
        out.extend(frames_in(
            text,
            Span::new(from, to),
            &figures[first..next],
            memory,
        ));
        start = end;
    }
    out
}

/// Most bytes of the sentences with no figures before a sentence that are
/// read for its scene.
const SCENE_BYTES: usize = 600;

/// The last sentence of the text from `from` to `to` (the sentences
/// with no figures before a sentence), when it lies in the sentence's
/// paragraph; at most `SCENE_BYTES` long.
fn scene_span(text: &str, from: usize, to: usize) -> Span {
    let gap = text.get(from..to).unwrap_or("");
    let body = gap.trim_end();
    if gap[body.len()..].contains('\n') {
        // A new paragraph starts here.
        return Span::new(to, to);
    }
    // The sentence's own stop and quote marks, then the one before it.
    let inner = body.trim_end_matches(['.', '?', '!', '"', '\u{201d}', '\'', '\u{2019}']);
    let start = inner.rfind(['\n', '.', '?', '!']).map_or(0, |end| end + 1);
    let from = (from + start).max(to.saturating_sub(SCENE_BYTES));
    Span::new(ceil_boundary(text, from).min(to), to)
}

/// The one side the sentence with no figures just before a sentence, in
/// its paragraph, names as a scene: "The governor of Russia's Belgorod
/// said Ukrainian troops shelled villages. [Four] people were injured, he
/// said." Attackers are left out; two sides name none. Read only when a
/// figure needs it.
fn scene(t: &Tokens, gap: Option<Span>) -> Option<Party> {
    let gap = gap?;
    let text = t.source();
    let mut named = places_named(scene_span(text, gap.start, gap.end).of(text)?)
        .filter(|&(_, attacker)| !attacker);
    let (first, _) = named.next()?;
    named
        .all(|(p, _)| p == first)
        .then_some(Party::Named(first))
}

/// Bytes in each chunk of a longer sentence.
const CHUNK: usize = 2048;
/// Bytes of context read on each side of a chunk.
const MARGIN: usize = 400;

/// Frames for figures of a sentence short enough to tokenise whole.
fn frames_in(
    text: &str,
    sentence: Span,
    figures: &[Quantity],
    memory: &mut Memory,
) -> Vec<Option<Frame>> {
    // Only counts and shares have frames: a sentence of money, durations
    // and measures is not read at all.
    if !figures
        .iter()
        .any(|q| matches!(q.unit, Unit::Count | Unit::Percent))
    {
        return vec![None; figures.len()];
    }
    let t = Tokens::read(
        text,
        sentence,
        figures.iter().map(|q| q.span),
        &mut memory.scratch,
    );
    if let Some(place) = setting(&t) {
        memory.topic = Some(place);
    }
    let mut out: Vec<Option<Frame>> = Vec::with_capacity(figures.len());
    memory.new_sentence = true;
    for f in 0..figures.len() {
        let frame = frame(&t, figures, f, &out, None, memory);
        out.push(frame);
    }
    // A figure listed before one with a frame shares it: "[270] soldiers
    // and [120] civilians had returned home".
    for f in (0..figures.len().saturating_sub(1)).rev() {
        if out[f].is_none()
            && out[f + 1].is_some()
            && listed_before(&t, t.figure_token(f), t.figure_token(f + 1))
        {
            let (done, after) = out.split_at(f + 1);
            let frame = frame(&t, figures, f, &done[..f], after[0].as_ref(), memory);
            out[f] = frame;
        }
    }
    t.release(&mut memory.scratch);
    out
}

/// True when the words between the figures at `fi` and `gi` only list
/// them: a noun, then "and", "or" or a comma; no cue and no verb of
/// speech ("one source said, adding that [50] ...").
fn listed_before(t: &Tokens, fi: usize, gi: usize) -> bool {
    let between = fi + 1..gi;
    let speech = |i: usize| {
        ["said", "says", "told", "adding", "added", "that"]
            .iter()
            .any(|w| t.is(i, w))
    };
    between.len() <= 6
        && between.clone().all(|i| match t.kind(i) {
            Some(Kind::Comma) => true,
            // "[200] beds and treated 30 wounded": a verb of its own right
            // after "and"; not "[50] armed men and 30 civilians".
            Some(Kind::Word) => {
                let own_verb = is_past_verb(t.text(i)) && t.is(i - 1, "and");
                t.phrase(&EVENT_CUES, i).is_none()
                    && !t.is(i, "including")
                    && !speech(i)
                    && !own_verb
            }
            _ => false,
        })
        && between
            .clone()
            .any(|i| t.kind(i) == Some(Kind::Comma) || t.is(i, "and") || t.is(i, "or"))
}

/// The frame of the figure at token `fi`, given the frames before it.
fn frame(
    t: &Tokens,
    figures: &[Quantity],
    f: usize,
    before: &[Option<Frame>],
    after: Option<&Frame>,
    memory: &mut Memory,
) -> Option<Frame> {
    let q = figures.get(f)?;
    let fi = t.figure_token(f);
    let percent = match q.unit {
        Unit::Count => false,
        Unit::Percent => true,
        _ => return None,
    };
    // "[50 percent] more than a year earlier": a comparison, no share.
    if percent
        && ["more", "less", "fewer", "higher", "lower", "up", "down"]
            .iter()
            .any(|w| t.is(fi + 1, w))
    {
        return None;
    }
    // "over 1,000 more than in 2023": a difference, not a toll.
    if ["more", "fewer", "less"].iter().any(|w| t.is(fi + 1, w)) && t.is(fi + 2, "than") {
        return None;
    }
    // "one of the first", "one of three people": not a count.
    if q.value == Some(1.0) && t.is(fi + 1, "of") {
        return None;
    }
    // "eight members of [one] family": the group the counted belong to.
    if q.value == Some(1.0) && fi >= 2 && t.is(fi - 1, "of") && t.is_word(fi - 2) {
        let before = t.text(fi - 2);
        let strong = NOUNS.get(before).is_some_and(|info| info.strong);
        if phrase::reads_plural(before) && !strong {
            return None;
        }
    }
    // "half of the [400] residents": the whole is the share's base. A
    // whole that counts a toll of its own is a claim, and the share then
    // tells its make-up: "two-thirds of the [1,200] people killed were
    // women".
    if whole_of_share(t, fi) && !counts_own_toll(t, fi) {
        return None;
    }
    if q.unit == Unit::Percent && share_whole(t, fi).is_some_and(|w| counts_own_toll(t, w)) {
        return None;
    }
    // "a mother of [three]": the figure describes a person, it counts no
    // toll.
    if fi >= 2
        && t.is(fi - 1, "of")
        && ["mother", "father", "parent", "grandmother", "grandfather"]
            .iter()
            .any(|w| t.is(fi - 2, w))
    {
        return None;
    }
    // "a nine-storey block", "a two-day truce": the figure describes a
    // noun, it counts nothing.
    let next = t.text_after(fi);
    if next
        .strip_prefix(['-', '\u{2010}', '\u{2011}'])
        .is_some_and(|r| r.starts_with(char::is_alphabetic))
    {
        return None;
    }
    if age_limit(t, fi) {
        return None;
    }
    // "a gang known as 400 Mawozo": a name.
    if fi >= 2 && t.is(fi - 1, "as") && t.is(fi - 2, "known")
        || fi >= 1 && (t.is(fi - 1, "called") || t.is(fi - 1, "dubbed") || t.is(fi - 1, "named"))
    {
        return None;
    }
    if counts_speakers(t, fi) {
        return None;
    }
    let ph = match phrase::read(t, fi) {
        // "the number of displaced people has reached [12,500]"
        own if own.subject.is_none() && own.head.is_none() => match phrase::number_of(t, fi) {
            Some(of) => Phrase { end: own.end, ..of },
            None => own,
        },
        own => own,
    };
    let class = ph.head.map(|h| h.class);
    if class == Some(NounClass::NoToll) {
        return None;
    }
    // Shares that describe the make-up of a toll are not claims:
    // "two thirds of the dead".
    if percent && ph.head.is_some_and(|h| h.strong) {
        return None;
    }
    let left = scan_left(t, fi, before);
    // A change is no toll ("rose by 12"), unless an event verb read as
    // one stands right before it ("dropped two barrel bombs").
    if q.change.is_some() && !left.cue.is_some_and(|c| c.distance == 0) {
        return None;
    }
    // "downed [three] of five missiles launched overnight": a participle
    // right after the whole's noun describes the whole, not the part.
    let right = scan_right(t, ph.end, figures)
        .filter(|c| !(is_part(t, fi) && phrase::read(t, fi + 2).end == c.at));
    // "freed two of the [12] hostages", "one of the [40] passengers was
    // hurt": the verbs around are the part's; the whole keeps only its own
    // noun and a participle right after it ("60 of [84] drones launched"),
    // not a verb that only follows ("one of the 14 soldiers died").
    let whole = whole_of_part(t, fi);
    // A relative clause is the whole's too: "one of the [12] people who
    // died", "two of the [30] who were taken".
    let relative = whole && ["who", "that", "which"].iter().any(|w| t.is(ph.end, w));
    let participle = |c: &Found| {
        relative && c.at <= ph.end + 3
            || c.at == ph.end
                && t.phrase(&EVENT_CUES, c.at)
                    .is_some_and(|(cue, _)| cue.side == Side::Both)
    };
    let (left_cue, right) = if whole {
        (None, right.filter(participle))
    } else {
        (left.cue, right)
    };
    let of_place = ph.of_place.is_some();
    let nearest = [left_cue, right]
        .into_iter()
        .flatten()
        .map(|c| Found {
            event: refine(t, c, ph.head),
            ..c
        })
        .filter(|c| fits(c.event, class, percent, of_place) && cue_holds(t, c.at, ph.head, ph.end))
        // Ties go to the verb before, except "sent [hundreds] fleeing" and
        // "lost [600,000] soldiers killed or wounded", whose participle
        // says how they were lost.
        .min_by_key(|c| {
            let lost = c.at < fi && starts_with_ignore_case(t.text(c.at), "los");
            (c.distance, c.event == Event::Deployed || lost)
        })
        .or_else(|| {
            restated_cue(t, fi, before)
                .filter(|_| !whole)
                .map(|c| Found {
                    event: refine(t, c, ph.head),
                    ..c
                })
                .filter(|c| fits(c.event, class, percent, of_place))
        });
    // "Civilians killed: [12,164]": a fact box's row.
    let label = label::label(t, fi).filter(|l| fits(l.event, class.or(l.class), percent, of_place));
    let strong = ph.head.filter(|h| h.strong).and_then(|h| h.event);
    let inherited = left
        .listed
        .and_then(|c| before.get(c))
        .and_then(|f| f.as_ref())
        .or(after)
        // "..., and [6,000] schools have closed": a clause of its own
        // about other things; "the final [dozen] were found" goes on
        // about the same ones.
        .filter(|_| right.is_some() || ph.subject.is_none() || !own_clause(t, ph.end))
        // "[seven] districts, and 90,000 people fled": districts do not
        // flee; a listed frame is shared with a known noun only where it
        // fits.
        .filter(|f| class.is_none() || fits(f.event, class, percent, of_place))
        // "..., [three] diplomats and an official told Reuters": the
        // figure counts the speakers.
        .filter(|_| !speaks_after(t, ph.end))
        // "..., and [3,000] cattle stolen": a noun the frame does not know,
        // with a verb of its own that is no cue.
        .filter(|_| !unknown_with_own_verb(t, fi))
        .filter(|_| !whole);
    // "damaging power stations in [three] regions", "deaths in [3]
    // states": lands after "in" tell where, not what; but for "seized
    // control in [4] districts" they are what is held.
    let located = class == Some(NounClass::Land)
        && fi >= 2
        && ["in", "across", "throughout"]
            .iter()
            .any(|w| t.is(fi - 1, w))
        && t.is_word(fi - 2)
        && t.phrase(&EVENT_CUES, fi - 2).map_or(true, |(cue, _)| {
            !matches!(cue.event, Event::Controlled | Event::Captured)
        });
    let nearest = nearest.filter(|c| !(located && c.at < fi));
    let (event, status, cue_at) = if let Some(e) = strong {
        (e, nearest.map_or(Status::Stated, |c| c.status), None)
    } else if let Some(prev) = inherited.filter(|_| {
        left.including && !right.is_some_and(|c| c.distance <= AFTER_REACH && !c.past_comma)
    }) {
        (prev.event, prev.status, None)
    } else if let Some(c) = nearest {
        (custody_release(t, ph.head, c.event), c.status, Some(c.at))
    } else if let Some(l) = label {
        (l.event, Status::Stated, None)
    } else if let Some(e) = ph.adjective {
        (e, Status::Stated, None)
    } else if let Some(prev) = inherited {
        (prev.event, prev.status, None)
    } else if let Some(e) = ph.head.and_then(|h| h.event) {
        // A noun's default event needs a count, not a lone "one rocket".
        if percent || q.value == Some(1.0) {
            return None;
        }
        // The whole of the part freed is still held.
        let e = if whole {
            e
        } else {
            custody_release(t, ph.head, e)
        };
        (e, Status::Stated, None)
    } else if stationed(t, fi, &ph) {
        (Event::Deployed, Status::Stated, None)
    } else if percent && of_place && memory.last_event == Some(Event::Controlled) {
        // "Russia controls 19 percent of Ukraine. That includes about
        // [70 percent] of Donetsk": a share of a place, told on from a
        // claim of control.
        (Event::Controlled, Status::Stated, None)
    } else {
        return None;
    };
    // "17 bodies and [60] wounded": a noun that is itself a toll of
    // another event ("bodies", "deaths") is not shared.
    // "One man was killed and [two] others wounded": one man's noun is no
    // noun of two.
    let one_before = left
        .listed
        .and_then(|c| figures.get(c))
        .is_some_and(|w| w.value == Some(1.0));
    // "three children and [22] others": others listed with a part of a
    // toll are people the part is not.
    let others_listed = ph.subject.as_deref() == Some("others")
        && fi > 0
        && (t.is(fi - 1, "and") || t.kind(fi - 1) == Some(Kind::Comma))
        && left.listed.is_some_and(|c| {
            (t.figure_token(c) + 1..fi).all(|i| t.phrase(&EVENT_CUES, i).is_none())
        });
    let inherited_subject = inherited.filter(|p| {
        left.direct
            && !others_listed
            && !(one_before && q.value != Some(1.0))
            && (p.event == event
                || !p
                    .subject
                    .rsplit(' ')
                    .next()
                    .and_then(|head| NOUNS.get(head))
                    .is_some_and(|info| info.strong))
    });
    // "[14] of the dead were children", "Of the 40 killed, [14] were
    // children": the people named after "were" are what is counted.
    let toll_part = ph.partitive && ph.head.is_some_and(|h| h.strong);
    let named_after = (ph.subject.is_none() || toll_part)
        .then(|| predicate_noun(t, ph.end))
        .flatten();
    let subject = match (&ph.subject, event) {
        (_, Event::Controlled) if percent => Some("territory".to_string()),
        _ if named_after.is_some() => named_after,
        (Some(s), _) if s != "others" => Some(s.clone()),
        _ => label
            .filter(|l| l.event == event)
            .and_then(|l| l.subject)
            .map(str::to_lowercase)
            .or_else(|| inherited_subject.map(|p| p.subject.clone()))
            .or_else(|| second_verb_subject(t, fi, event, before))
            .or_else(|| left.whole.and_then(|w| people_counted(t, w)))
            .or_else(|| share_of_whom(t, fi))
            .or_else(|| part_of_which(t, fi, before))
            .or_else(|| part_of_last(t, fi, event, memory))
            .or_else(|| cue_at.filter(|&c| c < fi).and_then(|c| counted_toll(t, c)))
            .or_else(|| noun_before(t, fi, event)),
    };
    // A share needs a whole it is a share of: "[60%] of residents".
    if percent
        && (subject.is_none() || matches!(class, Some(NounClass::Munition | NounClass::Equipment)))
    {
        return None;
    }
    let subject = subject.unwrap_or_else(|| "people".to_string());
    // "downed [60] of [84] drones": the whole counts the same weapons as
    // its part, fired by the same side.
    let party = match whole_of(t, fi).and_then(|g| before.get(g)?.as_ref()) {
        Some(part) if is_weapon_event(event) && is_weapon_event(part.event) => part.party,
        _ => party(t, fi, &ph, event, cue_at, inherited, memory),
    };
    memory.remember(event, party, &subject);
    // "None of the [2,500] troops was hurt": the whole is named, the
    // event denied.
    let status = if none_of(t, fi) {
        Status::Negated
    } else {
        status
    };
    Some(Frame {
        event,
        subject,
        party,
        status,
    })
}

/// none_of := ("none" | "neither" | ("no" | "not") "one") ("of" | "among")
///            ("the" | "its" | "their" | "our" | "his" | "her")? figure
///
/// True when the figure at `fi` is the whole a "none of" denies.
fn none_of(t: &Tokens, fi: usize) -> bool {
    let Some(mut i) = fi.checked_sub(1) else {
        return false;
    };
    if ["the", "its", "their", "our", "his", "her"]
        .iter()
        .any(|w| t.is(i, w))
    {
        let Some(before) = i.checked_sub(1) else {
            return false;
        };
        i = before;
    }
    if !(t.is(i, "of") || t.is(i, "among")) || i == 0 {
        return false;
    }
    let w = i - 1;
    t.is(w, "none")
        || t.is(w, "neither")
        // "one" may be read as a figure of its own: its text tells.
        || t.text(w).eq_ignore_ascii_case("one")
            && w > 0
            && (t.is(w - 1, "no") || t.is(w - 1, "not"))
}

/// The noun of the whole a part is taken from: "launched 188 drones, [76]
/// of which were shot down" counts drones. The whole is the nearest
/// figure before with a frame.
fn part_of_which(t: &Tokens, fi: usize, before: &[Option<Frame>]) -> Option<String> {
    if !(t.is(fi + 1, "of") && t.is(fi + 2, "which")) {
        return None;
    }
    before
        .iter()
        .rev()
        .flatten()
        .next()
        .map(|f| f.subject.clone())
}

/// The noun of the first claim of the last sentence with claims, when
/// the figure at `fi` is a part of "them" or "those" with no figure
/// before it in its sentence: "Air defences shot down 40 drones and two
/// missiles. Mobile groups downed [30] of them." The noun must fit the
/// figure's event.
fn part_of_last(t: &Tokens, fi: usize, event: Event, memory: &Memory) -> Option<String> {
    let part = t.is(fi + 1, "of") && (t.is(fi + 2, "them") || t.is(fi + 2, "those"));
    if !part || memory.last_subject.is_empty() {
        return None;
    }
    let first = (0..fi).all(|i| !matches!(t.kind(i), Some(Kind::Figure(_))));
    let head = memory.last_subject.rsplit(' ').next().unwrap_or_default();
    let class = NOUNS.get(head).map(|info| info.class);
    (first && fits(event, class, false, false)).then(|| memory.last_subject.clone())
}

/// The figure whose whole the figure at token `fi` is: "downed 60 of
/// [84]" is the whole of 60.
fn whole_of(t: &Tokens, fi: usize) -> Option<usize> {
    match t.kind(fi.checked_sub(2)?) {
        Some(Kind::Figure(g)) if t.is(fi - 1, "of") => Some(g),
        _ => None,
    }
}

/// second_verb := figure phrase "and" cue figure
///
/// The noun of the figure before, when the figure at `fi` has no noun and
/// follows a second verb joined to that figure's phrase: "killing nine
/// soldiers and wounding [12]" wounds soldiers. The noun must fit the
/// event and be no toll of its own ("17 bodies and wounding 60").
fn second_verb_subject(
    t: &Tokens,
    fi: usize,
    event: Event,
    before: &[Option<Frame>],
) -> Option<String> {
    let verb = fi.checked_sub(1)?;
    let and = verb.checked_sub(1)?;
    if !t.is(and, "and") || !matches!(t.phrase(&EVENT_CUES, verb), Some((_, 1))) {
        return None;
    }
    let f = before.len().checked_sub(1)?;
    let prev = before.get(f)?.as_ref()?;
    if phrase::read(t, t.figure_token(f)).end != and || prev.event == event {
        return None;
    }
    let head = prev.subject.rsplit(' ').next().unwrap_or_default();
    let info = NOUNS.get(head)?;
    (!info.strong && fits(event, Some(info.class), false, false)).then(|| prev.subject.clone())
}

/// whole := (figure | "one") "of" ("the" | "those" | "these")? figure
///
/// True when the figure at token `fi` is the whole a part before it is
/// taken from: "released two of the [12] hostages", "one of the [40]
/// passengers". ("one" may be read as no figure: its text tells.)
fn whole_of_part(t: &Tokens, fi: usize) -> bool {
    let Some(mut i) = fi.checked_sub(1) else {
        return false;
    };
    if ["the", "those", "these"].iter().any(|w| t.is(i, w)) {
        let Some(before) = i.checked_sub(1) else {
            return false;
        };
        i = before;
    }
    if !t.is(i, "of") || i == 0 {
        return false;
    }
    matches!(t.kind(i - 1), Some(Kind::Figure(_))) || t.text(i - 1).eq_ignore_ascii_case("one")
}

/// True when the figure at token `fi` is a part of the figure after it:
/// "downed [60] of 84 drones".
fn is_part(t: &Tokens, fi: usize) -> bool {
    t.is(fi + 1, "of") && matches!(t.kind(fi + 2), Some(Kind::Figure(_)))
}

/// Events whose party is the side that fired the weapons.
fn is_weapon_event(event: Event) -> bool {
    matches!(event, Event::Launched | Event::Intercepted)
}

/// Verbs of speech that make the people counted before them speakers.
const SPEECH_VERBS: &[&str] = &["said", "says", "say", "told", "tell", "tells", "added"];

/// True when the figure at token `fi` counts the speakers of the verb
/// right after its noun: "..., [one] UN official said", "[two] residents
/// told Reuters". Only words may stand between them: "killed [12],
/// officials said" counts the dead.
fn counts_speakers(t: &Tokens, fi: usize) -> bool {
    // The verb is looked for first: most figures have none after them,
    // and their words are not looked up.
    let is_speech = |i: usize| is_speech_verb(t, i);
    if is_speech(fi + 1) {
        return false;
    }
    let Some(verb) = (fi + 2..fi + 5)
        .take_while(|&i| t.is_word(i) && t.is_word(i - 1))
        .find(|&i| is_speech(i))
    else {
        return false;
    };
    // "[12] people said to be fighters" are counted, not heard.
    !t.is(verb + 1, "to") && (fi + 1..verb).all(|i| t.phrase(&EVENT_CUES, i).is_none())
}

/// True when the figure at `fi` counts a state's forces kept somewhere:
/// "the US has about [2,500] troops in Iraq", "there are [900] soldiers
/// in Syria", "France keeps [1,500] troops based in Chad".
fn stationed(t: &Tokens, fi: usize, ph: &Phrase) -> bool {
    if !ph.head.is_some_and(|h| h.role == Role::Military) {
        return false;
    }
    let has = fi > 0
        && [
            "has",
            "have",
            "had",
            "keeps",
            "keep",
            "maintains",
            "maintain",
        ]
        .iter()
        .any(|w| t.is(fi - 1, w))
        || fi > 1 && t.is(fi - 2, "there") && (t.is(fi - 1, "are") || t.is(fi - 1, "were"));
    // A place, not a state: "in Iraq", "in the country", "in northern
    // Syria", not "in hospital".
    let mut at = ph.end + 1 + usize::from(t.is(ph.end + 1, "the"));
    if t.is_word(at) && is_direction(t.text(at)) {
        at += 1;
    }
    let somewhere = ["in", "on", "across", "inside"]
        .iter()
        .any(|w| t.is(ph.end, w))
        && (place_at(t, at).is_some() || ["country", "region"].iter().any(|w| t.is(at, w)));
    has && somewhere
}

/// The noun of the figure before in the sentence, when it fits a thing's
/// event: "attacked [100] merchant ships, sinking [two]" sank ships;
/// "sent 1,100 troops, bringing the total deployed to [11,000]" are
/// troops. Other people are left to the usual "people".
fn noun_before(t: &Tokens, fi: usize, event: Event) -> Option<String> {
    if !matches!(
        event,
        Event::Damaged | Event::Destroyed | Event::Captured | Event::Deployed
    ) {
        return None;
    }
    // The nearest figure before with a known noun: "sinking two and
    // seizing [one]" goes back past "two" to the ships.
    let ph = (fi.saturating_sub(14)..fi)
        .rev()
        .take_while(|&i| t.kind(i) != Some(Kind::Stop))
        .filter(|&i| matches!(t.kind(i), Some(Kind::Figure(_))))
        .map(|i| phrase::read(t, i))
        .find(|ph| ph.head.is_some())?;
    let head = ph.head?;
    let forces = event == Event::Deployed && head.role == Role::Military;
    let thing = head.class != NounClass::People && fits(event, Some(head.class), false, false);
    (forces || thing).then_some(ph.subject).flatten()
}

/// The people a copula after a figure names: "... [14] were children",
/// "[two] of the injured are soldiers".
fn predicate_noun(t: &Tokens, end: usize) -> Option<String> {
    if !["were", "are", "was", "is"].iter().any(|w| t.is(end, w)) {
        return None;
    }
    let (info, n) = t.phrase(&NOUNS, end + 1)?;
    (info.class == NounClass::People && !info.strong).then(|| {
        (end + 1..end + 1 + n)
            .map(|k| t.text(k).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// True when the figure at `fi` counts a noun no table knows and a past
/// participle that is no event cue follows it: "[3,000] cattle stolen",
/// "[200] shops looted". What became of them is told there, and it is
/// no toll.
fn unknown_with_own_verb(t: &Tokens, fi: usize) -> bool {
    let (noun, verb) = (fi + 1, fi + 2);
    let participle = ends_with_ignore_case(t.text(verb), "ed")
        || ["stolen", "taken", "driven"].iter().any(|w| t.is(verb, w));
    t.is_word(noun)
        && t.is_word(verb)
        && participle
        && t.phrase(&NOUNS, noun).is_none()
        && t.phrase(&EVENT_CUES, verb).is_none()
        && t.phrase(&EVENT_CUES, noun).is_none()
}

/// True when a verb of speech follows the noun phrase ending at `end` in
/// its clause (before any comma): "[three] diplomats and a security
/// official told Reuters".
fn speaks_after(t: &Tokens, end: usize) -> bool {
    (end..t.len().min(end + 7))
        .take_while(|&i| t.is_word(i))
        .any(|i| is_speech_verb(t, i))
}

/// True when token `i` is one of [`SPEECH_VERBS`]; most words are turned
/// away by their first letter and length, without a comparison.
fn is_speech_verb(t: &Tokens, i: usize) -> bool {
    let w = t.text(i).as_bytes();
    matches!(w.first().map(|b| b | 0x20), Some(b's' | b't' | b'a'))
        && (3..=5).contains(&w.len())
        && t.is_word(i)
        && SPEECH_VERBS
            .iter()
            .any(|v| w.eq_ignore_ascii_case(v.as_bytes()))
}

/// The figure a share at `fi` is taken of: "half of [40]", "two-thirds
/// of the [1,200]", "70% of its [300]".
fn share_whole(t: &Tokens, fi: usize) -> Option<usize> {
    if !t.is(fi + 1, "of") {
        return None;
    }
    let determiner = ["the", "its", "their", "his", "her"]
        .iter()
        .any(|d| t.is(fi + 2, d))
        || t.list.get(fi + 2).is_some_and(|tok| tok.possessive);
    let at = if determiner { fi + 3 } else { fi + 2 };
    matches!(t.kind(at), Some(Kind::Figure(_))).then_some(at)
}

/// True when the figure at `fi` counts a toll of its own: its noun is a
/// toll ("the 1,200 [dead]", "casualties") or a participle of an event
/// follows its noun ("the 1,200 people [killed]").
fn counts_own_toll(t: &Tokens, fi: usize) -> bool {
    let ph = phrase::read(t, fi);
    ph.head.is_some_and(|h| h.strong && h.event.is_some())
        || ph.adjective.is_some()
        || t.phrase(&EVENT_CUES, ph.end)
            .is_some_and(|(cue, _)| cue.side == Side::Both)
}

/// True when the figure at `fi` is the whole a share is taken of: "about
/// 90 percent of Gaza's [2.1 million] people", "half of the [400]
/// residents". The share is the claim; the whole is its base.
fn whole_of_share(t: &Tokens, fi: usize) -> bool {
    // The share stands two tokens before ("half of [400]") or three, past
    // a determiner or owner ("half of the [400]", "of Gaza's").
    [2, 3]
        .into_iter()
        .filter_map(|k| fi.checked_sub(k))
        .any(|s| share_whole(t, s) == Some(fi) && is_share_word(t.text(s)))
}

/// True when a figure written `w` is a share: "40%", "20 percent", "half",
/// "two-thirds".
fn is_share_word(w: &str) -> bool {
    let share = Lower::new(w);
    let share = share.as_str();
    share.ends_with('%')
        || [
            "percent", "per cent", "half", "third", "thirds", "quarter", "quarters", "fifth",
            "fifths", "tenth", "tenths",
        ]
        .iter()
        .any(|w| share.ends_with(w))
}

/// People held (prisoners, detainees, hostages) in a sentence about an
/// exchange or a release are exchanged: "the flight carried [120] former
/// detainees".
fn custody_release(t: &Tokens, head: Option<NounInfo>, e: Event) -> Event {
    let custody = head.and_then(|h| h.event);
    let held = matches!(e, Event::Captured | Event::Detained | Event::Abducted)
        && matches!(
            custody,
            Some(Event::Captured | Event::Detained | Event::Abducted)
        );
    let released = || {
        (0..t.len()).any(|i| {
            t.phrase(&EVENT_CUES, i)
                .is_some_and(|(c, _)| c.event == Event::Exchanged)
                || t.is(i, "transfer")
                // "troops rescued 76 hostages held by the jihadists"
                || t.is(i, "rescued")
        })
    };
    if held && released() {
        Event::Exchanged
    } else {
        e
    }
}

/// Sharpens a cue's event by the thing counted and the words after it:
/// "lost 40 tanks" is destroyed, "fled into Sudan" or "sought refuge in
/// neighbouring Nigeria" makes refugees.
fn refine(t: &Tokens, c: Found, head: Option<NounInfo>) -> Event {
    let class = head.map(|h| h.class);
    match c.event {
        Event::Killed
            if matches!(class, Some(NounClass::Equipment | NounClass::Munition))
                && starts_with_ignore_case(t.text(c.at), "los") =>
        {
            Event::Destroyed
        }
        Event::Displaced => {
            let crosses = (c.at..c.at + 9).any(|i| {
                t.is(i, "crossed")
                    || t.is(i, "abroad")
                    || (t.is(i, "to")
                        || t.is(i, "into")
                        || t.is(i, "across")
                        || t.is(i, "in") && i > 0 && t.is(i - 1, "refuge"))
                        && (place_at(t, i + 1).is_some_and(|(p, _)| p.kind == PlaceKind::Country)
                            || t.is(i + 1, "neighbouring")
                            || t.is(i + 1, "neighboring"))
            });
            if crosses {
                Event::Refugees
            } else {
                Event::Displaced
            }
        }
        // "holding 9,500 Palestinians in its jails": people held in
        // prison are detained.
        Event::Controlled | Event::Abducted
            if class == Some(NounClass::People) && held_in_prison(t, c.at) =>
        {
            Event::Detained
        }
        // "held": hostages are abducted, prisoners and others captured.
        Event::Controlled if class == Some(NounClass::People) => match head.and_then(|h| h.event) {
            Some(Event::Abducted) => Event::Abducted,
            Some(Event::Detained) => Event::Detained,
            _ => Event::Captured,
        },
        // People "trapped" (under rubble) are missing; trapped in a town
        // under fire, they are besieged.
        Event::Missing
            if t.is(c.at, "trapped")
                && (t.is(c.at + 1, "in") || t.is(c.at + 1, "inside"))
                && !under_rubble(t, c.at + 1) =>
        {
            Event::Affected
        }
        // Drones and missiles "destroyed" in the air were shot down.
        Event::Destroyed if class == Some(NounClass::Munition) => Event::Intercepted,
        // "[50] attackers were neutralised": people are killed; people
        // "intercepted" at sea or a border are stopped, not killed (the
        // event then fits them not, and no claim is made).
        Event::Intercepted
            if class == Some(NounClass::People)
                && starts_with_ignore_case(t.text(c.at), "neutrali") =>
        {
            Event::Killed
        }
        e => e,
    }
}

/// True when the words from token `from` put people under a fallen
/// building: "under the rubble", "beneath debris", "in collapsed homes".
fn under_rubble(t: &Tokens, from: usize) -> bool {
    (from..t.len().min(from + 4))
        .take_while(|&i| t.is_word(i))
        .any(|i| {
            ["under", "beneath", "rubble", "debris", "collapsed", "ruins"]
                .iter()
                .any(|w| t.is(i, w))
        })
}

/// False for a cue that holds only with the right words around it:
/// "took" takes places ("took [190] towns"), not people to hospital, and
/// "retook" or "recovered" win back places only;
/// "forcing" displaces when people are forced "from" or "out of" a place
/// or "to flee", not forced to stop work.
fn cue_holds(t: &Tokens, cue: usize, head: Option<NounInfo>, phrase_end: usize) -> bool {
    let class = head.map(|h| h.class);
    let w = Lower::new(t.text(cue));
    let single = || !t.phrase(&EVENT_CUES, cue).is_some_and(|(_, n)| n > 1);
    match w.as_str() {
        // "sent [thousands] of people into shelters": civilians sent
        // somewhere are not deployed; troops are.
        "send" | "sent" | "sending" => !head.is_some_and(|h| h.role == Role::Civil),
        // "moved [3,000] troops to the border", "moving [40] tanks": forces
        // and arms, not prisoners or families moved elsewhere.
        "moved" | "moving" => head.is_some_and(|h| {
            h.role == Role::Military
                || matches!(h.class, NounClass::Equipment | NounClass::Munition)
        }),
        "took" | "taken" | "take" => class == Some(NounClass::Land) || !single(),
        // Places are won back; people "liberated" or arms "recovered" are
        // no places taken.
        "retook" | "retake" | "retaking" | "retaken" | "recovered" | "regained" | "liberated"
        | "liberating" => class == Some(NounClass::Land),
        "forcing" | "forced" if cue < phrase_end && single() => {
            t.is(phrase_end, "from")
                || t.is(phrase_end, "out")
                || t.is(phrase_end, "to")
                    && ["flee", "leave", "abandon", "evacuate"]
                        .iter()
                        .any(|v| t.is(phrase_end + 1, v))
        }
        _ => true,
    }
}

/// True when the words after a figure's noun phrase make a clause of their
/// own with a verb no cue knows: "[6,000] schools have closed".
fn own_clause(t: &Tokens, end: usize) -> bool {
    ["have", "has", "had", "were", "was", "are", "is"]
        .iter()
        .any(|w| t.is(end, w))
        && t.is_word(end + 1)
}

/// True when the verb of holding at `cue` holds people in prison: "is
/// holding [9,500] Palestinians in its jails", "held without charge".
fn held_in_prison(t: &Tokens, cue: usize) -> bool {
    let holds = ["holding", "held", "holds", "hold"]
        .iter()
        .any(|w| t.is(cue, w));
    holds
        && (cue + 1..t.len().min(cue + 10))
            .take_while(|&i| t.kind(i) != Some(Kind::Stop))
            .any(|i| {
                [
                    "jail",
                    "jails",
                    "prison",
                    "prisons",
                    "detention",
                    "custody",
                    "charge",
                ]
                .iter()
                .any(|w| t.is(i, w))
            })
}

/// The status the words around a cue give: "could kill", "were not hurt".
fn status_near(t: &Tokens, from: usize, to: usize) -> Status {
    (from..to)
        .filter(|&i| t.is_word(i) && !feared_dead(t, i))
        .find_map(|i| status_word(t.text(i)))
        .unwrap_or(Status::Stated)
}

/// True for "feared" that states a toll rather than a fear: "[dozens]
/// are feared dead", "[30] migrants feared drowned".
fn feared_dead(t: &Tokens, i: usize) -> bool {
    t.is(i, "feared") && ["dead", "killed", "drowned"].iter().any(|w| t.is(i + 1, w))
}

/// What the words before a figure say: the nearest cue, and the figure it
/// is listed with.
#[derive(Debug, Default)]
struct Left {
    /// The nearest cue before the figure, unless it belongs to the listed
    /// figure before it.
    cue: Option<Found>,
    /// The figure before, when the words between are only a list's:
    /// "[26] civilians and [20] soldiers".
    listed: Option<usize>,
    /// True when the list says "including": "[11] civilians, including
    /// [six] children" share their event whatever follows.
    including: bool,
    /// True when no cue stands between the listed figure and this one, so
    /// that they share a noun: "[2] people were killed and [8] injured"
    /// is not direct; "[2] killed and [8] injured" shares "people" only
    /// with a noun.
    direct: bool,
    /// The figure token a list with "including" is part of, whether or
    /// not that figure is a claim: "[310] marines, including [41]
    /// wounded".
    whole: Option<usize>,
}

/// True when the figure at token `i` is the change before the level at
/// `fi`: "the toll rose by [14] to 230", "climbed from [200] to 230". The
/// level reads past it to the toll.
fn change_before_level(t: &Tokens, i: usize, fi: usize) -> bool {
    i + 2 == fi
        && t.is(i + 1, "to")
        && i.checked_sub(1)
            .is_some_and(|b| t.is(b, "by") || t.is(b, "from"))
}

/// Reads the words before the figure at `fi`, back to its clause's start
/// or the figure before it.
fn scan_left(t: &Tokens, fi: usize, before: &[Option<Frame>]) -> Left {
    let mut words = 0;
    let mut commas = 0;
    let mut joined = false;
    let mut including = false;
    let mut i = fi;
    let mut left = Left::default();
    let mut cue_past_joint = false;
    // A verb of its own right after the list's "and", one no cue knows:
    // "killing 1,200 people and [taking] 251 hostages" lists no toll;
    // "..., specifying 11 dead" still lists.
    let mut own_verb = false;
    while i > 0 && words <= TOLL_REACH {
        i -= 1;
        match t.kind(i) {
            Some(Kind::Stop) | None => break,
            Some(Kind::Comma) => {
                commas += 1;
                joined = true;
                if commas > 2 {
                    break;
                }
                continue;
            }
            Some(Kind::Figure(_)) if change_before_level(t, i, fi) => {
                // "rose by 14 to [230]" reads as "rose to [230]": the
                // change, its "by" or "from" and the "to" are passed over.
                i -= 1;
                words = words.saturating_sub(1);
                continue;
            }
            Some(Kind::Figure(_)) if age_limit(t, i) => {}
            Some(Kind::Figure(f)) => {
                // "downed 45 of 70 drones and [three] of five missiles": a
                // part listed after a part and its whole is listed with
                // that part.
                let f = match whole_of(t, i) {
                    Some(g) if is_part(t, fi) => g,
                    _ => f,
                };
                if including {
                    left.whole = Some(i);
                }
                // "killed 1,200 people and took [251] hostages": a verb of
                // this figure's own after the list's joint, even one that
                // does not hold for it, ends the list.
                let own_cue = left.cue.is_some() && !cue_past_joint && !including;
                if joined && !own_verb && !own_cue && before.get(f).is_some_and(Option::is_some) {
                    left.listed = Some(f);
                    left.including = including;
                    left.direct = left.cue.is_none();
                    // A cue between the listed figure and the list's joint
                    // belongs to that figure: "[2] were killed and [8] hurt".
                    if cue_past_joint {
                        left.cue = None;
                        left.direct = true;
                    }
                }
                return left;
            }
            Some(Kind::Word) => {}
        }
        // A cue found nearer gives way to a longer one that takes it in:
        // "set [fire to] 45 houses" is "set fire to".
        let open = left.cue.map_or(true, |c| c.at > i);
        if open {
            if let Some((cue, n)) = t
                .phrase(&EVENT_CUES, i)
                .filter(|&(_, n)| left.cue.map_or(true, |c| i + n > c.at))
                .filter(|_| !names_place(t, i))
            {
                let between = words.saturating_sub(n - 1);
                if i + n <= fi
                    && cue.reaches(true)
                    && (between <= BEFORE_REACH || is_toll(t, i, cue))
                {
                    cue_past_joint = joined;
                    left.cue = Some(Found {
                        event: cue.event,
                        distance: between + 2 * usize::from(joined),
                        at: i,
                        past_comma: false,
                        status: status_near(t, i.saturating_sub(3), i),
                    });
                }
            }
        }
        let w = t.text(i);
        if ["said", "says", "told"]
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s))
        {
            // "..., while Norway said it had delivered [6]": a statement
            // of its own lists nothing with the figures before it.
            own_verb = true;
        }
        // "..., [stealing] thousands of cattle" likewise; "..., giving 11
        // dead" reports the same toll.
        let joint =
            |k: usize| t.is(k, "and") || t.kind(k) == Some(Kind::Comma) && !is_report_participle(w);
        if i > 0
            && !joined
            && left.cue.is_none()
            && (is_participle_verb(w) || is_past_verb(w) && t.is(i - 1, "and"))
            && joint(i - 1)
        {
            own_verb = true;
        }
        if is_connector(w) {
            joined = true;
            including |= w.eq_ignore_ascii_case("including");
        }
        words += 1;
    }
    left
}

/// True when the verb form at `i` only names the place after it:
/// "destroyed [firing] positions and three air defence systems", "a
/// [launch] site".
fn names_place(t: &Tokens, i: usize) -> bool {
    ["firing", "launching", "launch"].iter().any(|w| t.is(i, w))
        && t.is_word(i + 1)
        && NOUNS
            .get(t.text(i + 1))
            .is_some_and(|n| matches!(n.class, NounClass::Land | NounClass::Building))
}

/// True for a present participle: "taking", "burning"; not "including",
/// "during" or "according".
fn is_participle_verb(w: &str) -> bool {
    w.len() > 5
        && ends_with_ignore_case(w, "ing")
        && !matches!(
            Lower::new(w).as_str(),
            "including" | "during" | "according" | "following" | "regarding" | "concerning"
        )
}

/// Participles that report a toll rather than add a deed: "...,
/// specifying 11 dead", "..., bringing the total to 40".
fn is_report_participle(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "specifying"
            | "saying"
            | "adding"
            | "citing"
            | "giving"
            | "putting"
            | "bringing"
            | "raising"
            | "reporting"
            | "listing"
            | "counting"
    )
}

/// True for a past tense no cue knows, as a list's own verb: "killed 14
/// and [recovered] 9 rifles".
fn is_past_verb(w: &str) -> bool {
    w.len() > 4 && ends_with_ignore_case(w, "ed")
}

/// What a share "of whom" or "of them" is of: the noun of the figure
/// before it ("4.5 million people, more than [half] of whom have been
/// displaced"), or people.
fn share_of_whom(t: &Tokens, fi: usize) -> Option<String> {
    if !(t.is(fi + 1, "of") && (t.is(fi + 2, "whom") || t.is(fi + 2, "them"))) {
        return None;
    }
    let whole = (fi.saturating_sub(8)..fi)
        .rev()
        .take_while(|&i| t.kind(i) != Some(Kind::Stop))
        .find(|&i| matches!(t.kind(i), Some(Kind::Figure(_))))?;
    let ph = phrase::read(t, whole);
    match ph.head {
        Some(h) if h.class == NounClass::People => ph.subject,
        None if ph.subject.is_none() => Some("people".to_string()),
        _ => None,
    }
}

/// The cue of the figure that the figure at `fi` restates after ", or":
/// "control 113,000 square kilometres of territory, or roughly [19
/// percent] of the country". The restated figure may be no claim itself
/// (an area, a measure).
fn restated_cue(t: &Tokens, fi: usize, before: &[Option<Frame>]) -> Option<Found> {
    if !(fi >= 2 && t.is(fi - 1, "or") && t.kind(fi - 2) == Some(Kind::Comma)) {
        return None;
    }
    let restated = (fi.saturating_sub(10)..fi - 2)
        .rev()
        .take_while(|&i| t.kind(i) != Some(Kind::Stop))
        .find(|&i| matches!(t.kind(i), Some(Kind::Figure(_))))?;
    scan_left(t, restated, before).cue
}

/// The people the figure at token `w` counts, when it names them:
/// "[310] marines, including [41] wounded" counts marines.
fn people_counted(t: &Tokens, w: usize) -> Option<String> {
    let ph = phrase::read(t, w);
    ph.head
        .filter(|h| h.class == NounClass::People)
        .and(ph.subject)
}

/// A toll noun that is itself what its figure counts: "civilian
/// casualties reach [9,000]" counts casualties, where "the death toll
/// rose to [45]" counts people.
fn counted_toll(t: &Tokens, cue: usize) -> Option<String> {
    let w = Lower::new(t.text(cue));
    matches!(
        w.as_str(),
        "casualties" | "deaths" | "fatalities" | "injuries" | "refugees"
    )
    .then(|| w.as_str().to_string())
}

/// Toll nouns reach further than verbs: "the death toll ... is [45]".
fn is_toll(t: &Tokens, i: usize, cue: Cue) -> bool {
    cue.side == Side::Before
        && matches!(
            Lower::new(t.text(i)).as_str(),
            "death"
                | "toll"
                | "casualties"
                | "deaths"
                | "losses"
                | "fatalities"
                | "casualty"
                | "refugees"
        )
}

/// The nearest cue after the noun phrase ending at token `from`;
/// `figures` are the sentence's quantities.
fn scan_right(t: &Tokens, from: usize, figures: &[Quantity]) -> Option<Found> {
    let mut words = 0;
    let mut commas = 0;
    // Past ", most of which": what follows tells of a part of the figure.
    let mut part_of = false;
    let mut i = from;
    while i < t.len() && words <= AFTER_REACH {
        match t.kind(i) {
            Some(Kind::Word) => {}
            // "[132,000] children under five were at risk", "[eight]
            // members of one family were killed"
            Some(Kind::Figure(_)) if age_limit(t, i) || i > 0 && t.is(i - 1, "of") => {
                words += 1;
                i += 1;
                continue;
            }
            Some(Kind::Comma) => {
                if let Some(close) = aside_end(t, i) {
                    i = close + 1;
                    continue;
                }
                commas += 1;
                if commas > 2 {
                    return None;
                }
                i += 1;
                continue;
            }
            _ => return None,
        }
        if commas > 0 && ends_with_ignore_case(t.text(i), "ing") {
            // "attacked [two] bases in Mali, killing 25": the clause after
            // the comma tells of the attack, not of the figure.
            return None;
        }
        if is_attempt(t.text(i)) {
            // "thousands seeking to flee": not (yet) an event.
            return None;
        }
        if commas > 0 && t.is(i, "of") && (t.is(i + 1, "which") || t.is(i + 1, "whom")) {
            part_of = true;
        }
        if let Some((cue, n)) = t.phrase(&EVENT_CUES, i) {
            // "shelled [36] villages and seized 10 others": a verb with a
            // figure of its own after it tells of that figure; a passive
            // one ("[30] drones were shot down over six regions") has none.
            let passive = || {
                ["were", "was", "are", "is", "been"]
                    .iter()
                    .any(|w| i > 0 && t.is(i - 1, w))
            };
            // Only a count or share is such an object: "killed two days
            // ago" is a time.
            let object = match t.kind(i + n) {
                Some(Kind::Figure(g)) => figures
                    .get(g)
                    .is_some_and(|q| matches!(q.unit, Unit::Count | Unit::Percent)),
                _ => false,
            };
            if cue.reaches(true) && object && !passive() {
                return None;
            }
            if cue.reaches(false) {
                // "[12] missionaries kidnapped in May were released", "[12]
                // missionaries from a group kidnapped in May have been
                // released": a bare participle describes the noun; the verb
                // of the clause tells what became of them.
                let bare = || {
                    !(i > 0
                        && ["were", "was", "are", "is", "been", "have", "has", "had"]
                            .iter()
                            .any(|w| t.is(i - 1, w)))
                };
                if commas == 0 && n == 1 && ends_with_ignore_case(t.text(i), "ed") && bare() {
                    if let Some(main) = main_verb(t, i + 1).and_then(|k| main_cue(t, k, from)) {
                        return Some(main);
                    }
                }
                // "[85] rockets were fired, most of which were
                // intercepted": the whole was launched; of other events
                // the part tells nothing about the whole.
                let event = match cue.event {
                    _ if !part_of => cue.event,
                    Event::Intercepted => Event::Launched,
                    _ => return None,
                };
                return Some(Found {
                    event,
                    distance: words + commas,
                    at: i,
                    past_comma: commas > 0,
                    status: status_near(t, from, i),
                });
            }
        }
        words += 1;
        i += 1;
    }
    None
}

/// The cue of a clause's verb after a participle that describes its
/// noun: "[12] missionaries kidnapped in May [were released]", "[30]
/// soldiers wounded in the raid [died]": a cue after "were", "was",
/// "been" and the like, or "died", before any comma or figure.
fn main_verb(t: &Tokens, from: usize) -> Option<usize> {
    let auxiliary = |k: usize| {
        t.is_word(k)
            && matches!(
                Lower::new(t.text(k)).as_str(),
                "were" | "was" | "are" | "is" | "been"
            )
    };
    // "killed when rockets were fired": a clause of its own begins.
    let opens_clause = |k: usize| {
        matches!(
            Lower::new(t.text(k)).as_str(),
            "when"
                | "as"
                | "after"
                | "while"
                | "because"
                | "before"
                | "since"
                | "where"
                | "until"
                | "if"
                | "and"
                | "but"
        )
    };
    // The cheap word tests first: a table look-up only after "were".
    (from..t.len().min(from + AFTER_REACH))
        .take_while(|&k| t.is_word(k) && !opens_clause(k))
        .find(|&k| {
            (t.is(k, "died") || k > from && auxiliary(k - 1))
                && t.phrase(&EVENT_CUES, k)
                    .is_some_and(|(cue, _)| cue.reaches(false))
        })
}

/// The cue at token `at`, found `from` the end of a noun phrase.
fn main_cue(t: &Tokens, at: usize, from: usize) -> Option<Found> {
    let (cue, _) = t.phrase(&EVENT_CUES, at)?;
    Some(Found {
        event: cue.event,
        distance: 0,
        at,
        past_comma: false,
        status: status_near(t, from, at),
    })
}

/// True when the figure at `fi` bounds the age of the people before it:
/// "children [under five]", "men [over 60]", "girls aged [12]".
fn age_limit(t: &Tokens, fi: usize) -> bool {
    let Some(before) = fi.checked_sub(1) else {
        return false;
    };
    let figure = t.text(fi);
    let bounded = matches!(
        figure.as_bytes().first(),
        Some(b'u' | b'U' | b'o' | b'O' | b'a' | b'A')
    ) && ["under ", "over ", "aged "]
        .iter()
        .any(|w| starts_with_ignore_case(figure, w))
        || t.is(before, "aged");
    let people = |i: usize| {
        [
            "children", "child", "kids", "infants", "babies", "boys", "girls", "men", "women",
            "adults", "those", "people",
        ]
        .iter()
        .any(|w| t.is(i, w))
    };
    bounded && (people(before) || t.is(before, "aged") && before > 0 && people(before - 1))
}

/// The closing mark of an aside opened at `i`: a dash ("[10,000] people
/// – over half of them civilians – have been killed"), or a comma whose
/// aside restates the count ("[1.9 million] people, or roughly 90% of the
/// population, have been displaced"; "[40] people, 12 of them children,
/// were killed").
fn aside_end(t: &Tokens, i: usize) -> Option<usize> {
    let open = t.text(i);
    if open == "," && t.is(i + 1, "including") {
        return including_end(t, i + 2);
    }
    let close = (i + 1..t.len().min(i + 12))
        .take_while(|&k| t.kind(k) != Some(Kind::Stop))
        .find(|&k| t.kind(k) == Some(Kind::Comma) && t.text(k) == open)?;
    if open != "," {
        return Some(close);
    }
    // The figure opens the aside, after "or" or a qualifier word at most.
    let restates = (i + 1..close.min(i + 4)).any(|k| matches!(t.kind(k), Some(Kind::Figure(_))));
    restates.then_some(close)
}

/// The comma that closes a list opened by ", including" before token
/// `from`: "[40,000] people, including civilians, soldiers and
/// militants, have been killed". It is the first comma after the list's
/// "and" or "or", else the first comma; within a dozen tokens of one
/// clause.
fn including_end(t: &Tokens, from: usize) -> Option<usize> {
    let span = from..t.len().min(from + 12);
    let mut clause = span.take_while(|&k| t.kind(k) != Some(Kind::Stop));
    let and = clause.clone().find(|&k| t.is(k, "and") || t.is(k, "or"));
    let comma = |k: &usize| t.kind(*k) == Some(Kind::Comma);
    match and {
        Some(a) => clause.find(|k| *k > a && comma(k)),
        None => clause.find(comma),
    }
}

/// Words of trying and wanting: what follows has not happened.
fn is_attempt(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "seeking" | "trying" | "attempting" | "hoping" | "wanting" | "waiting" | "desperate"
    )
}

/// What the frame stage remembers across a document's sentences.
#[derive(Debug, Default, Clone)]
pub(crate) struct Memory {
    /// The party of the last claim.
    last: Option<Party>,
    /// The side that last launched something.
    launcher: Option<Party>,
    /// The side that last held territory.
    controller: Option<Party>,
    /// The event of the last claim.
    last_event: Option<Event>,
    /// What the first claim of the last sentence with claims counted:
    /// "launched 18 drones and one missile. Warships downed [21] of them"
    /// counts drones.
    last_subject: String,
    /// True until a claim of the sentence being read is remembered.
    new_sentence: bool,
    /// Where the last sentence read ended.
    last_end: usize,
    /// The place the paragraph opened with as its setting.
    topic: Option<Party>,
    /// The text between the last sentence read and the one being read:
    /// the sentences with no figures, which may name its scene.
    gap: Option<Span>,
    /// The scene they name, once read.
    scene: std::cell::Cell<Option<Option<Party>>>,
    /// The country the last heading names ("ETHIOPIA" in a round-up).
    section: Option<Party>,
    /// The document's main party.
    main: Option<&'static str>,
    /// The party the document names most after it.
    rival: Option<&'static str>,
    /// Buffers for tokenising the next sentence.
    scratch: Scratch,
}

impl Memory {
    /// A memory for a document about `sides`.
    pub(crate) fn new(sides: Sides) -> Self {
        Memory {
            main: sides.main,
            rival: sides.rival,
            ..Memory::default()
        }
    }

    /// The scene the sentence before names, read once per sentence, for
    /// a sentence that goes on with the same speaker ("..., he said"):
    /// its words tell on of the same place.
    fn scene(&self, t: &Tokens) -> Option<Party> {
        if let Some(known) = self.scene.get() {
            return known;
        }
        let goes_on = (1..t.len()).any(|i| {
            is_speech_verb(t, i) && ["he", "she", "they", "it"].iter().any(|w| t.is(i - 1, w))
        });
        if !goes_on {
            self.scene.set(Some(None));
            return None;
        }
        let found = scene(t, self.gap);
        self.scene.set(Some(found));
        found
    }

    /// A heading opens a section of the report; `country` is the country
    /// it names alone ("ETHIOPIA", "South Sudan:"), if any. In a round-up
    /// a figure that names no place is the section's country's, before the
    /// report's main party (the dateline's city).
    pub(crate) fn enter_section(&mut self, country: Option<&'static str>) {
        self.section = country.map(Party::Named);
    }

    fn remember(&mut self, event: Event, party: Option<Party>, subject: &str) {
        self.last_event = Some(event);
        if self.new_sentence {
            self.new_sentence = false;
            self.last_subject.clear();
            self.last_subject.push_str(subject);
        }
        if party.is_none() {
            return;
        }
        match event {
            // The side firing is not the side hit: it stays out of `last`.
            // Weapons downed are the side's that fired them.
            Event::Launched | Event::Intercepted => self.launcher = party,
            Event::Controlled => self.controller = party,
            Event::Deployed => {}
            _ => self.last = party,
        }
    }
}

/// A party found in the text, or a mention of two sides at once ("in both
/// Iraq and Syria", "Ukrainian and Russian soldiers") that names none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mention {
    One(Party),
    Both,
}

/// The party of a figure: named in its noun phrase; for launches, control,
/// losses and captured places, the actor of the cue; the party of the
/// figure it is listed with; the place its clause names; the last claim's.
fn party(
    t: &Tokens,
    fi: usize,
    ph: &Phrase,
    event: Event,
    cue: Option<usize>,
    inherited: Option<&Frame>,
    memory: &Memory,
) -> Option<Party> {
    if ph.both || both_sides_named(t, fi) {
        return None;
    }
    let left_cue = cue.filter(|&c| c < fi);
    let lost = left_cue.is_some_and(|c| starts_with_ignore_case(t.text(c), "los"));
    let actor_first = match event {
        Event::Controlled => true,
        Event::Launched => left_cue.is_some(),
        Event::Captured => !matches!(ph.head.map(|h| h.class), Some(NounClass::People) | None),
        Event::Killed | Event::Destroyed => lost,
        // "The US will send [3,000] troops to the region": the sender's.
        Event::Deployed => {
            left_cue.is_some() && matches!(ph.head.map(|h| h.class), None | Some(NounClass::People))
        }
        _ => false,
    };
    // "[18 percent] of its territory occupied by Russia": the holder
    // named after the share.
    if event == Event::Controlled {
        if let Some(p) = held_by(t, ph.end) {
            return Some(p);
        }
    }
    if actor_first {
        if let Some(p) = actor(t, fi, left_cue) {
            return Some(p);
        }
        if let Some(p) = memory.controller.filter(|_| event == Event::Controlled) {
            return Some(p);
        }
    }
    if event != Event::Controlled {
        match ph.party {
            Some(Party::Speaker(_)) => {
                let fallback = match place_before(t, fi, event) {
                    Some(Mention::One(Party::Named(n))) => Some(n),
                    _ => memory.main,
                };
                return Some(Party::Speaker(fallback));
            }
            Some(p) => return Some(p),
            None => {}
        }
    }
    // "three facilities used by Kataib Hezbollah", "[200] fighters loyal
    // to the RSF": the owner named after the noun.
    if let Some(p) = owner_after(t, ph.end) {
        return Some(p);
    }
    let found = party_around(t, fi, ph, event, left_cue, inherited, memory);
    // "the army killed [17] militants in the north": fighters of no state
    // are not the side of the country they fell in; those it arrests are
    // held under its law, as its own.
    if event != Event::Detained && ph.head.is_some_and(|h| h.role == Role::Irregular) {
        return found.filter(|p| !names_state(*p));
    }
    found
}

/// The owner named right after a noun phrase ending at token `end`:
/// "used by X", "belonging to X", "loyal to X", "linked to X".
fn owner_after(t: &Tokens, end: usize) -> Option<Party> {
    if !t.is_word(end) {
        return None;
    }
    let owned = match Lower::new(t.text(end)).as_str() {
        "used" | "operated" | "run" | "owned" | "controlled" => t.is(end + 1, "by"),
        "belonging" | "loyal" | "linked" | "affiliated" | "allied" => {
            t.is(end + 1, "to") || t.is(end + 1, "with")
        }
        _ => false,
    };
    if !owned {
        return None;
    }
    let at = end + 2 + usize::from(t.is(end + 2, "the"));
    place_at(t, at).map(|(place, _)| Party::Named(place.party))
}

/// The side whose weapons were downed when no text names it: of the
/// document's main party and its rival, the one that is not the side
/// shooting them down. That is the doer of the verb before the figure
/// ("US warships shot down [14] drones"), else the side of the place they
/// were downed over ("shot down over the Bryansk region"), else the main
/// party (reports of air defence are mostly the defender's: "[30] drones
/// were shot down over six regions" in a report from Kyiv).
fn other_side(t: &Tokens, cue: Option<usize>, end: usize, memory: &Memory) -> Option<Party> {
    let defender = match cue.and_then(|c| subject_of(t, c)) {
        Some(Party::Named(p)) => Some(p),
        _ => downed_over(t, end).or(memory.main),
    };
    [memory.main, memory.rival]
        .into_iter()
        .flatten()
        .find(|&p| Some(p) != defender)
        .map(Party::Named)
}

/// The side of the place named after "over", "above", "in" or "near"
/// in the clause after token `from`: where weapons were downed.
fn downed_over(t: &Tokens, from: usize) -> Option<&'static str> {
    (from..t.len().min(from + 12))
        .take_while(|&i| t.kind(i) != Some(Kind::Stop))
        .filter(|&i| ["over", "above", "in", "near"].iter().any(|w| t.is(i, w)))
        .find_map(|i| {
            let at = i + 1 + usize::from(t.is(i + 1, "the"));
            place_at(t, at).map(|(place, _)| place.party)
        })
}

/// True when `party` is a state's: "Pakistan", not "Hamas" or
/// "Palestinians".
fn names_state(party: Party) -> bool {
    match party {
        Party::Named(name) => PLACES
            .get(name)
            .is_some_and(|p| p.kind == PlaceKind::Country),
        Party::Speaker(_) => false,
    }
}

/// The party of a figure whose own words name none: the figure it is
/// listed with, the places around it, the paragraph's setting, the
/// document's main party.
fn party_around(
    t: &Tokens,
    fi: usize,
    ph: &Phrase,
    event: Event,
    left_cue: Option<usize>,
    inherited: Option<&Frame>,
    memory: &Memory,
) -> Option<Party> {
    let lost = left_cue.is_some_and(|c| starts_with_ignore_case(t.text(c), "los"));
    // A frame whose party is its actor ("rebels seized [two] towns")
    // lends it only to a figure of the same event: "..., as fighting
    // displaced [100,000] people" are not the rebels'.
    let lends = |f: &&Frame| {
        let actor_party = match f.event {
            Event::Controlled | Event::Launched => true,
            // Places and things taken are the taker's; people taken are
            // their own side's.
            Event::Captured => {
                let head = f.subject.rsplit(' ').next().unwrap_or_default();
                NOUNS
                    .get(head)
                    .is_some_and(|info| info.class != NounClass::People)
            }
            _ => false,
        };
        f.event == event || !actor_party
    };
    if let Some(p) = inherited.filter(lends).and_then(|f| f.party) {
        return Some(p);
    }
    // "Israel said it had evacuated [2,300] residents": a side evacuates
    // its own people.
    if let Some(p) = left_cue
        .filter(|_| event == Event::Evacuated)
        .and_then(|c| subject_of(t, c))
    {
        return Some(p);
    }
    // "[eight] missiles launched by Ukraine were downed": the side that
    // fired, named after the figure.
    if event == Event::Intercepted {
        if let Some(p) = actor(t, fi, None) {
            return Some(p);
        }
    }
    if matches!(event, Event::Launched | Event::Intercepted) {
        if let Some(p) = memory.launcher {
            return Some(p);
        }
    }
    let class = ph.head.map(|h| h.class);
    match place_after(t, ph.end, event, class) {
        Some(Mention::One(p)) => return Some(p),
        Some(Mention::Both) => return None,
        None => {}
    }
    if event == Event::Intercepted {
        return other_side(t, left_cue, ph.end, memory);
    }
    // "Israel says it has killed [17,000] militants": the side named
    // before a verb of harm does the harm; its victims are another side.
    // So does a side that frees its captives ("ELN rebels free [14]
    // hostages"), not one that brings its own home ("repatriated").
    let frees = || {
        left_cue.is_some_and(|c| {
            let w = Lower::new(t.text(c));
            ["free", "releas", "hand"]
                .iter()
                .any(|v| w.as_str().starts_with(v))
        })
    };
    let harms = matches!(
        event,
        Event::Killed
            | Event::Wounded
            | Event::Detained
            | Event::Abducted
            | Event::Captured
            | Event::Intercepted
            | Event::Damaged
            | Event::Destroyed
    ) || event == Event::Exchanged && frees()
        || event == Event::Deployed
        // "Poland had delivered [four] tanks": arms go to another side.
        && matches!(class, Some(NounClass::Equipment | NounClass::Munition));
    let doer = left_cue
        .filter(|_| harms && !lost)
        .and_then(|c| subject_of(t, c));
    let not_doer = |p: &Party| Some(*p) != doer;
    // "[six] of the injured": a part of the toll told before, whose side
    // it keeps.
    let told_before =
        ph.partitive && ph.head.is_some_and(|h| h.strong) && memory.last_event == Some(event);
    // "the military bombed a village in Sagaing, killing [17] people": a
    // state's strikes on its own land harm its own civilians.
    let own_land = || {
        ph.head.is_some_and(|h| h.role == Role::Civil)
            && doer.is_some_and(|d| land_before(t, fi).is_some_and(|l| Party::Named(l) == d))
    };
    match place_before(t, fi, event) {
        Some(Mention::One(p)) if not_doer(&p) || own_land() => Some(p),
        Some(Mention::Both) => None,
        _ if told_before && memory.last.is_some() => memory.last,
        // A paragraph that opens "In northern Nigeria, ..." is about that
        // place to its end ("A further [22] remain missing").
        _ => memory
            .topic
            .filter(not_doer)
            .or_else(|| memory.scene(t).filter(not_doer))
            .or(memory.section.filter(not_doer))
            .or(memory.main.map(Party::Named).filter(not_doer))
            .or(memory.last.filter(not_doer)),
    }
}

/// The side of a town or region named after "in" in the clause before
/// the figure at `fi`: "bombed a village in Sagaing, killing [17]".
fn land_before(t: &Tokens, fi: usize) -> Option<&'static str> {
    (fi.saturating_sub(16)..fi)
        .rev()
        .take_while(|&i| t.kind(i) != Some(Kind::Stop))
        .filter(|&i| t.is(i, "in"))
        .find_map(|i| place_at(t, i + 1).filter(|(p, _)| p.kind == PlaceKind::Locality))
        .map(|(p, _)| p.party)
}

/// The place a sentence opens with as its setting: "In northern Nigeria,
/// ...", "In Myanmar, ...".
fn setting(t: &Tokens) -> Option<Party> {
    if !t.is(0, "in") {
        return None;
    }
    let mut i = 1;
    if t.is(i, "the") {
        i += 1;
    }
    if t.is_word(i) && is_direction(t.text(i)) {
        i += 1;
    }
    let (place, n) = place_at(t, i)?;
    (t.kind(i + n) == Some(Kind::Comma)).then_some(Party::Named(place.party))
}

/// True for a word of direction before a place's name: "northern",
/// "south-eastern", "central".
fn is_direction(w: &str) -> bool {
    let w = Lower::new(w);
    ["northern", "southern", "eastern", "western", "central"]
        .iter()
        .any(|d| w.as_str().ends_with(d))
}

/// Verbs of attack: the side before one is the attacker ("eight injured
/// when Russia shelled the city").
fn is_attack(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "shelled"
            | "struck"
            | "attacked"
            | "bombed"
            | "bombarded"
            | "pounded"
            | "targeted"
            | "raided"
            | "stormed"
            | "invaded"
    )
}

/// Nouns of attack and armed force: a demonym before one names the
/// attacker, not the victims ("under months of Russian bombardment").
fn is_force(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "bombardment"
            | "bombing"
            | "shelling"
            | "strike"
            | "strikes"
            | "airstrike"
            | "airstrikes"
            | "air"
            | "attack"
            | "attacks"
            | "missile"
            | "missiles"
            | "drone"
            | "drones"
            | "rocket"
            | "rockets"
            | "forces"
            | "troops"
            | "army"
            | "military"
            | "warplanes"
            | "jets"
            | "fighter"
            | "aircraft"
            | "warships"
            | "warship"
            | "destroyer"
            | "destroyers"
            | "navy"
            | "artillery"
            | "fire"
            | "offensive"
            | "invasion"
            | "full-scale"
            | "occupation"
            | "regime"
            | "defenses"
            | "defences"
            | "based"
    )
}

/// The place at token `i`, unless it names an attacking force: "Russian
/// strikes", "Russia's invasion".
fn victim_place(t: &Tokens, i: usize) -> Option<(crate::lexicon::places::Place, usize)> {
    let (place, n) = place_at(t, i)?;
    let next = i + n;
    let force = t.is_word(next) && (is_force(t.text(next)) || is_attack(t.text(next)));
    // "Russian shelling", "an RSF attack", "when Russia shelled": the
    // attacker, not the victims.
    if force
        && matches!(
            place.kind,
            PlaceKind::Demonym | PlaceKind::Country | PlaceKind::Group
        )
    {
        return None;
    }
    Some((place, n))
}

/// The party that is the subject of the verb cue at `cue`: "Hamas
/// killed", "Russian forces have killed", "Israel says it has killed";
/// not a place the clause only locates ("a strike on Beirut's Basta
/// neighbourhood killed").
fn subject_of(t: &Tokens, cue: usize) -> Option<Party> {
    let participle = cue > 0
        && ends_with_ignore_case(t.text(cue), "ing")
        && (t.kind(cue - 1) == Some(Kind::Comma) || t.is(cue - 1, "and"));
    if participle {
        return clause_subject(t, cue);
    }
    let mut i = cue;
    while i > 0 && cue - i < 6 {
        i -= 1;
        // A name of up to three words that ends here: "the Rapid Support
        // Forces killed".
        let named = (i.saturating_sub(2)..=i).find_map(|k| {
            place_at(t, k)
                .filter(|&(_, n)| k + n == i + 1)
                .map(|(p, _)| (k, p))
        });
        if let Some((k, place)) = named {
            // The place opens the clause: "Hamas killed", "The Israeli
            // military says", "officials said Russia had killed", "Sudan's
            // paramilitary RSF killed".
            let mut start = k;
            while start > 0 && is_descriptor(t.text(start - 1)) {
                start -= 1;
            }
            // A group right before its verb does it wherever it stands:
            // "Boko Haram and its splinter group ISWAP have killed".
            let group = place.kind == PlaceKind::Group;
            let opens = group
                || start == 0
                || !t.is_word(start - 1)
                || t.list[start - 1].possessive && place_at(t, start - 1).is_some()
                || ["the", "that", "said", "says"]
                    .iter()
                    .any(|w| t.is(start - 1, w));
            let owner = t.list.get(i).is_some_and(|tok| tok.possessive);
            // "the war between the RSF and the Sudanese army has killed":
            // one of a pair is not the doer.
            let paired = (k.saturating_sub(6)..k).any(|j| t.is(j, "between"));
            return (opens && !owner && !paired).then_some(Party::Named(place.party));
        }
        let lower = Lower::new(t.text(i));
        let w = lower.as_str();
        let glue = matches!(
            w,
            "says"
                | "said"
                | "claims"
                | "claimed"
                | "it"
                | "they"
                | "has"
                | "have"
                | "had"
                | "that"
                | "also"
                | "reportedly"
                | "still"
                | "now"
                // "Russian air defense forces intercepted", "Russia said
                // its forces"
                | "defense"
                | "defence"
                | "its"
                | "their"
        );
        if !(t.is_word(i) && (glue || is_force(w) || is_fighters(w))) {
            return None;
        }
    }
    None
}

/// The men of a side, as the doers of a verb: "RSF fighters killed",
/// "Houthi gunmen seized". Only the doer's side is read through them; a
/// side before them after the figure ("killed 12 Russian soldiers") is
/// the victims'.
fn is_fighters(w: &str) -> bool {
    matches!(
        w,
        "fighters"
            | "gunmen"
            | "militants"
            | "militiamen"
            | "insurgents"
            | "rebels"
            | "jihadists"
            | "soldiers"
            | "paramilitaries"
    )
}

/// Words that describe an armed group before its name: "the
/// paramilitary Rapid Support Forces", "Islamist militant group al-Shabaab".
fn is_descriptor(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "paramilitary" | "rebel" | "militant" | "armed" | "islamist" | "jihadist" | "group"
    )
}

/// The party opening the sentence a participle clause hangs on, its
/// doer: "[The Houthis] have attacked 100 ships, killing four sailors",
/// "[Russian forces] shelled the town overnight, wounding 12". `comma` is
/// the participle's token: the sentence's first comma stands before it,
/// with no clause stop between ("..., killing four sailors and sinking
/// two ships").
fn clause_subject(t: &Tokens, participle: usize) -> Option<Party> {
    let next_break = |from: usize| {
        (from..participle).find(|&i| matches!(t.kind(i), Some(Kind::Comma | Kind::Stop)))
    };
    // The main clause may follow its setting: "In Yemen, the Houthis ...".
    let mut start = 0;
    let mut comma = next_break(0)?;
    if t.is(0, "in") && t.kind(comma) == Some(Kind::Comma) {
        start = comma + 1;
        comma = next_break(start)?;
    }
    if t.kind(comma) != Some(Kind::Comma)
        || (comma..participle).any(|i| t.kind(i) == Some(Kind::Stop))
    {
        return None;
    }
    let first = start + usize::from(t.is(start, "the"));
    let (place, n) = place_at(t, first)?;
    // "The Houthis", "Russian forces", "Israel's army": the place names
    // the doer itself or its force.
    let head = first + n;
    let names_doer = matches!(
        place.kind,
        PlaceKind::Group | PlaceKind::Country | PlaceKind::People
    ) && !t.list[first].possessive
        || t.is_word(head) && is_force(t.text(head));
    names_doer.then_some(Party::Named(place.party))
}

/// True when the figure's clause names both sides as such: "the two
/// countries swapped [84] prisoners each", "[300] prisoners from both
/// sides".
fn both_sides_named(t: &Tokens, fi: usize) -> bool {
    // "two" is read as a figure; only its text matters here.
    let two = |i: usize| t.kind(i).is_some() && t.text(i).eq_ignore_ascii_case("two");
    let pair = |i: usize| {
        (two(i) || t.is(i, "both"))
            && ["sides", "countries", "parties", "armies", "nations"]
                .iter()
                .any(|w| t.is(i + 1, w))
    };
    let before = (fi.saturating_sub(12)..fi)
        .rev()
        .take_while(|&i| t.kind(i) != Some(Kind::Stop))
        .any(pair);
    let after = (fi + 1..t.len().min(fi + 8))
        .take_while(|&i| t.kind(i) != Some(Kind::Stop))
        .any(pair);
    before || after
}

/// The nearest party named in the ten words before the cue at `cue`.
fn actor_before(t: &Tokens, cue: usize) -> Option<Party> {
    let mut i = cue;
    let mut words = 0;
    while i > 0 && words < 10 {
        i -= 1;
        match t.kind(i) {
            Some(Kind::Stop) => break,
            Some(Kind::Word) => words += 1,
            _ => {}
        }
        if let Some((place, _)) = place_at(t, i) {
            return Some(Party::Named(place.party));
        }
    }
    None
}

/// The holder named by "occupied by X", "held by X" or "controlled by
/// X" right after a share's noun phrase.
fn held_by(t: &Tokens, from: usize) -> Option<Party> {
    let verb = ["occupied", "held", "controlled", "seized", "captured"]
        .iter()
        .any(|w| t.is(from, w));
    if !(verb && t.is(from + 1, "by")) {
        return None;
    }
    let at = from + 2 + usize::from(t.is(from + 2, "the"));
    place_at(t, at).map(|(place, _)| Party::Named(place.party))
}

/// The side acting: the nearest party named before the cue, or "by X"
/// after the figure.
fn actor(t: &Tokens, fi: usize, cue: Option<usize>) -> Option<Party> {
    if let Some(p) = cue.and_then(|c| actor_before(t, c)) {
        return Some(p);
    }
    let mut j = fi + 1;
    while j < t.len() && j < fi + 10 {
        if t.kind(j) == Some(Kind::Stop) {
            break;
        }
        if t.is(j, "by") {
            if let Some((place, _)) = place_at(t, j + 1) {
                return Some(Party::Named(place.party));
            }
        }
        j += 1;
    }
    None
}

/// The first place named after the noun phrase in the clause: "in
/// northern Israel", "in the Ukrainian city of Dnipro", "from Ukraine".
fn place_after(t: &Tokens, from: usize, event: Event, class: Option<NounClass>) -> Option<Mention> {
    let mut commas = 0;
    let mut i = from;
    while i < t.len() && i < from + 12 {
        match t.kind(i) {
            Some(Kind::Word) => {}
            Some(Kind::Figure(_)) => {
                // "and 50,000 Ukrainian soldiers", "including 9 South
                // Africans": the next count's own nationality, not this
                // one's.
                if place_at(t, i + 1)
                    .is_some_and(|(p, _)| matches!(p.kind, PlaceKind::Demonym | PlaceKind::People))
                {
                    break;
                }
                // "just [100 kilometres] away in Niger"
                i += 1;
                continue;
            }
            // "[14] drones were downed, the Pentagon said": the side that
            // tells of downing them is the one shooting.
            Some(Kind::Comma) if event == Event::Intercepted => break,
            Some(Kind::Comma) => {
                commas += 1;
                if commas > 1 {
                    break;
                }
                i += 1;
                continue;
            }
            Some(Kind::Stop) if t.text(i) == "(" => {
                // "100 kilometres (60 miles) away in Niger"
                match (i + 1..t.len().min(i + 8)).find(|&k| t.text(k) == ")") {
                    Some(close) => {
                        i = close + 1;
                        continue;
                    }
                    None => break,
                }
            }
            _ => break,
        }
        if let Some((place, n)) = victim_place(t, i) {
            // The word before the place, past an article and a word of
            // direction: "over the Bryansk region", "to the Sudanese
            // border", "in northern Iraq".
            let mut lead = i;
            if lead > 1 && t.is_word(lead - 1) && is_direction(t.text(lead - 1)) {
                lead -= 1;
            }
            if lead > 1 && t.is(lead - 1, "the") {
                lead -= 1;
            }
            let after = |w: &str| lead > 0 && t.is(lead - 1, w);
            // People "in" a place are where they went only when they came
            // from elsewhere: refugees and forces, not the displaced
            // ("displaced 4,000 in central Mali").
            let destination = [
                "to",
                "into",
                "across",
                "reach",
                "reached",
                "arrived",
                "including",
            ]
            .iter()
            .any(|w| after(w))
                || after("in") && matches!(event, Event::Refugees | Event::Deployed);
            // Drones "shot down over Kursk" or "in the Bryansk region":
            // where the defender is, not whose drones they were.
            // "fired [10] rockets at Israel": where weapons were aimed is
            // their target, not the side that fired them.
            let target = matches!(event, Event::Launched | Event::Intercepted)
                && ["at", "toward", "towards", "on", "into", "against"]
                    .iter()
                    .any(|w| after(w));
            let defended = event == Event::Intercepted
                && ["over", "in", "above", "near", "across"]
                    .iter()
                    .any(|w| after(w));
            // Hostages "held in Gaza", captives who "remain in" a place:
            // where their captors keep them, not whose they are.
            let kept = matches!(
                event,
                Event::Abducted | Event::Captured | Event::Detained | Event::Exchanged
            ) && after("in")
                && lead > 1
                && [
                    "held",
                    "kept",
                    "remain",
                    "remaining",
                    "captive",
                    "captivity",
                ]
                .iter()
                .any(|w| t.is(lead - 2, w));
            if defended || kept || target {
                i += n;
                continue;
            }
            // "near the Lebanese border": a border, not a side.
            let border = place.kind == PlaceKind::Demonym && t.is(i + n, "border");
            // "[610] killed in the war with Israel": the other side of
            // the war; a war named before the figure ("Russia's war with
            // Ukraine has killed") is left to the places before it.
            let opponent = after("with")
                && lead > 1
                && ["war", "conflict", "fighting", "battles"]
                    .iter()
                    .any(|w| t.is(lead - 2, w));
            if border || opponent || neighbour(t, lead) {
                i += n + 1;
                continue;
            }
            // People go somewhere and stay who they are ("took [251]
            // hostages back to Gaza"); weapons "delivered to Ukraine" are
            // Ukraine's.
            let people_moved = matches!(
                event,
                Event::Refugees | Event::Displaced | Event::Abducted | Event::Evacuated
            ) || event == Event::Deployed
                && matches!(class, None | Some(NounClass::People));
            if people_moved && destination {
                // "fled to neighbouring countries, including Chad and
                // Egypt": where they went, with the places listed with it.
                i += n;
                let joint =
                    |k: usize| t.is(k, "and") || t.is(k, "or") || t.kind(k) == Some(Kind::Comma);
                while joint(i) && victim_place(t, i + 1).is_some() {
                    i += 1 + victim_place(t, i + 1).map_or(0, |(_, n)| n);
                }
                continue;
            }
            let skip = place.kind == PlaceKind::Group && !(after("to") || after("of"));
            if !skip {
                let other = t.is(i + n, "and")
                    && victim_place(t, i + n + 1).is_some_and(|(o, _)| o.party != place.party);
                if after("both") || other {
                    return Some(Mention::Both);
                }
                return Some(Mention::One(Party::Named(place.party)));
            }
        }
        i += 1;
    }
    None
}

/// True when the place at token `i` is a neighbour, an opponent, a
/// partner or a backer, not a side of the counted: "a region bordering Venezuela",
/// "the border with Iraq", "clashes with Azerbaijan", "under an agreement
/// with Maputo".
fn neighbour(t: &Tokens, i: usize) -> bool {
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    // "forces backed by Russian paramilitaries": a backer, not a side.
    let backer = || {
        before > 0
            && t.is(before, "by")
            && ["backed", "supported", "armed", "funded", "trained", "aided"]
                .iter()
                .any(|w| t.is(before - 1, w))
    };
    t.is(before, "bordering")
        || backer()
        || before > 0
            && t.is(before, "with")
            && [
                "border",
                "borders",
                "frontier",
                "clashes",
                "agreement",
                "deal",
                "accord",
                "treaty",
                "pact",
            ]
            .iter()
            .any(|w| t.is(before - 1, w))
}

/// True when the token at `i` is a later word of a longer name that
/// starts before it: "Hezbollah" in "Kataib Hezbollah".
fn inside_name(t: &Tokens, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|k| place_at(t, k).is_some_and(|(_, n)| k + n > i))
}

/// The tokens of a pair of sides named "between X and Y" from `from` to
/// the figure at `fi`, Y's words taken up to the next comma, verb or
/// place word ("between the army and RSF fighters [in] Khartoum").
fn between_sides(t: &Tokens, from: usize, fi: usize) -> Option<std::ops::Range<usize>> {
    let start = (from..fi).find(|&i| t.is(i, "between"))?;
    let and = (start + 1..fi.min(start + 7)).find(|&i| t.is(i, "and"))?;
    let ends = |i: usize| {
        !t.is_word(i)
            || t.phrase(&EVENT_CUES, i).is_some()
            || [
                "in", "on", "at", "near", "across", "along", "around", "over",
            ]
            .iter()
            .any(|w| t.is(i, w))
    };
    // "between the ELN and dissidents of the former FARC" runs to eight
    // words.
    let end = (and + 1..fi.min(and + 9))
        .find(|&i| ends(i))
        .unwrap_or(fi.min(and + 9));
    Some(start + 1..end)
}

/// The place named before the figure in its clause: the nearest one after
/// "in" ("attacked two bases in Mali on the border with Burkina Faso"),
/// else the nearest country or place ("Lebanon says [12] dead"), else the
/// nearest nationality ("U.S. officials say [12] service members").
fn place_before(t: &Tokens, fi: usize, event: Event) -> Option<Mention> {
    let from = (0..fi)
        .rev()
        .take(16)
        .take_while(|&i| t.kind(i) != Some(Kind::Stop))
        .last()
        .unwrap_or(fi);
    // "rockets fired from Gaza wounded [3] soldiers": where the attack
    // came from is the attacker's side.
    let origin = |i: usize| {
        i >= 2
            && t.is(i - 1, "from")
            && ["fired", "launched", "shot"].iter().any(|w| t.is(i - 2, w))
    };
    let fight = between_sides(t, from, fi);
    let in_fight = |i: usize| fight.as_ref().is_some_and(|r| r.contains(&i));
    let places: Vec<(usize, crate::lexicon::places::Place)> = (from..fi)
        .rev()
        .filter_map(|i| victim_place(t, i).map(|(p, _)| (i, p)))
        // "Kataib Hezbollah": the whole name, not its last word.
        .filter(|&(i, _)| !origin(i) && !neighbour(t, i) && !inside_name(t, i))
        .collect();
    // "clashes between Armenia and Azerbaijan killed [100] soldiers": both
    // sides; "fighting between the ELN and FARC dissidents killed [80]
    // people": armed groups fight, the people are the country's; "the war
    // between the RSF and the Sudanese army has killed [thousands]": a
    // state fighting a group at home, the people are the state's.
    let mut state = None;
    for i in fight.clone().into_iter().flatten() {
        match place_at(t, i) {
            Some((p, _)) if p.kind == PlaceKind::Group => {}
            Some((p, _)) if state.is_some_and(|s| s != p.party) => return Some(Mention::Both),
            Some((p, _)) => state = Some(p.party),
            None => {}
        }
    }
    let places: Vec<_> = places.into_iter().filter(|&(i, _)| !in_fight(i)).collect();
    if places.is_empty() {
        return state.map(|s| Mention::One(Party::Named(s)));
    }
    // "Russia and Ukraine swap [hundreds] of prisoners": both sides.
    let named = |&(i, p): &(usize, crate::lexicon::places::Place)| {
        let other = |k: usize| victim_place(t, k).is_some_and(|(o, _)| o.party != p.party);
        let paired =
            (i >= 2 && t.is(i - 1, "and") && other(i - 2)) || (t.is(i + 1, "and") && other(i + 2));
        if paired {
            Mention::Both
        } else {
            Mention::One(Party::Named(p.party))
        }
    };
    let people = |(_, p): &&(usize, crate::lexicon::places::Place)| {
        matches!(p.kind, PlaceKind::Demonym | PlaceKind::People)
    };
    if matches!(event, Event::Refugees | Event::Displaced) {
        // Refugees belong to where they come from, not where they arrive:
        // "Ethiopian refugees arriving in Sudan".
        if let Some(p) = places.iter().find(people) {
            return Some(named(p));
        }
    }
    places
        .iter()
        .find(|(i, p)| p.kind != PlaceKind::Demonym && *i > 0 && t.is(i - 1, "in"))
        .or_else(|| places.iter().find(|(_, p)| p.kind != PlaceKind::Demonym))
        .or_else(|| places.first())
        .map(named)
}

/// How much of a document's opening is read for its main party.
const MAIN_PARTY_BYTES: usize = 6_000;

/// The parties a document is most about: the main one and its runner-up.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sides {
    /// The party named most often.
    pub(crate) main: Option<&'static str>,
    /// The party named most often after it: in a report of a war, most
    /// often the other side.
    pub(crate) rival: Option<&'static str>,
}

/// The document's main party and its rival: the ones its places, peoples
/// and groups name most often in its opening, with headline mentions
/// counted three times. `sentences` are the document's sentences with a
/// flag for headlines.
pub(crate) fn main_party(text: &str, sentences: impl IntoIterator<Item = (Span, bool)>) -> Sides {
    // Attackers ("Russian strikes", "Russia attacks") are counted apart:
    // a report is not about them, but they are the other side.
    // Each party with its count and where the text first names it.
    let mut counts: Vec<(&'static str, usize, usize)> = Vec::new();
    let mut attackers: Vec<(&'static str, usize, usize)> = Vec::new();
    // Headlines and datelines read so far: a sentence that opens with a
    // dateline ("RIYADH, Saudi Arabia (AP) - Fighting in Yemen ...") is
    // read from the dateline's end, so that its place weighs once.
    let mut weighted: Vec<Span> = Vec::new();
    for (span, headline) in sentences {
        if span.start >= MAIN_PARTY_BYTES {
            continue;
        }
        let weight = if headline { 3 } else { 1 };
        let start = weighted
            .iter()
            .filter(|w| w.start <= span.start && span.start < w.end)
            .map(|w| w.end.min(span.end))
            .max()
            .unwrap_or(span.start);
        if headline {
            weighted.push(span);
        }
        let span = Span::new(start, span.end);
        let part = window(text, span, span.start, MAIN_PARTY_BYTES);
        // A headline or dateline weighs once for each side it names:
        // "RIYADH, Saudi Arabia" names one country, not two.
        let mut seen: [Option<&'static str>; 4] = [None; 4];
        for (party, attacker) in places_named(part.of(text).unwrap_or("")) {
            if headline {
                if seen.contains(&Some(party)) {
                    continue;
                }
                if let Some(free) = seen.iter_mut().find(|p| p.is_none()) {
                    *free = Some(party);
                }
            }
            let counts = if attacker {
                &mut attackers
            } else {
                &mut counts
            };
            match counts.iter_mut().find(|(p, _, _)| *p == party) {
                Some((_, c, at)) => {
                    *c += weight;
                    *at = (*at).min(span.start);
                }
                None => counts.push((party, weight, span.start)),
            }
        }
    }
    // The first of the most named, so ties go to the earlier mention in
    // the text (a headline's before its dateline's).
    let first = |counts: &[(&'static str, usize, usize)]| {
        counts
            .iter()
            .min_by_key(|(_, c, at)| (std::cmp::Reverse(*c), *at))
            .map(|(p, _, _)| *p)
    };
    let main = first(&counts);
    counts.retain(|(p, _, _)| Some(*p) != main);
    attackers.retain(|(p, _, _)| Some(*p) != main);
    Sides {
        main,
        // "Russia attacks Ukraine with drones" and nobody else named: the
        // attacker is the other side.
        rival: first(&counts).or_else(|| first(&attackers)),
    }
}

/// The parties of the places, peoples and groups `s` names with a
/// capitalised word, each with a flag for an attacker ("Russian
/// strikes"). A cheap byte scan: only capitalised words are looked up.
#[inline(always)]
fn places_named(s: &str) -> impl Iterator<Item = (&'static str, bool)> + '_ {
    let bytes = s.as_bytes();
    let word_at = move |from: usize| -> (usize, usize) {
        let mut end = from;
        while end < bytes.len()
            && (bytes[end].is_ascii_alphanumeric()
                || (matches!(bytes[end], b'-' | b'.')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)))
        {
            end += 1;
        }
        (from, end)
    };
    let mut at = 0;
    std::iter::from_fn(
        #[inline(always)]
        move || {
            while at < bytes.len() {
                let b = bytes[at];
                let starts = b.is_ascii_uppercase()
                    && (at == 0
                        || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] >= 0x80));
                if !starts {
                    at += 1;
                    continue;
                }
                let (from, end) = word_at(at);
                at = end.max(at + 1);
                // The longest of the one-, two- and three-word names here.
                let mut key = crate::lexicon::Key::default();
                let mut found = None;
                let mut last = end;
                let mut next = from;
                for _ in 0..3 {
                    let (w0, w1) = word_at(next);
                    if w1 == w0 || key.push(&s[w0..w1]).is_none() {
                        break;
                    }
                    let (value, continues) = PLACES.lookup(&key);
                    if let Some(p) = value {
                        found = Some(p);
                        last = w1;
                    }
                    if !continues || bytes.get(w1) != Some(&b' ') {
                        break;
                    }
                    next = w1 + 1;
                }
                let Some(place) = found else { continue };
                at = last;
                let mut attacker = false;
                if place.kind == PlaceKind::Demonym || place.kind == PlaceKind::Country {
                    // "Russian strikes", "Russia's invasion": the attacker.
                    let mut k = last;
                    if s[k..].starts_with("'s") || s[k..].starts_with("’s") {
                        k += if bytes[k] == b'\'' { 2 } else { 4 };
                    }
                    let (n0, n1) = word_at(k + usize::from(bytes.get(k) == Some(&b' ')));
                    attacker = n1 > n0 && is_force(&s[n0..n1]);
                }
                if place.kind == PlaceKind::Group && s[from..last].eq_ignore_ascii_case("us") {
                    continue;
                }
                if s[from..last].len() == 2
                    && &s[from..last] != "US"
                    && s[from..last].eq_ignore_ascii_case("us")
                {
                    continue;
                }
                return Some((place.party, attacker));
            }
            None
        },
    )
}

/// The part of `span` within `reach` bytes after `from`, cut on character
/// boundaries.
fn window(text: &str, span: Span, from: usize, reach: usize) -> Span {
    let end = floor_boundary(text, span.end.min(from.saturating_add(reach)));
    Span::new(span.start, end.max(span.start))
}

#[cfg(test)]
mod tests {
    use crate::{extract, Document, Event, Status};

    /// The event and subject of the claim at `figure` in `text`.
    fn frame_of(text: &str, figure: &str) -> Option<(Event, String)> {
        let claims = extract(&Document::new("t", text));
        claims
            .into_iter()
            .find(|c| c.text == figure)
            .map(|c| (c.event, c.subject))
    }

    #[test]
    fn none_of_a_whole_is_negated() {
        let cases: &[(&str, &str, Status)] = &[
            (
                "None of the roughly 2,500 troops at the base was hurt.",
                "roughly 2,500",
                Status::Negated,
            ),
            (
                "No one among the 40 passengers was injured.",
                "40",
                Status::Negated,
            ),
            (
                "Not one of its 12 drones was shot down, the army said.",
                "12",
                Status::Negated,
            ),
            // A part of the whole stays stated.
            (
                "Five of the 40 passengers were injured.",
                "Five",
                Status::Stated,
            ),
            (
                "Militants freed one of the 12 hostages on Friday.",
                "12",
                Status::Stated,
            ),
        ];
        for &(text, figure, status) in cases {
            let claims = extract(&Document::new("t", text));
            let found = claims.iter().find(|c| c.text == figure);
            assert_eq!(found.map(|c| c.status), Some(status), "{text}");
        }
    }

    /// The event of a figure by its wording, or no frame: one row per
    /// case, grouped by the rule it pins.
    #[test]
    fn events_by_wording() {
        let cases: &[(&str, &str, Option<Event>)] = &[
            // A toll noun before a level verb: "the death toll" in one word.
            ("Kidnappings rose to 235 in the first half of the year.", "235", Some(Event::Abducted)),
            // A whole that counts a toll of its own is a claim, and a share
            // of it tells the toll's make-up.
            ("Two-thirds of the 1,200 people killed were women.", "1,200", Some(Event::Killed)),
            ("Two-thirds of the 1,200 people killed were women.", "Two-thirds", None),
            ("Half of the 40 wounded were children.", "40", Some(Event::Wounded)),
            ("Half of the 40 wounded were children.", "Half", None),
            ("Half of the 400 residents fled.", "400", None),
            ("Half of the 400 residents fled.", "Half", Some(Event::Displaced)),
            // Headlines write the present tense.
            ("Fighting uproots 5,000 in eastern Chad", "5,000", Some(Event::Displaced)),
            ("Floods and clashes displace thousands", "thousands", Some(Event::Displaced)),
            // Counts of tolls or estimates count no dead.
            ("Two very different death tolls emerged on Monday.", "Two", None),
            ("Three estimates put the death toll at 400.", "Three", None),
            ("Three estimates put the death toll at 400.", "400", Some(Event::Killed)),
            // The change before a level is passed over to the toll.
            ("The death toll climbed by 14 to 230 on Sunday.", "230", Some(Event::Killed)),
            ("The number of displaced rose from 2,000 to 3,500.", "3,500", Some(Event::Displaced)),
            ("The death toll climbed by 14 to 230 on Sunday.", "14", None),
            ("Exports rose by 4 to 30 tonnes.", "30", None),
            ("Abductions climbed to 87 in March, police said.", "87", Some(Event::Abducted)),
            ("Murders reached 1,200 in the state last year.", "1,200", Some(Event::Killed)),
            ("The killings of 3 journalists shocked the town.", "3", Some(Event::Killed)),
            // Lands after "in" tell where, whatever stands before.
            ("Deaths in 3 states were reported on Monday.", "3", None),
            ("Abductions in 5 districts went unreported.", "5", None),
            // A verb with its own figure is not the one before.
            ("Artillery shelled 36 villages and seized 10 more on Friday.", "36", None),
            ("Artillery shelled 36 villages and seized 10 more on Friday.", "10", Some(Event::Captured)),
            ("Officials said 12 gunmen killed 40 villagers.", "12", None),
            // A passive verb has no object of its own after it.
            ("The air force said 30 drones were shot down over six regions.", "30", Some(Event::Intercepted)),
            // A time after the verb is no object of its own.
            ("Four people killed two days ago were buried on Friday.", "Four", Some(Event::Killed)),
            // A verb with no figure after it is the figure's own.
            ("At least 8 houses were destroyed and 30 damaged.", "At least 8", Some(Event::Destroyed)),
            // A past verb of its own after and ends a list.
            ("Troops killed 14 insurgents and recovered 9 rifles.", "9", None),
            ("Gunmen killed 6 herders and looted 200 shops.", "200", None),
            // A cue after "and" is a list's, as before.
            ("Gunmen killed 6 herders and wounded 11.", "11", Some(Event::Wounded)),
            ("The raid killed 6 fighters and 11 civilians.", "11", Some(Event::Killed)),
            // A listed frame is shared only where it fits.
            ("The army entered the area, including four towns near the river, \
                 and some 9,000 residents fled.", "four", None),
            // Towns in an area won back are won back.
            ("The army retook the area, including four towns near the river, \
                 and some 9,000 residents fled.", "four", Some(Event::Captured)),
            ("The army retook the area, including four towns near the river, \
                 and some 9,000 residents fled.", "some 9,000", Some(Event::Displaced)),
            ("Shelling destroyed 40 homes and 3 schools.", "3", Some(Event::Destroyed)),
            // Civilians sent somewhere are not deployed.
            ("The sirens sent thousands of residents into shelters.", "thousands", None),
            ("Officials said the shelling sent 5,000 people fleeing.", "5,000", Some(Event::Displaced)),
            // Troops sent are deployed; so are people a verb of war deploys.
            ("Kenya sent 400 police officers to the capital.", "400", Some(Event::Deployed)),
            ("Moscow says 700,000 people have been deployed.", "700,000", Some(Event::Deployed)),
            // A participle of its own after a comma ends a list.
            ("Police found 30 bodies after raiders hit the village, \
                 stealing thousands of goats.", "thousands", None),
            // A cue after the comma is the list's; a report of the same toll
            // Still lists.
            ("Gunmen killed 12 villagers, burning 40 homes.", "40", Some(Event::Destroyed)),
            ("Two soldiers were killed, the army said, giving 11 dead in all.", "11", Some(Event::Killed)),
            // Not forces had elsewhere or fighters counted.
            ("The brigade has 40 soldiers in hospital.", "40", None),
            ("The group has around 6,000 fighters in Venezuela.", "around 6,000", None),
            ("The camp has 3,000 residents in Chad.", "3,000", None),
            // People intercepted are stopped not killed.
            ("The coast guard intercepted 1,300 migrants at sea last week.", "1,300", None),
            ("Troops neutralised 50 attackers near the border.", "50", Some(Event::Killed)),
            ("Air defences intercepted 50 drones.", "50", Some(Event::Intercepted)),
            // Drones lost to jamming were brought down.
            ("Another 18 drones were lost to jamming, the air force said.", "18", Some(Event::Intercepted)),
            ("Of the rest, 21 drones were locationally lost.", "21", Some(Event::Intercepted)),
            ("More than 2,000 lives were lost to the fighting.", "More than 2,000", Some(Event::Killed)),
            // Figures that describe a person or a place are no tolls.
            ("A 32-year-old mother of three was among the dead.", "three", None),
            ("The clinic has 200 beds and treated 30 wounded.", "200", None),
            ("The clinic has 200 beds and treated 30 wounded.", "30", Some(Event::Wounded)),
            ("Some 50 armed men and 30 civilians were killed.", "Some 50", Some(Event::Killed)),
            // Listed figures still share a verb after them.
            ("Some 270 soldiers and 120 civilians were evacuated.", "Some 270", Some(Event::Evacuated)),
            // People living in displacement camps are displaced.
            ("The UN says 1.2 million people are now living in displacement camps.", "1.2 million", Some(Event::Displaced)),
            ("Some 40,000 live in camps for displaced families near Goma.", "Some 40,000", Some(Event::Displaced)),
            // People cut off from aid are affected.
            ("Some 40,000 people remain cut off from aid.", "Some 40,000", Some(Event::Affected)),
            // Places taken are captured.
            ("Russia claims to have taken 4 villages this week.", "4", Some(Event::Captured)),
            ("It could take 12 hours to reach 300 people.", "300", None),
            // Places won back are captured; bodies and arms recovered are not.
            ("The army said it retook 4 villages on Sunday.", "4", Some(Event::Captured)),
            ("Officials said 9 towns were retaken in the offensive.", "9", Some(Event::Captured)),
            ("Government troops recovered three villages near the lake.", "three", Some(Event::Captured)),
            ("The brigade says it has liberated 12 settlements.", "12", Some(Event::Captured)),
            ("Soldiers recovered 40 rifles from the camp.", "40", None),
            // People crossing a border are refugees.
            ("Some 10,000 people have crossed into Burundi in the past week.", "Some 10,000", Some(Event::Refugees)),
            ("About 4,000 people crossed the border last week.", "About 4,000", Some(Event::Refugees)),
            // A verb of several words after a bare figure is its verb.
            ("Another 4,000 crossed the border on Monday.", "4,000", Some(Event::Refugees)),
            ("Some 2,500 sought refuge in the cathedral.", "Some 2,500", Some(Event::Displaced)),
            ("Some 30 killed or wounded were taken to Goma.", "Some 30", Some(Event::Casualties)),
            // Refuge in another country makes refugees.
            ("About 8,000 Malians sought refuge in neighbouring Niger.", "About 8,000", Some(Event::Refugees)),
            ("Nearly 3,000 have sought refuge in Chad since May.", "Nearly 3,000", Some(Event::Refugees)),
            // Speakers counted share no listed frame.
            ("The army moved thousands of troops to the border, \
                 three diplomats and a security official told Reuters.", "three", None),
            // A list that goes on to its verb still shares it.
            ("The strikes killed 26 civilians and 20 soldiers, officials said.", "20", Some(Event::Killed)),
            // A noun of its own with a verb of its own that is no cue.
            ("About 120 homes were burned and 3,000 cattle stolen.", "3,000", None),
            ("Gunmen burned 12 homes and looted 40 shops.", "12", Some(Event::Destroyed)),
            ("Shelling killed 12 civilians and 3 others injured.", "3", Some(Event::Wounded)),
            // A verb's form before a place's noun only names it.
            ("The army said it destroyed 3 firing positions.", "3", Some(Event::Destroyed)),
            ("Troops destroyed firing positions and 3 air defence systems.", "3", Some(Event::Destroyed)),
            // Killings, murders and kidnappings counted are tolls.
            ("A local paper counts more than 1,400 murders this year.", "more than 1,400", Some(Event::Killed)),
            ("Police logged 235 kidnappings last year.", "235", Some(Event::Abducted)),
            // Lands after "in" past the verb's own object tell where.
            ("Strikes damaged power stations in three regions.", "three", None),
            ("Shelling destroyed homes across 12 villages.", "12", None),
            ("Troops captured 3 villages in the east.", "3", Some(Event::Captured)),
            ("Rebels seized control in 4 districts.", "4", Some(Event::Controlled)),
            // People fled abroad are refugees; people facing levels of
            // hunger are affected.
            ("More than 90,000 Malians have fled to Mauritania.", "More than 90,000", Some(Event::Refugees)),
            ("About 2 million people face emergency levels of hunger.", "About 2 million", Some(Event::Affected)),
            ("Agencies estimate 120,000 people need emergency food aid.", "120,000", Some(Event::Affected)),
            ("Some 750,000 Central Africans are refugees in neighbouring countries.", "Some 750,000", Some(Event::Refugees)),
            ("About 40,000 Eritreans live as refugees in Ethiopia.", "About 40,000", Some(Event::Refugees)),
            // How those lost were lost.
            ("Kyiv says Russia has lost 600,000 soldiers killed or wounded.", "600,000", Some(Event::Casualties)),
            ("The army lost 40 men killed in the battle.", "40", Some(Event::Killed)),
            ("The brigade lost 30 soldiers in May.", "30", Some(Event::Killed)),
            ("Some 3 million children are in urgent need of help.", "Some 3 million", Some(Event::Affected)),
            ("About 40,000 people need urgent medical care.", "About 40,000", Some(Event::Affected)),
            // Differences are no tolls.
            ("Gangs killed 5,600 people, over 1,000 more than in 2023.", "over 1,000", None),
            // A part killed says nothing of the whole.
            ("Some 300 people were in the building, many of whom were killed.", "Some 300", None),
            // Comparisons are no shares.
            ("Aid groups said 2 million people face acute hunger, 40 percent more than last year.", "40 percent", None),
            // The clause's verb outranks a participle after the noun.
            ("Nine aid workers kidnapped in March were released on Sunday.", "Nine", Some(Event::Exchanged)),
            ("Officials said 14 soldiers wounded in the ambush died overnight.", "14", Some(Event::Killed)),
            // The participle may stand further on, after the noun's
            // own words.
            ("The last 9 nurses from a convoy seized in June have been freed.", "9", Some(Event::Exchanged)),
            // A verb of another clause is not this one's.
            ("At least 12 civilians killed when rockets were fired at the town.", "At least 12", Some(Event::Killed)),
            // A verb no cue knows leaves the participle the event.
            ("Eleven villagers killed in the raid were buried on Friday.", "Eleven", Some(Event::Killed)),
            ("About 300 families displaced by the floods have returned home.", "About 300", Some(Event::Displaced)),
            // Another figure's verb is not this one's.
            ("At least 20 people were killed and 12 were wounded.", "At least 20", Some(Event::Killed)),
            // People treated for wounds are wounded.
            ("No deaths were reported, but 8 people were treated for burns.", "8", Some(Event::Wounded)),
            ("Medics said 40 residents were treated for shrapnel wounds.", "40", Some(Event::Wounded)),
            // Treating is no toll of its own: "treated" alone says nothing.
            ("Doctors treated 300 patients at the clinic.", "300", None),
            // An including aside is read past.
            ("More than 9,000 people, including soldiers, police and rebels, \
                 have died since 2012.", "More than 9,000", Some(Event::Killed)),
            ("About 300 people, including women and children, were wounded.", "About 300", Some(Event::Wounded)),
            ("Some 80 people, including aid workers, have been abducted.", "Some 80", Some(Event::Abducted)),
            // The clause after the aside still tells of the attack.
            ("Rebels attacked 2 bases, including one in Gao, killing 25.", "2", None),
        ];
        for &(text, figure, event) in cases {
            assert_eq!(frame_of(text, figure).map(|f| f.0), event, "{text}");
        }
    }

    #[test]
    fn subjects_written_away_from_the_figure() {
        let cases: &[(&str, &str, Event, &str)] = &[
            (
                "Russia launched 188 drones, the air force said, 76 of which were shot down.",
                "76",
                Event::Intercepted,
                "drones",
            ),
            (
                "The number of displaced people in the province has reached 12,500.",
                "12,500",
                Event::Displaced,
                "displaced people",
            ),
            (
                "The number of refugees, the agency said, rose to 4,000.",
                "4,000",
                Event::Refugees,
                "refugees",
            ),
            (
                "Officials said civilian casualties reach up to 9,000.",
                "up to 9,000",
                Event::Casualties,
                "casualties",
            ),
            (
                "Army casualties total 4,200, the ministry said.",
                "4,200",
                Event::Casualties,
                "casualties",
            ),
            (
                "About 6.9 million Ukrainians have sought refuge abroad.",
                "About 6.9 million",
                Event::Refugees,
                "ukrainians",
            ),
            (
                "The army said 310 marines, including 41 wounded, had left the factory.",
                "41",
                Event::Wounded,
                "marines",
            ),
            (
                "Witnesses said gunmen set fire to 45 houses.",
                "45",
                Event::Destroyed,
                "houses",
            ),
            (
                "Aid groups said 2 million people face acute hunger.",
                "2 million",
                Event::Affected,
                "people",
            ),
            // A verb of its own after "and" ends the list.
            (
                "Gunmen stormed the town, killing 40 people and taking 25 hostages.",
                "25",
                Event::Abducted,
                "hostages",
            ),
            (
                "Militias raided the village, killing nine and burning 60 huts.",
                "60",
                Event::Destroyed,
                "huts",
            ),
            // An age limit is no count.
            (
                "Some 40,000 children under five are acutely malnourished.",
                "Some 40,000",
                Event::Affected,
                "children",
            ),
            (
                "Aid workers said a third of children under 5 were malnourished.",
                "a third",
                Event::Affected,
                "children",
            ),
            // Cues that hold only with the right words around them.
            (
                "The army said about 60 attackers had been neutralised.",
                "about 60",
                Event::Killed,
                "attackers",
            ),
            (
                "The rebels took more than 40 villages last year.",
                "more than 40",
                Event::Captured,
                "villages",
            ),
            (
                "Heavy rain flooded the camp, forcing 900 families from their tents.",
                "900",
                Event::Displaced,
                "families",
            ),
            (
                "The closures are depriving some 800,000 children of schooling.",
                "some 800,000",
                Event::Affected,
                "children",
            ),
            // A share of the people counted before.
            (
                "The camps hold about 80,000 people, more than half of whom have been displaced twice.",
                "more than half",
                Event::Displaced,
                "people",
            ),
            (
                "The blast claimed the lives of 40 civilians.",
                "40",
                Event::Killed,
                "civilians",
            ),
            (
                "The hospital received 17 bodies and treated 60 wounded.",
                "60",
                Event::Wounded,
                "people",
            ),
            (
                "Israel is holding more than 9,000 Palestinians in its jails.",
                "more than 9,000",
                Event::Detained,
                "palestinians",
            ),
            (
                "Eight members of one family were killed when a shell hit their home.",
                "Eight",
                Event::Killed,
                "members",
            ),
            (
                "Among the dead were two children, the governor said.",
                "two",
                Event::Killed,
                "children",
            ),
            (
                "Troops rescued 76 hostages held by the militants.",
                "76",
                Event::Exchanged,
                "hostages",
            ),
            // Weapons known by name.
            (
                "Air defences downed six ATACMS over the region.",
                "six",
                Event::Intercepted,
                "atacms",
            ),
            (
                "Russia said it intercepted 25 Storm Shadow cruise missiles.",
                "25",
                Event::Intercepted,
                "storm shadow cruise missiles",
            ),
            // A part intercepted: the whole was launched.
            (
                "About 90 rockets crossed the border, most of which were intercepted.",
                "About 90",
                Event::Launched,
                "rockets",
            ),
            // A toll that is no noun of its own counts people.
            (
                "The death toll from the blast rose to 35.",
                "35",
                Event::Killed,
                "people",
            ),
        ];
        for &(text, figure, event, subject) in cases {
            assert_eq!(
                frame_of(text, figure),
                Some((event, subject.to_string())),
                "{text}"
            );
        }
    }

    #[test]
    fn a_name_before_the_noun_is_its_owner() {
        let text = "The army said it had killed some 300 Hamas fighters.";
        assert_eq!(
            frame_of(text, "some 300"),
            Some((Event::Killed, "fighters".to_string()))
        );
        assert_eq!(party_of(text, "some 300").as_deref(), Some("Hamas"));
        let text = "Warplanes struck 40 Houthi targets overnight.";
        assert_eq!(
            frame_of(text, "40"),
            Some((Event::Damaged, "targets".to_string()))
        );
        let text = "Soldiers arrested 12 suspected ADF collaborators in Beni.";
        assert_eq!(
            frame_of(text, "12"),
            Some((Event::Detained, "suspected collaborators".to_string()))
        );
        assert_eq!(party_of(text, "12").as_deref(), Some("ADF"));
        // A place after "of" is what the share is of.
        let text = "Russia occupies about 18 percent of Ukraine.";
        assert_eq!(
            frame_of(text, "about 18 percent"),
            Some((Event::Controlled, "territory".to_string()))
        );
    }

    #[test]
    fn a_participle_before_the_noun_describes_it() {
        let cases: &[(&str, &str, Event, &str)] = &[
            (
                "Police said 15 detained migrants were killed in the blaze.",
                "15",
                Event::Killed,
                "detained migrants",
            ),
            (
                "Officials said 12 kidnapped students were freed on Friday.",
                "12",
                Event::Exchanged,
                "kidnapped students",
            ),
            // With no verb after the noun, the participle is the event.
            (
                "The report counts 30 abducted villagers in the district.",
                "30",
                Event::Abducted,
                "abducted villagers",
            ),
        ];
        for &(text, figure, event, subject) in cases {
            assert_eq!(
                frame_of(text, figure),
                Some((event, subject.to_string())),
                "{text}"
            );
        }
    }

    #[test]
    fn people_counted_singly_and_leaders_counted_as_people() {
        let cases: &[(&str, &str, Event, &str)] = &[
            (
                "One man, a shepherd, was killed by a landmine.",
                "One",
                Event::Killed,
                "man",
            ),
            (
                "The crash left one crew member dead.",
                "one",
                Event::Killed,
                "crew member",
            ),
            (
                "Armed men abducted five community leaders in the north.",
                "five",
                Event::Abducted,
                "community leaders",
            ),
        ];
        for &(text, figure, event, subject) in cases {
            assert_eq!(
                frame_of(text, figure),
                Some((event, subject.to_string())),
                "{text}"
            );
        }
        // Words that also modify other nouns are not heads of their own.
        let text = "Air defences shot down two fighter jets.";
        assert_eq!(
            frame_of(text, "two"),
            Some((Event::Intercepted, "fighter jets".to_string()))
        );
        // Leaders who meet are no toll.
        let text = "The two leaders met in Doha before the swap.";
        assert_eq!(frame_of(text, "two"), None);
    }

    #[test]
    fn neighbours_and_opponents_are_not_the_side() {
        let text = "Chad said clashes with Sudan had killed 14 soldiers.";
        assert_eq!(party_of(text, "14").as_deref(), Some("Chad"));
        let text = "Iraq moved more forces north on Sunday. \
                    Officials said 2,000 troops were deployed to a district bordering Syria.";
        assert_eq!(party_of(text, "2,000").as_deref(), Some("Iraq"));
        let text = "Shelling near the border with Lebanon wounded 12 civilians in Israel.";
        assert_eq!(party_of(text, "12").as_deref(), Some("Israel"));
        // The other side of a war named after the figure is not its side.
        let text = "Iran says 610 killed in 12-day war with Israel";
        assert_eq!(party_of(text, "610").as_deref(), Some("Iran"));
        let text = "Sudan said 30 soldiers died in fighting with Chad's army on Monday.";
        assert_eq!(party_of(text, "30").as_deref(), Some("Sudan"));
        // A war's other side is still the side its victims are named by.
        let text = "Russia's war with Ukraine has killed 10,000 civilians.";
        assert_eq!(party_of(text, "10,000").as_deref(), Some("Ukraine"));
    }

    #[test]
    fn the_two_sides_of_a_fight_are_not_one_side() {
        let text = "Clashes between Armenia and Azerbaijan killed 100 soldiers.";
        assert_eq!(party_of(text, "100"), None);
        // Armed groups fight; the people they kill are the country's.
        let text = "Colombia said on Monday that fighting between ELN guerrillas \
                    and FARC dissidents had killed 80 people.";
        assert_eq!(party_of(text, "80").as_deref(), Some("Colombia"));
        // A state fighting a group at home: the people are the state's.
        let text = "The war between the RSF and the Sudanese army has killed \
                    tens of thousands of people, the UN says.";
        assert_eq!(
            party_of(text, "tens of thousands").as_deref(),
            Some("Sudan")
        );
        // The place after the pair is where it happened.
        let text = "Clashes between the army and RSF fighters in Khartoum killed 20 civilians.";
        assert_eq!(party_of(text, "20").as_deref(), Some("Sudan"));
    }

    #[test]
    fn an_owner_named_after_the_noun_owns_it() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "US jets struck four depots used by Kataib Hezbollah in Iraq.",
                "four",
                "Kataib Hezbollah",
            ),
            (
                "The army said 200 fighters loyal to the RSF were killed in Darfur.",
                "200",
                "RSF",
            ),
            // A longer name is one name, not its last word.
            (
                "Kataib Hezbollah said US strikes had killed 5 of its commanders near Baghdad.",
                "5",
                "Kataib Hezbollah",
            ),
        ];
        for &(text, figure, party) in cases {
            assert_eq!(party_of(text, figure).as_deref(), Some(party), "{text}");
        }
        // Words of use with no owner after them name none.
        let text = "Drones struck 12 roads used for supplies in Kherson.";
        assert_eq!(party_of(text, "12").as_deref(), Some("Ukraine"));
    }

    #[test]
    fn the_dead_included_and_the_buried_are_killed() {
        let text = "The dead included 14 Kenyan nationals and one Nepali citizen.";
        assert_eq!(
            frame_of(text, "14"),
            Some((Event::Killed, "nationals".to_string()))
        );
        assert_eq!(
            frame_of(text, "one"),
            Some((Event::Killed, "citizen".to_string()))
        );
        assert_eq!(party_of(text, "one").as_deref(), Some("Nepal"));
        let text = "Villagers said they had buried 30 after the raid.";
        assert_eq!(frame_of(text, "30").map(|f| f.0), Some(Event::Killed));
        // Graves are no toll.
        let text = "The bodies were buried in 3 mass graves.";
        assert_eq!(frame_of(text, "3"), None);
    }

    #[test]
    fn a_place_past_a_word_of_direction_is_where_forces_stand() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Turkey has around 3,000 soldiers in northern Iraq.",
                "around 3,000",
                "Turkey",
            ),
            (
                "Turkey has around 3,000 soldiers stationed at bases in northern Iraq.",
                "around 3,000",
                "Turkey",
            ),
            (
                "The US keeps about 900 troops in eastern Syria.",
                "about 900",
                "United States",
            ),
            // Not a place where forces stand: the toll's own land.
            (
                "Shelling killed 12 civilians in northern Israel.",
                "12",
                "Israel",
            ),
            (
                "Floods displaced 4,000 people in central Mali.",
                "4,000",
                "Mali",
            ),
        ];
        for (text, figure, party) in cases {
            assert_eq!(party_of(text, figure).as_deref(), Some(*party), "{text}");
        }
        assert_eq!(
            frame_of(
                "Turkey has around 3,000 soldiers in northern Iraq.",
                "around 3,000"
            )
            .map(|f| f.0),
            Some(Event::Deployed)
        );
    }

    #[test]
    fn forces_a_state_has_somewhere_are_deployed() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Washington has about 2,500 troops in Iraq.",
                "about 2,500",
                "troops",
            ),
            (
                "There are roughly 900 soldiers in Syria.",
                "roughly 900",
                "soldiers",
            ),
            (
                "The mission has some 12,000 peacekeepers in the country.",
                "some 12,000",
                "peacekeepers",
            ),
        ];
        for &(text, figure, subject) in cases {
            assert_eq!(
                frame_of(text, figure),
                Some((Event::Deployed, subject.to_string())),
                "{text}"
            );
        }
        let text = "France keeps 1,000 soldiers in Chad.";
        assert_eq!(party_of(text, "1,000").as_deref(), Some("France"));
    }

    #[test]
    fn a_participle_among_modifiers_is_the_event() {
        let text = "There are 2.3 million internally displaced people in the country.";
        assert_eq!(
            frame_of(text, "2.3 million"),
            Some((Event::Displaced, "internally displaced people".to_string()))
        );
        // Modifiers with no participle give no event.
        let text = "There are 400 newly arrived people in the camp.";
        assert_eq!(frame_of(text, "400"), None);
    }

    #[test]
    fn people_facing_food_insecurity_are_affected() {
        let text = "About 5 million people face severe food insecurity.";
        assert_eq!(
            frame_of(text, "About 5 million").map(|f| f.0),
            Some(Event::Affected)
        );
        // Named before the figure, it is the subject, not the figure's.
        let text = "Food insecurity has grown since 40 ships were seized.";
        assert_ne!(frame_of(text, "40").map(|f| f.0), Some(Event::Affected));
    }

    #[test]
    fn households_without_power_and_people_in_need_are_affected() {
        for (text, figure) in [
            (
                "Power was cut to about 200,000 households.",
                "about 200,000",
            ),
            (
                "About 200,000 households lost power on Monday.",
                "About 200,000",
            ),
            (
                "Well over 3 million people need help, the UN said.",
                "Well over 3 million",
            ),
        ] {
            assert_eq!(
                frame_of(text, figure).map(|f| f.0),
                Some(Event::Affected),
                "{text}"
            );
        }
        for (text, figure) in [
            ("The army lost power in 3 districts.", "3"),
            ("Nine people needed help to get out.", "Nine"),
        ] {
            assert_ne!(
                frame_of(text, figure).map(|f| f.0),
                Some(Event::Affected),
                "{text}"
            );
        }
    }

    #[test]
    fn people_trapped_in_a_place_are_besieged() {
        let text = "Some 400 families remain trapped in the old city.";
        assert_eq!(
            frame_of(text, "Some 400").map(|f| f.0),
            Some(Event::Affected)
        );
        // Trapped under a fallen building, or with no place, missing.
        let cases = [
            "At least 12 people were trapped under the rubble.",
            "At least 12 people were trapped in collapsed buildings.",
            "At least 12 people are trapped, rescuers said.",
        ];
        for text in cases {
            assert_eq!(
                frame_of(text, "At least 12").map(|f| f.0),
                Some(Event::Missing),
                "{text}"
            );
        }
    }

    #[test]
    fn the_people_named_after_were_are_counted() {
        let cases: &[(&str, &str, Event, &str)] = &[
            (
                "Medics said 14 of the dead were children.",
                "14",
                Event::Killed,
                "children",
            ),
            (
                "Of the 40 killed, 14 were soldiers.",
                "14",
                Event::Killed,
                "soldiers",
            ),
            (
                "Two of the injured are aid workers.",
                "Two",
                Event::Wounded,
                "aid workers",
            ),
        ];
        for &(text, figure, event, subject) in cases {
            assert_eq!(
                frame_of(text, figure),
                Some((event, subject.to_string())),
                "{text}"
            );
        }
        // A noun written with the figure keeps it.
        let text = "Some 30 soldiers were among those killed.";
        assert_eq!(
            frame_of(text, "Some 30").map(|f| f.1),
            Some("soldiers".to_string())
        );
    }

    #[test]
    fn weapons_downed_with_no_launch_before_are_the_other_sides() {
        // A report from the defender's side: the report's rival fired them.
        let text = "Drones hit Kyiv overnight\n\n\
                    KYIV (Reuters) - Ukraine's air force said 30 drones were shot down \
                    over six regions. Russia has stepped up its air campaign.";
        assert_eq!(party_of(text, "30").as_deref(), Some("Russia"));
        // The side doing the shooting is named: the other one fired.
        let text = "The Houthis say they fired at a tanker. \
                    US warships shot down 14 drones, the Pentagon said.";
        assert_eq!(party_of(text, "14").as_deref(), Some("Houthis"));
        // Nobody else named: no guess.
        let text = "The RSF said it shot down five drones.";
        assert_eq!(party_of(text, "five"), None);
    }

    #[test]
    fn parts_and_wholes_of_weapons_are_the_launchers() {
        let head = "Russia attacks Ukraine with drones overnight\n\nKYIV (Reuters) - ";
        // (text after the headline, figure, event, subject, party)
        let cases: &[(&str, &str, Event, &str, &str)] = &[
            // The whole is fired by the side whose part was downed, not
            // by the side that says it downed them.
            ("Ukraine says it downed 52 of 75 drones fired overnight.", "75", Event::Launched, "drones", "Russia"),
            ("Ukraine says it downed 52 of 75 drones fired overnight.", "52", Event::Intercepted, "drones", "Russia"),
            // A part listed after a part and its whole is downed too.
            ("Kyiv said it downed 52 of 75 drones and two of seven missiles launched overnight.", "two", Event::Intercepted, "missiles", "Russia"),
            ("Kyiv said it downed 52 of 75 drones and two of seven missiles launched overnight.", "seven", Event::Launched, "missiles", "Russia"),
            ("Kyiv said it downed 52 of 75 drones, along with two of seven missiles.", "two", Event::Intercepted, "missiles", "Russia"),
            // A part of "them" counts what the last claim counted.
            ("The air force said 41 drones were downed. Mobile crews shot down 25 of them, it said.", "25", Event::Intercepted, "drones", "Russia"),
        ];
        for &(text, figure, event, subject, party) in cases {
            let text = format!("{head}{text}");
            let claim = extract(&Document::new("t", &text))
                .into_iter()
                .find(|c| c.text == figure);
            let got = claim.map(|c| (c.event, c.subject, c.party));
            let want = (event, subject.to_string(), Some(party.to_string()));
            assert_eq!(got, Some(want), "{text}: {figure}");
        }
        // Where weapons are aimed is their target, not their side; with
        // no firer named, the side last found firing fired them.
        let text = "Saudi defences downed 7 missiles fired by the Houthis. \
                    The group later fired 10 missiles at Saudi cities.";
        assert_eq!(party_of(text, "10").as_deref(), Some("Houthis"));
        let text = "Gaza war enters second year\n\nThe group fired 10 rockets at Israel on Monday.";
        assert_eq!(party_of(text, "10").as_deref(), Some("Palestinians"));
        // A part of "them" borrows no noun its event does not fit.
        let text = "Gunmen burned 40 homes. Police arrested 12 of them.";
        assert_eq!(frame_of(text, "12").map(|f| f.1).as_deref(), Some("people"));
    }

    #[test]
    fn a_states_strikes_on_its_own_land_harm_its_own_civilians() {
        let text = "Myanmar's military bombed a village in Sagaing, killing 17 people.";
        assert_eq!(party_of(text, "17").as_deref(), Some("Myanmar"));
        // Soldiers it kills on its own land are the other side's.
        let text = "The Sudanese army bombed a camp in Nyala, killing 40 soldiers.";
        assert_eq!(party_of(text, "40"), None);
        let text = "The Sudanese army bombed a market in Nyala, killing 40 people.";
        assert_eq!(party_of(text, "40").as_deref(), Some("Sudan"));
    }

    #[test]
    fn people_feared_dead_or_drowned_are_killed() {
        let status = |text: &str, figure: &str| {
            extract(&Document::new("t", text))
                .into_iter()
                .find(|c| c.text == figure)
                .map(|c| (c.event, c.status))
        };
        type Case<'a> = (&'a str, &'a str, Option<(Event, Status)>);
        let cases: &[Case] = &[
            (
                "Dozens of people are feared dead after the raid.",
                "Dozens",
                Some((Event::Killed, Status::Stated)),
            ),
            (
                "Some 30 migrants were feared drowned off the coast.",
                "Some 30",
                Some((Event::Killed, Status::Stated)),
            ),
            (
                "At least 40 people drowned when the boat capsized.",
                "At least 40",
                Some((Event::Killed, Status::Stated)),
            ),
            // A fear of what may come stays a fear.
            (
                "Officials feared 300 people could be killed.",
                "300",
                Some((Event::Killed, Status::Hypothetical)),
            ),
        ];
        for &(text, figure, want) in cases {
            assert_eq!(status(text, figure), want, "{text}");
        }
    }

    #[test]
    fn a_scene_named_just_before_is_the_side() {
        let head = "Ukraine war: key events\n\nUkraine said 12 soldiers were hurt in Kharkiv.\n\n";
        // The sentence before, with no figure, names the scene.
        let text = format!(
            "{head}The governor of Russia's Kursk region said Ukrainian drones hit a market. \
             Five people were injured, he said."
        );
        assert_eq!(party_of(&text, "Five").as_deref(), Some("Russia"));
        // Two sides named there name no scene; the report's side stands.
        let text = format!(
            "{head}Russia's governor in Kursk spoke to Ukraine's envoy. \
             Five people were injured, he said."
        );
        assert_eq!(party_of(&text, "Five").as_deref(), Some("Ukraine"));
        // Another paragraph's scene is not this one's.
        let text = format!(
            "{head}The governor of Russia's Kursk region spoke.\nFive people were injured, he said."
        );
        assert_eq!(party_of(&text, "Five").as_deref(), Some("Ukraine"));
        // A sentence that does not go on with the speaker keeps the
        // report's side.
        let text =
            format!("{head}The governor of Russia's Kursk region spoke. Five people were injured.");
        assert_eq!(party_of(&text, "Five").as_deref(), Some("Ukraine"));
    }

    #[test]
    fn a_second_verb_with_a_bare_figure_counts_the_same_noun() {
        let cases: &[(&str, &str, Event, &str)] = &[
            (
                "The ambush killed nine soldiers and wounded 12.",
                "12",
                Event::Wounded,
                "soldiers",
            ),
            (
                "Strikes destroyed 4 tanks and damaged 6.",
                "6",
                Event::Damaged,
                "tanks",
            ),
            // A toll noun of its own is not shared.
            (
                "Police found 17 bodies and arrested 5.",
                "5",
                Event::Detained,
                "people",
            ),
            // Not past a noun phrase that ends elsewhere.
            (
                "Shelling killed 4 civilians on Monday and wounded 9.",
                "9",
                Event::Wounded,
                "people",
            ),
        ];
        for &(text, figure, event, subject) in cases {
            assert_eq!(
                frame_of(text, figure),
                Some((event, subject.to_string())),
                "{text}"
            );
        }
    }

    #[test]
    fn others_after_one_are_people() {
        let text = "One man was killed and two others were wounded.";
        assert_eq!(
            frame_of(text, "two").map(|f| f.1).as_deref(),
            Some("people")
        );
        let text = "Two soldiers were killed and three others were wounded.";
        assert_eq!(
            frame_of(text, "three").map(|f| f.1).as_deref(),
            Some("soldiers")
        );
        // Others listed with a part of one toll are not that part.
        let text = "The strike killed four children and 19 others, medics said.";
        assert_eq!(
            frame_of(text, "19"),
            Some((Event::Killed, "people".to_string()))
        );
        let text = "Two women, 3 girls and 11 others were hurt.";
        assert_eq!(frame_of(text, "11").map(|f| f.1).as_deref(), Some("people"));
        // Others of another event told after a contrast are the same kind.
        let text = "Bombing has killed 900 civilians while 4,000 others were injured.";
        assert_eq!(
            frame_of(text, "4,000").map(|f| f.1).as_deref(),
            Some("civilians")
        );
    }

    #[test]
    fn not_animals_or_cases_of_disease() {
        for (text, figure) in [
            ("The attackers killed 40 goats and 15 cattle.", "40"),
            ("The attackers killed 40 goats and 15 cattle.", "15"),
            ("Raiders stole 300 cows from the village.", "300"),
            (
                "Cholera has reached 9 of its 10 states, with 22,000 cases and 400 deaths.",
                "10",
            ),
            (
                "Cholera has reached 9 of its 10 states, with 22,000 cases and 400 deaths.",
                "22,000",
            ),
        ] {
            assert_eq!(frame_of(text, figure), None, "{text}: {figure}");
        }
    }

    #[test]
    fn guns_ships_and_aircraft_are_the_attackers_force() {
        for text in [
            "Israeli artillery killed 4 farmers.",
            "US warships struck 4 launch sites.",
            "Russian fighter jets hit 4 villages, killing 4 farmers.",
        ] {
            let claims = extract(&Document::new("t", text));
            let party = claims
                .into_iter()
                .find(|c| c.text == "4")
                .and_then(|c| c.party);
            assert_eq!(party, None, "{text}");
        }
    }

    #[test]
    fn forces_moved_are_deployed() {
        let text = "Eritrea has moved thousands of troops toward the border.";
        assert_eq!(
            frame_of(text, "thousands").map(|f| f.0),
            Some(Event::Deployed)
        );
        let text = "The army is moving 40 tanks to the front.";
        assert_eq!(frame_of(text, "40").map(|f| f.0), Some(Event::Deployed));
        // Others moved are not.
        let text = "Guards moved 300 prisoners to another jail.";
        assert_ne!(frame_of(text, "300").map(|f| f.0), Some(Event::Deployed));
        let text = "Officials moved 50 families to a school.";
        assert_eq!(frame_of(text, "50"), None);
    }

    #[test]
    fn peoples_and_lands_of_several_words() {
        let text = "Two peacekeepers died, including 9 South Africans.";
        assert_eq!(
            frame_of(text, "9"),
            Some((Event::Killed, "south africans".to_string()))
        );
        assert_eq!(party_of(text, "9").as_deref(), Some("South Africa"));
        // The next count's people are not this count's.
        let text = "Rebels attacked a base in Goma. \
                    Thirteen peacekeepers were killed, including 9 South Africans.";
        assert_eq!(party_of(text, "Thirteen").as_deref(), Some("DR Congo"));
        let text = "Burundi has sent 1,000 more soldiers to eastern Congo.";
        assert_eq!(party_of(text, "1,000").as_deref(), Some("Burundi"));
        let text = "The Arakan Army now controls 14 townships.";
        assert_eq!(
            frame_of(text, "14"),
            Some((Event::Controlled, "townships".to_string()))
        );
    }

    #[test]
    fn a_part_of_a_counted_whole_reads_past_the_whole() {
        let text = "Police said 3 of the 12 suspects were released.";
        assert_eq!(
            frame_of(text, "3"),
            Some((Event::Exchanged, "suspects".to_string()))
        );
        let text = "Officials said 4 of the 30 sailors were missing.";
        assert_eq!(
            frame_of(text, "4"),
            Some((Event::Missing, "sailors".to_string()))
        );
    }

    #[test]
    fn the_whole_of_a_part_keeps_only_its_own_noun() {
        let cases: &[(&str, &str, Option<Event>)] = &[
            // The verb is the part's; hostages not freed are still held.
            (
                "Gunmen freed one of the 12 hostages on Friday.",
                "12",
                Some(Event::Abducted),
            ),
            (
                "Rebels released 5 of the 30 hostages they hold.",
                "30",
                Some(Event::Abducted),
            ),
            (
                "Rebels released 5 of the 30 hostages they hold.",
                "5",
                Some(Event::Exchanged),
            ),
            // Passengers are no toll: the whole of the hurt is no claim.
            (
                "One of the 40 passengers was injured, police said.",
                "40",
                None,
            ),
            (
                "Three of the 40 passengers were injured, police said.",
                "40",
                None,
            ),
            (
                "Three of the 40 passengers were injured, police said.",
                "Three",
                Some(Event::Wounded),
            ),
            // A whole that is a toll of its own keeps it.
            (
                "One of the 14 wounded soldiers died in hospital.",
                "14",
                Some(Event::Wounded),
            ),
            // So is a relative clause.
            (
                "One of the 12 people who died was a child.",
                "12",
                Some(Event::Killed),
            ),
            (
                "Two of the 30 students who were kidnapped escaped.",
                "30",
                Some(Event::Abducted),
            ),
            // A participle right after the whole's noun is the whole's.
            (
                "Crews downed 30 of the 45 drones launched overnight.",
                "45",
                Some(Event::Launched),
            ),
        ];
        for (text, figure, event) in cases {
            assert_eq!(
                frame_of(text, figure).map(|f| f.0),
                *event,
                "{text}: {figure}"
            );
        }
        // Not a part: a share or a list.
        assert_eq!(
            frame_of("All 40 passengers were injured.", "40").map(|f| f.0),
            Some(Event::Wounded)
        );
    }

    #[test]
    fn a_verb_of_its_own_after_the_joint_ends_a_list() {
        let text = "Gunmen killed 40 villagers and took 25 hostages back to their camp.";
        assert_eq!(
            frame_of(text, "25"),
            Some((Event::Abducted, "hostages".to_string()))
        );
        // Hostages taken somewhere are not that place's.
        let text = "Militants killed 12 people in Israel and took 30 hostages to Gaza.";
        assert_eq!(party_of(text, "30").as_deref(), Some("Israel"));
        // "including" still lists whatever follows.
        let text = "The raid killed 11 civilians, including 6 children taken to hospital.";
        assert_eq!(frame_of(text, "6").map(|f| f.0), Some(Event::Killed));
    }

    #[test]
    fn things_counted_with_no_noun_are_the_things_before() {
        let text = "Gunboats have attacked 40 cargo ships, sinking two and seizing one.";
        assert_eq!(
            frame_of(text, "two"),
            Some((Event::Destroyed, "cargo ships".to_string()))
        );
        assert_eq!(
            frame_of(text, "one"),
            Some((Event::Captured, "cargo ships".to_string()))
        );
        // Regions face no hunger themselves.
        let text = "Some 17 of the country's 22 governorates face food insecurity.";
        assert_eq!(frame_of(text, "Some 17"), None);
        // People are counted as people, and places do not die.
        let text = "Rebels attacked 12 villages, killing 40.";
        assert_eq!(
            frame_of(text, "40"),
            Some((Event::Killed, "people".to_string()))
        );
    }

    #[test]
    fn people_affected_and_totals_of_forces() {
        let text = "The closures are affecting around 250,000 pupils.";
        assert_eq!(
            frame_of(text, "around 250,000"),
            Some((Event::Affected, "pupils".to_string()))
        );
        let text = "About 12,000 people were affected by the blackout.";
        assert_eq!(
            frame_of(text, "About 12,000").map(|f| f.0),
            Some(Event::Affected)
        );
        // Land is not affected as people are.
        let text = "The strike cut power to the city, affecting 3 districts.";
        assert_eq!(frame_of(text, "3"), None);
        // A total with no noun counts the forces before it.
        let text = "Some 1,100 troops arrived last week, \
                    bringing the total deployed there to more than 11,000.";
        assert_eq!(
            frame_of(text, "more than 11,000"),
            Some((Event::Deployed, "troops".to_string()))
        );
    }

    #[test]
    fn a_part_of_a_toll_told_before_keeps_its_side() {
        // The report names Russia most; the toll before is Ukraine's.
        let text = "Russia said it fired at targets in Russia's neighbour. \
                    Moscow and the Russian army said more. \
                    A strike wounded 9 people in the Ukrainian city of Sumy. \
                    The governor said four of the injured were in hospital.";
        assert_eq!(party_of(text, "four").as_deref(), Some("Ukraine"));
    }

    #[test]
    fn not_a_participle_after_the_figure_alone() {
        // "were detained" after the figure is the verb, not a describer.
        let text = "Officials said 15 were detained after the clashes.";
        assert_eq!(
            frame_of(text, "15"),
            Some((Event::Detained, "people".to_string()))
        );
        // A participle before no known noun stays the verb.
        let text = "Soldiers said 40 arrested on Monday were released.";
        assert!(frame_of(text, "40").is_some());
    }

    #[test]
    fn peoples_of_many_countries_name_their_side() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Shelling killed four Armenian soldiers near the border.",
                "four",
                "Armenia",
            ),
            (
                "Two Thai rangers were wounded in a bomb attack.",
                "Two",
                "Thailand",
            ),
            (
                "Filipino troops lost 2 soldiers in a clash.",
                "2",
                "Philippines",
            ),
            ("Georgian police detained 30 protesters.", "30", "Georgia"),
            (
                "Some 70,000 Cameroonians have fled to Nigeria.",
                "Some 70,000",
                "Cameroon",
            ),
            (
                "Three Chadian soldiers were killed on Sunday.",
                "Three",
                "Chad",
            ),
            (
                "Two Burkinabe soldiers were wounded.",
                "Two",
                "Burkina Faso",
            ),
            ("Six Nigerien soldiers died in the ambush.", "Six", "Niger"),
            (
                "About 500 Eritreans crossed into Sudan.",
                "About 500",
                "Eritrea",
            ),
            (
                "Moroccan forces detained 14 Sahrawi activists.",
                "14",
                "Western Sahara",
            ),
        ];
        for (text, figure, party) in cases {
            assert_eq!(party_of(text, figure).as_deref(), Some(*party), "{text}");
        }
        // The demonym is the side, not the head noun.
        assert_eq!(
            frame_of("Two Thai rangers were wounded.", "Two"),
            Some((Event::Wounded, "rangers".to_string()))
        );
        // A people of a war's enclave keeps its own name.
        assert_eq!(
            party_of(
                "More than 100,000 Armenians fled the enclave.",
                "More than 100,000"
            )
            .as_deref(),
            Some("Armenians")
        );
    }

    #[test]
    fn a_peoples_name_before_a_noun_is_its_owner() {
        let text = "The camps shelter nearly 900,000 Rohingya refugees.";
        assert_eq!(
            frame_of(text, "nearly 900,000"),
            Some((Event::Refugees, "refugees".to_string()))
        );
        assert_eq!(
            party_of(text, "nearly 900,000").as_deref(),
            Some("Rohingya")
        );
        // A participle before a people's name describes them.
        let text = "Doctors treated 30 wounded Ukrainians on Friday.";
        assert_eq!(
            frame_of(text, "30"),
            Some((Event::Wounded, "wounded ukrainians".to_string()))
        );
        assert_eq!(party_of(text, "30").as_deref(), Some("Ukraine"));
        // With no noun after it, the people's name is what is counted.
        let text = "About 5,000 Rohingya fled the fighting.";
        assert_eq!(
            frame_of(text, "About 5,000"),
            Some((Event::Displaced, "rohingya".to_string()))
        );
    }

    #[test]
    fn cues_out_of_their_wording_make_no_claim() {
        let text = "Eight members of one family were killed when a shell hit their home.";
        assert_eq!(frame_of(text, "one"), None);
        let text = "The deaths of one soldier and two civilians were confirmed.";
        assert!(frame_of(text, "one").is_some());
        // Survivors are no toll.
        let text = "Rescuers pulled 14 survivors from the rubble.";
        assert_eq!(frame_of(text, "14"), None);
        // A weapon's name has no event of its own.
        let text = "The plant will make 500 HIMARS units a year.";
        assert_eq!(frame_of(text, "500"), None);
        let text = "Paramedics took 12 people to hospital.";
        assert_eq!(frame_of(text, "12"), None);
        let text = "The strike ended, forcing 300 workers to return.";
        assert_eq!(frame_of(text, "300"), None);
        // A clause of its own about other things inherits nothing.
        let text = "About 40,000 people have fled, and 200 schools have closed.";
        assert!(frame_of(text, "About 40,000").is_some());
        assert_eq!(frame_of(text, "200"), None);
        // A speaker counted is no figure listed with the next.
        let text = "One official said, adding that 30 fighters had been killed.";
        assert_eq!(frame_of(text, "One"), None);
    }

    #[test]
    fn shares_of_land_told_on_from_control() {
        // Restated after ", or": the cue of the area it restates.
        let text = "Rebels control about 9,000 square kilometres of land, \
                    or roughly 12 percent of the country.";
        assert_eq!(
            frame_of(text, "roughly 12 percent"),
            Some((Event::Controlled, "territory".to_string()))
        );
        assert_eq!(party_of(text, "roughly 12 percent"), None);
        // Told on in the next sentence, by the same side.
        let text = "Russian forces occupy about 19 percent of Ukraine. \
                    That includes nearly 70 percent of Donetsk.";
        assert_eq!(
            frame_of(text, "nearly 70 percent"),
            Some((Event::Controlled, "territory".to_string()))
        );
        assert_eq!(
            party_of(text, "nearly 70 percent").as_deref(),
            Some("Russia")
        );
        // Without a claim of control before, a share of a place is none.
        let text = "That includes nearly 70 percent of Donetsk.";
        assert_eq!(frame_of(text, "nearly 70 percent"), None);
    }

    #[test]
    fn speakers_counted_are_no_toll() {
        for (text, figure) in [
            ("The toll of 9,000 is a floor, one UN official said.", "one"),
            (
                "Shelling killed nine people, two residents told Reuters.",
                "two",
            ),
            ("Three senior officials said the raid killed 14.", "Three"),
        ] {
            assert_eq!(frame_of(text, figure), None, "{text}");
        }
        for (text, figure) in [
            ("The raid killed 14, officials said.", "14"),
            ("The raid killed 14 people, police said.", "14"),
            ("Three senior officials said the raid killed 14.", "14"),
            ("Strikes killed 12 men said to be fighters.", "12"),
        ] {
            assert!(frame_of(text, figure).is_some(), "{text}");
        }
    }

    #[test]
    fn the_whole_of_a_share_is_no_claim() {
        let text = "About 90 percent of Gaza's 2.1 million people have been displaced.";
        assert!(frame_of(text, "About 90 percent").is_some());
        assert_eq!(frame_of(text, "2.1 million"), None);
        let text = "Half of the 400 residents fled.";
        assert_eq!(frame_of(text, "400"), None);
        // A count after "of" with no share before it is still one.
        let text = "The bodies of 30 soldiers were returned.";
        assert!(frame_of(text, "30").is_some());
    }

    #[test]
    fn unknown_nouns_kept_up_to_their_plural() {
        let cases: &[(&str, &str, Event, &str)] = &[
            (
                "Rebels seized three military bases near the lake.",
                "three",
                Event::Captured,
                "military bases",
            ),
            (
                "Shelling damaged 14 grain silos on Friday.",
                "14",
                Event::Damaged,
                "grain silos",
            ),
        ];
        for &(text, figure, event, subject) in cases {
            assert_eq!(
                frame_of(text, figure),
                Some((event, subject.to_string())),
                "{text}"
            );
        }
    }

    /// The party of the claim at `figure` in `text`.
    fn party_of(text: &str, figure: &str) -> Option<String> {
        let claims = extract(&Document::new("t", text));
        claims.into_iter().find(|c| c.text == figure)?.party
    }

    #[test]
    fn a_datelines_country_weighs_once_and_yields_to_the_headline() {
        // The dateline names the country twice and opens the lead; the
        // headline and the lead name another: the report is about that one.
        let text = "Hunger deepens in Yemen as war drags on\n\n\
                    RIYADH, Saudi Arabia (AP) - Fighting in Yemen's north killed 12 people. \
                    The coalition said it intercepted a missile fired at Jazan.\n\n\
                    More than 3 million people have been displaced since 2015, the UN said.";
        assert_eq!(
            party_of(text, "More than 3 million").as_deref(),
            Some("Yemen")
        );
        // A report whose headline names only the dateline's country stays
        // that country's.
        let text = "Saudi Arabia says drones hit an oil plant\n\n\
                    RIYADH, Saudi Arabia (AP) - The ministry said on Monday.\n\n\
                    Four workers were injured, officials said.";
        assert_eq!(party_of(text, "Four").as_deref(), Some("Saudi Arabia"));
    }

    #[test]
    fn parties_are_not_destinations_or_attackers() {
        let text = "More than 12 million people have been uprooted in Sudan. \
                    Nearly 4 million of them have fled to neighbouring countries, \
                    including Chad, Egypt and Libya.";
        assert_eq!(party_of(text, "Nearly 4 million").as_deref(), Some("Sudan"));
        let text = "Sudan: RSF attack on a camp in North Darfur kills dozens";
        assert_eq!(party_of(text, "dozens").as_deref(), Some("Sudan"));
        // The side that says it killed is not the side killed.
        let text = "Israel says it has killed about 17,000 militants in Gaza.";
        assert_eq!(
            party_of(text, "about 17,000").as_deref(),
            Some("Palestinians")
        );
        let text = "Israel says it has killed about 17,000 militants.";
        assert_eq!(party_of(text, "about 17,000"), None);
        // Both sides named as such name no one side.
        let text =
            "Ukraine and Russia met in Istanbul. The two countries swapped 84 prisoners each.";
        assert_eq!(party_of(text, "84"), None);
        // Drones belong to the side that fired them, not to the one that
        // says it shot them down, nor to where they fell.
        let text = "The RSF said it shot down five drones.";
        assert_eq!(party_of(text, "five"), None);
        let text = "Ukraine launched drones at Russia overnight, Ukraine's general staff said. \
                    Ukraine said the strikes hit an oil depot. \
                    Two drones were shot down over the Bryansk region.";
        assert_eq!(party_of(text, "Two").as_deref(), Some("Ukraine"));
        // The side that shelled is not the side hit.
        let text = "Three people were killed when Russia shelled the northern city of Kharkiv.";
        assert_eq!(party_of(text, "Three").as_deref(), Some("Ukraine"));
        // The taker of towns lends no party to the displaced.
        // A backer is no side of the counted.
        let text = "Mali: fighting uproots thousands\n\n\
                    Fighting between the army, backed by Russian mercenaries, and rebels \
                    has displaced 500,000 people inside the country.";
        assert_eq!(party_of(text, "500,000").as_deref(), Some("Mali"));
        let text = "M23 rebels seized two towns in North Kivu, as fighting displaced 9,000 people.";
        assert_eq!(party_of(text, "two").as_deref(), Some("M23"));
        assert_eq!(party_of(text, "9,000").as_deref(), Some("DR Congo"));
        // A country's name before a group's locates the group.
        let text = "Saudi air defences downed 9 drones launched by Yemen's Houthi rebels.";
        assert_eq!(party_of(text, "9").as_deref(), Some("Houthis"));
        let text = "Lebanon's Hezbollah fired 40 rockets at northern Israel.";
        assert_eq!(party_of(text, "40").as_deref(), Some("Hezbollah"));
        // A side that frees captives does not own them; one that brings
        // its own home does.
        let text = "In Colombia, ELN rebels freed 14 hostages on Tuesday.";
        assert_eq!(party_of(text, "14").as_deref(), Some("Colombia"));
        let text = "Ukraine repatriated 95 soldiers on Friday.";
        assert_eq!(party_of(text, "95").as_deref(), Some("Ukraine"));
        // People evacuated somewhere stay who they are.
        let text = "Eight US soldiers were wounded. Three of them were evacuated to Germany.";
        assert_eq!(party_of(text, "Three").as_deref(), Some("United States"));
        // A partner in a deal is no side of the forces it hosts.
        let text = "Rwanda has 4,000 soldiers and police deployed in Cabo Delgado \
                    under a 2021 agreement with Maputo.";
        assert_eq!(party_of(text, "4,000").as_deref(), Some("Rwanda"));
        // A side of a fight named in many words is still a side.
        let text = "Colombia is weary of war. Fighting between the ELN and \
                    dissidents of the former FARC has forced 50,000 people from their homes.";
        assert_eq!(party_of(text, "50,000").as_deref(), Some("Colombia"));
        // Captives are not their captors' or their prison's.
        let text = "Israeli officials said the deal frees 30 hostages held in Gaza.";
        assert_eq!(party_of(text, "30").as_deref(), Some("Israel"));
        let text = "Officials said Hamas still holds 90 people.";
        assert_eq!(party_of(text, "90"), None);
        // Troops sent are the sender's, not the destination's.
        let text = "The US will send 3,000 more troops to the Middle East as Iran tensions rise.";
        assert_eq!(party_of(text, "3,000").as_deref(), Some("United States"));
        let text = "Ukraine said some 1,000 troops were deployed to Poland.";
        assert_eq!(party_of(text, "some 1,000").as_deref(), Some("Ukraine"));
        // Weapons delivered are the receiver's.
        let text = "Norway said it had delivered 8 tanks to Ukraine.";
        assert_eq!(party_of(text, "8").as_deref(), Some("Ukraine"));
        // Unnamed, the receiver is not the one delivering.
        let text = "Ukraine wants more armour. Ukraine says Kyiv needs it. \
                    Last month, Poland had delivered 14 such tanks.";
        assert_eq!(party_of(text, "14").as_deref(), Some("Ukraine"));
        // A side evacuates its own; a border is no side.
        let text =
            "Israel said it had evacuated 2,300 residents from towns near the Lebanese border.";
        assert_eq!(party_of(text, "2,300").as_deref(), Some("Israel"));
        // Where rockets were fired from is the attacker's side.
        let text = "Israel said rockets fired from Gaza wounded 3 soldiers.";
        assert_eq!(party_of(text, "3").as_deref(), Some("Israel"));
        // A statement of its own lists nothing with the figure before.
        let text = "The US will send 2,000 troops, officials said, \
                    while Norway said it had delivered 6 tanks to Ukraine.";
        assert_eq!(party_of(text, "6").as_deref(), Some("Ukraine"));
        // Intercepted weapons are the side's that launched them.
        let text = "Air defences downed eight missiles launched by Russia.";
        assert_eq!(party_of(text, "eight").as_deref(), Some("Russia"));
        // A participle clause after a setting: the doer follows the setting.
        let text = "In the Red Sea, the Houthis attacked a ship, killing three sailors.";
        assert_eq!(party_of(text, "three"), None);
        // What a side shot down is not its own.
        let text = "Kharkiv was hit again. Russian air defense forces intercepted 20 rockets.";
        assert_eq!(party_of(text, "20").as_deref(), Some("Ukraine"));
        let text = "Russia said its air defense forces intercepted 20 rockets.";
        assert_eq!(party_of(text, "20"), None);
        // A paragraph's setting is the side of its figures.
        let text = "Gunmen killed 12 people in Lebanon.\n\n\
                    In northern Nigeria, gunmen killed 15 villagers. \
                    A further 22 people remain missing.\n\n\
                    Another 30 people were wounded.";
        assert_eq!(party_of(text, "22").as_deref(), Some("Nigeria"));
        assert_eq!(party_of(text, "30").as_deref(), Some("Lebanon"));
        let text = "In Nigeria, Boko Haram and its splinter group ISWAP have killed 40,000 people.";
        assert_eq!(party_of(text, "40,000").as_deref(), Some("Nigeria"));
        // A side's men before the verb are the doers too.
        let text = "In Sudan, RSF fighters killed 120 people in villages.";
        assert_eq!(party_of(text, "120").as_deref(), Some("Sudan"));
        let text = "In Yemen, Houthi gunmen killed 12 people.";
        assert_eq!(party_of(text, "12").as_deref(), Some("Yemen"));
        let text = "Ukrainian drones killed 12 Russian soldiers.";
        assert_eq!(party_of(text, "12").as_deref(), Some("Russia"));
        // The holder named after a share holds it.
        let text = "Kyiv hopes to recapture around 18 percent of its territory occupied by Russia.";
        assert_eq!(
            party_of(text, "around 18 percent").as_deref(),
            Some("Russia")
        );
        // The next count's nationality is not this one's.
        let text =
            "Moscow admits 5,000 dead soldiers and estimates 50,000 Ukrainian soldiers killed.";
        assert_eq!(party_of(text, "5,000").as_deref(), Some("Russia"));
        // A group of several words is a doer too.
        let text = "Sudan's paramilitary Rapid Support Forces killed at least 80 people.";
        assert_eq!(party_of(text, "at least 80").as_deref(), Some("Sudan"));
        // A participle clause's doer is the sentence's subject.
        let text = "Houthi rebels have attacked dozens of ships since May, \
                    killing three sailors and sinking two vessels.";
        assert_eq!(party_of(text, "three"), None);
        assert_eq!(party_of(text, "two"), None);
        let text = "A Russian missile hit Kharkiv on Monday, killing four people.";
        assert_eq!(party_of(text, "four").as_deref(), Some("Ukraine"));
        // A place the clause only locates is no doer.
        let text = "Drone strikes on Sudan's restive Darfur region killed 11 people.";
        assert_eq!(party_of(text, "11").as_deref(), Some("Sudan"));
    }

    #[test]
    fn fighters_of_no_state_are_not_the_countrys() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "The army said it had killed 17 insurgents in Pakistan's northwest.",
                "17",
                None,
            ),
            (
                "Nine gunmen were shot dead in Mali, officials said.",
                "Nine",
                None,
            ),
            (
                "Troops killed 12 al-Shabaab militants near Kismayo.",
                "12",
                Some("al-Shabaab"),
            ),
            // A people's land is not a state: its fighters are its own.
            (
                "Israel said it killed 40 militants in Gaza.",
                "40",
                Some("Palestinians"),
            ),
            // A nationality written with them still names their side.
            (
                "Police arrested 30 Afghan militants.",
                "30",
                Some("Afghanistan"),
            ),
            (
                "Police in Mali arrested 30 suspected militants.",
                "30",
                Some("Mali"),
            ),
        ];
        for &(text, figure, party) in cases {
            assert_eq!(party_of(text, figure).as_deref(), party, "{text}");
        }
    }

    #[test]
    fn not_other_people_lose_the_country() {
        let text = "The army said 14 soldiers were killed in Pakistan's northwest.";
        assert_eq!(party_of(text, "14").as_deref(), Some("Pakistan"));
        let text = "Gunmen killed 12 villagers in Mali.";
        assert_eq!(party_of(text, "12").as_deref(), Some("Mali"));
    }

    #[test]
    fn number_of_gives_way_to_the_figures_noun_and_needs_its_clause() {
        // The figure's own noun wins over what "number of" names:
        // "12,500 families" takes no event from "displaced people".
        let text = "The number of displaced people in the city has reached 12,500 families.";
        assert_eq!(frame_of(text, "12,500"), None);
        // Three asides: the figure is too far from what it numbers.
        let far =
            "The number of displaced people, officials said, in the east, as of May, reached 900.";
        assert_eq!(frame_of(far, "900"), None);
        // The participle after the noun gives the event.
        let text = "The raid raised the number of soldiers killed in the region \
                    since March to more than 300.";
        assert_eq!(
            frame_of(text, "more than 300"),
            Some((Event::Killed, "soldiers".to_string()))
        );
        // Listed figures share what "number of" counts.
        let listed = "The number of refugees was 300 in May and 4,000 by June.";
        assert_eq!(
            frame_of(listed, "4,000"),
            Some((Event::Refugees, "refugees".to_string()))
        );
    }
}
