//! Segmentation: a report's headline, dateline, paragraphs and sentences.
//!
//! STUB: to be replaced by the real segmenter.

use crate::span::Span;

/// What part a sentence plays in the report.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The report's own headline (its first line, when it reads as one).
    Headline,
    /// Running text of the report.
    Body,
    /// The headline of another report the page carries: related links,
    /// sidebars, "READ:" lines. Its date is not this document's.
    Related,
}

/// One sentence: its span in the text, its paragraph, its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence's bytes, trimmed of surrounding white space.
    pub span: Span,
    /// 0-based index of the paragraph it belongs to.
    pub paragraph: usize,
    /// Headline, body text, or another report's headline.
    pub role: Role,
}

/// A report cut into sentences.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segments {
    /// The wire dateline ("KYIV, Ukraine (AP) —", "Abu Dhabi (AFP) Feb 5,
    /// 2026 -"), when the report opens with one. No sentence covers it.
    pub dateline: Option<Span>,
    /// Every sentence, in text order, non-overlapping.
    pub sentences: Vec<Sentence>,
}

/// Cuts `text` into sentences.
pub fn segment(text: &str) -> Segments {
    let mut sentences = Vec::new();
    let mut offset = 0;
    for (paragraph, line) in text.split('\n').enumerate() {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            sentences.push(Sentence {
                span: Span::new(start, start + trimmed.len()),
                paragraph,
                role: Role::Body,
            });
        }
        offset += line.len() + 1;
    }
    Segments {
        dateline: None,
        sentences,
    }
}
