//! Across time: what changed between an old ledger and a new one.
//!
//! Claims are matched by what they are about, not by where they stand, so
//! that a re-edited report (a paragraph added on top, a figure updated)
//! diffs cleanly. Two claims can match when they share a **key**: the same
//! document, [`Event`], kind of subject ([`subject_kind`]), party and unit.
//! Within a key, in three passes:
//!
//! 1. claims that say the same thing (same figure and bounds, qualifier,
//!    subject, source, date, period and status) match, in ledger order,
//!    and are unchanged;
//! 2. the rest match claims that give the same figure (value, bounds and
//!    qualifier), in ledger order: a source added or a date moved;
//! 3. the rest match claims from the same source, in ledger order: a
//!    figure updated;
//! 4. the rest match in ledger order.
//!
//! A matched pair that differs is **changed** (naming the fields that
//! differ: `value`, `bounds` (when not merely following the value),
//! `qualifier`, `subject`, `source`, `date`,
//! `period`, `status`); an old claim left over is **removed**, a new one
//! **added**. How the figure is written and where it stands do not count:
//! "45" rewritten as "forty-five", or moved down a paragraph, is no change.
//!
//! ```
//! use conflict_figures::diff::{diff, Kind};
//! use conflict_figures::{extract, Document};
//!
//! let old = Document::new("story", "Strikes killed 45 people, the health ministry said.");
//! let new = Document::new("story", "Officials met on Monday. \
//!     Strikes killed 52 people, the health ministry said.");
//! let changes = diff(extract(&old), extract(&new));
//! assert_eq!(changes.len(), 1);
//! assert_eq!(changes[0].kind, Kind::Changed);
//! assert_eq!(changes[0].fields, ["value"]);
//! assert!(diff(extract(&old), extract(&old)).is_empty());
//! ```
//!
//! # Memory
//!
//! [`Differ`] keeps each old claim as a compact record of about 70 bytes
//! (strings such as subjects, sources and figure texts are stored once,
//! however many claims repeat them), and of the new ledger only the claims
//! that found no unchanged match. The sentences are never kept.
//!
//! [`diff_ledgers`] diffs files in bounded memory: it reads only the
//! fields it needs from each line, and cuts ledgers larger than its budget
//! by document into partitions on disk, diffed one pair at a time, whose
//! changes are merged back into the same order. Two ledgers of a million
//! claims each (about 500 MB each) diff in under 100 MB, and of three
//! million each in under 120 MB.

use crate::claim::{Claim, Figure, Status};
use crate::compare::number;
use crate::error::Error;
use crate::ledger::{read_lines, subject_kind, ClaimView, Mode};
use crate::vocabulary::{Event, Qualifier, Unit};
use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::VecDeque;
use std::io::{self, Write};
use std::path::Path;

mod spill;

/// No record: the end of a chain, or no string.
const NONE: u32 = u32::MAX;

/// Strings stored once each, by number.
#[derive(Debug, Default)]
struct Strings {
    index: HashMap<Box<str>, u32>,
    all: Vec<Box<str>>,
}

impl Strings {
    fn id(&mut self, s: &str) -> Result<u32, Error> {
        if let Some(&id) = self.index.get(s) {
            return Ok(id);
        }
        let id = u32::try_from(self.all.len())
            .ok()
            .filter(|&id| id != NONE)
            .ok_or(Error::Capacity("distinct strings"))?;
        self.index.insert(s.into(), id);
        self.all.push(s.into());
        Ok(id)
    }

    fn opt(&mut self, s: Option<&str>) -> Result<u32, Error> {
        s.map_or(Ok(NONE), |s| self.id(s))
    }

    fn get(&self, id: u32) -> Option<&str> {
        self.all.get(id as usize).map(|s| &**s)
    }
}

/// What claims are matched within: document, event, kind, party, unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    document: u32,
    event: Event,
    kind: u32,
    party: u32,
    unit: u32,
}

/// What a claim says, as compared for "unchanged".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Content {
    /// The bits of the value, low and high bounds ([`pack`]).
    value: u64,
    low: u64,
    high: u64,
    qualifier: Qualifier,
    status: Status,
    /// Days from the common era ([`pack_day`]).
    reported_on: i32,
    subject: u32,
    source: u32,
    period: u32,
}

/// A number absent: a NaN, which JSON cannot write, so no ledger holds.
const NO_NUMBER: u64 = 0x7ff8_dead_beef_0001;

/// A day absent.
const NO_DAY: i32 = i32::MIN;

