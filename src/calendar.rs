//! Date phrases as the text says them, read but never resolved.
//!
//! This module records *what the words say* — "Wednesday", "Feb. 5",
//! "since February 2022", "in the past 24 hours" — as plain values. Turning
//! them into dates needs the report's own date and is done by
//! [`crate::time`], the only module that does date arithmetic.
//!
//! # Grammar
//!
//! ```text
//! phrase         := period | date
//! date           := ("on" ws)? explicit | month_year | weekday_phrase | relative_day
//! explicit       := (weekday ","? ws)? (numeric | month_day | day_month)
//! numeric        := yyyy "-" mm "-" dd | m "/" d "/" (yyyy | yy) | d "." m "." yyyy
//! month_day      := month ws day (","? ws year)?          "Feb. 5, 2026", "February 5th"
//! day_month      := day (ws "of")? ws month (","? ws year)?   "5 February 2026", "5th of May"
//! month_year     := month ","? ws year                      "July 2024"
//! weekday_phrase := (edge ws ("on" ws)?)? ("on" ws)? ("last" ws)? weekday (ws part)?
//! relative_day   := "yesterday" (ws part)? | ("earlier" | "later")? "today" | "tonight"
//!                 | "overnight" | "this" ws part | "last night" | count ws "days ago"
//!                 | "the day before yesterday"
//! period         := since | past | between | stretch
//! since          := "since" ws (start_of | explicit | month_year | month | year
//!                              | weekday_phrase | relative_day | event)
//! event          := ("the" | proper) (ws hword)* (ws ("in" | "on") ws dated)?
//! past           := (prep ws)? "the" ws ("past" | "last" | "previous") ws (count ws)? unit
//! between        := "between" ws point ws "and" ws point
//!                 | "from" ws point ws ("to" | "until" | "through" | dash) ws point
//! stretch        := ("in" | "during" | "throughout") ws (month_year | year | month | within)
//!                 | within
//! within         := ("earlier" ws | "so far" ws)? "this" ws unit | "last" ws unit
//! ```
//!
//! # Readings
//!
//! - Month names and weekdays count only when capitalised ("may kill" and
//!   "a march" are no months); weekdays only in full ("Sun" is a paper).
//! - A bare year is a number from 1900 to 2099 that does not count
//!   something: "in 2023" is a year, "2024 people" is not. The same test
//!   keeps "on February 20 people …" from being a date.
//! - Slashed numeric dates are read month first, as US wire copy writes
//!   them ("07/05/2024" is 5 July 2024), unless the first number exceeds
//!   12 ("25/12/2023" is 25 December); a report that writes the day
//!   first turns the ambiguous ones when they are resolved
//!   ([`crate::time::DateStyle`], from [`slash_order_shown`] and the
//!   dateline's country); dotted ones are day first
//!   ("05.07.2024" is 5 July), as European copy writes them. A two-digit
//!   year after slashes is in the 2000s.
//! - Impossible dates ("February 30", "31 April", month 13) are no dates.
//!   "February 29" with no year is a date; with a year it must be a leap
//!   year.
//!
//! ```
//! use conflict_figures::calendar::{phrases, DatePhrase, Phrase};
//! use chrono::Weekday;
//!
//! let text = "The ministry said on Wednesday night that the toll rose.";
//! let found = phrases(text);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].span.of(text), Some("on Wednesday night"));
//! assert!(matches!(
//!     found[0].phrase,
//!     Phrase::Date(DatePhrase::Weekday { day: Weekday::Wed, .. })
//! ));
//! ```

use crate::grammar::{
    at_boundary, at_boundary_before, dash, fail, is_dash, is_word_char, keyword, letters, phrase,
    spaces, word, ws, PResult,
};
use crate::lexicon::calendar::{
    opens, FirstWords, Starter, AFTER_DIGITS, ANCHOR_JOINERS, DAY_EDGES, DAY_PARTS, FIRST_WORDS,
    MONTH_NAMES, STARTERS, UNITS, WEEKDAYS,
};
use crate::lexicon::context::{MONTHS, STOP_WORDS};
use crate::lexicon::numbers::{NumberWord, NUMBER_WORDS};
use crate::span::{offset, Span};
use chrono::Weekday;
use nom::branch::alt;
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::{preceded, terminated};
use nom::Parser;

pub use crate::lexicon::calendar::{CalendarUnit, DayPart, SlashOrder};

/// Earliest year a bare number may be read as.
pub const YEAR_MIN: u32 = 1900;
/// Latest year a bare number may be read as.
pub const YEAR_MAX: u32 = 2099;
/// Most words an event a period starts from may have ("since the start of
/// the full-scale invasion").
const MAX_EVENT_WORDS: usize = 7;
/// Largest count a relative phrase may carry ("the past 9999 days").
const MAX_COUNT: u32 = 9999;

/// A reference to a day or a stretch of the calendar, as written.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePhrase {
    /// A day of a month: "Feb 5, 2026", "5 February", "07/05/2024",
    /// "2024-07-05", "on 13 March". `year` is `None` when not written.
    Date {
        /// The year, when written.
        year: Option<i32>,
        /// 1 to 12.
        month: u32,
        /// 1 to 31, valid for the month.
        day: u32,
    },
    /// A month: "July 2024"; after "in", "since", "between": "March".
    Month {
        /// The year, when written.
        year: Option<i32>,
        /// 1 to 12.
        month: u32,
    },
    /// A year: "in 2023", "since 2014".
    Year(i32),
    /// A weekday: "Wednesday", "on Monday night", "early Thursday", "late
    /// on Sunday", "last Friday".
    Weekday {
        /// The day named.
        day: Weekday,
        /// The part of the day, when named.
        part: Option<DayPart>,
        /// "last Friday": a day strictly before the report's.
        last: bool,
    },
    /// A day counted back from the report's: "today", "tonight", "this
    /// morning", "overnight" (0); "yesterday", "last night" (1); "two days
    /// ago" (2).
    DaysAgo {
        /// How many days back.
        days: u32,
        /// The part of the day, when named.
        part: Option<DayPart>,
    },
    /// A calendar week, month or year counted back from the report's: "this
    /// year", "earlier this week" (0); "last month", "last year" (1).
    Within {
        /// Week, month or year.
        unit: CalendarUnit,
        /// 0 for "this", 1 for "last".
        ago: u32,
    },
}

/// What a period starts from: a date, or an event the text names.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Anchor<'a> {
    /// "since February 2022", "since October 7", "since Monday".
    Date(DatePhrase),
    /// "since the start of the war", "since the full-scale invasion",
    /// "since Russia invaded in February 2022": the event's words after
    /// "since", as written, and the date the text gives it, if any.
    Event {
        /// "the start of the war", "Russia invaded".
        words: &'a str,
        /// "in February 2022" after the words, when written.
        on: Option<DatePhrase>,
    },
}

