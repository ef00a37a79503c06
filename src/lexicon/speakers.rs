//! Words that make up who a figure is credited to: titles ("defense
//! minister", "spokeswoman"), the heads of bodies ("ministry", "army") and
//! of unnamed speakers ("officials", "a hospital official"), the words
//! that may qualify them ("health", "regional"), places and their
//! demonyms, well-known bodies, and capitalised words that are never part
//! of a name.

use super::{Key, Lexicon};
use crate::vocabulary::SourceKind;
use std::sync::LazyLock;

/// What part a word plays in a speaker's description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// A person's title or role, stripped from the name and kept as the
    /// role: "president", "defense minister", "spokeswoman".
    Title,
    /// The head of a body's name: "ministry", "army", "observatory".
    Body,
    /// The head of an unnamed speaker: "officials", "an army officer",
    /// "activists", "a security source".
    People,
    /// A text that speaks for its authors: "documents", "statement".
    Document,
    /// A word that qualifies a body or a title: "health", "regional",
    /// "human rights".
    Modifier,
}

/// A word of a speaker's description, with the kind of source it makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SpeakerWord {
    /// Its part in the description.
    pub(crate) class: Class,
    /// The kind of source it makes, when it settles it.
    pub(crate) kind: Option<SourceKind>,
}

const fn w(class: Class, kind: Option<SourceKind>) -> SpeakerWord {
    SpeakerWord { class, kind }
}

/// Lower-case particles that stand inside a person's name, between its
/// capitalised words: "Margot van der Veen", "Luis de la Cruz", "Abu Bakr
/// bin Said", "Ahmed al Hassan". Hyphenated ones ("al-Hassan") are read
/// as one word.
pub(crate) const NAME_INFIXES: &[&str] = &[
    "van", "von", "der", "den", "ter", "de", "del", "della", "di", "da", "das", "dos", "du", "la",
    "le", "bin", "ibn", "bint", "ben", "al", "el", "ould", "wa",
];

/// Honorifics: titles of courtesy before a name ("Mr. Petrenko", "Dr
/// Koval"). They are no part of the name and say nothing of the speaker's
/// role, so neither keeps them.
pub(crate) const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "mx", "dr", "prof"];

