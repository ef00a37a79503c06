//! Shares written as fractions: "half", "one-fifth", "two-thirds", "a
//! third of", "three quarters", "one in five", "9 out of 10".

use super::{cardinal, digits};
use crate::grammar::{at_boundary, dash, fail, keyword, ws, PResult};
use crate::lexicon::numbers::{NumberWord, DENOMINATORS, NUMBER_WORDS};
use nom::branch::alt;
use nom::Parser;

/// share := "half"                                         50
///        | numerator ("-" | ws) denominator               "two-thirds", "a third"
///        | count ws ("in" | "out of") ws ("every" ws)? count   "one in five"
///
/// The value is a percent: "one-fifth" is 20, "a third" 33.33…. A singular
/// fraction written apart ("a third", "a quarter") must be followed by "of"
/// or by punctuation, so "a third attack" and "a quarter century" do not
/// read as shares.
///
/// Returns the percent and whether it was written as a ratio ("one in
/// five"), which may count a noun ("one in five Ukrainians").
///
/// The quantity stage reads the number at the start of a share anyway,
/// and calls [`share_counted`] so as not to read it twice; this is the
/// rule as it stands alone.
#[cfg(test)]
pub(crate) fn share(i: &str) -> PResult<'_, (f64, bool)> {
    share_counted(i, count(i).ok())
}

/// [`share`] for a caller that has read the whole number at the start of
/// `i` already: `count` is that number (as [`count`] would read it) and
/// the text after it, or `None` when `i` begins with no such number. The
/// number is not read again for the ratio.
pub(crate) fn share_counted<'a>(
    i: &'a str,
    count: Option<(&'a str, f64)>,
) -> PResult<'a, (f64, bool)> {
    if let Some((rest, n)) = count {
        if let Ok((rest, pct)) = ratio_after(n, rest) {
            return Ok((rest, (pct, true)));
        }
    }
    let (rest, pct) = alt((fraction, half)).parse(i)?;
    Ok((rest, (pct, false)))
}

/// "half", not "half-time" nor "half an hour".
fn half(i: &str) -> PResult<'_, f64> {
    let (rest, _) = keyword("half")(i)?;
    if dash(rest).is_ok() {
        return fail(i);
    }
    if let Ok((after, _)) = ws(rest) {
        if alt((keyword("a"), keyword("an"))).parse(after).is_ok() {
            return fail(i);
        }
    }
    Ok((rest, 50.0))
}

fn fraction(i: &str) -> PResult<'_, f64> {
    let (rest, (numerator, den)) = fraction_words(i)?;
    // "a quarter of a million" and "a half-million" are numbers of people,
    // not shares.
    if of_a_scale(rest).is_ok() || half_or_quarter_scale(i).is_ok() {
        return fail(i);
    }
    Ok((rest, numerator * 100.0 / den))
}

/// part_of_scale := fraction ws "of" ws ("a" | "an") ws scale
///                                          "a quarter of a million" 250,000
///                | ("a" | "an") ws ("half" | "quarter") ("-" | ws) scale
///                                          "a quarter-million" 250,000
///
/// A numeral in words: the fraction of a thousand, million or more.
pub(crate) fn part_of_scale(i: &str) -> PResult<'_, f64> {
    if let Ok(r) = half_or_quarter_scale(i) {
        return Ok(r);
    }
    let (rest, (numerator, den)) = fraction_words(i)?;
    let (rest, scale) = of_a_scale(rest)?;
    Ok((rest, numerator * scale / den))
}

/// ("a" | "an") ws ("half" | "quarter") scale_after: "a half-million", "a
/// quarter million". Only these two fractions are fused to a scale in
/// news English; "a third million" is no numeral.
fn half_or_quarter_scale(i: &str) -> PResult<'_, f64> {
    let (rest, (_, _, w)) =
        (alt((keyword("a"), keyword("an"))), ws, crate::grammar::word).parse(i)?;
    let den = match DENOMINATORS.get(w) {
        Some((den @ (2 | 4), true)) => den,
        _ => return fail(i),
    };
    let (rest, scale) = scale_after(rest)?;
    Ok((rest, scale / f64::from(den)))
}

/// ("-" | ws) scale, a thousand or more: the "-million" of "a
/// quarter-million".
pub(super) fn scale_after(i: &str) -> PResult<'_, f64> {
    let (rest, _) = super::words::space_or_dash(i)?;
    let (rest, w) = crate::grammar::word(rest)?;
    match NUMBER_WORDS.get(w) {
        Some(NumberWord::Scale(s)) if s >= 1e3 => Ok((rest, s)),
        _ => fail(i),
    }
}