/// An optional number in eight bytes.
fn pack(v: Option<f64>) -> u64 {
    v.map_or(NO_NUMBER, f64::to_bits)
}

fn unpack(bits: u64) -> Option<f64> {
    (bits != NO_NUMBER).then(|| f64::from_bits(bits))
}

/// An optional day in four bytes.
fn pack_day(day: Option<NaiveDate>) -> i32 {
    day.map_or(NO_DAY, |d| d.num_days_from_ce())
}

fn unpack_day(days: i32) -> Option<NaiveDate> {
    if days == NO_DAY {
        None
    } else {
        NaiveDate::from_num_days_from_ce_opt(days)
    }
}

/// Whether `id` is `document#start`, as the extractor writes ids.
fn is_standard_id(id: &str, document: &str, start: usize) -> bool {
    let Some(digits) = id.strip_prefix(document).and_then(|r| r.strip_prefix('#')) else {
        return false;
    };
    let canonical = digits == "0" || !digits.starts_with('0');
    canonical && digits.bytes().all(|b| b.is_ascii_digit()) && digits.parse() == Ok(start)
}

/// A claim as the diff sees it: only the fields it compares or shows,
/// borrowed from a ledger line, a claim, the string tables or a spill file.
#[derive(Debug, Clone, PartialEq)]
struct Flat<'a> {
    document: &'a str,
    event: Event,
    kind: Cow<'a, str>,
    party: Option<&'a str>,
    unit: &'a str,
    /// The bits of the value, low and high bounds ([`pack`]).
    value: u64,
    low: u64,
    high: u64,
    qualifier: Qualifier,
    status: Status,
    /// Days from the common era ([`pack_day`]).
    reported_on: i32,
    subject: &'a str,
    source: Option<&'a str>,
    period: Option<Cow<'a, str>>,
    /// The claim's id when it is not `document#start`.
    id: Option<&'a str>,
    /// The span's start (`u32::MAX` past four gigabytes).
    start: u32,
    /// The figure as written.
    text: &'a str,
}

impl<'a> Flat<'a> {
    fn of(c: &'a ClaimView<'a>) -> Self {
        let q = &c.quantity;
        let start = u32::try_from(c.span.start).ok();
        let standard = start.is_some() && is_standard_id(&c.id, &c.document, c.span.start);
        Flat {
            document: &c.document,
            event: c.event,
            kind: subject_kind(&c.subject),
            party: c.party.as_deref(),
            unit: &q.unit,
            value: pack(q.value),
            low: pack(q.low),
            high: pack(q.high),
            qualifier: q.qualifier,
            status: c.status,
            reported_on: pack_day(c.reported_on),
            subject: &c.subject,
            source: c.source_name(),
            period: c.period.as_ref().map(|p| {
                Cow::Owned(period_text(
                    p.from.as_deref(),
                    p.to.as_deref(),
                    p.since.as_deref(),
                ))
            }),
            id: (!standard).then_some(&*c.id),
            start: start.unwrap_or(u32::MAX),
            text: &c.text,
        }
    }

    /// The claim's id.
    fn id(&self) -> String {
        match self.id {
            Some(id) => id.to_string(),
            None => format!("{}#{}", self.document, self.start),
        }
    }
}

/// One claim, compactly (72 bytes).
#[derive(Debug, Clone, Copy)]
struct Rec {
    key: u32,
    content: Content,
    /// The figure as written.
    text: u32,
    /// The span's start, for ordering the output (and the id).
    start: u32,
    /// The claim's id when it is not `document#start`.
    id: u32,
    /// The next old record with the same key and content.
    next: u32,
    matched: bool,
}

/// What both sides share: the string and key tables.
#[derive(Debug, Default)]
struct Tables {
    strings: Strings,
    keys: HashMap<Key, u32>,
    key_list: Vec<Key>,
}

impl Tables {
    fn record(&mut self, f: &Flat) -> Result<Rec, Error> {
        let s = &mut self.strings;
        let key = Key {
            document: s.id(f.document)?,
            event: f.event,
            kind: s.id(&f.kind)?,
            party: s.opt(f.party)?,
            unit: s.id(f.unit)?,
        };
        let content = Content {
            value: f.value,
            low: f.low,
            high: f.high,
            qualifier: f.qualifier,
            status: f.status,
            reported_on: f.reported_on,
            subject: s.id(f.subject)?,
            source: s.opt(f.source)?,
            period: s.opt(f.period.as_deref())?,
        };
        let id = s.opt(f.id)?;
        let text = s.id(f.text)?;
        let key = match self.keys.get(&key) {
            Some(&k) => k,
            None => {
                let k = u32::try_from(self.key_list.len())
                    .ok()
                    .filter(|&k| k != NONE)
                    .ok_or(Error::Capacity("distinct keys"))?;
                self.keys.insert(key, k);
                self.key_list.push(key);
                k
            }
        };
        Ok(Rec {
            key,
            content,
            text,
            start: f.start,
            id,
            next: NONE,
            matched: false,
        })
    }

