//! The errors users see, at the crate's I/O boundaries.
//!
//! Grammar failures never surface here: a text with no figure in it simply
//! yields no quantities. These errors say which input is at fault and where.

use std::path::PathBuf;

/// Everything that can go wrong reading input or writing output.
///
/// ```
/// use conflict_figures::Error;
/// let err = Error::InvalidUtf8 { path: "report.txt".into(), line: 2, offset: 12 };
/// assert_eq!(err.to_string(), "report.txt:2: invalid UTF-8 at byte 12");
/// ```
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input file is not valid UTF-8; `offset` is the first bad byte.
    #[error("{}:{line}: invalid UTF-8 at byte {offset}", path.display())]
    InvalidUtf8 {
        /// The file (or `-` for standard input).
        path: PathBuf,
        /// The line (from 1) holding the first bad byte, for an editor.
        line: usize,
        /// Byte offset in the file of the first byte that is not valid
        /// UTF-8.
        offset: usize,
    },
    /// The command line asks for something that cannot be done.
    #[error("{0}")]
    Usage(String),
    /// The input could not be read or the output written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file (or `-` for standard input/output).
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The input holds more of something than the crate can count (more
    /// than four billion claims or distinct strings in one diff).
    #[error("too many {0} (more than 4,294,967,294)")]
    Capacity(&'static str),
    /// The chart could not be drawn.
    #[error("chart: {0}")]
    Chart(String),
    /// A line of a JSON Lines file (`docs.jsonl`, `gold.jsonl`) is not a
    /// valid record.
    ///
    /// ```
    /// use conflict_figures::error::{Error, RecordError};
    /// let err = Error::Record {
    ///     path: "corpus/docs.jsonl".into(),
    ///     line: 3,
    ///     reason: RecordError::Date("2024-02-30".into()),
    /// };
    /// assert_eq!(
    ///     err.to_string(),
    ///     "corpus/docs.jsonl:3: published date \"2024-02-30\" is not a YYYY-MM-DD date"
    /// );
    /// ```
    #[error("{}:{line}: {reason}", path.display())]
    Record {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with the line.
        reason: RecordError,
    },
}

/// What is wrong with one line of a JSON Lines file: see [`Error::Record`].
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// The line is not JSON, or not the JSON object expected.
    #[error("column {column}: {message}")]
    Json {
        /// The 1-based column where reading stopped.
        column: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// The line is JSON but not an object.
    #[error("expected a JSON object")]
    NotAnObject,
    /// A field is missing or has the wrong type.
    #[error("field `{field}` must be {expected}")]
    Field {
        /// The field's name.
        field: &'static str,
        /// What it must be, e.g. "a string".
        expected: &'static str,
    },
    /// A ledger line longer than the reader keeps (see
    /// `ledger::MAX_LINE`).
    #[error("line longer than {limit} bytes")]
    TooLong {
        /// The longest line read, in bytes.
        limit: usize,
    },
    /// A `published` date that is not a real `YYYY-MM-DD` date.
    #[error("published date {0:?} is not a YYYY-MM-DD date")]
    Date(String),
    /// A document id that cannot name a file in the corpus folder (empty,
    /// `.` or `..`, or containing `/`, `\` or NUL).
    #[error("document id {0:?} cannot name a file")]
    Id(String),
    /// A document id already given on an earlier line.
    #[error("document id {id:?} already given on line {first}")]
    DuplicateId {
        /// The id.
        id: String,
        /// The line that gave it first.
        first: usize,
    },
    /// A gold claim whose text does not occur in its document.
    #[error("text {text:?} does not occur in {}", document.display())]
    TextNotFound {
        /// The claim's text.
        text: String,
        /// The document's file.
        document: PathBuf,
    },
}

impl RecordError {
    /// The error `serde_json` reports for a single line, without the
    /// position it appends (always line 1 of the one-line input).
    pub fn json(err: &serde_json::Error) -> Self {
        let message = err.to_string();
        let suffix = format!(" at line {} column {}", err.line(), err.column());
        let message = match message.strip_suffix(&suffix) {
            Some(stripped) => stripped.to_owned(),
            None => message,
        };
        RecordError::Json {
            column: err.column(),
            message,
        }
    }
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// Checks that `bytes` read from `path` are UTF-8, naming the first bad byte.
///
/// # Errors
///
/// [`Error::InvalidUtf8`] with the line and byte offset of the first
/// invalid sequence.
///
/// ```
/// use conflict_figures::error::decode_utf8;
/// assert_eq!(decode_utf8("a.txt", b"12 killed".to_vec()).unwrap(), "12 killed");
/// let err = decode_utf8("a.txt", b"12 \xff killed".to_vec()).unwrap_err();
/// assert_eq!(err.to_string(), "a.txt:1: invalid UTF-8 at byte 3");
/// let err = decode_utf8("a.txt", b"ok\n12 \xff killed".to_vec()).unwrap_err();
/// assert_eq!(err.to_string(), "a.txt:2: invalid UTF-8 at byte 6");
/// ```
pub fn decode_utf8(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let before = e.as_bytes().get(..offset).unwrap_or_default();
        Error::InvalidUtf8 {
            path: path.into(),
            line: 1 + before.iter().filter(|&&b| b == b'\n').count(),
            offset,
        }
    })
}
