//! The input document: its id, its text and the date it was published.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One report to extract claims from.
///
/// `published` is the date that weekdays and relative dates ("yesterday",
/// "on Wednesday") are resolved against; without it, and without a dated
/// dateline, claims have no `reported_on`.
///
/// ```
/// use conflict_figures::Document;
/// let doc = Document::new("kyiv-1", "At least 12 civilians were killed.");
/// assert_eq!(doc.id, "kyiv-1");
/// assert_eq!(doc.published, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The document's id: the corpus id, or the file stem.
    pub id: String,
    /// The text, exactly as read (spans are byte offsets into it).
    pub text: String,
    /// The date the report was published, when known.
    pub published: Option<NaiveDate>,
}

impl Document {
    /// A document with no known publication date.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            published: None,
        }
    }

    /// The same document with its publication date set.
    pub fn published(mut self, date: Option<NaiveDate>) -> Self {
        self.published = date;
        self
    }
}
