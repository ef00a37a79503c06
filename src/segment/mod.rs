//! Segmentation: a report's headline, dateline, paragraphs and sentences.
//!
//! Later stages attach claims, sources and dates sentence by sentence, so
//! this stage decides what counts as one sentence and what part of the page
//! it belongs to.
//!
//! ```
//! use conflict_figures::segment::{segment, Role};
//!
//! let text = "Shelling hits port city\n\n\
//!             ODESA, Ukraine (AP) — Two people died. Gen. Ivo Marek said \
//!             the port was hit.\n\n\
//!             READ: Grain ships leave harbour\n";
//! let seg = segment(text);
//! assert_eq!(seg.dateline.and_then(|d| d.of(text)), Some("ODESA, Ukraine (AP) —"));
//! let read: Vec<(Role, &str)> = seg
//!     .sentences
//!     .iter()
//!     .map(|s| (s.role, s.span.of(text).unwrap_or("")))
//!     .collect();
//! assert_eq!(
//!     read,
//!     [
//!         (Role::Headline, "Shelling hits port city"),
//!         (Role::Body, "Two people died."),
//!         (Role::Body, "Gen. Ivo Marek said the port was hit."),
//!         (Role::Related, "READ: Grain ships leave harbour"),
//!     ]
//! );
//! ```
//!
//! # Paragraphs
//!
//! Lines are trimmed of white space and invisible marks. A blank line ends
//! a paragraph. Between two non-blank lines, the first rule that applies
//! decides:
//!
//! 1. a list item ("- ", "• ", "* ", "1. ") or a crosshead ("- Talks
//!    stall -") starts a new paragraph;
//! 2. a line opening in lower case (or with `,` `;` `)`) continues the
//!    paragraph: it is wrapped text;
//! 3. after a line ending with `.` `!` `?` `…` or `:`, a hard-wrapped text
//!    goes on (the sentence rules decide) unless a short heading follows,
//!    and an unwrapped text starts a new paragraph (one paragraph per
//!    line, as pages are often copied);
//! 4. after a line ending open (a comma, a dash, "of", "the", "and", …) the
//!    paragraph goes on;
//! 5. in a hard-wrapped text, after a line filling three quarters of the
//!    wrap width, the paragraph goes on;
//! 6. otherwise the line was a heading, headline or title: a new paragraph.
//!
//! A text is hard-wrapped when at least two of its lines end with no
//! sentence mark before a line that opens in lower case; its wrap width is
//! the longest such line. A paragraph without a sentence mark at its end
//! is one sentence when short; inside a paragraph the rules of
//! the sentence rules below apply.
//!
//! # Sentences
//!
//! A sentence ends at a run of `.` `!` `?` `…` (with the closing quotes and
//! brackets after it) when white space follows and the next character can
//! open a sentence: a capital, a digit, an opening quote or bracket. Then:
//!
//! - after an abbreviation, a single `.` reads by the abbreviation's kind:
//!   never after a title ("Gen.", "Dr.", "St."); not before a digit after
//!   "No." or a month ("Feb. 24"); after "Inc.", "Jr.", dotted forms
//!   ("U.S.", "a.m.") and initials ("J.") only before a word that usually
//!   opens sentences ("The", "He", "In"): "the U.S. Embassy" stays whole,
//!   "from the U.S. The ministry said" splits;
//! - an ellipsis ends a sentence only before a capital;
//! - nothing ends inside brackets opened less than 300 bytes before;
//! - a period with no white space after it ("1.5", "U.S.-based") ends
//!   nothing.
//!
//! So `... were killed." He said` splits after the quote, while `"... were
//! killed," he said.` and `"Why?" he asked.` stay whole; a quotation of
//! several sentences is cut into its sentences. The headline and bylines
//! are one sentence each.
//!
//! # Page parts
//!
//! - **Dateline**: the first of the first fifteen paragraphs (before the
//!   second paragraph of running text, captions and copyright lines aside,
//!   and before any related link) that opens with a wire dateline
//!   ("KYIV, Ukraine (AP) —", "JAKARTA -", "Abu Dhabi (AFP) Feb 5, 2026")
//!   or is a date alone ("Published Sep 14, 2022"). A dateline of a place
//!   and a dash only ("JAKARTA -") must open running text that ends with a
//!   sentence mark.
//!
//!   ```text
//!   dateline := place ("," region)? agency? date? agency? (dash | ":" | end of line)
//!             | (label ":"?)? date time? (dash | end of line | a capital glued on)
//!   ```
//!
//!   `place` is one to four capitalised words, perhaps joined by `/`
//!   ("KYIV/NOVOAZOVSK"); `agency` a bracketed name ("(AP)",
//!   "(BSS/AFP)"); `date` "Feb 5, 2026", "17 March 2024", "07/05/2024",
//!   with an optional weekday; `label` "Published", "Updated", "Posted".
//!   A place in title case needs an agency or a date; a colon closes only
//!   a place in capitals ("BEIRUT:"). After a date alone, the search
//!   goes on for a place dateline opening the body; both are kept in
//!   [`Segments::datelines`].
//! - **Headline**: among the paragraphs at the top, up to the first one of
//!   running text, a list item or the body's dateline, the one-line titles
//!   (no sentence mark or open ending, at most 30 words). The headline is
//!   the first title the page repeats, or else the first title; titles
//!   before it are labels (the site's name), its repeats are headlines,
//!   later titles are read as below. Photo captions there are skipped; "By ..." lines are bylines; capitalised
//!   section names and furniture ("Share", "3 min read") are labels.
//! - **Related**: a line opening with a marker ("READ:", "See also:",
//!   "Related:") and a title is another report's headline; a marker alone
//!   takes the titles after it. A block marker alone ("Related content",
//!   "More on this story") takes everything after it up to a paragraph of
//!   running text of 20 words or more: titles, datelines, teasers ending in
//!   "..." or "read more", short notes.
//! - **Label**: furniture lines, wire sign-offs ("ab/cd/ef"), lines
//!   wholly in brackets with no sentence mark ("(Reporting by ...)"),
//!   copyright notices (also inside a related block, which they end). **Heading**: any other one-line title of at most 15 words
//!   inside the report that is not a photo caption.

