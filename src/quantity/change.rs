//! Whether a figure states a change: "rose by 12", "up 19 cents", "fell 5
//! percent", "a 15% rise". "increased to 45" is a new level, not a change.

use crate::grammar::{starts_with_ignore_case, word, word_before, ws, Lower};
use crate::lexicon::context::{CHANGE_NOUNS, CHANGE_VERBS};
use crate::vocabulary::{Change, Unit};

/// Verbs before "down" that make it part of the verb, not a fall:
/// "shot down 120 drones".
fn phrasal(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "shot"
            | "shoot"
            | "shoots"
            | "brought"
            | "bring"
            | "knocked"
            | "gunned"
            | "took"
            | "taken"
            | "cut"
            | "turned"
            | "tore"
            | "torn"
            | "burned"
            | "burnt"
            | "struck"
            | "broke"
            | "picked"
            | "set"
            | "made"
            | "step"
            | "stepped"
            | "stand"
            | "stood"
            // "make up a quarter", "ended up 3% higher"
            | "make"
            | "makes"
            | "making"
            | "end"
            | "ends"
            | "ended"
            | "add"
            | "adds"
            | "added"
    )
}

/// The change a figure states, from the words before and after (`rest`)
/// it: `before` is the word before the figure's text as [`word_before`]
/// reads it, with where it starts in `text`.
pub(crate) fn change_around(
    text: &str,
    before: Option<(usize, &str)>,
    rest: &str,
    unit: &Unit,
) -> Option<Change> {
    let measured = !matches!(unit, Unit::Count);
    if let Some((at, w)) = before {
        if w.eq_ignore_ascii_case("by") {
            return verb_of_by(text, at);
        }
        // "climbed above $90", "fell below 2%": a threshold passed is a
        // new level, not a change.
        let figure = text.get(at + w.len()..).unwrap_or_default().trim_start();
        // "up over 61 percent" is still a change.
        let adverb = w.eq_ignore_ascii_case("up") || w.eq_ignore_ascii_case("down");
        let threshold = !adverb
            && ["above ", "over ", "below ", "under ", "past ", "beyond "]
                .iter()
                .any(|t| starts_with_ignore_case(figure, t));
        if threshold {
            return None;
        }
        if let Some(c) = CHANGE_VERBS.get(w) {
            let before = word_before(text, at).map(|(_, v)| v);
            let is_particle = w.eq_ignore_ascii_case("up") || w.eq_ignore_ascii_case("down");
            if is_particle && before.is_some_and(phrasal) {
                return None;
            }
            if measured || !c.measured_only {
                return Some(c.direction);
            }
            return None;
        }
        if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
            let (after, _) = ws(rest).ok()?;
            let (_, noun) = word(after).ok()?;
            return CHANGE_NOUNS.get(noun);
        }
    }
    None
}

/// Most words between a verb of change and the "by" of its amount:
/// "raised [its key rate] by 25 basis points".
const BY_REACH: usize = 4;

/// The direction of the verb of change that "by" at `at` goes with:
/// "rose by", or a verb and its object opened by a determiner: "cut [its]
/// forecast by", "raised [the] key rate by", within [`BY_REACH`] words
/// and no punctuation. "gains had slowed by" is no change of "gains".
fn verb_of_by(text: &str, at: usize) -> Option<Change> {
    let (mut at, first) = word_before(text, at)?;
    if let Some(c) = CHANGE_VERBS.get(first) {
        return Some(c.direction);
    }
    let mut next = first;
    for _ in 0..BY_REACH {
        let (start, w) = word_before(text, at)?;
        let object = ["its", "the", "their", "his", "her", "a", "an", "our"]
            .iter()
            .any(|d| next.eq_ignore_ascii_case(d));
        if object {
            return CHANGE_VERBS.get(w).map(|c| c.direction);
        }
        next = w;
        at = start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(text: &str, figure: &str, unit: Unit) -> Option<Change> {
        let start = text.find(figure).unwrap();
        let before = word_before(text, start);
        change_around(text, before, &text[start + figure.len()..], &unit)
    }

    #[test]
    fn change_table() {
        assert_eq!(
            change("the toll rose by 12", "12", Unit::Count),
            Some(Change::Up)
        );
        assert_eq!(
            change("shares up 19 cents", "19 cents", Unit::Currency),
            Some(Change::Up)
        );
        assert_eq!(
            change("it fell 5 percent", "5 percent", Unit::Percent),
            Some(Change::Down)
        );
        assert_eq!(change("a 15% rise", "15%", Unit::Percent), Some(Change::Up));
        assert_eq!(change("increased to 45", "45", Unit::Count), None);
        assert_eq!(change("shot down 120 drones", "120", Unit::Count), None);
        assert_eq!(change("Russia lost 300 tanks", "300", Unit::Count), None);
        assert_eq!(
            change("the index lost 3%", "3%", Unit::Percent),
            Some(Change::Down)
        );
        assert_eq!(change("down from 40", "40", Unit::Count), None);
        // "by" a few words after its verb.
        assert_eq!(
            change(
                "the bank raised its key rate by 25 points",
                "25 points",
                Unit::Count
            ),
            Some(Change::Up)
        );
        assert_eq!(change("killed by 25 soldiers", "25", Unit::Count), None);
        assert_eq!(
            change("monthly gains had slowed by 18%", "18%", Unit::Percent),
            None
        );
    }

    #[test]
    fn thresholds_and_particles() {
        // A threshold passed is a level.
        assert_eq!(
            change("oil climbed above $90", "above $90", Unit::Currency),
            None
        );
        assert_eq!(
            change("inflation fell below 2%", "below 2%", Unit::Percent),
            None
        );
        assert_eq!(
            change(
                "revenue was up over 61 percent",
                "over 61 percent",
                Unit::Percent
            ),
            Some(Change::Up)
        );
        // "up" of a phrasal verb.
        assert_eq!(
            change("the over-60s make up a quarter", "a quarter", Unit::Percent),
            None
        );
    }
}