/// Titles, heads and qualifiers of speakers, lower case.
pub(crate) static SPEAKER_WORDS: LazyLock<Lexicon<SpeakerWord>> = LazyLock::new(|| {
    use Class::*;
    use SourceKind::*;
    const O: Option<SourceKind> = Some(Official);
    const M: Option<SourceKind> = Some(Military);
    const ME: Option<SourceKind> = Some(Media);
    const N: Option<SourceKind> = Some(Ngo);
    const I: Option<SourceKind> = Some(Independent);
    static ROWS: &[(&str, SpeakerWord)] = &[
        // titles of officials
        ("president", w(Title, O)),
        ("vice president", w(Title, O)),
        ("prime minister", w(Title, O)),
        ("minister", w(Title, O)),
        ("defense minister", w(Title, O)),
        ("defence minister", w(Title, O)),
        ("foreign minister", w(Title, O)),
        ("interior minister", w(Title, O)),
        ("health minister", w(Title, O)),
        ("deputy minister", w(Title, O)),
        ("secretary", w(Title, O)),
        ("mayor", w(Title, O)),
        ("governor", w(Title, O)),
        ("prosecutor", w(Title, O)),
        ("ambassador", w(Title, O)),
        ("envoy", w(Title, O)),
        ("lawmaker", w(Title, O)),
        ("senator", w(Title, O)),
        ("council member", w(Title, O)),
        ("councillor", w(Title, O)),
        ("administrator", w(Title, O)),
        ("ombudsman", w(Title, O)),
        ("commissioner", w(Title, O)),
        ("high commissioner", w(Title, O)),
        ("secretary-general", w(Title, O)),
        ("governor-general", w(Title, O)),
        ("attorney general", w(Title, O)),
        ("speaker", w(Title, O)),
        ("chancellor", w(Title, O)),
        ("premier", w(Title, O)),
        ("adviser", w(Title, O)),
        ("advisor", w(Title, O)),
        ("aide", w(Title, O)),
        ("negotiator", w(Title, O)),
        ("king", w(Title, O)),
        ("emir", w(Title, O)),
        ("sheikh", w(Title, O)),
        ("crown prince", w(Title, O)),
        // titles in armies
        ("commander", w(Title, M)),
        ("general", w(Title, M)),
        ("colonel", w(Title, M)),
        ("lieutenant", w(Title, M)),
        ("admiral", w(Title, M)),
        ("rear admiral", w(Title, M)),
        ("vice admiral", w(Title, M)),
        ("brigadier", w(Title, M)),
        ("marshal", w(Title, M)),
        ("sergeant", w(Title, M)),
        ("commandant", w(Title, M)),
        ("inspector", w(Title, O)),
        // titles written short ("Lt. Gen."); the dot is left aside
        ("lt", w(Title, M)),
        ("gen", w(Title, M)),
        ("col", w(Title, M)),
        ("maj", w(Title, M)),
        ("capt", w(Title, M)),
        ("sgt", w(Title, M)),
        ("brig", w(Title, M)),
        ("adm", w(Title, M)),
        ("cmdr", w(Title, M)),
        ("gov", w(Title, O)),
        ("sen", w(Title, O)),
        ("rep", w(Title, O)),
        ("major", w(Title, M)),
        ("captain", w(Title, M)),
        ("chief of staff", w(Title, M)),
        // titles anywhere
        ("spokesman", w(Title, None)),
        ("spokeswoman", w(Title, None)),
        ("spokesperson", w(Title, None)),
        ("head", w(Title, None)),
        ("chief", w(Title, None)),
        ("director", w(Title, None)),
        ("director general", w(Title, None)),
        ("ceo", w(Title, None)),
        ("chairman", w(Title, None)),
        ("chairwoman", w(Title, None)),
        ("leader", w(Title, None)),
        ("coordinator", w(Title, None)),
        ("representative", w(Title, None)),
        ("surgeon", w(Title, None)),
        ("doctor", w(Title, None)),
        // honorifics (see HONORIFICS), with or without their dot
        ("dr", w(Title, None)),
        ("mr", w(Title, None)),
        ("mrs", w(Title, None)),
        ("ms", w(Title, None)),
        ("mx", w(Title, None)),
        ("prof", w(Title, I)),
        ("correspondent", w(Title, ME)),
        ("reporter", w(Title, ME)),
        ("researcher", w(Title, I)),
        ("investigator", w(Title, None)),
        ("expert", w(Title, I)),
        ("rapporteur", w(Title, None)),
        ("analyst", w(Title, I)),
        ("professor", w(Title, I)),
        // heads of bodies
        ("ministry", w(Body, O)),
        ("ministries", w(Body, O)),
        ("government", w(Body, O)),
        ("administration", w(Body, O)),
        ("presidency", w(Body, O)),
        ("kremlin", w(Body, O)),
        ("office", w(Body, O)),
        ("police", w(Body, O)),
        ("authorities", w(Body, O)),
        ("authority", w(Body, O)),
        ("council", w(Body, None)),
        ("service", w(Body, O)),
        ("services", w(Body, O)),
        ("department", w(Body, O)),
        ("prosecutor's office", w(Body, O)),
        ("army", w(Body, M)),
        ("military", w(Body, M)),
        ("forces", w(Body, M)),
        ("armed forces", w(Body, M)),
        ("general staff", w(Body, M)),
        ("navy", w(Body, M)),
        ("air force", w(Body, M)),
        ("command", w(Body, M)),
        ("wing", w(Body, None)),
        ("brigade", w(Body, M)),
        ("coast guard", w(Body, M)),
        ("border guard", w(Body, M)),
        ("national guard", w(Body, M)),
        ("gendarmerie", w(Body, M)),
        ("junta", w(Body, O)),
        ("cabinet", w(Body, O)),
        ("parliament", w(Body, O)),
        ("embassy", w(Body, O)),
        ("directorate", w(Body, O)),
        ("bureau", w(Body, O)),
        ("movement", w(Body, None)),
        ("militia", w(Body, None)),
        ("faction", w(Body, None)),
        ("media", w(Body, ME)),
        ("state media", w(Body, ME)),
        ("agency", w(Body, None)),
        ("news agency", w(Body, ME)),
        ("outlet", w(Body, ME)),
        ("newspaper", w(Body, ME)),
        ("broadcaster", w(Body, ME)),
        ("television", w(Body, ME)),
        ("tv", w(Body, ME)),
        ("radio", w(Body, ME)),
        ("daily", w(Body, ME)),
        ("observatory", w(Body, N)),
        ("monitor", w(Body, N)),
        ("group", w(Body, N)),
        ("groups", w(Body, N)),
        ("organisation", w(Body, N)),
        ("organization", w(Body, N)),
        ("network", w(Body, N)),
        ("committee", w(Body, None)),
        ("mission", w(Body, None)),
        ("monitors", w(People, None)),
        ("center", w(Body, None)),
        ("centre", w(Body, None)),
        ("coalition", w(Body, None)),
        ("alliance", w(Body, None)),
        ("channel", w(Body, ME)),
        ("hospital", w(Body, None)),
        ("headquarters", w(Body, O)),
        ("association", w(Body, N)),
        ("society", w(Body, N)),
        ("foundation", w(Body, N)),
        ("federation", w(Body, None)),
        ("commission", w(Body, None)),
        ("civil defence", w(Body, O)),
        ("civil defense", w(Body, O)),
        ("civil protection", w(Body, O)),
        ("institute", w(Body, I)),
        ("university", w(Body, I)),
        ("think tank", w(Body, I)),
        // unnamed people
        ("official", w(People, O)),
        ("officials", w(People, O)),
        ("commanders", w(People, M)),
        ("field commanders", w(People, M)),
        ("officer", w(People, M)),
        ("officers", w(People, M)),
        ("source", w(People, None)),
        ("sources", w(People, None)),
        ("activists", w(People, None)),
        ("activist", w(People, None)),
        ("residents", w(People, I)),
        ("witnesses", w(People, I)),
        ("medics", w(People, None)),
        ("medic", w(People, None)),
        ("worker", w(People, None)),
        ("workers", w(People, None)),
        ("nurse", w(People, None)),
        ("nurses", w(People, None)),
        ("survivor", w(People, I)),
        ("survivors", w(People, I)),
        ("volunteer", w(People, None)),
        ("hospital staff", w(People, None)),
        ("medical staff", w(People, None)),
        ("staff members", w(People, None)),
        ("staffers", w(People, None)),
        ("witness", w(People, I)),
        ("resident", w(People, I)),
        ("doctors", w(People, None)),
        ("rescuers", w(People, None)),
        ("researchers", w(People, I)),
        ("analysts", w(People, I)),
        ("experts", w(People, I)),
        ("diplomats", w(People, O)),
        ("investigators", w(People, None)),
        ("volunteers", w(People, None)),
        ("rebels", w(People, None)),
        ("militants", w(People, None)),
        ("insurgents", w(People, None)),
        ("militias", w(People, None)),
        ("prosecutors", w(People, O)),
        ("partners", w(People, None)),
        ("paramedics", w(People, None)),
        ("aid workers", w(People, None)),
        // texts that speak
        ("documents", w(Document, None)),
        ("papers", w(Document, None)),
        ("statement", w(Document, None)),
        ("tally", w(Document, None)),
        ("tallies", w(Document, None)),
        ("estimates", w(Document, None)),
        // qualifiers
        ("health", w(Modifier, None)),
        ("human rights", w(Modifier, None)),
        ("rights", w(Modifier, None)),
        ("refugee", w(Modifier, None)),
        ("humanitarian", w(Modifier, None)),
        ("state", w(Modifier, None)),
        ("regional", w(Modifier, None)),
        ("local", w(Modifier, None)),
        ("provincial", w(Modifier, None)),
        ("district", w(Modifier, None)),
        ("city", w(Modifier, None)),
        ("federal", w(Modifier, None)),
        ("national", w(Modifier, None)),
        ("independent", w(Modifier, None)),
        ("senior", w(Modifier, None)),
        ("top", w(Modifier, None)),
        ("deputy", w(Modifier, None)),
        ("defense", w(Modifier, None)),
        ("defence", w(Modifier, None)),
        ("foreign", w(Modifier, None)),
        ("interior", w(Modifier, None)),
        ("emergency", w(Modifier, None)),
        ("emergencies", w(Modifier, None)),
        ("civil", w(Modifier, None)),
        ("war", w(Modifier, None)),
        ("monitoring", w(Modifier, None)),
        ("resistance", w(Modifier, None)),
        // where a body sits: "the health ministry in the Hamas-run territory"
        ("territory", w(Modifier, None)),
        ("enclave", w(Modifier, None)),
        ("coordination", w(Modifier, None)),
        ("lawyers", w(Modifier, None)),
        ("opposition", w(Modifier, None)),
        ("rebel", w(Modifier, None)),
        ("militant", w(Modifier, None)),
        ("advocacy", w(Modifier, None)),
        ("watchdog", w(Modifier, None)),
        ("security", w(Modifier, None)),
        ("intelligence", w(Modifier, None)),
        ("leaked", w(Modifier, None)),
        ("initial", w(Modifier, None)),
        ("medical", w(Modifier, None)),
        ("armed", w(Modifier, None)),
        ("political", w(Modifier, None)),
        ("news", w(Modifier, None)),
        ("based", w(Modifier, None)),
        ("aid", w(Modifier, None)),
        ("interim", w(Modifier, None)),
        ("transitional", w(Modifier, None)),
        ("caretaker", w(Modifier, None)),
        ("statistics", w(Modifier, None)),
        ("statistical", w(Modifier, None)),
        ("research", w(Modifier, None)),
        ("ambulance", w(Modifier, None)),
        ("medicine", w(Modifier, None)),
        ("peacekeeping", w(Modifier, None)),
        ("election", w(Modifier, None)),
        ("electoral", w(Modifier, None)),
        ("press", w(Modifier, None)),
        ("disaster", w(Modifier, None)),
        ("migration", w(Modifier, None)),
        ("relief", w(Modifier, None)),
        ("rescue", w(Modifier, None)),
        ("border", w(Modifier, None)),
        ("presidential", w(Modifier, None)),
        ("military's", w(Modifier, None)),
        ("army's", w(Modifier, None)),
    ];
    Lexicon::new(ROWS)
});

