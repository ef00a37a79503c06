//! Numerals in digits: "55,000", "1.5", "16369.03", "2.500".

use crate::grammar::{fail, ws0, PResult};
use crate::lexicon::numbers::SCALE_WORDS;

/// Most digits a figure may have before its decimal point.
///
/// Every integer up to 15 digits is exact in an `f64`. A longer run of
/// digits is an identifier, a code or noise, never a news figure, and is
/// skipped whole (not split into shorter figures).
pub const MAX_INT_DIGITS: usize = 15;

/// Most digits after the decimal point; a longer tail is not a figure.
const MAX_FRAC_DIGITS: usize = 15;

/// A numeral in digits, as read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Digits {
    pub(crate) value: f64,
    /// Written with thousands separators ("55,000", "2.500").
    pub(crate) grouped: bool,
    /// Has a decimal part ("1.5").
    pub(crate) decimal: bool,
    /// Digits before the decimal point, separators not counted.
    pub(crate) int_digits: usize,
}

impl Digits {
    /// A plain whole number of `n` digits: "2022", "45".
    pub(crate) fn is_plain(&self) -> bool {
        !self.grouped && !self.decimal
    }
}

/// Bytes of digits to parse, without separators: at most 15 + 1 + 15.
const BUF: usize = MAX_INT_DIGITS + 1 + MAX_FRAC_DIGITS;

/// digits := int ("." frac)?
/// int    := [0-9]{1,3} ("," [0-9]{3})+      "55,000"
///         | [0-9]{1,3} ("." [0-9]{3})+      "2.500" (not before a scale word)
///         | [1-9][0-9]{0,2} (space [0-9]{3})+
///                                           "3 500", "12 000 000" (see space_groups)
///         | [1-9][0-9]* | "0"
/// frac   := [0-9]+
///
/// A run of digits with a leading zero ("007", "0600") is a code or a clock
/// time and does not parse; nor does a version number ("1.2.3").
pub(crate) fn digits(i: &str) -> PResult<'_, Digits> {
    let b = i.as_bytes();
    let run = digit_run(b, 0);
    if run == 0 || run > MAX_INT_DIGITS || (run > 1 && b[0] == b'0') {
        return fail(i);
    }
    // Most figures are followed by a plain space and a word: only a space
    // before a digit is read further.
    let spaced = match b.get(run) {
        Some(b' ' | 0xC2 | 0xE2 | b'&') => space_groups(b, run),
        _ => None,
    };
    // A run of digits followed by no separator, the common case: no
    // groups and no decimal part, so its value is read as it stands.
    if spaced.is_none() && !matches!(b.get(run), Some(b',' | b'.')) {
        let value = b
            .get(..run)
            .unwrap_or_default()
            .iter()
            .fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
        let (end, part) = match b.get(run) {
            Some(0xC2 | 0xE2) => {
                vulgar_fraction(b, run).map_or((run, None), |(n, f)| (run + n, Some(f)))
            }
            _ => (run, None),
        };
        return Ok((
            i.get(end..).unwrap_or_default(),
            Digits {
                value: value as f64 + part.unwrap_or(0.0),
                grouped: false,
                decimal: part.is_some(),
                int_digits: run,
            },
        ));
    }
    let mut buf = [0u8; BUF];
    buf[..run].copy_from_slice(&b[..run]);
    let mut len = run;
    let mut pos = run;
    let mut grouped = false;
    if run <= 3 {
        let commas = groups(b, pos, b',');
        let dots = groups(b, pos, b'.');
        // Where the groups after the first run end, and how many digits
        // they add.
        let (end, added) = if commas > 0 {
            (pos + 4 * commas, 3 * commas)
        } else if dots >= 2 || (dots == 1 && b[0] != b'0' && !before_scale(&i[pos + 4..])) {
            (pos + 4 * dots, 3 * dots)
        } else {
            spaced.or_else(|| lakh_groups(b, run)).unwrap_or((pos, 0))
        };
        if run + added > MAX_INT_DIGITS {
            return fail(i);
        }
        // The digits up to the end of the last group, in order, without
        // the separators (one to three bytes each).
        for &d in b[pos..end].iter().filter(|d| d.is_ascii_digit()) {
            buf[len] = d;
            len += 1;
        }
        pos = end;
        grouped = added > 0;
    }
    let int_digits = len;
    let mut decimal = false;
    if b.get(pos) == Some(&b'.') || (!grouped && decimal_comma(i, pos)) {
        let frac = digit_run(b, pos + 1);
        if frac > 0 {
            let after = pos + 1 + frac;
            if frac > MAX_FRAC_DIGITS
                || (b.get(after) == Some(&b'.') && digit_run(b, after + 1) > 0)
            {
                return fail(i);
            }
            buf[len] = b'.';
            buf[len + 1..len + 1 + frac].copy_from_slice(&b[pos + 1..after]);
            len += 1 + frac;
            pos = after;
            decimal = true;
        }
    }
    let Some(value) = value_of(&buf[..len]) else {
        return fail(i);
    };
    Ok((
        &i[pos..],
        Digits {
            value,
            grouped,
            decimal,
            int_digits,
        },
    ))
}

