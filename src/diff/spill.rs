//! Diffing ledgers larger than memory: both sides are cut by document
//! into partitions on disk, each partition is diffed on its own, and the
//! partitions' changes, each already in order, are merged.
//!
//! Claims are matched only within a document, so a partition holding
//! whole documents diffs exactly as the whole ledger would; and since the
//! changes are ordered by document first, merging the partitions' sorted
//! changes gives the very order the in-memory diff gives.
//!
//! The files hold length-prefixed records in a private binary form: a
//! claim is its [`Flat`] fields, strings as a 4-byte length and their
//! bytes (`u32::MAX` for none), numbers as little-endian bytes, names of
//! events, qualifiers and statuses as strings. A change is a byte telling
//! which sides follow, then the old and the new claim.

use super::{change, Change, Differ, Flat, Kind};
use crate::claim::Status;
use crate::error::Error;
use crate::vocabulary::{Event, Qualifier};
use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::Deserialize;
use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// The buffer of each partition file: small, as many are open at once.
const BUFFER: usize = 32 << 10;

/// No string.
const NO_STRING: u32 = u32::MAX;

fn put_u32(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    // Ledger lines are at most 16 MiB, so every string's length fits.
    put_u32(out, u32::try_from(s.len()).unwrap_or(0));
    out.extend_from_slice(s.as_bytes());
}

fn put_opt(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => put_str(out, s),
        None => put_u32(out, NO_STRING),
    }
}

fn put_flat(out: &mut Vec<u8>, f: &Flat) {
    put_str(out, f.document);
    put_str(out, f.event.as_str());
    put_str(out, &f.kind);
    put_opt(out, f.party);
    put_str(out, f.unit);
    for n in [f.value, f.low, f.high] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    put_str(out, f.qualifier.as_str());
    put_str(out, super::status_name(f.status));
    out.extend_from_slice(&f.reported_on.to_le_bytes());
    put_str(out, f.subject);
    put_opt(out, f.source);
    put_opt(out, f.period.as_deref());
    put_opt(out, f.id);
    put_u32(out, f.start);
    put_str(out, f.text);
}

/// Reads back what the `put_` functions wrote; `None` when the bytes end
/// early or are not what was written.
struct Cursor<'a>(&'a [u8]);

impl<'a> Cursor<'a> {
    fn bytes<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.0.split_first_chunk::<N>()?;
        self.0 = rest;
        Some(*head)
    }

    fn u32(&mut self) -> Option<u32> {
        self.bytes().map(u32::from_le_bytes)
    }

    fn u64(&mut self) -> Option<u64> {
        self.bytes().map(u64::from_le_bytes)
    }

    fn i32(&mut self) -> Option<i32> {
        self.bytes().map(i32::from_le_bytes)
    }

    fn opt(&mut self) -> Option<Option<&'a str>> {
        let len = self.u32()?;
        if len == NO_STRING {
            return Some(None);
        }
        let len = usize::try_from(len).ok()?;
        if len > self.0.len() {
            return None;
        }
        let (s, rest) = self.0.split_at(len);
        self.0 = rest;
        std::str::from_utf8(s).ok().map(Some)
    }

    fn str(&mut self) -> Option<&'a str> {
        self.opt()?
    }

    /// A unit-variant enum by its serde name.
    fn name<T: Deserialize<'a>>(&mut self) -> Option<T> {
        let name = self.str()?;
        T::deserialize(StrDeserializer::<ValueError>::new(name)).ok()
    }

    fn flat(&mut self) -> Option<Flat<'a>> {
        Some(Flat {
            document: self.str()?,
            event: self.name::<Event>()?,
            kind: Cow::Borrowed(self.str()?),
            party: self.opt()?,
            unit: self.str()?,
            value: self.u64()?,
            low: self.u64()?,
            high: self.u64()?,
            qualifier: self.name::<Qualifier>()?,
            status: self.name::<Status>()?,
            reported_on: self.i32()?,
            subject: self.str()?,
            source: self.opt()?,
            period: self.opt()?.map(Cow::Borrowed),
            id: self.opt()?,
            start: self.u32()?,
            text: self.str()?,
        })
    }
}

/// An old and a new claim, either of them absent.
type FlatPair<'a> = (Option<Flat<'a>>, Option<Flat<'a>>);

fn put_pair(out: &mut Vec<u8>, old: Option<&Flat>, new: Option<&Flat>) {
    out.push(u8::from(old.is_some()) | u8::from(new.is_some()) << 1);
    for f in [old, new].into_iter().flatten() {
        put_flat(out, f);
    }
}

