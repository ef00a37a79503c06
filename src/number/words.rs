//! Numerals in words: "forty-two", "three hundred and twenty", "a dozen",
//! "two million", "half a million", "one and a half million".

use crate::grammar::{dash, fail, keyword, phrase, ws, PResult};
use crate::lexicon::numbers::{NumberWord, NUMBER_WORDS};
use nom::Parser;

/// What the last word read was, which decides what may follow it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Start,
    Article,
    Unit,
    Ten,
    Hundred,
    Scale,
    Half,
    Dozen,
}

/// How two number words are joined.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Join {
    None,
    Space,
    Dash,
    And,
}

/// Most words one numeral may have ("one million two hundred and
/// thirty-four thousand five hundred and sixty-seven" has 14).
const MAX_WORDS: usize = 24;

/// cardinal := half_a                                   "half a million"
///           | part_of_scale                            "a quarter of a million"
///           | head (join word)*
/// head     := ("a" | "an") | number_word
/// join     := ws | "-" | ws "and" ws | "-and-"
///
/// The words must make a well-formed English cardinal: "twenty-five",
/// "three hundred and twenty", "one million two hundred thousand", "a
/// hundred", "two dozen", "one and a half million". Reading stops before
/// the first word that does not continue the numeral ("nineteen eighty"
/// reads nineteen).
pub(crate) fn cardinal(i: &str) -> PResult<'_, f64> {
    cardinal_scaled(i).map(|(r, (value, _))| (r, value))
}

/// [`cardinal`], with the factor its first number is multiplied by when
/// the numeral is that number and multipliers only: 1,000,000 for "three
/// million", 100,000 for "two hundred thousand"; `None` for "three
/// hundred and twenty" or "forty". The low end of "two to three million"
/// takes it.
pub(crate) fn cardinal_scaled(i: &str) -> PResult<'_, (f64, Option<f64>)> {
    if let Ok((r, v)) = half_a(i) {
        return Ok((r, (v, None)));
    }
    if let Ok((r, v)) = super::fraction::part_of_scale(i) {
        return Ok((r, (v, None)));
    }
    // The first number, before the first multiplier, and whether anything
    // was added after one.
    let mut lead: Option<f64> = None;
    let mut added = false;
    let mut total = 0.0_f64;
    let mut current = 0.0_f64;
    let mut last = Last::Start;
    let mut last_scale = f64::INFINITY;
    let mut rest = i;
    let mut done: Option<(&str, f64)> = None;
    for _ in 0..MAX_WORDS {
        let (after_join, join) = match join(rest, last) {
            Some(j) => j,
            None => break,
        };
        if join == Join::And && last_allows_half(last) {
            if let Ok((r, _)) = (keyword("a"), space_or_dash, keyword("half")).parse(after_join) {
                current += 0.5;
                added = true;
                last = Last::Half;
                rest = r;
                done = Some((rest, total + current));
                continue;
            }
        }
        let (after_word, token) = match token(after_join, last) {
            Some(t) => t,
            None => break,
        };
        let fits = match (token, last, join) {
            (Token::Article, Last::Start, _) => {
                current = 1.0;
                last = Last::Article;
                true
            }
            (Token::Word(NumberWord::Unit(u)), Last::Start, _) => {
                current = f64::from(u);
                last = Last::Unit;
                true
            }
            (
                Token::Word(NumberWord::Unit(u)),
                Last::Hundred | Last::Scale,
                Join::Space | Join::And,
            ) if u > 0 => {
                current += f64::from(u);
                added = true;
                last = Last::Unit;
                true
            }
            (Token::Word(NumberWord::Unit(u)), Last::Ten, Join::Dash | Join::Space)
                if (1..10).contains(&u) =>
            {
                current += f64::from(u);
                last = Last::Unit;
                true
            }
            (Token::Word(NumberWord::Ten(t)), Last::Start, _) => {
                current = f64::from(t);
                last = Last::Ten;
                true
            }
            (
                Token::Word(NumberWord::Ten(t)),
                Last::Hundred | Last::Scale,
                Join::Space | Join::And,
            ) => {
                current += f64::from(t);
                added = true;
                last = Last::Ten;
                true
            }
            (
                Token::Word(NumberWord::Hundred),
                Last::Article | Last::Unit | Last::Ten,
                Join::Space | Join::Dash,
            ) if current > 0.0 && current < 100.0 => {
                // "a hundred", "three hundred", "ninety-nine hundred".
                lead.get_or_insert(current);
                current *= 100.0;
                last = Last::Hundred;
                true
            }
            (
                Token::Word(NumberWord::Scale(s)),
                Last::Article | Last::Unit | Last::Ten | Last::Hundred | Last::Half,
                Join::Space | Join::Dash,
            ) if s < last_scale && current > 0.0 => {
                lead.get_or_insert(current);
                total += current * s;
                current = 0.0;
                last_scale = s;
                last = Last::Scale;
                true
            }
            (Token::Word(NumberWord::Dozen), Last::Start, _) => {
                current = 12.0;
                last = Last::Dozen;
                true
            }
            (
                Token::Word(NumberWord::Dozen),
                Last::Article | Last::Unit | Last::Ten,
                Join::Space,
            ) if total == 0.0 => {
                current *= 12.0;
                last = Last::Dozen;
                true
            }
            _ => false,
        };
        if !fits {
            break;
        }
        rest = after_word;
        if last != Last::Article && last != Last::Half {
            done = Some((rest, total + current));
        }
        if last == Last::Dozen {
            break;
        }
    }
    let factor = |value: f64| {
        lead.filter(|&l| !added && l > 0.0)
            .map(|l| value / l)
            .filter(|&f| f >= 100.0)
    };
    match done {
        Some((rest, value)) => Ok((rest, (value, factor(value)))),
        None => fail(i),
    }
}