/// A stretch of time the text bounds something by.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodPhrase<'a> {
    /// "since February 2022", "since the start of the war".
    Since(Anchor<'a>),
    /// "over the past day", "in the past 24 hours", "in the last 48
    /// hours", "over the past two weeks".
    Past {
        /// How many units; 1 when not written.
        count: u32,
        /// Hours, days, weeks, months or years.
        unit: CalendarUnit,
    },
    /// A stretch named whole: "in 2023", "in March", "in July 2024", "last
    /// year", "this year", "earlier this month". Holds a
    /// [`DatePhrase::Year`], [`DatePhrase::Month`] or
    /// [`DatePhrase::Within`].
    In(DatePhrase),
    /// "between January and March", "from March to May 2023": each end a
    /// [`DatePhrase::Date`], [`DatePhrase::Month`] or [`DatePhrase::Year`].
    Between(DatePhrase, DatePhrase),
}

/// A date or period phrase.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phrase<'a> {
    /// A day or a calendar reference: "on Wednesday", "Feb. 5".
    Date(DatePhrase),
    /// A stretch of time: "since 2014", "over the past week".
    Period(PeriodPhrase<'a>),
}

/// A phrase found in a text, with the bytes it covers (a leading "on",
/// "in" or "since" included).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Found<'a> {
    /// The phrase's bytes in the text searched.
    pub span: Span,
    /// What it says.
    pub phrase: Phrase<'a>,
}

/// Every date and period phrase in `text`, in text order, non-overlapping.
///
/// Tries a parse only where a word or a digit run starts that can open a
/// phrase and is followed by a word that can carry it on, and reads a
/// bounded number of words each time, so the scan is linear in the text.
/// See [`Phrases`] to stop early.
///
/// ```
/// use conflict_figures::calendar::{phrases, Phrase, PeriodPhrase, CalendarUnit};
///
/// let text = "In the past 24 hours, 40 drones were downed, officials said Sunday.";
/// let found = phrases(text);
/// let spans: Vec<_> = found.iter().filter_map(|f| f.span.of(text)).collect();
/// assert_eq!(spans, ["In the past 24 hours", "Sunday"]);
/// assert_eq!(
///     found[0].phrase,
///     Phrase::Period(PeriodPhrase::Past { count: 24, unit: CalendarUnit::Hour })
/// );
/// ```
pub fn phrases(text: &str) -> Vec<Found<'_>> {
    Phrases::new(text).collect()
}

/// The date and period phrases of a text, found one at a time: the same
/// phrases as [`phrases`], in the same order, with no work done past the
/// last one asked for.
///
/// ```
/// use conflict_figures::calendar::Phrases;
///
/// let text = "On Monday, troops withdrew; since 2014 the front has moved.";
/// let first = Phrases::new(text).next().and_then(|f| f.span.of(text));
/// assert_eq!(first, Some("On Monday"));
/// ```
#[derive(Clone)]
pub struct Phrases<'a> {
    text: &'a str,
    at: usize,
    /// No phrase starting past this byte is looked for.
    last_start: usize,
    starters: &'static FirstWords,
}

impl std::fmt::Debug for Phrases<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Phrases")
            .field("text", &self.text)
            .field("at", &self.at)
            .finish()
    }
}

impl<'a> Phrases<'a> {
    /// The phrases of `text`, from its start.
    pub fn new(text: &'a str) -> Self {
        Phrases {
            text,
            at: 0,
            last_start: text.len(),
            starters: &FIRST_WORDS,
        }
    }

    /// The same phrases, only those that start at byte `last_start` or
    /// before: the scan stops there.
    ///
    /// ```
    /// use conflict_figures::calendar::Phrases;
    ///
    /// let text = "Updated 5 May 2024 (Wire) - Talks resumed on Monday.";
    /// let near_start: Vec<_> = Phrases::new(text).starting_by(20).collect();
    /// assert_eq!(near_start.len(), 1);
    /// assert_eq!(near_start[0].span.of(text), Some("5 May 2024"));
    /// ```
    pub fn starting_by(self, last_start: usize) -> Self {
        Phrases { last_start, ..self }
    }
}

/// Byte classes for the scan: [`OTHER`], [`LETTER`] (ASCII) or [`DIGIT`].
static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphabetic() {
            t[b] = LETTER;
        } else if c.is_ascii_digit() {
            t[b] = DIGIT;
        }
        b += 1;
    }
    t
};
/// Neither an ASCII letter nor a digit.
const OTHER: u8 = 0;
/// An ASCII letter.
const LETTER: u8 = 1;
/// An ASCII digit.
const DIGIT: u8 = 2;

/// The class of the byte at `at`, [`OTHER`] past the end.
fn class_at(bytes: &[u8], at: usize) -> u8 {
    bytes.get(at).map_or(OTHER, |&b| CLASS[usize::from(b)])
}

impl<'a> Iterator for Phrases<'a> {
    type Item = Found<'a>;

    fn next(&mut self) -> Option<Found<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut at = self.at;
        while let Some(&b) = bytes.get(at) {
            let class = CLASS[usize::from(b)];
            if class == OTHER {
                at += 1;
                continue;
            }
            // A run of ASCII letters and digits: letters (or digits)
            // first, then the rest of the run.
            let start = at;
            if start > self.last_start {
                break;
            }
            at += 1;
            while class_at(bytes, at) == class {
                at += 1;
            }
            let head = at - start;
            while class_at(bytes, at) != OTHER {
                at += 1;
            }
            let starter = if class == LETTER {
                match bytes
                    .get(start..start + head)
                    .and_then(|w| self.starters.get(w))
                {
                    Some(s) => Some(s),
                    None => continue,
                }
            } else if head <= MAX_DATE_DIGITS {
                None
            } else {
                continue;
            };
            if let Some(found) = phrase_in(text, start, starter, head, at - start) {
                self.at = found.span.end;
                return Some(found);
            }
        }
        self.at = at;
        None
    }
}

/// Most digits a number opening a date may have ("2024-07-05", "5 May").
const MAX_DATE_DIGITS: usize = 4;

/// The phrase starting at the run of `run` ASCII letters and digits at
/// byte `at` of `text`, if any; the run opens with `head` letters, the
/// word `starter`, or with `head` digits (`starter` is `None`).
///
/// Cheap tests come first, each one necessary for a parse to succeed: the
/// run's letters must be a [`STARTERS`] word (or it is a short number),
/// nothing word-like may stand before it, and the next run must fit what
/// the starter may be followed by (see
/// [`crate::lexicon::calendar::Next`]).
fn phrase_in<'a>(
    text: &'a str,
    at: usize,
    starter: Option<&Starter>,
    head: usize,
    run: usize,
) -> Option<Found<'a>> {
    let bytes = text.as_bytes();
    let first = *bytes.get(at)?;
    let rules = if let Some(starter) = starter {
        let letters = head;
        let capital = starter.name.is_none() || first.is_ascii_uppercase();
        if !capital || !starter.next.admits(bytes, at + letters) || !at_boundary_before(text, at) {
            return None;
        }
        // The whole word, as the grammar reads it: no apostrophe tail
        // ("today's"), no letter of another script after it.
        let (_, w) = word(text.get(at..)?).ok()?;
        if w.len() != letters {
            return None;
        }
        starter.rules
    } else {
        let digits = head;
        if digits > MAX_DATE_DIGITS {
            return None;
        }
        let after = bytes.get(at + digits).copied();
        let numeric = matches!(after, Some(b'-' | b'/' | b'.')) || digits < run;
        if !numeric && !AFTER_DIGITS.admits(bytes, at + run) || !at_boundary_before(text, at) {
            return None;
        }
        opens::DATE
    };
    let tail = text.get(at..)?;
    let (rest, phrase) = phrase_opened(tail, rules).ok()?;
    let len = offset(tail, rest);
    (len > 0).then(|| Found {
        span: Span::new(at, at + len),
        phrase,
    })
}

