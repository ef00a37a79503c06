//! Corpus folders: `DIR/docs.jsonl` lists the documents, `DIR/docs/<id>.txt`
//! holds each one's text.
//!
//! ```text
//! corpus/
//!   docs.jsonl        {"id": "kyiv-1", "url": "https://…", "outlet": "…", "title": "…", "published": "2024-07-05"}
//!   docs/kyiv-1.txt   the report's text, UTF-8
//! ```
//!
//! [`Corpus::open`] reads and checks the list; texts are read one at a time,
//! when asked for, so a corpus may be larger than memory.
//!
//! JSON Lines files are split into lines the way Python reads a text file
//! (`\n`, `\r\n` and a lone `\r` all end a line), so that this crate and the
//! reference scorer `score.py` see the same records.
//!
//! ```no_run
//! use conflict_figures::corpus::Corpus;
//!
//! let corpus = Corpus::open("corpus/dev")?;
//! for entry in corpus.entries() {
//!     let doc = corpus.document(entry)?;
//!     println!("{}: {} bytes, published {:?}", doc.id, doc.text.len(), doc.published);
//! }
//! # Ok::<(), conflict_figures::Error>(())
//! ```

use crate::document::Document;
use crate::error::{decode_utf8, Error, RecordError};
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// One line of `docs.jsonl`: a document of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The document's id; its text is `docs/<id>.txt`.
    pub id: String,
    /// Where the report was published, when known.
    pub url: Option<String>,
    /// Who published it.
    pub outlet: Option<String>,
    /// Its headline.
    pub title: Option<String>,
    /// The date it was published, when known.
    pub published: Option<NaiveDate>,
}

/// A corpus folder whose document list has been read and checked.
#[derive(Debug, Clone)]
pub struct Corpus {
    dir: PathBuf,
    entries: Vec<Entry>,
    index: HashMap<String, usize>,
}

impl Corpus {
    /// Reads and checks `dir/docs.jsonl`.
    ///
    /// Every non-blank line must be a JSON object with a string `id` that
    /// can name a file and is not repeated; `url`, `outlet` and `title` are
    /// strings or null (or absent), `published` is a `YYYY-MM-DD` date or
    /// null (or absent). Other fields are ignored.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when the file cannot be read, [`Error::InvalidUtf8`]
    /// when it is not UTF-8, and [`Error::Record`] naming the file and the
    /// 1-based line of the first bad record.
    pub fn open(dir: impl AsRef<Path>) -> Result<Corpus, Error> {
        let dir = dir.as_ref().to_path_buf();
        let path = dir.join("docs.jsonl");
        let mut entries = Vec::new();
        // The line each id was given on, for the duplicate-id message.
        let mut lines: HashMap<String, usize> = HashMap::new();
        for line in JsonLines::open(&path)? {
            let line = line?;
            if is_blank(&line.text) {
                continue;
            }
            let at = |reason| Error::Record {
                path: path.clone(),
                line: line.number,
                reason,
            };
            let entry = parse_entry(&line.text).map_err(at)?;
            if let Some(&first) = lines.get(&entry.id) {
                return Err(at(RecordError::DuplicateId {
                    id: entry.id,
                    first,
                }));
            }
            lines.insert(entry.id.clone(), line.number);
            entries.push(entry);
        }
        let index = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        Ok(Corpus {
            dir,
            entries,
            index,
        })
    }

    /// The corpus folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The documents, in `docs.jsonl` order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this id, if the corpus lists it.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.position(id).and_then(|i| self.entries.get(i))
    }

    /// Where the entry with this id stands in [`entries`](Self::entries).
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The file that holds an entry's text: `DIR/docs/<id>.txt`.
    pub fn text_path(&self, entry: &Entry) -> PathBuf {
        self.dir.join("docs").join(format!("{}.txt", entry.id))
    }

    /// Reads one document's text.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when `docs/<id>.txt` cannot be read,
    /// [`Error::InvalidUtf8`] with the byte offset when it is not UTF-8.
    pub fn document(&self, entry: &Entry) -> Result<Document, Error> {
        let path = self.text_path(entry);
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let text = decode_utf8(&path, bytes)?;
        Ok(Document::new(entry.id.clone(), text).published(entry.published))
    }

    /// Every document in `docs.jsonl` order, each read when it is reached.
    pub fn documents(&self) -> impl Iterator<Item = Result<Document, Error>> + '_ {
        self.entries.iter().map(|entry| self.document(entry))
    }
}

