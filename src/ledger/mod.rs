//! The claims ledger: JSON Lines files of [`Claim`]s, read and written as
//! streams.
//!
//! A ledger can be far larger than memory, so nothing here holds a whole
//! ledger: [`Reader`] hands out one claim at a time with its line number,
//! [`Dedupe`] remembers 16 bytes per distinct claim, and [`append`] copies
//! the old file into a new one beside it and renames it over the old.
//!
//! ```
//! use conflict_figures::ledger::{self, Mode, Reader};
//! use conflict_figures::{extract, Document};
//!
//! let doc = Document::new("d1", "Shelling killed at least 12 civilians in Kharkiv.");
//! let mut file = Vec::new();
//! for claim in extract(&doc) {
//!     ledger::write_line(&mut file, &claim)?;
//! }
//! file.extend_from_slice(b"{not json\n");
//!
//! // Lenient: the corrupt line is reported with its line number, and
//! // reading goes on.
//! let mut claims = Vec::new();
//! for item in Reader::<_, conflict_figures::Claim>::new("d1.jsonl", &file[..], Mode::Lenient) {
//!     match item {
//!         Ok(entry) => claims.push(entry.record),
//!         Err(err) => assert!(err.to_string().starts_with("d1.jsonl:2: column 2:")),
//!     }
//! }
//! assert_eq!(claims[0].text, "at least 12");
//! # Ok::<(), conflict_figures::Error>(())
//! ```
//!
//! # Corrupt lines
//!
//! A line that is not a claim (bad JSON, a missing field, invalid UTF-8, or
//! longer than [`MAX_LINE`]) is an [`Error::Record`] naming the file and
//! the 1-based line. In [`Mode::Lenient`] the reader yields it and goes on
//! with the next line; in [`Mode::Strict`] it is the last item. Blank lines
//! are skipped. I/O errors always end the reading.

mod filter;
mod subject;
pub(crate) mod view;
mod write;

pub use filter::Filter;
pub use subject::subject_kind;
pub(crate) use view::Claim as ClaimView;
pub use write::{append, replace, write_line};

use crate::claim::Claim;
use crate::error::{Error, RecordError};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::hash::{Hash, Hasher};
use std::io::{self, BufRead, BufReader};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

/// The longest ledger line read, in bytes (16 MiB). A longer line is
/// reported as corrupt and skipped without being held in memory.
pub const MAX_LINE: usize = 16 << 20;

/// What to do with a corrupt line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Report it and read on.
    #[default]
    Lenient,
    /// Report it and stop.
    Strict,
}

impl Mode {
    /// Whether reading may go on after `err`: in lenient mode, a corrupt
    /// line ([`Error::Record`]) may be skipped; nothing else may.
    ///
    /// ```
    /// use conflict_figures::ledger::Mode;
    /// use conflict_figures::error::{Error, RecordError};
    /// let corrupt = Error::Record { path: "l.jsonl".into(), line: 2, reason: RecordError::NotAnObject };
    /// assert!(Mode::Lenient.skips(&corrupt));
    /// assert!(!Mode::Strict.skips(&corrupt));
    /// ```
    pub fn skips(self, err: &Error) -> bool {
        self == Mode::Lenient && matches!(err, Error::Record { .. })
    }
}

/// A record read from a ledger, with the line it stands on.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<T = Claim> {
    /// The 1-based line number.
    pub line: usize,
    /// The record.
    pub record: T,
}

/// Reads a ledger line by line: an iterator of [`Entry`]s, or of
/// [`Error::Record`]s for corrupt lines (see the [module docs](self)).
///
/// `T` is what each line is read as: [`Claim`] by default, or any smaller
/// `Deserialize` type that names only the fields it needs (the others are
/// skipped without being stored).
#[derive(Debug)]
pub struct Reader<R, T = Claim> {
    reader: R,
    path: PathBuf,
    mode: Mode,
    buf: Vec<u8>,
    line: usize,
    done: bool,
    record: PhantomData<fn() -> T>,
}

impl<T> Reader<Box<dyn BufRead>, T> {
    /// Opens the ledger at `path`; `-` is standard input.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when the file cannot be opened.
    pub fn open(path: impl AsRef<Path>, mode: Mode) -> Result<Self, Error> {
        let path = path.as_ref();
        let reader: Box<dyn BufRead> = if path == Path::new("-") {
            Box::new(BufReader::new(io::stdin()))
        } else {
            let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            Box::new(BufReader::with_capacity(1 << 16, file))
        };
        Ok(Reader::new(path, reader, mode))
    }
}

impl<R: BufRead, T> Reader<R, T> {
    /// Reads from `reader`; `path` names it in errors.
    pub fn new(path: impl Into<PathBuf>, reader: R, mode: Mode) -> Self {
        Reader {
            reader,
            path: path.into(),
            mode,
            buf: Vec::new(),
            line: 0,
            done: false,
            record: PhantomData,
        }
    }

