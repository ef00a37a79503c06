//! Time: the date each figure was stated and the period it covers,
//! resolved with chrono against the document's date.
//!
//! [`crate::calendar`] reads what the text says ("Wednesday", "since
//! February 2022"); this module, the only one that does date arithmetic,
//! turns it into dates against a base date that is always passed in.
//!
//! # Rules
//!
//! | phrase | resolves to, against base `B` |
//! |---|---|
//! | "Wednesday", "on Monday night", "early Thursday" | the latest such weekday on or before `B` (`B` itself when it is that weekday) |
//! | "last Friday" | the latest Friday strictly before `B` |
//! | "today", "tonight", "this morning", "overnight" | `B` |
//! | "yesterday", "last night" | `B` − 1 day; "two days ago" `B` − 2 |
//! | "March 3", "3 March" (no year) | the latest March 3 on or before `B` (a January report's "December 30" is last year's) |
//! | "Feb 5, 2026", "2024-07-05" | that day, with or without `B` |
//! | "06/11/2024" | 11 June, or 6 November in a report that writes the day first ([`DateStyle`]) |
//! | "last year", "earlier this week", "in March" | no day: a statement date is unknown |
//!
//! With no base (`None`), relative phrases resolve to nothing and dates
//! with a year still resolve.
//!
//! ```
//! use chrono::NaiveDate;
//! use conflict_figures::{time, Span};
//!
//! let thursday = NaiveDate::from_ymd_opt(2026, 2, 5);
//! let s = "The ministry said on Wednesday that 40 drones were shot down.";
//! let cue = Span::new(13, 17); // "said"
//! assert_eq!(time::statement_date(s, Some(cue), thursday), NaiveDate::from_ymd_opt(2026, 2, 4));
//! ```

use crate::calendar::{
    phrases, slash_order_shown, Anchor, CalendarUnit, DatePhrase, Found, PeriodPhrase, Phrase,
    Phrases, SlashOrder,
};
use crate::grammar::{is_space, word_before};
use crate::lexicon::calendar::{
    CLAUSE_WORDS, CUE_FILLER_OPENERS, DATELINE_CITIES, MIXED_ORDER_COUNTRIES,
    MONTH_FIRST_COUNTRIES, OBJECT_CUES, SPEECH_WORDS,
};
use crate::lexicon::places::{PlaceKind, PLACES};
use crate::span::{floor_boundary, Span};
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::cell::OnceCell;

/// The stretch of time a figure covers, when the text bounds it ("since
/// February 2022", "in the past 24 hours").
///
/// Each end is a date at the precision the text gives: `"2022"`,
/// `"2022-02"` or `"2022-02-24"`; `null` when open. A period that starts
/// from an event the text names ("since the start of the war") keeps the
/// event's words in `since`, and has a `from` only when the text dates the
/// event too ("since Russia invaded in February 2022"): the crate does not
/// guess when a war started.
///
/// ```
/// use conflict_figures::Period;
/// let p = Period { from: Some("2022-02".into()), to: None, since: None };
/// assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"from":"2022-02","to":null}"#);
///
/// let war = Period { from: None, to: None, since: Some("the start of the war".into()) };
/// assert_eq!(
///     serde_json::to_string(&war).unwrap(),
///     r#"{"from":null,"to":null,"since":"the start of the war"}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    /// Start, inclusive, or `None` when open or undated.
    pub from: Option<String>,
    /// End, inclusive, or `None` when open (up to the report).
    pub to: Option<String>,
    /// The event the period starts from, as written ("the start of the
    /// war", "the full-scale invasion"), when the text names one; left out
    /// of the JSON when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
}

/// Lines near the top of a text where a date line may stand.
const TOP_LINES: usize = 12;
/// Bytes near the top of a text where a date line may stand.
const TOP_BYTES: usize = 2000;
/// A line this short that holds a full date is a date line.
const SHORT_LINE: usize = 80;
/// A longer line is a date line when its date starts within this many
/// bytes of the line's start ("KHARTOUM, Nov 15, 2020 (AFP) – …").
const DATE_LINE_PREFIX: usize = 40;
/// Years searched back for a day with no year ("February 29").
const YEARS_BACK: i32 = 8;
/// Most words between a speech verb and the date it was said on.
const MAX_CUE_FILLER: usize = 4;
/// Most bytes between a speech verb and the date it was said on; keeps
/// the search short on hostile text.
const MAX_CUE_FILLER_BYTES: usize = 120;
/// Most words of a subject between an opening date and the cue ("On
/// Monday, the health ministry said").
const MAX_OPENING_SUBJECT: usize = 5;

/// The date the document speaks from: `published` when known, otherwise
/// the date its dateline gives (`dateline` is a span of `text`), otherwise
/// the date on a date line near the top of the text.
///
/// A date line is one of the first 12 non-empty lines (within the first
/// 2,000 bytes) holding a full date (day, month and year): either the line
/// is short (80 bytes at most: "Abu Dhabi (AFP) Feb 5, 2026", "Updated:
/// 07/05/2024", "Published On 30 May 2023"), or its date starts within its
/// first 40 bytes and no word follows it ("KHARTOUM, Nov 15, 2020
/// (BSS/AFP) – …"). A long caption that mentions a date mid-sentence is no
/// date line. Slashed numeric dates are read month first ("07/05/2024" is
/// 5 July 2024) unless the first number exceeds 12 or the report writes
/// the day first; see [`DateStyle`].
///
/// ```
/// use chrono::NaiveDate;
/// use conflict_figures::time::document_date;
///
/// let text = "Ceasefire talks stall\n\nGeneva (AFP) March 3, 2025\n\nTalks stalled.";
/// assert_eq!(document_date(text, None, None), NaiveDate::from_ymd_opt(2025, 3, 3));
/// let known = NaiveDate::from_ymd_opt(2025, 3, 4);
/// assert_eq!(document_date(text, None, known), known);
/// ```
pub fn document_date(
    text: &str,
    dateline: Option<Span>,
    published: Option<NaiveDate>,
) -> Option<NaiveDate> {
    if published.is_some() {
        return published;
    }
    let style = DateStyle::new(text, dateline);
    dateline
        .and_then(|s| s.of(text))
        .and_then(|line| Phrases::new(line).find_map(|f| full_date(&f, line, &style)))
        .or_else(|| top_date(text, &style))
}

/// The day a found phrase of `line` names when it writes day, month and
/// year, a slashed one read in the report's order.
fn full_date(f: &Found<'_>, line: &str, style: &DateStyle<'_>) -> Option<NaiveDate> {
    match style.as_meant(f, line) {
        Phrase::Date(DatePhrase::Date {
            year: Some(y),
            month,
            day,
        }) => NaiveDate::from_ymd_opt(y, month, day),
        _ => None,
    }
}

