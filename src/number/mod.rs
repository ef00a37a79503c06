//! Numerals: figures written in digits, in words, and as fractions.
//!
//! These rules read a numeral and its value; they know nothing of what
//! comes around it. The quantity stage decides whether a numeral is a
//! figure (and not a year, a date or a model name) and what bounds it.

mod digits;
mod fraction;
mod words;

pub use digits::MAX_INT_DIGITS;
pub(crate) use digits::{digits, Digits};
pub(crate) use fraction::{ratio_after, share_counted, slash_after};
pub(crate) use words::{cardinal, cardinal_scaled};