    /// The file being read, as named in errors.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn corrupt(&self, reason: RecordError) -> Error {
        Error::Record {
            path: self.path.clone(),
            line: self.line,
            reason,
        }
    }
}

impl<R: BufRead, T> Reader<R, T> {
    /// The next line that is not blank, not yet read as a record: for
    /// readers that borrow from the line ([`Line::parse`]) rather than own
    /// what they read. A line longer than [`MAX_LINE`] is an
    /// [`Error::Record`]; an I/O error ends the reading. Unlike the
    /// iterator, this does not stop after a corrupt line in
    /// [`Mode::Strict`]: the caller decides (see [`read_lines`]).
    pub fn next_line(&mut self) -> Option<Result<Line<'_>, Error>> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            let fits = match read_line(&mut self.reader, &mut self.buf, MAX_LINE) {
                Ok(Some(fits)) => fits,
                Ok(None) => return None,
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::io(&self.path, e)));
                }
            };
            self.line += 1;
            if !fits {
                return Some(Err(self.corrupt(RecordError::TooLong { limit: MAX_LINE })));
            }
            if !trim_line_end(&self.buf).iter().all(u8::is_ascii_whitespace) {
                break;
            }
        }
        Some(Ok(Line {
            path: &self.path,
            number: self.line,
            bytes: trim_line_end(&self.buf),
        }))
    }
}

impl<R: BufRead, T: DeserializeOwned> Iterator for Reader<R, T> {
    type Item = Result<Entry<T>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = match self.next_line()? {
            Ok(line) => line.parse().map(|record| Entry {
                line: line.number,
                record,
            }),
            Err(err) => Err(err),
        };
        self.done |= item.is_err() && self.mode == Mode::Strict;
        Some(item)
    }
}

/// One line of a ledger as read by [`Reader::next_line`]: its number and
/// its bytes (without the line end), to be read with [`parse`](Line::parse).
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    path: &'a Path,
    number: usize,
    bytes: &'a [u8],
}

impl<'a> Line<'a> {
    /// The 1-based line number.
    pub fn number(&self) -> usize {
        self.number
    }

    /// The line's bytes, without its line end.
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// Reads the line as a `T`, which may borrow from it (a `&str` or a
    /// `Cow<str>` with `#[serde(borrow)]` field costs no allocation).
    ///
    /// # Errors
    ///
    /// [`Error::Record`] naming the file and line when the line is not a
    /// `T`.
    pub fn parse<T: Deserialize<'a>>(&self) -> Result<T, Error> {
        serde_json::from_slice(self.bytes).map_err(|e| self.corrupt(RecordError::json(&e)))
    }

    /// An [`Error::Record`] for this line.
    pub fn corrupt(&self, reason: RecordError) -> Error {
        Error::Record {
            path: self.path.to_path_buf(),
            line: self.number,
            reason,
        }
    }
}

/// Reads one line (through its `\n`) into `buf`, keeping at most `limit`
/// bytes of it. `None` at the end of input; `Some(false)` when the line was
/// longer than `limit` (the rest of it is read and dropped).
fn read_line(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<bool>> {
    let mut fits = true;
    let mut read_any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(read_any.then(|| fits && trim_line_end(buf).len() <= limit));
        }
        read_any = true;
        let (chunk, ends) = match find_newline(available) {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let used = chunk.len();
        if fits && buf.len() + used <= limit.saturating_add(2) {
            buf.extend_from_slice(chunk);
        } else if fits {
            fits = false;
            buf.clear();
        }
        reader.consume(used);
        if ends {
            return Ok(Some(fits && trim_line_end(buf).len() <= limit));
        }
    }
}

/// The position of the first `\n` in `bytes`, eight bytes at a time.
fn find_newline(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const NEWLINES: u64 = ONES * b'\n' as u64;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])) ^ NEWLINES;
        // A zero byte in `word` is a newline in the chunk.
        if word.wrapping_sub(ONES) & !word & HIGHS != 0 {
            break;
        }
        at += 8;
    }
    let rest = bytes.get(at..)?;
    rest.iter().position(|&b| b == b'\n').map(|i| at + i)
}