/// ws "of" ws ("a" | "an") ws scale: the scale's factor, a thousand or
/// more.
fn of_a_scale(i: &str) -> PResult<'_, f64> {
    let (rest, (_, _, _, _, _, w)) = (
        ws,
        keyword("of"),
        ws,
        alt((keyword("a"), keyword("an"))),
        ws,
        crate::grammar::word,
    )
        .parse(i)?;
    match NUMBER_WORDS.get(w) {
        Some(NumberWord::Scale(s)) if s >= 1e3 => Ok((rest, s)),
        _ => fail(i),
    }
}

/// numerator ("-" | ws) denominator: the two, "three-quarters" (3, 4).
fn fraction_words(i: &str) -> PResult<'_, (f64, f64)> {
    let (rest, numerator) = small_count(i)?;
    let (rest, joined_by_dash) = match dash(rest) {
        Ok((r, _)) => (r, true),
        Err(_) => (ws(rest)?.0, false),
    };
    let (rest, w) = crate::grammar::word(rest)?;
    let Some((den, singular)) = DENOMINATORS.get(w) else {
        return fail(i);
    };
    if singular != (numerator == 1) || numerator > den {
        return fail(i);
    }
    if singular && !joined_by_dash && !before_of_or_punctuation(rest) {
        return fail(i);
    }
    // "a half-hour", "a quarter-final": fused to the word after it, the
    // fraction is part of a compound, no share.
    if dash(rest).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_alphabetic())) {
        return fail(i);
    }
    Ok((rest, (f64::from(numerator), f64::from(den))))
}

/// The rest of a ratio after its first count: "1[ in 4]", "9[ out of 10]".
pub(crate) fn ratio_after(n: f64, i: &str) -> PResult<'_, f64> {
    // A first count outside 1 to 100 begins no ratio: turned away before
    // the words after it are read.
    if !(1.0..=100.0).contains(&n) {
        return fail(i);
    }
    let (rest, (_, _, _, _, d)) = (
        ws,
        alt((keyword("in"), |i| {
            (keyword("out"), ws, keyword("of"))
                .parse(i)
                .map(|(r, _)| (r, ""))
        })),
        ws,
        nom::combinator::opt((keyword("every"), ws)),
        count,
    )
        .parse(i)?;
    if !((1.0..=100.0).contains(&n) && d > n && d <= 1000.0) || before_unit(rest) {
        return fail(i);
    }
    Ok((rest, n * 100.0 / d))
}

/// The rest of a fraction in digits after its numerator `n`: "1[/3 of]",
/// "2[/5 of]"; the percent.
///
/// slash := "/" [0-9]+ &(ws "of")
///
/// Only a fraction of something is read: "1/3" alone is as often a date
/// or a score. The numerator is smaller than the denominator, which is at
/// most 100.
pub(crate) fn slash_after(n: f64, i: &str) -> PResult<'_, f64> {
    let Some(after) = i.strip_prefix('/') else {
        return fail(i);
    };
    let (rest, d) = digits(after)?;
    let of = (ws, keyword("of")).parse(rest).is_ok();
    if !of || !d.is_plain() || !(1.0..d.value).contains(&n) || d.value > 100.0 {
        return fail(i);
    }
    Ok((rest, n * 100.0 / d.value))
}

/// A whole number up to 1,000 in words or plain digits, not a year.
fn count(i: &str) -> PResult<'_, f64> {
    if let Ok((rest, d)) = digits(i) {
        if d.is_plain() && d.value <= 1000.0 && at_boundary(rest) {
            return Ok((rest, d.value));
        }
        return fail(i);
    }
    let (rest, v) = cardinal(i)?;
    if v.fract() != 0.0 || v > 1000.0 {
        return fail(i);
    }
    Ok((rest, v))
}

/// "a", "an", "one" … "nine".
fn small_count(i: &str) -> PResult<'_, u32> {
    if let Ok((rest, _)) = alt((keyword("a"), keyword("an"))).parse(i) {
        return Ok((rest, 1));
    }
    let (rest, w) = crate::grammar::word(i)?;
    match NUMBER_WORDS.get(w) {
        Some(NumberWord::Unit(u @ 1..=19)) => Ok((rest, u)),
        _ => fail(i),
    }
}

/// "32 in 48 hours" is a count and a duration, not a share.
fn before_unit(rest: &str) -> bool {
    use crate::lexicon::units::{MEASURES, TIME_WORDS};
    ws(rest)
        .and_then(|(r, _)| crate::grammar::word(r))
        .is_ok_and(|(_, w)| TIME_WORDS.get(w).is_some() || MEASURES.get(w).is_some())
}

