//! Calendar words: weekdays, parts of the day, units of time, and the
//! words that can open a date phrase. Month names live in
//! [`super::context::MONTHS`].

use super::context::MONTHS;
use super::Lexicon;
use chrono::Weekday;
use std::sync::LazyLock;

/// A part of the day the text names beside a day: "on Monday *night*",
/// "*early* Thursday", "*this morning*".
///
/// When the text names both an edge and a part ("early Thursday morning"),
/// the part is kept: it is the more specific word.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayPart {
    /// "early Thursday", "early on Monday".
    Early,
    /// "late Sunday", "late on Sunday".
    Late,
    /// "Monday morning", "this morning".
    Morning,
    /// "Tuesday afternoon", "this afternoon".
    Afternoon,
    /// "Friday evening", "this evening".
    Evening,
    /// "Saturday night", "tonight", "last night".
    Night,
    /// "overnight", "overnight Sunday".
    Overnight,
}

/// A unit of calendar time: "the past 24 *hours*", "last *month*".
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalendarUnit {
    /// "hour", "hours".
    Hour,
    /// "day", "days".
    Day,
    /// "week", "weeks".
    Week,
    /// "month", "months".
    Month,
    /// "year", "years".
    Year,
}

/// Full month names, for telling "Sept." (an abbreviation, which may take
/// a full stop) from "May." (a full name ending a sentence).
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekdays, full names only: "Sun" and "Wed" are words of their own far
/// more often than days in running text.
pub(crate) static WEEKDAYS: LazyLock<Lexicon<Weekday>> = LazyLock::new(|| {
    use Weekday::*;
    static ROWS: &[(&str, Weekday)] = &[
        ("monday", Mon),
        ("tuesday", Tue),
        ("wednesday", Wed),
        ("thursday", Thu),
        ("friday", Fri),
        ("saturday", Sat),
        ("sunday", Sun),
    ];
    Lexicon::new(ROWS)
});

/// Parts of the day written after a day: "Monday night", "this morning".
pub(crate) static DAY_PARTS: LazyLock<Lexicon<DayPart>> = LazyLock::new(|| {
    use DayPart::*;
    static ROWS: &[(&str, DayPart)] = &[
        ("morning", Morning),
        ("afternoon", Afternoon),
        ("evening", Evening),
        ("night", Night),
        ("overnight", Overnight),
    ];
    Lexicon::new(ROWS)
});

/// Edges of the day written before it: "early Thursday", "late on Sunday".
pub(crate) static DAY_EDGES: LazyLock<Lexicon<DayPart>> = LazyLock::new(|| {
    use DayPart::*;
    static ROWS: &[(&str, DayPart)] = &[("early", Early), ("late", Late), ("overnight", Overnight)];
    Lexicon::new(ROWS)
});

/// Units of time, singular and plural.
pub(crate) static UNITS: LazyLock<Lexicon<CalendarUnit>> = LazyLock::new(|| {
    use CalendarUnit::*;
    static ROWS: &[(&str, CalendarUnit)] = &[
        ("hour", Hour),
        ("hours", Hour),
        ("day", Day),
        ("days", Day),
        ("week", Week),
        ("weeks", Week),
        ("month", Month),
        ("months", Month),
        ("year", Year),
        ("years", Year),
    ];
    Lexicon::new(ROWS)
});

/// Which rules a word may open, as bits: the scanner runs only those.
pub(crate) mod opens {
    /// A date: "on Monday", "yesterday", "Feb. 5", "two days ago".
    pub(crate) const DATE: u8 = 1;
    /// "since …".
    pub(crate) const SINCE: u8 = 2;
    /// "(over) the past …".
    pub(crate) const PAST: u8 = 4;
    /// "between … and …", "from … to …".
    pub(crate) const BETWEEN: u8 = 8;
    /// "in 2023", "last year", "earlier this week".
    pub(crate) const STRETCH: u8 = 16;
}

/// Words that open a date phrase without being a month or a weekday, with
/// the rules each may open.
static OPENERS: &[(&str, u8)] = {
    use opens::*;
    &[
        ("on", DATE),
        ("in", PAST | STRETCH),
        ("since", SINCE),
        ("over", PAST),
        ("during", PAST | STRETCH),
        ("throughout", STRETCH),
        ("for", PAST),
        ("within", PAST),
        ("between", BETWEEN),
        ("from", BETWEEN),
        ("the", PAST | DATE),
        ("last", STRETCH | DATE),
        ("this", STRETCH | DATE),
        ("earlier", STRETCH | DATE),
        ("so", STRETCH),
        ("early", DATE),
        ("late", DATE),
        ("later", DATE),
        ("yesterday", DATE),
        ("today", DATE),
        ("tonight", DATE),
        ("overnight", DATE),
        // "two days ago", "three weeks ago"
        ("two", DATE),
        ("three", DATE),
        ("four", DATE),
        ("five", DATE),
        ("six", DATE),
        ("seven", DATE),
        ("eight", DATE),
        ("nine", DATE),
        ("ten", DATE),
    ]
};

