//! Writing ledgers so that a crash never leaves a torn line.
//!
//! A ledger file is never written in place. [`append`] and [`replace`]
//! write a new file beside it (`.NAME.PID.N.tmp`, in the same folder, so on
//! the same file system), flush it to disk, and rename it over the old one;
//! then they flush the folder so that the rename itself is durable. A
//! rename is atomic: whoever reads the file, and whenever the writer is
//! killed, sees either the whole old ledger or the whole new one. A writer
//! killed before the rename leaves its temporary file behind, never a
//! damaged ledger.
//!
//! The price is that an append copies the old ledger (with
//! `copy_file_range` where the system has it). Only one writer may change a
//! ledger at a time: two appends racing would each copy the old file, and
//! the later rename would win.

use crate::claim::Claim;
use crate::error::Error;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Writes `claim` as one ledger line, ending in `\n`.
///
/// # Errors
///
/// [`Error::Io`] (naming `-`) when `out` fails.
pub fn write_line(out: &mut impl Write, claim: &Claim) -> Result<(), Error> {
    serde_json::to_writer(&mut *out, claim)
        .map_err(io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .map_err(|e| Error::io("-", e))
}

/// Appends `claims` to the ledger at `path` (created if missing), all or
/// nothing: the file holds either its old lines alone or its old lines
/// followed by every new one, even if the process is killed midway. If the
/// old file ends in a line with no `\n` (torn by another tool), a `\n` is
/// added before the new lines so that they stand on lines of their own.
///
/// Returns how many claims were appended.
///
/// # Errors
///
/// [`Error::Io`] naming the ledger or the temporary file; the ledger is
/// then unchanged. An error from `claims` itself (reading the input)
/// likewise leaves the ledger unchanged.
///
/// ```
/// use conflict_figures::ledger::{append, Mode, Reader};
/// use conflict_figures::{extract, Document};
/// let dir = std::env::temp_dir().join(format!("cf-append-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("ledger.jsonl");
/// let claims = extract(&Document::new("d", "Strikes killed 12 civilians and wounded 30."));
/// append(&path, claims.iter().cloned().map(Ok))?;
/// append(&path, claims.iter().cloned().map(Ok))?;
/// let read: Vec<_> = Reader::<_, conflict_figures::Claim>::open(&path, Mode::Strict)?.collect();
/// assert_eq!(read.len(), 2 * claims.len());
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), conflict_figures::Error>(())
/// ```
pub fn append(
    path: impl AsRef<Path>,
    claims: impl IntoIterator<Item = Result<Claim, Error>>,
) -> Result<usize, Error> {
    rewrite(path.as_ref(), true, claims)
}

/// Replaces the ledger at `path` with `claims`, all or nothing (see
/// [`append`]). `path` may be one of the ledgers `claims` is read from:
/// the old file is only renamed over once every claim has been written.
///
/// Returns how many claims were written.
///
/// # Errors
///
/// As [`append`].
pub fn replace(
    path: impl AsRef<Path>,
    claims: impl IntoIterator<Item = Result<Claim, Error>>,
) -> Result<usize, Error> {
    rewrite(path.as_ref(), false, claims)
}

fn rewrite(
    path: &Path,
    keep_old: bool,
    claims: impl IntoIterator<Item = Result<Claim, Error>>,
) -> Result<usize, Error> {
    let temp = Temp::create(path)?;
    let result = fill(path, &temp, keep_old, claims);
    match result {
        Ok(count) => {
            fs::rename(&temp.path, path).map_err(|e| Error::io(path, e))?;
            sync_folder(path);
            Ok(count)
        }
        Err(err) => {
            // Best effort: the ledger is untouched either way.
            let _ = fs::remove_file(&temp.path);
            Err(err)
        }
    }
}