mod dateline;
mod lines;
mod roles;
mod sentences;

use crate::lexicon::page::Marker;
use crate::span::Span;
use lines::{ends_sentence, Block, Kind, Line};

/// What part a sentence plays in the report.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The report's own headline (its first title lines at the top).
    Headline,
    /// Running text of the report.
    Body,
    /// The headline of another report the page carries: related links,
    /// sidebars, "READ:" lines. Its date is not this document's.
    Related,
    /// The author line: "By Jane Doe", "by AFP Staff Writers".
    Byline,
    /// Page furniture with no claim of its own: the site's name, section
    /// labels ("WORLD"), buttons ("Share"), wire sign-offs, copyright
    /// notices.
    Label,
    /// A heading inside the report (a crosshead, a list title): part of
    /// the report, but not a sentence of running text.
    Heading,
}

impl Role {
    /// The role's name in lower case: "headline", "body", "related",
    /// "byline", "label", "heading".
    ///
    /// ```
    /// use conflict_figures::segment::Role;
    /// assert_eq!(Role::Related.name(), "related");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Role::Headline => "headline",
            Role::Body => "body",
            Role::Related => "related",
            Role::Byline => "byline",
            Role::Label => "label",
            Role::Heading => "heading",
        }
    }
}

/// One sentence: its span in the text, its paragraph, its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence's bytes, trimmed of surrounding white space.
    pub span: Span,
    /// 0-based index of the paragraph it belongs to, in
    /// [`Segments::paragraphs`].
    pub paragraph: usize,
    /// Headline, body text, another report's headline, and so on.
    pub role: Role,
}

