//! Kinds of subject: the words for soldiers are one kind, the words for
//! people at large another, so that "55,000 troops" and "55,000 soldiers"
//! are figures about the same thing.

use std::borrow::Cow;

/// Subjects that count armed forces.
const MILITARY: &[&str] = &[
    "combatants",
    "conscripts",
    "fighters",
    "forces",
    "marines",
    "mercenaries",
    "militants",
    "paratroopers",
    "personnel",
    "reservists",
    "servicemembers",
    "servicemen",
    "servicewomen",
    "soldiers",
    "troops",
];

/// Subjects that count civilians.
const CIVILIANS: &[&str] = &["civilians", "noncombatants", "non-combatants"];

/// Subjects that count children.
const CHILDREN: &[&str] = &[
    "babies",
    "boys",
    "children",
    "girls",
    "infants",
    "kids",
    "minors",
    "newborns",
    "teenagers",
];

/// Subjects that count people at large.
const PEOPLE: &[&str] = &[
    "casualties",
    "dead",
    "individuals",
    "inhabitants",
    "injured",
    "others",
    "people",
    "persons",
    "residents",
    "victims",
    "wounded",
];

/// The kind of a claim's subject, the word figures are grouped by:
/// `military` for troops, soldiers, servicemen, forces and fighters;
/// `civilians`; `children` (also kids, minors, infants); `people` for
/// people, residents, victims and the like; otherwise the subject itself in
/// the singular ("drones" → "drone", "homes" → "home", "buses" → "bus").
///
/// ```
/// use conflict_figures::ledger::subject_kind;
/// assert_eq!(subject_kind("Troops"), "military");
/// assert_eq!(subject_kind("servicemen"), "military");
/// assert_eq!(subject_kind("residents"), "people");
/// assert_eq!(subject_kind("kids"), "children");
/// assert_eq!(subject_kind("drones"), "drone");
/// assert_eq!(subject_kind("casualties"), "people");
/// assert_eq!(subject_kind("territory"), "territory");
/// ```
pub fn subject_kind(subject: &str) -> Cow<'_, str> {
    let lower: Cow<'_, str> = if subject.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(subject.to_ascii_lowercase())
    } else {
        Cow::Borrowed(subject)
    };
    for (kind, words) in [
        ("military", MILITARY),
        ("civilians", CIVILIANS),
        ("children", CHILDREN),
        ("people", PEOPLE),
    ] {
        if words.contains(&lower.as_ref()) {
            return Cow::Borrowed(kind);
        }
    }
    match singular(&lower) {
        Some(one) => Cow::Owned(one),
        None => lower,
    }
}

/// The singular of a regular English plural, or `None` when `word` does not
/// look like one.
fn singular(word: &str) -> Option<String> {
    const ES: &[&str] = &["ches", "shes", "sses", "xes", "zes", "uses"];
    if let Some(stem) = word.strip_suffix("ies") {
        if !stem.is_empty() {
            return Some(format!("{stem}y"));
        }
    }
    if ES.iter().any(|end| word.ends_with(end)) {
        return word.strip_suffix("es").map(str::to_string);
    }
    if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") || word.len() < 4 {
        return None;
    }
    word.strip_suffix('s').map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        let cases = [
            ("troops", "military"),
            ("soldiers", "military"),
            ("servicemen", "military"),
            ("forces", "military"),
            ("civilians", "civilians"),
            ("children", "children"),
            ("minors", "children"),
            ("people", "people"),
            ("residents", "people"),
            ("drones", "drone"),
            ("missiles", "missile"),
            ("buses", "bus"),
            ("churches", "church"),
            ("casualties", "people"),
            ("facilities", "facility"),
            ("territory", "territory"),
            ("hostages", "hostage"),
            ("gas", "gas"),
            ("status", "status"),
            ("", ""),
            ("ies", "ies"),
            ("Panzerhaubitzen", "panzerhaubitzen"),
            ("écoles", "écoles".trim_end_matches('s')),
        ];
        for (subject, kind) in cases {
            assert_eq!(subject_kind(subject), kind, "{subject}");
        }
    }

    #[test]
    fn not_plurals() {
        for word in ["class", "virus", "crisis", "us", "as", "s"] {
            assert_eq!(singular(word), None, "{word}");
        }
    }
}