    /// The claim a record stands for.
    fn flat(&self, r: &Rec) -> Flat<'_> {
        let s = |id: u32| self.strings.get(id);
        let key = self.key_list.get(r.key as usize).copied().unwrap_or(Key {
            document: NONE,
            event: Event::Killed,
            kind: NONE,
            party: NONE,
            unit: NONE,
        });
        let c = &r.content;
        Flat {
            document: s(key.document).unwrap_or_default(),
            event: key.event,
            kind: Cow::Borrowed(s(key.kind).unwrap_or_default()),
            party: s(key.party),
            unit: s(key.unit).unwrap_or_default(),
            value: c.value,
            low: c.low,
            high: c.high,
            qualifier: c.qualifier,
            status: c.status,
            reported_on: c.reported_on,
            subject: s(c.subject).unwrap_or_default(),
            source: s(c.source),
            period: s(c.period).map(Cow::Borrowed),
            id: s(r.id),
            start: r.start,
            text: s(r.text).unwrap_or_default(),
        }
    }

    /// The document of a record, for ordering.
    fn document(&self, r: &Rec) -> &str {
        let key = self.key_list.get(r.key as usize);
        key.and_then(|k| self.strings.get(k.document))
            .unwrap_or_default()
    }
}

/// A period as one string: `from..to`, `…` for an open end, and the event
/// it starts from.
fn period_text(from: Option<&str>, to: Option<&str>, since: Option<&str>) -> String {
    let (from, to) = (from.unwrap_or("…"), to.unwrap_or("…"));
    match since {
        Some(since) => format!("{from}..{to} since {since}"),
        None => format!("{from}..{to}"),
    }
}

/// Reads the old ledger; [`new_side`](Differ::new_side) then reads the new
/// one.
///
/// ```
/// use conflict_figures::diff::Differ;
/// use conflict_figures::{extract, Document};
/// let old = extract(&Document::new("d", "Strikes killed 45 people."));
/// let new = extract(&Document::new("d", "Strikes killed 45 people and wounded 30."));
/// let mut differ = Differ::new();
/// for claim in &old { differ.add(claim)?; }
/// let mut differ = differ.new_side();
/// for claim in &new { differ.add(claim)?; }
/// let changes = differ.finish();
/// assert_eq!(changes.len(), 1);
/// assert_eq!(changes[0].to_string(), "+ wounded people: 30");
/// # Ok::<(), conflict_figures::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Differ {
    tables: Tables,
    old: Vec<Rec>,
    /// The first and last old record of each key and content, by a hash
    /// of both (records whose hashes collide share a chain).
    chains: HashMap<u64, (u32, u32)>,
}

impl Differ {
    /// An empty old ledger.
    pub fn new() -> Self {
        Differ::default()
    }

    /// Adds a claim of the old ledger.
    ///
    /// # Errors
    ///
    /// [`Error::Capacity`] past four billion claims or distinct strings.
    pub fn add(&mut self, claim: &Claim) -> Result<(), Error> {
        self.add_flat(&Flat::of(&ClaimView::of(claim)))
    }

    fn add_flat(&mut self, claim: &Flat) -> Result<(), Error> {
        let rec = self.tables.record(claim)?;
        let at = u32::try_from(self.old.len())
            .ok()
            .filter(|&i| i != NONE)
            .ok_or(Error::Capacity("claims"))?;
        match self.chains.get_mut(&fingerprint(&rec)) {
            Some((_, last)) => {
                if let Some(prev) = self.old.get_mut(*last as usize) {
                    prev.next = at;
                }
                *last = at;
            }
            None => {
                self.chains.insert(fingerprint(&rec), (at, at));
            }
        }
        self.old.push(rec);
        Ok(())
    }

    /// Done with the old ledger: the new one is read next.
    pub fn new_side(self) -> NewSide {
        NewSide {
            differ: self,
            pending: Vec::new(),
        }
    }
}

/// Reads the new ledger, matching each claim against the old one as it
/// comes; [`finish`](NewSide::finish) gives the changes.
#[derive(Debug)]
pub struct NewSide {
    differ: Differ,
    /// New claims with no unchanged match, in ledger order.
    pending: Vec<Rec>,
}