/// Every word a date phrase can start with (digits aside), with the rules
/// it may open: the openers, the month names and the weekdays (dates). The
/// scanner tries a parse only at these words.
pub(crate) static STARTERS: LazyLock<Lexicon<u8>> = LazyLock::new(|| {
    let mut rows: Vec<(&'static str, u8)> = OPENERS.to_vec();
    rows.extend(MONTHS.phrases().into_iter().map(|w| (w, opens::DATE)));
    rows.extend(WEEKDAYS.phrases().into_iter().map(|w| (w, opens::DATE)));
    Lexicon::from_rows(rows)
});

/// Prepositions that may open the words between a speech verb and the
/// date it was said on: "said *in a statement* Sunday", "wrote *on
/// Telegram* on Monday", "said *to reporters* on Friday".
pub(crate) static CUE_FILLER_OPENERS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("in", ()),
        ("on", ()),
        ("at", ()),
        ("via", ()),
        ("through", ()),
        ("to", ()),
        ("during", ()),
        ("with", ()),
    ];
    Lexicon::new(ROWS)
});

/// Cues followed by whom was told or by the source itself, so that words
/// may stand between the cue and its date: "told *AFP* on Friday",
/// "according to *the ministry* on Monday".
pub(crate) static OBJECT_CUES: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("told", ()),
        ("tells", ()),
        ("tell", ()),
        ("telling", ()),
        ("according", ()),
        ("informed", ()),
        ("briefed", ()),
        ("quoted", ()),
        ("cited", ()),
    ];
    Lexicon::new(ROWS)
});

/// Words that start a new clause or carry a verb: the words between a cue
/// and a date may not hold them ("said *that* on Monday …", "said dozens
/// *were* killed on Monday").
pub(crate) static CLAUSE_WORDS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("that", ()),
        ("which", ()),
        ("who", ()),
        ("and", ()),
        ("but", ()),
        ("or", ()),
        ("as", ()),
        ("after", ()),
        ("before", ()),
        ("when", ()),
        ("while", ()),
        ("since", ()),
        ("if", ()),
        ("because", ()),
        ("was", ()),
        ("were", ()),
        ("is", ()),
        ("are", ()),
        ("be", ()),
        ("been", ()),
        ("being", ()),
        ("had", ()),
        ("has", ()),
        ("have", ()),
        ("will", ()),
        ("would", ()),
        ("could", ()),
        ("may", ()),
        ("might", ()),
        ("killed", ()),
        ("died", ()),
        ("wounded", ()),
        ("injured", ()),
    ];
    Lexicon::new(ROWS)
});

/// Words after which a period phrase dates the report, not the figure:
/// "said last year", "in a report last year", "a statement this week".
pub(crate) static SPEECH_WORDS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("said", ()),
        ("says", ()),
        ("told", ()),
        ("reported", ()),
        ("announced", ()),
        ("stated", ()),
        ("added", ()),
        ("wrote", ()),
        ("published", ()),
        ("released", ()),
        ("report", ()),
        ("statement", ()),
        ("interview", ()),
        ("briefing", ()),
        ("update", ()),
    ];
    Lexicon::new(ROWS)
});

/// Words that may follow "the" in the name of an event a period starts
/// from, though they are function words elsewhere: "since the start *of*
/// *the* war", "since *its* invasion".
pub(crate) static ANCHOR_JOINERS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("of", ()),
        ("the", ()),
        ("a", ()),
        ("its", ()),
        ("their", ()),
        ("first", ()),
        ("last", ()),
    ];
    Lexicon::new(ROWS)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starters_hold_every_kind_of_first_word() {
        for w in ["on", "Since", "sept", "May", "Wednesday", "yesterday"] {
            assert!(STARTERS.get(w).is_some(), "{w}");
        }
        for w in ["said", "troops", "sun", "wed"] {
            assert!(STARTERS.get(w).is_none(), "{w}");
        }
    }

    #[test]
    fn month_names_match_the_month_table() {
        for (k, name) in MONTH_NAMES.iter().enumerate() {
            assert_eq!(MONTHS.get(name), Some(k as u32 + 1));
        }
    }
}
