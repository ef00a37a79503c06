//! Labelled figures: the rows of a fact box, where a label and a colon
//! stand for the sentence around the figure.
//!
//! ```text
//! Civilians killed: [12,164]
//! • Death toll: [45]
//! Displaced: [3.7 million]
//! Homes destroyed: [1,200]
//! ```
//!
//! The label names the event, and often what is counted; the figure's
//! own noun, if it has one, still wins ("Killed: [12] civilians").

use super::tokens::{Kind, Tokens};
use crate::lexicon::events::{NounClass, EVENT_CUES, NOUNS};
use crate::vocabulary::Event;

/// Most words a label may have: "Number of civilians killed so far" is
/// cut to its last five, which start no row, and gives nothing; a longer
/// run of words before a colon is a clause.
const MAX_LABEL_WORDS: usize = 5;

/// What a label says about the figure after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Label<'t> {
    /// The event the label names.
    pub(super) event: Event,
    /// The noun the label counts ("civilians"), if it names one.
    pub(super) subject: Option<&'t str>,
    /// That noun's class.
    pub(super) class: Option<NounClass>,
}

/// label := word{1,5} ":" figure      at the start of the sentence, or
///                                    after a bullet or other mark
///
/// The label of the figure at token `fi`, when one stands right before
/// it and names an event: the last event word of the label wins ("Death
/// toll", "killed", "refugees"). A label that names none ("He said: 12
/// people ...", "Update: ...") gives nothing.
pub(super) fn label<'t>(t: &Tokens<'t>, fi: usize) -> Option<Label<'t>> {
    let colon = fi.checked_sub(1)?;
    if t.kind(colon) != Some(Kind::Stop) || t.text(colon) != ":" {
        return None;
    }
    let mut start = colon;
    while start > 0 && t.is_word(start - 1) && colon - start < MAX_LABEL_WORDS {
        start -= 1;
    }
    // The label is the whole row before the colon: it starts the
    // sentence or follows a mark ("•", "-"), never a figure or a clause.
    let opens = start == 0 || matches!(t.kind(start - 1), Some(Kind::Stop | Kind::Comma));
    if start == colon || !opens || (start > 0 && t.text(start - 1) == ":") {
        return None;
    }
    let mut event = None;
    let mut subject = None;
    let mut i = start;
    while i < colon {
        if let Some((cue, n)) = t.phrase(&EVENT_CUES, i).filter(|&(_, n)| i + n <= colon) {
            event = Some(cue.event);
            i += n;
            continue;
        }
        if let Some((info, n)) = t.phrase(&NOUNS, i).filter(|&(_, n)| i + n <= colon) {
            if info.strong {
                event = info.event.or(event);
            } else if n == 1 && info.class != NounClass::NoToll {
                subject = Some((t.text(i), info.class));
            }
            i += n;
            continue;
        }
        i += 1;
    }
    Some(Label {
        event: event?,
        subject: subject.map(|(s, _)| s),
        class: subject.map(|(_, c)| c),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::quantities;
    use crate::span::Span;

    /// The label of the first figure of `s`.
    fn read(s: &str) -> Option<(Event, Option<String>)> {
        let figures: Vec<Span> = quantities(s).iter().map(|q| q.span).collect();
        let t = Tokens::new(s, Span::new(0, s.len()), &figures);
        let fi = t.figure_token(0);
        label(&t, fi).map(|l| (l.event, l.subject.map(str::to_lowercase)))
    }

    #[test]
    fn label_table() {
        let cases: &[(&str, Event, Option<&str>)] = &[
            ("Civilians killed: 12,164", Event::Killed, Some("civilians")),
            ("• Children injured: 659", Event::Wounded, Some("children")),
            ("Death toll: 45", Event::Killed, None),
            ("Displaced: 3.7 million", Event::Displaced, None),
            ("Refugees abroad: 6.7 million", Event::Refugees, None),
            ("Homes destroyed: 1,200", Event::Destroyed, Some("homes")),
            (
                "Number of civilians killed: 12,164.",
                Event::Killed,
                Some("civilians"),
            ),
            ("- Drones shot down: 76", Event::Intercepted, Some("drones")),
        ];
        for &(s, event, subject) in cases {
            assert_eq!(read(s), Some((event, subject.map(str::to_string))), "{s}");
        }
    }

    #[test]
    fn not_label() {
        for s in [
            "He said: 12 people died.",
            "Update: 45 were hurt.",
            "Civilians killed 12,164",
            "Residents said the strike killed many: 12 at least.",
            "In the east, where shelling killed two: 12 more.",
            "Killed in the strike on the market near the station: 45",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }
}
