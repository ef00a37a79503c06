//! Number words, scale words, fractions and vague numerals.

use super::Lexicon;
use std::sync::LazyLock;

/// What a number word contributes to a numeral written in words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NumberWord {
    /// zero to nineteen.
    Unit(u32),
    /// twenty, thirty, … ninety.
    Ten(u32),
    /// hundred.
    Hundred,
    /// thousand, million, billion, trillion.
    Scale(f64),
    /// dozen (twelve).
    Dozen,
}

pub(crate) static NUMBER_WORDS: LazyLock<Lexicon<NumberWord>> = LazyLock::new(|| {
    use NumberWord::*;
    static ROWS: &[(&str, NumberWord)] = &[
        ("zero", Unit(0)),
        ("one", Unit(1)),
        ("two", Unit(2)),
        ("three", Unit(3)),
        ("four", Unit(4)),
        ("five", Unit(5)),
        ("six", Unit(6)),
        ("seven", Unit(7)),
        ("eight", Unit(8)),
        ("nine", Unit(9)),
        ("ten", Unit(10)),
        ("eleven", Unit(11)),
        ("twelve", Unit(12)),
        ("thirteen", Unit(13)),
        ("fourteen", Unit(14)),
        ("fifteen", Unit(15)),
        ("sixteen", Unit(16)),
        ("seventeen", Unit(17)),
        ("eighteen", Unit(18)),
        ("nineteen", Unit(19)),
        ("twenty", Ten(20)),
        ("thirty", Ten(30)),
        ("forty", Ten(40)),
        ("fourty", Ten(40)),
        ("fifty", Ten(50)),
        ("sixty", Ten(60)),
        ("seventy", Ten(70)),
        ("eighty", Ten(80)),
        ("ninety", Ten(90)),
        ("hundred", Hundred),
        ("thousand", Scale(1e3)),
        ("million", Scale(1e6)),
        ("billion", Scale(1e9)),
        ("trillion", Scale(1e12)),
        // Indian English: "two lakh people", "three crore".
        ("lakh", Scale(1e5)),
        ("crore", Scale(1e7)),
        ("dozen", Dozen),
    ];
    Lexicon::new(ROWS)
});

/// Scale words and abbreviations after digits: "1.2 million", "3bn", "5k".
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ScaleWord {
    pub(crate) factor: f64,
    /// May stand apart from the digits ("3 bn"), not only attached ("3bn").
    pub(crate) spaced: bool,
    /// Reads as a scale only after a currency ("$5m", "£3b"); otherwise
    /// "100m" is metres.
    pub(crate) money_only: bool,
}

pub(crate) static SCALE_WORDS: LazyLock<Lexicon<ScaleWord>> = LazyLock::new(|| {
    const fn s(factor: f64, spaced: bool, money_only: bool) -> ScaleWord {
        ScaleWord {
            factor,
            spaced,
            money_only,
        }
    }
    static ROWS: &[(&str, ScaleWord)] = &[
        // "2 dozen", "3-4 dozen": words after digits, as "two dozen".
        ("dozen", s(12.0, true, false)),
        ("hundred", s(1e2, true, false)),
        ("thousand", s(1e3, true, false)),
        ("million", s(1e6, true, false)),
        ("billion", s(1e9, true, false)),
        ("trillion", s(1e12, true, false)),
        ("k", s(1e3, false, false)),
        ("m", s(1e6, false, true)),
        ("mn", s(1e6, true, false)),
        ("mln", s(1e6, true, false)),
        ("mio", s(1e6, true, false)),
        ("b", s(1e9, false, true)),
        ("bn", s(1e9, true, false)),
        ("bln", s(1e9, true, false)),
        ("tn", s(1e12, true, false)),
        ("trn", s(1e12, true, false)),
        ("lakh", s(1e5, true, false)),
        ("lakhs", s(1e5, true, false)),
        ("crore", s(1e7, true, false)),
        ("crores", s(1e7, true, false)),
    ];
    Lexicon::new(ROWS)
});

/// Denominators of fractions, with whether the word is singular
/// ("third") or plural ("thirds").
pub(crate) static DENOMINATORS: LazyLock<Lexicon<(u32, bool)>> = LazyLock::new(|| {
    static ROWS: &[(&str, (u32, bool))] = &[
        ("half", (2, true)),
        ("halves", (2, false)),
        ("third", (3, true)),
        ("thirds", (3, false)),
        ("quarter", (4, true)),
        ("quarters", (4, false)),
        ("fourth", (4, true)),
        ("fourths", (4, false)),
        ("fifth", (5, true)),
        ("fifths", (5, false)),
        ("sixth", (6, true)),
        ("sixths", (6, false)),
        ("seventh", (7, true)),
        ("sevenths", (7, false)),
        ("eighth", (8, true)),
        ("eighths", (8, false)),
        ("ninth", (9, true)),
        ("ninths", (9, false)),
        ("tenth", (10, true)),
        ("tenths", (10, false)),
    ];
    Lexicon::new(ROWS)
});

/// Plural numerals of vague size: "dozens", "hundreds", "tens (of
/// thousands)". The value is the base; the words allow at least two of it.
pub(crate) static VAGUE_PLURALS: LazyLock<Lexicon<f64>> = LazyLock::new(|| {
    static ROWS: &[(&str, f64)] = &[
        ("dozens", 12.0),
        ("scores", 20.0),
        ("tens", 10.0),
        ("hundreds", 1e2),
        ("thousands", 1e3),
        ("millions", 1e6),
        ("billions", 1e9),
    ];
    Lexicon::new(ROWS)
});

/// Words that multiply a scale word vaguely: "several hundred" (300 at
/// least), "a few thousand" (2,000 at least).
pub(crate) static VAGUE_MULTIPLIERS: LazyLock<Lexicon<f64>> = LazyLock::new(|| {
    static ROWS: &[(&str, f64)] = &[
        ("several", 3.0),
        ("a few", 2.0),
        ("a couple of", 2.0),
        ("a couple", 2.0),
        ("many", 2.0),
        ("some few", 2.0),
    ];
    Lexicon::new(ROWS)
});