/// A matched old and new record, or one left over.
type Pair<'a> = (Option<&'a Rec>, Option<&'a Rec>);

impl NewSide {
    /// Adds a claim of the new ledger.
    ///
    /// # Errors
    ///
    /// [`Error::Capacity`] past four billion distinct strings.
    pub fn add(&mut self, claim: &Claim) -> Result<(), Error> {
        self.add_flat(&Flat::of(&ClaimView::of(claim)))
    }

    fn add_flat(&mut self, claim: &Flat) -> Result<(), Error> {
        let d = &mut self.differ;
        let rec = d.tables.record(claim)?;
        let hash = fingerprint(&rec);
        if let Some((first, _)) = d.chains.get_mut(&hash) {
            // The first unmatched record of the chain that says the same.
            let mut at = *first;
            while let Some(old) = d.old.get_mut(at as usize) {
                if !old.matched && old.key == rec.key && old.content == rec.content {
                    old.matched = true;
                    break;
                }
                at = old.next;
            }
            // Matched records at the head of the chain are dropped from it.
            while d.old.get(*first as usize).is_some_and(|r| r.matched) {
                *first = d.old.get(*first as usize).map_or(NONE, |r| r.next);
            }
            if *first == NONE {
                d.chains.remove(&hash);
            }
            if at != NONE {
                return Ok(());
            }
        }
        self.pending.push(rec);
        Ok(())
    }

    /// The changes, by document and then by where they stand in it.
    pub fn finish(self) -> Vec<Change> {
        let mut changes = Vec::new();
        self.finish_with(|old, new| {
            changes.extend(change(old, new));
            Ok(())
        })
        .unwrap_or_default();
        changes
    }

    /// Hands each old and new claim that differ to `each`, by document,
    /// then by where they stand in it, then removed before changed before
    /// added.
    fn finish_with(
        self,
        mut each: impl FnMut(Option<&Flat>, Option<&Flat>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let NewSide { differ, pending } = self;
        let Differ { tables, old, .. } = differ;
        let olds: Vec<&Rec> = old.iter().filter(|r| !r.matched).collect();
        let news: Vec<&Rec> = pending.iter().collect();
        let mut pairs = Vec::new();
        // Pass 2: the same figure; pass 3: the same source; pass 4: in order.
        let figure = |r: &Rec| {
            let c = &r.content;
            (c.value, c.low, c.high, c.qualifier)
        };
        let (olds, news) = pair_by(olds, news, figure, &mut pairs);
        let (olds, news) = pair_by(olds, news, |r| r.content.source, &mut pairs);
        let (olds, news) = pair_by(olds, news, |_| (), &mut pairs);
        pairs.extend(olds.into_iter().map(|r| (Some(r), None)));
        pairs.extend(news.into_iter().map(|r| (None, Some(r))));
        pairs.retain(|(o, n)| match (o, n) {
            (Some(o), Some(n)) => o.content != n.content,
            _ => true,
        });
        let kind = |(o, n): &Pair| match (o, n) {
            (Some(_), Some(_)) => Kind::Changed,
            (Some(_), None) => Kind::Removed,
            _ => Kind::Added,
        };
        let at = |(o, n): &Pair| n.or(*o).map_or((0, ""), |r| (r.start, tables.document(r)));
        pairs.sort_by(|a, b| {
            let ((a_at, a_doc), (b_at, b_doc)) = (at(a), at(b));
            (a_doc, a_at, kind(a)).cmp(&(b_doc, b_at, kind(b)))
        });
        for (o, n) in pairs {
            let (o, n) = (o.map(|r| tables.flat(r)), n.map(|r| tables.flat(r)));
            each(o.as_ref(), n.as_ref())?;
        }
        Ok(())
    }
}

/// A hash of a record's key and content, to find old records that say the
/// same as a new one.
fn fingerprint(rec: &Rec) -> u64 {
    use std::hash::{Hash, Hasher};
    #[allow(deprecated)]
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (rec.key, rec.content).hash(&mut h);
    h.finish()
}

/// Pairs old and new records of the same key on which `like` agrees, each
/// old record with the first such new record not yet taken, in order.
/// Returns the records left over on each side, still in order.
fn pair_by<'a, K: std::hash::Hash + Eq>(
    olds: Vec<&'a Rec>,
    news: Vec<&'a Rec>,
    like: impl Fn(&Rec) -> K,
    pairs: &mut Vec<Pair<'a>>,
) -> (Vec<&'a Rec>, Vec<&'a Rec>) {
    let mut queues: HashMap<(u32, K), VecDeque<usize>> = HashMap::default();
    for (i, n) in news.iter().enumerate() {
        queues.entry((n.key, like(n))).or_default().push_back(i);
    }
    let mut taken = vec![false; news.len()];
    let mut left = Vec::new();
    for o in olds {
        let new = queues
            .get_mut(&(o.key, like(o)))
            .and_then(VecDeque::pop_front)
            .and_then(|i| Some((taken.get_mut(i)?, *news.get(i)?)));
        match new {
            Some((taken, n)) => {
                *taken = true;
                pairs.push((Some(o), Some(n)));
            }
            None => left.push(o),
        }
    }
    let news = news
        .into_iter()
        .zip(taken)
        .filter(|(_, taken)| !taken)
        .map(|(n, _)| n)
        .collect();
    (left, news)
}

