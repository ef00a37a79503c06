//! Ranges: "between 50 and 60", "from 50 to 60", "50-60", "50–60", "5 to
//! 10 million", "two or three".

use super::amount::{amount, Amount};
use crate::grammar::{dash, fail, keyword, ws, ws0, PResult};
use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

/// range := ("anywhere" ws)? "between" ws amount ws ("and" | "to" | dash) ws amount
///        | ("anywhere" ws)? "from" ws amount ws ("to" | dash) ws amount
///        | amount ws0 dash ws0 amount
///        | amount ws ("to" | "or") ws amount
///
/// The high end must exceed the low end ("3-1" is a score), and two years
/// are no range ("2014-2022"). A scale, unit or currency written once
/// serves both ends: "5 to 10 million" is 5,000,000 to 10,000,000.
///
/// `read` is what `amount(i)` gives (the low end of a bare range): the
/// caller reads the figure anyway, and it is read only once.
pub(crate) fn range<'a>(
    i: &'a str,
    read: Option<&(&'a str, Amount)>,
) -> PResult<'a, (Amount, Amount)> {
    // "anywhere", "between" and "from" are the words that introduce a
    // range: any other first letter is turned away at once.
    let may_introduce = matches!(
        i.as_bytes().first(),
        Some(b'a' | b'A' | b'b' | b'B' | b'f' | b'F')
    );
    let found = if may_introduce {
        introduced(i).ok()
    } else {
        None
    };
    let (rest, (low, high)) = match found {
        Some(found) => found,
        None => {
            let (rest, low) = read.ok_or(nom::Err::Error(()))?;
            let (rest, high) = after_low(low, rest)?;
            (rest, (low.clone(), high))
        }
    };
    checked(i, rest, low, high)
}

/// A bare range going on from `low`, already read: "50[-60]", "5[ to 10
/// million]".
pub(crate) fn continued<'a>(low: &Amount, rest: &'a str) -> PResult<'a, (Amount, Amount)> {
    let (rest, high) = after_low(low, rest)?;
    checked(rest, rest, low.clone(), high)
}

fn checked<'a>(
    i: &'a str,
    rest: &'a str,
    mut low: Amount,
    high: Amount,
) -> PResult<'a, (Amount, Amount)> {
    low.inherit(&high);
    // "$5-10bn": the currency is written on the low end only.
    let mut high = high;
    if high.currency.is_none() && low.currency.is_some() {
        high.currency = low.currency;
        high.unit = low.unit.clone();
    }
    if high.value <= low.value || high.value.is_nan() || is_year(&low) && is_year(&high) {
        return fail(i);
    }
    Ok((rest, (low, high)))
}

fn introduced(i: &str) -> PResult<'_, (Amount, Amount)> {
    let (i, _) = opt((keyword("anywhere"), ws)).parse(i)?;
    let (rest, intro) = alt((keyword("between"), keyword("from"))).parse(i)?;
    let between = intro.eq_ignore_ascii_case("between");
    let (rest, (_, low)) = (ws, amount).parse(rest)?;
    let (rest, _) = if between {
        alt((
            |i| {
                (ws, alt((keyword("and"), keyword("to"))), ws)
                    .parse(i)
                    .map(|(r, _)| (r, ()))
            },
            |i| (ws0, dash, ws0).parse(i).map(|(r, _)| (r, ())),
        ))
        .parse(rest)?
    } else {
        alt((
            |i| (ws, keyword("to"), ws).parse(i).map(|(r, _)| (r, ())),
            |i| (ws0, dash, ws0).parse(i).map(|(r, _)| (r, ())),
        ))
        .parse(rest)?
    };
    let (rest, high) = amount(rest)?;
    Ok((rest, (low, high)))
}

/// The separator and high end of a bare range after its low end.
fn after_low<'a>(low: &Amount, rest: &'a str) -> PResult<'a, Amount> {
    if !may_separate(rest) {
        return fail(rest);
    }
    let (rest, _) = alt((
        |i| {
            let (r, space) = ws0(i)?;
            // A dash that opens a line is a bullet: "2025\n- 2.3 million".
            if space.contains(['\n', '\r']) {
                return fail(i);
            }
            let (r, _) = (dash, ws0).parse(r)?;
            // Digits on both sides of a dash: "50-60", not "twenty-thirty".
            if low.digits.is_some() && r.starts_with(|c: char| c.is_ascii_digit() || c == '$') {
                Ok((r, ()))
            } else {
                fail(i)
            }
        },
        |i| {
            (ws, alt((keyword("to"), keyword("or"))), ws)
                .parse(i)
                .map(|(r, _)| (r, ()))
        },
    ))
    .parse(rest)?;
    amount(rest)
}

