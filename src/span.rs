//! Byte spans into a document's UTF-8 text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the text given to the extractor.
///
/// Offsets are bytes, not characters, so `&text[span.start..span.end]` is the
/// exact surface text of whatever the span marks.
///
/// ```
/// use conflict_figures::Span;
/// let text = "at least 55,000 troops";
/// let span = Span { start: 0, end: 15 };
/// assert_eq!(span.of(text), Some("at least 55,000"));
/// assert_eq!(span.len(), 15);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte, inclusive.
    pub start: usize,
    /// Last byte, exclusive.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text the span marks, or `None` when it does not fall on character
    /// boundaries of `text`.
    pub fn of<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved right by `by` bytes.
    pub fn shifted(&self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

/// Byte offset of `part`, a subslice of `whole`, from the start of `whole`.
///
/// Every parser in the crate works on subslices of the document, so spans
/// are computed by pointer difference rather than by counting.
pub(crate) fn offset(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// `at` clamped to `text` and moved back to the nearest character
/// boundary: where to cut a text at most `at` bytes long.
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `at` clamped to `text` and moved on to the nearest character boundary.
pub(crate) fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    #[test]
    fn boundaries_round_into_characters() {
        let text = "a–b"; // the dash is bytes 1..4
        assert_eq!((floor_boundary(text, 2), ceil_boundary(text, 2)), (1, 4));
        assert_eq!((floor_boundary(text, 4), ceil_boundary(text, 4)), (4, 4));
        assert_eq!((floor_boundary(text, 99), ceil_boundary(text, 99)), (5, 5));
    }

    use super::*;

    #[test]
    fn span_of_respects_char_boundaries() {
        let text = "€5";
        assert_eq!(Span::new(0, 3).of(text), Some("€"));
        assert_eq!(Span::new(0, 1).of(text), None);
    }

    #[test]
    fn overlap_is_strict() {
        assert!(Span::new(0, 5).overlaps(&Span::new(4, 9)));
        assert!(!Span::new(0, 5).overlaps(&Span::new(5, 9)));
    }

    #[test]
    fn offset_of_subslice() {
        let text = "killed 40 people";
        assert_eq!(offset(text, &text[7..]), 7);
    }
}
