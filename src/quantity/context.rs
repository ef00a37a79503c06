//! What the words around a numeral say about it: a year, a date, a clock
//! time, a label ("Article 5"), a code ("F-16"), or a figure.

use super::amount::Amount;
use crate::grammar::{char_before, is_dash, trim_end_spaces, word, word_before, ws, Lower};
use crate::lexicon::context::{CLOCK_WORDS, LABELS, MONTHS, STOP_WORDS};
use crate::vocabulary::Unit;

/// Why a numeral is not a figure, read from the text before it. `at` is
/// where the numeral (after any qualifier words) begins, and `prev` the
/// word before it as [`word_before`] reads it.
pub(crate) fn rejected_before(
    text: &str,
    at: usize,
    prev: Option<(usize, &str)>,
    a: &Amount,
) -> bool {
    if a.digits.is_none() || a.currency.is_some() {
        return false;
    }
    match char_before(text, at) {
        // "F-16", "Su-34", "2022-23": a dash fused to a word or number.
        Some(c) if is_dash(c) => {
            let before = at - c.len_utf8();
            if char_before(text, before).is_some_and(char::is_alphanumeric) {
                return true;
            }
        }
        Some('+' | '#' | '\'' | '’' | '№') => return true,
        Some('/' | ':' | '.' | ',') => {
            let before = at - 1;
            if char_before(text, before).is_some_and(|c| c.is_ascii_digit()) {
                return true;
            }
        }
        _ => {}
    }
    // "+44 20 7946 0958", "2 500": a bare number right after another.
    let head = trim_end_spaces(&text[..at]);
    if head.len() < at && head.ends_with(|c: char| c.is_ascii_digit()) && a.is_bare() {
        return true;
    }
    let Some((start, prev)) = prev else {
        // "Feb. 5": the month abbreviation ends with a full stop.
        let head = trim_end_spaces(&text[..at]);
        if let Some(head) = head.strip_suffix('.') {
            if let Some((_, w)) = word_before(head, head.len()) {
                return is_day_of_month(a) && is_month(w)
                    || LABELS.get(w).is_some() && w.len() <= 3;
            }
        }
        return false;
    };
    // "Article 5", "STOXX 600", "FTSE 100": a label or an index name.
    // "S&P 500": a single capital joined by "&".
    let joined = prev.len() == 1 && text[..start].ends_with('&');
    // The capital is tested first: most words before a figure have none,
    // and are not looked up.
    if starts_upper(prev) && LABELS.get(prev).is_some() || is_acronym(prev) || joined {
        return true;
    }
    is_day_of_month(a) && is_month(prev)
}

/// Why a numeral is not a figure, read from the text after it.
pub(crate) fn rejected_after(rest: &str, a: &Amount, qualified: bool, prev: Option<&str>) -> bool {
    let Some(d) = a.digits else { return false };
    // "3-1" (a score), "10:30", "07/05/2024"
    let mut chars = rest.chars();
    if let (Some(c), Some(n)) = (chars.next(), chars.next()) {
        if (is_dash(c) || c == ':' || c == '/') && n.is_ascii_digit() {
            return true;
        }
    }
    if a.currency.is_none() && a.unit == Unit::Count && a.scale.is_none() {
        // The word after the figure, read once: right after it or after
        // white space (`spaced`).
        let (after, spaced) = match ws(rest) {
            Ok((after, _)) => (after, true),
            Err(_) => (rest, false),
        };
        let next = word(after).ok();
        if is_clock(after, next) {
            return true;
        }
        let next_spaced = next.filter(|_| spaced).map(|(_, w)| w);
        if let Some(w) = next_spaced {
            if is_day_of_month(a) && starts_upper(w) && is_month(w) {
                return true;
            }
        }
        if !qualified && d.is_plain() && d.int_digits == 4 && (1600.0..=2100.0).contains(&a.value) {
            return prev.is_some_and(|w| {
                is_month(w) || YEAR_PREPOSITIONS.contains(&Lower::new(w).as_str())
            }) || !next_spaced.is_some_and(counted_noun);
        }
    }
    false
}

/// Words after which a plain 4-digit number is a year: "in 2022", "since
/// 2014", "October 2023".
const YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "of",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "during",
    "early",
    "late",
    "mid",
    "through",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "year",
    "end",
    "start",
    "beginning",
];

