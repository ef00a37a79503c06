//! A claim read from a ledger line without copying it: the strings borrow
//! from the line, and the sentence is checked but not kept.
//!
//! Reading a full [`Claim`](crate::Claim) allocates every string field, the long
//! `sentence` among them; `compare` and `diff` need none of that. A
//! [`Claim`] accepts exactly the lines a [`Claim`](crate::Claim) accepts, with the
//! same error messages (the same fields in the same order, each with a type
//! that reads the same JSON), so a corrupt line is reported the same way on
//! either path.

use crate::claim::{Claim as Full, Status};
use crate::span::Span;
use crate::vocabulary::{Event, Qualifier, SourceKind};
use chrono::NaiveDate;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;

/// A ledger line as [`Claim`](crate::Claim) reads it, borrowed. Named as
/// the types it mirrors, since serde's messages name the type.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Claim<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub document: Cow<'a, str>,
    pub span: Span,
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// Checked to be a string, not kept.
    #[allow(dead_code)]
    sentence: AnyString,
    #[serde(borrow)]
    pub quantity: Figure<'a>,
    pub event: Event,
    #[serde(borrow)]
    pub subject: Cow<'a, str>,
    #[serde(borrow)]
    pub party: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub source: Option<Source<'a>>,
    pub reported_on: Option<NaiveDate>,
    #[serde(default, borrow)]
    pub period: Option<Period<'a>>,
    #[serde(default)]
    pub status: Status,
}

/// A claim's `quantity`, as [`Figure`](crate::Figure) reads it.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Figure<'a> {
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    #[serde(borrow)]
    pub unit: Cow<'a, str>,
}

/// A claim's `source`, as [`Source`](crate::Source) reads it.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Source<'a> {
    #[serde(borrow)]
    pub name: Cow<'a, str>,
    #[allow(dead_code)]
    #[serde(default)]
    kind: Option<SourceKind>,
    #[allow(dead_code)]
    #[serde(default)]
    role: Option<AnyString>,
}

/// A claim's `period`, as [`Period`](crate::Period) reads it.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Period<'a> {
    #[serde(borrow)]
    pub from: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub to: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    pub since: Option<Cow<'a, str>>,
}

/// Any JSON string, checked (escapes and UTF-8) as a `String` would be,
/// and dropped.
#[derive(Debug, Clone, Copy, Default)]
struct AnyString;

impl<'de> Deserialize<'de> for AnyString {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Any;
        impl Visitor<'_> for Any {
            type Value = AnyString;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<AnyString, E> {
                Ok(AnyString)
            }
        }
        d.deserialize_str(Any)
    }
}

impl<'a> Claim<'a> {
    /// A view of a claim already in memory.
    pub fn of(c: &'a Full) -> Self {
        let q = &c.quantity;
        Claim {
            id: Cow::Borrowed(&c.id),
            document: Cow::Borrowed(&c.document),
            span: c.span,
            text: Cow::Borrowed(&c.text),
            sentence: AnyString,
            quantity: Figure {
                value: q.value,
                low: q.low,
                high: q.high,
                qualifier: q.qualifier,
                unit: Cow::Borrowed(q.unit.as_str()),
            },
            event: c.event,
            subject: Cow::Borrowed(&c.subject),
            party: c.party.as_deref().map(Cow::Borrowed),
            source: c.source.as_ref().map(|s| Source {
                name: Cow::Borrowed(&s.name),
                kind: s.kind,
                role: None,
            }),
            reported_on: c.reported_on,
            period: c.period.as_ref().map(|p| Period {
                from: p.from.as_deref().map(Cow::Borrowed),
                to: p.to.as_deref().map(Cow::Borrowed),
                since: p.since.as_deref().map(Cow::Borrowed),
            }),
            status: c.status,
        }
    }

    /// The source's name; `None` in the report's own voice.
    pub fn source_name(&self) -> Option<&str> {
        self.source.as_ref().map(|s| &*s.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLAIM: &str = r#"{"id":"d#0","document":"d","span":{"start":0,"end":2},"text":"12","sentence":"\"12\" killed.","quantity":{"value":12,"low":12,"high":12,"qualifier":"exact","unit":"count"},"event":"killed","subject":"people","party":null,"source":{"name":"police","kind":"official","role":"chief"},"reported_on":"2025-03-02","period":{"from":"2025-03","to":null}}"#;

    /// What reading `line` as a [`Claim`](crate::Claim) and as a view say: both read it,
    /// or both fail with the same message.
    fn same(line: &str) {
        let full = serde_json::from_str::<Full>(line).map_err(|e| e.to_string());
        let view = serde_json::from_str::<Claim>(line).map_err(|e| e.to_string());
        match (&full, &view) {
            (Ok(c), Ok(v)) => {
                assert_eq!(c.id, v.id);
                assert_eq!(c.source.as_ref().map(|s| s.name.as_str()), v.source_name());
            }
            (Err(a), Err(b)) => assert_eq!(a, b, "{line}"),
            _ => panic!("{line}: {full:?} but {view:?}"),
        }
    }

    #[test]
    fn views_read_what_claims_read() {
        let cases = [
            CLAIM.to_string(),
            CLAIM.replace(r#","period":{"from":"2025-03","to":null}"#, ""),
            CLAIM.replace(r#""role":"chief""#, r#""role":3"#),
            CLAIM.replace(r#""kind":"official""#, r#""kind":"priest""#),
            CLAIM.replace(r#""\"12\" killed.""#, "7"),
            CLAIM.replace(r#","sentence":"\"12\" killed.""#, ""),
            CLAIM.replace(r#""unit":"count""#, r#""unit":"km""#),
            CLAIM.replace(r#""end":2"#, r#""end":-2"#),
            CLAIM.replace(r#""2025-03-02""#, r#""2025-02-30""#),
            CLAIM.replace(r#""killed""#, r#""slain""#),
            CLAIM.replace(r#""people""#, r#""peo\u00e9ple""#),
            CLAIM.replace(r#""people""#, r#""\ud800""#),
            CLAIM[..60].to_string(),
            "[\"d#0\", \"d\"]".to_string(),
            "3".to_string(),
            "{\"id\": 3}".to_string(),
            "{}".to_string(),
            "not json".to_string(),
        ];
        for line in &cases {
            same(line);
        }
    }

    #[test]
    fn views_do_not_copy_plain_strings() {
        let view: Claim = serde_json::from_str(CLAIM).expect("a claim");
        assert!(matches!(view.document, Cow::Borrowed("d")));
        assert!(matches!(view.quantity.unit, Cow::Borrowed("count")));
        assert_eq!(view.span, Span::new(0, 2));
    }
}
