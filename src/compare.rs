//! Across sources: do the figures different sources give for the same thing
//! agree?
//!
//! Claims are grouped by what they count: the same [`Event`], the same kind
//! of subject ([`subject_kind`]: troops, soldiers and servicemen are all
//! `military`), the same party (no party is a party of its own), the same
//! unit, and overlapping periods (a claim with no period overlaps every
//! period). Negated and hypothetical claims are left out.
//!
//! In each group every source keeps its latest figure: the one reported on
//! the latest day, and among those the last one read. A figure the report
//! gives in its own voice counts as the source "own voice" of that
//! document. The group then tells
//!
//! - the **spread**: the highest figure over the lowest (each figure's
//!   value, else its low, else its high bound);
//! - the **verdict**: `consistent` when one number could satisfy every
//!   source's bounds at once, `contradict` when none can, `single` when
//!   only one source speaks.
//!
//! # Bounds
//!
//! | qualifier | bounds of a figure `v` |
//! |---|---|
//! | exact | `[v, v]` |
//! | at_least / more_than | `[v, ∞)` / `(v, ∞)` |
//! | at_most / almost / less_than | `(−∞, v]` / `(−∞, v]` / `(−∞, v)` |
//! | about | `[0.9·v, 1.1·v]`: "about 100" allows 90 to 110 |
//! | range | `[low, high]` |
//! | vague | `[low, high]`, with no high bound when the words give none |
//!
//! ```
//! use conflict_figures::compare::{compare, Verdict};
//! use conflict_figures::{extract, Document};
//!
//! let a = Document::new("a", "The army said at least 200 soldiers were killed.");
//! let b = Document::new("b", "The ministry said fewer than 100 soldiers were killed.");
//! let groups = compare(extract(&a).into_iter().chain(extract(&b)));
//! assert_eq!(groups.len(), 1);
//! assert_eq!(groups[0].subject, "military");
//! assert_eq!(groups[0].figures.len(), 2);
//! assert_eq!(groups[0].verdict, Verdict::Contradict);
//! assert_eq!(groups[0].spread, Some(2.0));
//! ```
//!
//! # Memory
//!
//! [`Comparison`] keeps one figure per group, period and source, never the
//! claims themselves, so a ledger of millions of claims is compared in the
//! memory its distinct groups and sources take.

use crate::claim::{Claim, Figure, Status};
use crate::ledger::subject_kind;
use crate::vocabulary::{Event, Qualifier};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};

/// What the figures of a group count.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct GroupKey {
    event: Event,
    kind: String,
    party: Option<String>,
    unit: String,
}

/// The days a period covers; `None` ends are open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub struct Days {
    /// The first day, or `None` when open.
    pub from: Option<NaiveDate>,
    /// The last day, or `None` when open.
    pub to: Option<NaiveDate>,
}

impl Days {
    /// The days of a claim's period: `from` at its first day, `to` at its
    /// last (`"2022-02"` to the end of February 2022). Ends that are not
    /// dates are open; no period is open at both ends.
    ///
    /// ```
    /// use conflict_figures::compare::Days;
    /// use conflict_figures::Period;
    /// let p = Period { from: Some("2022-02".into()), to: Some("2023".into()), since: None };
    /// let days = Days::of(Some(&p));
    /// assert_eq!(days.from.map(|d| d.to_string()).as_deref(), Some("2022-02-01"));
    /// assert_eq!(days.to.map(|d| d.to_string()).as_deref(), Some("2023-12-31"));
    /// ```
    pub fn of(period: Option<&crate::time::Period>) -> Days {
        let Some(p) = period else {
            return Days::default();
        };
        Days {
            from: p.from.as_deref().and_then(|d| day(d, false)),
            to: p.to.as_deref().and_then(|d| day(d, true)),
        }
    }

    /// True when neither end is bounded.
    pub fn is_open(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }
}