/// The change between an old and a new claim (`None` when they say the
/// same).
fn change(old: Option<&Flat>, new: Option<&Flat>) -> Option<Change> {
    let any = new.or(old)?;
    let (kind, fields) = match (old, new) {
        (Some(o), Some(n)) => {
            let fields = changed_fields(o, n);
            if fields.is_empty() {
                return None;
            }
            (Kind::Changed, fields)
        }
        (Some(_), None) => (Kind::Removed, Vec::new()),
        _ => (Kind::Added, Vec::new()),
    };
    let side = |f: &Flat| Side {
        id: f.id(),
        text: f.text.to_string(),
        quantity: Figure {
            value: unpack(f.value),
            low: unpack(f.low),
            high: unpack(f.high),
            qualifier: f.qualifier,
            unit: unit_named(f.unit),
        },
        subject: f.subject.to_string(),
        source: f.source.map(str::to_string),
        reported_on: unpack_day(f.reported_on),
        period: f.period.as_deref().map(str::to_string),
        status: f.status,
    };
    Some(Change {
        kind,
        document: any.document.to_string(),
        event: any.event,
        party: any.party.map(str::to_string),
        old: old.map(side),
        new: new.map(side),
        fields,
    })
}

fn unit_named(name: &str) -> Unit {
    match name {
        "count" => Unit::Count,
        "percent" => Unit::Percent,
        "currency" => Unit::Currency,
        _ => Unit::Measure(name.to_string()),
    }
}

/// The names of the fields in which two claims differ.
fn changed_fields(a: &Flat, b: &Flat) -> Vec<&'static str> {
    let checks: [(&str, bool); 8] = [
        ("value", a.value != b.value),
        ("bounds", bounds_shape(a) != bounds_shape(b)),
        ("qualifier", a.qualifier != b.qualifier),
        ("subject", a.subject != b.subject),
        ("source", a.source != b.source),
        ("date", a.reported_on != b.reported_on),
        ("period", a.period != b.period),
        ("status", a.status != b.status),
    ];
    checks
        .into_iter()
        .filter(|(_, differs)| *differs)
        .map(|(name, _)| name)
        .collect()
}

/// A figure's bounds with those that merely repeat its value marked as
/// such, so that "45" becoming "52" changes the value and not the bounds.
fn bounds_shape(c: &Flat) -> [Option<u64>; 2] {
    [c.low, c.high].map(|b| (b == NO_NUMBER || b != c.value).then_some(b))
}

/// Whether a claim was added, removed or changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// In the old ledger only.
    Removed,
    /// In both, saying something different.
    Changed,
    /// In the new ledger only.
    Added,
}

impl Kind {
    /// `-`, `~` or `+`.
    pub fn sign(self) -> char {
        match self {
            Kind::Removed => '-',
            Kind::Changed => '~',
            Kind::Added => '+',
        }
    }
}

/// One side of a change: what a claim said.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// The claim's id.
    pub id: String,
    /// The figure as written.
    pub text: String,
    /// The number and its bounds.
    pub quantity: Figure,
    /// The counted noun.
    pub subject: String,
    /// The source's name; `None` in the report's own voice.
    pub source: Option<String>,
    /// The day it was reported.
    pub reported_on: Option<NaiveDate>,
    /// The period it covers, as `from..to`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Left out when stated as fact.
    #[serde(skip_serializing_if = "Status::is_stated")]
    pub status: Status,
}