/// The rules `i` may open: dates when it starts with a digit, those
/// [`STARTERS`] gives its first word, or none.
#[cfg(test)]
fn opened(i: &str) -> u8 {
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        return opens::DATE;
    }
    match word(i) {
        Ok((_, w)) => STARTERS.get(w).map_or(0, |s| s.rules),
        Err(_) => 0,
    }
}

/// phrase := period | date   (the longer reading wins)
#[cfg(test)]
fn phrase_at(i: &str) -> PResult<'_, Phrase<'_>> {
    phrase_opened(i, opened(i))
}

/// phrase := period | date, trying only the rules in `mask` (see
/// [`opened`]); the longer reading wins.
///
/// period := since | past | between | stretch
fn phrase_opened(i: &str, mask: u8) -> PResult<'_, Phrase<'_>> {
    let rule = |bit: u8, p: fn(&str) -> PResult<'_, PeriodPhrase<'_>>| {
        move |i| {
            if mask & bit == 0 {
                fail(i)
            } else {
                p(i)
            }
        }
    };
    let period = alt((
        rule(opens::SINCE, since),
        rule(opens::PAST, past),
        rule(opens::BETWEEN, between),
        rule(opens::STRETCH, stretch),
    ))
    .parse(i)
    .map(|(r, p)| (r, Phrase::Period(p)));
    let date = if mask & opens::DATE == 0 {
        fail(i)
    } else {
        date(i).map(|(r, d)| (r, Phrase::Date(d)))
    };
    match (period, date) {
        (Ok(p), Ok(d)) => Ok(if d.0.len() < p.0.len() { d } else { p }),
        (Ok(p), Err(_)) => Ok(p),
        (Err(_), Ok(d)) => Ok(d),
        (Err(_), Err(_)) => fail(i),
    }
}

// ---------------------------------------------------------------- numbers

/// digits(min, max) := [0-9]{min,max}   not followed by another digit
///
/// Reads at most `max + 1` bytes, so a long digit run costs nothing.
fn digits(i: &str, min: usize, max: usize) -> PResult<'_, u32> {
    let n = i
        .bytes()
        .take(max + 1)
        .take_while(u8::is_ascii_digit)
        .count();
    if n < min || n > max {
        return fail(i);
    }
    let value = i
        .bytes()
        .take(n)
        .fold(0u32, |v, b| v * 10 + u32::from(b - b'0'));
    Ok((&i[n..], value))
}

/// True when `rest` ends a number written in digits: no letter, digit or
/// "%" follows, nor a separator that continues it ("5,000", "5.5", "5:30",
/// "5/6", "5-6").
fn number_ends(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) if is_word_char(c) || c == '%' => false,
        Some(c) if matches!(c, ',' | '.' | ':' | '/') || is_dash(c) => {
            !chars.next().is_some_and(|d| d.is_ascii_digit())
        }
        Some(_) => true,
    }
}

/// True when a lower-case content word follows on the same line: the
/// number before it counts something ("2024 people", "20 civilians").
fn counts_something(rest: &str) -> bool {
    let Ok((after, _)) = spaces(rest) else {
        return false;
    };
    match word(after) {
        Ok((_, w)) => {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && STOP_WORDS.get(w).is_none()
                && STARTERS.get(w).is_none()
        }
        Err(_) => false,
    }
}

/// year := [0-9]{4}   from 1900 to 2099, ending the number, counting nothing
pub(crate) fn year(i: &str) -> PResult<'_, i32> {
    let (rest, y) = digits(i, 4, 4)?;
    if !(YEAR_MIN..=YEAR_MAX).contains(&y) || !number_ends(rest) || counts_something(rest) {
        return fail(i);
    }
    Ok((rest, y as i32))
}

/// day := [0-9]{1,2} ("st" | "nd" | "rd" | "th")?   from 1 to 31
///
/// Also says whether an ordinal suffix was written.
fn day(i: &str) -> PResult<'_, (u32, bool)> {
    let (rest, d) = digits(i, 1, 2)?;
    if !(1..=31).contains(&d) {
        return fail(i);
    }
    if let Ok((after, suffix)) = letters(rest) {
        let ordinal = ["st", "nd", "rd", "th"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s));
        return if ordinal && at_boundary(after) {
            Ok((after, (d, true)))
        } else {
            fail(i)
        };
    }
    if !number_ends(rest) {
        return fail(i);
    }
    Ok((rest, (d, false)))
}

/// Days in `month` of `year`; February has 29 when the year is unknown.
pub(crate) fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// `rest` and a [`DatePhrase::Date`] when the day exists, else a failure
/// at `i`: "February 30" and "31 April" are no dates.
fn checked_date<'a>(
    i: &'a str,
    rest: &'a str,
    year: Option<i32>,
    month: u32,
    day: u32,
) -> PResult<'a, DatePhrase> {
    if day == 0 || day > days_in_month(year, month) {
        return fail(i);
    }
    Ok((rest, DatePhrase::Date { year, month, day }))
}

// ----------------------------------------------------------------- words

/// month := MONTHS   capitalised; an abbreviation may take a full stop
pub(crate) fn month(i: &str) -> PResult<'_, u32> {
    let (rest, w) = word(i)?;
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(i);
    }
    let Some(m) = MONTHS.get(w) else {
        return fail(i);
    };
    let full = (m as usize)
        .checked_sub(1)
        .and_then(|k| MONTH_NAMES.get(k))
        .is_some_and(|name| w.eq_ignore_ascii_case(name));
    match rest.strip_prefix('.') {
        Some(after) if !full => Ok((after, m)),
        _ => Ok((rest, m)),
    }
}

/// weekday := WEEKDAYS   capitalised, in full
pub(crate) fn weekday(i: &str) -> PResult<'_, Weekday> {
    let (rest, w) = word(i)?;
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(i);
    }
    match WEEKDAYS.get(w) {
        Some(d) => Ok((rest, d)),
        None => fail(i),
    }
}

/// count := [0-9]{1,4} | "two" … "nineteen"
fn count(i: &str) -> PResult<'_, u32> {
    if let Ok((rest, n)) = digits(i, 1, 4) {
        return if (1..=MAX_COUNT).contains(&n) && number_ends(rest) {
            Ok((rest, n))
        } else {
            fail(i)
        };
    }
    let (rest, w) = word(i)?;
    match NUMBER_WORDS.get(w) {
        Some(NumberWord::Unit(n)) if n >= 1 => Ok((rest, n)),
        _ => fail(i),
    }
}