/// The first (or, with `last`, the last) day of `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD`.
fn day(text: &str, last: bool) -> Option<NaiveDate> {
    let mut parts = text.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: Option<u32> = parts.next().map(str::parse).transpose().ok()?;
    let day: Option<u32> = parts.next().map(str::parse).transpose().ok()?;
    match (month, day, last) {
        (Some(m), Some(d), _) => NaiveDate::from_ymd_opt(year, m, d),
        (Some(m), None, false) => NaiveDate::from_ymd_opt(year, m, 1),
        (Some(m), None, true) => {
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(year, m.checked_add(1)?, 1)
            };
            next?.pred_opt()
        }
        (None, _, false) => NaiveDate::from_ymd_opt(year, 1, 1),
        (None, _, true) => NaiveDate::from_ymd_opt(year, 12, 31),
    }
}

/// Whether two spans of days share a day.
fn overlap(a: Days, b: Days) -> bool {
    let before = |to: Option<NaiveDate>, from: Option<NaiveDate>| match (to, from) {
        (Some(to), Some(from)) => to < from,
        _ => false,
    };
    !before(a.to, b.from) && !before(b.to, a.from)
}

/// The span covering both.
fn union(a: Days, b: Days) -> Days {
    Days {
        from: a.from.and_then(|x| b.from.map(|y| x.min(y))),
        to: a.to.and_then(|x| b.to.map(|y| x.max(y))),
    }
}

/// The numbers a figure allows. `None` ends are unbounded; an open end
/// excludes its number.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Bounds {
    /// The lowest number allowed, or `None` for no lower bound.
    #[serde(serialize_with = "crate::vocabulary::number::opt")]
    pub low: Option<f64>,
    /// The low end excludes `low` ("more than").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub low_open: bool,
    /// The highest number allowed, or `None` for no upper bound.
    #[serde(serialize_with = "crate::vocabulary::number::opt")]
    pub high: Option<f64>,
    /// The high end excludes `high` ("fewer than").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub high_open: bool,
}

/// How far "about" reaches on each side of its figure.
pub const ABOUT: f64 = 0.1;

impl Bounds {
    /// The bounds of `figure`, by the table in the [module docs](self).
    ///
    /// ```
    /// use conflict_figures::compare::Bounds;
    /// use conflict_figures::{Figure, Qualifier, Unit};
    /// let f = Figure { value: Some(300.0), low: Some(300.0), high: None,
    ///                  qualifier: Qualifier::MoreThan, unit: Unit::Count };
    /// let b = Bounds::of(&f);
    /// assert_eq!((b.low, b.low_open, b.high), (Some(300.0), true, None));
    /// ```
    pub fn of(figure: &Figure) -> Bounds {
        let v = figure.value.or(figure.low).or(figure.high);
        let closed = |low, high| Bounds {
            low,
            low_open: false,
            high,
            high_open: false,
        };
        match figure.qualifier {
            Qualifier::Exact => closed(v, v),
            Qualifier::AtLeast => closed(v, None),
            Qualifier::MoreThan => Bounds {
                low_open: v.is_some(),
                ..closed(v, None)
            },
            Qualifier::AtMost | Qualifier::Almost => closed(None, v),
            Qualifier::LessThan => Bounds {
                high_open: v.is_some(),
                ..closed(None, v)
            },
            Qualifier::About => closed(v.map(|v| v * (1.0 - ABOUT)), v.map(|v| v * (1.0 + ABOUT))),
            Qualifier::Range | Qualifier::Vague => closed(figure.low, figure.high),
        }
    }

