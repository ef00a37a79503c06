//! Words that credit a figure to someone: speech and report verbs
//! ("said", "told", "estimates"), credit phrases ("according to",
//! "citing"), the nouns of published counts ("figures released by"), and
//! the adverbials that may stand between a speaker and its verb.

use super::calendar::{DAY_PARTS, WEEKDAYS};
use super::Lexicon;
use std::sync::LazyLock;

/// How a cue word reaches its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueWord {
    /// A speech or report verb: the speaker stands before it ("X said"),
    /// after it when inverted (", said X"), or after "by" when passive
    /// ("was reported by X").
    Verb,
    /// A verb that may also take an ordinary object ("claimed the town",
    /// "recognises the annexation"): not a cue when an article or a
    /// possessive follows it.
    VerbBare,
    /// A verb that credits only with a toll noun as its object: "put the
    /// toll at", "gave a figure of".
    TollVerb,
    /// A participle that goes on from its clause's verb: "X accused Y of
    /// the attack, saying …". After a comma its speaker is the clause's
    /// subject; elsewhere it reads like [`CueWord::Verb`].
    Participle,
    /// A phrase with the speaker after it: "according to X".
    Prep,
    /// "citing X": the figure is X's, not the speaker's who cites.
    Citing,
    /// A verb of taking sides on what another said: "X denied the
    /// report", "X rejected the claim". X credits no figure by it, but is
    /// who a later "it said" or "the ministry added" stands for.
    Stance,
}

/// Cue words and phrases, lower case.
pub(crate) static CUES: LazyLock<Lexicon<CueWord>> = LazyLock::new(|| {
    use CueWord::*;
    static ROWS: &[(&str, CueWord)] = &[
        ("said", Verb),
        ("says", Verb),
        ("say", Verb),
        ("saying", Participle),
        ("adding", Participle),
        ("told", Verb),
        ("tells", Verb),
        ("reported", Verb),
        ("reports", Verb),
        ("reporting", Verb),
        ("report", Verb),
        ("estimates", Verb),
        ("estimated", Verb),
        ("estimate", Verb),
        ("announced", Verb),
        ("announces", Verb),
        ("announce", Verb),
        ("confirmed", Verb),
        ("confirms", Verb),
        ("confirm", Verb),
        ("added", Verb),
        ("adds", Verb),
        ("stated", Verb),
        ("states", Verb),
        ("wrote", Verb),
        ("writes", Verb),
        ("posted", Verb),
        ("tweeted", Verb),
        ("warned", VerbBare),
        ("warns", VerbBare),
        ("noted", Verb),
        ("notes", Verb),
        ("continued", Verb),
        ("emphasized", Verb),
        ("emphasised", Verb),
        ("stressed", Verb),
        ("insisted", Verb),
        ("explained", Verb),
        ("indicated", Verb),
        ("revealed", Verb),
        ("suggest", Verb),
        ("suggests", Verb),
        ("suggested", Verb),
        ("allege", Verb),
        ("alleges", Verb),
        ("alleged", Verb),
        ("believes", Verb),
        ("believe", Verb),
        ("spoke", Verb),
        ("show", Verb),
        ("shows", Verb),
        ("showed", Verb),
        ("counted", Verb),
        ("documented", Verb),
        ("recorded", Verb),
        ("tallied", Verb),
        ("verified", Verb),
        ("claimed", VerbBare),
        ("claims", VerbBare),
        ("claim", VerbBare),
        ("recognizes", VerbBare),
        ("recognises", VerbBare),
        ("recognized", VerbBare),
        ("recognised", VerbBare),
        ("acknowledged", VerbBare),
        ("acknowledges", VerbBare),
        ("admitted", VerbBare),
        ("admits", VerbBare),
        ("put", TollVerb),
        ("puts", TollVerb),
        ("gave", TollVerb),
        ("gives", TollVerb),
        ("raised", TollVerb),
        ("revised", TollVerb),
        ("updated", TollVerb),
        ("denied", Stance),
        ("rejected", Stance),
        ("rejects", Stance),
        ("disputed", Stance),
        ("disputes", Stance),
        ("according to", Prep),
        ("citing", Citing),
    ];
    Lexicon::new(ROWS)
});

/// Words after a [`CueWord::VerbBare`] verb that make it an ordinary verb.
pub(crate) static BARE_OBJECTS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("the", ()),
        ("a", ()),
        ("an", ()),
        ("its", ()),
        ("his", ()),
        ("her", ()),
        ("their", ()),
        ("responsibility", ()),
        ("credit", ()),
        ("victory", ()),
        ("control", ()),
        ("lives", ()),
        ("people", ()),
        ("residents", ()),
        ("civilians", ()),
    ];
    Lexicon::new(ROWS)
});

/// Deeds a speaker claims without stating a figure: "claimed
/// responsibility", "claimed the attack". The claimant is someone the
/// text may go on with ("the group said", "it said"), but credits nothing
/// itself.
pub(crate) static CLAIMED_DEEDS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("responsibility", ()),
        ("credit", ()),
        ("attack", ()),
        ("attacks", ()),
        ("ambush", ()),
        ("bombing", ()),
        ("bombings", ()),
        ("blast", ()),
        ("raid", ()),
        ("raids", ()),
        ("strike", ()),
        ("strikes", ()),
        ("assault", ()),
        ("killing", ()),
        ("killings", ()),
        ("kidnapping", ()),
        ("abduction", ()),
        ("shooting", ()),
        ("massacre", ()),
    ];
    Lexicon::new(ROWS)
});