/// A report cut into sentences.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segments {
    /// The wire dateline ("KYIV, Ukraine (AP) —", "Abu Dhabi (AFP) Feb 5,
    /// 2026"), when the report opens with one: the first dateline that
    /// gives a date, or else the first. No sentence covers it.
    pub dateline: Option<Span>,
    /// Every dateline found at the top, in text order (at most a date on
    /// its own line and a place dateline opening the body). No sentence
    /// covers them.
    pub datelines: Vec<Span>,
    /// Every sentence, in text order, non-overlapping.
    pub sentences: Vec<Sentence>,
    /// Every paragraph's text (a list item's without its bullet, the first
    /// paragraph's without the dateline), in text order.
    pub paragraphs: Vec<Span>,
}

impl Segments {
    /// The index of the sentence that holds byte `at`, if any.
    ///
    /// ```
    /// use conflict_figures::segment::segment;
    /// let text = "Ten died. Five were hurt.";
    /// let seg = segment(text);
    /// assert_eq!(seg.sentence_at(12), Some(1));
    /// assert_eq!(seg.sentence_at(9), None);
    /// ```
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let k = self.sentences.partition_point(|s| s.span.end <= at);
        let s = self.sentences.get(k)?;
        (s.span.start <= at).then_some(k)
    }
}

/// Paragraphs searched for the dateline.
/// A sentence longer than this, in bytes, is a run-on line (a page without
/// punctuation, a hostile input): later stages read it, and keep it in
/// claims, in windows around each figure rather than whole.
pub(crate) const LONG_SENTENCE: usize = 4096;

const DATELINE_PARAGRAPHS: usize = 15;

/// Paragraphs searched for the headline.
const HEADLINE_PARAGRAPHS: usize = 10;

/// A paragraph being classified.
#[derive(Debug, Clone, Copy)]
struct Para {
    block: Block,
    /// Dropped: it was only a dateline.
    dropped: bool,
    /// A dateline opened it: the body starts here.
    opened: bool,
    role: Option<Role>,
}

impl Para {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.block.start..self.block.end).unwrap_or("")
    }

    fn one_line(&self) -> bool {
        self.block.first == self.block.last
    }
}

/// Cuts `text` into paragraphs and sentences, and finds its dateline,
/// headline and the other parts of the page (see the [module
/// docs](self)).
///
/// Any text is accepted; the work is linear in its length.
pub fn segment(text: &str) -> Segments {
    let lines = lines::lines(text);
    let mut paras: Vec<Para> = lines::blocks(text, &lines)
        .into_iter()
        .map(|block| Para {
            block,
            dropped: false,
            opened: false,
            role: None,
        })
        .collect();
    let (dateline, datelines) = find_datelines(text, &lines, &mut paras);
    find_headline(text, &mut paras);
    find_roles(text, &mut paras);

    // Room for every paragraph, and for a sentence every hundred bytes or
    // so, to grow the lists seldom.
    let mut out = Segments {
        dateline,
        datelines,
        sentences: Vec::with_capacity(text.len() / 96 + 1),
        paragraphs: Vec::with_capacity(paras.len()),
    };
    let mut spans = Vec::new();
    for para in paras.iter().filter(|p| !p.dropped) {
        let paragraph = out.paragraphs.len();
        let (start, end) = (para.block.start, para.block.end);
        out.paragraphs.push(Span::new(start, end));
        let role = para.role.unwrap_or(Role::Body);
        spans.clear();
        if matches!(role, Role::Headline | Role::Byline) {
            spans.push(Span::new(start, end));
        } else {
            sentences::split(text, start, end, &mut spans);
        }
        out.sentences.extend(spans.iter().map(|&span| Sentence {
            span,
            paragraph,
            role,
        }));
    }
    out
}

