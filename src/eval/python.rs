//! Just enough of Python to agree with `score.py`: JSON values as
//! `json.loads` builds them, `str()` and `repr()` of them, `float()`,
//! `str.strip`/`split`/`lower`, and the few regular expressions the scorer
//! uses, written out as scans.

use super::unicode::{NOT_PRINTABLE, WORD};
use crate::corpus::is_space;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

/// A JSON value as Python's `json.loads` returns it: integers and floats
/// apart, objects in the order their keys were written.
///
/// Nesting is bounded by the JSON reader (128 levels), which bounds the
/// recursion of `repr` and `==` below.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Py {
    None,
    Bool(bool),
    Int(i128),
    /// An integer beyond `i128`, as its digits.
    BigInt(String),
    Float(f64),
    Str(String),
    List(Vec<Py>),
    /// Keys as written, repeats included: lookups take the last value and
    /// `repr` shows each key once, at its first place, as a Python dict does.
    Dict(Vec<(String, Py)>),
}

/// The value of an absent key: `dict.get` gives `None`.
static NONE: Py = Py::None;

impl Py {
    /// `dict.get(key)`: `None` when absent. Anything but a dict has no keys
    /// (where `score.py` would stop with an error, the scorer reads on).
    pub(crate) fn get(&self, key: &str) -> &Py {
        self.lookup(key).unwrap_or(&NONE)
    }

    /// The value of `key` (the last, if repeated), `None` when absent.
    pub(crate) fn lookup(&self, key: &str) -> Option<&Py> {
        match self {
            Py::Dict(items) => items.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub(crate) fn is_none(&self) -> bool {
        matches!(self, Py::None)
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Py::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A number for arithmetic (`bool` is an `int` in Python), as a float.
    pub(crate) fn as_number(&self) -> Option<f64> {
        match *self {
            Py::Bool(b) => Some(f64::from(u8::from(b))),
            Py::Int(i) => Some(i as f64),
            Py::BigInt(ref digits) => digits.parse().ok(),
            Py::Float(f) => Some(f),
            _ => None,
        }
    }

    /// `float(value)`: numbers and numeric strings; `None` where Python
    /// raises `TypeError` or `ValueError`.
    pub(crate) fn to_float(&self) -> Option<f64> {
        match self {
            Py::Str(s) => parse_float(s),
            other => other.as_number(),
        }
    }

    /// `str(value)`: a string as itself, anything else as its `repr`.
    pub(crate) fn str(&self) -> Cow<'_, str> {
        match self {
            Py::Str(s) => Cow::Borrowed(s),
            other => Cow::Owned(other.repr()),
        }
    }

    /// `repr(value)`.
    pub(crate) fn repr(&self) -> String {
        let mut out = String::new();
        self.write_repr(&mut out);
        out
    }

    fn write_repr(&self, out: &mut String) {
        match self {
            Py::None => out.push_str("None"),
            Py::Bool(true) => out.push_str("True"),
            Py::Bool(false) => out.push_str("False"),
            Py::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Py::BigInt(digits) => out.push_str(digits),
            Py::Float(f) => out.push_str(&float_repr(*f)),
            Py::Str(s) => out.push_str(&str_repr(s)),
            Py::List(items) => {
                out.push('[');
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        out.push_str(", ");
                    }
                    item.write_repr(out);
                }
                out.push(']');
            }
            Py::Dict(_) => {
                out.push('{');
                for (n, (key, value)) in self.dict_items().into_iter().enumerate() {
                    if n > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&str_repr(key));
                    out.push_str(": ");
                    value.write_repr(out);
                }
                out.push('}');
            }
        }
    }

    /// A dict's items as Python holds them: each key once, at its first
    /// place, with its last value.
    fn dict_items(&self) -> Vec<(&str, &Py)> {
        let Py::Dict(items) = self else {
            return Vec::new();
        };
        let last: HashMap<&str, &Py> = items.iter().map(|(k, v)| (k.as_str(), v)).collect();
        let mut seen = HashSet::new();
        items
            .iter()
            .filter(|(k, _)| seen.insert(k.as_str()))
            .filter_map(|(k, _)| last.get(k.as_str()).map(|v| (k.as_str(), *v)))
            .collect()
    }

    /// Python's `==`: numbers compare by value across `bool`, `int` and
    /// `float`; dicts regardless of key order.
    pub(crate) fn py_eq(&self, other: &Py) -> bool {
        match (self, other) {
            (Py::None, Py::None) => true,
            (Py::Str(a), Py::Str(b)) | (Py::BigInt(a), Py::BigInt(b)) => a == b,
            (Py::BigInt(digits), Py::Float(f)) | (Py::Float(f), Py::BigInt(digits)) => {
                f.is_finite() && f.fract() == 0.0 && format!("{f:.0}") == *digits
            }
            (Py::List(a), Py::List(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.py_eq(y))
            }
            (Py::Dict(_), Py::Dict(_)) => {
                let a = self.dict_items();
                let b: HashMap<&str, &Py> = other.dict_items().into_iter().collect();
                a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| v.py_eq(w)))
            }
            (a, b) => match (a.as_int(), b.as_int()) {
                (Some(x), Some(y)) => x == y,
                _ => match (a, b) {
                    (Py::Float(x), Py::Float(y)) => x == y,
                    (Py::Float(f), n) | (n, Py::Float(f)) => {
                        n.as_int().is_some_and(|i| float_equals_int(*f, i))
                    }
                    _ => false,
                },
            },
        }
    }

    fn as_int(&self) -> Option<i128> {
        match *self {
            Py::Bool(b) => Some(i128::from(b)),
            Py::Int(i) => Some(i),
            _ => None,
        }
    }
}

