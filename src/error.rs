//! The errors users see, at the crate's I/O boundaries.
//!
//! Grammar failures never surface here: a text with no figure in it simply
//! yields no quantities. These errors say which input is at fault and where.

use std::path::PathBuf;

/// Everything that can go wrong reading input or writing output.
///
/// ```
/// use conflict_figures::Error;
/// let err = Error::InvalidUtf8 { path: "report.txt".into(), offset: 12 };
/// assert_eq!(err.to_string(), "report.txt: invalid UTF-8 at byte 12");
/// ```
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input file is not valid UTF-8; `offset` is the first bad byte.
    #[error("{}: invalid UTF-8 at byte {offset}", path.display())]
    InvalidUtf8 {
        /// The file (or `-` for standard input).
        path: PathBuf,
        /// Byte offset of the first byte that is not valid UTF-8.
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
/// [`Error::InvalidUtf8`] with the byte offset of the first invalid sequence.
///
/// ```
/// use conflict_figures::error::decode_utf8;
/// assert_eq!(decode_utf8("a.txt", b"12 killed".to_vec()).unwrap(), "12 killed");
/// let err = decode_utf8("a.txt", b"12 \xff killed".to_vec()).unwrap_err();
/// assert_eq!(err.to_string(), "a.txt: invalid UTF-8 at byte 3");
/// ```
pub fn decode_utf8(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.into(),
        offset: e.utf8_error().valid_up_to(),
    })
}
