//! The field rules of `score.py`, one function each: when a predicted
//! claim's value, subject, party and source agree with the gold claim's.
//!
//! Each function keeps the name and the quirks of its Python original
//! (`sing` turns "countries" into "countrie", `norm_party` deletes every
//! "the "), because agreeing with the reference matters more than being
//! right.

use super::python::{self, Py};
use std::collections::HashSet;

/// `DEMONYM`: adjectives and short forms that `norm_party` reads as the
/// country or group they name.
const DEMONYM: &[(&str, &str)] = &[
    ("ukrainian", "ukraine"),
    ("russian", "russia"),
    ("israeli", "israel"),
    ("palestinian", "palestinians"),
    ("sudanese", "sudan"),
    ("syrian", "syria"),
    ("yemeni", "yemen"),
    ("ethiopian", "ethiopia"),
    ("lebanese", "lebanon"),
    ("iranian", "iran"),
    ("american", "united states"),
    ("us", "united states"),
    ("u.s.", "united states"),
    ("usa", "united states"),
    ("congolese", "dr congo"),
    ("drc", "dr congo"),
    ("haitian", "haiti"),
    ("malian", "mali"),
    ("burkinabe", "burkina faso"),
    ("nigerien", "niger"),
    ("nigerian", "nigeria"),
    ("afghan", "afghanistan"),
    ("iraqi", "iraq"),
    ("somali", "somalia"),
    ("burmese", "myanmar"),
    ("myanmar's", "myanmar"),
    ("gazan", "palestinians"),
    ("gaza", "palestinians"),
];

/// Plural demonyms that `norm_party` strips of their final `s`.
const PLURAL_DEMONYMS: &[&str] = &["ukrainians", "russians", "israelis"];

/// `STOP`: words left out when comparing names and taking initials.
const STOP: &[&str] = &[
    "the", "of", "and", "a", "an", "s", "'s", "in", "for", "on", "by",
];

/// A party as `norm_party` leaves it.
#[derive(Debug, PartialEq, Eq)]
enum Party {
    /// No party (`None`).
    Unnamed,
    /// A normalised name.
    Named(String),
    /// A value `norm_party` cannot read (a number, a list): `score.py` would
    /// stop with an error; here it agrees with nothing.
    Unreadable,
}

/// `norm_party(p)`: the name (or a dict's `name`), stripped and lower-cased,
/// plural demonyms made singular, every "the " deleted, demonyms mapped to
/// their country.
fn norm_party(p: &Py) -> Party {
    let p = match p {
        Py::Dict(_) => p.get("name"),
        other => other,
    };
    let name = match p {
        Py::None => return Party::Unnamed,
        Py::Str(name) => name,
        _ => return Party::Unreadable,
    };
    let lowered = python::lower(python::strip(name));
    let singular = if PLURAL_DEMONYMS.contains(&lowered.as_str()) {
        lowered.trim_end_matches('s').to_owned()
    } else {
        lowered
    };
    let s = singular.replace("the ", "");
    let name = DEMONYM
        .iter()
        .find(|(demonym, _)| *demonym == s)
        .map_or(s, |(_, country)| (*country).to_owned());
    Party::Named(name)
}

/// `norm_party(g) == norm_party(p)`.
pub(super) fn same_party(g: &Py, p: &Py) -> bool {
    match (norm_party(g), norm_party(p)) {
        (Party::Unreadable, _) | (_, Party::Unreadable) => false,
        (g, p) => g == p,
    }
}

/// `source_name(s)`: a dict's `name`, anything else as it is.
pub(super) fn source_name(s: &Py) -> &Py {
    match s {
        Py::Dict(_) => s.get("name"),
        other => other,
    }
}

/// `tokens(s)`: the lower-case runs of ASCII letters and digits, less
/// [`STOP`].
fn tokens(s: &str) -> HashSet<String> {
    python::lower_alnum_runs(&python::lower(s))
        .filter(|t| !STOP.contains(t))
        .map(str::to_owned)
        .collect()
}

