//! Attribution: who the text credits each figure to.
//!
//! Every sentence is scanned for cues ("said", "according to", "citing",
//! "figures released by", a headline's ": state media") and the speaker
//! each cue names. A figure takes the credit of its own clause, the
//! nearest cue there; a sentence with no cue of its own is the report's
//! voice and credits nobody, unless it goes on with a quotation opened
//! earlier. Pronouns and descriptors ("he said", "the ministry added")
//! stand for the last fitting speaker; a surname stands for the fullest
//! form of the name in the document.
//!
//! ```
//! use conflict_figures::attribution::attribute;
//! use conflict_figures::segment::segment;
//! use conflict_figures::Span;
//!
//! let text = "Kyiv's mayor Vitali Klitschko said 12 people were hurt.\n\
//!             The fire burned for 3 hours.";
//! let sentences = segment(text).sentences;
//! let credits = attribute(text, &sentences);
//! let figure = Span::new(35, 37);
//! let credit = credits.credit(0, figure).unwrap();
//! assert_eq!(credit.source.name, "Vitali Klitschko");
//! assert_eq!(credit.source.role.as_deref(), Some("mayor"));
//! assert_eq!(credit.country.as_deref(), Some("Ukraine"));
//! assert_eq!(credit.cue.of(text), Some("said"));
//! assert!(credits.credit(1, Span::new(75, 76)).is_none());
//! ```
//!
//! # Untrusted input
//!
//! The scan is linear in the text: each cue reads a bounded number of
//! words around it, and pronouns look back over a bounded memory.

mod carry;
mod cue;
mod marks;
mod name;

use crate::lexicon::speakers::PLACES;
use crate::segment::{Role, Sentence};
use crate::span::Span;
use crate::vocabulary::SourceKind;
use serde::{Deserialize, Serialize};
use std::ops::Range;

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
    /// the document. For a speaker carried over from an earlier sentence
    /// ("he added"), the cue in this sentence; for a sentence that only
    /// continues a quotation, the cue of the sentence that opens or closes
    /// it.
    pub cue: Span,
    /// The country the text gives the speaker ("Ukrainian President ..."),
    /// as an English country name, for "his country's troops".
    pub country: Option<String>,
}

/// How many credits on each side of a figure [`Attributions::credit`]
/// weighs.
const WINDOW: usize = 8;

/// A credit as it stands in its sentence.
#[derive(Debug, Clone)]
struct Placed {
    credit: Credit,
    /// The cue and the speaker's words together.
    anchor: Span,
}

/// The credits of one sentence.
#[derive(Debug, Clone, Default)]
struct SentenceCredits {
    /// Credits given in the sentence, in text order, as a range of
    /// [`Attributions::placed`].
    own: Range<usize>,
    /// Where its clauses break, as a range of [`Attributions::breaks`].
    breaks: Range<usize>,
    /// The credit of a quotation the sentence goes on with.
    carried: Option<Credit>,
}

/// Credits for every sentence of a document.
///
/// The sentences' credits and breaks are kept in two lists for the whole
/// document, each sentence a range of them: a sentence costs no
/// allocation of its own.
#[derive(Debug, Clone, Default)]
pub struct Attributions {
    sentences: Vec<SentenceCredits>,
    /// Every sentence's credits, sentence after sentence.
    placed: Vec<Placed>,
    /// Every sentence's clause breaks, sentence after sentence.
    breaks: Vec<usize>,
}

/// The credits a sentence gives, from the document's list.
fn own<'p>(placed: &'p [Placed], sc: &SentenceCredits) -> &'p [Placed] {
    placed.get(sc.own.clone()).unwrap_or(&[])
}

impl Attributions {
    /// The credit that covers `figure` (a document span) in sentence
    /// `sentence`, if any.
    ///
    /// A figure takes the nearest credit of its own clause ("X said 5
    /// died, while Y put the toll at 12": 12 is Y's), or the nearest of
    /// the sentence when its clause has none. A news outlet named after
    /// the figure that reports the words of a speaker named before it
    /// ("X said that …, Reuters reported") yields to that speaker. A sentence with no credit of its own takes the credit of a
    /// quotation it continues.
    pub fn credit(&self, sentence: usize, figure: Span) -> Option<&Credit> {
        let sc = self.sentences.get(sentence)?;
        let credits = own(&self.placed, sc);
        if credits.is_empty() {
            return sc.carried.as_ref();
        }
        let breaks = self.breaks.get(sc.breaks.clone()).unwrap_or(&[]);
        let clause = |at: usize| breaks.partition_point(|&b| b <= at);
        let mine = clause(figure.start);
        // Credits are in text order: only the few around the figure can
        // be nearest, which keeps a sentence of a thousand cues linear.
        let at = credits.partition_point(|p| p.credit.cue.start < figure.start);
        let near = credits
            .get(at.saturating_sub(WINDOW)..(at + WINDOW).min(credits.len()))
            .unwrap_or(&[]);
        let same = near.iter().any(|p| clause(p.anchor.start) == mine);
        let pool = || {
            near.iter()
                .filter(move |p| !same || clause(p.anchor.start) == mine)
        };
        // "X said that …, Reuters reported": the outlet after the figure
        // carries X's claim.
        let media = |p: &Placed| p.credit.source.kind == Some(SourceKind::Media);
        let carried = |p: &Placed| media(p) && p.anchor.start >= figure.end;
        let claimant = pool().any(|p| !media(p) && p.anchor.end <= figure.start);
        pool()
            .filter(|p| !(claimant && carried(p)))
            .min_by_key(|p| cue::distance(p.anchor, figure))
            .map(|p| &p.credit)
    }