/// The line without its `\n` or `\r\n`.
fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Reads every ledger in `paths` in turn, handing each claim to `each`.
/// Corrupt lines go to `warn` in lenient mode and end the reading in strict
/// mode.
///
/// # Errors
///
/// The first I/O error, the first corrupt line in [`Mode::Strict`], or the
/// first error `each` returns.
///
/// ```no_run
/// use conflict_figures::ledger::{read_each, Mode};
/// let mut count = 0;
/// read_each::<conflict_figures::Claim>(
///     &["old.jsonl", "new.jsonl"],
///     Mode::Lenient,
///     |err| eprintln!("warning: {err}"),
///     |_claim| { count += 1; Ok(()) },
/// )?;
/// # Ok::<(), conflict_figures::Error>(())
/// ```
pub fn read_each<T: DeserializeOwned>(
    paths: &[impl AsRef<Path>],
    mode: Mode,
    mut warn: impl FnMut(&Error),
    mut each: impl FnMut(T) -> Result<(), Error>,
) -> Result<(), Error> {
    for path in paths {
        for item in Reader::<_, T>::open(path, mode)? {
            match item {
                Ok(entry) => each(entry.record)?,
                Err(err) if mode.skips(&err) => warn(&err),
                Err(err) => return Err(err),
            }
        }
    }
    Ok(())
}

/// Reads every ledger in `paths` in turn, handing each line that is not
/// blank to `each`, which reads it (usually with [`Line::parse`]). A corrupt
/// line, and an [`Error::Record`] that `each` returns, go to `warn` in
/// lenient mode and end the reading in strict mode.
///
/// This is [`read_each`] for records that borrow from their line.
///
/// # Errors
///
/// The first I/O error, the first corrupt line in [`Mode::Strict`], or the
/// first other error `each` returns.
///
/// ```no_run
/// use conflict_figures::ledger::{read_lines, Mode};
/// use std::borrow::Cow;
/// #[derive(serde::Deserialize)]
/// struct Doc<'a> {
///     #[serde(borrow)]
///     document: Cow<'a, str>,
/// }
/// let mut longest = 0;
/// read_lines(&["claims.jsonl"], Mode::Lenient, |err| eprintln!("warning: {err}"), |line| {
///     longest = longest.max(line.parse::<Doc>()?.document.len());
///     Ok(())
/// })?;
/// # Ok::<(), conflict_figures::Error>(())
/// ```
pub fn read_lines(
    paths: &[impl AsRef<Path>],
    mode: Mode,
    mut warn: impl FnMut(&Error),
    mut each: impl FnMut(Line<'_>) -> Result<(), Error>,
) -> Result<(), Error> {
    for path in paths {
        let mut reader = Reader::<_, ()>::open(path, mode)?;
        while let Some(line) = reader.next_line() {
            match line.and_then(&mut each) {
                Ok(()) => {}
                Err(err) if mode.skips(&err) => warn(&err),
                Err(err) => return Err(err),
            }
        }
    }
    Ok(())
}

/// Remembers the claims seen so far, to pass each distinct claim once.
///
/// Two claims are the same when every field is equal (the same document,
/// span, figure, event, subject, party, source, dates and sentence): the
/// same report read twice. Each distinct claim costs 16 bytes (a 128-bit
/// hash of its JSON line), so de-duplicating a ledger of a million claims
/// takes tens of megabytes, not the ledger's size.
///
/// ```
/// use conflict_figures::ledger::Dedupe;
/// use conflict_figures::{extract, Document};
/// let claim = extract(&Document::new("d", "Shelling killed 12 civilians."))[0].clone();
/// let mut seen = Dedupe::new();
/// assert!(seen.first_time(&claim));
/// assert!(!seen.first_time(&claim.clone()));
/// ```
#[derive(Debug, Default)]
pub struct Dedupe {
    seen: rustc_hash::FxHashSet<u128>,
    buf: Vec<u8>,
}

impl Dedupe {
    /// Nothing seen yet.
    pub fn new() -> Self {
        Dedupe::default()
    }

    /// True the first time `claim` is seen.
    pub fn first_time(&mut self, claim: &Claim) -> bool {
        self.buf.clear();
        // Serialising a Claim into memory cannot fail: its map keys are
        // strings and its numbers finite or written as null.
        if serde_json::to_writer(&mut self.buf, claim).is_err() {
            return true;
        }
        self.seen.insert(fingerprint(&self.buf))
    }

    /// How many distinct claims have been seen.
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    /// True when nothing has been seen.
    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }
}

/// A 128-bit hash of `bytes`: two SipHash-1-3 runs with fixed, different
/// keys, so that fingerprints are the same from run to run.
fn fingerprint(bytes: &[u8]) -> u128 {
    #[allow(deprecated)]
    let hash = |salt: u8| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut h);
        bytes.hash(&mut h);
        h.finish()
    };
    (u128::from(hash(0)) << 64) | u128::from(hash(1))
}