    /// Whether one number lies within every one of `bounds`.
    ///
    /// ```
    /// use conflict_figures::compare::Bounds;
    /// let at_least = |v| Bounds { low: Some(v), low_open: false, high: None, high_open: false };
    /// let below = |v| Bounds { low: None, low_open: false, high: Some(v), high_open: true };
    /// assert!(Bounds::agree([at_least(10.0), below(11.0)]));
    /// assert!(!Bounds::agree([at_least(10.0), below(10.0)]));
    /// ```
    pub fn agree(bounds: impl IntoIterator<Item = Bounds>) -> bool {
        // The tightest low and high ends, each with whether it is open.
        let mut low: Option<(f64, bool)> = None;
        let mut high: Option<(f64, bool)> = None;
        for b in bounds {
            if let Some(l) = b.low {
                low = Some(match low {
                    Some((x, open)) if x > l || (x == l && open) => (x, open),
                    Some((x, open)) if x == l => (x, open || b.low_open),
                    _ => (l, b.low_open),
                });
            }
            if let Some(h) = b.high {
                high = Some(match high {
                    Some((x, open)) if x < h || (x == h && open) => (x, open),
                    Some((x, open)) if x == h => (x, open || b.high_open),
                    _ => (h, b.high_open),
                });
            }
        }
        match (low, high) {
            (Some((l, lo)), Some((h, ho))) => l < h || (l == h && !lo && !ho),
            _ => true,
        }
    }
}

/// Whether the sources of a group agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Only one source gives the figure.
    Single,
    /// One number could satisfy every source's bounds.
    Consistent,
    /// No number satisfies every source's bounds.
    Contradict,
}

impl Verdict {
    /// The snake_case name used in the outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Single => "single",
            Verdict::Consistent => "consistent",
            Verdict::Contradict => "contradict",
        }
    }
}

/// One source's latest figure in a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceFigure {
    /// The source's name; `None` for a report's own voice.
    pub source: Option<String>,
    /// The document the figure is from.
    pub document: String,
    /// The claim's id.
    pub id: String,
    /// The figure as written ("at least 55,000").
    pub text: String,
    /// The number and its qualifier.
    pub quantity: Figure,
    /// The numbers the figure allows.
    pub bounds: Bounds,
    /// The day it was reported, when known.
    pub reported_on: Option<NaiveDate>,
    /// Read order: later claims of the same day win.
    #[serde(skip)]
    order: u64,
}

impl SourceFigure {
    /// The source's name, or "own voice (DOCUMENT)".
    pub fn source_name(&self) -> String {
        match &self.source {
            Some(name) => name.clone(),
            None => format!("own voice ({})", self.document),
        }
    }

    /// The number the spread is measured on: the value, else the low
    /// bound, else the high bound.
    pub fn number(&self) -> Option<f64> {
        let q = &self.quantity;
        q.value.or(q.low).or(q.high)
    }

    /// Whether this figure is newer than `other`: a later day, or the
    /// same day and read later.
    fn newer_than(&self, other: &SourceFigure) -> bool {
        (self.reported_on, self.order) > (other.reported_on, other.order)
    }
}

/// A figure the sources give for the same thing, and whether they agree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// What happened.
    pub event: Event,
    /// The kind of subject ([`subject_kind`]).
    pub subject: String,
    /// Whose people or territory; `None` when the claims do not say.
    pub party: Option<String>,
    /// `count`, `percent`, …
    pub unit: String,
    /// The days the claims' periods span together; open at both ends when
    /// some claim has no period.
    pub period: Days,
    /// Every source's latest figure, by source name (ignoring case), then
    /// reports' own voices by document.
    pub figures: Vec<SourceFigure>,
    /// The highest figure over the lowest; `None` with one source or a
    /// lowest figure of zero.
    #[serde(serialize_with = "crate::vocabulary::number::opt")]
    pub spread: Option<f64>,
    /// Whether the sources' bounds can all hold at once.
    pub verdict: Verdict,
}

impl Group {
    /// "killed military (Ukraine)": event, kind of subject and party.
    pub fn title(&self) -> String {
        let mut t = format!("{} {}", self.event.as_str(), self.subject);
        if let Some(p) = &self.party {
            let _ = write!(t, " ({p})");
        }
        if self.unit != "count" {
            let _ = write!(t, " in {}", self.unit);
        }
        if !self.period.is_open() {
            let end = |d: Option<NaiveDate>| d.map_or("…".to_string(), |d| d.to_string());
            let _ = write!(t, " {} to {}", end(self.period.from), end(self.period.to));
        }
        t
    }
}

/// Which source a figure belongs to: a name, or a document's own voice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum SourceKey {
    Named(String),
    OwnVoice(String),
}