/// A place a speaker may be tied to, by name or by demonym.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    /// The country, as an English country name.
    pub(crate) country: &'static str,
    /// True for a country's own name ("Russia"): it may speak for its
    /// government. False for demonyms and cities.
    pub(crate) speaks: bool,
}

const fn country(name: &'static str) -> Place {
    Place {
        country: name,
        speaks: true,
    }
}

const fn of(name: &'static str) -> Place {
    Place {
        country: name,
        speaks: false,
    }
}

/// Countries, their demonyms and capitals, lower case: the rows below,
/// and every country, demonym and people the frame stage knows
/// ([`super::places::PLACES`]), so that a speaker from any of them
/// ("Ugandan army spokesman …") has a country for "his country's troops".
pub(crate) static PLACES: LazyLock<Lexicon<Place>> = LazyLock::new(|| {
    use super::places::{PlaceKind, PLACES as PARTIES};
    let mut rows = PLACE_ROWS.to_vec();
    for phrase in PARTIES.phrases() {
        let Some(party) = PARTIES.get(phrase) else {
            continue;
        };
        let place = match party.kind {
            PlaceKind::Country => country(party.party),
            PlaceKind::Demonym | PlaceKind::People => of(party.party),
            // Capitals there include leaders' names ("Putin" for Russia's
            // government), which are a person's name here.
            PlaceKind::Capital | PlaceKind::Locality | PlaceKind::Group => continue,
        };
        if !rows.iter().any(|(k, _)| *k == phrase) {
            rows.push((phrase, place));
        }
    }
    Lexicon::from_rows(rows)
});

