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

/// How a report writes a slashed date whose first two numbers could each
/// be the month ("06/11/2024").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SlashOrder {
    /// Month, day, year: "06/11/2024" is 11 June, as US copy writes it.
    #[default]
    MonthFirst,
    /// Day, month, year: "06/11/2024" is 6 November, as most of the world
    /// writes it.
    DayFirst,
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

/// A name a date phrase may start with, capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Name {
    /// "March", "Feb".
    Month,
    /// "Monday".
    Weekday,
}

/// A word the grammar may read after another, and the words that may
/// follow it in turn (empty: any): "in *the* past", "so *far*".
type Follower = (&'static str, &'static [&'static str]);

/// What may follow a starter for a phrase to open there.
///
/// The scanner reads the next run of ASCII letters and digits (and, for a
/// word of [`Next::words`] with followers of its own, the run after it)
/// and skips a starter that fits none of these, so most "the", "in" and
/// "on" cost no parse. Each set holds every word the grammar can read
/// next, so the filter never turns a phrase away; the grammar skips only
/// spaces and punctuation between words, never letters or digits, so the
/// next run is the word it reads.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Next {
    /// Anything, or nothing: "yesterday", "Wednesday", "since …".
    pub(crate) any: bool,
    /// A number in digits: "Feb. *5*", "in *2023*".
    pub(crate) digit: bool,
    /// A month, capitalised: "in *March*", "5 *February*".
    pub(crate) month: bool,
    /// A weekday, capitalised: "on *Monday*", "last *Friday*".
    pub(crate) weekday: bool,
    /// These words, case ignored: "the *past*", "so *far*".
    pub(crate) words: &'static [Follower],
}

impl Next {
    /// True when the words of `bytes` from byte `from` on may carry a
    /// phrase on.
    pub(crate) fn admits(&self, bytes: &[u8], from: usize) -> bool {
        if self.any {
            return true;
        }
        let (end, run) = next_run(bytes, from);
        let Some(&first) = run.first() else {
            return false;
        };
        if first.is_ascii_digit() {
            return self.digit;
        }
        if first.is_ascii_uppercase() && (self.month || self.weekday) {
            let named = match FIRST_WORDS.get(run).and_then(|s| s.name) {
                Some(Name::Month) => self.month,
                Some(Name::Weekday) => self.weekday,
                None => false,
            };
            if named {
                return true;
            }
        }
        self.words.iter().any(|&(w, then)| {
            same_word(w.as_bytes(), run)
                && (then.is_empty() || {
                    let (_, after) = next_run(bytes, end);
                    then.iter().any(|t| same_word(t.as_bytes(), after))
                })
        })
    }
}

/// The next run of ASCII letters and digits at or after byte `from` of
/// `bytes`, past anything else, and the byte where it ends; empty at the
/// end of the text.
pub(crate) fn next_run(bytes: &[u8], from: usize) -> (usize, &[u8]) {
    let tail = bytes.get(from..).unwrap_or_default();
    let start = tail
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .unwrap_or(tail.len());
    let tail = tail.get(start..).unwrap_or_default();
    let len = tail
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    (from + start + len, tail.get(..len).unwrap_or_default())
}

/// Anything may follow.
const ANY: Next = Next {
    any: true,
    digit: false,
    month: false,
    weekday: false,
    words: &[],
};

/// Only the given words may follow.
const fn only(words: &'static [Follower]) -> Next {
    Next {
        any: false,
        digit: false,
        month: false,
        weekday: false,
        words,
    }
}

/// A day, a month or a year: "on *Monday*", "between *March* and …",
/// "from *2014* to …", "on *5* May"; after "on", also "on *last* Friday".
const DATED: Next = Next {
    any: false,
    digit: true,
    month: true,
    weekday: true,
    words: &[],
};

/// "the past", "the last", "the previous".
const PAST_WORDS: &[&str] = &["past", "last", "previous"];

/// After a preposition of "past": "over *the* past week".
const THE_PAST: &[Follower] = &[("the", PAST_WORDS)];

/// After "in", "during", "throughout": "in *the* past day", "in *2023*",
/// "in *March*", "in *this*/*last* year", "in *earlier* this week", "in
/// *so* far this year".
const IN_NEXT: Next = Next {
    any: false,
    digit: true,
    month: true,
    weekday: false,
    words: &[
        ("the", PAST_WORDS),
        ("earlier", &[]),
        ("so", &[]),
        ("this", &[]),
        ("last", &[]),
    ],
};

/// Units: "two *days* ago", "last *week*".
const UNIT_WORDS: &[Follower] = &[
    ("hour", &[]),
    ("hours", &[]),
    ("day", &[]),
    ("days", &[]),
    ("week", &[]),
    ("weeks", &[]),
    ("month", &[]),
    ("months", &[]),
    ("year", &[]),
    ("years", &[]),
];

/// After "this": a unit or a part of the day ("this *year*", "this
/// *morning*").
const THIS_NEXT: &[Follower] = &[
    ("hour", &[]),
    ("hours", &[]),
    ("day", &[]),
    ("days", &[]),
    ("week", &[]),
    ("weeks", &[]),
    ("month", &[]),
    ("months", &[]),
    ("year", &[]),
    ("years", &[]),
    ("morning", &[]),
    ("afternoon", &[]),
    ("evening", &[]),
    ("night", &[]),
    ("overnight", &[]),
];

/// After "last": a weekday, a unit or "night" ("last *Friday*", "last
/// *month*", "last *night*").
const LAST_NEXT: Next = Next {
    any: false,
    digit: false,
    month: false,
    weekday: true,
    words: &[
        ("hour", &[]),
        ("hours", &[]),
        ("day", &[]),
        ("days", &[]),
        ("week", &[]),
        ("weeks", &[]),
        ("month", &[]),
        ("months", &[]),
        ("year", &[]),
        ("years", &[]),
        ("night", &[]),
    ],
};

/// After "early", "late": "early *Thursday*", "late *on* Sunday", "early
/// *last* Monday".
const EDGE_NEXT: Next = Next {
    any: false,
    digit: false,
    month: false,
    weekday: true,
    words: &[("on", &[]), ("last", &[])],
};

/// Words that open a date phrase without being a month or a weekday, with
/// the rules each may open and what may follow them.
static OPENERS: &[(&str, u8, Next)] = {
    use opens::*;
    &[
        (
            "on",
            DATE,
            Next {
                words: &[("last", &[])],
                ..DATED
            },
        ),
        ("in", PAST | STRETCH, IN_NEXT),
        ("since", SINCE, ANY),
        ("over", PAST, only(THE_PAST)),
        ("during", PAST | STRETCH, IN_NEXT),
        ("throughout", STRETCH, IN_NEXT),
        ("for", PAST, only(THE_PAST)),
        ("within", PAST, only(THE_PAST)),
        ("between", BETWEEN, DATED),
        ("from", BETWEEN, DATED),
        // "the past week", "the day before yesterday"
        (
            "the",
            PAST | DATE,
            only(&[
                ("past", &[]),
                ("last", &[]),
                ("previous", &[]),
                ("day", &[]),
            ]),
        ),
        ("last", STRETCH | DATE, LAST_NEXT),
        ("this", STRETCH | DATE, only(THIS_NEXT)),
        (
            "earlier",
            STRETCH | DATE,
            only(&[("this", &[]), ("today", &[])]),
        ),
        ("so", STRETCH, only(&[("far", &[])])),
        ("early", DATE, EDGE_NEXT),
        ("late", DATE, EDGE_NEXT),
        ("later", DATE, only(&[("today", &[])])),
        ("yesterday", DATE, ANY),
        ("today", DATE, ANY),
        ("tonight", DATE, ANY),
        ("overnight", DATE, ANY),
        // "two days ago", "three weeks ago"
        ("two", DATE, only(UNIT_WORDS)),
        ("three", DATE, only(UNIT_WORDS)),
        ("four", DATE, only(UNIT_WORDS)),
        ("five", DATE, only(UNIT_WORDS)),
        ("six", DATE, only(UNIT_WORDS)),
        ("seven", DATE, only(UNIT_WORDS)),
        ("eight", DATE, only(UNIT_WORDS)),
        ("nine", DATE, only(UNIT_WORDS)),
        ("ten", DATE, only(UNIT_WORDS)),
    ]
};

/// What may follow a number in digits that opens a date: a month ("5
/// *February*"), "of" ("5th *of* May") or a unit ("3 *weeks* ago"). A
/// number followed by "-", "/" or "." (numeric dates) or by letters ("5th")
/// is always tried.
pub(crate) const AFTER_DIGITS: Next = Next {
    any: false,
    digit: false,
    month: true,
    weekday: false,
    words: &[
        ("of", &[]),
        ("hour", &[]),
        ("hours", &[]),
        ("day", &[]),
        ("days", &[]),
        ("week", &[]),
        ("weeks", &[]),
        ("month", &[]),
        ("months", &[]),
        ("year", &[]),
        ("years", &[]),
    ],
};

/// A word a date phrase may start with.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Starter {
    /// The rules it may open, as [`opens`] bits.
    pub(crate) rules: u8,
    /// For months and weekdays, which count only capitalised.
    pub(crate) name: Option<Name>,
    /// What must follow it.
    pub(crate) next: Next,
}