/// Groups claims as they are read; [`finish`](Comparison::finish) gives
/// the groups.
///
/// ```
/// use conflict_figures::compare::Comparison;
/// use conflict_figures::{extract, Document};
/// let mut comparison = Comparison::new();
/// for claim in extract(&Document::new("a", "Strikes killed 12 civilians, officials said.")) {
///     comparison.add(&claim);
/// }
/// let groups = comparison.finish();
/// assert_eq!(groups[0].title(), "killed civilians");
/// ```
#[derive(Debug, Default)]
pub struct Comparison {
    /// Each group and period.
    slots: Vec<Slot>,
    /// Slots by a hash of their key and days; a claim of a group already
    /// seen is looked up without allocating.
    index: rustc_hash::FxHashMap<u64, Vec<usize>>,
    read: u64,
}

/// One group and period while claims are read.
#[derive(Debug)]
struct Slot {
    key: GroupKey,
    days: Days,
    /// Each source's latest figure.
    figures: Vec<(SourceKey, SourceFigure)>,
    /// Figures by a hash of their source key.
    index: rustc_hash::FxHashMap<u64, Vec<usize>>,
}

/// A hash of borrowed parts, for the look-up tables.
fn hash_of(parts: impl std::hash::Hash) -> u64 {
    use std::hash::Hasher;
    #[allow(deprecated)]
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish()
}

impl SourceKey {
    fn is(&self, claim: &Claim) -> bool {
        match (self, &claim.source) {
            (SourceKey::Named(name), Some(s)) => *name == s.name,
            (SourceKey::OwnVoice(doc), None) => *doc == claim.document,
            _ => false,
        }
    }
}

impl Comparison {
    /// No claims yet.
    pub fn new() -> Self {
        Comparison::default()
    }

    /// Adds one claim. Negated and hypothetical claims are left out.
    pub fn add(&mut self, claim: &Claim) {
        if claim.status != Status::Stated {
            return;
        }
        self.read += 1;
        let order = self.read;
        let kind = subject_kind(&claim.subject);
        let days = Days::of(claim.period.as_ref());
        let unit = claim.quantity.unit.as_str();
        let party = claim.party.as_deref();
        let hash = hash_of((claim.event, &*kind, party, unit, days));
        let bucket = self.index.entry(hash).or_default();
        let found = bucket.iter().copied().find(|&i| {
            self.slots.get(i).is_some_and(|s| {
                let k = &s.key;
                k.event == claim.event
                    && k.kind == kind
                    && k.party.as_deref() == party
                    && k.unit == unit
                    && s.days == days
            })
        });
        let at = found.unwrap_or(self.slots.len());
        if found.is_none() {
            bucket.push(at);
            self.slots.push(Slot {
                key: GroupKey {
                    event: claim.event,
                    kind: kind.into_owned(),
                    party: claim.party.clone(),
                    unit: unit.to_string(),
                },
                days,
                figures: Vec::new(),
                index: rustc_hash::FxHashMap::default(),
            });
        }
        let Some(slot) = self.slots.get_mut(at) else {
            return;
        };
        let figure = || SourceFigure {
            source: claim.source.as_ref().map(|s| s.name.clone()),
            document: claim.document.clone(),
            id: claim.id.clone(),
            text: claim.text.clone(),
            quantity: claim.quantity.clone(),
            bounds: Bounds::of(&claim.quantity),
            reported_on: claim.reported_on,
            order,
        };
        let source_hash = match &claim.source {
            Some(s) => hash_of((true, s.name.as_str())),
            None => hash_of((false, claim.document.as_str())),
        };
        let bucket = slot.index.entry(source_hash).or_default();
        let known = bucket
            .iter()
            .copied()
            .find(|&i| slot.figures.get(i).is_some_and(|(k, _)| k.is(claim)));
        match known.and_then(|i| slot.figures.get_mut(i)) {
            Some((_, old)) => {
                if (claim.reported_on, order) > (old.reported_on, old.order) {
                    *old = figure();
                }
            }
            None => {
                bucket.push(slot.figures.len());
                let key = match &claim.source {
                    Some(s) => SourceKey::Named(s.name.clone()),
                    None => SourceKey::OwnVoice(claim.document.clone()),
                };
                slot.figures.push((key, figure()));
            }
        }
    }