/// Finds the datelines, drops the paragraphs they fill and moves the
/// start of the paragraph one opens. Returns their spans and which one is
/// the report's dateline.
///
/// A date alone on its line does not end the search: a place dateline
/// opening the body may follow it ("Updated: 07/05/2024", then "ODRA -
/// Rescue teams ..."). The report's dateline is the first that gives a
/// date, or else the first.
fn find_datelines(text: &str, lines: &[Line], paras: &mut [Para]) -> (Option<Span>, Vec<Span>) {
    let mut found: Vec<(Span, bool)> = Vec::new();
    let mut prose = 0;
    for para in paras.iter_mut().take(DATELINE_PARAGRAPHS) {
        let t = para.text(text);
        if roles::related_marker(t).is_ok() {
            break;
        }
        if para.block.kind == Kind::Text {
            let first_end = lines
                .get(para.block.first)
                .map_or(para.block.end, |l| l.end);
            let line = text.get(para.block.start..first_end).unwrap_or("");
            if let Ok((_, read)) = dateline::dateline(line) {
                let fits = !read.bare() || ends_sentence(t);
                let span = Span::new(para.block.start, para.block.start + read.len);
                let rest = text.get(span.end..para.block.end).unwrap_or("");
                let (start, _) = lines::trimmed(rest, span.end);
                let alone = start >= para.block.end;
                // After a date alone, only a dateline opening the body.
                if fits && (found.is_empty() || !alone) {
                    para.block.start = start;
                    para.dropped = alone;
                    para.opened = true;
                    found.push((span, read.date));
                    if !alone {
                        break;
                    }
                    continue;
                }
            }
        }
        if ends_sentence(t) && !roles::is_caption(t) && !roles::is_boilerplate(t) {
            prose += 1;
            if prose >= 2 {
                break;
            }
        }
    }
    let main = found
        .iter()
        .find(|(_, dated)| *dated)
        .or(found.first())
        .map(|(span, _)| *span);
    (main, found.into_iter().map(|(span, _)| span).collect())
}

/// Marks the headline, bylines and labels at the top of the page.
fn find_headline(text: &str, paras: &mut [Para]) {
    let mut titles: Vec<usize> = Vec::new();
    for (k, para) in paras.iter_mut().enumerate().take(HEADLINE_PARAGRAPHS) {
        if para.dropped {
            continue;
        }
        let t = para.text(text);
        if para.opened || para.block.kind != Kind::Text || !para.one_line() {
            break;
        }
        if roles::is_caption(t) {
            continue;
        }
        if ends_sentence(t) || roles::related_marker(t).is_ok() {
            break;
        }
        if roles::byline(t).is_ok() {
            para.role = Some(Role::Byline);
        } else if roles::is_furniture(t) || roles::is_section_label(t) {
            para.role = Some(Role::Label);
        } else if roles::headline_like(t) {
            titles.push(k);
        } else {
            break;
        }
    }
    let text_of = |k: &usize| paras.get(*k).map_or("", |p| p.text(text));
    let repeated = titles
        .iter()
        .position(|a| titles.iter().filter(|b| text_of(b) == text_of(a)).count() > 1);
    let chosen = repeated.unwrap_or(0);
    let headline = titles.get(chosen).map_or("", text_of);
    for (n, k) in titles.iter().enumerate() {
        let Some(para) = paras.get_mut(*k) else {
            continue;
        };
        if n < chosen {
            para.role = Some(Role::Label);
        } else if para.text(text) == headline {
            para.role = Some(Role::Headline);
        }
    }
}