/// half_a := "half" sep ("a" | "an") sep (scale | "dozen")   "half a million", "half-a-dozen"
///         | "half" sep scale                            "half-million"
/// sep    := ws | "-"
///
/// Written alone, "half a million" and "half-million" name a number; the
/// scale must be a thousand or more where no article stands between
/// ("half hundred" is no numeral).
fn half_a(i: &str) -> PResult<'_, f64> {
    let (after_half, _) = keyword("half")(i)?;
    // "half-million", "half million": the scale itself.
    if let Ok((rest, scale)) = super::fraction::scale_after(after_half) {
        return Ok((rest, scale / 2.0));
    }
    let article = nom::branch::alt((keyword("a"), keyword("an")));
    let (rest, _) = (space_or_dash, article, space_or_dash).parse(after_half)?;
    match phrase(&NUMBER_WORDS).parse(rest)? {
        (r, NumberWord::Scale(s)) => Ok((r, s / 2.0)),
        (r, NumberWord::Dozen) => Ok((r, 6.0)),
        _ => fail(i),
    }
}

/// White space or a dash between the words of a numeral: "half a
/// million", "half-a-million", "two-and-a-half".
pub(super) fn space_or_dash(i: &str) -> PResult<'_, ()> {
    match dash(i) {
        Ok((r, _)) => Ok((r, ())),
        Err(_) => ws(i).map(|(r, _)| (r, ())),
    }
}

#[derive(Debug, Clone, Copy)]
enum Token {
    Article,
    Word(NumberWord),
}

/// The join before the next word, given what came last.
fn join(i: &str, last: Last) -> Option<(&str, Join)> {
    if last == Last::Start {
        return Some((i, Join::None));
    }
    if let Ok((r, _)) = dash(i) {
        // "two-and-a-half": "and" between dashes joins as it does between
        // spaces.
        if let Ok((r2, _)) = (keyword("and"), dash).parse(r) {
            return Some((r2, Join::And));
        }
        return Some((r, Join::Dash));
    }
    let (r, _) = ws(i).ok()?;
    if let Ok((r2, _)) = (keyword("and"), ws).parse(r) {
        return Some((r2, Join::And));
    }
    Some((r, Join::Space))
}