    /// The groups, ordered by event (in the order of [`Event`]), subject kind, party, unit and period;
    /// each group's figures ordered by source name.
    pub fn finish(self) -> Vec<Group> {
        let mut slots: Vec<((GroupKey, Days), HashMap<SourceKey, SourceFigure>)> = self
            .slots
            .into_iter()
            .map(|slot| ((slot.key, slot.days), slot.figures.into_iter().collect()))
            .collect();
        slots.sort_by(|(a, _), (b, _)| a.cmp(b));
        let mut groups: Vec<(GroupKey, Days, HashMap<SourceKey, SourceFigure>)> = Vec::new();
        for ((key, days), sources) in slots {
            match groups.last_mut() {
                Some((k, span, merged)) if *k == key && overlap(*span, days) => {
                    *span = union(*span, days);
                    for (source, figure) in sources {
                        match merged.get_mut(&source) {
                            Some(old) if !figure.newer_than(old) => {}
                            Some(old) => *old = figure,
                            None => {
                                merged.insert(source, figure);
                            }
                        }
                    }
                }
                _ => groups.push((key, days, sources)),
            }
        }
        groups
            .into_iter()
            .map(|(key, period, sources)| group(key, period, sources))
            .collect()
    }
}

fn group(key: GroupKey, period: Days, sources: HashMap<SourceKey, SourceFigure>) -> Group {
    let mut figures: Vec<SourceFigure> = sources.into_values().collect();
    figures.sort_by_cached_key(|f| {
        let name = f.source.as_deref().map(str::to_lowercase);
        (name.is_none(), name, f.document.clone())
    });
    let numbers: Vec<f64> = figures.iter().filter_map(SourceFigure::number).collect();
    let max = numbers.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = numbers.iter().copied().fold(f64::INFINITY, f64::min);
    let spread = (figures.len() > 1 && numbers.len() > 1 && min > 0.0).then(|| max / min);
    let verdict = if figures.len() < 2 {
        Verdict::Single
    } else if Bounds::agree(figures.iter().map(|f| f.bounds)) {
        Verdict::Consistent
    } else {
        Verdict::Contradict
    };
    Group {
        event: key.event,
        subject: key.kind,
        party: key.party,
        unit: key.unit,
        period,
        figures,
        spread,
        verdict,
    }
}

/// Groups `claims` (see the [module docs](self)).
pub fn compare(claims: impl IntoIterator<Item = Claim>) -> Vec<Group> {
    let mut c = Comparison::new();
    for claim in claims {
        c.add(&claim);
    }
    c.finish()
}

/// A number for people: thousands separated by commas, at most two
/// decimals.
///
/// ```
/// use conflict_figures::compare::number;
/// assert_eq!(number(55000.0), "55,000");
/// assert_eq!(number(-1234567.0), "-1,234,567");
/// assert_eq!(number(2.345), "2.35");
/// assert_eq!(number(1e20), "100000000000000000000");
/// ```
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let rounded = (v * 100.0).round() / 100.0;
    if rounded.fract() != 0.0 {
        return format!("{rounded}");
    }
    if rounded.abs() >= 1e15 {
        return format!("{rounded:.0}");
    }
    let digits = format!("{}", rounded.abs() as i64);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if rounded < 0.0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Bounds for people: "= 45", "≥ 55,000", "> 300", "≤ 600", "< 50",
/// "90–110", or "any" when nothing bounds the figure.
pub fn bounds_text(b: &Bounds) -> String {
    match (b.low, b.high) {
        (Some(l), Some(h)) if l == h && !b.low_open && !b.high_open => format!("= {}", number(l)),
        (Some(l), Some(h)) => format!(
            "{}{}–{}{}",
            if b.low_open { "(" } else { "" },
            number(l),
            number(h),
            if b.high_open { ")" } else { "" }
        ),
        (Some(l), None) => format!("{} {}", if b.low_open { ">" } else { "≥" }, number(l)),
        (None, Some(h)) => format!("{} {}", if b.high_open { "<" } else { "≤" }, number(h)),
        (None, None) => "any".to_string(),
    }
}

