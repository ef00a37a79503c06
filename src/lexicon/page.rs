//! Words of the page around a report: the markers that introduce links to
//! other reports, page furniture, labels before a date, and the words a
//! heading cannot end with.

use super::Lexicon;
use std::sync::LazyLock;

/// What a related-links marker introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    /// One link, or a short list of linked titles: "READ:", "See also:".
    Inline,
    /// A block of other reports, with teasers and datelines: "Related
    /// content", "More on this story".
    Block,
}

/// Markers of related links, matched at the start of a line and followed
/// by a colon, a dash or the end of the line.
pub(crate) static RELATED_MARKERS: LazyLock<Lexicon<Marker>> = LazyLock::new(|| {
    use Marker::*;
    static ROWS: &[(&str, Marker)] = &[
        ("read", Inline),
        ("read more", Inline),
        ("read also", Inline),
        ("also read", Inline),
        ("read next", Inline),
        ("see also", Inline),
        ("also see", Inline),
        ("related", Inline),
        ("more", Inline),
        ("watch", Inline),
        ("related links", Block),
        ("related content", Block),
        ("related stories", Block),
        ("related articles", Block),
        ("related news", Block),
        ("related coverage", Block),
        ("more on this story", Block),
        ("more on this topic", Block),
        ("more stories", Block),
        ("more news", Block),
        ("you may also like", Block),
        ("you might also like", Block),
        ("recommended", Block),
        ("recommended stories", Block),
        ("most read", Block),
        ("most popular", Block),
        ("most viewed", Block),
        ("latest news", Block),
        ("latest stories", Block),
        ("top stories", Block),
        ("trending", Block),
        ("trending now", Block),
        ("further reading", Block),
        ("in other news", Block),
        ("what to read next", Block),
    ];
    Lexicon::new(ROWS)
});

/// Lines that are page furniture when they stand alone: buttons, ad slots,
/// reading-time notes ("3 min read" is matched without its number).
pub(crate) static FURNITURE: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("share", ()),
        ("share this", ()),
        ("share this article", ()),
        ("share this story", ()),
        ("tweet", ()),
        ("email", ()),
        ("print", ()),
        ("comment", ()),
        ("comments", ()),
        ("advertisement", ()),
        ("advertising", ()),
        ("sponsored", ()),
        ("listen", ()),
        ("listen to this article", ()),
        ("recommended videos", ()),
        ("subscribe", ()),
        ("sign in", ()),
        ("log in", ()),
        ("skip to content", ()),
        ("play video", ()),
        ("watch video", ()),
        ("copy link", ()),
        ("follow us", ()),
        ("back to top", ()),
        ("min read", ()),
    ];
    Lexicon::new(ROWS)
});

/// Labels before a date on its own line: "Published Sep 14, 2022",
/// "Updated: 07/05/2024".
pub(crate) static DATE_LABELS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("published", ()),
        ("published on", ()),
        ("first published", ()),
        ("first published on", ()),
        ("updated", ()),
        ("updated on", ()),
        ("last updated", ()),
        ("last updated on", ()),
        ("posted", ()),
        ("posted on", ()),
        ("modified", ()),
        ("last modified", ()),
        ("date", ()),
        ("dated", ()),
    ];
    Lexicon::new(ROWS)
});

/// Days of the week, as a date may open with them.
pub(crate) static WEEKDAYS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("monday", ()),
        ("tuesday", ()),
        ("wednesday", ()),
        ("thursday", ()),
        ("friday", ()),
        ("saturday", ()),
        ("sunday", ()),
        ("mon", ()),
        ("tue", ()),
        ("tues", ()),
        ("wed", ()),
        ("thu", ()),
        ("thur", ()),
        ("thurs", ()),
        ("fri", ()),
        ("sat", ()),
        ("sun", ()),
    ];
    Lexicon::new(ROWS)
});

/// Words that leave a line open: a line ending with one is wrapped text,
/// not a heading ("... hosted thousands of" / "people fleeing famine").
pub(crate) static OPEN_ENDINGS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("a", ()),
        ("an", ()),
        ("the", ()),
        ("of", ()),
        ("to", ()),
        ("for", ()),
        ("from", ()),
        ("by", ()),
        ("with", ()),
        ("at", ()),
        ("in", ()),
        ("into", ()),
        ("onto", ()),
        ("between", ()),
        ("during", ()),
        ("among", ()),
        ("amid", ()),
        ("against", ()),
        ("via", ()),
        ("per", ()),
        ("and", ()),
        ("or", ()),
        ("but", ()),
        ("nor", ()),
        ("as", ()),
        ("than", ()),
        ("that", ()),
        ("which", ()),
        ("whose", ()),
        ("where", ()),
        ("its", ()),
        ("their", ()),
        ("his", ()),
        ("her", ()),
        ("our", ()),
        ("this", ()),
        ("these", ()),
        ("those", ()),
        ("is", ()),
        ("are", ()),
        ("was", ()),
        ("were", ()),
        ("be", ()),
        ("been", ()),
        ("has", ()),
        ("have", ()),
        ("had", ()),
        ("will", ()),
        ("would", ()),
        ("could", ()),
        ("should", ()),
        ("can", ()),
        ("may", ()),
        ("might", ()),
        ("must", ()),
    ];
    Lexicon::new(ROWS)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_have_kinds() {
        assert_eq!(RELATED_MARKERS.get("See also"), Some(Marker::Inline));
        assert_eq!(
            RELATED_MARKERS.get("MORE ON THIS STORY"),
            Some(Marker::Block)
        );
        assert_eq!(RELATED_MARKERS.get("readers"), None);
    }

    #[test]
    fn page_words() {
        assert!(FURNITURE.get("Advertisement").is_some());
        assert!(DATE_LABELS.get("last updated").is_some());
        assert!(WEEKDAYS.get("Thurs").is_some());
        assert!(OPEN_ENDINGS.get("of").is_some());
        assert!(OPEN_ENDINGS.get("says").is_none());
    }
}