/// How a report writes its dates: the order of the day and month in its
/// slashed dates ("06/11/2024"), worked out only when one is met.
///
/// A slashed date of the report that can be read only one way decides
/// ("25/11/2024" is day first); failing that, the country of the
/// dateline's place ("LAGOS, 04/07/2024 -" is filed from a country that
/// writes the day first; "WASHINGTON" from one that writes the month
/// first); failing that, month first, as US wire copy writes them.
///
/// ```
/// use conflict_figures::calendar::SlashOrder;
/// use conflict_figures::time::DateStyle;
/// use conflict_figures::Span;
///
/// let text = "NAIROBI, 06/11/2024 (Reuters) - Talks resumed.";
/// assert_eq!(DateStyle::new(text, Some(Span::new(0, 32))).order(), SlashOrder::DayFirst);
/// let text = "Talks resumed on 06/11/2024 after a pause since 10/28/2024.";
/// assert_eq!(DateStyle::new(text, None).order(), SlashOrder::MonthFirst);
/// ```
#[derive(Debug, Clone)]
pub struct DateStyle<'a> {
    text: &'a str,
    dateline: Option<Span>,
    order: OnceCell<SlashOrder>,
}

impl<'a> DateStyle<'a> {
    /// The style of `text`, whose dateline (a span of `text`) is
    /// `dateline`; nothing is read until asked for.
    pub fn new(text: &'a str, dateline: Option<Span>) -> Self {
        DateStyle {
            text,
            dateline,
            order: OnceCell::new(),
        }
    }

    /// The order the report's slashed dates are written in.
    pub fn order(&self) -> SlashOrder {
        *self.order.get_or_init(|| {
            slash_order_shown(self.text)
                .or_else(|| {
                    self.dateline
                        .and_then(|d| d.of(self.text))
                        .and_then(dateline_order)
                })
                .unwrap_or_default()
        })
    }

    /// The phrase `f` of `sentence` as the report means it: a slashed
    /// date whose day could be a month ("06/11/2024", read month first)
    /// turned day first when the report writes the day first.
    fn as_meant<'f>(&self, f: &Found<'f>, sentence: &str) -> Phrase<'f> {
        match f.phrase {
            Phrase::Date(DatePhrase::Date {
                year: Some(year),
                month,
                day,
            }) if day <= 12
                && day != month
                && f.span.of(sentence).is_some_and(|w| w.contains('/'))
                && self.order() == SlashOrder::DayFirst =>
            {
                Phrase::Date(DatePhrase::Date {
                    year: Some(year),
                    month: day,
                    day: month,
                })
            }
            p => p,
        }
    }
}