fn date_text(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "-".to_string(), |d| d.to_string())
}

/// Writes `groups` as a table for people: a heading line per group (what
/// is counted, how many sources, the spread and the verdict), then one
/// aligned row per source.
///
/// # Errors
///
/// Whatever `out` returns.
pub fn write_table(out: &mut impl Write, groups: &[Group]) -> io::Result<()> {
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let spread = g
            .spread
            .map_or(String::new(), |s| format!(", spread {}×", number(s)));
        let n = g.figures.len();
        writeln!(
            out,
            "{}: {n} source{}{spread}, {}",
            g.title(),
            if n == 1 { "" } else { "s" },
            g.verdict.as_str()
        )?;
        let rows: Vec<[String; 5]> = g
            .figures
            .iter()
            .map(|f| {
                [
                    f.source_name(),
                    f.text.clone(),
                    bounds_text(&f.bounds),
                    date_text(f.reported_on),
                    f.id.clone(),
                ]
            })
            .collect();
        write_rows(
            out,
            &["source", "figure", "bounds", "reported", "claim"],
            &rows,
        )?;
    }
    Ok(())
}

/// Writes a header and rows in columns padded to their widest cell (in
/// characters), each row indented by two spaces.
fn write_rows<const N: usize>(
    out: &mut impl Write,
    header: &[&str; N],
    rows: &[[String; N]],
) -> io::Result<()> {
    let mut widths = header.map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: [&str; N]| {
        let mut s = String::from(" ");
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            s.push(' ');
            s.push_str(cell);
            if i + 1 < N {
                let pad = w.saturating_sub(cell.chars().count()) + 1;
                s.extend(std::iter::repeat(' ').take(pad));
            }
        }
        s
    };
    writeln!(out, "{}", line(*header))?;
    for row in rows {
        writeln!(out, "{}", line(row.each_ref().map(String::as_str)))?;
    }
    Ok(())
}