/// A claim added, removed or changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// Added, removed or changed.
    #[serde(rename = "change")]
    pub kind: Kind,
    /// The document.
    pub document: String,
    /// What happened.
    pub event: Event,
    /// Whose people or territory.
    pub party: Option<String>,
    /// The fields that differ, for a change.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<&'static str>,
    /// The claim in the old ledger.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Side>,
    /// The claim in the new ledger.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Side>,
}

impl std::fmt::Display for Change {
    /// One line of a change log, without the document:
    /// `~ killed people (Ukraine), health ministry: 45 → 52 (2025-03-02 → 2025-03-03)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (Some(now), before) = (self.new.as_ref().or(self.old.as_ref()), self.old.as_ref())
        else {
            return Ok(());
        };
        let before = if self.kind == Kind::Changed {
            before
        } else {
            None
        };
        let arrow = |a: String, b: String| if a == b { b } else { format!("{a} → {b}") };
        let both = |get: &dyn Fn(&Side) -> String| match before {
            Some(old) => arrow(get(old), get(now)),
            None => get(now),
        };
        write!(
            f,
            "{} {} {}",
            self.kind.sign(),
            self.event.as_str(),
            both(&|s| s.subject.clone())
        )?;
        if let Some(p) = &self.party {
            write!(f, " ({p})")?;
        }
        let source = both(&|s| s.source.clone().unwrap_or_else(|| "own voice".to_string()));
        if self.kind == Kind::Changed || now.source.is_some() {
            write!(f, ", {source}")?;
        }
        write!(f, ": {}", both(&figure))?;
        let dated = before.is_some_and(|o| o.reported_on.is_some()) || now.reported_on.is_some();
        if dated {
            write!(
                f,
                " ({})",
                both(&|s| s
                    .reported_on
                    .map_or("no date".to_string(), |d| d.to_string()))
            )?;
        }
        if self.fields.contains(&"period") || (before.is_none() && now.period.is_some()) {
            write!(
                f,
                " [period {}]",
                both(&|s| s.period.clone().unwrap_or_else(|| "none".to_string()))
            )?;
        }
        if self.fields.contains(&"status") || (before.is_none() && !now.status.is_stated()) {
            write!(f, " [{}]", both(&|s| status_name(s.status).to_string()))?;
        }
        Ok(())
    }
}

/// A figure as written, with its value when it is written in words
/// ("forty-five (= 45)").
fn figure(s: &Side) -> String {
    match s.quantity.value {
        Some(v) if !s.text.bytes().any(|b| b.is_ascii_digit()) => {
            format!("{} (= {})", s.text, number(v))
        }
        _ => s.text.clone(),
    }
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Stated => "stated",
        Status::Negated => "negated",
        Status::Hypothetical => "hypothetical",
    }
}

/// Diffs two ledgers held in memory (see the [module docs](self)).
///
/// For ledgers read from files, feed a [`Differ`] as they are read.
pub fn diff(
    old: impl IntoIterator<Item = Claim>,
    new: impl IntoIterator<Item = Claim>,
) -> Vec<Change> {
    let mut differ = Differ::new();
    for claim in old {
        // Capacity errors need four billion claims: not in memory.
        let _ = differ.add(&claim);
    }
    let mut differ = differ.new_side();
    for claim in new {
        let _ = differ.add(&claim);
    }
    differ.finish()
}

/// How many bytes of ledger [`diff_ledgers`] diffs in memory at once, by
/// default: 128 MiB. Two partitions are diffed at once (one per core),
/// each in about a third of its size in memory.
pub const BUDGET: u64 = 128 << 20;

/// The most partitions [`diff_ledgers`] cuts ledgers into, to keep the
/// number of files open at once well within the usual limits. Past
/// `BUDGET × MAX_PARTITIONS` bytes of ledger (32 GiB by default), each
/// partition grows.
pub const MAX_PARTITIONS: u64 = 256;

/// The partitions used when a ledger's size cannot be known beforehand
/// (standard input, a pipe).
pub const UNSIZED_PARTITIONS: u64 = 64;