/// One `docs.jsonl` record.
fn parse_entry(line: &str) -> Result<Entry, RecordError> {
    let value: Value = serde_json::from_str(line).map_err(|e| RecordError::json(&e))?;
    let Value::Object(fields) = value else {
        return Err(RecordError::NotAnObject);
    };
    let id = match fields.get("id") {
        Some(Value::String(id)) => id.clone(),
        _ => {
            return Err(RecordError::Field {
                field: "id",
                expected: "a string",
            })
        }
    };
    if !names_a_file(&id) {
        return Err(RecordError::Id(id));
    }
    let text = |field: &'static str| match fields.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(RecordError::Field {
            field,
            expected: "a string or null",
        }),
    };
    let published = match fields.get("published") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(parse_date(s).ok_or_else(|| RecordError::Date(s.clone()))?),
        Some(_) => {
            return Err(RecordError::Field {
                field: "published",
                expected: "a YYYY-MM-DD string or null",
            })
        }
    };
    Ok(Entry {
        url: text("url")?,
        outlet: text("outlet")?,
        title: text("title")?,
        id,
        published,
    })
}

/// Whether `id` can stand as `docs/<id>.txt` without leaving the folder.
fn names_a_file(id: &str) -> bool {
    !id.is_empty() && id != "." && id != ".." && !id.contains(['/', '\\', '\0'])
}

/// A `YYYY-MM-DD` date, exactly ten characters, that exists.
fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
}

/// Whether Python's `str.isspace()` holds for `c`: the characters
/// `str.strip()` and `str.split()` remove. Unlike [`char::is_whitespace`],
/// it includes the separators U+001C–U+001F.
pub(crate) fn is_space(c: char) -> bool {
    matches!(c, '\t'..='\r' | '\u{1c}'..=' ' | '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}')
}

/// Whether a line holds nothing but whitespace (as Python's `str.strip()`
/// sees it): such lines of a JSON Lines file are skipped.
pub fn is_blank(line: &str) -> bool {
    line.chars().all(is_space)
}

/// One line of a JSON Lines file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The 1-based line number.
    pub number: usize,
    /// The line, without its line ending.
    pub text: String,
}

impl AsRef<str> for Line {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// Reads a JSON Lines file line by line, as Python's text mode splits it:
/// `\n`, `\r\n` and a lone `\r` each end a line. Each line is checked as
/// UTF-8; an error names the file and the byte offset.
///
/// ```
/// use conflict_figures::corpus::JsonLines;
/// let input = "{\"a\": 1}\r\n{\"b\": 2}\r{\"c\": 3}".as_bytes();
/// let lines: Vec<String> = JsonLines::new("ledger.jsonl", input)
///     .map(|line| line.map(|l| l.text))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(lines, ["{\"a\": 1}", "{\"b\": 2}", "{\"c\": 3}"]);
/// # Ok::<(), conflict_figures::Error>(())
/// ```
#[derive(Debug)]
pub struct JsonLines<R> {
    reader: R,
    path: PathBuf,
    /// The current run of bytes up to and including a `\n`.
    chunk: Vec<u8>,
    /// How far into `chunk` lines have been handed out.
    pos: usize,
    /// The byte offset of `chunk` in the file.
    chunk_offset: usize,
    number: usize,
    done: bool,
}

impl JsonLines<BufReader<File>> {
    /// Opens `path` for reading.
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when the file cannot be opened.
    pub fn open(path: impl Into<PathBuf>) -> Result<Self, Error> {
        let path = path.into();
        let file = File::open(&path).map_err(|e| Error::io(&path, e))?;
        Ok(JsonLines::new(path, BufReader::new(file)))
    }
}

impl<R: BufRead> JsonLines<R> {
    /// Reads lines from `reader`; `path` names it in errors.
    pub fn new(path: impl Into<PathBuf>, reader: R) -> Self {
        JsonLines {
            reader,
            path: path.into(),
            chunk: Vec::new(),
            pos: 0,
            chunk_offset: 0,
            number: 0,
            done: false,
        }
    }

