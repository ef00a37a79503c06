//! The closed vocabularies of `GUIDE.md`, as documented enums.
//!
//! Each serialises as the snake_case name the ledger format uses.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How the wording bounds a figure.
///
/// The bounds each qualifier implies are given by [`Qualifier::bounds`].
///
/// ```
/// use conflict_figures::Qualifier;
/// assert_eq!(Qualifier::AtLeast.bounds(Some(55000.0)), (Some(55000.0), None));
/// assert_eq!(serde_json::to_string(&Qualifier::MoreThan).unwrap(), "\"more_than\"");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// A plain figure: "300", "two dozen". Low = high = value.
    Exact,
    /// "around", "about", "some", "roughly", "approximately", "an estimated",
    /// "closer to", "or so". No bounds.
    About,
    /// "at least", "a minimum of", "no fewer than", "or more". Low = value.
    AtLeast,
    /// "more than", "over", "upwards of", "in excess of", "-plus", and verbs
    /// that bound a figure ("topped 45,000"). Low = value (exclusive).
    MoreThan,
    /// "up to", "no more than", "as many as", "at most". High = value.
    AtMost,
    /// "fewer than", "less than", "under", "below". High = value (exclusive).
    LessThan,
    /// "nearly", "almost", "just under", "close to". High = value.
    Almost,
    /// "between 50 and 60", "50 to 60", "50-60". Low and high; no value.
    Range,
    /// "dozens", "hundreds", "thousands of", "tens of thousands", "several
    /// hundred". No value; low = the smallest the words allow.
    Vague,
}

impl Qualifier {
    /// The `(low, high)` bounds this qualifier gives a figure of `value`.
    ///
    /// Ranges and vague numerals carry their own bounds, so for them this
    /// returns `(None, None)`.
    pub fn bounds(self, value: Option<f64>) -> (Option<f64>, Option<f64>) {
        match self {
            Qualifier::Exact => (value, value),
            Qualifier::AtLeast | Qualifier::MoreThan => (value, None),
            Qualifier::AtMost | Qualifier::LessThan | Qualifier::Almost => (None, value),
            Qualifier::About | Qualifier::Range | Qualifier::Vague => (None, None),
        }
    }

    /// The snake_case name used in the ledger.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
            Qualifier::Almost => "almost",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

/// What a figure measures.
///
/// Serialises as a plain string: `"count"`, `"percent"`, `"currency"`, or
/// the measure word itself (`"km"`, `"year-old"`, `"days"`).
///
/// ```
/// use conflict_figures::Unit;
/// assert_eq!(serde_json::to_string(&Unit::Percent).unwrap(), "\"percent\"");
/// let km: Unit = serde_json::from_str("\"km\"").unwrap();
/// assert_eq!(km, Unit::Measure("km".into()));
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// Things or people counted: "55,000 troops", "three villages".
    Count,
    /// A share: "20 percent", "20%", "one-fifth" (= 20), "one in five".
    Percent,
    /// Money: "$800 million", "3bn euros", "19 cents". The currency itself
    /// is given beside the unit.
    Currency,
    /// Any other measure, named by its word as written in lower case:
    /// "km", "barrels", "percentage points", "year-old", "days".
    Measure(String),
}

impl Unit {
    /// The name used in the ledger.
    pub fn as_str(&self) -> &str {
        match self {
            Unit::Count => "count",
            Unit::Percent => "percent",
            Unit::Currency => "currency",
            Unit::Measure(word) => word,
        }
    }

    /// True for units that state a length of time or an age ("days",
    /// "months", "year-old"), which are never conflict figures.
    pub fn is_time(&self) -> bool {
        match self {
            Unit::Measure(word) => crate::lexicon::units::is_time_word(word),
            _ => false,
        }
    }
}

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = String::deserialize(d)?;
        Ok(match word.as_str() {
            "count" => Unit::Count,
            "percent" => Unit::Percent,
            "currency" => Unit::Currency,
            _ => Unit::Measure(word),
        })
    }
}

/// The direction of a figure that states a change rather than a level:
/// "rose by 12" and "up 19 cents" are `Up`, "fell 5 percent" is `Down`;
/// "increased to 45" is a new level and has no change.
///
/// ```
/// use conflict_figures::Change;
/// assert_eq!(serde_json::to_string(&Change::Down).unwrap(), "\"down\"");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// An increment: "rose by", "up", "gained", "a 15% rise".
    Up,
    /// A decrement: "fell", "down", "dropped", "a 5% cut".
    Down,
}

/// Serde helpers that write whole numbers as JSON integers (`55000`, not
/// `55000.0`), so ledgers read the way people write figures.
pub(crate) mod number {
    use serde::Serializer;

    /// Largest magnitude at which every integer is exact in an `f64`.
    const EXACT: f64 = 9_007_199_254_740_992.0;

