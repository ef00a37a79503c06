//! Vague numerals: "dozens", "scores of", "hundreds of thousands",
//! "several hundred", "a few thousand".

use crate::grammar::{fail, keyword, nth_word, phrase, word, ws, PResult};
use crate::lexicon::numbers::{NumberWord, NUMBER_WORDS, VAGUE_MULTIPLIERS, VAGUE_PLURALS};
use nom::Parser;

/// vague := multiplier ws scale (ws scale)*        "several hundred (thousand)"
///        | plural (ws "of" ws plural)*             "tens of thousands"
///
/// Returns the smallest figure the words allow, as `GUIDE.md` tabulates:
/// a plural allows at least two of its base ("hundreds" 200, "tens of
/// thousands" 20,000, "dozens" 24, "scores" 40), a multiplier its own
/// count ("several hundred" 300, "a few thousand" 2,000). "scores" counts
/// only as "scores of", and "tens" only before "of" and another plural.
pub(crate) fn vague(i: &str) -> PResult<'_, f64> {
    multiplied(i).or_else(|_| plural(i))
}

fn multiplied(i: &str) -> PResult<'_, f64> {
    let (mut rest, (times, _)) = (phrase(&VAGUE_MULTIPLIERS), ws).parse(i)?;
    let mut product = times;
    let mut scales = 0;
    while let Some((r, w)) = nth_word(rest, scales) {
        let factor = match NUMBER_WORDS.get(w) {
            Some(NumberWord::Hundred) => 100.0,
            Some(NumberWord::Scale(s)) => s,
            Some(NumberWord::Dozen) if scales == 0 => 12.0,
            _ => break,
        };
        product *= factor;
        scales += 1;
        rest = r;
        if scales == 3 {
            break;
        }
    }
    if scales == 0 {
        return fail(i);
    }
    Ok((rest, product))
}

fn plural(i: &str) -> PResult<'_, f64> {
    let (first_rest, first) = word(i)?;
    let Some(product) = VAGUE_PLURALS.get(first) else {
        return fail(i);
    };
    let first_rest = repeated(first_rest, first).unwrap_or(first_rest);
    let (rest, product, links) = linked(first_rest, product);
    if links == 0 {
        if first.eq_ignore_ascii_case("tens") {
            return fail(i);
        }
        if first.eq_ignore_ascii_case("scores") && (ws, keyword("of")).parse(first_rest).is_err() {
            return fail(i);
        }
    }
    Ok((rest, 2.0 * product))
}

/// ws ("upon" | "and" | "on") ws plural, the same plural again:
/// "hundreds [upon hundreds]", "thousands [and thousands]". One figure,
/// said twice for weight; the text after it.
fn repeated<'a>(rest: &'a str, plural: &str) -> Option<&'a str> {
    let joined = nom::branch::alt((keyword("upon"), keyword("and"), keyword("on")));
    let (r, (_, _, _, w)) = (ws, joined, ws, word).parse(rest).ok()?;
    w.eq_ignore_ascii_case(plural).then_some(r)
}

/// (ws "of" ws plural)*: the plurals linked to a first one ("[of
/// thousands]"), their product with `product`, and how many there were.
fn linked(mut rest: &str, mut product: f64) -> (&str, f64, usize) {
    let mut links = 0;
    while links < 3 {
        let Ok((r, (_, _, _, w))) = (ws, keyword("of"), ws, word).parse(rest) else {
            break;
        };
        let Some(base) = VAGUE_PLURALS.get(w).filter(|&b| b >= 1e2) else {
            break;
        };
        product *= base;
        rest = r;
        links += 1;
    }
    (rest, product, links)
}

/// in_digits := power_of_ten ("s" | "'s") (ws "of" ws plural)*
///                                         "100s", "1,000s of", "10s of thousands"
///
/// A plural written in digits, read as its word would be: "1,000s" as
/// "thousands". Only round powers of ten count ("the 1990s" is a decade),
/// and "10s" only before "of" and another plural, as "tens".
pub(crate) fn in_digits(i: &str) -> PResult<'_, f64> {
    let (rest, d) = crate::number::digits(i)?;
    let base = d.value;
    if d.decimal || ![10.0, 100.0, 1e3, 1e4, 1e5].contains(&base) {
        return fail(i);
    }
    let rest = rest
        .strip_prefix("'s")
        .or_else(|| rest.strip_prefix('s'))
        .filter(|r| crate::grammar::at_boundary(r))
        .ok_or(nom::Err::Error(()))?;
    let (rest, product, links) = linked(rest, base);
    if base == 10.0 && links == 0 {
        return fail(i);
    }
    Ok((rest, 2.0 * product))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vague_table() {
        let cases: &[(&str, f64, &str)] = &[
            ("dozens of people", 24.0, " of people"),
            ("hundreds upon hundreds of homes", 200.0, " of homes"),
            ("a couple hundred troops", 200.0, " troops"),
            ("a couple of thousand", 2000.0, ""),
            ("thousands and thousands", 2000.0, ""),
            ("Dozens on dozens", 24.0, ""),
            ("hundreds and thousands", 200.0, " and thousands"),
            ("Dozens were hurt", 24.0, " were hurt"),
            ("scores of homes", 40.0, " of homes"),
            ("hundreds", 200.0, ""),
            ("thousands of", 2000.0, " of"),
            ("tens of thousands of people", 20_000.0, " of people"),
            ("hundreds of thousands", 200_000.0, ""),
            ("millions", 2e6, ""),
            ("tens of millions", 2e7, ""),
            ("several hundred", 300.0, ""),
            ("several thousand troops", 3000.0, " troops"),
            ("a few hundred", 200.0, ""),
            ("several hundred thousand", 300_000.0, ""),
            ("several dozen", 36.0, ""),
        ];
        for &(input, low, rest) in cases {
            assert_eq!(vague(input), Ok((rest, low)), "{input}");
        }
    }

    #[test]
    fn not_vague() {
        for input in [
            "tens",
            "scores",
            "the scores were level",
            "several people",
            "a few days",
            "dozen",
            "a couple days",
        ] {
            assert!(vague(input).is_err(), "{input}");
        }
    }

    #[test]
    fn in_digits_table() {
        let cases: &[(&str, f64, &str)] = &[
            ("100s of civilians", 200.0, " of civilians"),
            ("1,000s of people", 2000.0, " of people"),
            ("1000's", 2000.0, ""),
            ("10s of thousands", 20_000.0, ""),
            ("100s of thousands of people", 200_000.0, " of people"),
        ];
        for &(input, low, rest) in cases {
            assert_eq!(in_digits(input), Ok((rest, low)), "{input}");
        }
    }

    #[test]
    fn not_in_digits() {
        for input in ["1990s", "10s", "100", "100sq", "200s", "1.5s", "0s"] {
            assert!(in_digits(input).is_err(), "{input}");
        }
    }
}