/// Marks related links, labels, headings and body text below the top.
fn find_roles(text: &str, paras: &mut [Para]) {
    let mut taking: Option<Marker> = None;
    for para in paras.iter_mut() {
        if para.dropped || para.role.is_some() {
            continue;
        }
        let t = para.text(text);
        if roles::is_boilerplate(t) {
            para.role = Some(Role::Label);
            taking = None;
            continue;
        }
        if let Ok((rest, marker)) = roles::related_marker(t) {
            para.role = Some(Role::Related);
            taking = rest.is_empty().then_some(marker);
            continue;
        }
        if let Some(marker) = taking {
            if takes(marker, t) {
                para.role = Some(Role::Related);
                continue;
            }
            taking = None;
        }
        para.role = Some(classify(t, para));
    }
}

/// Whether a related-links marker alone takes paragraph `t` into its
/// block.
fn takes(marker: Marker, t: &str) -> bool {
    let title = roles::headline_like(t);
    match marker {
        Marker::Inline => title,
        Marker::Block => {
            title
                || roles::is_teaser(t)
                || roles::words(t, roles::MIN_BODY_WORDS) < roles::MIN_BODY_WORDS
                || dateline::dateline(t).is_ok()
        }
    }
}

/// The role of a paragraph outside the top and the related blocks.
fn classify(t: &str, para: &Para) -> Role {
    match para.block.kind {
        Kind::Crosshead => return Role::Heading,
        Kind::Item { .. } => return Role::Body,
        Kind::Text | Kind::Blank => {}
    }
    if !para.one_line() {
        return Role::Body;
    }
    let aside = t.starts_with('(') && t.ends_with(')') && !ends_sentence(t);
    if roles::is_furniture(t) || roles::is_signoff(t) || aside {
        Role::Label
    } else if roles::heading_like(t) {
        Role::Heading
    } else {
        Role::Body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(&'static str, &str)> {
        segment(text)
            .sentences
            .iter()
            .map(|s| (s.role.name(), s.span.of(text).unwrap_or("?")))
            .collect()
    }

    #[test]
    fn empty_text() {
        assert_eq!(segment(""), Segments::default());
        assert_eq!(segment("\n\n \u{200f}\n"), Segments::default());
    }

    #[test]
    fn headline_repeated_under_site_name() {
        let text = "Daily Wire Digest\nWORLD\nPort city loses power after strikes\n\n\
                    Port city loses power after strikes\n\nby Staff Writers\n\
                    Lisbon (AFP) March 3, 2025\n\nPower failed across the city. Crews worked.";
        let seg = segment(text);
        assert_eq!(
            seg.dateline.and_then(|d| d.of(text)),
            Some("Lisbon (AFP) March 3, 2025")
        );
        assert_eq!(
            read(text),
            [
                ("label", "Daily Wire Digest"),
                ("label", "WORLD"),
                ("headline", "Port city loses power after strikes"),
                ("headline", "Port city loses power after strikes"),
                ("byline", "by Staff Writers"),
                ("body", "Power failed across the city."),
                ("body", "Crews worked."),
            ]
        );
    }

    #[test]
    fn bare_dateline_needs_running_text() {
        assert_eq!(segment("NATO - allies meet").dateline, None);
        let text = "MADRID - Talks ended. Both sides left.";
        assert_eq!(
            segment(text).dateline.and_then(|d| d.of(text)),
            Some("MADRID -")
        );
    }

    #[test]
    fn related_block_runs_to_running_text() {
        let text = "Body text ends here.\n\nMore on this story\n\nConvoy reaches the north\n\
                    Lima (AFP) May 2, 2025\nThe convoy arrived ... read more\n\n\
                    This long paragraph is running text again, and it goes on for more than \
                    twenty words so that the block of related reports ends before it.";
        let roles: Vec<_> = read(text).into_iter().map(|(r, _)| r).collect();
        assert_eq!(
            roles,
            ["body", "related", "related", "related", "related", "body"]
        );
    }

    #[test]
    fn sentence_at_finds_sentences() {
        let seg = segment("A b. C d.");
        assert_eq!(seg.sentence_at(0), Some(0));
        assert_eq!(seg.sentence_at(5), Some(1));
        assert_eq!(seg.sentence_at(100), None);
    }
}
