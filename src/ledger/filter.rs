//! Choosing claims by what they are about, who says them and when.

use super::subject::subject_kind;
use crate::claim::Claim;
use crate::vocabulary::Event;
use chrono::NaiveDate;

/// Which claims to keep. Every condition given must hold; an empty filter
/// keeps every claim.
///
/// - `event`: the claim's event.
/// - `party`: the claim's party, ignoring case; `none` keeps claims with no
///   party.
/// - `source`: words of the source's name, ignoring case ("health
///   ministry" keeps "Gaza health ministry"); `none` keeps claims in the
///   report's own voice.
/// - `subject`: the subject word or its kind, ignoring case (`military`
///   keeps troops and soldiers; see [`subject_kind`]).
/// - `from`, `to`: the day the claim was reported, inclusive; a claim with
///   no date is left out when either is given.
///
/// ```
/// use conflict_figures::ledger::Filter;
/// use conflict_figures::{extract, Document, Event};
/// let doc = Document::new("d", "Russian shelling killed 12 soldiers, the ministry said.");
/// let claim = &extract(&doc)[0];
/// let military = Filter { subject: Some("military".into()), ..Filter::default() };
/// assert!(military.matches(claim));
/// let wounded = Filter { event: Some(Event::Wounded), ..Filter::default() };
/// assert!(!wounded.matches(claim));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep claims of this event.
    pub event: Option<Event>,
    /// Keep claims about this party (`none`: no party).
    pub party: Option<String>,
    /// Keep claims whose source's name holds these words (`none`: no source).
    pub source: Option<String>,
    /// Keep claims about this subject or kind of subject.
    pub subject: Option<String>,
    /// Keep claims reported on or after this day.
    pub from: Option<NaiveDate>,
    /// Keep claims reported on or before this day.
    pub to: Option<NaiveDate>,
}

impl Filter {
    /// Whether `claim` passes every condition given.
    pub fn matches(&self, claim: &Claim) -> bool {
        self.event.map_or(true, |e| e == claim.event)
            && self.party.as_deref().map_or(true, |p| {
                named(p, claim.party.as_deref(), |want, got| {
                    got.eq_ignore_ascii_case(want)
                })
            })
            && self.source.as_deref().map_or(true, |s| {
                named(
                    s,
                    claim.source.as_ref().map(|s| s.name.as_str()),
                    |want, got| contains_ignoring_case(got, want),
                )
            })
            && self.subject.as_deref().map_or(true, |s| {
                claim.subject.eq_ignore_ascii_case(s)
                    || subject_kind(&claim.subject).eq_ignore_ascii_case(s)
            })
            && self.dates_match(claim)
    }

    fn dates_match(&self, claim: &Claim) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        claim.reported_on.is_some_and(|day| {
            self.from.map_or(true, |from| day >= from) && self.to.map_or(true, |to| day <= to)
        })
    }
}

/// Whether an optional name is what is wanted: `none` wants no name.
fn named(want: &str, got: Option<&str>, same: impl Fn(&str, &str) -> bool) -> bool {
    match got {
        None => want.eq_ignore_ascii_case("none"),
        Some(got) => same(want, got),
    }
}

/// Whether `haystack` holds `needle`, ignoring ASCII case.
fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::Source;

    fn claim(party: Option<&str>, source: Option<&str>, subject: &str, day: Option<u32>) -> Claim {
        let line = r#"{"id":"d#0","document":"d","span":{"start":0,"end":2},"text":"12","sentence":"12 killed.","quantity":{"value":12,"low":12,"high":12,"qualifier":"exact","unit":"count"},"event":"killed","subject":"people","party":null,"source":null,"reported_on":null}"#;
        let mut c: Claim = serde_json::from_str(line).unwrap();
        c.party = party.map(str::to_string);
        c.source = source.map(Source::named);
        c.subject = subject.to_string();
        c.reported_on = day.and_then(|d| NaiveDate::from_ymd_opt(2025, 3, d));
        c
    }

    #[test]
    fn conditions() {
        let c = claim(
            Some("Ukraine"),
            Some("Gaza health ministry"),
            "soldiers",
            Some(2),
        );
        let f = |f: Filter| f.matches(&c);
        let day = |d| NaiveDate::from_ymd_opt(2025, 3, d);
        assert!(f(Filter::default()));
        assert!(f(Filter {
            party: Some("ukraine".into()),
            ..Filter::default()
        }));
        assert!(!f(Filter {
            party: Some("Ukr".into()),
            ..Filter::default()
        }));
        assert!(!f(Filter {
            party: Some("none".into()),
            ..Filter::default()
        }));
        assert!(f(Filter {
            source: Some("HEALTH MINISTRY".into()),
            ..Filter::default()
        }));
        assert!(!f(Filter {
            source: Some("none".into()),
            ..Filter::default()
        }));
        assert!(f(Filter {
            subject: Some("soldiers".into()),
            ..Filter::default()
        }));
        assert!(f(Filter {
            subject: Some("military".into()),
            ..Filter::default()
        }));
        assert!(!f(Filter {
            subject: Some("people".into()),
            ..Filter::default()
        }));
        assert!(f(Filter {
            event: Some(Event::Killed),
            ..Filter::default()
        }));
        assert!(f(Filter {
            from: day(2),
            to: day(2),
            ..Filter::default()
        }));
        assert!(!f(Filter {
            from: day(3),
            ..Filter::default()
        }));
        assert!(!f(Filter {
            to: day(1),
            ..Filter::default()
        }));
    }

    #[test]
    fn missing_values() {
        let c = claim(None, None, "people", None);
        assert!(Filter {
            party: Some("None".into()),
            ..Filter::default()
        }
        .matches(&c));
        assert!(Filter {
            source: Some("none".into()),
            ..Filter::default()
        }
        .matches(&c));
        let day = NaiveDate::from_ymd_opt(2025, 3, 1);
        assert!(!Filter {
            from: day,
            ..Filter::default()
        }
        .matches(&c));
    }

    #[test]
    fn substring_ignoring_case() {
        assert!(contains_ignoring_case("Gaza Health Ministry", "health"));
        assert!(contains_ignoring_case("é and É", "É"));
        assert!(!contains_ignoring_case("UN", "UNICEF"));
    }
}
