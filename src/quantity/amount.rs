//! One figure with its scale and unit: "$800 million", "3bn euros",
//! "20 percent", "1.2 million barrels", "32-year-old", "10km".

use crate::grammar::{
    at_boundary, dash, ends_with_ignore_case, fail, letters, phrase, word, ws, ws0, Lower, PResult,
};
use crate::lexicon::numbers::SCALE_WORDS;
use crate::lexicon::units::{
    currency_symbol, unit_tables, CURRENCY_PREFIX_WORDS, CURRENCY_WORDS, FUSED_PERCENT, MEASURES,
    PERCENT, TIME_WORDS, UNIT_FIRST_WORDS,
};
use crate::number::{cardinal_scaled, digits, Digits};
use crate::vocabulary::Unit;
use nom::Parser;

/// A figure as read, before qualifiers and context.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Amount {
    /// The value with its scale applied.
    pub(crate) value: f64,
    /// The value as written, before any scale word.
    pub(crate) raw: f64,
    /// The factor of the scale word, if one was written.
    pub(crate) scale: Option<f64>,
    pub(crate) unit: Unit,
    pub(crate) currency: Option<&'static str>,
    /// How the numeral was written in digits; `None` for words.
    pub(crate) digits: Option<Digits>,
    /// For a numeral in words that is one number and multipliers ("three
    /// million"), the factor of the multipliers: what the low end of "two
    /// to three million" takes.
    pub(crate) word_scale: Option<f64>,
}

impl Amount {
    /// True when neither a scale, a unit nor a currency was written.
    pub(crate) fn is_bare(&self) -> bool {
        self.scale.is_none() && self.unit == Unit::Count && self.currency.is_none()
    }

    /// Takes the scale, unit and currency of `other` (the second figure of
    /// a range: "5 to 10 million", "$5-10bn", "20-30%").
    pub(crate) fn inherit(&mut self, other: &Amount) {
        if self.scale.is_none() && self.word_scale.is_none() {
            // "5 to 10 million": the scale word; "two to three million":
            // the multipliers after the high end's first number.
            let scale = other
                .scale
                .map(|s| (s, other.raw))
                .or_else(|| other.word_scale.map(|s| (s, other.value / s)));
            if let Some((s, high_raw)) = scale {
                if self.raw < high_raw {
                    self.scale = Some(s);
                    self.value = self.raw * s;
                }
            }
        }
        if self.unit == Unit::Count {
            self.unit = other.unit.clone();
        }
        if self.currency.is_none() {
            self.currency = other.currency;
        }
    }
}

/// amount := currency? numeral scale? unit?
/// numeral := digits | cardinal
/// scale   := letters | "-" letters | ws word      "3bn", "$12-bn", "1.2 million"
/// unit    := "%" | ws percent | ws currency_word | measure | "-" time_word ("-old")?
///
/// A currency symbol takes digits only ("$5", not "$ five"). Letters fused
/// to digits must be a scale or a measure ("5k", "10km"); anything else
/// ("27th", "5G", "1990s") makes the numeral a code or an ordinal, and it
/// does not parse.
pub(crate) fn amount(i: &str) -> PResult<'_, Amount> {
    let (rest, currency) = currency_prefix(i);
    let (rest, raw, digits, word_scale) = match digits(rest) {
        Ok((r, d)) => (r, d.value, Some(d), None),
        Err(_) if currency.is_none() => {
            let (r, (v, scale)) = cardinal_scaled(rest)?;
            (r, v, None, scale)
        }
        Err(e) => return Err(e),
    };
    let mut amount = Amount {
        value: raw,
        raw,
        scale: None,
        unit: Unit::Count,
        currency,
        digits,
        word_scale,
    };
    let mut next = None;
    let rest = if digits.is_some() {
        let (rest, attached) = attached_suffix(rest, &mut amount)?;
        if attached {
            rest
        } else {
            // The word after the digits is read once, for the scale and,
            // if it is none, for the unit.
            next = Some(word_after_space(rest));
            match next.flatten() {
                Some((_, w, after)) if spaced_scale(w, &mut amount) => {
                    next = None;
                    after
                }
                _ => rest,
            }
        }
    } else {
        rest
    };
    let next = next.unwrap_or_else(|| word_after_space(rest));
    let rest = unit_suffix(rest, next, &mut amount)?;
    if !amount.value.is_finite() || amount.value.abs() >= 1e18 {
        return fail(i);
    }
    Ok((rest, amount))
}

