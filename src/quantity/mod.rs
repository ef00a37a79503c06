//! Every quantity in a text: "at least 55,000", "around one-fifth", "$12-bn",
//! "hundreds of thousands", "between 50 and 60", "32-year-old".
//!
//! # Grammar
//!
//! ```text
//! quantity := prefix? core postfix?
//! prefix   := "at least" | "more than" | "nearly" | "some" | "up to" | …   (lexicon::qualifiers)
//! core     := vague | range | share | amount
//! postfix  := ws ("or so" | "or more" | "or fewer" | "plus") | "-plus" | "-odd" | "+"
//! ```
//!
//! A verb before the figure can bound it too ("the toll has topped
//! 45,000" is `more_than`); the verb is not part of the figure's text.
//!
//! Not quantities: years ("in 2022"), dates ("Feb 5", "5 February"),
//! clock times ("10:30", "9 a.m."), ordinals ("27th", "twenty-first"),
//! phone numbers, and codes or model names ("F-16", "S-300", "M23", "5G").
//! Ages and durations are quantities here (unit "year-old", "days"); the
//! claims stage decides they are no claims.
//!
//! # Cost
//!
//! The scanner visits each byte a bounded number of times: it tries a
//! parse only where a word or a digit run starts, each parse reads a
//! bounded number of words, and after a failed parse it moves past the
//! whole word or digit run. Time is linear in the length of the text.

mod amount;
mod change;
mod context;
mod noun;
mod range;
mod scan;
mod vague;

use crate::grammar::{dash, fail, phrase, word_before, ws, ws0, PResult};
use crate::lexicon::context::CHANGE_VERBS;
use crate::lexicon::qualifiers::{ABBREVIATED_ABOUT, BOUNDING_VERBS, POSTFIX, PREFIX};
use crate::span::{offset, Span};
use crate::vocabulary::{number, Change, Qualifier, Unit};
use amount::{amount, Amount};
use nom::Parser;
use scan::{next_stop, Stop};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// A figure found in a text, with its bounds and what it measures.
///
/// `text` is exactly the bytes `span` marks and includes the figure's own
/// qualifier words ("at least 55,000", "around 20 percent").
///
/// ```
/// use conflict_figures::{quantities, Qualifier, Unit};
/// let found = quantities("Officials said at least 55,000 troops had been killed.");
/// let q = &found[0];
/// assert_eq!(q.text, "at least 55,000");
/// assert_eq!((q.value, q.low, q.high), (Some(55000.0), Some(55000.0), None));
/// assert_eq!(q.qualifier, Qualifier::AtLeast);
/// assert_eq!(q.unit, Unit::Count);
/// assert_eq!(q.noun.as_deref(), Some("troops"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Where the figure and its qualifier words stand in the text.
    pub span: Span,
    /// The figure as written, qualifier words included.
    pub text: String,
    /// The figure; for a share, the percent ("one-fifth" is 20). `None`
    /// for ranges and vague numerals.
    #[serde(serialize_with = "number::opt")]
    pub value: Option<f64>,
    /// The least the wording allows, when it sets one.
    #[serde(serialize_with = "number::opt")]
    pub low: Option<f64>,
    /// The most the wording allows, when it sets one.
    #[serde(serialize_with = "number::opt")]
    pub high: Option<f64>,
    /// How the wording bounds the figure.
    pub qualifier: Qualifier,
    /// What the figure measures.
    pub unit: Unit,
    /// The currency, as an ISO 4217 code ("USD") or "cent"/"penny", when
    /// the unit is [`Unit::Currency`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Whether the figure is an increment or decrement rather than a level.
    pub change: Option<Change>,
    /// The noun the figure counts, as written ("troops", "apartment
    /// blocks"), when one follows it.
    pub noun: Option<String>,
}