/// The word `k` followed by white space.
fn kw_ws(k: &'static str) -> impl Fn(&str) -> PResult<'_, &str> {
    move |i: &str| terminated(keyword(k), ws).parse(i)
}

// ----------------------------------------------------------- explicit dates

/// year_after := ","? ws year
fn year_after(i: &str) -> PResult<'_, i32> {
    preceded((opt(char(',')), ws), year).parse(i)
}

/// month_day := month ws day (","? ws year)?   "Feb. 5, 2026", "February 5th"
fn month_day(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, (m, _, (d, ordinal))) = (month, ws, day).parse(i)?;
    let (rest, y) = opt(year_after).parse(rest)?;
    if y.is_none() && !ordinal && counts_something(rest) {
        return fail(i);
    }
    checked_date(i, rest, y, m, d)
}

/// day_month := day (ws "of")? ws month (","? ws year)?   "5 February 2026"
fn day_month(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, ((d, _), _, _, m)) = (day, opt((ws, keyword("of"))), ws, month).parse(i)?;
    let (rest, y) = opt(year_after).parse(rest)?;
    checked_date(i, rest, y, m, d)
}

/// numeric := iso | slashed | dotted
fn numeric(i: &str) -> PResult<'_, DatePhrase> {
    alt((iso, slashed, dotted)).parse(i)
}

/// iso := yyyy "-" mm "-" dd   ("T" time may follow)
fn iso(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, (y, _, m, _, d)) = (
        |i| digits(i, 4, 4),
        char('-'),
        |i| digits(i, 2, 2),
        char('-'),
        |i| digits(i, 2, 2),
    )
        .parse(i)?;
    let timestamp = rest
        .strip_prefix('T')
        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
    if !(YEAR_MIN..=YEAR_MAX).contains(&y) || !(timestamp || number_ends(rest)) {
        return fail(i);
    }
    numeric_date(i, rest, y, m, d)
}

/// slashed := m "/" d "/" (yyyy | yy)   month first unless the first
/// number exceeds 12
fn slashed(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, (a, b, y)) = slashed_parts(i)?;
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    numeric_date(i, rest, y, m, d)
}

/// slashed_parts := d{1,2} "/" d{1,2} "/" (yyyy | yy)   the numbers as
/// written, the year in full
fn slashed_parts(i: &str) -> PResult<'_, (u32, u32, u32)> {
    let (rest, (a, _, b, _)) = (
        |i| digits(i, 1, 2),
        char('/'),
        |i| digits(i, 1, 2),
        char('/'),
    )
        .parse(i)?;
    let (rest, y) = alt((
        |i| digits(i, 4, 4),
        |i| digits(i, 2, 2).map(|(r, y)| (r, 2000 + y)),
    ))
    .parse(rest)?;
    if !(YEAR_MIN..=YEAR_MAX).contains(&y) || !number_ends(rest) {
        return fail(i);
    }
    Ok((rest, (a, b, y)))
}

/// The order a text's slashed dates show, when one of them can be read
/// only one way: "25/11/2024" is written day first, "11/25/2024" month
/// first. The first such date decides; `None` when every slashed date
/// could be either ("06/11/2024") or there is none.
///
/// Each slash costs a parse of the few digits around it, so the walk is
/// linear in the text.
pub fn slash_order_shown(text: &str) -> Option<SlashOrder> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = bytes.get(from..)?.iter().position(|&b| b == b'/') {
        let slash = from + at;
        from = slash + 1;
        // The first number is one or two digits that start a word.
        let run = bytes[..slash]
            .iter()
            .rev()
            .take(3)
            .take_while(|b| b.is_ascii_digit())
            .count();
        let start = slash - run;
        if !(1..=2).contains(&run) || !at_boundary_before(text, start) {
            continue;
        }
        let Ok((_, (a, b, _))) = slashed_parts(&text[start..]) else {
            continue;
        };
        match (a, b) {
            (13..=31, 1..=12) => return Some(SlashOrder::DayFirst),
            (1..=12, 13..=31) => return Some(SlashOrder::MonthFirst),
            _ => {}
        }
    }
    None
}

/// dotted := d "." m "." yyyy   day first
fn dotted(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, (d, _, m, _, y)) = (
        |i| digits(i, 1, 2),
        char('.'),
        |i| digits(i, 1, 2),
        char('.'),
        |i| digits(i, 4, 4),
    )
        .parse(i)?;
    if !(YEAR_MIN..=YEAR_MAX).contains(&y) || !number_ends(rest) {
        return fail(i);
    }
    numeric_date(i, rest, y, m, d)
}

fn numeric_date<'a>(i: &'a str, rest: &'a str, y: u32, m: u32, d: u32) -> PResult<'a, DatePhrase> {
    if !(1..=12).contains(&m) {
        return fail(i);
    }
    checked_date(i, rest, Some(y as i32), m, d)
}

/// explicit := (weekday ","? ws)? (numeric | month_day | day_month)
pub(crate) fn explicit(i: &str) -> PResult<'_, DatePhrase> {
    let (i, _) = opt((weekday, opt(char(',')), ws)).parse(i)?;
    alt((numeric, month_day, day_month)).parse(i)
}

/// month_year := month ","? ws year   "July 2024"
fn month_year(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, (m, y)) = (month, year_after).parse(i)?;
    Ok((
        rest,
        DatePhrase::Month {
            year: Some(y),
            month: m,
        },
    ))
}

/// bare_month := month   "March", only where a preposition introduces it
fn bare_month(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, m) = month(i)?;
    Ok((
        rest,
        DatePhrase::Month {
            year: None,
            month: m,
        },
    ))
}

/// bare_year := year
fn bare_year(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, y) = year(i)?;
    Ok((rest, DatePhrase::Year(y)))
}

// ---------------------------------------------------------- relative days

/// weekday_phrase := (edge ws ("on" ws)?)? ("on" ws)? ("last" ws)? weekday (ws part)?
///
/// "Wednesday", "on Monday night", "early Thursday", "late on Sunday",
/// "last Friday". "Monday night's attack" is read by nothing: a possessive
/// names an event, not a day.
pub(crate) fn weekday_phrase(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, edge) = opt(terminated(phrase(&DAY_EDGES), ws)).parse(i)?;
    let (rest, _) = opt(kw_ws("on")).parse(rest)?;
    let (rest, last) = opt(kw_ws("last")).parse(rest)?;
    let (rest, day) = weekday(rest)?;
    let (rest, part) = opt(preceded(spaces, phrase(&DAY_PARTS))).parse(rest)?;
    if let Ok((after, _)) = spaces(rest) {
        if word(after).is_ok_and(|(_, w)| w.ends_with("'s") || w.ends_with("’s")) {
            return fail(i);
        }
    }
    Ok((
        rest,
        DatePhrase::Weekday {
            day,
            part: part.or(edge),
            last: last.is_some(),
        },
    ))
}