/// The speaker tables' own places, read before the frame stage's.
static PLACE_ROWS: &[(&str, Place)] = &[
    ("ukraine", country("Ukraine")),
    ("ukrainian", of("Ukraine")),
    ("kyiv", of("Ukraine")),
    ("kiev", of("Ukraine")),
    ("russia", country("Russia")),
    ("russian", of("Russia")),
    ("moscow", of("Russia")),
    ("israel", country("Israel")),
    ("israeli", of("Israel")),
    ("palestinian", of("Palestinians")),
    ("gaza", of("Palestinians")),
    ("lebanon", country("Lebanon")),
    ("lebanese", of("Lebanon")),
    ("syria", country("Syria")),
    ("syrian", of("Syria")),
    ("iran", country("Iran")),
    ("iranian", of("Iran")),
    ("iraq", country("Iraq")),
    ("iraqi", of("Iraq")),
    ("yemen", country("Yemen")),
    ("yemeni", of("Yemen")),
    ("saudi arabia", country("Saudi Arabia")),
    ("saudi", of("Saudi Arabia")),
    ("sudan", country("Sudan")),
    ("sudanese", of("Sudan")),
    ("south sudan", country("South Sudan")),
    ("ethiopia", country("Ethiopia")),
    ("ethiopian", of("Ethiopia")),
    ("eritrea", country("Eritrea")),
    ("eritrean", of("Eritrea")),
    ("somalia", country("Somalia")),
    ("somali", of("Somalia")),
    ("mali", country("Mali")),
    ("malian", of("Mali")),
    ("niger", country("Niger")),
    ("nigerien", of("Niger")),
    ("nigeria", country("Nigeria")),
    ("nigerian", of("Nigeria")),
    ("burkina faso", country("Burkina Faso")),
    ("burkinabe", of("Burkina Faso")),
    ("chad", country("Chad")),
    ("chadian", of("Chad")),
    ("libya", country("Libya")),
    ("libyan", of("Libya")),
    ("egypt", country("Egypt")),
    ("egyptian", of("Egypt")),
    ("mozambique", country("Mozambique")),
    ("mozambican", of("Mozambique")),
    ("dr congo", country("DR Congo")),
    ("congolese", of("DR Congo")),
    ("haiti", country("Haiti")),
    ("haitian", of("Haiti")),
    ("afghanistan", country("Afghanistan")),
    ("afghan", of("Afghanistan")),
    ("pakistan", country("Pakistan")),
    ("pakistani", of("Pakistan")),
    ("india", country("India")),
    ("indian", of("India")),
    ("myanmar", country("Myanmar")),
    ("burmese", of("Myanmar")),
    ("armenia", country("Armenia")),
    ("armenian", of("Armenia")),
    ("yerevan", of("Armenia")),
    ("azerbaijan", country("Azerbaijan")),
    ("azerbaijani", of("Azerbaijan")),
    ("turkey", country("Turkey")),
    ("turkish", of("Turkey")),
    ("poland", country("Poland")),
    ("polish", of("Poland")),
    ("belarus", country("Belarus")),
    ("belarusian", of("Belarus")),
    ("germany", country("Germany")),
    ("german", of("Germany")),
    ("france", country("France")),
    ("french", of("France")),
    ("britain", country("United Kingdom")),
    ("british", of("United Kingdom")),
    ("uk", country("United Kingdom")),
    ("united kingdom", country("United Kingdom")),
    ("portugal", country("Portugal")),
    ("portuguese", of("Portugal")),
    ("china", country("China")),
    ("chinese", of("China")),
    ("united states", country("United States")),
    ("us", country("United States")),
    ("u.s", country("United States")),
    ("american", of("United States")),
    ("washington", of("United States")),
    ("jordan", country("Jordan")),
    ("jordanian", of("Jordan")),
    ("qatar", country("Qatar")),
    ("qatari", of("Qatar")),
];