/// Every quantity in `text`, in text order, spans never overlapping.
///
/// Never panics and runs in time linear in `text.len()`, whatever the
/// input. See the [crate documentation](crate#untrusted-input).
///
/// ```
/// use conflict_figures::quantities;
/// let found = quantities("Around one-fifth of the region, or 20 percent, is held.");
/// let texts: Vec<_> = found.iter().map(|q| q.text.as_str()).collect();
/// assert_eq!(texts, ["Around one-fifth", "20 percent"]);
/// assert_eq!(found[0].value, Some(20.0));
/// ```
pub fn quantities(text: &str) -> Vec<Quantity> {
    iter(text).collect()
}

/// The quantities of `text` one by one, in text order, as [`quantities`]
/// finds them: each is read when asked for, so a long text's quantities
/// need not all be held at once.
///
/// ```
/// use conflict_figures::quantity;
/// let mut found = quantity::iter("Rain fell for 3 days; 40 homes flooded.");
/// assert_eq!(found.next().map(|q| q.text), Some("3 days".to_string()));
/// assert_eq!(found.next().map(|q| q.text), Some("40".to_string()));
/// assert!(found.next().is_none());
/// ```
pub fn iter(text: &str) -> Quantities<'_> {
    Quantities {
        text,
        pos: 0,
        prev: None,
    }
}

/// The iterator of [`iter`].
#[derive(Debug, Clone)]
pub struct Quantities<'a> {
    text: &'a str,
    /// Where the search goes on.
    pos: usize,
    /// The span and change of the quantity found last, which one after it
    /// may restate.
    prev: Option<(Span, Option<Change>)>,
}

impl Iterator for Quantities<'_> {
    type Item = Quantity;

    fn next(&mut self) -> Option<Quantity> {
        let text = self.text;
        while let Some((start, stop)) = next_stop(text, self.pos) {
            match quantity_at(text, start, stop) {
                Some(mut q) => {
                    self.pos = q.span.end.max(start + 1);
                    if let Some((span, change)) = self.prev {
                        if restates(text, span, change, &q) {
                            q.change = q.change.or(change);
                        }
                    }
                    self.prev = Some((q.span, q.change));
                    return Some(q);
                }
                None => self.pos = scan::skip_stop(text, start, stop),
            }
        }
        None
    }
}

/// "lost 350 points, or 1.1%": the second figure restates the first in
/// another unit, so it states the same change.
fn restates(text: &str, prev: Span, change: Option<Change>, q: &Quantity) -> bool {
    change.is_some()
        && text
            .get(prev.end..q.span.start)
            .is_some_and(|between| between.trim().eq_ignore_ascii_case(", or"))
}

/// The figure at the core of a quantity.
enum Core {
    Vague(f64),
    Range(Amount, Amount),
    /// A percent, and whether it was written as a ratio ("one in five").
    Share(f64, bool),
    Amount(Amount),
}

/// core := vague | range | share | amount
fn core(i: &str) -> PResult<'_, Core> {
    if !i.starts_with(|c: char| c.is_ascii_alphabetic()) {
        // Digits or a currency: read the figure once, then see whether a
        // range or a ratio goes on from it. A plural in digits ("1,000s")
        // is no amount, but vague.
        let (r, a) = match amount(i) {
            Ok(read) => read,
            Err(e) => {
                return vague::in_digits(i)
                    .map(|(r, low)| (r, Core::Vague(low)))
                    .map_err(|_| e)
            }
        };
        if let Ok((r2, (low, high))) = range::continued(&a, r) {
            return Ok((r2, Core::Range(low, high)));
        }
        if let Some(d) = a.digits.filter(|d| d.is_plain() && a.is_bare()) {
            if let Ok((r2, pct)) = crate::number::ratio_after(d.value, r) {
                return Ok((r2, Core::Share(pct, true)));
            }
            if let Ok((r2, pct)) = crate::number::slash_after(d.value, r) {
                return Ok((r2, Core::Share(pct, false)));
            }
        }
        return Ok((r, Core::Amount(a)));
    }
    // Only the rules the first word may open are tried ("from" opens a
    // range only); each of the others would fail at that word.
    let rules = scan::core_rules(i);
    if rules == 0 {
        return fail(i);
    }
    if rules & scan::rules::VAGUE != 0 {
        if let Ok((r, low)) = vague::vague(i) {
            return Ok((r, Core::Vague(low)));
        }
    }
    // The figure is read once, for the range, and for the amount if no
    // share is found.
    let read = if rules & scan::rules::AMOUNT != 0 {
        amount(i).ok()
    } else {
        None
    };
    if read.is_some() || rules & scan::rules::RANGE != 0 {
        if let Ok((r, (low, high))) = range::range(i, read.as_ref()) {
            return Ok((r, Core::Range(low, high)));
        }
    }
    if rules & scan::rules::AMOUNT == 0 {
        return fail(i);
    }
    // A whole number in words up to 1,000 with nothing after it is what a
    // ratio ("one in five") begins with; any other reading begins none.
    let count = read.as_ref().and_then(|(r, a)| {
        let whole = a.digits.is_none() && a.is_bare() && a.value.fract() == 0.0;
        (whole && a.value <= 1000.0).then_some((*r, a.value))
    });
    if let Ok((r, (pct, ratio))) = crate::number::share_counted(i, count) {
        return Ok((r, Core::Share(pct, ratio)));
    }
    match read {
        Some((r, a)) => Ok((r, Core::Amount(a))),
        None => fail(i),
    }
}