/// relative_day := "yesterday" (ws part)? | ("earlier" | "later") ws "today"
///               | "today" | "tonight" | "overnight" | "this" ws part
///               | "last" ws "night" | count ws ("days" | "weeks") ws "ago"
///               | "the" ws "day" ws "before" ws "yesterday"
pub(crate) fn relative_day(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, (days, part)) = alt((
        yesterday,
        today,
        |i| {
            keyword("tonight")
                .parse(i)
                .map(|(r, _)| (r, (0, Some(DayPart::Night))))
        },
        |i| {
            let (r, _) = keyword("overnight").parse(i)?;
            Ok((r, (0, Some(DayPart::Overnight))))
        },
        |i| {
            let (r, part) = preceded(kw_ws("this"), phrase(&DAY_PARTS)).parse(i)?;
            Ok((r, (0, Some(part))))
        },
        |i| {
            let (r, _) = (kw_ws("last"), keyword("night")).parse(i)?;
            Ok((r, (1, Some(DayPart::Night))))
        },
        days_ago,
        |i| {
            let (r, _) = (
                kw_ws("the"),
                kw_ws("day"),
                kw_ws("before"),
                keyword("yesterday"),
            )
                .parse(i)?;
            Ok((r, (2, None)))
        },
    ))
    .parse(i)?;
    Ok((rest, DatePhrase::DaysAgo { days, part }))
}

/// Days back and the part of the day, for [`relative_day`].
type Back = (u32, Option<DayPart>);

/// "yesterday" (ws part)?
fn yesterday(i: &str) -> PResult<'_, Back> {
    let (rest, (_, part)) = (
        keyword("yesterday"),
        opt(preceded(spaces, phrase(&DAY_PARTS))),
    )
        .parse(i)?;
    Ok((rest, (1, part)))
}

/// (("earlier" | "later") ws)? "today"
fn today(i: &str) -> PResult<'_, Back> {
    let (rest, _) = (
        opt(alt((kw_ws("earlier"), kw_ws("later")))),
        keyword("today"),
    )
        .parse(i)?;
    Ok((rest, (0, None)))
}

/// count ws ("days" | "weeks") ws "ago"
fn days_ago(i: &str) -> PResult<'_, Back> {
    let (rest, (n, _, unit, _, _)) = (count, ws, phrase(&UNITS), ws, keyword("ago")).parse(i)?;
    let days = match unit {
        CalendarUnit::Day => Some(n),
        CalendarUnit::Week => n.checked_mul(7),
        _ => None,
    };
    match days {
        Some(d) => Ok((rest, (d, None))),
        None => fail(i),
    }
}

/// within := ("earlier" ws | "so" ws "far" ws)? "this" ws unit | "last" ws unit
///
/// Only weeks, months and years: "this year", "earlier this week", "last
/// month", "so far this year".
pub(crate) fn within(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, ago) = alt((this, |i| kw_ws("last").parse(i).map(|(r, _)| (r, 1)))).parse(i)?;
    let (rest, unit) = phrase(&UNITS).parse(rest)?;
    if !matches!(
        unit,
        CalendarUnit::Week | CalendarUnit::Month | CalendarUnit::Year
    ) {
        return fail(i);
    }
    Ok((rest, DatePhrase::Within { unit, ago }))
}

/// ("earlier" ws | "so" ws "far" ws)? "this" ws
fn this(i: &str) -> PResult<'_, u32> {
    let (rest, _) = opt(alt((
        |i| kw_ws("earlier").parse(i).map(|(r, _)| (r, ())),
        |i| (kw_ws("so"), kw_ws("far")).parse(i).map(|(r, _)| (r, ())),
    )))
    .parse(i)?;
    let (rest, _) = kw_ws("this").parse(rest)?;
    Ok((rest, 0))
}

/// date := ("on" ws)? explicit | month_year | weekday_phrase | relative_day
pub(crate) fn date(i: &str) -> PResult<'_, DatePhrase> {
    alt((
        preceded(opt(kw_ws("on")), explicit),
        month_year,
        weekday_phrase,
        relative_day,
    ))
    .parse(i)
}

// ----------------------------------------------------------------- periods

/// since := "since" ws (start_of | explicit | month_year | month | year
///                     | weekday_phrase | relative_day | event)
fn since(i: &str) -> PResult<'_, PeriodPhrase<'_>> {
    let (rest, _) = kw_ws("since").parse(i)?;
    let (rest, anchor) = alt((
        |i| start_of(i).map(|(r, d)| (r, Anchor::Date(d))),
        |i| {
            alt((
                explicit,
                month_year,
                bare_month,
                bare_year,
                weekday_phrase,
                relative_day,
            ))
            .parse(i)
            .map(|(r, d)| (r, Anchor::Date(d)))
        },
        event,
    ))
    .parse(rest)?;
    Ok((rest, PeriodPhrase::Since(anchor)))
}

/// start_of := "the" ws ("start" | "beginning" | "outset") ws "of" ws
///             (month_year | year | month | ("the" | "this") ws unit)
///
/// "since the beginning of the year" starts this year.
fn start_of(i: &str) -> PResult<'_, DatePhrase> {
    let (rest, _) = (
        kw_ws("the"),
        alt((kw_ws("start"), kw_ws("beginning"), kw_ws("outset"))),
        kw_ws("of"),
    )
        .parse(i)?;
    alt((month_year, bare_year, bare_month, |i| {
        let (r, (_, unit)) = (alt((kw_ws("the"), kw_ws("this"))), phrase(&UNITS)).parse(i)?;
        match unit {
            CalendarUnit::Week | CalendarUnit::Month | CalendarUnit::Year => {
                Ok((r, DatePhrase::Within { unit, ago: 0 }))
            }
            _ => fail(i),
        }
    }))
    .parse(rest)
}