/// A body known by its name alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Known {
    /// Its kind.
    pub(crate) kind: SourceKind,
    /// True when the name is an acronym that counts only in capitals ("WHO"
    /// is the health agency, "who" a pronoun).
    pub(crate) acronym: bool,
}

const fn named(kind: SourceKind) -> Known {
    Known {
        kind,
        acronym: false,
    }
}

const fn acr(kind: SourceKind) -> Known {
    Known {
        kind,
        acronym: true,
    }
}

/// Bodies known by name: UN agencies, monitors, news agencies.
pub(crate) static KNOWN: LazyLock<Lexicon<Known>> = LazyLock::new(|| {
    use SourceKind::*;
    static ROWS: &[(&str, Known)] = &[
        ("un", acr(Un)),
        ("u.n", acr(Un)),
        ("united nations", named(Un)),
        ("unhcr", acr(Un)),
        ("unicef", acr(Un)),
        ("ocha", acr(Un)),
        ("unrwa", acr(Un)),
        ("wfp", acr(Un)),
        ("who", acr(Un)),
        ("iom", acr(Un)),
        ("ohchr", acr(Un)),
        ("world health organisation", named(Un)),
        ("world health organization", named(Un)),
        ("world food programme", named(Un)),
        ("icrc", acr(Ngo)),
        ("red cross", named(Ngo)),
        ("red crescent", named(Ngo)),
        ("amnesty", named(Ngo)),
        ("amnesty international", named(Ngo)),
        ("human rights watch", named(Ngo)),
        ("hrw", acr(Ngo)),
        ("msf", acr(Ngo)),
        ("doctors without borders", named(Ngo)),
        ("airwars", named(Ngo)),
        ("acled", acr(Ngo)),
        ("idf", acr(Military)),
        ("nato", acr(Military)),
        ("reuters", named(Media)),
        ("afp", acr(Media)),
        ("ap", acr(Media)),
        ("associated press", named(Media)),
        ("tass", acr(Media)),
        ("ria novosti", named(Media)),
        ("interfax", named(Media)),
        ("bbc", acr(Media)),
        ("cnn", acr(Media)),
        ("al jazeera", named(Media)),
        ("al arabiya", named(Media)),
        ("anadolu", named(Media)),
        ("xinhua", named(Media)),
        ("ukrinform", named(Media)),
        ("suna", acr(Media)),
        ("sana", acr(Media)),
        ("irna", acr(Media)),
        ("wafa", acr(Media)),
        ("mediazona", named(Media)),
    ];
    Lexicon::new(ROWS)
});