/// True when a change verb ("rose", "fell by", "rose from") stands right
/// before a quantity, given the word before it (`before`, with where it
/// starts).
fn after_change_verb(text: &str, before: Option<(usize, &str)>) -> bool {
    let Some((w_at, w)) = before else {
        return false;
    };
    if w.eq_ignore_ascii_case("by") || w.eq_ignore_ascii_case("from") {
        return word_before(text, w_at).is_some_and(|(_, v)| CHANGE_VERBS.get(v).is_some());
    }
    CHANGE_VERBS.get(w).is_some()
}

/// abbreviated := ("approx." | "c." | "ca." | "est.") " " | "~"
///
/// An "about" written short right before the figure at `at`: where it
/// begins. The scanner stops at the figure, so the qualifier is read back
/// from it; a letter or digit right before the abbreviation makes it part
/// of another word ("etc. 5"), and so does a full stop ("D.C. 300").
fn abbreviated_about(text: &str, at: usize) -> Option<usize> {
    let head = text.get(..at)?.as_bytes();
    match head {
        [.., b'~'] => return Some(at - 1),
        [.., b'.', b' '] => {}
        _ => return None,
    }
    let head = &head[..head.len() - 1];
    ABBREVIATED_ABOUT.iter().find_map(|a| {
        let from = head.len().checked_sub(a.len())?;
        let word = head.get(from..)?;
        let alone = from == 0 || matches!(head[from - 1], b' ' | b'(' | b'\n' | b'\t');
        (alone && word.eq_ignore_ascii_case(a.as_bytes())).then_some(from)
    })
}

/// postfix := ws phrase(POSTFIX) | ("-" | "‑") ("plus" | "odd") | "+"
fn postfix(i: &str) -> PResult<'_, Qualifier> {
    // Most figures are followed by a mark, or by one space and a word no
    // postfix begins with: turned away by their first bytes.
    match i.as_bytes() {
        [b' ', next, ..] if next.is_ascii_graphic() && !postfix_initial(*next) => return fail(i),
        [b, ..] if b.is_ascii() && !matches!(b, b'+' | b'-' | b' ' | b'\t' | b'\r' | b'\n') => {
            return fail(i)
        }
        [] => return fail(i),
        _ => {}
    }
    if let Some(r) = i.strip_prefix('+') {
        if crate::grammar::at_boundary(r) {
            return Ok((r, Qualifier::MoreThan));
        }
    }
    if let Ok((r, (_, q))) = (dash, postfix_words).parse(i) {
        return Ok((r, q));
    }
    let (r, (_, q)) = (ws, postfix_words).parse(i)?;
    // "200 plus 30" is addition, not "200-plus".
    if q == Qualifier::MoreThan
        && ws0(r).is_ok_and(|(a, _)| a.starts_with(|c: char| c.is_ascii_digit()))
    {
        return fail(i);
    }
    Ok((r, q))
}

