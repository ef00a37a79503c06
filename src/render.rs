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

fn num(v: Option<f64>) -> String {
    match v {
        None => "-".to_string(),
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => format!("{}", v as i64),
        Some(v) => format!("{}", (v * 100.0).round() / 100.0),
    }
}