/// Personal pronouns that may stand for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// "he", "she": the last person.
    Person,
    /// "it": the last body.
    Body,
    /// "they": the last body or group.
    Plural,
}

/// Possessive pronouns before a descriptor ("her group", "its
/// monitors"): the descriptor is the owner's, who is the one credited.
pub(crate) const OWNERS: &[(&str, Pronoun)] = &[
    ("his", Pronoun::Person),
    ("her", Pronoun::Person),
    ("its", Pronoun::Body),
    ("their", Pronoun::Plural),
];

/// Pronouns, lower case.
pub(crate) static PRONOUNS: LazyLock<Lexicon<Pronoun>> = LazyLock::new(|| {
    static ROWS: &[(&str, Pronoun)] = &[
        ("he", Pronoun::Person),
        ("she", Pronoun::Person),
        ("it", Pronoun::Body),
        ("they", Pronoun::Plural),
    ];
    Lexicon::new(ROWS)
});

/// Words of the place a speaker is in, written out before its name: "in
/// the eastern province of Ituri", "in the besieged city of El Fasher".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Locality {
    /// "eastern", "besieged": may stand before the noun.
    Adjective,
    /// "province", "city": the noun that "of" and the name follow.
    Noun,
}

/// Locality words, lower case.
pub(crate) static LOCALITY_WORDS: LazyLock<Lexicon<Locality>> = LazyLock::new(|| {
    use Locality::*;
    static ROWS: &[(&str, Locality)] = &[
        ("northern", Adjective),
        ("southern", Adjective),
        ("eastern", Adjective),
        ("western", Adjective),
        ("central", Adjective),
        ("northeastern", Adjective),
        ("northwestern", Adjective),
        ("southeastern", Adjective),
        ("southwestern", Adjective),
        ("north-eastern", Adjective),
        ("north-western", Adjective),
        ("south-eastern", Adjective),
        ("south-western", Adjective),
        ("besieged", Adjective),
        ("restive", Adjective),
        ("coastal", Adjective),
        ("border", Adjective),
        ("port", Adjective),
        ("province", Noun),
        ("region", Noun),
        ("state", Noun),
        ("city", Noun),
        ("town", Noun),
        ("village", Noun),
        ("district", Noun),
        ("county", Noun),
        ("governorate", Noun),
        ("capital", Noun),
        ("area", Noun),
        ("territory", Noun),
        ("camp", Noun),
    ];
    Lexicon::new(ROWS)
});