/// The order the country of a dateline's place writes slashed dates in:
/// its pieces between commas, brackets and dates ("ADDIS ABABA",
/// "Syria") are looked up as places and as dateline cities.
fn dateline_order(line: &str) -> Option<SlashOrder> {
    line.split(|c: char| !(c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-' | '.')))
        .map(|piece| piece.trim_matches(|c: char| matches!(c, ' ' | '-' | '.')))
        .filter(|piece| !piece.is_empty())
        .take(4)
        .find_map(place_order)
}

/// The order the place `piece` writes slashed dates in, when it is a
/// country or a place of one.
fn place_order(piece: &str) -> Option<SlashOrder> {
    if let Some(order) = DATELINE_CITIES.get(piece) {
        return Some(order);
    }
    let place = PLACES.get(piece)?;
    if !matches!(
        place.kind,
        PlaceKind::Country | PlaceKind::Capital | PlaceKind::Locality
    ) || MIXED_ORDER_COUNTRIES.contains(&place.party)
    {
        return None;
    }
    Some(if MONTH_FIRST_COUNTRIES.contains(&place.party) {
        SlashOrder::MonthFirst
    } else {
        SlashOrder::DayFirst
    })
}

/// The date of the first date line near the top of `text`.
fn top_date(text: &str, style: &DateStyle<'_>) -> Option<NaiveDate> {
    let cut = floor_boundary(text, TOP_BYTES);
    let head = &text[..cut];
    let mut lines: Vec<&str> = head.split('\n').collect();
    if cut < text.len() {
        // The last line is cut short: its length says nothing.
        lines.pop();
    }
    lines
        .into_iter()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(TOP_LINES)
        .find_map(|line| {
            // A full date has digits: most short lines are turned away
            // here; on a long line only a date near its start counts, and
            // the scan stops past it.
            let short = line.len() <= SHORT_LINE;
            if short && !line.bytes().any(|b| b.is_ascii_digit()) {
                return None;
            }
            let near = if short { line.len() } else { DATE_LINE_PREFIX };
            let f = Phrases::new(line)
                .starting_by(near)
                .find(|f| full_date(f, line, style).is_some())?;
            let after = line.get(f.span.end..).unwrap_or("").trim_start();
            let dated = short || !after.starts_with(|c: char| c.is_alphabetic());
            if dated {
                full_date(&f, line, style)
            } else {
                None
            }
        })
}

/// The date a figure in `sentence` was stated. `cue` is the span, relative
/// to `sentence`, of the words crediting it ("said", "told", "according
/// to"), if any; `base` is the document's date.
///
/// A date phrase attached to the cue dates the statement: right after it
/// ("said Wednesday", "said on Monday night", "said yesterday"), after a
/// short complement ("said in a statement Sunday", "told AFP on Friday",
/// "according to a report last year"), right before it ("on Tuesday
/// said"), or opening the sentence before its subject ("On Monday, the
/// ministry said"); not one ending the clause before the cue ("killed this
/// year, according to …"). A day resolves against `base` (see the module's
/// rules); a vague phrase ("said last year", "in a report last month",
/// "earlier this week") gives `None`, for the day is unknown. With no
/// attached phrase, or no cue at all (the report's own voice, a headline),
/// the statement date is `base`. Dates of the event ("were killed on
/// Saturday", "the attack on Monday") are not attached and change nothing.
///
/// ```
/// use chrono::NaiveDate;
/// use conflict_figures::{time::statement_date, Span};
///
/// let monday = NaiveDate::from_ymd_opt(2025, 6, 2);
/// let s = "Nine people were killed on Saturday, police said yesterday.";
/// let at = s.find("said").unwrap();
/// let cue = Span::new(at, at + 4);
/// assert_eq!(statement_date(s, Some(cue), monday), NaiveDate::from_ymd_opt(2025, 6, 1));
/// assert_eq!(statement_date(s, None, monday), monday);
/// let vague = "Officials said last year that 300 homes were lost.";
/// assert_eq!(statement_date(vague, Some(Span::new(10, 14)), monday), None);
/// ```
pub fn statement_date(
    sentence: &str,
    cue: Option<Span>,
    base: Option<NaiveDate>,
) -> Option<NaiveDate> {
    Dates::new(sentence).statement_date(cue, base)
}

/// The date phrases of one sentence, read once for all its figures.
///
/// [`statement_date`] and [`period`] read the sentence's phrases anew at
/// each call; a sentence with several figures reads them once here, on
/// the first call that needs them, and answers each figure from them.
///
/// ```
/// use chrono::NaiveDate;
/// use conflict_figures::{time::Dates, Period, Span};
///
/// let base = NaiveDate::from_ymd_opt(2024, 7, 5);
/// let s = "Police said on Thursday that 40 died in 2023, up from 12 in 2022.";
/// let dates = Dates::new(s);
/// let said = Span::new(7, 11);
/// assert_eq!(dates.statement_date(Some(said), base), NaiveDate::from_ymd_opt(2024, 7, 4));
/// // The first figure's period stops at the second figure.
/// let year = |y: &str| Some(Period { from: Some(y.into()), to: Some(y.into()), since: None });
/// assert_eq!(dates.period(Span::new(29, 31), 54, Some(said), base), year("2023"));
/// assert_eq!(dates.period(Span::new(54, 56), s.len(), Some(said), base), year("2022"));
/// // A stretch that dates the statement is not the figure's period.
/// let s = "Earlier this week, police said 40 had died.";
/// let said = Span::new(26, 30);
/// assert_eq!(Dates::new(s).period(Span::new(31, 33), s.len(), Some(said), base), None);
/// assert!(Dates::new(s).period(Span::new(31, 33), s.len(), None, base).is_some());
/// ```
#[derive(Debug, Clone)]
pub struct Dates<'a> {
    sentence: &'a str,
    found: OnceCell<Vec<Found<'a>>>,
    style: Option<&'a DateStyle<'a>>,
}

impl<'a> Dates<'a> {
    /// The dates of `sentence`; nothing is read until asked for. Slashed
    /// dates are read month first unless the first number exceeds 12.
    pub fn new(sentence: &'a str) -> Self {
        Dates {
            sentence,
            found: OnceCell::new(),
            style: None,
        }
    }

    /// The dates of `sentence`, a sentence of the report whose style is
    /// `style`: its slashed dates are read in the report's order.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use conflict_figures::time::{DateStyle, Dates};
    /// use conflict_figures::Span;
    ///
    /// let text = "LAGOS, 12/07/2024 - Police said on 10/07/2024 that 40 were held.";
    /// let style = DateStyle::new(text, Some(Span::new(0, 19)));
    /// let s = &text[20..];
    /// let said = Span::new(7, 11);
    /// let day = Dates::in_report(s, &style).statement_date(Some(said), None);
    /// assert_eq!(day, NaiveDate::from_ymd_opt(2024, 7, 10));
    /// ```
    pub fn in_report(sentence: &'a str, style: &'a DateStyle<'a>) -> Self {
        Dates {
            sentence,
            found: OnceCell::new(),
            style: Some(style),
        }
    }

    /// Every phrase of the sentence, read on the first call.
    fn found(&self) -> &[Found<'a>] {
        self.found.get_or_init(|| phrases(self.sentence))
    }

    /// The date a figure in the sentence was stated: see
    /// [`statement_date`].
    pub fn statement_date(&self, cue: Option<Span>, base: Option<NaiveDate>) -> Option<NaiveDate> {
        match self.attached(cue) {
            Some(f) => match self
                .style
                .map_or(f.phrase, |s| s.as_meant(f, self.sentence))
            {
                Phrase::Date(d) if names_a_day(&d) => day_of(&d, base),
                _ => None,
            },
            None => base,
        }
    }

    /// The phrase attached to the cue at `cue` that dates its statement,
    /// if any.
    fn attached(&self, cue: Option<Span>) -> Option<&Found<'a>> {
        let sentence = self.sentence;
        let cue = cue?;
        let cue_text = cue.of(sentence)?;
        let found = self.found();
        let candidates = || found.iter().filter(|f| may_date_a_statement(&f.phrase));
        let after = candidates()
            .skip_while(|f| f.span.start < cue.end)
            .take_while(|f| f.span.start - cue.end <= MAX_CUE_FILLER_BYTES)
            .find(|f| attached_after(sentence, cue, cue_text, f.span.start));
        after.or_else(|| {
            candidates()
                .rev()
                .find(|f| f.span.end <= cue.start)
                .filter(|f| attached_before(sentence, f.span, cue.start))
        })
    }

    /// The period of a figure at `figure` when the sentence is cut at
    /// byte `upto`: see [`period`], given the sentence up to `upto` (the
    /// whole sentence when `upto` is past its end or off a character
    /// boundary).
    ///
    /// The phrases read once serve whenever the cut falls at the end of
    /// the sentence or after a semicolon that ends the figure's clause
    /// anyway, for no phrase runs across a semicolon; otherwise the
    /// figure's clause up to the cut is read again, since a phrase cut
    /// short there may read differently.
    ///
    /// `cue` is the span of the words crediting the figure, as for
    /// [`statement_date`](Dates::statement_date): a phrase that dates that
    /// statement ("Earlier this week, the ministry said …") is not the
    /// figure's period.
    pub fn period(
        &self,
        figure: Span,
        upto: usize,
        cue: Option<Span>,
        base: Option<NaiveDate>,
    ) -> Option<Period> {
        let stated = self.attached(cue).map(|f| f.span);
        let whole = self.sentence;
        let sentence = whole.get(..upto).unwrap_or(whole);
        let before = sentence.get(..figure.start)?;
        let after = sentence.get(figure.end..)?;
        let lo = before.rfind(';').map_or(0, |k| k + 1);
        let cut = after.find(';').map(|k| figure.end + k);
        let hi = cut.unwrap_or(sentence.len());
        let clause = sentence.get(lo..hi)?;
        let distance = |s: Span| {
            if s.end <= figure.start {
                figure.start - s.end
            } else {
                s.start.saturating_sub(figure.end)
            }
        };
        let nearest = |found: &mut dyn Iterator<Item = Found<'a>>| {
            found
                .filter(|f| !f.span.overlaps(&figure) && Some(f.span) != stated)
                .filter_map(|f| match f.phrase {
                    Phrase::Period(p) if !dates_the_report(sentence, &f) => Some((f.span, p)),
                    _ => None,
                })
                .min_by_key(|&(span, _)| distance(span))
        };
        let nearest = if cut.is_some() || sentence.len() == whole.len() {
            let mut within = self
                .found()
                .iter()
                .copied()
                .skip_while(|f| f.span.start < lo)
                .take_while(|f| f.span.end <= hi);
            nearest(&mut within)
        } else {
            let mut read = phrases(clause).into_iter().map(|f| Found {
                span: f.span.shifted(lo),
                ..f
            });
            nearest(&mut read)
        }?;
        period_of(&nearest.1, base)
    }
}

/// Dates and named stretches may date a statement; "since …", "over the
/// past …" and "between …" bound a figure instead.
fn may_date_a_statement(p: &Phrase<'_>) -> bool {
    matches!(p, Phrase::Date(_) | Phrase::Period(PeriodPhrase::In(_)))
}

