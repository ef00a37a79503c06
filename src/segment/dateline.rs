//! Wire datelines: the place, agency and date that open a report.
//!
//! ```text
//! dateline       := place_dateline | date_dateline
//! place_dateline := place region? (sep agency)? (sep date)? (sep agency)? stop
//! date_dateline  := (label ":"? spaces)? date time? (stop | glued)
//! place          := upper_word (" " upper_word){0,3} ("/" place)?
//! region         := "," spaces upper_word (" " upper_word){0,2}
//! agency         := "(" name ("/" name)* ")"
//! date           := (weekday ","? spaces)? (month_first | day_first | numeric)
//! stop           := spaces? ("--" | dash | "•" | "·" | "|")   a dash
//!                 | ":"                                        a colon
//!                 | end of line                                the line is the dateline
//! ```
//!
//! A place alone needs an upper-case city ("JAKARTA -", "BEIRUT:"); a
//! place in title case needs an agency or a date ("Abu Dhabi (AFP) Feb 5,
//! 2026"). The date is read, not resolved: the time stage resolves it.

use crate::grammar::{fail, phrase, spaces, PResult};
use crate::lexicon::context::MONTHS;
use crate::lexicon::page::{DATE_LABELS, WEEKDAYS};

use super::roles::short_word_ahead;
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

/// What a dateline holds, and where it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Reading {
    /// Bytes of the line the dateline takes, its closing dash included.
    pub(super) len: usize,
    /// The place is written in capitals ("KYIV", "UNITED NATIONS").
    pub(super) caps: bool,
    /// It names an agency ("(AP)", "(BSS/AFP)").
    pub(super) agency: bool,
    /// It gives a date.
    pub(super) date: bool,
}

impl Reading {
    /// True when the dateline is only a place and a dash ("JAKARTA -"):
    /// the weakest form, trusted only before running text.
    pub(super) fn bare(&self) -> bool {
        !self.agency && !self.date
    }
}

/// How a dateline is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    Dash,
    Colon,
    End,
}

/// Longest word a place name or agency may have, in bytes.
const MAX_WORD: usize = 24;

/// Longest agency list between brackets, in bytes.
const MAX_AGENCY: usize = 40;

/// upper_word := Upper (Letter | "-" | "'" | "’" | ".")*   at most 24 bytes
///
/// One word of a place name: "KYIV", "CAP-HAITIEN", "Dhabi", "D.C.".
fn upper_word(i: &str) -> PResult<'_, &str> {
    let mut chars = i.char_indices();
    match chars.next() {
        Some((_, c)) if c.is_uppercase() => {}
        _ => return fail(i),
    }
    let mut end = i.len();
    for (at, c) in chars {
        if at > MAX_WORD {
            return fail(i);
        }
        if !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')) {
            end = at;
            break;
        }
    }
    if end > MAX_WORD || i[..end].ends_with('-') {
        return fail(i);
    }
    Ok((&i[end..], &i[..end]))
}

/// words := upper_word (" " upper_word){0,max-1}
fn upper_words(max: usize) -> impl Fn(&str) -> PResult<'_, &str> {
    move |i: &str| {
        let (mut rest, _) = upper_word(i)?;
        for _ in 1..max {
            match preceded(char(' '), upper_word).parse(rest) {
                Ok((r, _)) => rest = r,
                Err(_) => break,
            }
        }
        Ok((rest, &i[..i.len() - rest.len()]))
    }
}

/// place := upper_word (" " upper_word){0,3} ("/" place)?
///
/// "KYIV", "UNITED NATIONS", "KYIV/NOVOAZOVSK", "Abu Dhabi".
fn place(i: &str) -> PResult<'_, &str> {
    let (mut rest, _) = upper_words(4)(i)?;
    while let Ok((r, _)) = preceded(char('/'), upper_words(4)).parse(rest) {
        rest = r;
    }
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// region := "," spaces upper_word (" " upper_word){0,2}
///
/// ", Ukraine", ", South Sudan", ", D.C.".
fn region(i: &str) -> PResult<'_, &str> {
    preceded((char(','), spaces), upper_words(3)).parse(i)
}

/// agency := "(" name ("/" name)* ")"
///
/// "(AP)", "(Reuters)", "(BSS/AFP)", "(dpa)": letters, spaces and `/ . &
/// , -`, at most 40 bytes, starting with a letter.
fn agency(i: &str) -> PResult<'_, &str> {
    let Some(inner) = i.strip_prefix('(') else {
        return fail(i);
    };
    if !inner.starts_with(char::is_alphabetic) {
        return fail(i);
    }
    for (at, c) in inner.char_indices() {
        if at > MAX_AGENCY {
            break;
        }
        if c == ')' {
            let end = 1 + at + 1;
            return Ok((&i[end..], &i[..end]));
        }
        if !(c.is_alphabetic() || matches!(c, ' ' | '/' | '.' | '&' | ',' | '-')) {
            break;
        }
    }
    fail(i)
}