/// Diffs the ledgers at `old` and `new` (`-` for standard input), handing
/// each change to `each` in the order [`NewSide::finish`] gives, and
/// returns how many there were.
///
/// Memory stays bounded whatever the ledgers' size: when the two together
/// are larger than `budget` bytes, or of unknown size, both are cut by
/// document into partitions of about `budget` bytes each, written to a
/// temporary folder (in `TMPDIR`, as compact records without the
/// sentences: about a fifth of the ledger's size), and diffed one
/// partition at a time. The changes are the same either way, in the same
/// order. Only the fields the diff needs are read from each line, so
/// nothing is copied out of a line but what is kept.
///
/// Corrupt lines go to `warn` in [`Mode::Lenient`] and end the diff in
/// [`Mode::Strict`], as [`read_lines`] does.
///
/// # Errors
///
/// An I/O error on a ledger or a temporary file, the first corrupt line in
/// strict mode, [`Error::Capacity`], or the first error `each` returns.
///
/// ```no_run
/// use conflict_figures::diff::{diff_ledgers, BUDGET};
/// use conflict_figures::ledger::Mode;
/// use std::path::Path;
/// let count = diff_ledgers(
///     Path::new("old.jsonl"),
///     Path::new("new.jsonl"),
///     Mode::Lenient,
///     BUDGET,
///     |err| eprintln!("warning: {err}"),
///     |change| { println!("{change}"); Ok(()) },
/// )?;
/// # Ok::<(), conflict_figures::Error>(())
/// ```
pub fn diff_ledgers(
    old: &Path,
    new: &Path,
    mode: Mode,
    budget: u64,
    mut warn: impl FnMut(&Error),
    mut each: impl FnMut(Change) -> Result<(), Error>,
) -> Result<usize, Error> {
    let count = partitions(old, new, budget);
    if count <= 1 {
        let mut differ = Differ::new();
        read_lines(&[old], mode, &mut warn, |line| {
            differ.add_flat(&Flat::of(&line.parse()?))
        })?;
        let mut differ = differ.new_side();
        read_lines(&[new], mode, &mut warn, |line| {
            differ.add_flat(&Flat::of(&line.parse()?))
        })?;
        let mut changes = 0;
        differ.finish_with(|o, n| match change(o, n) {
            Some(c) => {
                changes += 1;
                each(c)
            }
            None => Ok(()),
        })?;
        return Ok(changes);
    }
    let dir = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let count = usize::try_from(count).unwrap_or(1);
    let cut = |path: &Path, side: &str, warn: &mut dyn FnMut(&Error)| {
        let mut parts = spill::Partitions::create(dir.path(), side, count)?;
        read_lines(&[path], mode, warn, |line| {
            parts.add(&Flat::of(&line.parse()?))
        })?;
        Ok::<_, Error>(parts)
    };
    // The two ledgers are cut side by side; the new one's warnings wait
    // for the old one's, to come in reading order.
    let (old_parts, new_parts, new_warnings) = std::thread::scope(|scope| {
        let new_side = scope.spawn(|| {
            let mut warnings = Vec::new();
            let parts = cut(new, "new", &mut |e: &Error| {
                // Only corrupt lines are warned about.
                if let Error::Record { path, line, reason } = e {
                    warnings.push(Error::Record {
                        path: path.clone(),
                        line: *line,
                        reason: reason.clone(),
                    });
                }
            });
            (parts, warnings)
        });
        let old_parts = cut(old, "old", &mut warn);
        let (new_parts, warnings) = new_side
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (old_parts, new_parts, warnings)
    });
    let old_parts = old_parts?;
    for w in new_warnings {
        warn(&w);
    }
    spill::diff(dir.path(), old_parts, new_parts?, each)
}

/// How many partitions to cut two ledgers into for a `budget` of bytes.
fn partitions(old: &Path, new: &Path, budget: u64) -> u64 {
    let size = |p: &Path| {
        let meta = (p != Path::new("-")).then(|| std::fs::metadata(p).ok());
        meta.flatten().filter(|m| m.is_file()).map(|m| m.len())
    };
    match (size(old), size(new)) {
        (Some(a), Some(b)) => a.saturating_add(b).div_ceil(budget.max(1)),
        _ => UNSIZED_PARTITIONS,
    }
    .clamp(1, MAX_PARTITIONS)
}

/// Writes `changes` as a change log: each document's name on a line of its
/// own, then one indented line per change.
///
/// # Errors
///
/// Whatever `out` returns.
pub fn write_log(out: &mut impl Write, changes: &[Change]) -> io::Result<()> {
    let mut log = LogWriter::new();
    for c in changes {
        log.write(out, c)?;
    }
    Ok(())
}

/// Writes changes one at a time as [`write_log`] does, for changes that
/// come one at a time ([`diff_ledgers`]).
///
/// ```
/// use conflict_figures::diff::{diff, LogWriter};
/// use conflict_figures::{extract, Document};
/// let old = extract(&Document::new("d", "Strikes killed 45 people."));
/// let new = extract(&Document::new("d", "Strikes killed 52 people."));
/// let mut out = Vec::new();
/// let mut log = LogWriter::new();
/// for change in diff(old, new) {
///     log.write(&mut out, &change)?;
/// }
/// assert_eq!(String::from_utf8_lossy(&out), "d\n  ~ killed people, own voice: 45 → 52\n");
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct LogWriter {
    /// The document of the last change written.
    document: Option<String>,
}

