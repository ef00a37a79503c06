//! The public `Claim`: one conflict figure with everything needed to
//! compare it — what it counts, whose, who says so and when.

use crate::attribution::Source;
use crate::span::Span;
use crate::time::Period;
use crate::vocabulary::{Event, Qualifier, Unit};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The number a claim states, with the bounds its wording gives.
///
/// Serialises as the ledger's `quantity` object.
///
/// ```
/// use conflict_figures::{Figure, Qualifier, Unit};
/// let f = Figure { value: Some(55000.0), low: Some(55000.0), high: None,
///                  qualifier: Qualifier::AtLeast, unit: Unit::Count };
/// assert_eq!(
///     serde_json::to_string(&f).unwrap(),
///     r#"{"value":55000,"low":55000,"high":null,"qualifier":"at_least","unit":"count"}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The figure, or `None` for ranges and vague numerals.
    #[serde(serialize_with = "crate::vocabulary::number::opt")]
    pub value: Option<f64>,
    /// The lowest value the wording allows, when it gives one.
    #[serde(serialize_with = "crate::vocabulary::number::opt")]
    pub low: Option<f64>,
    /// The highest value the wording allows, when it gives one.
    #[serde(serialize_with = "crate::vocabulary::number::opt")]
    pub high: Option<f64>,
    /// How the wording bounds the figure.
    pub qualifier: Qualifier,
    /// `count` or `percent`.
    pub unit: Unit,
}

/// Whether the text asserts a claim as fact.
///
/// ```
/// use conflict_figures::{extract, Document, Status};
/// let doc = Document::new("d", "The strikes could kill thousands of civilians.");
/// assert_eq!(extract(&doc)[0].status, Status::Hypothetical);
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stated as having happened (or as a count that holds).
    #[default]
    Stated,
    /// Stated as not having happened: "none of the 40 passengers were hurt".
    Negated,
    /// Possible, feared, planned or threatened: "could kill thousands",
    /// "plans to deploy 5,000 troops".
    Hypothetical,
}

impl Status {
    /// True for [`Status::Stated`], which the ledger leaves out.
    pub fn is_stated(&self) -> bool {
        *self == Status::Stated
    }
}

/// One conflict figure, as a line of the ledger.
///
/// ```
/// use conflict_figures::{extract, Document, Event};
/// let doc = Document::new("kyiv-7", "Russia launched 150 drones overnight, the air force said.");
/// let claim = &extract(&doc)[0];
/// assert_eq!(claim.id, "kyiv-7#16");
/// assert_eq!((claim.event, claim.subject.as_str()), (Event::Launched, "drones"));
/// assert_eq!(claim.party.as_deref(), Some("Russia"));
/// let line = serde_json::to_string(claim).unwrap();
/// assert!(line.starts_with(r#"{"id":"kyiv-7#16","document":"kyiv-7","span":{"start":16,"end":19}"#));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// `"<document>#<span start>"`: stable for the same document text.
    pub id: String,
    /// The document's id.
    pub document: String,
    /// The figure's bytes in the document, qualifier words included.
    pub span: Span,
    /// Exactly the bytes of `span`.
    pub text: String,
    /// The sentence the figure stands in. A run-on "sentence" longer than
    /// 4 KB (a page without punctuation) is cut to 500 bytes on each side
    /// of the figure.
    pub sentence: String,
    /// The number and its bounds.
    pub quantity: Figure,
    /// What happened to the counted people or things.
    pub event: Event,
    /// The head noun of what is counted, lower case ("troops", "people").
    pub subject: String,
    /// Whose people or territory, as a country or group name, if the text
    /// says.
    pub party: Option<String>,
    /// Who the text credits the figure to; `None` in the report's own voice.
    pub source: Option<Source>,
    /// The date the figure was stated.
    pub reported_on: Option<NaiveDate>,
    /// The stretch of time the figure covers, when the text bounds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Left out when the claim is stated as fact.
    #[serde(default, skip_serializing_if = "Status::is_stated")]
    pub status: Status,
}
