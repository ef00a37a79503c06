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

/// cardinal := "half" ws "a" ws (scale | "dozen")               "half a million"
///           | part_of_scale                            "a quarter of a million"
///           | head (join word)*
/// head     := ("a" | "an") | number_word
/// join     := ws | "-" | ws "and" ws
///
/// The words must make a well-formed English cardinal: "twenty-five",
/// "three hundred and twenty", "one million two hundred thousand", "a
/// hundred", "two dozen", "one and a half million". Reading stops before
/// the first word that does not continue the numeral ("nineteen eighty"
/// reads nineteen).
pub(crate) fn cardinal(i: &str) -> PResult<'_, f64> {
    if let Ok(r) = half_a(i) {
        return Ok(r);
    }
    if let Ok(r) = super::fraction::part_of_scale(i) {
        return Ok(r);
    }
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
            if let Ok((r, _)) = (keyword("a"), ws, keyword("half")).parse(after_join) {
                current += 0.5;
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
                last = Last::Ten;
                true
            }
            (
                Token::Word(NumberWord::Hundred),
                Last::Article | Last::Unit | Last::Ten,
                Join::Space | Join::Dash,
            ) if current > 0.0 && current < 100.0 => {
                // "a hundred", "three hundred", "ninety-nine hundred".
                current *= 100.0;
                last = Last::Hundred;
                true
            }
            (
                Token::Word(NumberWord::Scale(s)),
                Last::Article | Last::Unit | Last::Ten | Last::Hundred | Last::Half,
                Join::Space | Join::Dash,
            ) if s < last_scale && current > 0.0 => {
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
    match done {
        Some((rest, value)) => Ok((rest, value)),
        None => fail(i),
    }
}

/// half_a := "half" ws ("a" | "an") ws (scale | "dozen")
fn half_a(i: &str) -> PResult<'_, f64> {
    let (rest, (_, _, _, _, word)) = (
        keyword("half"),
        ws,
        nom::branch::alt((keyword("a"), keyword("an"))),
        ws,
        phrase(&NUMBER_WORDS),
    )
        .parse(i)?;
    match word {
        NumberWord::Scale(s) => Ok((rest, s / 2.0)),
        NumberWord::Dozen => Ok((rest, 6.0)),
        _ => fail(i),
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
    fn not_cardinal() {
        for input in [
            "a", "an apple", "hundred", "thousand", "and", "half", "million", "apple",
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