/// Count words that may open an unnamed speaker like an article: "two
/// military officials", "several witnesses".
pub(crate) static COUNT_WORDS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("one", ()),
        ("two", ()),
        ("three", ()),
        ("four", ()),
        ("five", ()),
        ("several", ()),
        ("some", ()),
        ("many", ()),
        ("multiple", ()),
        ("numerous", ()),
        ("other", ()),
    ];
    Lexicon::new(ROWS)
});

/// Words that are never part of a name, even capitalised at the start of
/// a sentence: function words, days and months.
pub(crate) static NOT_NAMES: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("the", ()),
        ("a", ()),
        ("an", ()),
        ("in", ()),
        ("on", ()),
        ("at", ()),
        ("of", ()),
        ("for", ()),
        ("to", ()),
        ("by", ()),
        ("from", ()),
        ("with", ()),
        ("and", ()),
        ("but", ()),
        ("or", ()),
        ("as", ()),
        ("if", ()),
        ("so", ()),
        ("then", ()),
        ("than", ()),
        ("that", ()),
        ("this", ()),
        ("these", ()),
        ("those", ()),
        ("there", ()),
        ("here", ()),
        ("it", ()),
        ("its", ()),
        ("he", ()),
        ("she", ()),
        ("they", ()),
        ("we", ()),
        ("i", ()),
        ("you", ()),
        ("his", ()),
        ("her", ()),
        ("their", ()),
        ("our", ()),
        ("who", ()),
        ("which", ()),
        ("what", ()),
        ("when", ()),
        ("where", ()),
        ("while", ()),
        ("after", ()),
        ("before", ()),
        ("since", ()),
        ("until", ()),
        ("during", ()),
        ("also", ()),
        ("meanwhile", ()),
        ("however", ()),
        ("overall", ()),
        ("elsewhere", ()),
        ("earlier", ()),
        ("later", ()),
        ("last", ()),
        ("next", ()),
        ("another", ()),
        ("other", ()),
        ("some", ()),
        ("many", ()),
        ("most", ()),
        ("all", ()),
        ("both", ()),
        ("each", ()),
        ("no", ()),
        ("not", ()),
        ("read", ()),
        ("see", ()),
        ("quoting", ()),
        ("monday", ()),
        ("tuesday", ()),
        ("wednesday", ()),
        ("thursday", ()),
        ("friday", ()),
        ("saturday", ()),
        ("sunday", ()),
        ("january", ()),
        ("february", ()),
        ("march", ()),
        ("april", ()),
        ("may", ()),
        ("june", ()),
        ("july", ()),
        ("august", ()),
        ("september", ()),
        ("october", ()),
        ("november", ()),
        ("december", ()),
        ("jan", ()),
        ("feb", ()),
        ("mar", ()),
        ("apr", ()),
        ("jun", ()),
        ("jul", ()),
        ("aug", ()),
        ("sep", ()),
        ("sept", ()),
        ("oct", ()),
        ("nov", ()),
        ("dec", ()),
    ];
    Lexicon::new(ROWS)
});

/// What every speaker table says about one key: a word, a phrase, or the
/// first words of a longer phrase. One lookup answers for all tables.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Facts {
    /// The key's value in [`SPEAKER_WORDS`].
    pub(crate) speaker: Option<SpeakerWord>,
    /// ... in [`PLACES`].
    pub(crate) place: Option<Place>,
    /// ... in [`KNOWN`].
    pub(crate) known: Option<Known>,
    /// ... in [`PRONOUNS`].
    pub(crate) pronoun: Option<Pronoun>,
    /// In [`COUNT_WORDS`].
    pub(crate) count: bool,
    /// In [`NOT_NAMES`].
    pub(crate) not_name: bool,
    /// Whether [`SPEAKER_WORDS`], [`PLACES`] and [`KNOWN`] (in that order)
    /// hold a longer phrase that begins with the key.
    pub(crate) goes_on: [bool; 3],
}