fn pair(bytes: &[u8]) -> Option<FlatPair<'_>> {
    let (&sides, rest) = bytes.split_first()?;
    let mut c = Cursor(rest);
    let old = if sides & 1 != 0 {
        Some(c.flat()?)
    } else {
        None
    };
    let new = if sides & 2 != 0 {
        Some(c.flat()?)
    } else {
        None
    };
    Some((old, new))
}

/// A spill file that does not read back: only if someone else wrote to it.
fn garbled(path: &Path) -> Error {
    let err = io::Error::new(io::ErrorKind::InvalidData, "temporary file garbled");
    Error::io(path, err)
}

/// Writes length-prefixed records to a file.
struct Records {
    path: PathBuf,
    out: BufWriter<File>,
    buf: Vec<u8>,
}

impl Records {
    fn create(path: PathBuf) -> Result<Self, Error> {
        let file = File::create(&path).map_err(|e| Error::io(&path, e))?;
        Ok(Records {
            out: BufWriter::with_capacity(BUFFER, file),
            path,
            buf: Vec::new(),
        })
    }

    /// Writes the record `fill` puts in the buffer.
    fn write(&mut self, fill: impl FnOnce(&mut Vec<u8>)) -> Result<(), Error> {
        self.buf.clear();
        fill(&mut self.buf);
        let len = u32::try_from(self.buf.len()).map_err(|_| Error::Capacity("bytes in a claim"))?;
        self.out
            .write_all(&len.to_le_bytes())
            .and_then(|()| self.out.write_all(&self.buf))
            .map_err(|e| Error::io(&self.path, e))
    }

    fn finish(mut self) -> Result<PathBuf, Error> {
        self.out.flush().map_err(|e| Error::io(&self.path, e))?;
        Ok(self.path)
    }
}

/// Reads length-prefixed records from a file, one at a time.
struct Run {
    path: PathBuf,
    input: BufReader<File>,
    buf: Vec<u8>,
}

impl Run {
    fn open(path: PathBuf) -> Result<Self, Error> {
        let file = File::open(&path).map_err(|e| Error::io(&path, e))?;
        Ok(Run {
            input: BufReader::with_capacity(BUFFER, file),
            path,
            buf: Vec::new(),
        })
    }

    /// Reads the next record into the buffer; false at the end.
    fn next(&mut self) -> Result<bool, Error> {
        let io = |e| Error::io(&self.path, e);
        if self.input.fill_buf().map_err(io)?.is_empty() {
            return Ok(false);
        }
        let mut len = [0; 4];
        self.input.read_exact(&mut len).map_err(io)?;
        let len = usize::try_from(u32::from_le_bytes(len)).map_err(|_| garbled(&self.path))?;
        self.buf.clear();
        let read = (&mut self.input)
            .take(len as u64)
            .read_to_end(&mut self.buf)
            .map_err(io)?;
        if read != len {
            return Err(garbled(&self.path));
        }
        Ok(true)
    }

    /// Hands each claim of the file to `each`, then deletes the file.
    fn each_claim(mut self, mut each: impl FnMut(&Flat) -> Result<(), Error>) -> Result<(), Error> {
        while self.next()? {
            let flat = Cursor(&self.buf)
                .flat()
                .ok_or_else(|| garbled(&self.path))?;
            each(&flat)?;
        }
        drop(self.input);
        std::fs::remove_file(&self.path).map_err(|e| Error::io(&self.path, e))
    }
}

/// The claims of one ledger, cut into partitions by document.
pub(super) struct Partitions {
    files: Vec<Records>,
}

impl Partitions {
    /// `count` empty partitions in `dir`, named after `side`.
    pub(super) fn create(dir: &Path, side: &str, count: usize) -> Result<Self, Error> {
        let files = (0..count)
            .map(|i| Records::create(dir.join(format!("{side}-{i}"))))
            .collect::<Result<_, _>>()?;
        Ok(Partitions { files })
    }

    /// Writes a claim to its document's partition.
    pub(super) fn add(&mut self, claim: &Flat) -> Result<(), Error> {
        #[allow(deprecated)]
        let mut h = std::collections::hash_map::DefaultHasher::new();
        claim.document.hash(&mut h);
        let count = self.files.len().max(1) as u64;
        let at = usize::try_from(h.finish() % count).unwrap_or(0);
        match self.files.get_mut(at) {
            Some(file) => file.write(|buf| put_flat(buf, claim)),
            None => Ok(()),
        }
    }

    fn finish(self) -> Result<Vec<PathBuf>, Error> {
        self.files.into_iter().map(Records::finish).collect()
    }
}