/// True for phrases that name one day.
fn names_a_day(d: &DatePhrase) -> bool {
    matches!(
        d,
        DatePhrase::Date { .. } | DatePhrase::Weekday { .. } | DatePhrase::DaysAgo { .. }
    )
}

/// The words from `from` to `to` of `sentence`, split on white space, when
/// they hold letters (and apostrophes, hyphens, full stops) only.
fn plain_words(sentence: &str, from: usize, to: usize) -> Option<Vec<&str>> {
    let between = sentence.get(from..to)?;
    let words: Vec<&str> = between.split(is_space).filter(|w| !w.is_empty()).collect();
    let plain = words.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
    });
    plain.then_some(words)
}

/// True when a phrase starting at `start` follows the cue as its date:
/// after white space only, or after a short complement of plain words that
/// opens with a preposition ("in a statement") or, after "told" or
/// "according to", names the hearer or source.
fn attached_after(sentence: &str, cue: Span, cue_text: &str, start: usize) -> bool {
    let Some(words) = plain_words(sentence, cue.end, start) else {
        return false;
    };
    let Some(first) = words.first() else {
        return true;
    };
    // "told AFP on Friday", "reported by local media on Wednesday": the
    // words after the cue name the hearer or the source.
    let mut cue_words = cue_text.split(is_space).filter(|w| !w.is_empty());
    let object_cue = cue_words
        .next()
        .is_some_and(|w| OBJECT_CUES.get(w).is_some())
        || cue_words
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("by"));
    words.len() <= MAX_CUE_FILLER
        && (object_cue || CUE_FILLER_OPENERS.get(first).is_some())
        && words.iter().all(|w| CLAUSE_WORDS.get(w).is_none())
}

/// True when a phrase at `span` dates the cue at `cue_start` from before
/// it: right before it ("the army on Tuesday said"), or opening the
/// sentence, with a comma and a short subject at most ("Yesterday, police
/// said", "On Monday, the health ministry said"), or ending a verb joined
/// to the cue by "and" ("rejected the figures on Sunday and said"). A phrase that ends a
/// clause before the cue ("killed this year, according to …") dates the
/// event.
fn attached_before(sentence: &str, span: Span, cue_start: usize) -> bool {
    let Some(between) = sentence.get(span.end..cue_start) else {
        return false;
    };
    let between = between.trim_matches(is_space);
    // "rejected the figures on Sunday and said": a verb joined to the
    // cue by "and" is of the same statement.
    if between.is_empty() || between.eq_ignore_ascii_case("and") {
        return true;
    }
    let opens = sentence.get(..span.start).is_some_and(|s| {
        s.chars()
            .all(|c| is_space(c) || matches!(c, '"' | '“' | '\'' | '‘'))
    });
    let subject = between.strip_prefix(',').unwrap_or(between);
    let Some(words) = plain_words(subject, 0, subject.len()) else {
        return false;
    };
    opens
        && words.len() <= MAX_OPENING_SUBJECT
        && words.iter().all(|w| CLAUSE_WORDS.get(w).is_none())
}

/// The period the text gives a figure at `figure` (relative to
/// `sentence`), resolved against `base`.
///
/// Only phrases in the figure's clause count: the same sentence, not
/// across a semicolon; the phrase nearest the figure wins. A named stretch
/// that dates a statement ("said last year", "in a report in 2023") is
/// not the figure's period.
///
/// | phrase | period |
/// |---|---|
/// | "since February 2022" | from `"2022-02"`, open |
/// | "since 2014", "since October 7" | from `"2014"`, from the latest Oct 7 on or before base |
/// | "since the start of the war" | no dates; `since: "the start of the war"` |
/// | "since Russia invaded in February 2022" | from `"2022-02"`, open; `since: "Russia invaded"` |
/// | "over the past day", "in the past 24 hours" | base − 1 to base, as days |
/// | "in the last 48 hours", "over the past week" | base − 2, base − 7 to base |
/// | "in 2023" | `"2023"` to `"2023"` |
/// | "last year", "last month" | the previous year or month, both ends |
/// | "this year", "earlier this week" | from its start (year, month, or the week's Monday), open |
/// | "between January and March" | `"YYYY-01"` to `"YYYY-03"`, the year from base (the year before when the whole stretch lies after base) |
/// | "from March to May 2023" | `"2023-03"` to `"2023-05"` |
///
/// ```
/// use chrono::NaiveDate;
/// use conflict_figures::{time::period, Period, Span};
///
/// let base = NaiveDate::from_ymd_opt(2024, 7, 5);
/// let s = "At least 42 people have been killed in the past 24 hours.";
/// let figure = Span::new(0, 11);
/// assert_eq!(
///     period(s, figure, base),
///     Some(Period { from: Some("2024-07-04".into()), to: Some("2024-07-05".into()), since: None })
/// );
/// ```
pub fn period(sentence: &str, figure: Span, base: Option<NaiveDate>) -> Option<Period> {
    Dates::new(sentence).period(figure, sentence.len(), None, base)
}

/// True for a named stretch right after a speech word: "said last year",
/// "in a report last year", "said in 2023".
fn dates_the_report(sentence: &str, f: &Found<'_>) -> bool {
    matches!(f.phrase, Phrase::Period(PeriodPhrase::In(_)))
        && word_before(sentence, f.span.start).is_some_and(|(_, w)| SPEECH_WORDS.get(w).is_some())
}