impl Facts {
    /// True when the key is a phrase of [`SPEAKER_WORDS`], [`PLACES`] or
    /// [`KNOWN`], or begins one.
    pub(crate) fn begins_phrase(&self) -> bool {
        self.speaker.is_some()
            || self.place.is_some()
            || self.known.is_some()
            || self.goes_on.contains(&true)
    }
}

/// The facts of every key of the speaker tables, as [`Facts`]; a key in no
/// table is in none of them.
pub(crate) static WORD_FACTS: LazyLock<Lexicon<Facts>> = LazyLock::new(|| {
    let mut keys: Vec<&'static str> = Vec::new();
    let phrases = [
        SPEAKER_WORDS.phrases(),
        PLACES.phrases(),
        KNOWN.phrases(),
        PRONOUNS.phrases(),
        COUNT_WORDS.phrases(),
        NOT_NAMES.phrases(),
    ];
    for phrase in phrases.into_iter().flatten() {
        keys.extend(phrase.match_indices(' ').map(|(at, _)| &phrase[..at]));
        keys.push(phrase);
    }
    keys.sort_unstable();
    keys.dedup();
    let rows = keys
        .into_iter()
        .map(|k| {
            let mut key = Key::default();
            let goes_on = key
                .push(k)
                .map(|_| {
                    [
                        SPEAKER_WORDS.lookup(&key).1,
                        PLACES.lookup(&key).1,
                        KNOWN.lookup(&key).1,
                    ]
                })
                .unwrap_or_default();
            let facts = Facts {
                speaker: SPEAKER_WORDS.get(k),
                place: PLACES.get(k),
                known: KNOWN.get(k),
                pronoun: PRONOUNS.get(k),
                count: COUNT_WORDS.get(k).is_some(),
                not_name: NOT_NAMES.get(k).is_some(),
                goes_on,
            };
            (k, facts)
        })
        .collect();
    Lexicon::from_rows(rows)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(
            SPEAKER_WORDS.get("Defense Minister").map(|w| w.class),
            Some(Class::Title)
        );
        assert_eq!(
            SPEAKER_WORDS.get("ministry").and_then(|w| w.kind),
            Some(SourceKind::Official)
        );
        assert_eq!(PLACES.get("Ukrainian").map(|p| p.country), Some("Ukraine"));
        // Places of the frame stage's table speak too.
        for (word, country) in [("kenyan", "Kenya"), ("colombia", "Colombia")] {
            assert_eq!(PLACES.get(word).map(|p| p.country), Some(country), "{word}");
        }
        assert_eq!(PLACES.get("hamas"), None);
        assert_eq!(KNOWN.get("UNHCR").map(|k| k.kind), Some(SourceKind::Un));
        assert_eq!(PRONOUNS.get("She"), Some(Pronoun::Person));
        assert!(NOT_NAMES.get("Wednesday").is_some());
    }

    #[test]
    fn facts_answer_for_every_table() {
        let facts = |k: &str| WORD_FACTS.get(k).unwrap_or_default();
        assert_eq!(facts("Ukrainian").place, PLACES.get("ukrainian"));
        assert_eq!(facts("she").pronoun, Some(Pronoun::Person));
        assert!(facts("she").not_name && facts("several").count);
        assert!(facts("defense").goes_on[0] && facts("defense").begins_phrase());
        assert_eq!(
            facts("defense minister").speaker.map(|w| w.class),
            Some(Class::Title)
        );
        assert!(facts("united").goes_on[2] && facts("united nations").known.is_some());
        assert_eq!(facts("Zelensky"), Facts::default());
        assert!(!facts("killed").begins_phrase());
        // Every phrase of every table has its facts.
        for phrase in SPEAKER_WORDS.phrases() {
            assert_eq!(facts(phrase).speaker, SPEAKER_WORDS.get(phrase), "{phrase}");
        }
        for phrase in KNOWN.phrases() {
            assert_eq!(facts(phrase).known, KNOWN.get(phrase), "{phrase}");
        }
    }
}
