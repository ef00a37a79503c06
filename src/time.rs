//! Time: the date each figure was stated and the period it covers,
//! resolved with chrono against the document's date.
//!
//! STUB: to be replaced by the real time stage.

use crate::span::Span;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The stretch of time a figure covers, when the text bounds it ("since
/// February 2022", "in the past 24 hours").
///
/// Each end is a date at the precision the text gives: `"2022"`,
/// `"2022-02"` or `"2022-02-24"`; `null` when open.
///
/// ```
/// use conflict_figures::Period;
/// let p = Period { from: Some("2022-02".into()), to: None };
/// assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"from":"2022-02","to":null}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    /// Start, inclusive, or `None` when open.
    pub from: Option<String>,
    /// End, inclusive, or `None` when open (up to the report).
    pub to: Option<String>,
}

/// The date the document speaks from: `published` when known, otherwise
/// the date its dateline gives (`dateline` is a span of `text`).
pub fn document_date(
    text: &str,
    dateline: Option<Span>,
    published: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let _ = (text, dateline);
    published
}

/// The date a figure in `sentence` was stated. `cue` is the span, relative
/// to `sentence`, of the words crediting it ("said on Wednesday"), if any;
/// `base` is the document's date.
pub fn statement_date(
    sentence: &str,
    cue: Option<Span>,
    base: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let _ = (sentence, cue);
    base
}

/// The period the text gives a figure at `figure` (relative to
/// `sentence`), resolved against `base`.
pub fn period(sentence: &str, figure: Span, base: Option<NaiveDate>) -> Option<Period> {
    let _ = (sentence, figure, base);
    None
}