/// Diffs each partition of `old` against the same partition of `new`,
/// then merges their changes, handing each to `each` in order. Returns how
/// many there were.
pub(super) fn diff(
    dir: &Path,
    old: Partitions,
    new: Partitions,
    mut each: impl FnMut(Change) -> Result<(), Error>,
) -> Result<usize, Error> {
    let parts: Vec<(PathBuf, PathBuf)> = old.finish()?.into_iter().zip(new.finish()?).collect();
    // Two partitions at a time, one per core.
    let mut runs = Vec::new();
    for (pair_at, two) in parts.chunks(2).enumerate() {
        let done: Vec<Result<PathBuf, Error>> = std::thread::scope(|scope| {
            let diffs: Vec<_> = two
                .iter()
                .enumerate()
                .map(|(j, (old, new))| {
                    let out = dir.join(format!("changes-{}", pair_at * 2 + j));
                    scope.spawn(move || diff_partition(old, new, out))
                })
                .collect();
            diffs
                .into_iter()
                .map(|d| d.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        for path in done {
            runs.push(Run::open(path?)?);
        }
    }
    merge(runs, &mut each)
}

/// Diffs one partition, writing its changes in order to `out`.
fn diff_partition(old: &Path, new: &Path, out: PathBuf) -> Result<PathBuf, Error> {
    let mut differ = Differ::new();
    Run::open(old.to_path_buf())?.each_claim(|f| differ.add_flat(f))?;
    let mut differ = differ.new_side();
    Run::open(new.to_path_buf())?.each_claim(|f| differ.add_flat(f))?;
    let mut changes = Records::create(out)?;
    differ.finish_with(|o, n| changes.write(|buf| put_pair(buf, o, n)))?;
    changes.finish()
}

/// What orders changes: document, position, kind (as the in-memory diff
/// orders them), then the run, to find it again.
type Head = Reverse<(String, u32, Kind, usize)>;

fn head(run: &Run, at: usize) -> Result<Head, Error> {
    let (old, new) = pair(&run.buf).ok_or_else(|| garbled(&run.path))?;
    let kind = match (&old, &new) {
        (Some(_), Some(_)) => Kind::Changed,
        (Some(_), None) => Kind::Removed,
        _ => Kind::Added,
    };
    let any = new
        .as_ref()
        .or(old.as_ref())
        .ok_or_else(|| garbled(&run.path))?;
    Ok(Reverse((any.document.to_string(), any.start, kind, at)))
}

/// Merges runs of changes, each in order, into one.
fn merge(
    mut runs: Vec<Run>,
    each: &mut impl FnMut(Change) -> Result<(), Error>,
) -> Result<usize, Error> {
    let mut heads = BinaryHeap::new();
    for (i, run) in runs.iter_mut().enumerate() {
        if run.next()? {
            heads.push(head(run, i)?);
        }
    }
    let mut count = 0;
    while let Some(Reverse((_, _, _, i))) = heads.pop() {
        let Some(run) = runs.get_mut(i) else {
            continue;
        };
        let (old, new) = pair(&run.buf).ok_or_else(|| garbled(&run.path))?;
        if let Some(c) = change(old.as_ref(), new.as_ref()) {
            each(c)?;
            count += 1;
        }
        if run.next()? {
            heads.push(head(run, i)?);
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::ClaimView;

    #[test]
    fn claims_read_back_as_written() {
        let lines = [
            r#"{"id":"d#0","document":"d","span":{"start":0,"end":2},"text":"12","sentence":"s","quantity":{"value":12,"low":12,"high":null,"qualifier":"at_least","unit":"km"},"event":"wounded","subject":"troops","party":"Sudan","source":{"name":"police"},"reported_on":"2025-03-02","period":{"from":"2025","to":null,"since":"the war"},"status":"negated"}"#,
            r#"{"id":"odd id","document":"é—d","span":{"start":5,"end":7},"text":"ten","sentence":"s","quantity":{"value":null,"low":null,"high":null,"qualifier":"vague","unit":"count"},"event":"killed","subject":"people","party":null,"source":null,"reported_on":null}"#,
        ];
        for line in lines {
            let view: ClaimView = serde_json::from_str(line).expect("a claim");
            let flat = Flat::of(&view);
            let mut buf = Vec::new();
            put_pair(&mut buf, Some(&flat), None);
            assert_eq!(pair(&buf), Some((Some(flat.clone()), None)));
            for cut in 0..buf.len() {
                assert!(pair(buf.get(..cut).unwrap_or_default()).is_none());
            }
        }
    }
}