/// event := ("the" | proper) (ws hword){0,7} (ws ("in" | "on") ws dated)?
///   dated := explicit | month_year | year
///
/// The name of an event, as written: "the start of the war", "the
/// full-scale invasion", "the war began", and the date the text gives it:
/// "the coalition intervened in 2015", "Russia invaded in February 2022".
/// The words end before a digit, a punctuation mark or a function word
/// ("of", "the", "its" go on), and do not end on a joining word. Words
/// opening with a capitalised name ("since Russia …") make an event only
/// with a date: without one, "since" is more often "because". A date
/// followed by "last year" ("on Feb. 24 last year") is dropped, for its
/// year is relative.
fn event(i: &str) -> PResult<'_, Anchor<'_>> {
    let (body, proper) = match keyword("the").parse(i) {
        Ok((r, _)) => (r, false),
        Err(_) => {
            let (r, w) = hword(i)?;
            let named = w.starts_with(|c: char| c.is_ascii_uppercase())
                && STOP_WORDS.get(w).is_none()
                && STARTERS.get(w).is_none();
            if !named {
                return fail(i);
            }
            (r, true)
        }
    };
    let mut rest = body;
    let mut end = body;
    let mut named = usize::from(proper);
    for _ in 0..MAX_EVENT_WORDS {
        let Ok((after, w)) = preceded(spaces, hword).parse(rest) else {
            break;
        };
        let joiner = ANCHOR_JOINERS.get(w).is_some();
        if !joiner && (STOP_WORDS.get(w).is_some() || STARTERS.get(w).is_some()) {
            break;
        }
        rest = after;
        if !joiner {
            end = after;
            named += 1;
        }
    }
    if named == 0 {
        return fail(i);
    }
    let words = &i[..offset(i, end)];
    let dated = preceded(
        (ws, alt((kw_ws("in"), kw_ws("on")))),
        alt((explicit, month_year, bare_year)),
    )
    .parse(end);
    match dated {
        Ok((after, on)) => {
            let relative = (ws, keyword("last"), ws, keyword("year"))
                .parse(after)
                .is_ok();
            if relative {
                return if proper {
                    fail(i)
                } else {
                    Ok((end, Anchor::Event { words, on: None }))
                };
            }
            Ok((
                after,
                Anchor::Event {
                    words,
                    on: Some(on),
                },
            ))
        }
        Err(_) if proper => fail(i),
        Err(_) => Ok((end, Anchor::Event { words, on: None })),
    }
}

/// hword := word ("-" word)*   "full-scale", "Russia-Ukraine"
fn hword(i: &str) -> PResult<'_, &str> {
    let (mut rest, _) = word(i)?;
    while let Ok((after, _)) = preceded(dash, word).parse(rest) {
        rest = after;
    }
    let len = offset(i, rest);
    Ok((rest, &i[..len]))
}

/// past := (("over" | "in" | "during" | "for" | "within") ws)? "the" ws
///         ("past" | "last" | "previous") ws (count ws)? unit
///
/// "the last day of talks" is no period: a unit followed by "of" names a
/// part of something else, and "last" with neither a preposition nor a
/// count reads as an ordinal.
fn past(i: &str) -> PResult<'_, PeriodPhrase<'_>> {
    let (rest, prep) = opt(alt((
        kw_ws("over"),
        kw_ws("in"),
        kw_ws("during"),
        kw_ws("for"),
        kw_ws("within"),
    )))
    .parse(i)?;
    let (rest, (_, which)) = (
        kw_ws("the"),
        alt((kw_ws("past"), kw_ws("last"), kw_ws("previous"))),
    )
        .parse(rest)?;
    let (rest, n) = opt(terminated(count, ws)).parse(rest)?;
    let (rest, unit) = phrase(&UNITS).parse(rest)?;
    if prep.is_none() && n.is_none() && which.trim_end().eq_ignore_ascii_case("last") {
        return fail(i);
    }
    if (ws, keyword("of")).parse(rest).is_ok() {
        return fail(i);
    }
    Ok((
        rest,
        PeriodPhrase::Past {
            count: n.unwrap_or(1),
            unit,
        },
    ))
}

/// point := explicit | month_year | month | year
fn point(i: &str) -> PResult<'_, DatePhrase> {
    alt((explicit, month_year, bare_month, bare_year)).parse(i)
}

/// between := "between" ws point ws "and" ws point
///          | "from" ws point to point
fn between(i: &str) -> PResult<'_, PeriodPhrase<'_>> {
    let (rest, (a, b)) = alt((
        (
            preceded(kw_ws("between"), point),
            preceded((ws, kw_ws("and")), point),
        ),
        (preceded(kw_ws("from"), point), preceded(to, point)),
    ))
    .parse(i)?;
    Ok((rest, PeriodPhrase::Between(a, b)))
}

/// to := ws ("to" | "until" | "through") ws | spaces? dash spaces?
fn to(i: &str) -> PResult<'_, ()> {
    let worded = (
        ws,
        alt((keyword("to"), keyword("until"), keyword("through"))),
        ws,
    )
        .map(|_| ());
    let dashed = (opt(spaces), dash, opt(spaces)).map(|_| ());
    alt((worded, dashed)).parse(i)
}