/// currency := symbol ws0 | code ws     "$", "US$", "€", "USD "
fn currency_prefix(i: &str) -> (&str, Option<&'static str>) {
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        return (i, None);
    }
    if let Some((symbol, code)) = currency_symbol(i) {
        let rest = i.get(symbol.len()..).unwrap_or_default();
        let rest = ws0(rest).map_or(rest, |(r, _)| r);
        return (rest, Some(code));
    }
    if let Ok((rest, (code, _))) = (phrase(&CURRENCY_PREFIX_WORDS), ws).parse(i) {
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return (rest, Some(code));
        }
    }
    (i, None)
}

/// Letters fused to the digits ("3bn", "10km", "$12-bn"): a scale or a
/// measure, or the numeral is no figure. Returns whether one was read.
fn attached_suffix<'a>(i: &'a str, amount: &mut Amount) -> Result<(&'a str, bool), nom::Err<()>> {
    let (rest, fused, via_dash) = match letters(i) {
        Ok((r, l)) => (r, l, false),
        Err(_) => match (dash, letters).parse(i) {
            Ok((r, (_, l))) => (r, l, true),
            Err(_) => {
                if let Some(r) = i.strip_prefix('°') {
                    let (r, l) = letters(r).unwrap_or((r, ""));
                    amount.unit = Unit::Measure(format!("°{}", l.to_ascii_uppercase()));
                    return Ok((r, true));
                }
                return Ok((i, false));
            }
        },
    };
    if !at_boundary(rest) && !rest.starts_with(|c: char| is_unit_tail(c)) {
        return if via_dash { Ok((i, false)) } else { fail(i) };
    }
    if let Some(s) = SCALE_WORDS.get(fused) {
        if !s.money_only || amount.currency.is_some() || counts_people_or_things(rest) {
            apply_scale(amount, s.factor);
            return Ok((rest, true));
        }
    }
    if via_dash {
        // "32-year-old", "five-member", "10-km": left to the unit rule.
        return Ok((i, false));
    }
    if FUSED_PERCENT.iter().any(|p| fused.eq_ignore_ascii_case(p)) {
        amount.unit = Unit::Percent;
        return Ok((rest, true));
    }
    if MEASURES.get(fused).is_some() || TIME_WORDS.get(fused).is_some() {
        amount.unit = Unit::Measure(fused.to_ascii_lowercase());
        return Ok((rest, true));
    }
    // "27th", "5G", "1990s", "4x4": an ordinal or a code.
    fail(i)
}

/// Words after "3.2m" that only a count of people takes: "3.2m were
/// displaced", "1.1m without power", "2.5m remain in camps". A length
/// is followed by other words ("2.5m high", "a 100m stretch").
const COUNT_FOLLOWERS: &[&str] = &[
    "are", "were", "have", "had", "remain", "remained", "still", "more", "others", "without",
    "need", "needed", "face", "faced", "fled", "lack", "lacked", "live", "lived", "depend",
    "returned",
];

/// True when a plural noun, or a word that only a count of people takes
/// ([`COUNT_FOLLOWERS`]), follows, so that "m" or "b" fused to the digits
/// is millions or billions, not metres: "2.2m vehicles", "1.5m people",
/// "3.2m were displaced"; not "100m hurdles".
fn counts_people_or_things(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    let Ok((_, w)) = word(after) else {
        return false;
    };
    if COUNT_FOLLOWERS.iter().any(|f| w.eq_ignore_ascii_case(f)) {
        return true;
    }
    let plural = super::noun::plural_head(w);
    let people = ["people", "children", "women", "men"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p));
    (plural || people)
        && !["hurdles", "metres", "meters"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        && MEASURES.get(w).is_none()
        && TIME_WORDS.get(w).is_none()
}

fn is_unit_tail(c: char) -> bool {
    c == '/' || c == '2' || c == '²'
}

/// ws word: the text after the white space, the word there, and the
/// text after the word.
type Spaced<'a> = Option<(&'a str, &'a str, &'a str)>;