/// Objects that make a [`CueWord::TollVerb`] a credit: "put the toll at".
pub(crate) static TOLL_NOUNS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("toll", ()),
        ("tolls", ()),
        ("figure", ()),
        ("figures", ()),
        ("number", ()),
        ("numbers", ()),
        ("tally", ()),
        ("count", ()),
        ("estimate", ()),
        ("total", ()),
    ];
    Lexicon::new(ROWS)
});

/// Nouns of a published count, credited to whoever the "by" or "from"
/// after them names: "figures released by", "data from", "tracking by";
/// with the most words that may stand between the noun and its link. A
/// statement's source follows it at once ("a statement issued by").
pub(crate) static DATA_NOUNS: LazyLock<Lexicon<u8>> = LazyLock::new(|| {
    static ROWS: &[(&str, u8)] = &[
        ("data", 6),
        ("figures", 6),
        ("statistics", 6),
        ("tracking", 6),
        ("tally", 6),
        ("count", 6),
        ("estimates", 6),
        ("analysis", 6),
        ("research", 6),
        ("survey", 6),
        ("records", 6),
        ("findings", 6),
        ("numbers", 6),
        ("report", 6),
        ("statement", 2),
        ("statements", 2),
        ("communique", 2),
    ];
    Lexicon::new(ROWS)
});

/// The link between a data noun and its source.
pub(crate) static DATA_LINKS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[("by", ()), ("from", ())];
    Lexicon::new(ROWS)
});

/// Words that may stand between a speaker and its verb, or after the
/// verb: "X also said", "X has said", "X on Saturday put", "X said
/// yesterday".
pub(crate) static ADVERBS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("also", ()),
        ("later", ()),
        ("earlier", ()),
        ("previously", ()),
        ("separately", ()),
        ("further", ()),
        ("again", ()),
        ("then", ()),
        ("already", ()),
        ("initially", ()),
        ("officially", ()),
        ("publicly", ()),
        ("now", ()),
        ("has", ()),
        ("have", ()),
        ("had", ()),
        ("yesterday", ()),
        ("today", ()),
        ("tonight", ()),
        ("in a statement", ()),
        ("in a post", ()),
        ("on telegram", ()),
        ("on social media", ()),
    ];
    Lexicon::new(ROWS)
});

/// Day and part-of-day words an adverbial may name: "on Monday", "late on
/// Tuesday", "Wednesday": the calendar's weekdays and parts of the day.
pub(crate) static DAYS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    let rows = WEEKDAYS
        .phrases()
        .into_iter()
        .chain(DAY_PARTS.phrases())
        .map(|p| (p, ()))
        .collect();
    Lexicon::from_rows(rows)
});

/// Words after which a noun phrase is an object, never a speaker:
/// prepositions and "no" ("refugees from Ukraine recorded", "No Injuries
/// Reported").
pub(crate) static OBJECT_MARKERS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("of", ()),
        ("from", ()),
        ("in", ()),
        ("on", ()),
        ("at", ()),
        ("to", ()),
        ("by", ()),
        ("with", ()),
        ("into", ()),
        ("against", ()),
        ("across", ()),
        ("near", ()),
        ("under", ()),
        ("about", ()),
        ("among", ()),
        ("between", ()),
        ("toward", ()),
        ("towards", ()),
        ("called", ()),
        ("named", ()),
        ("no", ()),
    ];
    Lexicon::new(ROWS)
});

/// Speech verbs whose object is the listener ("told AFP", "tells
/// reporters"): the words after them never name the speaker, so they are
/// never read inverted (", told AFP" is no ", said AFP").
pub(crate) static LISTENER_VERBS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[("told", ()), ("tells", ())];
    Lexicon::new(ROWS)
});

/// Words that open an aside set between commas after a speaker and
/// before its verb: "X, who asked not to be named, said", "X, citing Y,
/// said", "X, in a statement, said", "X, on Monday, said". The speaker is
/// read before the aside.
pub(crate) static ASIDE_OPENERS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("who", ()),
        ("which", ()),
        ("whose", ()),
        ("citing", ()),
        ("in", ()),
        ("on", ()),
        ("through", ()),
        ("via", ()),
    ];
    Lexicon::new(ROWS)
});

/// Words that open a clause of their own inside a sentence: a figure
/// after them takes the credit of its own clause.
pub(crate) static CLAUSE_BREAKS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("while", ()),
        ("whereas", ()),
        ("but", ()),
        ("although", ()),
        ("though", ()),
    ];
    Lexicon::new(ROWS)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_kinds() {
        assert_eq!(CUES.get("Said"), Some(CueWord::Verb));
        assert_eq!(CUES.get("according to"), Some(CueWord::Prep));
        assert_eq!(CUES.get("according"), None);
        assert_eq!(CUES.get("put"), Some(CueWord::TollVerb));
        assert_eq!(CUES.get("claimed"), Some(CueWord::VerbBare));
        assert_eq!(CUES.get("killed"), None);
    }

    #[test]
    fn tables_hold_lower_case_phrases() {
        let phrases = [
            TOLL_NOUNS.phrases(),
            DATA_NOUNS.phrases(),
            ADVERBS.phrases(),
            DAYS.phrases(),
            CLAIMED_DEEDS.phrases(),
        ];
        for p in phrases.into_iter().flatten() {
            assert_eq!(p, p.to_ascii_lowercase());
        }
    }
}