/// Every word a date phrase can start with (digits aside): the openers,
/// the month names (a number must follow: "Feb. 5", "July 2024") and the
/// weekdays (dates).
pub(crate) static STARTERS: LazyLock<Lexicon<Starter>> = LazyLock::new(|| {
    let mut rows: Vec<(&'static str, Starter)> = OPENERS
        .iter()
        .map(|&(w, rules, next)| {
            let s = Starter {
                rules,
                name: None,
                next,
            };
            (w, s)
        })
        .collect();
    let month = Starter {
        rules: opens::DATE,
        name: Some(Name::Month),
        next: Next {
            any: false,
            digit: true,
            month: false,
            weekday: false,
            words: &[],
        },
    };
    let weekday = Starter {
        rules: opens::DATE,
        name: Some(Name::Weekday),
        next: ANY,
    };
    rows.extend(MONTHS.phrases().into_iter().map(|w| (w, month)));
    rows.extend(WEEKDAYS.phrases().into_iter().map(|w| (w, weekday)));
    Lexicon::from_rows(rows)
});

/// Longest starter word, in bytes ("throughout").
const MAX_STARTER: usize = 15;

/// The [`STARTERS`] words indexed by first letter, length and last
/// letter: the scanner's lookup, which turns most words away with one
/// table read and never hashes.
pub(crate) struct FirstWords {
    /// For each key (see [`FirstWords::key`]), 1 + the index in `rows` of
    /// the first starter with that key, or 0 for none.
    cells: Vec<u8>,
    /// The starters, sorted by key.
    rows: Vec<(usize, &'static [u8], Starter)>,
}

impl FirstWords {
    /// The cell of a word of ASCII letters, case ignored: first letter,
    /// length (1 to [`MAX_STARTER`]) and last letter.
    #[inline]
    fn key(word: &[u8]) -> Option<usize> {
        let (&first, &last) = (word.first()?, word.last()?);
        let letter = |b: u8| {
            b.is_ascii_alphabetic()
                .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
        };
        let (first, last) = (letter(first)?, letter(last)?);
        if word.len() > MAX_STARTER {
            return None;
        }
        Some((first * (MAX_STARTER + 1) + word.len()) * 26 + last)
    }

    /// The starter `word` (ASCII letters, case ignored) is, if any. Most
    /// words are turned away by one table read: no starter shares their
    /// first letter, length and last letter.
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<&Starter> {
        let key = Self::key(word)?;
        let first = usize::from(*self.cells.get(key)?).checked_sub(1)?;
        self.rows
            .get(first..)?
            .iter()
            .take_while(|r| r.0 == key)
            .find(|r| same_word(r.1, word))
            .map(|r| &r.2)
    }
}

/// True when the lower-case word `lower` is `word`, ASCII case ignored.
#[inline]
fn same_word(lower: &[u8], word: &[u8]) -> bool {
    lower.len() == word.len()
        && lower
            .iter()
            .zip(word)
            .all(|(a, b)| *a == b.to_ascii_lowercase())
}

/// [`STARTERS`] by first letter, length and last letter.
pub(crate) static FIRST_WORDS: LazyLock<FirstWords> = LazyLock::new(|| {
    let mut rows: Vec<(usize, &'static [u8], Starter)> = STARTERS
        .phrases()
        .into_iter()
        .filter_map(|w| {
            let key = FirstWords::key(w.as_bytes());
            debug_assert!(key.is_some(), "starter out of the index: {w}");
            Some((key?, w.as_bytes(), STARTERS.get(w)?))
        })
        .collect();
    rows.sort_by_key(|r| r.0);
    let mut cells = vec![0u8; 26 * (MAX_STARTER + 1) * 26];
    for (k, row) in rows.iter().enumerate().rev() {
        if let (Some(cell), Ok(at)) = (cells.get_mut(row.0), u8::try_from(k + 1)) {
            *cell = at;
        }
    }
    FirstWords { cells, rows }
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

/// Countries that write slashed dates month first ("06/11/2024" is
/// 11 June): a dateline in one of them reads them so. Canada writes both
/// ways and is left out; every other country a dateline names writes the
/// day first.
pub(crate) const MONTH_FIRST_COUNTRIES: &[&str] = &["United States", "Philippines"];

/// Countries whose datelines say nothing of the order: both are common.
pub(crate) const MIXED_ORDER_COUNTRIES: &[&str] = &["Canada"];

/// Dateline cities the place table does not hold, with the order their
/// country writes slashed dates in: the wire hubs and capitals a report
/// is most often filed from.
pub(crate) static DATELINE_CITIES: LazyLock<Lexicon<SlashOrder>> = LazyLock::new(|| {
    use SlashOrder::*;
    static ROWS: &[(&str, SlashOrder)] = &[
        ("new york", MonthFirst),
        ("manila", MonthFirst),
        ("davao", MonthFirst),
        ("cotabato", MonthFirst),
        ("marawi", MonthFirst),
        ("lagos", DayFirst),
        ("new delhi", DayFirst),
        ("delhi", DayFirst),
        ("mumbai", DayFirst),
        ("kolkata", DayFirst),
        ("chennai", DayFirst),
        ("srinagar", DayFirst),
        ("jammu", DayFirst),
        ("kampala", DayFirst),
        ("istanbul", DayFirst),
        ("johannesburg", DayFirst),
        ("pretoria", DayFirst),
        ("harare", DayFirst),
        ("accra", DayFirst),
        ("dakar", DayFirst),
        ("colombo", DayFirst),
        ("kathmandu", DayFirst),
        ("bangkok", DayFirst),
        ("jakarta", DayFirst),
        ("kuala lumpur", DayFirst),
        ("sydney", DayFirst),
        ("canberra", DayFirst),
        ("yaounde", DayFirst),
        ("asmara", DayFirst),
        ("tunis", DayFirst),
        ("algiers", DayFirst),
        ("rabat", DayFirst),
        ("geneva", DayFirst),
        ("brussels", DayFirst),
        ("the hague", DayFirst),
        ("amman", DayFirst),
        ("doha", DayFirst),
        ("dubai", DayFirst),
        ("abu dhabi", DayFirst),
        ("muscat", DayFirst),
        ("tbilisi", DayFirst),
        ("mexico city", DayFirst),
        ("caracas", DayFirst),
        ("lima", DayFirst),
        ("buenos aires", DayFirst),
        ("santiago", DayFirst),
        ("quito", DayFirst),
        ("managua", DayFirst),
        ("nicosia", DayFirst),
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
    fn first_words_are_the_starters() {
        for w in [
            "on",
            "Since",
            "sept",
            "May",
            "Wednesday",
            "yesterday",
            "THE",
        ] {
            assert!(FIRST_WORDS.get(w.as_bytes()).is_some(), "{w}");
        }
        for w in [
            "said", "troops", "sun", "wed", "", "o", "thee", "x", "1", "é",
        ] {
            assert!(FIRST_WORDS.get(w.as_bytes()).is_none(), "{w}");
        }
        for w in STARTERS.phrases() {
            let (a, b) = (FIRST_WORDS.get(w.as_bytes()), STARTERS.get(w));
            assert_eq!(a.map(|s| s.rules), b.map(|s| s.rules), "{w}");
        }
    }

    #[test]
    fn month_names_match_the_month_table() {
        for (k, name) in MONTH_NAMES.iter().enumerate() {
            assert_eq!(MONTHS.get(name), Some(k as u32 + 1));
        }
    }
}