fn before_of_or_punctuation(rest: &str) -> bool {
    match ws(rest) {
        Ok((after, _)) => {
            // "fell by a fifth last year", "up by a quarter on the year":
            // a word that dates or compares the change ends the share.
            let (_, next) = crate::grammar::word(after).unwrap_or(("", ""));
            ["of", "last", "since", "this", "compared", "on"]
                .iter()
                .any(|w| next.eq_ignore_ascii_case(w))
        }
        Err(_) => at_boundary(rest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_of_scale_table() {
        let cases: &[(&str, f64, &str)] = &[
            ("a quarter of a million people", 250_000.0, " people"),
            ("three-quarters of a million", 750_000.0, ""),
            ("a third of a billion", 1e9 / 3.0, ""),
            ("one-fifth of a million", 200_000.0, ""),
            ("a quarter-million people", 250_000.0, " people"),
            ("a quarter million", 250_000.0, ""),
            ("a half-million", 500_000.0, ""),
            ("an half million", 500_000.0, ""),
        ];
        for &(input, value, rest) in cases {
            assert_eq!(part_of_scale(input), Ok((rest, value)), "{input}");
            assert!(share(input).is_err(), "{input} is no share");
        }
    }

    #[test]
    fn not_part_of_scale() {
        for input in [
            "a quarter of the million people",
            "a quarter of a hundred",
            "a quarter of all",
            "half of a million", // read by the cardinal rule as "half a million"
            "a third attack",
            "a third million-dollar contract", // only halves and quarters fuse
            "a quarter century",
            "a quarter-final",
            "a half-hour",
            "a quarter hundred",
        ] {
            assert!(part_of_scale(input).is_err(), "{input}");
        }
    }

    #[test]
    fn slash_table() {
        let cases: &[(f64, &str, f64, &str)] = &[
            (1.0, "/3 of the city", 100.0 / 3.0, " of the city"),
            (2.0, "/5 of homes", 40.0, " of homes"),
            (3.0, "/4 of", 75.0, " of"),
        ];
        for &(n, input, value, rest) in cases {
            assert_eq!(slash_after(n, input), Ok((rest, value)), "{n}{input}");
        }
    }

    #[test]
    fn not_slash() {
        for (n, input) in [
            (1.0, "/3"),           // a date or a score
            (1.0, "/3 at noon"),   // no "of"
            (3.0, "/3 of"),        // not less than the whole
            (5.0, "/3 of"),        //
            (0.0, "/3 of"),        //
            (1.0, "/1000 of"),     // a denominator past 100
            (1.0, "/3.5 of"),      //
            (12.0, "/05/2024 of"), // a date
            (1.0, " /3 of"),       //
        ] {
            assert!(slash_after(n, input).is_err(), "{n}{input}");
        }
    }

    #[test]
    fn share_table() {
        let cases: &[(&str, f64, &str)] = &[
            ("half of the city", 50.0, " of the city"),
            ("one-fifth of Donetsk", 20.0, " of Donetsk"),
            ("a third of homes", 100.0 / 3.0, " of homes"),
            ("two-thirds", 200.0 / 3.0, ""),
            ("two thirds of", 200.0 / 3.0, " of"),
            ("three quarters", 75.0, ""),
            ("a quarter.", 25.0, "."),
            ("a fifth last year", 20.0, " last year"),
            ("a quarter on the year", 25.0, " on the year"),
            ("one in five children", 20.0, " children"),
            ("1 in 4", 25.0, ""),
            ("nine out of ten", 90.0, ""),
            ("one in every five", 20.0, ""),
        ];
        for &(input, value, rest) in cases {
            assert_eq!(
                share(input).map(|(r, (v, _))| (r, v)),
                Ok((rest, value)),
                "{input}"
            );
        }
    }

    #[test]
    fn ratios_are_marked() {
        assert_eq!(share("one in five"), Ok(("", (20.0, true))));
        assert_eq!(share("one-fifth"), Ok(("", (20.0, false))));
    }

    #[test]
    fn not_share() {
        for input in [
            "a third attack",
            "a third time",
            "a quarter century",
            "half-time",
            "half an hour",
            "a half-hour",
            "a quarter-final",
            "a third-party",
            "a half-million",
            "one thirds",
            "five quarters",
            "5 in 2022",
            "three in Kharkiv",
            "32 in 48 hours",
        ] {
            assert!(share(input).is_err(), "{input}");
        }
    }
}