/// Powers of ten that an `f64` holds exactly, up to the most digits a
/// figure may have.
const POWERS_OF_TEN: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// The value of ASCII digits with at most one decimal point.
///
/// With at most 15 digits in all, the digits as a whole number and the
/// power of ten that places the point are both exact in an `f64`, and one
/// correctly rounded division gives the same value as parsing the text
/// (the "fast path" of decimal conversion). Longer numerals are parsed.
fn value_of(numeral: &[u8]) -> Option<f64> {
    let mut whole: u64 = 0;
    let mut count = 0;
    let mut after_point = None;
    for &b in numeral {
        if b == b'.' {
            after_point = Some(count);
            continue;
        }
        whole = whole
            .wrapping_mul(10)
            .wrapping_add(u64::from(b.wrapping_sub(b'0')));
        count += 1;
    }
    let places = after_point.map_or(0, |at| count - at);
    match POWERS_OF_TEN.get(places) {
        Some(&power) if count <= 15 => Some(whole as f64 / power),
        _ => std::str::from_utf8(numeral).ok()?.parse().ok(),
    }
}

/// True when exactly three digits stand at `from`.
fn three_digits(b: &[u8], from: usize) -> bool {
    let digit = |k: usize| b.get(from + k).is_some_and(u8::is_ascii_digit);
    digit(0) && digit(1) && digit(2) && !digit(3)
}

/// Indian grouping after a run of `run` digits: "1,50,000" (a lakh and a
/// half), "12,00,000", "1,00,00,000" (a crore): groups of two digits, the
/// last of three. Where the groups end, and how many digits they add.
///
/// lakh := [1-9][0-9]? ("," [0-9]{2})+ "," [0-9]{3}   not followed by
///                                                     "," digit
fn lakh_groups(b: &[u8], run: usize) -> Option<(usize, usize)> {
    if run > 2 {
        return None;
    }
    // Digits at `k`, counted no further than four.
    let digits_at = |k: usize| {
        b.get(k..).map_or(0, |s| {
            s.iter().take(4).take_while(|c| c.is_ascii_digit()).count()
        })
    };
    let mut at = run;
    let mut pairs = 0;
    while pairs <= MAX_INT_DIGITS / 2 && b.get(at) == Some(&b',') {
        match digits_at(at + 1) {
            2 => {
                pairs += 1;
                at += 3;
            }
            3 if pairs > 0 => {
                let end = at + 4;
                let more = b.get(end) == Some(&b',') && digits_at(end + 1) > 0;
                return (!more).then_some((end, 2 * pairs + 3));
            }
            _ => return None,
        }
    }
    None
}

/// Thousands set apart by a space after a run of `run` digits: "3 500",
/// "12 000 000", written with a plain, no-break, narrow no-break, thin or
/// figure space (text pasted from the web mixes them). Where the groups
/// end, and how many digits they add, as [`lakh_groups`] says.
///
/// spaced := [1-9][0-9]{0,2} (space [0-9]{3})+  not followed by a letter,
///                                               "," digit or space digit
///
/// What follows the last group decides: "5 100th" is no grouping, and a
/// number after it ("20 794 6095", "3 500 12") makes a phone number or a
/// list of figures, where no grouping is read.
fn space_groups(b: &[u8], run: usize) -> Option<(usize, usize)> {
    if run > 3 || b.first() == Some(&b'0') {
        return None;
    }
    let mut count = 0;
    let mut from = run;
    loop {
        let gap = space_len(b, from);
        if gap == 0 || count > MAX_INT_DIGITS / 3 || !three_digits(b, from + gap) {
            break;
        }
        count += 1;
        from += gap + 3;
    }
    if count == 0 {
        return None;
    }
    let digit_at = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    let more = match b.get(from) {
        None => false,
        Some(c) if c.is_ascii_alphabetic() => true,
        Some(b',') => digit_at(from + 1),
        Some(_) => {
            let gap = space_len(b, from);
            gap > 0 && digit_at(from + gap)
        }
    };
    (!more).then_some((from, 3 * count))
}

