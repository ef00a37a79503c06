//! Attribution: who the text credits each figure to.
//!
//! STUB: to be replaced by the real attribution stage.

use crate::segment::Sentence;
use crate::span::Span;
use crate::vocabulary::SourceKind;
use serde::{Deserialize, Serialize};

/// Who a figure is credited to: a person at the fullest form of their name
/// in the document, or a body named whole.
///
/// ```
/// use conflict_figures::Source;
/// let s = Source::named("Gaza health ministry");
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"name":"Gaza health ministry"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Source {
    /// "Volodymyr Zelensky", "UN human rights office", "BBC and Mediazona".
    pub name: String,
    /// What kind of source it is, when the text makes it clear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SourceKind>,
    /// The title or role the text gives a person ("mayor", "president").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl Source {
    /// A source with a name only.
    pub fn named(name: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            kind: None,
            role: None,
        }
    }
}

/// The credit a sentence gives: its source and the words that give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    /// Who is credited.
    pub source: Source,
    /// The cue in the text: the speech verb or "according to", as a span of
    /// the document. For a credit carried over from an earlier sentence
    /// ("he added"), the cue in this sentence.
    pub cue: Span,
    /// The country the text gives the speaker ("Ukrainian President ..."),
    /// as an English country name, for "his country's troops".
    pub country: Option<String>,
}

/// Credits for every sentence of a document.
#[derive(Debug, Clone, Default)]
pub struct Attributions {
    credits: Vec<Vec<Credit>>,
}

impl Attributions {
    /// The credit that covers `figure` (a document span) in sentence
    /// `sentence`, if any.
    pub fn credit(&self, sentence: usize, figure: Span) -> Option<&Credit> {
        let _ = figure;
        self.credits.get(sentence).and_then(|c| c.first())
    }
}

/// Finds who each sentence's figures are credited to.
pub fn attribute(text: &str, sentences: &[Sentence]) -> Attributions {
    let _ = text;
    Attributions {
        credits: vec![Vec::new(); sentences.len()],
    }
}
