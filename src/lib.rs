//! # conflict-figures
//!
//! Reads news reports about wars and crises and pulls out every quantified
//! claim in them, with the exact span it stands in, so that figures from
//! different sources and different days can be compared and diffed.
//!
//! [`extract()`] turns a [`Document`] into its [`Claim`]s: each figure that
//! states a toll or scale of a conflict, with its event, subject, party,
//! source, date and period. [`quantities`] is the layer below it: every
//! quantity in English news text, read exactly.
//!
//! ```
//! use conflict_figures::{extract, Document, Event};
//!
//! let doc = Document::new("w1", "The army said 14 soldiers were killed and 30 wounded.");
//! let claims = extract(&doc);
//! assert_eq!(claims.len(), 2);
//! assert_eq!((claims[1].event, claims[1].subject.as_str()), (Event::Wounded, "soldiers"));
//! assert_eq!(claims[1].source.as_ref().map(|s| s.name.as_str()), Some("army"));
//! ```
//!
//! ```
//! use conflict_figures::{quantities, Qualifier};
//!
//! let text = "Officials said more than 300 prisoners were swapped and \
//!             nearly two dozen people were hurt.";
//! let found = quantities(text);
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].text, "more than 300");
//! assert_eq!(found[0].qualifier, Qualifier::MoreThan);
//! assert_eq!(found[1].text, "nearly two dozen");
//! assert_eq!(found[1].high, Some(24.0));
//! ```
//!
//! # Code map
//!
//! Modules are stacked in layers; each uses only its own layer or lower
//! ones, so data flows one way.
//!
//! | layer | modules | role |
//! |---|---|---|
//! | foundation | [`span`], [`error`], [`document`], [`vocabulary`], `lexicon` | byte spans, error enums, the input document, the GUIDE's vocabularies, word tables as data |
//! | grammar | `grammar`, `number`, [`calendar`] | shared nom pieces; numerals in digits, words and fractions; date phrases read, not resolved |
//! | stages | [`segment`], [`quantity`], `frame`, [`attribution`], [`time`] | sentences and datelines; every quantity; event, subject and party; who says it; dates resolved with chrono |
//! | assembly | [`claim`], [`extract`](mod@extract), [`batch`] | the public `Claim`; the pipeline driver; corpora on every core |
//! | storage, analysis | [`corpus`], [`ledger`], [`compare`], [`diff`], [`eval`], [`chart`], [`render`] | corpus folders; JSON Lines ledgers read as streams and written all or nothing; figures across sources; changes across time; scores against gold; a figure over time as SVG; renderings for people |
//!
//! # Untrusted input
//!
//! Every function that reads text accepts any `&str` and promises:
//!
//! - **no panic**: arithmetic is checked or done in floating point with
//!   finite checks, and nothing derived from input is unwrapped;
//! - **linear time**: the scanner tries a parse only where a word or a
//!   digit run starts, each parse reads a bounded number of words, and a
//!   failed parse moves past the whole word or digit run;
//! - **bounded recursion**: no grammar rule recurses on its input.
//!
//! Absurd numbers have a documented reading: a figure may have at most 15
//! digits before its decimal point ([`MAX_INT_DIGITS`]) and 15 after it,
//! and its value with scale words must stay below 10^18. A longer run of
//! digits (a 400-digit number, a 50 MB line of digits) is an identifier or
//! noise, not a figure: it is skipped whole and yields no quantity.
#![warn(missing_docs)]

pub mod attribution;
pub mod batch;
pub mod calendar;
pub mod chart;
pub mod claim;
pub mod compare;
pub mod corpus;
pub mod diff;
pub mod document;
pub mod error;
pub mod eval;
pub mod extract;
mod frame;
mod grammar;
pub mod ledger;
mod lexicon;
mod number;
pub mod quantity;
pub mod render;
pub mod segment;
pub mod span;
pub mod time;
pub mod vocabulary;

/// The README's example, compiled and run by `cargo test`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use attribution::Source;
pub use claim::{Claim, Figure, Status};
pub use corpus::Corpus;
pub use document::Document;
pub use error::Error;
pub use eval::{evaluate, Report};
pub use extract::extract;
pub use number::MAX_INT_DIGITS;
pub use quantity::{quantities, Quantity};
pub use span::Span;
pub use time::Period;
pub use vocabulary::{Change, Event, Qualifier, Unit};