/// The day a date phrase names, against `base`; `None` for phrases that
/// name no single day ("last year", "July 2024") and for relative phrases
/// with no base.
///
/// ```
/// use chrono::{NaiveDate, Weekday};
/// use conflict_figures::calendar::DatePhrase;
/// use conflict_figures::time::day_of;
///
/// let monday = NaiveDate::from_ymd_opt(2025, 12, 29);
/// let sunday = DatePhrase::Weekday { day: Weekday::Sun, part: None, last: false };
/// assert_eq!(day_of(&sunday, monday), NaiveDate::from_ymd_opt(2025, 12, 28));
/// let new_year = DatePhrase::Date { year: None, month: 1, day: 1 };
/// assert_eq!(day_of(&new_year, monday), NaiveDate::from_ymd_opt(2025, 1, 1));
/// assert_eq!(day_of(&sunday, None), None);
/// ```
pub fn day_of(phrase: &DatePhrase, base: Option<NaiveDate>) -> Option<NaiveDate> {
    match *phrase {
        DatePhrase::Date {
            year: Some(y),
            month,
            day,
        } => NaiveDate::from_ymd_opt(y, month, day),
        DatePhrase::Date {
            year: None,
            month,
            day,
        } => latest_day(base?, month, day),
        DatePhrase::Weekday { day, last, .. } => {
            let base = base?;
            let back = (7 + base.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
            let back = if last && back == 0 { 7 } else { back };
            base.checked_sub_days(Days::new(u64::from(back)))
        }
        DatePhrase::DaysAgo { days, .. } => base?.checked_sub_days(Days::new(u64::from(days))),
        _ => None,
    }
}

/// The latest `month`/`day` on or before `base`, looking back at most
/// [`YEARS_BACK`] years (for "February 29").
fn latest_day(base: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    (0..=YEARS_BACK).find_map(|k| {
        NaiveDate::from_ymd_opt(base.year().checked_sub(k)?, month, day).filter(|d| *d <= base)
    })
}

/// A resolved end of a period, at the precision the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Point {
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

impl Point {
    fn text(self) -> String {
        match self {
            Point::Year(y) => format!("{y:04}"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Day(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    fn year(self) -> i32 {
        match self {
            Point::Year(y) | Point::Month(y, _) => y,
            Point::Day(d) => d.year(),
        }
    }

    /// The first day it covers, as (year, month, day), for ordering.
    fn key(self) -> (i32, u32, u32) {
        match self {
            Point::Year(y) => (y, 1, 1),
            Point::Month(y, m) => (y, m, 1),
            Point::Day(d) => (d.year(), d.month(), d.day()),
        }
    }
}

/// The month `ago` months before `base`'s.
fn month_back(base: NaiveDate, ago: u32) -> Option<Point> {
    let d = base.with_day(1)?.checked_sub_months(Months::new(ago))?;
    Some(Point::Month(d.year(), d.month()))
}

/// The Monday of the week `ago` weeks before `base`'s.
fn monday_back(base: NaiveDate, ago: u32) -> Option<NaiveDate> {
    let monday =
        base.checked_sub_days(Days::new(u64::from(base.weekday().num_days_from_monday())))?;
    monday.checked_sub_days(Days::new(u64::from(ago).checked_mul(7)?))
}

/// Where a date phrase starts, at its own precision.
fn start_of(d: &DatePhrase, base: Option<NaiveDate>) -> Option<Point> {
    match *d {
        DatePhrase::Month {
            year: Some(y),
            month,
        } => Some(Point::Month(y, month)),
        DatePhrase::Month { year: None, month } => {
            let base = base?;
            let y = if month <= base.month() {
                base.year()
            } else {
                base.year().checked_sub(1)?
            };
            Some(Point::Month(y, month))
        }
        DatePhrase::Year(y) => Some(Point::Year(y)),
        DatePhrase::Within { unit, ago } => {
            let base = base?;
            match unit {
                CalendarUnit::Year => Some(Point::Year(
                    base.year().checked_sub(i32::try_from(ago).ok()?)?,
                )),
                CalendarUnit::Month => month_back(base, ago),
                CalendarUnit::Week => monday_back(base, ago).map(Point::Day),
                _ => None,
            }
        }
        _ => day_of(d, base).map(Point::Day),
    }
}

/// A named stretch: its start, and its end when it is over ("last year")
/// or `None` when it runs up to the report ("this year").
fn stretch(d: &DatePhrase, base: Option<NaiveDate>) -> Option<(Point, Option<Point>)> {
    let start = start_of(d, base)?;
    let end = match (*d, start) {
        (DatePhrase::Within { ago: 0, .. }, _) => None,
        (DatePhrase::Within { .. }, Point::Day(monday)) => {
            Some(Point::Day(monday.checked_add_days(Days::new(6))?))
        }
        _ => Some(start),
    };
    Some((start, end))
}

/// The year a point phrase writes, if any.
fn written_year(d: &DatePhrase) -> Option<i32> {
    match *d {
        DatePhrase::Date { year, .. } | DatePhrase::Month { year, .. } => year,
        DatePhrase::Year(y) => Some(y),
        _ => None,
    }
}

/// `d` in year `y` ("March" in 2023).
fn in_year(d: &DatePhrase, y: i32) -> Option<Point> {
    match *d {
        DatePhrase::Date { month, day, .. } => {
            NaiveDate::from_ymd_opt(y, month, day).map(Point::Day)
        }
        DatePhrase::Month { month, .. } => Some(Point::Month(y, month)),
        DatePhrase::Year(y) => Some(Point::Year(y)),
        _ => None,
    }
}

/// The ends of "between A and B". An end with no year takes the other's,
/// so that A comes before B ("from October to March 2023" starts in
/// 2022). With neither year written, both are in base's year ("between
/// January and March" in a February report), unless the whole stretch
/// would lie after base ("between October and December" in a February
/// report is last year's).
fn between_points(
    a: &DatePhrase,
    b: &DatePhrase,
    base: Option<NaiveDate>,
) -> Option<(Point, Point)> {
    // `a` placed on or before `b`, in `b`'s year or the one before.
    let before = |b: Point| -> Option<Point> {
        if written_year(a).is_some() {
            return start_of(a, base);
        }
        let same = in_year(a, b.year())?;
        if same.key() > b.key() {
            in_year(a, b.year().checked_sub(1)?)
        } else {
            Some(same)
        }
    };
    match (written_year(a), written_year(b)) {
        (_, Some(_)) => {
            let b = start_of(b, base)?;
            Some((before(b)?, b))
        }
        (Some(_), None) => {
            let a = start_of(a, base)?;
            let same = in_year(b, a.year())?;
            let b = if same.key() < a.key() {
                in_year(b, a.year().checked_add(1)?)?
            } else {
                same
            };
            Some((a, b))
        }
        (None, None) => {
            let base = base?;
            let now = (base.year(), base.month(), base.day());
            let b_now = in_year(b, base.year())?;
            let a_now = before(b_now)?;
            if a_now.key() > now {
                let b_then = in_year(b, base.year().checked_sub(1)?)?;
                Some((before(b_then)?, b_then))
            } else {
                Some((a_now, b_now))
            }
        }
    }
}

/// The period a period phrase gives, against `base`.
///
/// ```
/// use chrono::NaiveDate;
/// use conflict_figures::calendar::{Anchor, DatePhrase, PeriodPhrase};
/// use conflict_figures::time::period_of;
///
/// let base = NaiveDate::from_ymd_opt(2026, 2, 5);
/// let since = PeriodPhrase::Since(Anchor::Date(DatePhrase::Month { year: Some(2022), month: 2 }));
/// let p = period_of(&since, base).unwrap();
/// assert_eq!((p.from.as_deref(), p.to), (Some("2022-02"), None));
/// ```
pub fn period_of(phrase: &PeriodPhrase<'_>, base: Option<NaiveDate>) -> Option<Period> {
    let (from, to, since) = match *phrase {
        PeriodPhrase::Since(Anchor::Date(d)) => (Some(start_of(&d, base)?), None, None),
        PeriodPhrase::Since(Anchor::Event { words, on }) => {
            let from = on.and_then(|d| start_of(&d, base));
            (from, None, Some(words.to_string()))
        }
        PeriodPhrase::Past { count, unit } => {
            let base = base?;
            let from = match unit {
                CalendarUnit::Hour => {
                    base.checked_sub_days(Days::new(u64::from(count.div_ceil(24))))
                }
                CalendarUnit::Day => base.checked_sub_days(Days::new(u64::from(count))),
                CalendarUnit::Week => base.checked_sub_days(Days::new(u64::from(count) * 7)),
                CalendarUnit::Month => base.checked_sub_months(Months::new(count)),
                CalendarUnit::Year => base.checked_sub_months(Months::new(count.checked_mul(12)?)),
            }?;
            (Some(Point::Day(from)), Some(Point::Day(base)), None)
        }
        PeriodPhrase::In(d) => {
            let (from, to) = stretch(&d, base)?;
            (Some(from), to, None)
        }
        PeriodPhrase::Between(a, b) => {
            let (a, b) = between_points(&a, &b, base)?;
            (Some(a), Some(b), None)
        }
    };
    Some(Period {
        from: from.map(Point::text),
        to: to.map(Point::text),
        since,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// The span of the first `cue` in `s`.
    fn cue(s: &str, cue: &str) -> Option<Span> {
        s.find(cue).map(|at| Span::new(at, at + cue.len()))
    }

    /// The span of the first `figure` in `s`.
    fn fig(s: &str, figure: &str) -> Span {
        let at = s.find(figure).unwrap_or(0);
        Span::new(at, at + figure.len())
    }

    // 2026-02-05 is a Thursday.
    const THU: Option<NaiveDate> = NaiveDate::from_ymd_opt(2026, 2, 5);

    #[test]
    fn statement_date_table() {
        let cases: &[(&str, &str, Option<NaiveDate>)] = &[
            (
                "The ministry said on Wednesday that 40 were killed.",
                "said",
                day(2026, 2, 4),
            ),
            (
                "Officials said Wednesday 40 were killed.",
                "said",
                day(2026, 2, 4),
            ),
            (
                "The army said on Monday night that 12 drones fell.",
                "said",
                day(2026, 2, 2),
            ),
            (
                "The army on Tuesday said 12 drones fell.",
                "said",
                day(2026, 2, 3),
            ),
            (
                "The office rejected the figures on Tuesday and said 40 fled.",
                "said",
                day(2026, 2, 3),
            ),
            (
                "Police said yesterday 12 hostages were freed.",
                "said",
                day(2026, 2, 4),
            ),
            (
                "Medics said in a statement Sunday that 9 died.",
                "said",
                day(2026, 2, 1),
            ),
            (
                "A commander told AFP on Friday that 30 were held.",
                "told",
                day(2026, 1, 30),
            ),
            (
                "The blast was reported by local media on Friday to have hurt 6.",
                "reported by",
                day(2026, 1, 30),
            ),
            (
                "The governor wrote on Telegram on Monday that 5 died.",
                "wrote",
                day(2026, 2, 2),
            ),
            (
                "The army said early Thursday that 3 died.",
                "said",
                day(2026, 2, 5),
            ),
            (
                "On Monday, the health ministry said 80 were hurt.",
                "said",
                day(2026, 2, 2),
            ),
            (
                "Yesterday, police said 12 were detained.",
                "said",
                day(2026, 2, 4),
            ),
            (
                "Officials said on Feb. 3 that 40 were killed.",
                "said",
                day(2026, 2, 3),
            ),
            (
                "Officials said on 30 December that 40 were killed.",
                "said",
                day(2025, 12, 30),
            ),
            (
                "Officials said Feb 5, 2025 that 40 were killed.",
                "said",
                day(2025, 2, 5),
            ),
            // Vague: the day is unknown.
            ("The agency said last year that 3,000 died.", "said", None),
            (
                "The agency said in a report last year that 3,000 died.",
                "said",
                None,
            ),
            (
                "Officials said earlier this week that 300 fled.",
                "said",
                None,
            ),
            ("Officials said last month that 300 fled.", "said", None),
            // Event dates change nothing.
            (
                "Nine people were killed on Saturday, police said.",
                "said",
                THU,
            ),
            (
                "Police said nine people were killed on Saturday.",
                "said",
                THU,
            ),
            ("Police said dozens were killed on Saturday.", "said", THU),
            (
                "Police said that on Saturday nine were killed.",
                "said",
                THU,
            ),
            ("The army said the attack on Monday killed 12.", "said", THU),
            ("Police said since Monday 40 were detained.", "said", THU),
            (
                "In all, 951 were kidnapped this year, according to the UN.",
                "according to",
                THU,
            ),
            ("Some 40 died on Monday, police said.", "said", THU),
            (
                "Fighting raged until Monday and officials said 40 died.",
                "said",
                THU,
            ),
        ];
        for &(s, c, expected) in cases {
            assert_eq!(statement_date(s, cue(s, c), THU), expected, "{s}");
        }
    }

    #[test]
    fn statement_date_without_cue_or_base() {
        let s = "Forty drones were downed on Wednesday.";
        assert_eq!(statement_date(s, None, THU), THU);
        let said = "Officials said Wednesday that 40 died.";
        assert_eq!(statement_date(said, cue(said, "said"), None), None);
        let dated = "Officials said on 4 February 2026 that 40 died.";
        assert_eq!(
            statement_date(dated, cue(dated, "said"), None),
            day(2026, 2, 4)
        );
        assert_eq!(statement_date(said, Some(Span::new(500, 504)), THU), THU);
        assert_eq!(statement_date("é said", Some(Span::new(1, 3)), THU), THU);
    }

    #[test]
    fn weekdays_resolve_to_the_latest_on_or_before_base() {
        use chrono::Weekday::*;
        let wd = |day, last| DatePhrase::Weekday {
            day,
            part: None,
            last,
        };
        // A Thursday report's "Thursday" is that day; its "Wednesday" the day before.
        assert_eq!(day_of(&wd(Thu, false), THU), THU);
        assert_eq!(day_of(&wd(Wed, false), THU), day(2026, 2, 4));
        assert_eq!(day_of(&wd(Fri, false), THU), day(2026, 1, 30));
        assert_eq!(day_of(&wd(Thu, true), THU), day(2026, 1, 29));
        // A Monday report's "Sunday", across a year boundary.
        let monday = day(2024, 1, 1);
        assert_eq!(day_of(&wd(Sun, false), monday), day(2023, 12, 31));
        assert_eq!(day_of(&wd(Mon, false), None), None);
    }

    #[test]
    fn days_without_a_year_are_the_latest_on_or_before_base() {
        let md = |month, d| DatePhrase::Date {
            year: None,
            month,
            day: d,
        };
        let january = day(2024, 1, 3);
        assert_eq!(day_of(&md(12, 30), january), day(2023, 12, 30));
        assert_eq!(day_of(&md(1, 3), january), day(2024, 1, 3));
        assert_eq!(day_of(&md(1, 4), january), day(2023, 1, 4));
        // February 29: the latest leap day.
        assert_eq!(day_of(&md(2, 29), day(2024, 3, 1)), day(2024, 2, 29));
        assert_eq!(day_of(&md(2, 29), day(2026, 3, 1)), day(2024, 2, 29));
        assert_eq!(day_of(&md(2, 30), day(2026, 3, 1)), None);
        assert_eq!(day_of(&md(2, 28), None), None);
    }

    #[test]
    fn yesterday_on_new_year_is_last_year() {
        let yesterday = DatePhrase::DaysAgo {
            days: 1,
            part: None,
        };
        assert_eq!(day_of(&yesterday, day(2024, 1, 1)), day(2023, 12, 31));
        assert_eq!(day_of(&yesterday, day(2024, 3, 1)), day(2024, 2, 29));
        assert_eq!(day_of(&yesterday, day(2023, 3, 1)), day(2023, 2, 28));
        assert_eq!(day_of(&yesterday, Some(NaiveDate::MIN)), None);
        let ages = DatePhrase::DaysAgo {
            days: u32::MAX,
            part: None,
        };
        assert_eq!(day_of(&ages, THU), None);
    }

    #[test]
    fn explicit_dates_need_no_base() {
        let d = |year, month, d| DatePhrase::Date {
            year: Some(year),
            month,
            day: d,
        };
        assert_eq!(day_of(&d(2024, 2, 29), None), day(2024, 2, 29));
        assert_eq!(day_of(&d(2023, 2, 29), None), None);
        assert_eq!(day_of(&DatePhrase::Year(2023), THU), None);
    }

    fn p(from: Option<&str>, to: Option<&str>) -> Option<Period> {
        Some(Period {
            from: from.map(String::from),
            to: to.map(String::from),
            since: None,
        })
    }

    #[test]
    fn period_table() {
        let cases: &[(&str, &str, Option<Period>)] = &[
            (
                "At least 55,000 troops have died since February 2022.",
                "At least 55,000",
                p(Some("2022-02"), None),
            ),
            (
                "Some 14,000 people were killed since 2014.",
                "Some 14,000",
                p(Some("2014"), None),
            ),
            (
                "Some 1,200 people were killed since October 7.",
                "Some 1,200",
                p(Some("2025-10-07"), None),
            ),
            (
                "40 drones were downed over the past day.",
                "40",
                p(Some("2026-02-04"), Some("2026-02-05")),
            ),
            (
                "In the past 24 hours, 40 drones were downed.",
                "40",
                p(Some("2026-02-04"), Some("2026-02-05")),
            ),
            (
                "In the last 48 hours 40 died.",
                "40",
                p(Some("2026-02-03"), Some("2026-02-05")),
            ),
            (
                "Over the past week 300 fled.",
                "300",
                p(Some("2026-01-29"), Some("2026-02-05")),
            ),
            (
                "In 2023, 300 were killed.",
                "300",
                p(Some("2023"), Some("2023")),
            ),
            (
                "Last year 300 were killed.",
                "300",
                p(Some("2025"), Some("2025")),
            ),
            (
                "Last month 300 were killed.",
                "300",
                p(Some("2026-01"), Some("2026-01")),
            ),
            ("This year 300 were killed.", "300", p(Some("2026"), None)),
            (
                "Earlier this week 300 were killed.",
                "300",
                p(Some("2026-02-02"), None),
            ),
            (
                "Last week 300 were killed.",
                "300",
                p(Some("2026-01-26"), Some("2026-02-01")),
            ),
            (
                "Between January and March, 300 were killed.",
                "300",
                p(Some("2026-01"), Some("2026-03")),
            ),
            (
                "Between October and January, 300 were killed.",
                "300",
                p(Some("2025-10"), Some("2026-01")),
            ),
            (
                "Between October and December, 300 were killed.",
                "300",
                p(Some("2025-10"), Some("2025-12")),
            ),
            (
                "Between Feb. 1 and Feb. 3, 300 were killed.",
                "300",
                p(Some("2026-02-01"), Some("2026-02-03")),
            ),
            (
                "From March to May 2023, 300 were killed.",
                "300",
                p(Some("2023-03"), Some("2023-05")),
            ),
            (
                "From October to March 2023, 300 fled.",
                "300",
                p(Some("2022-10"), Some("2023-03")),
            ),
            (
                "From October 2016 to June 2017, 900,000 fled.",
                "900,000",
                p(Some("2016-10"), Some("2017-06")),
            ),
            (
                "From March 2023 to January, 300 fled.",
                "300",
                p(Some("2023-03"), Some("2024-01")),
            ),
            (
                "Between 2014 and 2016, 300 fled.",
                "300",
                p(Some("2014"), Some("2016")),
            ),
            (
                "Since the beginning of the year 300 fled.",
                "300",
                p(Some("2026"), None),
            ),
            // No period.
            ("300 were killed on Monday.", "300", None),
            (
                "300 fled in 2023; since 2014, 9,000 died.",
                "300",
                p(Some("2023"), Some("2023")),
            ),
            ("300 fled; since 2014, 9,000 died.", "300", None),
            (
                "The agency said in a report last year that 3,000 died.",
                "3,000",
                None,
            ),
            ("Officials said last year that 3,000 died.", "3,000", None),
        ];
        for (s, figure, expected) in cases {
            assert_eq!(period(s, fig(s, figure), THU), *expected, "{s}");
        }
    }

    #[test]
    fn period_of_an_event_keeps_its_words() {
        let s = "Some 80,000 soldiers have died since the start of the war.";
        let want = Some(Period {
            from: None,
            to: None,
            since: Some("the start of the war".into()),
        });
        assert_eq!(period(s, fig(s, "Some 80,000"), THU), want);
        assert_eq!(period(s, fig(s, "Some 80,000"), None), want);
    }

    #[test]
    fn period_prefers_the_nearest_phrase() {
        let s = "In 2023, officials said, 300 died in the past week.";
        assert_eq!(
            period(s, fig(s, "300"), THU),
            p(Some("2026-01-29"), Some("2026-02-05"))
        );
    }

    #[test]
    fn periods_without_base() {
        let past = "40 died over the past day.";
        assert_eq!(period(past, fig(past, "40"), None), None);
        let year = "In 2023, 300 died.";
        assert_eq!(
            period(year, fig(year, "300"), None),
            p(Some("2023"), Some("2023"))
        );
        let since = "Since March 300 died.";
        assert_eq!(period(since, fig(since, "300"), None), None);
        assert_eq!(period(since, Span::new(90, 99), THU), None);
    }

    #[test]
    fn dates_answer_as_the_free_functions() {
        for s in [
            "Police said on Monday that 40 died in 2023, up from 12 in 2022.",
            "In the past week 300 fled; since 2014, 9,000 died, officials said yesterday.",
            "Officials said 1,200 fled in 2024 nearly 300 more since March.",
            "From March to May 2023 some 300 were killed, the army said Sunday; 20 last year.",
        ] {
            let dates = Dates::new(s);
            let starts: Vec<usize> = (0..=s.len()).filter(|&k| s.is_char_boundary(k)).collect();
            for &k in &starts {
                let cue = Some(Span::new(k, (k + 4).min(s.len())));
                assert_eq!(
                    dates.statement_date(cue, THU),
                    statement_date(s, cue, THU),
                    "{s} {k}"
                );
            }
            for (a, b) in s.match_indices(char::is_numeric).map(|(a, _)| (a, a + 1)) {
                for &upto in starts.iter().filter(|&&u| u >= b) {
                    let figure = Span::new(a, b);
                    assert_eq!(
                        dates.period(figure, upto, None, THU),
                        period(&s[..upto], figure, THU),
                        "{s} {a} {upto}"
                    );
                }
            }
            assert_eq!(
                dates.period(Span::new(0, 1), s.len() + 9, None, THU),
                period(s, Span::new(0, 1), THU)
            );
        }
    }

    /// A report's text, its dateline's length in bytes (0: none), one of
    /// its sentences, and the date that sentence's "said" states.
    type InReport<'a> = (&'a str, usize, &'a str, Option<NaiveDate>);

    fn said_in_report(cases: &[InReport<'_>]) {
        for &(text, dateline, sentence, expected) in cases {
            let dateline = (dateline > 0).then(|| Span::new(0, dateline));
            let style = DateStyle::new(text, dateline);
            let said = cue(sentence, "said");
            let got = Dates::in_report(sentence, &style).statement_date(said, None);
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn slashed_dates_follow_the_report_order() {
        let cases: &[InReport<'_>] = &[
            // The dateline's city or country writes the day first.
            (
                "LAGOS, 05/07/2024 - x",
                18,
                "Police said on 03/07/2024 that 9 died.",
                day(2024, 7, 3),
            ),
            (
                "QAMISHLI, Syria, 12/01/2025 (AFP) - x",
                35,
                "Police said on 10/01/2025 that 9 died.",
                day(2025, 1, 10),
            ),
            (
                "ADDIS ABABA (Reuters) - x",
                23,
                "Police said on 04/11/2024 that 9 died.",
                day(2024, 11, 4),
            ),
            // A date the report writes day first, with no dateline.
            (
                "Police said on 04/11/2024 that 9 died, after 25/10/2024.",
                0,
                "Police said on 04/11/2024 that 9 died.",
                day(2024, 11, 4),
            ),
            // The report's own dates win over the dateline's country.
            (
                "LAGOS - The US embassy said on 10/28/2024 it would close.",
                7,
                "Police said on 03/07/2024 that 9 died.",
                day(2024, 3, 7),
            ),
        ];
        said_in_report(cases);
    }

    #[test]
    fn not_slashed_dates_turned() {
        let cases: &[InReport<'_>] = &[
            // Month first where the US or the Philippines files the report,
            // where nothing tells, and where Canada writes both.
            (
                "WASHINGTON (AP) - x",
                17,
                "Police said on 03/07/2024 that 9 died.",
                day(2024, 3, 7),
            ),
            (
                "MANILA, 05/07/2024 - x",
                20,
                "Police said on 03/07/2024 that 9 died.",
                day(2024, 3, 7),
            ),
            (
                "Talks went on.",
                0,
                "Police said on 03/07/2024 that 9 died.",
                day(2024, 3, 7),
            ),
            (
                "OTTAWA, Canada - x",
                16,
                "Police said on 03/07/2024 that 9 died.",
                day(2024, 3, 7),
            ),
            // A first number over 12, or the same day twice, reads one way.
            (
                "LAGOS - x",
                7,
                "Police said on 13/07/2024 that 9 died.",
                day(2024, 7, 13),
            ),
            (
                "LAGOS - x",
                7,
                "Police said on 07/07/2024 that 9 died.",
                day(2024, 7, 7),
            ),
            // Dotted dates are day first anyway.
            (
                "WASHINGTON - x",
                12,
                "Police said on 03.07.2024 that 9 died.",
                day(2024, 7, 3),
            ),
        ];
        said_in_report(cases);
    }

    #[test]
    fn document_date_reads_a_slashed_dateline_in_its_country_order() {
        let text = "Fighting resumes\n\nNAIROBI, 06/11/2024 (Reuters) - Clashes went on.";
        let at = text.find("NAIROBI").unwrap_or(0);
        let dateline = Some(Span::new(at, at + 33));
        assert_eq!(document_date(text, dateline, None), day(2024, 11, 6));
        let text = "Updated: 06/11/2024\nLAGOS - Clashes went on.";
        assert_eq!(document_date(text, None, None), day(2024, 6, 11));
        let text = "Updated: 06/11/2024\nClashes went on until 20/10/2024.";
        assert_eq!(document_date(text, None, None), day(2024, 11, 6));
    }

    #[test]
    fn document_date_reads_date_lines() {
        let cases: &[(&str, Option<NaiveDate>)] = &[
            ("Talks resume\n\nby Staff Writers\nGeneva (AFP) Feb 5, 2026\n\nText.", day(2026, 2, 5)),
            ("Updated: 07/05/2024\nTroops withdrew.", day(2024, 7, 5)),
            ("Published On 30 May 2023\nTroops withdrew.", day(2023, 5, 30)),
            ("Sunday 28 August 2016\n\nHeadline here", day(2016, 8, 28)),
            (
                "GENEVA, Nov 15, 2020 (AFP) – Around 25,000 people fleeing the fighting in the north have crossed the border, officials said.",
                day(2020, 11, 15),
            ),
            // A caption naming a date mid-sentence is no date line.
            (
                "A woman walks past a shelled building in the city centre, on Tuesday, March 3, 2025, as smoke rises. (Photo)",
                None,
            ),
            ("No dates at all.\nNone here either.", None),
            ("Feb 5\nno year.", None),
        ];
        for &(text, expected) in cases {
            assert_eq!(document_date(text, None, None), expected, "{text}");
        }
    }

    #[test]
    fn document_date_prefers_published_then_dateline() {
        let text = "KYIV, March 2, 2025 (Wire) - Text.\nUpdated: 03/04/2025";
        let published = day(2025, 3, 9);
        assert_eq!(document_date(text, None, published), published);
        assert_eq!(
            document_date(text, Some(Span::new(0, 28)), None),
            day(2025, 3, 2)
        );
        // A dateline without a date falls back to the top of the text.
        let text = "KYIV (Wire) — Text.\nUpdated: 03/04/2025";
        assert_eq!(
            document_date(text, Some(Span::new(0, 13)), None),
            day(2025, 3, 4)
        );
        assert_eq!(
            document_date(text, Some(Span::new(0, 999)), None),
            day(2025, 3, 4)
        );
    }

    #[test]
    fn top_of_text_is_bounded() {
        let mut text = "x".repeat(3000);
        text.push_str("\nFeb 5, 2026");
        assert_eq!(document_date(&text, None, None), None);
        let mut wide = "é".repeat(1500);
        wide.push_str("\nFeb 5, 2026");
        assert_eq!(document_date(&wide, None, None), None);
    }
}