/// "9 am", "9 a.m.", "0600 GMT", "10 o'clock", "14 local time"
///
/// `after` is the text after the figure and any white space, `next` the
/// word there as [`word`] reads it.
fn is_clock<'a>(after: &'a str, next: Option<(&'a str, &'a str)>) -> bool {
    let Some((r, w)) = next else {
        // "a.m." is not a word: "a" then ".".
        return after
            .get(..4)
            .is_some_and(|t| t.eq_ignore_ascii_case("a.m.") || t.eq_ignore_ascii_case("p.m."));
    };
    match Lower::new(w).as_str() {
        "a" | "p" => r.starts_with(".m"),
        "local" => {
            ws(r).is_ok_and(|(r, _)| r.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("time")))
        }
        "hours" | "hrs" | "h" => false,
        _ => CLOCK_WORDS.get(w).is_some(),
    }
}

/// A plain 4-digit number reads as a count rather than a year when a
/// plural common noun (`w`, the word after it) follows: "1500 troops",
/// not "2022 elections".
fn counted_noun(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && STOP_WORDS.get(w).is_none()
        && !matches!(w, "elections" | "olympics" | "games" | "talks" | "polls")
}

fn is_day_of_month(a: &Amount) -> bool {
    a.digits.is_some_and(|d| d.is_plain() && d.int_digits <= 2)
        && (1.0..=31.0).contains(&a.value)
        && a.is_bare()
}

/// "STOXX", "FTSE", "DAX": three or more capitals.
fn is_acronym(w: &str) -> bool {
    w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_month(w: &str) -> bool {
    starts_upper(w) && MONTHS.get(w).is_some()
}

fn starts_upper(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase())
}

/// Why a figure in words ("one", "half") is not a figure here: "no one",
/// "one another", "the first half". `prev` is the word before it.
pub(crate) fn word_rejected(prev: Option<&str>, written: &str, rest: &str) -> bool {
    let prev = prev.map(Lower::new);
    let prev = prev.as_ref().map(Lower::as_str);
    let next = ws(rest)
        .ok()
        .and_then(|(r, _)| word(r).ok())
        .map(|(_, w)| Lower::new(w));
    let next = next.as_ref().map(Lower::as_str);
    match Lower::new(written).as_str() {
        "one" => {
            matches!(
                prev,
                Some("no" | "the" | "this" | "that" | "which" | "every" | "each" | "any" | "such")
            ) || matches!(
                next,
                Some(
                    "another"
                        | "could"
                        | "would"
                        | "should"
                        | "might"
                        | "must"
                        | "can"
                        | "may"
                        | "by"
                        | "day"
                        | "time"
                        | "way"
                        | "thing"
                        | "hand"
                        | "side"
                )
            )
        }
        // "the first half of the year" is a stretch of time, with "of"
        // or without; "the other half of the city" is a share.
        "half" => {
            matches!(
                prev,
                Some("first" | "second" | "latter" | "former" | "final" | "opening" | "closing")
            ) || matches!(prev, Some("other" | "the")) && !matches!(next, Some("of"))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::amount::amount;

    fn before(text: &str, at: usize) -> bool {
        let (_, a) = amount(&text[at..]).unwrap();
        rejected_before(text, at, word_before(text, at), &a)
    }

    fn after(figure: &str) -> bool {
        let (rest, a) = amount(figure).unwrap();
        rejected_after(rest, &a, false, None)
    }

    #[test]
    fn codes_labels_and_dates_before() {
        assert!(before("an F-16 jet", 5));
        assert!(before("Resolution 2334", 11));
        assert!(before("No. 3", 4));
        assert!(before("Feb 5, 2026", 4));
        assert!(before("Feb. 5", 5));
        assert!(before("call +44 20", 6));
        assert!(!before("killed 40", 7));
        assert!(before("the STOXX 600 rose", 10));
        assert!(before("+44 20 7946", 7));
        assert!(before("the S&P 500 index", 8));
    }

    #[test]
    fn years_dates_clocks_after() {
        assert!(after("2022 and"));
        assert!(after("5 February"));
        assert!(after("9 a.m."));
        assert!(after("10:30"));
        assert!(after("1430 GMT"));
        assert!(amount("0600 GMT").is_err());
        assert!(after("3-1 win"));
        assert!(!after("1500 troops"));
        assert!(!after("45 people"));
        assert!(after("2024 elections"));
        assert!(!after("5 may have died"));
    }

    #[test]
    fn words_that_are_no_figure() {
        let cases: &[(Option<&str>, &str, &str, bool)] = &[
            (Some("first"), "half", " of the year", true),
            (Some("second"), "half", " of 2024", true),
            (Some("final"), "half", ".", true),
            (Some("the"), "half", " that fled", true),
            (Some("other"), "half", " of the city", false),
            (Some("the"), "half", " of the city", false),
            (None, "half", " of the city", false),
            (Some("each"), "one", " of them", true),
            (None, "one", " soldier", false),
        ];
        for &(prev, written, rest, rejected) in cases {
            assert_eq!(
                word_rejected(prev, written, rest),
                rejected,
                "{prev:?} {written}{rest}"
            );
        }
    }
}