/// The word after white space at the start of `i`, if there is one.
fn word_after_space(i: &str) -> Spaced<'_> {
    let (after, _) = ws(i).ok()?;
    let (rest, w) = word(after).ok()?;
    Some((after, w, rest))
}

/// ws scale_word    "1.2 million", "3 bn"
///
/// `w` is the word after the white space; true when it is a scale, which
/// is then applied.
fn spaced_scale(w: &str, amount: &mut Amount) -> bool {
    match SCALE_WORDS.get(w) {
        Some(s) if s.spaced => {
            apply_scale(amount, s.factor);
            true
        }
        _ => false,
    }
}

fn apply_scale(amount: &mut Amount, factor: f64) {
    amount.scale = Some(factor);
    amount.value = amount.raw * factor;
}

/// The unit after a figure and its scale; `next` is the word after white
/// space at the start of `i` ([`word_after_space`]).
fn unit_suffix<'a>(
    i: &'a str,
    next: Spaced<'a>,
    amount: &mut Amount,
) -> Result<&'a str, nom::Err<()>> {
    if amount.unit != Unit::Count {
        return Ok(i);
    }
    // "20%", "20 %"
    if let Ok((rest, _)) = ws0(i) {
        if let Some(r) = rest.strip_prefix('%') {
            amount.unit = Unit::Percent;
            return Ok(r);
        }
    }
    // The tables that may hold a phrase beginning with the word after the
    // figure: most words are in none, and each table is read only if
    // marked.
    let spaced = next.and_then(|(after, w, _)| Some((after, UNIT_FIRST_WORDS.get(w)?)));
    if let Some((after, tables)) = spaced {
        // "percentage points" is a measure, "percent" a share.
        if tables & unit_tables::MEASURES != 0 {
            if let Ok((rest, _)) = phrase(&MEASURES)(after) {
                let written = &after[..after.len() - rest.len()];
                if written.len() >= 2 {
                    amount.unit = Unit::Measure(normalise(written));
                    return Ok(rest);
                }
            }
        }
        if tables & unit_tables::PERCENT != 0 {
            if let Ok((rest, ())) = phrase(&PERCENT)(after) {
                amount.unit = Unit::Percent;
                return Ok(rest);
            }
        }
        if tables & unit_tables::CURRENCY_WORDS != 0 {
            if let Ok((rest, code)) = phrase(&CURRENCY_WORDS)(after) {
                if amount.currency.is_none() || code == "cent" {
                    amount.currency = Some(code);
                }
                amount.unit = Unit::Currency;
                return Ok(rest);
            }
        }
        if tables & unit_tables::TIME_WORDS != 0 {
            if let Ok((rest, ())) = phrase(&TIME_WORDS)(after) {
                amount.unit = Unit::Measure(normalise(&after[..after.len() - rest.len()]));
                return Ok(rest);
            }
        }
    }
    // "32-year-old", "three-day", "a 10-km", "27-month-old"
    if let Ok((rest, (_, w))) = (dash, word).parse(i) {
        // "a 25-basis-point cut", "a two-percentage-point fall"
        let points = w.eq_ignore_ascii_case("basis") || w.eq_ignore_ascii_case("percentage");
        if let Ok((r, (_, p))) = (dash, word).parse(rest) {
            if points && p.eq_ignore_ascii_case("point") {
                amount.unit = Unit::Measure(format!("{} points", w.to_ascii_lowercase()));
                return Ok(r);
            }
        }
        if TIME_WORDS.get(w).is_some() || MEASURES.get(w).is_some() {
            let mut unit = w.to_ascii_lowercase();
            let mut rest = rest;
            if let Ok((r, (_, tail))) = (dash, word).parse(rest) {
                if tail.eq_ignore_ascii_case("old") || tail.eq_ignore_ascii_case("long") {
                    unit.push('-');
                    unit.push_str(&tail.to_ascii_lowercase());
                    rest = r;
                }
            }
            amount.unit = Unit::Measure(unit);
            return Ok(rest);
        }
        if is_ordinal_word(w) {
            // "twenty-first": an ordinal, not a figure.
            return Err(nom::Err::Error(()));
        }
    }
    if amount.currency.is_some() {
        amount.unit = Unit::Currency;
    }
    Ok(i)
}