    pub(crate) fn write<S: Serializer>(v: f64, s: S) -> Result<S::Ok, S::Error> {
        if v.fract() == 0.0 && v.abs() < EXACT {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }

    pub(crate) fn opt<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => write(*v, s),
            None => s.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_follow_the_guide() {
        let v = Some(10.0);
        assert_eq!(Qualifier::Exact.bounds(v), (v, v));
        assert_eq!(Qualifier::About.bounds(v), (None, None));
        assert_eq!(Qualifier::AtLeast.bounds(v), (v, None));
        assert_eq!(Qualifier::MoreThan.bounds(v), (v, None));
        assert_eq!(Qualifier::AtMost.bounds(v), (None, v));
        assert_eq!(Qualifier::LessThan.bounds(v), (None, v));
        assert_eq!(Qualifier::Almost.bounds(v), (None, v));
    }

    #[test]
    fn source_kind_names_match_the_ledger() {
        use SourceKind::*;
        for k in [Official, Military, Media, Ngo, Un, Independent] {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
    }

    #[test]
    fn qualifier_names_round_trip() {
        for q in [
            Qualifier::Exact,
            Qualifier::About,
            Qualifier::AtLeast,
            Qualifier::MoreThan,
            Qualifier::AtMost,
            Qualifier::LessThan,
            Qualifier::Almost,
            Qualifier::Range,
            Qualifier::Vague,
        ] {
            let json = serde_json::to_string(&q).unwrap();
            assert_eq!(json, format!("\"{}\"", q.as_str()));
            assert_eq!(serde_json::from_str::<Qualifier>(&json).unwrap(), q);
        }
    }

    #[test]
    fn whole_numbers_serialise_as_integers() {
        #[derive(serde::Serialize)]
        struct N(#[serde(serialize_with = "number::opt")] Option<f64>);
        assert_eq!(serde_json::to_string(&N(Some(55000.0))).unwrap(), "55000");
        assert_eq!(serde_json::to_string(&N(Some(1.5))).unwrap(), "1.5");
        assert_eq!(serde_json::to_string(&N(Some(1e20))).unwrap(), "1e+20");
        assert_eq!(serde_json::to_string(&N(None)).unwrap(), "null");
    }
}

/// What a claim says happened to the counted people or things: the event
/// table of `GUIDE.md`.
///
/// ```
/// use conflict_figures::Event;
/// assert_eq!(serde_json::to_string(&Event::Intercepted).unwrap(), "\"intercepted\"");
/// assert_eq!(Event::Killed.as_str(), "killed");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// "killed", "dead", "died", "bodies", "death toll", "lost" (troops).
    Killed,
    /// "wounded", "injured", "hurt".
    Wounded,
    /// "casualties", "losses": killed and wounded not split.
    Casualties,
    /// "missing", "unaccounted for", "under the rubble".
    Missing,
    /// People taken prisoner or surrendering; places or equipment taken.
    Captured,
    /// "arrested", "detained", "jailed".
    Detained,
    /// "kidnapped", "abducted", hostages taken or held.
    Abducted,
    /// Prisoners swapped; hostages or prisoners released.
    Exchanged,
    /// "fled", "displaced", "forced from their homes", "homeless".
    Displaced,
    /// "refugees", asylum seekers abroad.
    Refugees,
    /// "evacuated".
    Evacuated,
    /// Without power, heat or water; in need of aid; besieged; out of school.
    Affected,
    /// Buildings, homes or infrastructure damaged.
    Damaged,
    /// Buildings, vehicles or equipment destroyed.
    Destroyed,
    /// Territory held or occupied, as a share or a count.
    Controlled,
    /// Drones, missiles or shells fired or launched.
    Launched,
    /// Drones or missiles shot down or intercepted.
    Intercepted,
    /// Troops, forces or weapons sent, mobilised or stationed.
    Deployed,
}

impl Event {
    /// The snake_case name used in the ledger.
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Killed => "killed",
            Event::Wounded => "wounded",
            Event::Casualties => "casualties",
            Event::Missing => "missing",
            Event::Captured => "captured",
            Event::Detained => "detained",
            Event::Abducted => "abducted",
            Event::Exchanged => "exchanged",
            Event::Displaced => "displaced",
            Event::Refugees => "refugees",
            Event::Evacuated => "evacuated",
            Event::Affected => "affected",
            Event::Damaged => "damaged",
            Event::Destroyed => "destroyed",
            Event::Controlled => "controlled",
            Event::Launched => "launched",
            Event::Intercepted => "intercepted",
            Event::Deployed => "deployed",
        }
    }
}

/// What kind of body or person a source is, when the text makes it clear.
///
/// ```
/// use conflict_figures::vocabulary::SourceKind;
/// assert_eq!(serde_json::to_string(&SourceKind::Ngo).unwrap(), "\"ngo\"");
/// assert_eq!(SourceKind::Un.as_str(), "un");
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Governments, ministries, presidents, governors, mayors, police.
    Official,
    /// Armies, general staffs, military spokespeople.
    Military,
    /// News outlets and agencies.
    Media,
    /// Non-governmental organisations, monitors, rights groups.
    Ngo,
    /// United Nations bodies and officials.
    Un,
    /// Researchers, analysts, witnesses, independent counts.
    Independent,
}

impl SourceKind {
    /// The snake_case name used in the ledger.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Official => "official",
            SourceKind::Military => "military",
            SourceKind::Media => "media",
            SourceKind::Ngo => "ngo",
            SourceKind::Un => "un",
            SourceKind::Independent => "independent",
        }
    }
}