/// digits(min, max) := digit{min,max}   not followed by a digit
fn digits(min: usize, max: usize) -> impl Fn(&str) -> PResult<'_, u32> {
    move |i: &str| {
        let n = i.bytes().take_while(u8::is_ascii_digit).count();
        if n < min || n > max {
            return fail(i);
        }
        match i[..n].parse() {
            Ok(v) => Ok((&i[n..], v)),
            Err(_) => fail(i),
        }
    }
}

/// day := digit{1,2} ("st" | "nd" | "rd" | "th")?   from 1 to 31
fn day(i: &str) -> PResult<'_, u32> {
    let (rest, d) = digits(1, 2)(i)?;
    if !(1..=31).contains(&d) {
        return fail(i);
    }
    let rest = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
        .filter(|r| !r.starts_with(char::is_alphabetic))
        .unwrap_or(rest);
    Ok((rest, d))
}

/// month := month_name "."?
fn month(i: &str) -> PResult<'_, u32> {
    if !short_word_ahead(i, MAX_WORD) {
        return fail(i);
    }
    let (rest, m) = phrase(&MONTHS)(i)?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    Ok((rest, m))
}

/// year := digit{4}
fn year(i: &str) -> PResult<'_, u32> {
    digits(4, 4)(i)
}

/// year_after := ","? spaces year
fn year_after(i: &str) -> PResult<'_, u32> {
    preceded((opt(char(',')), spaces), year).parse(i)
}

/// month_first := month spaces day (","? spaces year)?   "Feb 5, 2026", "Dec 3"
fn month_first(i: &str) -> PResult<'_, ()> {
    let (rest, _) = (month, spaces, day).parse(i)?;
    let (rest, _) = opt(year_after).parse(rest)?;
    Ok((rest, ()))
}

/// day_first := day spaces month (","? spaces year)?   "17 March 2024"
fn day_first(i: &str) -> PResult<'_, ()> {
    let (rest, _) = (day, spaces, month).parse(i)?;
    let (rest, _) = opt(year_after).parse(rest)?;
    Ok((rest, ()))
}

/// numeric := d{1,2} "/" d{1,2} "/" d{4} | d{4} "-" d{2} "-" d{2}
fn numeric(i: &str) -> PResult<'_, ()> {
    let mut slashed = (digits(1, 2), char('/'), digits(1, 2), char('/'), year);
    let mut iso = (year, char('-'), digits(2, 2), char('-'), digits(2, 2));
    match slashed.parse(i) {
        Ok((rest, _)) => Ok((rest, ())),
        Err(_) => iso.parse(i).map(|(rest, _)| (rest, ())),
    }
}

/// weekday := weekday_name "."? ","? spaces
fn weekday(i: &str) -> PResult<'_, ()> {
    if !short_word_ahead(i, MAX_WORD) {
        return fail(i);
    }
    let (rest, _) = phrase(&WEEKDAYS)(i)?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let (rest, _) = (opt(char(',')), spaces).parse(rest)?;
    Ok((rest, ()))
}

/// date := (weekday ","? spaces)? (month_first | day_first | numeric)
pub(super) fn date(i: &str) -> PResult<'_, ()> {
    let (i, _) = opt(weekday).parse(i)?;
    match month_first(i) {
        Ok(r) => Ok(r),
        Err(_) => match day_first(i) {
            Ok(r) => Ok(r),
            Err(_) => numeric(i),
        },
    }
}

/// time := (","? spaces ("at" spaces)?) d{1,2} ":" d{2} (spaces? meridiem)? (spaces zone)?
///
/// "at 10:10 am", "11:52 PM", ", 14:05 GMT".
fn time(i: &str) -> PResult<'_, ()> {
    let (rest, _) = (opt(char(',')), spaces).parse(i)?;
    let rest = rest
        .strip_prefix("at")
        .and_then(|r| spaces(r).ok())
        .map_or(rest, |(r, _)| r);
    let (mut rest, _) = (digits(1, 2), char(':'), digits(2, 2)).parse(rest)?;
    let after_space = spaces(rest).map_or(rest, |(r, _)| r);
    for meridiem in ["a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."] {
        if let Some(r) = after_space.strip_prefix(meridiem) {
            if !r.starts_with(char::is_alphanumeric) {
                rest = r;
                break;
            }
        }
    }
    if let Ok((r, _)) = spaces(rest) {
        let zone = r.bytes().take_while(u8::is_ascii_uppercase).count();
        if (2..=4).contains(&zone) && !r[zone..].starts_with(char::is_alphanumeric) {
            rest = &r[zone..];
        }
    }
    Ok((rest, ()))
}