/// `initials(s)`: the first letters of the capitalised ASCII words that are
/// not in [`STOP`].
fn initials(s: &str) -> String {
    python::ascii_words(s)
        .filter(|w| !STOP.contains(&w.to_ascii_lowercase().as_str()))
        .filter_map(|w| w.chars().next().filter(char::is_ascii_uppercase))
        .collect()
}

/// `source_match(g, p)`: both unnamed; or an acronym of one inside the
/// other's initials ("OCHA" ~ "Office for the Coordination of Humanitarian
/// Affairs"); or a word in common ("Zelensky" ~ "Volodymyr Zelensky").
pub(super) fn source_match(g: &Py, p: &Py) -> bool {
    let (g, p) = (source_name(g), source_name(p));
    if g.is_none() || p.is_none() {
        return g.is_none() && p.is_none();
    }
    // Anything but a string is where `score.py` would stop with an error.
    let (Some(g), Some(p)) = (g.as_str(), p.as_str()) else {
        return false;
    };
    let (tg, tp) = (tokens(g), tokens(p));
    if tg.is_empty() || tp.is_empty() {
        return false;
    }
    let (ig, ip) = (initials(g), initials(p));
    if python::acronyms(g).any(|a| ip.contains(a)) || python::acronyms(p).any(|a| ig.contains(a)) {
        return true;
    }
    !tg.is_disjoint(&tp)
}

/// `sing(w)`: drop a final `s` not after another `s`, then turn a final
/// `ies` into `y`.
fn sing(w: &str) -> String {
    let w = match w.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') => stem,
        _ => w,
    };
    match w.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => w.to_owned(),
    }
}

/// `subject_match(g, p)`: both absent; or the same last word once made
/// singular; or one inside the other (lower case, stripped). A subject that
/// is not a string is compared as Python's `str()` of it.
pub(super) fn subject_match(g: &Py, p: &Py) -> bool {
    if g.is_none() || p.is_none() {
        return g.is_none() && p.is_none();
    }
    let (g, p) = (python::lower(&g.str()), python::lower(&p.str()));
    let (g, p) = (python::strip(&g), python::strip(&p));
    let head = |s| python::split(s).last().unwrap_or(s);
    sing(head(g)) == sing(head(p)) || g.contains(p) || p.contains(g)
}

/// `num_eq(a, b)`: both absent, or both numbers (or numeric strings) within
/// 0.01 plus a billionth of the larger.
pub(super) fn num_eq(a: &Py, b: &Py) -> bool {
    if a.is_none() || b.is_none() {
        return a.is_none() && b.is_none();
    }
    let (Some(a), Some(b)) = (a.to_float(), b.to_float()) else {
        return false;
    };
    (a - b).abs() <= 0.01 + 1e-9 * a.abs().max(b.abs())
}