/// Bytes of the space at `at` that may set thousands apart: a plain space,
/// U+00A0 no-break, U+2007 figure, U+2009 thin or U+202F narrow no-break
/// space, or "&nbsp;"; 0 for anything else.
fn space_len(b: &[u8], at: usize) -> usize {
    match b.get(at..).unwrap_or_default() {
        [b' ', ..] => 1,
        [0xC2, 0xA0, ..] => 2,
        [0xE2, 0x80, 0x87 | 0x89 | 0xAF, ..] => 3,
        // A no-break space left as HTML by a scraper: "3&nbsp;000".
        [b'&', b'n', b'b', b's', b'p', b';', ..] => 6,
        _ => 0,
    }
}

/// Length of the run of ASCII digits at `from`.
fn digit_run(b: &[u8], from: usize) -> usize {
    b.get(from..)
        .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
}

/// How many `sep`-and-three-digit groups follow at `from` ("," "000"),
/// counting no further than a figure may reach, so that a long run of
/// groups costs constant time at each of its starts.
fn groups(b: &[u8], mut from: usize, sep: u8) -> usize {
    let mut n = 0;
    while n <= MAX_INT_DIGITS / 3 && b.get(from) == Some(&sep) && three_digits(b, from + 1) {
        n += 1;
        from += 4;
    }
    n
}

/// True when a decimal comma stands at `at`: one or two digits after it,
/// then a scale word ("3,5 million", "1,25 billion"), where a comma can
/// set no thousands apart. Elsewhere "1,2" is a list.
fn decimal_comma(i: &str, at: usize) -> bool {
    let b = i.as_bytes();
    if b.get(at) != Some(&b',') {
        return false;
    }
    let frac = digit_run(b, at + 1);
    (1..=2).contains(&frac) && before_scale(i.get(at + 1 + frac..).unwrap_or_default())
}

/// A vulgar fraction at `at` ("½", "¼", "¾", "⅓", "⅔" after digits, as in
/// "1½ million"): its length in bytes and its value.
fn vulgar_fraction(b: &[u8], at: usize) -> Option<(usize, f64)> {
    match b.get(at..at + 2)? {
        [0xC2, 0xBC] => Some((2, 0.25)),
        [0xC2, 0xBD] => Some((2, 0.5)),
        [0xC2, 0xBE] => Some((2, 0.75)),
        [0xE2, 0x85] => match b.get(at + 2)? {
            0x93 => Some((3, 1.0 / 3.0)),
            0x94 => Some((3, 2.0 / 3.0)),
            _ => None,
        },
        _ => None,
    }
}