    /// Every credit sentence `sentence` gives, in text order; for a
    /// sentence that only continues a quotation, the quotation's credit.
    pub fn in_sentence(&self, sentence: usize) -> impl Iterator<Item = &Credit> + '_ {
        let sc = self.sentences.get(sentence);
        let given = sc
            .into_iter()
            .flat_map(|s| own(&self.placed, s).iter().map(|p| &p.credit));
        let carried = sc.and_then(|s| s.carried.as_ref());
        given.chain(carried)
    }
}

/// Finds who each sentence's figures are credited to.
///
/// `sentences` are the document's sentences in text order; the result
/// answers [`Attributions::credit`] by their index.
pub fn attribute(text: &str, sentences: &[Sentence]) -> Attributions {
    // Read: quotations and cues, sentence by sentence, into one list for
    // the document; each sentence's part of it is a range.
    let mut scan = cue::Scan::default();
    let mut ranges = Vec::with_capacity(sentences.len());
    let mut links = Vec::with_capacity(sentences.len());
    let mut open = false;
    let mut paragraph = None;
    // Per sentence: does it open its paragraph with a quotation mark, and
    // does it quote anyone?
    let mut shapes = Vec::with_capacity(sentences.len());
    // The sentences that open their paragraph with a label ("Name: …"),
    // by index: few documents hold any.
    let mut labels = Vec::new();
    for s in sentences {
        let mut span = s.span;
        let mut starts_open = open;
        let opens_paragraph = paragraph != Some(s.paragraph);
        if paragraph != Some(s.paragraph) && open {
            // A quotation runs on into a paragraph that reopens it.
            match span.of(text).and_then(carry::opening_mark) {
                Some(len) => span.start += len,
                None => starts_open = false,
            }
        }
        paragraph = Some(s.paragraph);
        let (quoted, ends_open) = carry::quotes(text, span, starts_open);
        // A sentence that opens a quotation: at a paragraph's start, or
        // after a quoted sentence of its own paragraph ("'…,' X said.
        // '…'"), where the speaker goes on.
        let body = s.span.of(text).unwrap_or_default();
        let opens_quoting =
            (opens_paragraph || !starts_open) && carry::opening_mark(body).is_some();
        shapes.push((opens_quoting, !quoted.is_empty()));
        open = ends_open;
        let (found, breaks) = (scan.found.len(), scan.breaks.len());
        cue::scan_into(text, s.span, &quoted, &mut scan);
        // An answer under a label credits no one of its own words.
        if opens_paragraph && scan.found.len() == found {
            if let Some(label) = cue::label(body, s.span) {
                labels.push((ranges.len(), label));
            }
        }
        ranges.push((found..scan.found.len(), breaks..scan.breaks.len()));
        links.push((starts_open, ends_open));
    }
    // Resolve: speakers in text order, against those before them.
    let persons = scan
        .found
        .iter()
        .filter(|f| f.speaker.role.is_some())
        .filter(|f| matches!(f.speaker.shape, name::Shape::Person { .. }))
        .map(|f| f.speaker.clone())
        .collect();
    let mut memory = carry::Memory::new(text, persons);
    let mut placed = Vec::with_capacity(scan.found.len());
    let mut found = scan.found.into_iter();
    let mut out: Vec<SentenceCredits> = ranges
        .into_iter()
        .zip(sentences)
        .map(|((mine, breaks), sentence)| {
            if sentence.role == Role::Heading {
                memory.enter_section(heading_country(sentence.span.of(text).unwrap_or_default()));
            }
            let start = placed.len();
            for f in found.by_ref().take(mine.len()) {
                memory.reach(f.anchor.start);
                let Some(seen) = memory.resolve(f.speaker) else {
                    continue;
                };
                // A claimant is remembered, but credits no figure.
                if f.mention {
                    continue;
                }
                placed.push(Placed {
                    credit: Credit {
                        source: seen.source,
                        cue: f.cue,
                        country: seen.country.map(str::to_string),
                    },
                    anchor: f.anchor,
                });
            }
            SentenceCredits {
                own: start..placed.len(),
                breaks,
                carried: None,
            }
        })
        .collect();
    if !labels.is_empty() {
        carry_labels(&mut out, sentences, labels, &mut memory);
    }
    carry_quotations(&mut out, &placed, &links);
    carry_quote_paragraphs(&mut out, &placed, &shapes, &links);
    Attributions {
        sentences: out,
        placed,
        breaks: scan.breaks,
    }
}