/// Exact comparison of a float with an integer, as Python makes it.
fn float_equals_int(f: f64, i: i128) -> bool {
    // 2^127 as a float; any integral float below it converts exactly.
    const LIMIT: f64 = 170_141_183_460_469_231_731_687_303_715_884_105_728.0;
    f.is_finite() && f.fract() == 0.0 && f.abs() < LIMIT && f as i128 == i
}

/// `repr(float)`: the shortest digits that read back, positional for
/// exponents from -4 to 15, else `1e+16` style.
pub(crate) fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if (-4..16).contains(&exp) {
        if exp < 0 {
            let zeros = "0".repeat(exp.unsigned_abs() as usize - 1);
            format!("{sign}0.{zeros}{digits}")
        } else {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                let zeros = "0".repeat(int_len - digits.len());
                format!("{sign}{digits}{zeros}.0")
            } else {
                let (int, frac) = digits.split_at(int_len);
                format!("{sign}{int}.{frac}")
            }
        }
    } else {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        let dot = if rest.is_empty() { "" } else { "." };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!(
            "{sign}{first}{dot}{rest}e{exp_sign}{:02}",
            exp.unsigned_abs()
        )
    }
}

/// `repr(str)`: single quotes unless the text has a `'` and no `"`;
/// backslash escapes for the quote, `\`, `\t`, `\n`, `\r`, and `\x..`,
/// `\u....` or `\U........` for characters that are not printable.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let _ = match u32::from(c) {
                    n @ 0..=0xff => write!(out, "\\x{n:02x}"),
                    n @ 0x100..=0xffff => write!(out, "\\u{n:04x}"),
                    n => write!(out, "\\U{n:08x}"),
                };
            }
        }
    }
    out.push(quote);
    out
}

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = u32::from(c);
    table
        .binary_search_by(|&(first, last)| {
            if last < c {
                std::cmp::Ordering::Less
            } else if first > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `str.isprintable()` for one character.
fn is_printable(c: char) -> bool {
    !in_table(NOT_PRINTABLE, c)
}

/// Whether `re` counts `c` as `\w`: `str.isalnum()` or `_`.
pub(crate) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_table(WORD, c)
    }
}

/// `str.strip()`.
pub(crate) fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// `str.split()`: the runs of non-whitespace.
pub(crate) fn split(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_space).filter(|w| !w.is_empty())
}

/// `str.lower()`.
pub(crate) fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// `float(s)` for a string: surrounding whitespace, a sign, `inf`,
/// `infinity` or `nan` in any case, or a decimal with an optional
/// exponent, `_` allowed between digits. `None` where Python raises
/// `ValueError`. (Python also reads digits of other scripts, such as
/// `٣`; they are refused here.)
pub(crate) fn parse_float(s: &str) -> Option<f64> {
    let s = strip(s);
    let bytes = s.as_bytes();
    if !s.is_ascii() {
        return None;
    }
    let digit_at = |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_some_and(u8::is_ascii_digit);
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' && !(digit_at(i.checked_sub(1)) && digit_at(Some(i + 1))) {
            return None;
        }
    }
    let s: String = s.chars().filter(|&c| c != '_').collect();
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(&s);
    let lowered = unsigned.to_ascii_lowercase();
    if !matches!(lowered.as_str(), "inf" | "infinity" | "nan") && !is_decimal(unsigned) {
        return None;
    }
    s.parse().ok()
}