    /// The next line's bytes and its offset in the file, or `None` at the end.
    fn next_bytes(&mut self) -> Result<Option<(usize, usize)>, Error> {
        if self.pos >= self.chunk.len() {
            self.chunk_offset += self.chunk.len();
            self.chunk.clear();
            self.pos = 0;
            let read = self
                .reader
                .read_until(b'\n', &mut self.chunk)
                .map_err(|e| Error::io(&self.path, e))?;
            if read == 0 {
                return Ok(None);
            }
        }
        let start = self.pos;
        let rest = self.chunk.get(start..).unwrap_or_default();
        let (end, next) = match rest.iter().position(|&b| b == b'\r' || b == b'\n') {
            Some(i) if rest.get(i..i + 2) == Some(b"\r\n") => (start + i, start + i + 2),
            Some(i) => (start + i, start + i + 1),
            None => (self.chunk.len(), self.chunk.len()),
        };
        self.pos = next;
        Ok(Some((start, end)))
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Line, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let line = match self.next_bytes() {
            Ok(Some((start, end))) => {
                self.number += 1;
                let bytes = self.chunk.get(start..end).unwrap_or_default().to_vec();
                decode_utf8(&self.path, bytes)
                    .map(|text| Line {
                        number: self.number,
                        text,
                    })
                    .map_err(|err| match err {
                        Error::InvalidUtf8 { path, offset, .. } => Error::InvalidUtf8 {
                            path,
                            line: self.number,
                            offset: self.chunk_offset + start + offset,
                        },
                        other => other,
                    })
            }
            Ok(None) => return None,
            Err(err) => Err(err),
        };
        self.done = line.is_err();
        Some(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8]) -> Vec<(usize, String)> {
        JsonLines::new("t.jsonl", input)
            .map(|l| l.map(|l| (l.number, l.text)))
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn splits_lines_as_python_text_mode() {
        let cases: &[(&[u8], &[&str])] = &[
            (b"", &[]),
            (b"a", &["a"]),
            (b"a\n", &["a"]),
            (b"a\nb", &["a", "b"]),
            (b"\n", &[""]),
            (b"a\r\nb\r\n", &["a", "b"]),
            (b"a\rb\r", &["a", "b"]),
            (b"a\r\r\nb", &["a", "", "b"]),
            (b"a\n\rb", &["a", "", "b"]),
            ("\u{2028}é\n".as_bytes(), &["\u{2028}é"]),
        ];
        for (input, expected) in cases {
            let got: Vec<String> = lines(input).into_iter().map(|(_, t)| t).collect();
            assert_eq!(&got, expected, "{:?}", String::from_utf8_lossy(input));
        }
        assert_eq!(
            lines(b"a\r\nb\rc"),
            [(1, "a".into()), (2, "b".into()), (3, "c".into())]
        );
    }

    #[test]
    fn invalid_utf8_names_the_file_offset() {
        let mut it = JsonLines::new("t.jsonl", &b"ok\nab\xffc\nnever\n"[..]);
        assert_eq!(it.next().unwrap().unwrap().text, "ok");
        let err = it.next().unwrap().unwrap_err();
        assert_eq!(err.to_string(), "t.jsonl:2: invalid UTF-8 at byte 5");
        assert!(it.next().is_none());
    }

    #[test]
    fn blank_is_python_whitespace() {
        for blank in ["", " ", "\t\u{a0}\u{3000}", "\u{1c}\u{1f}", "\u{85}"] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for not_blank in ["{}", "\u{200b}", "\u{feff}", " x "] {
            assert!(!is_blank(not_blank), "{not_blank:?}");
        }
    }

    #[test]
    fn dates() {
        let cases = [
            ("2024-07-05", NaiveDate::from_ymd_opt(2024, 7, 5)),
            ("2024-02-29", NaiveDate::from_ymd_opt(2024, 2, 29)),
            ("2023-02-29", None),
            ("2024-7-05", None),
            ("2024-07-05 ", None),
            ("2024/07/05", None),
            ("２０２４-07-05", None),
            ("", None),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_date(input), expected, "{input:?}");
        }
    }

    #[test]
    fn entries() {
        let entry = parse_entry(
            r#"{"id": "kyiv-1", "url": null, "outlet": "Wire", "published": "2024-07-05", "extra": 1}"#,
        )
        .unwrap();
        assert_eq!(entry.id, "kyiv-1");
        assert_eq!(entry.url, None);
        assert_eq!(entry.outlet.as_deref(), Some("Wire"));
        assert_eq!(entry.title, None);
        assert_eq!(entry.published, NaiveDate::from_ymd_opt(2024, 7, 5));
    }

    #[test]
    fn not_entries() {
        let cases = [
            (r#"{"id": "a""#, "column 10: EOF while parsing an object"),
            (r#"["a"]"#, "expected a JSON object"),
            (r#"{"url": null}"#, "field `id` must be a string"),
            (r#"{"id": 7}"#, "field `id` must be a string"),
            (
                r#"{"id": "../x"}"#,
                r#"document id "../x" cannot name a file"#,
            ),
            (r#"{"id": ""}"#, r#"document id "" cannot name a file"#),
            (
                r#"{"id": "a", "title": 3}"#,
                "field `title` must be a string or null",
            ),
            (
                r#"{"id": "a", "published": "05/07/2024"}"#,
                r#"published date "05/07/2024" is not a YYYY-MM-DD date"#,
            ),
            (
                r#"{"id": "a", "published": 2024}"#,
                "field `published` must be a YYYY-MM-DD string or null",
            ),
        ];
        for (input, message) in cases {
            let err = parse_entry(input).unwrap_err();
            assert_eq!(err.to_string(), message, "{input}");
        }
    }
}