fn last_allows_half(last: Last) -> bool {
    matches!(last, Last::Unit | Last::Ten)
}

/// The next number word (or the article "a" at the start).
fn token(i: &str, last: Last) -> Option<(&str, Token)> {
    if last == Last::Start {
        if let Ok((r, _)) = nom::branch::alt((keyword("a"), keyword("an"))).parse(i) {
            return Some((r, Token::Article));
        }
    }
    let (rest, w) = crate::grammar::word(i).ok()?;
    NUMBER_WORDS.get(w).map(|n| (rest, Token::Word(n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinal_table() {
        let cases: &[(&str, f64, &str)] = &[
            ("three people", 3.0, " people"),
            ("forty-two", 42.0, ""),
            ("Forty two", 42.0, ""),
            ("three hundred and twenty troops", 320.0, " troops"),
            ("a hundred", 100.0, ""),
            ("a dozen", 12.0, ""),
            ("two dozen", 24.0, ""),
            ("two lakh people", 200_000.0, " people"),
            ("one crore twenty lakh", 12_000_000.0, ""),
            ("a lakh", 100_000.0, ""),
            ("dozen", 12.0, ""),
            ("half a million", 500_000.0, ""),
            ("half a dozen", 6.0, ""),
            ("half-a-million people", 500_000.0, " people"),
            ("half-a-dozen", 6.0, ""),
            ("half-million", 500_000.0, ""),
            ("half million", 500_000.0, ""),
            ("two-and-a-half thousand", 2_500.0, ""),
            ("one-and-a-half million", 1_500_000.0, ""),
            ("one and a half million", 1_500_000.0, ""),
            ("two and a half", 2.5, ""),
            ("six million", 6e6, ""),
            ("one million two hundred thousand", 1_200_000.0, ""),
            ("a thousand and one", 1001.0, ""),
            ("nineteen eighty-four", 19.0, " eighty-four"),
            ("ninety-nine", 99.0, ""),
            ("two hundred thousand", 200_000.0, ""),
            ("eleven and", 11.0, " and"),
            ("one of the", 1.0, " of the"),
            ("zero", 0.0, ""),
            ("seventeen", 17.0, ""),
            ("five-year", 5.0, "-year"),
        ];
        for &(input, value, rest) in cases {
            assert_eq!(cardinal(input), Ok((rest, value)), "{input}");
        }
    }

    #[test]
    fn factor_of_the_first_number() {
        let cases: &[(&str, Option<f64>)] = &[
            ("three million", Some(1e6)),
            ("two hundred thousand", Some(1e5)),
            ("a hundred", Some(100.0)),
            ("two hundred and twenty", None),
            ("one million two hundred thousand", None),
            ("one and a half million", None),
            ("forty", None),
            ("two dozen", None),
            ("half a million", None),
        ];
        for &(input, factor) in cases {
            assert_eq!(
                cardinal_scaled(input).map(|(_, (_, f))| f),
                Ok(factor),
                "{input}"
            );
        }
    }

    #[test]
    fn not_cardinal() {
        for input in [
            "a",
            "an apple",
            "hundred",
            "thousand",
            "and",
            "half",
            "million",
            "apple",
            "half-time",
            "half hundred",
            "half-hearted",
            "half an hour",
            "half a minute",
        ] {
            assert!(cardinal(input).is_err(), "{input}");
        }
    }

    #[test]
    fn stops_at_ill_formed_sequences() {
        assert_eq!(cardinal("two three"), Ok((" three", 2.0)));
        assert_eq!(cardinal("a million million"), Ok((" million", 1e6)));
        assert_eq!(cardinal("twenty twenty"), Ok((" twenty", 20.0)));
    }
}