/// False when `rest` surely begins no separator of a bare range (a dash,
/// or "to" or "or" after white space): after any ASCII spaces comes an
/// ASCII byte that is neither a dash nor white space, and no letters of
/// the word "to" or "or". Most figures are followed by a word or a mark,
/// turned away here without reading them ("of", "the", "troops" too,
/// though they begin with the letters of "to" and "or").
fn may_separate(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    let spaces = bytes.iter().take_while(|&&b| b == b' ').count();
    match bytes.get(spaces) {
        None => false,
        Some(b) if b.is_ascii_alphabetic() => begins_to_or(bytes.get(spaces..).unwrap_or_default()),
        Some(b) if b.is_ascii() => matches!(b, b'-' | b'\t' | b'\r' | b'\n'),
        Some(_) => true,
    }
}

/// True when `bytes` begins with "to" or "or" in either case, followed by
/// no ASCII letter or digit: what [`keyword`] would take.
fn begins_to_or(bytes: &[u8]) -> bool {
    match bytes {
        [a, b, rest @ ..] => {
            let pair = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
            (pair == *b"to" || pair == *b"or")
                && !rest.first().is_some_and(u8::is_ascii_alphanumeric)
        }
        _ => false,
    }
}

fn is_year(a: &Amount) -> bool {
    a.digits.is_some_and(|d| d.is_plain() && d.int_digits == 4) && a.is_bare()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule as the core calls it: the figure at `i` read first.
    fn range_at(i: &str) -> PResult<'_, (Amount, Amount)> {
        range(i, amount(i).ok().as_ref())
    }

    fn read(i: &str) -> Option<(f64, f64, &str)> {
        range_at(i)
            .ok()
            .map(|(rest, (l, h))| (l.value, h.value, rest))
    }

    #[test]
    fn may_separate_keeps_every_separator() {
        for rest in [
            "-60",
            " - 60",
            "–60",
            " to 60",
            "  or 60",
            "\u{a0}to 60",
            " \n to 60",
            " TO 60",
            " or\u{a0}60",
            " to",
        ] {
            assert!(may_separate(rest), "{rest:?}");
        }
        for rest in [
            "", " ", " people", ", said", "%", " of 60", " troops", " tons", " t", " order", " to5",
        ] {
            assert!(!may_separate(rest), "{rest:?}");
            assert!(
                after_low(&amount("5").unwrap().1, rest).is_err(),
                "{rest:?}"
            );
        }
    }

    #[test]
    fn range_table() {
        let cases: &[(&str, f64, f64, &str)] = &[
            ("between 50 and 60 people", 50.0, 60.0, " people"),
            ("50 to 60", 50.0, 60.0, ""),
            ("50-60", 50.0, 60.0, ""),
            ("50–60", 50.0, 60.0, ""),
            ("from 50 to 60", 50.0, 60.0, ""),
            ("5 to 10 million", 5e6, 1e7, ""),
            ("between 15,500-17,500", 15500.0, 17500.0, ""),
            ("anywhere from 3,000-4,000", 3000.0, 4000.0, ""),
            ("100,000-113,500", 100_000.0, 113_500.0, ""),
            ("two or three", 2.0, 3.0, ""),
            ("20-30%", 20.0, 30.0, ""),
            ("$5-10bn", 5e9, 1e10, ""),
            ("€5–10 million", 5e6, 1e7, ""),
            ("50 to\n60", 50.0, 60.0, ""),
            // The high end's multipliers serve the low end in words too.
            ("two to three million", 2e6, 3e6, ""),
            ("one or two hundred thousand", 1e5, 2e5, ""),
            ("between three and four hundred", 300.0, 400.0, ""),
            ("ten to two hundred thousand", 10.0, 2e5, ""),
            ("two to three hundred and twenty", 2.0, 320.0, ""),
        ];
        for &(input, low, high, rest) in cases {
            assert_eq!(read(input), Some((low, high, rest)), "{input}");
        }
    }

    #[test]
    fn range_ends_share_the_unit() {
        let (_, (low, _)) = range_at("20-30%").unwrap();
        assert_eq!(low.unit, crate::Unit::Percent);
        let (_, (_, high)) = range_at("$5-10bn").unwrap();
        assert_eq!(
            (high.unit, high.currency),
            (crate::Unit::Currency, Some("USD"))
        );
    }

    #[test]
    fn not_range() {
        for input in [
            "3-1",
            "2-2",
            "2014-2022",
            "60 to 50",
            "twenty-thirty",
            "one or more",
            // A bulleted line after a figure.
            "2025\n- 2.3 million",
            "12\r\n– 40 people",
        ] {
            assert!(range_at(input).is_err(), "{input}");
        }
    }
}