/// `digits [. digits] | . digits`, then optionally `e [sign] digits`.
fn is_decimal(s: &str) -> bool {
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (s, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = all_digits(int) && all_digits(frac) && !(int.is_empty() && frac.is_empty());
    let exponent_ok = match exponent {
        None => true,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            !digits.is_empty() && all_digits(digits)
        }
    };
    mantissa_ok && exponent_ok
}

/// `re.finditer(r"(?<!\w)NEEDLE(?!\w)", text)`: byte offsets of the
/// whole-word occurrences, left to right, not overlapping.
///
/// A candidate that fails the word test does not hide an overlapping
/// candidate that starts inside it, as in `re`.
pub(crate) fn whole_word_matches(text: &str, needle: &str) -> Vec<usize> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(needle)) {
        let start = from + found;
        let end = start + needle.len();
        let before = text.get(..start).and_then(|t| t.chars().next_back());
        let after = text.get(end..).and_then(|t| t.chars().next());
        if before.is_some_and(is_word) || after.is_some_and(is_word) {
            let step = text
                .get(start..)
                .and_then(|t| t.chars().next())
                .map_or(1, char::len_utf8);
            from = start + step;
        } else {
            out.push(start);
            from = end;
        }
    }
    out
}

/// `re.finditer(re.escape(needle), text)`: byte offsets of every
/// occurrence, left to right, not overlapping.
pub(crate) fn substring_matches(text: &str, needle: &str) -> Vec<usize> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle).map(|(i, _)| i).collect()
}

/// `re.findall(r"\b[A-Z]{2,}\b", s)`: the words (runs of `\w`) made of two
/// or more ASCII capitals.
pub(crate) fn acronyms(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !is_word(c))
        .filter(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
}

/// `re.findall(r"[A-Za-z]+", s)`.
pub(crate) fn ascii_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
}

/// `re.findall(r"[a-z0-9]+", s)`.
pub(crate) fn lower_alnum_runs(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|w| !w.is_empty())
}

