//! Whether a figure states a change: "rose by 12", "up 19 cents", "fell 5
//! percent", "a 15% rise". "increased to 45" is a new level, not a change.

use crate::grammar::{word, word_before, ws, Lower};
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
            let verb = word_before(text, at)?.1;
            return CHANGE_VERBS.get(verb).map(|c| c.direction);
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
    }
}