/// Writes the new ledger into the temporary file and flushes it to disk.
fn fill(
    path: &Path,
    temp: &Temp,
    keep_old: bool,
    claims: impl IntoIterator<Item = Result<Claim, Error>>,
) -> Result<usize, Error> {
    let temp_err = |e| Error::io(&temp.path, e);
    let mut file = &temp.file;
    if keep_old {
        match File::open(path) {
            Ok(mut old) => {
                if let Ok(meta) = old.metadata() {
                    let _ = file.set_permissions(meta.permissions());
                }
                let copied = io::copy(&mut old, &mut file).map_err(|e| Error::io(path, e))?;
                if copied > 0 && !ends_with_newline(&mut old).map_err(|e| Error::io(path, e))? {
                    file.write_all(b"\n").map_err(temp_err)?;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(path, e)),
        }
    }
    let mut out = BufWriter::with_capacity(1 << 16, file);
    let mut count = 0;
    for claim in claims {
        write_line(&mut out, &claim?).map_err(|err| match err {
            Error::Io { source, .. } => temp_err(source),
            other => other,
        })?;
        count += 1;
    }
    out.flush().map_err(temp_err)?;
    temp.file.sync_all().map_err(temp_err)?;
    Ok(count)
}

/// Whether the file's last byte is `\n`.
fn ends_with_newline(file: &mut File) -> io::Result<bool> {
    file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8];
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// Flushes the folder holding `path`, so that a rename in it survives a
/// power cut. Not every system can open a folder for this; then the rename
/// is as durable as the system makes it.
fn sync_folder(path: &Path) {
    if let Ok(dir) = File::open(folder(path)) {
        let _ = dir.sync_all();
    }
}

/// The folder holding `path` (`.` for a bare file name).
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A new file beside the ledger, named so that no two writers share one.
struct Temp {
    path: PathBuf,
    file: File,
}

impl Temp {
    fn create(ledger: &Path) -> Result<Temp, Error> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = ledger
            .file_name()
            .map_or_else(|| "ledger".into(), |n| n.to_string_lossy());
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = folder(ledger).join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        Ok(Temp { path, file })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(id: &str) -> Claim {
        let line = format!(
            r#"{{"id":"{id}","document":"d","span":{{"start":0,"end":2}},"text":"12","sentence":"12 killed.","quantity":{{"value":12,"low":12,"high":12,"qualifier":"exact","unit":"count"}},"event":"killed","subject":"people","party":null,"source":null,"reported_on":null}}"#
        );
        serde_json::from_str(&line).unwrap()
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("cf-write-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn append_adds_whole_lines_after_a_torn_one() {
        let dir = scratch("torn");
        let path = dir.join("l.jsonl");
        fs::write(&path, "{\"torn").unwrap();
        assert_eq!(append(&path, [Ok(claim("a#1"))]).unwrap(), 1);
        let text = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], "{\"torn");
        assert!(lines[1].starts_with("{\"id\":\"a#1\""));
        assert!(text.ends_with('\n'));
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failing_input_leaves_the_ledger_unchanged() {
        let dir = scratch("fail");
        let path = dir.join("l.jsonl");
        append(&path, [Ok(claim("a#1"))]).unwrap();
        let before = fs::read(&path).unwrap();
        let err = append(
            &path,
            [Ok(claim("b#1")), Err(Error::Usage("input broke".into()))],
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "input broke");
        assert_eq!(fs::read(&path).unwrap(), before);
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn replace_may_read_the_file_it_replaces() {
        let dir = scratch("replace");
        let path = dir.join("l.jsonl");
        append(&path, [Ok(claim("a#1")), Ok(claim("a#2"))]).unwrap();
        // Read lazily while the new file is written.
        let kept = crate::ledger::Reader::<_, Claim>::open(&path, crate::ledger::Mode::Strict)
            .unwrap()
            .map(|e| e.map(|e| e.record))
            .filter(|c| c.as_ref().map_or(true, |c| c.id == "a#2"));
        assert_eq!(replace(&path, kept).unwrap(), 1);
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_the_temporary_file() {
        let err = append("/nonexistent-cf/l.jsonl", [Ok(claim("a#1"))]).unwrap_err();
        assert!(
            err.to_string().starts_with("/nonexistent-cf/.l.jsonl."),
            "{err}"
        );
    }
}
