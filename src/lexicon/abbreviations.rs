//! Abbreviations whose period does not end a sentence, and the words that
//! begin one.
//!
//! A period after "Gen." or "Feb." usually sits inside a sentence; whether
//! it ends one depends on the kind of abbreviation and on what follows, so
//! each abbreviation carries the rule that reads it ([`Abbrev`]).

use super::Lexicon;
use std::sync::LazyLock;

/// How the period after an abbreviation reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// A title before a name ("Dr.", "Gen.", "St."): never ends a sentence.
    Title,
    /// Stands before a number ("No. 3", "Feb. 24", "Art. 5"): ends a
    /// sentence unless a digit follows.
    BeforeNumber,
    /// Anything else ("Inc.", "Jr.", "etc.", and dotted forms such as
    /// "U.S." and "a.m."): ends a sentence only before a word that usually
    /// begins one ("The", "He"), see [`SENTENCE_STARTERS`].
    Other,
}

/// Abbreviations written with a final period, lower case, without it.
pub(crate) static ABBREVIATIONS: LazyLock<Lexicon<Abbrev>> = LazyLock::new(|| {
    use Abbrev::*;
    static ROWS: &[(&str, Abbrev)] = &[
        // titles and ranks
        ("mr", Title),
        ("mrs", Title),
        ("ms", Title),
        ("messrs", Title),
        ("mme", Title),
        ("dr", Title),
        ("prof", Title),
        ("rev", Title),
        ("fr", Title),
        ("msgr", Title),
        ("hon", Title),
        ("pres", Title),
        ("amb", Title),
        ("gov", Title),
        ("sen", Title),
        ("rep", Title),
        ("atty", Title),
        ("gen", Title),
        ("lt", Title),
        ("col", Title),
        ("maj", Title),
        ("capt", Title),
        ("cpt", Title),
        ("cmdr", Title),
        ("cdr", Title),
        ("adm", Title),
        ("brig", Title),
        ("sgt", Title),
        ("cpl", Title),
        ("pvt", Title),
        ("insp", Title),
        ("supt", Title),
        ("det", Title),
        ("st", Title),
        ("mt", Title),
        ("ft", Title),
        // before a number
        ("no", BeforeNumber),
        ("nos", BeforeNumber),
        ("vol", BeforeNumber),
        ("art", BeforeNumber),
        ("fig", BeforeNumber),
        ("p", BeforeNumber),
        ("pp", BeforeNumber),
        ("para", BeforeNumber),
        ("approx", BeforeNumber),
        // "c. 300", "ca. 300", "est. 40": about
        ("c", BeforeNumber),
        ("ca", BeforeNumber),
        ("est", BeforeNumber),
        ("jan", BeforeNumber),
        ("feb", BeforeNumber),
        ("mar", BeforeNumber),
        ("apr", BeforeNumber),
        ("jun", BeforeNumber),
        ("jul", BeforeNumber),
        ("aug", BeforeNumber),
        ("sep", BeforeNumber),
        ("sept", BeforeNumber),
        ("oct", BeforeNumber),
        ("nov", BeforeNumber),
        ("dec", BeforeNumber),
        // others
        ("inc", Other),
        ("ltd", Other),
        ("co", Other),
        ("corp", Other),
        ("bros", Other),
        ("jr", Other),
        ("sr", Other),
        ("etc", Other),
        ("vs", Other),
        ("v", Other),
        ("al", Other),
        ("est", Other),
        ("dept", Other),
        ("govt", Other),
        ("univ", Other),
        ("assn", Other),
        ("ave", Other),
        ("blvd", Other),
        ("rd", Other),
    ];
    Lexicon::new(ROWS)
});

/// Words that, capitalised after an abbreviation's period, show that a new
/// sentence begins: "... in the U.S. The ministry said" splits, "the U.S.
/// Embassy" does not. Function words only: names never begin a sentence
/// by this rule.
pub(crate) static SENTENCE_STARTERS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("the", ()),
        ("a", ()),
        ("an", ()),
        ("he", ()),
        ("she", ()),
        ("it", ()),
        ("they", ()),
        ("we", ()),
        ("i", ()),
        ("you", ()),
        ("this", ()),
        ("that", ()),
        ("these", ()),
        ("those", ()),
        ("there", ()),
        ("his", ()),
        ("her", ()),
        ("its", ()),
        ("their", ()),
        ("our", ()),
        ("in", ()),
        ("on", ()),
        ("at", ()),
        ("by", ()),
        ("for", ()),
        ("from", ()),
        ("but", ()),
        ("and", ()),
        ("so", ()),
        ("yet", ()),
        ("however", ()),
        ("meanwhile", ()),
        ("after", ()),
        ("before", ()),
        ("as", ()),
        ("when", ()),
        ("while", ()),
        ("if", ()),
        ("according", ()),
        ("some", ()),
        ("many", ()),
        ("most", ()),
        ("no", ()),
        ("both", ()),
        ("all", ()),
        ("earlier", ()),
        ("later", ()),
        ("also", ()),
        ("since", ()),
        ("officials", ()),
    ];
    Lexicon::new(ROWS)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_carry_their_rule() {
        assert_eq!(ABBREVIATIONS.get("Gen"), Some(Abbrev::Title));
        assert_eq!(ABBREVIATIONS.get("Feb"), Some(Abbrev::BeforeNumber));
        assert_eq!(ABBREVIATIONS.get("Inc"), Some(Abbrev::Other));
        assert_eq!(ABBREVIATIONS.get("killed"), None);
    }

    #[test]
    fn starters_are_function_words() {
        assert!(SENTENCE_STARTERS.get("The").is_some());
        assert!(SENTENCE_STARTERS.get("Embassy").is_none());
    }
}