/// `value_ok(g, q)`: for a vague gold claim (or one with no value) the low
/// bounds agree; for a range both bounds; otherwise the values.
pub(super) fn value_ok(g: &Py, q: &Py) -> bool {
    let qualifier = g.get("qualifier").as_str();
    if qualifier == Some("vague") || g.get("value").is_none() {
        num_eq(g.get("low"), q.get("low"))
    } else if qualifier == Some("range") {
        num_eq(g.get("low"), q.get("low")) && num_eq(g.get("high"), q.get("high"))
    } else {
        num_eq(g.get("value"), q.get("value"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::json::loads;

    fn py(json: &str) -> Py {
        loads(json).unwrap()
    }

    #[test]
    fn parties() {
        let same = [
            (r#""Ukraine""#, r#""Ukrainian""#),
            (r#""Ukrainians""#, r#""ukraine""#),
            (r#""the Palestinians""#, r#""Gazan""#),
            (r#"" U.S. ""#, r#""United States""#),
            (r#""RSF""#, r#"{"name": "rsf", "kind": "militia"}"#),
            (r#"null"#, r#"{"kind": "militia"}"#),
            (r#""Northe Army""#, r#""norarmy""#),
        ];
        for (g, p) in same {
            assert!(same_party(&py(g), &py(p)), "{g} ~ {p}");
        }
        let different = [
            (r#""Russia""#, r#""Russians' allies""#),
            (r#""Israel""#, r#"null"#),
            (r#""Sudan""#, r#""SAF""#),
            (r#"null"#, r#"7"#),
            (r#"7"#, r#"7"#),
        ];
        for (g, p) in different {
            assert!(!same_party(&py(g), &py(p)), "{g} !~ {p}");
        }
    }

    #[test]
    fn sources() {
        let same = [
            (r#""Volodymyr Zelensky""#, r#""Zelensky""#),
            (
                r#""OCHA""#,
                r#"{"name": "Office for the Coordination of Humanitarian Affairs"}"#,
            ),
            (r#""UN agencies""#, r#""United Nations""#),
            (r#"null"#, r#"null"#),
            (r#"null"#, r#"{"kind": "un"}"#),
        ];
        for (g, p) in same {
            assert!(source_match(&py(g), &py(p)), "{g} ~ {p}");
        }
        let different = [
            (r#""Gaza health ministry""#, r#""Israeli army""#),
            (r#""the""#, r#""the""#),
            (r#""UN""#, r#"null"#),
            (r#""OCHA's team""#, r#""Office of Humanitarian Affairs""#),
            (r#""12""#, r#"12"#),
        ];
        for (g, p) in different {
            assert!(!source_match(&py(g), &py(p)), "{g} !~ {p}");
        }
    }

    #[test]
    fn singular() {
        let cases = [
            ("troops", "troop"),
            ("class", "class"),
            ("countries", "countrie"),
            ("ies", "ie"),
            ("allies", "allie"),
            ("s", ""),
            ("civilians", "civilian"),
            ("", ""),
        ];
        for (w, expected) in cases {
            assert_eq!(sing(w), expected, "{w}");
        }
    }

    #[test]
    fn subjects() {
        let same = [
            (r#""troops""#, r#""Troop ""#),
            (r#""apartment blocks""#, r#""blocks""#),
            (r#""people""#, r#""displaced people""#),
            (r#""soldier""#, r#""soldiers""#),
            (r#""12""#, r#"12"#),
            (r#""""#, r#""drones""#),
            (r#"null"#, r#"null"#),
        ];
        for (g, p) in same {
            assert!(subject_match(&py(g), &py(p)), "{g} ~ {p}");
        }
        let different = [
            (r#""country""#, r#""countries""#),
            (r#""civilians""#, r#""children""#),
            (r#""people""#, r#"null"#),
        ];
        for (g, p) in different {
            assert!(!subject_match(&py(g), &py(p)), "{g} !~ {p}");
        }
    }

    #[test]
    fn numbers() {
        let equal = [
            ("55000", "55000.0"),
            ("33.33", "33.334"),
            ("1e9", "1000000001"),
            ("12", r#""12""#),
            ("1", "true"),
            ("null", "null"),
        ];
        for (a, b) in equal {
            assert!(num_eq(&py(a), &py(b)), "{a} == {b}");
        }
        let unequal = [
            ("33.33", "33.35"),
            ("1e9", "1000000002"),
            ("12", r#""twelve""#),
            ("12", "[12]"),
            ("0", "null"),
        ];
        for (a, b) in unequal {
            assert!(!num_eq(&py(a), &py(b)), "{a} != {b}");
        }
    }

    #[test]
    fn values() {
        let gold_vague = py(r#"{"qualifier": "vague", "value": null, "low": 2000}"#);
        assert!(value_ok(&gold_vague, &py(r#"{"value": 9, "low": 2000}"#)));
        assert!(!value_ok(&gold_vague, &py(r#"{"low": 200}"#)));
        let gold_range = py(r#"{"qualifier": "range", "value": 55, "low": 50, "high": 60}"#);
        assert!(value_ok(&gold_range, &py(r#"{"low": 50, "high": 60}"#)));
        assert!(!value_ok(&gold_range, &py(r#"{"value": 55, "low": 50}"#)));
        let gold = py(r#"{"qualifier": "at_least", "value": 12, "low": 12}"#);
        assert!(value_ok(&gold, &py(r#"{"value": 12.0}"#)));
        assert!(!value_ok(&gold, &py(r#"{}"#)));
    }
}