/// The unit as written, lower case, runs of white space made one space.
fn normalise(written: &str) -> String {
    // One ASCII word, the common case: lower-cased as it stands.
    if written
        .bytes()
        .all(|b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' '))
    {
        return written.to_ascii_lowercase();
    }
    let mut unit = String::with_capacity(written.len());
    for w in written
        .split(|c: char| c.is_whitespace() || crate::grammar::is_space(c))
        .filter(|w| !w.is_empty())
    {
        if !unit.is_empty() {
            unit.push(' ');
        }
        if w.is_ascii() {
            unit.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            unit.push_str(&w.to_lowercase());
        }
    }
    unit
}

/// "first" … "ninth", and any word ending in "th" ("twentieth").
fn is_ordinal_word(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
    ) || ends_with_ignore_case(w, "th")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_table() {
        for (written, unit) in [
            ("Km", "km"),
            ("square  kilometres", "square kilometres"),
            ("Square\u{a0}Miles", "square miles"),
            ("sq.\tkm", "sq. km"),
            ("", ""),
        ] {
            assert_eq!(normalise(written), unit, "{written:?}");
        }
    }

    fn read(i: &str) -> Option<(f64, String, Option<&'static str>, &str)> {
        amount(i)
            .ok()
            .map(|(rest, a)| (a.value, a.unit.as_str().to_string(), a.currency, rest))
    }

    #[test]
    fn amount_table() {
        let cases: &[(&str, f64, &str, Option<&str>, &str)] = &[
            ("55,000 troops", 55000.0, "count", None, " troops"),
            ("1.2 million people", 1.2e6, "count", None, " people"),
            ("3bn euros", 3e9, "currency", Some("EUR"), ""),
            ("$12-bn deal", 12e9, "currency", Some("USD"), " deal"),
            ("$800 million", 8e8, "currency", Some("USD"), ""),
            ("5k", 5000.0, "count", None, ""),
            ("$5m", 5e6, "currency", Some("USD"), ""),
            ("100m final", 100.0, "m", None, " final"),
            ("2.2m vehicles", 2.2e6, "count", None, " vehicles"),
            ("1.5m people", 1.5e6, "count", None, " people"),
            ("400m hurdles", 400.0, "m", None, " hurdles"),
            (
                "3.2m were displaced",
                3.2e6,
                "count",
                None,
                " were displaced",
            ),
            ("1.1m without power", 1.1e6, "count", None, " without power"),
            ("2.5m high", 2.5, "m", None, " high"),
            ("100m stretch", 100.0, "m", None, " stretch"),
            ("20 percent", 20.0, "percent", None, ""),
            ("20 per cent", 20.0, "percent", None, ""),
            ("20%", 20.0, "percent", None, ""),
            ("20 pct", 20.0, "percent", None, ""),
            ("40pc of homes", 40.0, "percent", None, " of homes"),
            ("12PCT", 12.0, "percent", None, ""),
            ("2 dozen shells", 24.0, "count", None, " shells"),
            ("3 500 people", 3500.0, "count", None, " people"),
            ("6 percentage points", 6.0, "percentage points", None, ""),
            ("19 cents", 19.0, "currency", Some("cent"), ""),
            ("32-year-old striker", 32.0, "year-old", None, " striker"),
            ("25-basis-point cut", 25.0, "basis points", None, " cut"),
            ("two days of talks", 2.0, "days", None, " of talks"),
            ("three-day", 3.0, "day", None, ""),
            ("10km", 10.0, "km", None, ""),
            ("4,200 sq km", 4200.0, "sq km", None, ""),
            ("1.2 million barrels", 1.2e6, "barrels", None, ""),
            ("£800 million", 8e8, "currency", Some("GBP"), ""),
            ("US$5 billion", 5e9, "currency", Some("USD"), ""),
            ("five-member team", 5.0, "count", None, "-member team"),
            ("10°C", 10.0, "°C", None, ""),
        ];
        for &(input, value, unit, currency, rest) in cases {
            assert_eq!(
                read(input),
                Some((value, unit.to_string(), currency, rest)),
                "{input}"
            );
        }
    }

    #[test]
    fn not_amount() {
        for input in [
            "27th",
            "5G",
            "1990s",
            "twenty-first",
            "$ five",
            "4x4",
            "3rd",
            "5pcs",
        ] {
            assert!(amount(input).is_err(), "{input}");
        }
    }
}