/// The text Python reads from a file opened in text mode: `\r\n` and a lone
/// `\r` become `\n`.
pub(crate) fn universal_newlines(text: &str) -> Cow<'_, str> {
    if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::json::loads;

    #[test]
    fn float_reprs() {
        let cases = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (55000.0, "55000.0"),
            (33.33, "33.33"),
            (0.1, "0.1"),
            (1e-4, "0.0001"),
            (1.5e-5, "1.5e-05"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1.25e16, "1.25e+16"),
            (1e22, "1e+22"),
            (-2.5e-300, "-2.5e-300"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
        ];
        for (f, expected) in cases {
            assert_eq!(float_repr(f), expected, "{f:e}");
        }
    }

    #[test]
    fn str_reprs() {
        let cases = [
            ("at least 12", "'at least 12'"),
            ("Ukraine's army", "\"Ukraine's army\""),
            ("it's \"so\"", "'it\\'s \"so\"'"),
            ("a\\b\tc\nd\re", "'a\\\\b\\tc\\nd\\re'"),
            ("55\u{a0}000", "'55\\xa0000'"),
            ("\u{200f}12\u{202f}%", "'\\u200f12\\u202f%'"),
            ("\u{1}\u{7f}", "'\\x01\\x7f'"),
            ("\u{e0001}", "'\\U000e0001'"),
            ("\u{e01ef}", "'\u{e01ef}'"),
            ("Kyiv — «12» é ٣", "'Kyiv — «12» é ٣'"),
        ];
        for (s, expected) in cases {
            assert_eq!(str_repr(s), expected, "{s:?}");
        }
    }

    #[test]
    fn value_reprs() {
        let cases = [
            (r#"null"#, "None"),
            (r#"true"#, "True"),
            (r#"12"#, "12"),
            (r#"-7"#, "-7"),
            (r#"12.0"#, "12.0"),
            (r#"1e3"#, "1000.0"),
            (r#""x""#, "'x'"),
            (r#"[1, "a", null]"#, "[1, 'a', None]"),
            (
                r#"{"name": "UN", "kind": "un", "name": "OCHA"}"#,
                "{'name': 'OCHA', 'kind': 'un'}",
            ),
        ];
        for (json, expected) in cases {
            assert_eq!(loads(json).unwrap().repr(), expected, "{json}");
        }
        assert_eq!(loads(r#""Kyiv""#).unwrap().str(), "Kyiv");
    }

    #[test]
    fn equality() {
        let eq = |a: &str, b: &str| loads(a).unwrap().py_eq(&loads(b).unwrap());
        assert!(eq("1", "1.0"));
        assert!(eq("true", "1"));
        assert!(eq("null", "null"));
        assert!(eq(r#"{"a": 1, "b": 2}"#, r#"{"b": 2.0, "a": 1}"#));
        assert!(eq(r#"[1, "x"]"#, r#"[1.0, "x"]"#));
        assert!(!eq("9007199254740993", "9007199254740992.0"));
        let two_to_140 = "1393796574908163946345982392040522594123776";
        assert!(eq(
            two_to_140,
            "1.393796574908163946345982392040522594123776e42"
        ));
        assert!(!eq("1393796574908163946345982392040522594123777", "1.4e42"));
        assert!(!eq("100000000000000000000000000000000000000000", "1e41"));
        assert!(!eq(r#""1""#, "1"));
        assert!(!eq("null", "0"));
        assert!(!eq(r#"{"a": 1}"#, r#"{"a": 1, "b": 2}"#));
    }

    #[test]
    fn floats() {
        let cases = [
            ("12", Some(12.0)),
            (" 12.5\n", Some(12.5)),
            ("+1_000", Some(1000.0)),
            ("1e1_0", Some(1e10)),
            ("-.5", Some(-0.5)),
            ("5.", Some(5.0)),
            ("1E3", Some(1000.0)),
            ("-Infinity", Some(f64::NEG_INFINITY)),
            ("\u{a0}7\u{3000}", Some(7.0)),
        ];
        for (s, expected) in cases {
            assert_eq!(parse_float(s), expected, "{s:?}");
        }
        assert!(parse_float("NaN").is_some_and(f64::is_nan));
    }

    #[test]
    fn not_floats() {
        for s in [
            "",
            " ",
            "_1",
            "1_",
            "1__0",
            "1_.5",
            "1._5",
            ".",
            "e5",
            "1e",
            "1e+",
            "0x10",
            "1,000",
            "12 killed",
            "١٢",
            "infinit",
            "++1",
        ] {
            assert_eq!(parse_float(s), None, "{s:?}");
        }
    }

    #[test]
    fn whole_words() {
        let cases: &[(&str, &str, &[usize])] = &[
            ("4 of 2024 and 4", "4", &[0, 14]),
            ("12,000 and 12", "12", &[0, 11]),
            ("x_12 a12 12b 12", "12", &[13]),
            ("12.5 12", "12", &[0, 5]),
            ("éé12 ·12", "12", &[9]),
            ("21 1 1", "1 1", &[3]),
            ("1 1 1", "1 1", &[0]),
            ("", "12", &[]),
            ("12", "", &[]),
        ];
        for (text, needle, expected) in cases {
            assert_eq!(&whole_word_matches(text, needle), expected, "{text:?}");
        }
        assert_eq!(substring_matches("2024 and 4", "4"), [3, 9]);
        assert_eq!(substring_matches("aaaa", "aa"), [0, 2]);
    }

    #[test]
    fn regex_scans() {
        let acr: Vec<&str> = acronyms("UN and OCHA's UNICEFx, A, IDFs, UNÉ, U.S. NATO_").collect();
        assert_eq!(acr, ["UN", "OCHA"]);
        let words: Vec<&str> = ascii_words("Office for the Coordination's 2nd é-x").collect();
        assert_eq!(
            words,
            ["Office", "for", "the", "Coordination", "s", "nd", "x"]
        );
        let runs: Vec<&str> = lower_alnum_runs("the ministry's 2nd-in-command").collect();
        assert_eq!(runs, ["the", "ministry", "s", "2nd", "in", "command"]);
    }

    #[test]
    fn strings() {
        assert_eq!(strip("\u{1c} Kyiv \u{a0}"), "Kyiv");
        assert_eq!(
            split(" apartment\u{2009}blocks ").collect::<Vec<_>>(),
            ["apartment", "blocks"]
        );
        assert_eq!(universal_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }
}