/// Most words of a heading read for the country it names.
const MAX_HEADING_WORDS: usize = 4;

/// The country a short heading names: "CHAD", "South Sudan", "NIGER:".
pub(crate) fn heading_country(heading: &str) -> Option<&'static str> {
    let heading = heading.trim_matches(|c: char| !c.is_alphanumeric());
    if heading.split(' ').count() > MAX_HEADING_WORDS {
        return None;
    }
    PLACES.get(heading).map(|p| p.country)
}

/// A paragraph or sentence that opens a new quotation with no speaker of
/// its own goes on quoting whoever was quoted, with credit, just before
/// it:
///
/// ```text
/// "Last week alone, 40 houses were destroyed," Bilyk said.
///
/// "We evacuated 300 children in the past month."      ← Bilyk's
///
/// "We are tired," Bilyk said. "Nine more died today."  ← Bilyk's
/// ```
fn carry_quote_paragraphs(
    out: &mut [SentenceCredits],
    placed: &[Placed],
    shapes: &[(bool, bool)],
    links: &[(bool, bool)],
) {
    for i in 1..out.len() {
        let (opens_quoting, _) = shapes[i];
        let (_, before_quotes) = shapes[i - 1];
        if !opens_quoting || !before_quotes || !out[i].own.is_empty() || out[i].carried.is_some() {
            continue;
        }
        let credit = own(placed, &out[i - 1])
            .last()
            .map(|p| p.credit.clone())
            .or_else(|| out[i - 1].carried.clone());
        let Some(credit) = credit else { continue };
        // The quotation's later sentences go on in the same voice while
        // they continue it with no speaker of their own.
        let mut k = i;
        loop {
            out[k].carried = Some(credit.clone());
            k += 1;
            let goes_on = k < out.len() && out[k].own.is_empty() && links[k].0;
            if !goes_on {
                break;
            }
        }
    }
}

/// The sentences of an answer under a label ("Van der Veen: We reached
/// 700,000 people. But 1.4 million need aid.") are in the labelled
/// speaker's voice to the end of the paragraph, unless they credit
/// someone of their own. "A:" is whoever answered under the last label,
/// or the last person the text credits.
///
/// Labels are rare, so they are read after the rest, against the
/// speakers of the whole document, not sentence by sentence.
fn carry_labels(
    out: &mut [SentenceCredits],
    sentences: &[Sentence],
    labels: Vec<(usize, cue::Found)>,
    memory: &mut carry::Memory<'_>,
) {
    let mut answering: Option<Credit> = None;
    for (i, f) in labels {
        let answer = matches!(f.speaker.shape, name::Shape::Pronoun(_));
        let credit = match answering.clone().filter(|_| answer) {
            Some(credit) => Credit {
                cue: f.cue,
                ..credit
            },
            None => {
                let Some(seen) = memory.resolve_label(f.speaker) else {
                    continue;
                };
                Credit {
                    source: seen.source,
                    cue: f.cue,
                    country: seen.country.map(str::to_string),
                }
            }
        };
        let Some(paragraph) = sentences.get(i).map(|s| s.paragraph) else {
            continue;
        };
        let answer = out.iter_mut().zip(sentences).skip(i);
        for (sc, _) in answer.take_while(|(_, s)| s.paragraph == paragraph) {
            if sc.own.is_empty() && sc.carried.is_none() {
                sc.carried = Some(credit.clone());
            }
        }
        answering = Some(credit);
    }
}

/// Gives the sentences of a quotation that runs over several sentences the
/// credit of the sentence that opens or closes it.
fn carry_quotations(out: &mut [SentenceCredits], placed: &[Placed], links: &[(bool, bool)]) {
    let mut i = 0;
    while i < out.len() {
        let mut j = i;
        while j + 1 < out.len()
            && links.get(j).is_some_and(|l| l.1)
            && links.get(j + 1).is_some_and(|l| l.0)
        {
            j += 1;
        }
        if j > i {
            let credit = own(placed, &out[i])
                .last()
                .or_else(|| out[i..=j].iter().find_map(|s| own(placed, s).first()))
                .map(|p| p.credit.clone());
            if let Some(credit) = credit {
                for s in &mut out[i..=j] {
                    if s.own.is_empty() {
                        s.carried = Some(credit.clone());
                    }
                }
            }
        }
        i = j + 1;
    }
}