/// Characters that close a dateline as a dash would.
fn is_stop_mark(c: char) -> bool {
    crate::grammar::is_dash(c) || matches!(c, '—' | '―' | '•' | '·' | '|')
}

/// stop := spaces? ("--" | dash | "•" | "·" | "|") | ":" | end
fn stop(i: &str) -> PResult<'_, Stop> {
    let rest = spaces(i).map_or(i, |(r, _)| r);
    if rest.is_empty() {
        return Ok((rest, Stop::End));
    }
    if let Some(r) = rest.strip_prefix("--") {
        return Ok((r, Stop::Dash));
    }
    if let Some(r) = i.strip_prefix(':') {
        return Ok((r, Stop::Colon));
    }
    match rest.chars().next() {
        Some(c) if is_stop_mark(c) => Ok((&rest[c.len_utf8()..], Stop::Dash)),
        _ => fail(i),
    }
}

/// sep := ","? spaces?
fn sep(i: &str) -> PResult<'_, ()> {
    let (i, _) = opt(char(',')).parse(i)?;
    let (i, _) = opt(spaces).parse(i)?;
    Ok((i, ()))
}

/// True when every letter of `place` is upper case and it has at least
/// three of them.
fn all_caps(place: &str) -> bool {
    let mut letters = 0;
    for c in place.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 3
}

/// place_dateline := place region? (sep agency)? (sep date)? (sep agency)? stop
fn place_dateline(i: &str) -> PResult<'_, Reading> {
    let (mut rest, city) = place(i)?;
    let caps = all_caps(city);
    let (mut has_agency, mut has_date) = (false, false);
    if let Ok((r, _)) = preceded(sep, date).parse(rest) {
        rest = r;
        has_date = true;
    } else if let Ok((r, _)) = region(rest) {
        rest = r;
    }
    for _ in 0..2 {
        if !has_agency {
            if let Ok((r, _)) = preceded(sep, agency).parse(rest) {
                rest = r;
                has_agency = true;
            }
        }
        if !has_date {
            if let Ok((r, _)) = preceded(sep, date).parse(rest) {
                rest = r;
                has_date = true;
            }
        }
    }
    let before_stop = rest;
    let (rest, how) = stop(rest)?;
    let fits = match how {
        Stop::End => has_agency || has_date,
        Stop::Colon => caps && !rest.trim_start().is_empty(),
        Stop::Dash => caps || has_agency || has_date,
    };
    if !fits {
        return fail(i);
    }
    let end = if how == Stop::End { before_stop } else { rest };
    Ok((
        rest,
        Reading {
            len: i.len() - end.len(),
            caps,
            agency: has_agency,
            date: has_date,
        },
    ))
}

/// date_dateline := (label ":"? spaces)? date time? (stop | glued)
///
/// A date standing alone at the top ("July 5, 2024", "Published Sep 14,
/// 2022", "Updated: 07/05/2024"), or glued to the first word of the text
/// ("September 30, 2023More than").
fn date_dateline(i: &str) -> PResult<'_, Reading> {
    if !short_word_ahead(i, MAX_WORD) {
        return fail(i);
    }
    let labelled = (phrase(&DATE_LABELS), opt(char(':')), spaces).parse(i);
    let at = labelled.map_or(i, |(r, _)| r);
    let (rest, _) = date(at)?;
    let (rest, _) = opt(time).parse(rest)?;
    let read = |end: &str| Reading {
        len: i.len() - end.len(),
        caps: false,
        agency: false,
        date: true,
    };
    if rest.starts_with(char::is_uppercase) {
        return Ok((rest, read(rest)));
    }
    match stop(rest) {
        Ok((r, Stop::End)) => Ok((r, read(rest))),
        Ok((r, Stop::Dash)) => Ok((r, read(r))),
        _ => fail(i),
    }
}