/// stretch := ("in" | "during" | "throughout") ws (month_year | year | month | within)
///          | within
fn stretch(i: &str) -> PResult<'_, PeriodPhrase<'_>> {
    let (rest, d) = alt((
        preceded(
            alt((kw_ws("in"), kw_ws("during"), kw_ws("throughout"))),
            alt((month_year, bare_year, bare_month, within)),
        ),
        within,
    ))
    .parse(i)?;
    Ok((rest, PeriodPhrase::In(d)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use CalendarUnit as U;
    use DatePhrase as D;

    fn ymd(year: Option<i32>, month: u32, day: u32) -> DatePhrase {
        D::Date { year, month, day }
    }

    fn wd(day: Weekday, part: Option<DayPart>) -> DatePhrase {
        D::Weekday {
            day,
            part,
            last: false,
        }
    }

    #[test]
    fn date_table() {
        use chrono::Weekday::*;
        let cases: &[(&str, DatePhrase, &str)] = &[
            ("Feb 5, 2026 -", ymd(Some(2026), 2, 5), " -"),
            ("Feb. 5 the", ymd(None, 2, 5), " the"),
            ("February 5th.", ymd(None, 2, 5), "."),
            ("Sept. 21st", ymd(None, 9, 21), ""),
            ("5 February 2026,", ymd(Some(2026), 2, 5), ","),
            ("5 Feb", ymd(None, 2, 5), ""),
            ("on 13 March", ymd(None, 3, 13), ""),
            ("5th of May", ymd(None, 5, 5), ""),
            ("07/05/2024 at", ymd(Some(2024), 7, 5), " at"),
            ("25/12/2023", ymd(Some(2023), 12, 25), ""),
            ("7/5/24.", ymd(Some(2024), 7, 5), "."),
            ("05.07.2024", ymd(Some(2024), 7, 5), ""),
            ("2024-07-05", ymd(Some(2024), 7, 5), ""),
            ("2024-07-05T09:30Z", ymd(Some(2024), 7, 5), "T09:30Z"),
            ("Thursday, Dec. 15, 2022.", ymd(Some(2022), 12, 15), "."),
            ("Sunday 28 August 2016", ymd(Some(2016), 8, 28), ""),
            ("February 29", ymd(None, 2, 29), ""),
            ("February 29, 2024", ymd(Some(2024), 2, 29), ""),
            (
                "July 2024",
                D::Month {
                    year: Some(2024),
                    month: 7,
                },
                "",
            ),
            ("Wednesday", wd(Wed, None), ""),
            ("on Monday night", wd(Mon, Some(DayPart::Night)), ""),
            ("early Thursday", wd(Thu, Some(DayPart::Early)), ""),
            ("late on Sunday,", wd(Sun, Some(DayPart::Late)), ","),
            (
                "early Thursday morning",
                wd(Thu, Some(DayPart::Morning)),
                "",
            ),
            ("overnight Saturday", wd(Sat, Some(DayPart::Overnight)), ""),
            (
                "last Friday",
                D::Weekday {
                    day: Fri,
                    part: None,
                    last: true,
                },
                "",
            ),
            (
                "yesterday",
                D::DaysAgo {
                    days: 1,
                    part: None,
                },
                "",
            ),
            (
                "yesterday morning",
                D::DaysAgo {
                    days: 1,
                    part: Some(DayPart::Morning),
                },
                "",
            ),
            (
                "today",
                D::DaysAgo {
                    days: 0,
                    part: None,
                },
                "",
            ),
            (
                "earlier today",
                D::DaysAgo {
                    days: 0,
                    part: None,
                },
                "",
            ),
            (
                "tonight",
                D::DaysAgo {
                    days: 0,
                    part: Some(DayPart::Night),
                },
                "",
            ),
            (
                "overnight",
                D::DaysAgo {
                    days: 0,
                    part: Some(DayPart::Overnight),
                },
                "",
            ),
            (
                "this morning",
                D::DaysAgo {
                    days: 0,
                    part: Some(DayPart::Morning),
                },
                "",
            ),
            (
                "last night",
                D::DaysAgo {
                    days: 1,
                    part: Some(DayPart::Night),
                },
                "",
            ),
            (
                "two days ago",
                D::DaysAgo {
                    days: 2,
                    part: None,
                },
                "",
            ),
            (
                "3 weeks ago",
                D::DaysAgo {
                    days: 21,
                    part: None,
                },
                "",
            ),
            (
                "the day before yesterday",
                D::DaysAgo {
                    days: 2,
                    part: None,
                },
                "",
            ),
        ];
        for &(input, expected, rest) in cases {
            let got = phrase_at(input).map(|(r, p)| (p, r));
            assert_eq!(got, Ok((Phrase::Date(expected), rest)), "{input}");
        }
    }

    #[test]
    fn period_table() {
        use PeriodPhrase::*;
        let since = |d| Since(Anchor::Date(d));
        let cases: &[(&str, PeriodPhrase<'_>, &str)] = &[
            (
                "since February 2022",
                since(D::Month {
                    year: Some(2022),
                    month: 2,
                }),
                "",
            ),
            ("since 2014,", since(D::Year(2014)), ","),
            ("since October 7", since(ymd(None, 10, 7)), ""),
            (
                "since March",
                since(D::Month {
                    year: None,
                    month: 3,
                }),
                "",
            ),
            ("since Monday", since(wd(chrono::Weekday::Mon, None)), ""),
            (
                "since the start of the war,",
                Since(Anchor::Event {
                    words: "the start of the war",
                    on: None,
                }),
                ",",
            ),
            (
                "since the full-scale invasion in 2022,",
                Since(Anchor::Event {
                    words: "the full-scale invasion",
                    on: Some(D::Year(2022)),
                }),
                ",",
            ),
            (
                "since the war began",
                Since(Anchor::Event {
                    words: "the war began",
                    on: None,
                }),
                "",
            ),
            (
                "since the beginning of the year",
                since(D::Within {
                    unit: U::Year,
                    ago: 0,
                }),
                "",
            ),
            ("since the start of 2023", since(D::Year(2023)), ""),
            (
                "since Russia invaded in February 2022 --",
                Since(Anchor::Event {
                    words: "Russia invaded",
                    on: Some(D::Month {
                        year: Some(2022),
                        month: 2,
                    }),
                }),
                " --",
            ),
            (
                "since the invasion on Feb. 24 last year",
                Since(Anchor::Event {
                    words: "the invasion",
                    on: None,
                }),
                " on Feb. 24 last year",
            ),
            (
                "over the past day",
                Past {
                    count: 1,
                    unit: U::Day,
                },
                "",
            ),
            (
                "in the past 24 hours",
                Past {
                    count: 24,
                    unit: U::Hour,
                },
                "",
            ),
            (
                "in the last 48 hours",
                Past {
                    count: 48,
                    unit: U::Hour,
                },
                "",
            ),
            (
                "over the past week",
                Past {
                    count: 1,
                    unit: U::Week,
                },
                "",
            ),
            (
                "the past two weeks",
                Past {
                    count: 2,
                    unit: U::Week,
                },
                "",
            ),
            (
                "during the previous 3 months",
                Past {
                    count: 3,
                    unit: U::Month,
                },
                "",
            ),
            ("in 2023", In(D::Year(2023)), ""),
            (
                "In March",
                In(D::Month {
                    year: None,
                    month: 3,
                }),
                "",
            ),
            (
                "in July 2024.",
                In(D::Month {
                    year: Some(2024),
                    month: 7,
                }),
                ".",
            ),
            (
                "last year",
                In(D::Within {
                    unit: U::Year,
                    ago: 1,
                }),
                "",
            ),
            (
                "this year",
                In(D::Within {
                    unit: U::Year,
                    ago: 0,
                }),
                "",
            ),
            (
                "earlier this week",
                In(D::Within {
                    unit: U::Week,
                    ago: 0,
                }),
                "",
            ),
            (
                "so far this year",
                In(D::Within {
                    unit: U::Year,
                    ago: 0,
                }),
                "",
            ),
            (
                "last month",
                In(D::Within {
                    unit: U::Month,
                    ago: 1,
                }),
                "",
            ),
            (
                "between January and March",
                Between(
                    D::Month {
                        year: None,
                        month: 1,
                    },
                    D::Month {
                        year: None,
                        month: 3,
                    },
                ),
                "",
            ),
            (
                "from March to May 2023",
                Between(
                    D::Month {
                        year: None,
                        month: 3,
                    },
                    D::Month {
                        year: Some(2023),
                        month: 5,
                    },
                ),
                "",
            ),
            (
                "from October 2016 to June 2017",
                Between(
                    D::Month {
                        year: Some(2016),
                        month: 10,
                    },
                    D::Month {
                        year: Some(2017),
                        month: 6,
                    },
                ),
                "",
            ),
            (
                "between 2014 and 2016,",
                Between(D::Year(2014), D::Year(2016)),
                ",",
            ),
            (
                "from Feb. 1 – March 3",
                Between(ymd(None, 2, 1), ymd(None, 3, 3)),
                "",
            ),
        ];
        for &(input, expected, rest) in cases {
            let got = phrase_at(input).map(|(r, p)| (p, r));
            assert_eq!(got, Ok((Phrase::Period(expected), rest)), "{input}");
        }
    }

    #[test]
    fn not_dates() {
        for input in [
            "may kill",
            "a march on the capital",
            "March",
            "May",
            "Sun",
            "on Sun",
            "wednesday",
            "2024 people",
            "in 2024 people",
            "in 1850",
            "in 20,000",
            "2,024",
            "February 30",
            "31 April",
            "February 29, 2023",
            "13/13/2024",
            "2024-13-05",
            "2024-02-30",
            "1.2.3",
            "5/6",
            "24/7",
            "5 Marches",
            "Monday's attack",
            "last year's offensive",
            "Monday night's attack",
            "the last day of talks",
            "the last week",
            "over the past few days",
            "between 50 and 60",
            "between 2000 and 2100 troops",
            "from 1,000 to 2,000",
            "since the",
            "since the 40",
            "since Russia has refused",
            "since Russia invaded on Feb. 24 last year",
            "this day",
            "last hour",
            "on February 20 people",
            "Mar-a-Lago",
            "123456789012345678901234567890",
        ] {
            let got = phrase_at(input);
            assert!(
                got.as_ref().map_or(true, |(r, _)| r.len() == input.len()),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn scanner_finds_phrases_at_word_starts() {
        let text = "In the past 24 hours, 40 drones were downed over Kyiv, the \
                    air force said on Monday; since February 2022 some 9,000 fell.";
        let found: Vec<_> = phrases(text)
            .into_iter()
            .filter_map(|f| f.span.of(text))
            .collect();
        assert_eq!(
            found,
            ["In the past 24 hours", "on Monday", "since February 2022"]
        );
        // Not inside words or numbers: "Mayday", "12025", "xMonday".
        assert!(phrases("Mayday 12025 xMonday 4/5/20241").is_empty());
    }

    /// The scan without its filters: a parse tried at every word and
    /// number that starts after a boundary, with the rules its first word
    /// opens.
    fn phrases_unfiltered(text: &str) -> Vec<Found<'_>> {
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(&b) = text.as_bytes().get(at) {
            if !b.is_ascii_alphanumeric() {
                at += 1;
                continue;
            }
            let run = text.as_bytes()[at..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            let tail = &text[at..];
            if at_boundary_before(text, at) {
                if let Ok((rest, phrase)) = phrase_opened(tail, opened(tail)) {
                    let len = offset(tail, rest);
                    if len > 0 {
                        found.push(Found {
                            span: Span::new(at, at + len),
                            phrase,
                        });
                        at += len;
                        continue;
                    }
                }
            }
            at += run;
        }
        found
    }

    #[test]
    fn filters_turn_no_phrase_away() {
        for text in [
            "In the past 24 hours, 40 drones were downed; since February 2022 some 9,000 fell.",
            "The army said on Monday night that in 2023 and during the previous 3 months, \
             between January and March, from Feb. 1 – March 3, 12 died.",
            "Officials said early last Monday, late on Sunday, earlier this week and so far \
             this year that two days ago, 3 weeks ago and the day before yesterday 5 fled.",
            "On 5th of May, 13 March, 07/05/2024, 05.07.2024 and 2024-07-05T09:30Z it rained.",
            "Last night, last Friday, this morning, tonight, overnight Saturday, later today.",
            "In THE PAST week, IN March, On Last Friday, From 2014 to 2016, Between 2014 and 2016.",
            "since the start of the war, since Russia invaded in February 2022, since Monday.",
            "over the last 48 hours, for the past day, within the past week, throughout 2023.",
            "Thursday, Dec. 15, 2022; Sunday 28 August 2016; Sept. 21st; July 2024.",
        ] {
            assert_eq!(phrases(text), phrases_unfiltered(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn filters_agree_with_the_unfiltered_scan(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "in", "In", "on", "On", "the", "The", "since", "over", "for", "within",
                    "during", "throughout", "between", "from", "to", "and", "last", "this",
                    "earlier", "so", "far", "early", "late", "later", "yesterday", "today",
                    "tonight", "overnight", "two", "ten", "past", "previous", "day", "days",
                    "week", "weeks", "month", "year", "years", "hours", "ago", "night",
                    "morning", "of", "start", "war", "Russia", "invaded", "March", "May",
                    "may", "Feb.", "Sept", "Monday", "monday", "Friday's", "5", "21st",
                    "2023", "2024", "12,000", "07/05/2024", "5.7.2024", "2024-07-05", "13",
                    "people", "troops", "said", ",", ";", ".", "–", "-", "\u{a0}", "’s",
                    "\n", "é", "x1",
                ]),
                0..14,
            ),
            glue in proptest::collection::vec(proptest::sample::select(vec![" ", "", "  "]), 14),
        ) {
            let mut text = String::new();
            for (w, g) in words.iter().zip(&glue) {
                text.push_str(w);
                text.push_str(g);
            }
            proptest::prop_assert_eq!(phrases(&text), phrases_unfiltered(&text), "{:?}", text);
        }
    }

    #[test]
    fn scan_can_stop_early() {
        let text = "On Monday troops left; on 5 May 2024 they came back on Friday.";
        let all = phrases(text);
        for last in 0..=text.len() {
            let some: Vec<_> = Phrases::new(text).starting_by(last).collect();
            let want: Vec<_> = all
                .iter()
                .copied()
                .filter(|f| f.span.start <= last)
                .collect();
            assert_eq!(some, want, "{last}");
        }
    }

    #[test]
    fn scanner_survives_any_unicode() {
        for text in [
            "\u{a0}on\u{a0}Monday\u{a0}",
            "é Monday — “yesterday” ‏Sunday‏",
            "Feb\u{202f}5,\u{a0}2026",
            "since the war\u{2019}s start",
            "2024-07-0",
            "Monday\u{301}",
        ] {
            for f in phrases(text) {
                assert!(f.span.of(text).is_some(), "{text:?}: {f:?}");
            }
        }
    }

    #[test]
    fn days_in_month_knows_leap_years() {
        assert_eq!(days_in_month(Some(2024), 2), 29);
        assert_eq!(days_in_month(Some(2023), 2), 28);
        assert_eq!(days_in_month(Some(1900), 2), 28);
        assert_eq!(days_in_month(Some(2000), 2), 29);
        assert_eq!(days_in_month(None, 2), 29);
        assert_eq!(days_in_month(None, 13), 0);
    }

    #[test]
    fn slash_order_shown_table() {
        use SlashOrder::*;
        let cases: &[(&str, Option<SlashOrder>)] = &[
            ("The update dated 25/11/2024 said 40 died.", Some(DayFirst)),
            ("Filed 11/25/2024, revised later.", Some(MonthFirst)),
            // The first date that can be read one way only decides.
            ("On 06/11/2024 and 14/11/24 the camps grew.", Some(DayFirst)),
            (
                "From 3/4/2023 to 3/30/2023 and 31/3/2023.",
                Some(MonthFirst),
            ),
        ];
        for &(text, expected) in cases {
            assert_eq!(slash_order_shown(text), expected, "{text}");
        }
    }

    #[test]
    fn not_slash_order_shown() {
        let cases = [
            // Either reading fits.
            "The update dated 06/11/2024 said 40 died.",
            "Same day twice: 12/12/2024.",
            // No dates: fractions, scores, a slashed list, a 31st month.
            "A 24/7 watch on 1/3 of the border and the 13/14 vote.",
            "Routes A/B and 15/5 were shut; 31/13/2024 is no date.",
            "Case no. 123/11/2024 and 113/12/2024 were heard.",
            "",
            "/",
            "9/",
        ];
        for text in cases {
            assert_eq!(slash_order_shown(text), None, "{text}");
        }
    }
}
