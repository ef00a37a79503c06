//! Renderings for people: each figure bracketed in its context with one
//! line of fields. Snapshots and the CLI's table output share them.

use crate::Quantity;

/// Characters of context shown on each side of a figure.
const CONTEXT: usize = 40;

/// One figure in its context, then its fields.
///
/// ```
/// use conflict_figures::{quantities, render};
/// let text = "Officials said at least 12 civilians were killed.";
/// let q = &quantities(text)[0];
/// assert_eq!(
///     render::quantity(text, q),
///     "Officials said [at least 12] civilians were killed.\n    \
///      value=12 low=12 high=- at_least count noun=civilians"
/// );
/// ```
pub fn quantity(text: &str, q: &Quantity) -> String {
    let mut fields = format!(
        "value={} low={} high={} {} {}",
        num(q.value),
        num(q.low),
        num(q.high),
        q.qualifier.as_str(),
        q.unit.as_str(),
    );
    if let Some(c) = &q.currency {
        fields.push_str(&format!(" currency={c}"));
    }
    if let Some(c) = q.change {
        fields.push_str(match c {
            crate::Change::Up => " change=up",
            crate::Change::Down => " change=down",
        });
    }
    if let Some(n) = &q.noun {
        fields.push_str(&format!(" noun={n}"));
    }
    format!(
        "{}\n    {fields}",
        bracketed(text, q.span.start, q.span.end)
    )
}

/// The line around `start..end` with that span in brackets, cut to a
/// window of context on each side; line breaks inside show as `⏎`.
pub fn bracketed(text: &str, start: usize, end: usize) -> String {
    let (Some(before), Some(figure), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return String::new();
    };
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let left: String = before[line_start..]
        .chars()
        .rev()
        .take(CONTEXT)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let line_end = after.find('\n').unwrap_or(after.len());
    let right: String = after[..line_end].chars().take(CONTEXT).collect();
    let cut_left = if left.len() < before.len() - line_start {
        "…"
    } else {
        ""
    };
    let cut_right = if right.len() < line_end { "…" } else { "" };
    format!(
        "{cut_left}{left}[{}]{right}{cut_right}",
        figure.replace('\n', "⏎")
    )
}

/// A source as "name (kind, role)".
fn source(s: &crate::Source) -> String {
    let mut notes = Vec::new();
    if let Some(k) = s.kind {
        notes.push(k.as_str().to_string());
    }
    if let Some(r) = &s.role {
        notes.push(r.clone());
    }
    if notes.is_empty() {
        format!("\"{}\"", s.name)
    } else {
        format!("\"{}\" ({})", s.name, notes.join(", "))
    }
}

fn num(v: Option<f64>) -> String {
    match v {
        None => "-".to_string(),
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => format!("{}", v as i64),
        Some(v) => format!("{}", (v * 100.0).round() / 100.0),
    }
}

/// One claim: its sentence with the figure bracketed, then its fields.
///
/// ```
/// use conflict_figures::{extract, render, Document};
/// let doc = Document::new("d", "Shelling killed at least 12 civilians in Kharkiv.");
/// let claim = &extract(&doc)[0];
/// assert_eq!(
///     render::claim(&doc.text, claim),
///     "Shelling killed [at least 12] civilians in Kharkiv.\n    \
///      killed civilians party=Ukraine value=12 low=12 high=- at_least count source=- date=-"
/// );
/// ```
pub fn claim(text: &str, c: &crate::Claim) -> String {
    let q = &c.quantity;
    let mut fields = format!(
        "{} {} party={} value={} low={} high={} {} {} source={} date={}",
        c.event.as_str(),
        c.subject,
        c.party.as_deref().unwrap_or("-"),
        num(q.value),
        num(q.low),
        num(q.high),
        q.qualifier.as_str(),
        q.unit.as_str(),
        c.source.as_ref().map_or("-".to_string(), source),
        c.reported_on.map_or("-".to_string(), |d| d.to_string()),
    );
    if let Some(p) = &c.period {
        let end = |e: &Option<String>| e.clone().unwrap_or_else(|| "…".to_string());
        fields.push_str(&format!(" period={}..{}", end(&p.from), end(&p.to)));
        if let Some(since) = &p.since {
            fields.push_str(&format!(" (since {since})"));
        }
    }
    match c.status {
        crate::Status::Stated => {}
        crate::Status::Negated => fields.push_str(" negated"),
        crate::Status::Hypothetical => fields.push_str(" hypothetical"),
    }
    // The figure's place in its sentence: the occurrence of its text at
    // which the sentence lines up with the document.
    let at = c
        .sentence
        .match_indices(c.text.as_str())
        .map(|(r, _)| r)
        .find(|&r| {
            c.span.start >= r
                && text.get(c.span.start - r..c.span.start - r + c.sentence.len())
                    == Some(c.sentence.as_str())
        });
    let shown = match at {
        Some(a) => {
            let b = a + c.text.len();
            let s = &c.sentence;
            format!("{}[{}]{}", &s[..a], &s[a..b], &s[b..]).replace('\n', " ")
        }
        None => bracketed(text, c.span.start, c.span.end),
    };
    format!("{shown}\n    {fields}")
}