/// The union of several ledgers: every claim of each, in the order given,
/// each distinct claim once (see [`Dedupe`]).
///
/// Merging is order-independent up to ordering: `merge([a, b])` and
/// `merge([b, a])` hold the same claims.
///
/// ```
/// use conflict_figures::ledger::merge;
/// use conflict_figures::{extract, Document};
/// let a = extract(&Document::new("a", "Shelling killed 12 civilians."));
/// let b = extract(&Document::new("b", "Strikes wounded 30 people."));
/// let merged: Vec<_> = merge([a.clone(), b.clone(), a.clone()]).collect();
/// assert_eq!(merged.len(), 2);
/// ```
pub fn merge<L>(ledgers: impl IntoIterator<Item = L>) -> impl Iterator<Item = Claim>
where
    L: IntoIterator<Item = Claim>,
{
    let mut seen = Dedupe::new();
    ledgers
        .into_iter()
        .flatten()
        .filter(move |claim| seen.first_time(claim))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLAIM: &str = r#"{"id":"d#0","document":"d","span":{"start":0,"end":2},"text":"12","sentence":"12 killed.","quantity":{"value":12,"low":12,"high":12,"qualifier":"exact","unit":"count"},"event":"killed","subject":"people","party":null,"source":null,"reported_on":null}"#;

    fn read(input: &[u8], mode: Mode) -> Vec<Result<usize, String>> {
        Reader::<_, Claim>::new("l.jsonl", input, mode)
            .map(|item| item.map(|e| e.line).map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn lines_are_numbered_and_blank_lines_skipped() {
        let input = format!("{CLAIM}\n\n  \r\n{CLAIM}\r\n{CLAIM}");
        assert_eq!(read(input.as_bytes(), Mode::Strict), [Ok(1), Ok(4), Ok(5)]);
    }

    #[test]
    fn lenient_reads_past_corrupt_lines() {
        let mut input = Vec::new();
        input.extend_from_slice(CLAIM.as_bytes());
        input.extend_from_slice(b"\n{\"id\": 3}\n{\"id\": \"\xff\"}\n[1]\n");
        input.extend_from_slice(CLAIM.as_bytes());
        let got = read(&input, Mode::Lenient);
        assert_eq!(
            got,
            [
                Ok(1),
                Err("l.jsonl:2: column 8: invalid type: integer `3`, expected a string".into()),
                Err("l.jsonl:3: column 9: invalid unicode code point".into()),
                Err("l.jsonl:4: column 2: invalid type: integer `1`, expected a string".into()),
                Ok(5),
            ]
        );
    }

    #[test]
    fn strict_stops_at_the_first_corrupt_line() {
        let input = format!("{CLAIM}\nnot json\n{CLAIM}\n");
        let got = read(input.as_bytes(), Mode::Strict);
        assert_eq!(
            got,
            [
                Ok(1),
                Err("l.jsonl:2: column 2: expected ident".to_string())
            ]
        );
    }

    #[test]
    fn torn_last_line_is_corrupt() {
        let input = format!("{CLAIM}\n{}", &CLAIM[..40]);
        let got = read(input.as_bytes(), Mode::Lenient);
        assert_eq!(got[0], Ok(1));
        assert_eq!(
            got[1],
            Err("l.jsonl:2: column 40: EOF while parsing a string".to_string())
        );
    }

    #[test]
    fn over_long_lines_are_skipped_without_being_kept() {
        let mut buf = Vec::new();
        let long = [b'x'; 100];
        let mut input = &long[..];
        assert_eq!(read_line(&mut input, &mut buf, 10).ok(), Some(Some(false)));
        assert!(buf.is_empty());
        let mut input = &b"0123456789\r\nnext"[..];
        assert_eq!(read_line(&mut input, &mut buf, 10).ok(), Some(Some(true)));
        buf.clear();
        assert_eq!(read_line(&mut input, &mut buf, 10).ok(), Some(Some(true)));
        assert_eq!(buf, b"next");
        buf.clear();
        assert_eq!(read_line(&mut input, &mut buf, 10).ok(), Some(None));
        let mut input = &b"0123456789a\n"[..];
        assert_eq!(read_line(&mut input, &mut buf, 10).ok(), Some(Some(false)));
    }

    #[test]
    fn newlines_are_found_at_every_offset() {
        for len in 0..40 {
            for at in 0..=len {
                let mut bytes = vec![b'x'; len];
                if at < len {
                    bytes[at] = b'\n';
                    bytes.push(b'\n');
                }
                let want = (at < len).then_some(at);
                assert_eq!(find_newline(&bytes), want, "{len} {at}");
            }
        }
        assert_eq!(find_newline("é\u{a0}—\n".as_bytes()), Some(7));
        assert_eq!(find_newline(&[0x8a, 0x0b, 0x09, b'\n']), Some(3));
    }

    #[test]
    fn dedupe_tells_claims_apart_by_every_field() {
        let a: Claim = serde_json::from_str(CLAIM).unwrap();
        let mut b = a.clone();
        b.sentence.push(' ');
        let mut seen = Dedupe::new();
        assert!(seen.first_time(&a));
        assert!(seen.first_time(&b));
        assert!(!seen.first_time(&a));
        assert_eq!(seen.len(), 2);
    }
}
