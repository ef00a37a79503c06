//! The pipeline driver: a document in, its claims out.
//!
//! text → segments → quantities → frames → attribution → time → claims.

use crate::attribution::attribute;
use crate::claim::{Claim, Figure};
use crate::document::Document;
use crate::frame::{self, Party};
use crate::quantity;
use crate::segment::{segment, Role, LONG_SENTENCE};
use crate::span::{ceil_boundary, floor_boundary, Span};
use crate::time;
use crate::vocabulary::Unit;
use std::convert::Infallible;

/// Every conflict claim in `doc`, in text order.
///
/// ```
/// use conflict_figures::{extract, Document, Event};
/// let doc = Document::new("d1", "Shelling killed at least 12 civilians in Kharkiv.");
/// let claims = extract(&doc);
/// assert_eq!(claims.len(), 1);
/// assert_eq!(claims[0].text, "at least 12");
/// assert_eq!(claims[0].event, Event::Killed);
/// assert_eq!(claims[0].subject, "civilians");
/// assert_eq!(claims[0].party.as_deref(), Some("Ukraine"));
/// ```
pub fn extract(doc: &Document) -> Vec<Claim> {
    let mut claims = Vec::new();
    let kept: Result<(), Infallible> = extract_each(doc, |claim| {
        claims.push(claim);
        Ok(())
    });
    match kept {
        Ok(()) => claims,
        Err(never) => match never {},
    }
}

/// Every conflict claim in `doc`, in text order, handed to `emit` one by
/// one as it is read: a document's claims need not all be held at once
/// (a huge run of figures has many more bytes of claims than of text).
/// The first error `emit` returns stops the reading and is returned.
///
/// ```
/// use conflict_figures::{extract::extract_each, Document};
/// let doc = Document::new("d1", "Shelling killed 12 civilians. Floods displaced 300 families.");
/// let mut texts = Vec::new();
/// extract_each(&doc, |claim| {
///     texts.push(claim.text);
///     Ok::<(), std::io::Error>(())
/// })?;
/// assert_eq!(texts, ["12", "300"]);
/// # Ok::<(), std::io::Error>(())
/// ```
///
/// # Errors
///
/// The first error returned by `emit`.
pub fn extract_each<E>(
    doc: &Document,
    mut emit: impl FnMut(Claim) -> Result<(), E>,
) -> Result<(), E> {
    let text = doc.text.as_str();
    let segments = segment(text);
    let date = time::document_date(text, segments.dateline, doc.published);
    let style = time::DateStyle::new(text, segments.dateline);
    let credits = attribute(text, &segments.sentences);
    // The dateline's place counts like a headline's: "KHARKIV, Ukraine (AP)".
    let main = frame::main_party(
        text,
        segments.datelines.iter().map(|d| (*d, true)).chain(
            segments
                .sentences
                .iter()
                .map(|s| (s.span, s.role == Role::Headline)),
        ),
    );
    let mut memory = frame::Memory::new(main);
    // Quantities are read as the sentences reach them: only those of the
    // sentence at hand are held. One that runs past its sentence's end
    // belongs to no sentence and is passed over.
    let mut found = quantity::iter(text).peekable();
    let mut figures = Vec::new();
    for (index, sentence) in segments.sentences.iter().enumerate() {
        if sentence.role == Role::Heading {
            let heading = sentence.span.of(text).unwrap_or_default();
            memory.enter_section(crate::attribution::heading_country(heading));
        }
        figures.clear();
        while found
            .next_if(|q| q.span.start < sentence.span.start)
            .is_some()
        {}
        while let Some(q) = found.next_if(|q| q.span.end <= sentence.span.end) {
            figures.push(q);
        }
        let figures = figures.as_slice();
        if figures.is_empty() {
            continue;
        }
        let frames = frame::frames(text, sentence.span, figures, &mut memory);
        // The sentence's date phrases, read once for all its figures.
        let whole = time::Dates::in_report(sentence.span.of(text).unwrap_or(""), &style);
        for (i, (q, frame)) in figures.iter().zip(frames).enumerate() {
            let Some(frame) = frame else { continue };
            // A run-on "sentence" is read, and shown, in a window around
            // the figure, so each claim costs the same however long it is.
            let clause = around(text, sentence.span, q.span);
            let sentence_text = clause.of(text).unwrap_or("");
            let window;
            let dates = if clause == sentence.span {
                &whole
            } else {
                window = time::Dates::in_report(sentence_text, &style);
                &window
            };
            let credit = credits.credit(index, q.span);
            let relative = |s: Span| Span::new(s.start - clause.start, s.end - clause.start);
            let cue = credit
                .map(|c| c.cue)
                .filter(|c| c.start >= clause.start && c.end <= clause.end)
                .map(relative);
            let reported_on = match sentence.role {
                Role::Related => None,
                _ => dates.statement_date(cue, date),
            };
            let party = match frame.party {
                Some(Party::Named(p)) => Some(p.to_string()),
                Some(Party::Speaker(fallback)) => credit
                    .and_then(|c| c.country.clone())
                    .or(fallback.map(str::to_string)),
                None => None,
            };
            emit(Claim {
                id: format!("{}#{}", doc.id, q.span.start),
                document: doc.id.clone(),
                span: q.span,
                text: q.text.clone(),
                sentence: sentence_text.to_string(),
                quantity: Figure {
                    value: q.value,
                    low: q.low,
                    high: q.high,
                    qualifier: q.qualifier,
                    unit: q.unit.clone(),
                },
                event: frame.event,
                subject: frame.subject,
                party,
                source: credit.map(|c| c.source.clone()),
                reported_on,
                period: dates.period(
                    relative(q.span),
                    // A period written after the next figure is that
                    // figure's: "[1.8 million], up from 1.5 million in
                    // January". Durations and measures are not figures
                    // here: "over the past [24 hours]" is the period.
                    figures[i + 1..]
                        .iter()
                        .find(|n| matches!(n.unit, Unit::Count | Unit::Percent))
                        .map_or(clause.end, |n| n.span.start.min(clause.end))
                        - clause.start,
                    cue,
                    date,
                ),
                status: frame.status,
            })?;
        }
    }
    Ok(())
}

/// Bytes kept on each side of a figure in a longer sentence.
const CONTEXT: usize = 500;

/// The part of `sentence` a claim at `figure` keeps: the whole sentence,
/// or for a run-on one a window around the figure cut on character
/// boundaries.
fn around(text: &str, sentence: Span, figure: Span) -> Span {
    if sentence.len() <= LONG_SENTENCE {
        return sentence;
    }
    // The figure's own ends are boundaries, so rounding stops at them.
    let start = ceil_boundary(
        text,
        figure.start.saturating_sub(CONTEXT).max(sentence.start),
    );
    let end = floor_boundary(text, figure.end.saturating_add(CONTEXT).min(sentence.end));
    Span::new(start, end)
}