/// True when a scale word follows: "1.500 million" is one and a half.
fn before_scale(i: &str) -> bool {
    let Ok((rest, _)) = ws0(i) else { return false };
    let letters = rest
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .take(9)
        .count();
    SCALE_WORDS
        .get(rest.get(..letters).unwrap_or_default())
        .is_some_and(|s| s.spaced && s.factor >= 1e6)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(i: &str) -> Option<(f64, &str)> {
        digits(i).ok().map(|(rest, d)| (d.value, rest))
    }

    #[test]
    fn digits_table() {
        let cases: &[(&str, f64, &str)] = &[
            ("55,000 troops", 55000.0, " troops"),
            ("1.5 million", 1.5, " million"),
            ("16369.03.", 16369.03, "."),
            ("2.500 pieces", 2500.0, " pieces"),
            ("1.250.000", 1_250_000.0, ""),
            ("1.500 million", 1.5, " million"),
            ("0.125", 0.125, ""),
            ("0", 0.0, ""),
            ("100,000-113,500", 100_000.0, "-113,500"),
            ("1,5", 1.0, ",5"),
            ("1,2 and 3", 1.0, ",2 and 3"),
            // A decimal comma, before a scale word only.
            ("3,5 million people", 3.5, " million people"),
            ("1,25 billion", 1.25, " billion"),
            ("3,5 thousand", 3.0, ",5 thousand"),
            // Vulgar fractions after the digits.
            ("1\u{bd} million", 1.5, " million"),
            ("2\u{bc}", 2.25, ""),
            ("3\u{be} km", 3.75, " km"),
            ("1\u{2154}", 1.0 + 2.0 / 3.0, ""),
            ("7\u{2155}", 7.0, "\u{2155}"),
            ("1234,567", 1234.0, ",567"),
            ("12,34", 12.0, ",34"),
            ("300%", 300.0, "%"),
            ("3bn", 3.0, "bn"),
            ("999,999,999,999,999", 999_999_999_999_999.0, ""),
            ("3 500 people", 3500.0, " people"),
            ("3\u{a0}500 people", 3500.0, " people"),
            ("12\u{202f}000\u{202f}000.", 12_000_000.0, "."),
            ("4\u{2009}200", 4200.0, ""),
            ("1\u{2007}250.5 tonnes", 1250.5, " tonnes"),
            ("3 500, 200 more", 3500.0, ", 200 more"),
            ("3 500-strong", 3500.0, "-strong"),
            ("3 500\u{a0}000 ", 3_500_000.0, " "),
            ("3&nbsp;000 people", 3000.0, " people"),
            ("12&nbsp;others", 12.0, "&nbsp;others"),
            // Not groups: a fourth digit, a leading zero, a longer first
            // run.
            ("3 5000", 3.0, " 5000"),
            ("0 500", 0.0, " 500"),
            ("2023 120 people", 2023.0, " 120 people"),
            // A number after the groups: a phone number or a list.
            ("20 794 6095", 20.0, " 794 6095"),
            ("3 500 12", 3.0, " 500 12"),
            ("3 500,000", 3.0, " 500,000"),
            // An ordinal or a word fused to the group.
            ("5 100th", 5.0, " 100th"),
            ("12 000km", 12.0, " 000km"),
            // Indian grouping: lakhs and crores.
            ("1,50,000 people", 150_000.0, " people"),
            ("12,00,000.", 1_200_000.0, "."),
            ("1,00,00,000", 10_000_000.0, ""),
            ("3,50,000.5", 350_000.5, ""),
            // Not Indian grouping: a list, a short last group, a third
            // digit in a pair, a longer first run.
            ("1,2,3", 1.0, ",2,3"),
            ("1,50,00", 1.0, ",50,00"),
            ("1,50,000,12", 1.0, ",50,000,12"),
            ("1,500,00", 1500.0, ",00"),
            ("123,45,678", 123.0, ",45,678"),
        ];
        for &(input, value, rest) in cases {
            assert_eq!(read(input), Some((value, rest)), "{input}");
        }
    }

    /// The value computed from the digits is the value parsed from the
    /// text, bit for bit.
    #[test]
    fn value_matches_parsing() {
        let mut numerals: Vec<String> = Vec::new();
        for int in ["0", "1", "7", "12", "999", "16369", "123456789012345"] {
            numerals.push(int.to_string());
            for frac in ["0", "1", "03", "125", "3", "999999", "12345678901234"] {
                numerals.push(format!("{int}.{frac}"));
            }
        }
        for n in &numerals {
            let parsed: f64 = n.parse().unwrap();
            let computed = value_of(n.as_bytes()).unwrap();
            assert_eq!(computed.to_bits(), parsed.to_bits(), "{n}");
        }
    }

    #[test]
    fn grouping_is_recorded() {
        let (_, d) = digits("55,000").unwrap();
        assert!(d.grouped && !d.decimal && d.int_digits == 5);
        let (_, d) = digits("2022").unwrap();
        assert!(d.is_plain());
    }

    #[test]
    fn not_digits() {
        for input in [
            "",
            "abc",
            "007",
            "0600",
            "1.2.3",
            "1234567890123456",      // 16 digits
            "1,000,000,000,000,000", // 16 digits grouped
        ] {
            assert!(digits(input).is_err(), "{input}");
        }
    }

    #[test]
    fn a_400_digit_number_does_not_parse() {
        let long = "7".repeat(400);
        assert!(digits(&long).is_err());
    }
}