/// dateline := place_dateline | date_dateline
///
/// Reads a dateline at the start of `line` (one trimmed line of text).
pub(super) fn dateline(line: &str) -> PResult<'_, Reading> {
    match place_dateline(line) {
        Ok(r) => Ok(r),
        Err(_) => date_dateline(line),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, dateline as read, caps, agency, date)
    const ACCEPTED: &[(&str, &str, bool, bool, bool)] = &[
        (
            "KYIV, Ukraine (AP) — Shelling went on.",
            "KYIV, Ukraine (AP) —",
            true,
            true,
            false,
        ),
        (
            "BEIRUT (Reuters) - Strikes hit the south.",
            "BEIRUT (Reuters) -",
            true,
            true,
            false,
        ),
        (
            "Abu Dhabi (AFP) Feb 5, 2026",
            "Abu Dhabi (AFP) Feb 5, 2026",
            false,
            true,
            true,
        ),
        (
            "GENEVA, 17 March 2024 — Talks opened.",
            "GENEVA, 17 March 2024 —",
            true,
            false,
            true,
        ),
        ("JAKARTA - The navy said.", "JAKARTA -", true, false, false),
        (
            "KYIV/NOVOAZOVSK • Buses left.",
            "KYIV/NOVOAZOVSK •",
            true,
            false,
            false,
        ),
        (
            "UNITED NATIONS, Dec 3 (Reuters) - Aid stalled.",
            "UNITED NATIONS, Dec 3 (Reuters) -",
            true,
            true,
            true,
        ),
        (
            "KHARTOUM, Nov 15, 2020 (BSS/AFP) – Refugees crossed.",
            "KHARTOUM, Nov 15, 2020 (BSS/AFP) –",
            true,
            true,
            true,
        ),
        (
            "PORT-LOUIS, Mauritius, (Reuters) – Crews left.",
            "PORT-LOUIS, Mauritius, (Reuters) –",
            true,
            true,
            false,
        ),
        (
            "ODESA, Ukraine -- Ships sailed.",
            "ODESA, Ukraine --",
            true,
            false,
            false,
        ),
        (
            "BEIRUT: Israeli jets struck.",
            "BEIRUT:",
            true,
            false,
            false,
        ),
        (
            "WASHINGTON, D.C. (AP) — Senators met.",
            "WASHINGTON, D.C. (AP) —",
            true,
            true,
            false,
        ),
        (
            "Moscow (dpa) - The ministry said.",
            "Moscow (dpa) -",
            false,
            true,
            false,
        ),
        (
            "Updated: 07/05/2024",
            "Updated: 07/05/2024",
            false,
            false,
            true,
        ),
        ("July 5, 2024", "July 5, 2024", false, false, true),
        (
            "Published Sep 14, 2022",
            "Published Sep 14, 2022",
            false,
            false,
            true,
        ),
        (
            "Published On 30 May 2023",
            "Published On 30 May 2023",
            false,
            false,
            true,
        ),
        (
            "Sunday 28 August 2016",
            "Sunday 28 August 2016",
            false,
            false,
            true,
        ),
        ("04 March, 2018", "04 March, 2018", false, false, true),
        (
            "April 14, 2024 at 10:10 am",
            "April 14, 2024 at 10:10 am",
            false,
            false,
            true,
        ),
        ("2024-03-17", "2024-03-17", false, false, true),
        (
            "October 2, 2023More than 90 people",
            "October 2, 2023",
            false,
            false,
            true,
        ),
        (
            "Thursday, Dec. 15, 2022 — Power failed.",
            "Thursday, Dec. 15, 2022 —",
            false,
            false,
            true,
        ),
    ];

    #[test]
    fn datelines() {
        for &(line, read, caps, agency, date) in ACCEPTED {
            let Ok((_, r)) = dateline(line) else {
                panic!("no dateline in {line:?}");
            };
            assert_eq!(&line[..r.len], read, "{line}");
            assert_eq!((r.caps, r.agency, r.date), (caps, agency, date), "{line}");
        }
    }

    #[test]
    fn dateline_rest_is_the_text() {
        let (rest, _) = dateline("KYIV (AP) — Ten died.").unwrap();
        assert_eq!(rest.trim_start(), "Ten died.");
    }

    #[test]
    fn not_datelines() {
        for line in [
            "Russia, US agree to resume military contacts",
            "Hezbollah Fires 50 Rockets at Northern Israel",
            "US - Russia talks resume",
            "Haiti: Thousands flee homes",
            "Moscow - The ministry said.",
            "The army said on July 5, 2024 that",
            "July 5, 2024 was a quiet day.",
            "KEY FIGURES",
            "Geneva, Switzerland",
            "BEIRUT:",
            "March 45, 2024",
            "(AP) — text",
            "",
            "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ - long word",
        ] {
            assert!(dateline(line).is_err(), "{line:?}");
        }
    }

    #[test]
    fn pieces() {
        assert_eq!(agency("(BSS/AFP) –"), Ok((" –", "(BSS/AFP)")));
        assert!(agency("(AP Photo 12)").is_err());
        assert!(agency("(unclosed agency name that runs on for far too long)").is_err());
        assert_eq!(
            place("UNITED NATIONS, Dec"),
            Ok((", Dec", "UNITED NATIONS"))
        );
        assert_eq!(date("Feb 5, 2026 rest"), Ok((" rest", ())));
        assert_eq!(date("5th March"), Ok(("", ())));
        assert!(date("32 March").is_err());
        assert_eq!(time(" at 10:10 am"), Ok(("", ())));
        assert_eq!(time(" 11:52 PM GMT x"), Ok((" x", ())));
    }
}