impl LogWriter {
    /// Nothing written yet.
    pub fn new() -> Self {
        LogWriter::default()
    }

    /// Writes one change, after its document's name when it is the first
    /// change of that document.
    ///
    /// # Errors
    ///
    /// Whatever `out` returns.
    pub fn write(&mut self, out: &mut impl Write, c: &Change) -> io::Result<()> {
        if self.document.as_deref() != Some(c.document.as_str()) {
            writeln!(out, "{}", c.document)?;
            self.document = Some(c.document.clone());
        }
        writeln!(out, "  {c}")
    }
}

/// Writes `changes` as JSON Lines: one object per change, with `change`
/// (`added`, `removed`, `changed`), `document`, `event`, `party`, `fields`
/// (for a change) and the `old` and `new` claims.
///
/// # Errors
///
/// Whatever `out` returns.
pub fn write_json(out: &mut impl Write, changes: &[Change]) -> io::Result<()> {
    for c in changes {
        serde_json::to_writer(&mut *out, c)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::Source;

    fn claim(doc: &str, start: usize, value: f64, source: Option<&str>, day: u32) -> Claim {
        let line = r#"{"id":"x","document":"d","span":{"start":0,"end":2},"text":"12","sentence":"s","quantity":{"value":12,"low":12,"high":12,"qualifier":"exact","unit":"count"},"event":"killed","subject":"people","party":"Ukraine","source":null,"reported_on":null}"#;
        let mut c: Claim = serde_json::from_str(line).unwrap();
        c.document = doc.to_string();
        c.span = crate::Span::new(start, start + 2);
        c.id = format!("{doc}#{start}");
        c.quantity.value = Some(value);
        c.quantity.low = Some(value);
        c.quantity.high = Some(value);
        c.text = number(value);
        c.source = source.map(Source::named);
        c.reported_on = NaiveDate::from_ymd_opt(2025, 3, day);
        c
    }

    fn log(changes: &[Change]) -> Vec<String> {
        changes.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn identical_ledgers_have_no_changes() {
        let a = vec![
            claim("d", 0, 45.0, Some("ministry"), 2),
            claim("d", 40, 45.0, Some("ministry"), 2),
        ];
        assert!(diff(a.clone(), a).is_empty());
    }

    #[test]
    fn moved_claims_are_unchanged() {
        let old = vec![claim("d", 0, 45.0, Some("ministry"), 2)];
        let new = vec![claim("d", 300, 45.0, Some("ministry"), 2)];
        assert!(diff(old, new).is_empty());
    }

    #[test]
    fn updates_match_by_source_before_order() {
        let old = vec![
            claim("d", 0, 45.0, Some("ministry"), 2),
            claim("d", 50, 30.0, Some("UN"), 2),
        ];
        let new = vec![
            claim("d", 0, 33.0, Some("UN"), 3),
            claim("d", 50, 52.0, Some("ministry"), 3),
        ];
        assert_eq!(
            log(&diff(old, new)),
            [
                "~ killed people (Ukraine), UN: 30 → 33 (2025-03-02 → 2025-03-03)",
                "~ killed people (Ukraine), ministry: 45 → 52 (2025-03-02 → 2025-03-03)",
            ]
        );
    }

    #[test]
    fn added_removed_and_source_changes() {
        let old = vec![
            claim("d", 0, 45.0, None, 2),
            claim("e", 0, 7.0, Some("police"), 2),
        ];
        let new = vec![
            claim("d", 0, 45.0, Some("ministry"), 2),
            claim("d", 90, 3.0, None, 2),
        ];
        assert_eq!(
            log(&diff(old, new)),
            [
                "~ killed people (Ukraine), own voice → ministry: 45 (2025-03-02)",
                "+ killed people (Ukraine): 3 (2025-03-02)",
                "- killed people (Ukraine), police: 7 (2025-03-02)",
            ]
        );
    }

    #[test]
    fn changed_fields_are_named() {
        let a = claim("d", 0, 45.0, None, 2);
        let mut b = a.clone();
        b.quantity.qualifier = Qualifier::AtLeast;
        b.quantity.high = None;
        let changes = diff([a], [b]);
        assert_eq!(changes[0].fields, ["bounds", "qualifier"]);
    }
}