/// phrase(POSTFIX), turned away at once where no phrase of the table
/// begins with the first letter.
fn postfix_words(i: &str) -> PResult<'_, Qualifier> {
    match i.as_bytes().first() {
        Some(&b) if postfix_initial(b) => phrase(&POSTFIX)(i),
        _ => fail(i),
    }
}

/// True when some phrase of the postfix table begins with byte `b`
/// (either case).
fn postfix_initial(b: u8) -> bool {
    static INITIALS: LazyLock<[bool; 256]> = LazyLock::new(|| {
        let mut initials = [false; 256];
        for p in POSTFIX.phrases() {
            for b in p.bytes().take(1) {
                initials[usize::from(b)] = true;
                initials[usize::from(b.to_ascii_uppercase())] = true;
            }
        }
        initials
    });
    INITIALS[usize::from(b)]
}

/// The quantity starting at byte `start`, where the scanner found `stop`,
/// if there is one.
fn quantity_at(text: &str, mut start: usize, stop: Stop) -> Option<Quantity> {
    let input = &text[start..];
    if stop == Stop::CoreWord && !scan::may_start_at_article(input) {
        return None;
    }
    let (after_prefix, prefix) = match stop {
        // A digit or a symbol begins no qualifier's words, but may follow
        // an abbreviated one.
        Stop::Figure => match abbreviated_about(text, start) {
            Some(at) => {
                start = at;
                (input, Some(Qualifier::About))
            }
            None => (input, None),
        },
        _ => match (phrase(&PREFIX), ws).parse(input) {
            Ok((r, (q, _))) => (r, Some(q)),
            // A word that opens no core, with no qualifier read from it.
            Err(_) if stop == Stop::PrefixWord => return None,
            Err(_) => (input, None),
        },
    };
    let figure_at = offset(text, after_prefix);
    let (mut rest, mut core) = core(after_prefix).ok()?;
    // The word before the quantity, and the one before its figure: read
    // once, for every rule that looks back.
    let before = word_before(text, start);
    let prev = if prefix.is_some() {
        word_before(text, figure_at)
    } else {
        before
    };
    // "rose 12 percent to 45 billion", "fell $9 to $2,331", "rose from 50
    // to 60": a change and a level, not a range. A range written with a
    // dash stays one: "lost 5,000-6,000 soldiers", "rose 10-15%". (Set in
    // place: the core is large, and moving it costs a copy.)
    if matches!(core, Core::Range(..)) && after_change_verb(text, before) {
        let (r, a) = amount(after_prefix).ok()?;
        let dashed = ws0(r).is_ok_and(|(r, _)| r.starts_with(crate::grammar::is_dash));
        if !dashed {
            rest = r;
            core = Core::Amount(a);
        }
    }
    let written = &text[figure_at..offset(text, rest)];
    let is_ratio = matches!(core, Core::Share(_, true));

    // What the figure is not: a year, a date, a code, "no one".
    match &core {
        Core::Amount(a) => {
            let prev_word = prev.map(|(_, w)| w);
            // The text after is read first: it turns away years, the most
            // common figures that are none.
            if context::rejected_after(rest, a, prefix.is_some(), prev_word)
                || context::rejected_before(text, figure_at, prev, a)
            {
                return None;
            }
            if a.digits.is_none()
                && prefix.is_none()
                && context::word_rejected(prev_word, written, rest)
            {
                return None;
            }
        }
        Core::Range(low, high) => {
            if context::rejected_before(text, figure_at, prev, low)
                || context::rejected_after(rest, high, true, None)
            {
                return None;
            }
        }
        Core::Share(..) => {
            if prefix.is_none() && context::word_rejected(prev.map(|(_, w)| w), written, rest) {
                return None;
            }
        }
        Core::Vague(_) => {}
    }

    let (rest, post) = match postfix(rest) {
        Ok((r, q)) => (r, Some(q)),
        Err(_) => (rest, None),
    };
    let end = offset(text, rest);
    let bound_by_verb = || before.and_then(|(_, w)| BOUNDING_VERBS.get(w));

    let single = |value: f64, unit: Unit, currency: Option<&'static str>| {
        let qualifier = prefix
            .or(post)
            .or_else(bound_by_verb)
            .unwrap_or(Qualifier::Exact);
        let (low, high) = qualifier.bounds(Some(value));
        (Some(value), low, high, qualifier, unit, currency)
    };
    let (value, low, high, qualifier, unit, currency) = match core {
        Core::Vague(low) => (None, Some(low), None, Qualifier::Vague, Unit::Count, None),
        Core::Range(l, h) => (
            None,
            Some(l.value),
            Some(h.value),
            Qualifier::Range,
            h.unit,
            h.currency,
        ),
        Core::Share(pct, _) => single(pct, Unit::Percent, None),
        Core::Amount(a) => single(a.value, a.unit, a.currency),
    };
    let span = Span::new(start, end);
    let change = change::change_around(text, before, rest, &unit);
    let noun = match unit {
        Unit::Count => noun::noun_after(rest, false),
        // "20 percent of Ukraine", "one in five Ukrainians", not "42 percent full".
        Unit::Percent => noun::noun_after(rest, !is_ratio),
        _ => None,
    }
    .map(str::to_string);
    Some(Quantity {
        span,
        text: text[start..end].to_string(),
        value,
        low,
        high,
        qualifier,
        unit,
        currency: currency.map(str::to_string),
        change,
        noun,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviated_about_table() {
        for (text, start) in [
            ("killed approx. 300", 7),
            ("killed c. 300", 7),
            ("Ca. 300", 0),
            ("an est. 40", 3),
            ("about ~300", 6),
            ("~300", 0),
        ] {
            let at = text.find(|c: char| c.is_ascii_digit()).unwrap();
            assert_eq!(abbreviated_about(text, at), Some(start), "{text}");
        }
    }

    #[test]
    fn not_abbreviated_about() {
        for text in [
            "killed 300",
            "the war is over. 300",
            "Washington D.C. 300",
            "etc. 5",
            "abc. 300",
            "c.  300",
            "c.300",
            "é. 300",
        ] {
            let at = text.find(|c: char| c.is_ascii_digit()).unwrap();
            assert_eq!(abbreviated_about(text, at), None, "{text}");
        }
    }

    #[test]
    fn prefix_words_bound_the_figure() {
        let cases: &[(&str, &str, Qualifier)] = &[
            (
                "killed at minimum 300",
                "at minimum 300",
                Qualifier::AtLeast,
            ),
            (
                "killed at a minimum 300",
                "at a minimum 300",
                Qualifier::AtLeast,
            ),
            (
                "a little over 300 died",
                "a little over 300",
                Qualifier::MoreThan,
            ),
            (
                "a bit more than 300 died",
                "a bit more than 300",
                Qualifier::MoreThan,
            ),
            (
                "a little under 300 died",
                "a little under 300",
                Qualifier::Almost,
            ),
            (
                "a little over a third",
                "a little over a third",
                Qualifier::MoreThan,
            ),
        ];
        for &(text, written, qualifier) in cases {
            let q = quantities(text);
            let q = q.first().expect(text);
            assert_eq!(
                (q.text.as_str(), q.qualifier),
                (written, qualifier),
                "{text}"
            );
        }
    }

    #[test]
    fn postfix_table() {
        let cases: &[(&str, Qualifier, &str)] = &[
            ("+ people", Qualifier::MoreThan, " people"),
            ("-odd years", Qualifier::About, " years"),
            (" or so people", Qualifier::About, " people"),
            ("  or more.", Qualifier::AtLeast, "."),
            ("\u{a0}plus", Qualifier::MoreThan, ""),
            ("\u{2011}plus", Qualifier::MoreThan, ""),
        ];
        for &(i, q, rest) in cases {
            assert_eq!(postfix(i), Ok((rest, q)), "{i:?}");
        }
    }

    #[test]
    fn not_postfix() {
        for i in [
            "", " people", ", or so", "+5", " plus 30", "-year", "or so", " Odds",
        ] {
            assert!(postfix(i).is_err(), "{i:?}");
        }
    }
}