/// Writes `groups` as JSON Lines: one object per group, with its event,
/// subject, party, unit, period, figures, spread and verdict.
///
/// # Errors
///
/// Whatever `out` returns.
pub fn write_json(out: &mut impl Write, groups: &[Group]) -> io::Result<()> {
    for g in groups {
        serde_json::to_writer(&mut *out, g)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The CSV header [`write_csv`] writes.
pub const CSV_HEADER: &str = "event,subject,party,unit,period_from,period_to,verdict,spread,sources,source,document,id,text,value,low,high,qualifier,reported_on";

/// Writes `groups` as CSV (RFC 4180): one row per source of each group,
/// the group's fields repeated, under [`CSV_HEADER`].
///
/// # Errors
///
/// Whatever `out` returns.
pub fn write_csv(out: &mut impl Write, groups: &[Group]) -> io::Result<()> {
    writeln!(out, "{CSV_HEADER}")?;
    let num = |v: Option<f64>| v.map_or(String::new(), |v| v.to_string());
    let day = |d: Option<NaiveDate>| d.map_or(String::new(), |d| d.to_string());
    for g in groups {
        for f in &g.figures {
            let cells = [
                g.event.as_str().to_string(),
                g.subject.clone(),
                g.party.clone().unwrap_or_default(),
                g.unit.clone(),
                day(g.period.from),
                day(g.period.to),
                g.verdict.as_str().to_string(),
                num(g.spread),
                g.figures.len().to_string(),
                f.source.clone().unwrap_or_default(),
                f.document.clone(),
                f.id.clone(),
                f.text.clone(),
                num(f.quantity.value),
                num(f.quantity.low),
                num(f.quantity.high),
                f.quantity.qualifier.as_str().to_string(),
                day(f.reported_on),
            ];
            let row: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
            writeln!(out, "{}", row.join(","))?;
        }
    }
    Ok(())
}

/// A CSV cell: quoted, with quotes doubled, when it holds a comma, a quote
/// or a line break.
fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocabulary::Unit;

    fn fig(q: Qualifier, value: Option<f64>, low: Option<f64>, high: Option<f64>) -> Figure {
        Figure {
            value,
            low,
            high,
            qualifier: q,
            unit: Unit::Count,
        }
    }

    #[test]
    fn bounds_by_qualifier() {
        use Qualifier::*;
        let v = Some(100.0);
        let cases = [
            (fig(Exact, v, v, v), "= 100"),
            (fig(AtLeast, v, v, None), "≥ 100"),
            (fig(MoreThan, v, v, None), "> 100"),
            (fig(AtMost, v, None, v), "≤ 100"),
            (fig(Almost, v, None, v), "≤ 100"),
            (fig(LessThan, v, None, v), "< 100"),
            (fig(About, v, None, None), "90–110"),
            (fig(Range, None, Some(50.0), Some(60.0)), "50–60"),
            (fig(Vague, None, Some(24.0), None), "≥ 24"),
            (fig(Exact, None, None, None), "any"),
        ];
        for (figure, text) in cases {
            assert_eq!(bounds_text(&Bounds::of(&figure)), text, "{figure:?}");
        }
    }

    #[test]
    fn agreement() {
        use Qualifier::*;
        let b = |q, v: f64| Bounds::of(&fig(q, Some(v), q.bounds(Some(v)).0, q.bounds(Some(v)).1));
        let cases = [
            (vec![b(Exact, 50.0), b(Exact, 50.0)], true),
            (vec![b(Exact, 50.0), b(Exact, 51.0)], false),
            (vec![b(AtLeast, 50.0), b(Exact, 50.0)], true),
            (vec![b(MoreThan, 50.0), b(Exact, 50.0)], false),
            (vec![b(LessThan, 50.0), b(Exact, 50.0)], false),
            (vec![b(AtMost, 50.0), b(Exact, 50.0)], true),
            (vec![b(About, 100.0), b(Exact, 109.0)], true),
            (vec![b(About, 100.0), b(Exact, 111.0)], false),
            (vec![b(AtLeast, 10.0), b(AtLeast, 1000.0)], true),
            (vec![b(MoreThan, 600.0), b(LessThan, 50.0)], false),
            (vec![b(AtLeast, 50.0), b(AtMost, 50.0)], true),
            (vec![b(MoreThan, 50.0), b(AtMost, 50.0)], false),
            (vec![], true),
        ];
        for (bounds, agree) in cases {
            assert_eq!(Bounds::agree(bounds.clone()), agree, "{bounds:?}");
        }
    }

    #[test]
    fn period_days() {
        let cases = [
            ("2022", false, NaiveDate::from_ymd_opt(2022, 1, 1)),
            ("2022", true, NaiveDate::from_ymd_opt(2022, 12, 31)),
            ("2024-02", true, NaiveDate::from_ymd_opt(2024, 2, 29)),
            ("2024-12", true, NaiveDate::from_ymd_opt(2024, 12, 31)),
            ("2024-02-10", true, NaiveDate::from_ymd_opt(2024, 2, 10)),
            ("2024-13", false, None),
            ("x", false, None),
            ("", false, None),
            ("2024-02-30", false, None),
            ("999999999-12", true, None),
        ];
        for (text, last, want) in cases {
            assert_eq!(day(text, last), want, "{text}");
        }
    }

    #[test]
    fn overlapping_days() {
        let d = |m| NaiveDate::from_ymd_opt(2025, m, 1);
        let days = |from, to| Days { from, to };
        assert!(overlap(Days::default(), days(d(1), d(2))));
        assert!(overlap(days(d(1), d(3)), days(d(3), d(4))));
        assert!(!overlap(days(d(1), d(2)), days(d(3), d(4))));
        assert!(overlap(days(None, d(2)), days(d(1), None)));
        assert!(!overlap(days(None, d(2)), days(d(3), None)));
    }

    #[test]
    fn csv_cells() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
