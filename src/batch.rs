//! Batches: a corpus extracted on every core, results handed on in the
//! corpus's order whatever the threads' timing.
//!
//! Documents are read one at a time into batches of a bounded size; each
//! batch is worked on in parallel and its results are passed on, in
//! order, before the next batch is read. Memory is bounded by the batch,
//! not the corpus.
//!
//! ```no_run
//! use conflict_figures::batch::{for_each_ordered, Options};
//! use conflict_figures::{extract, Corpus};
//!
//! let corpus = Corpus::open("corpus/dev")?;
//! let mut total = 0;
//! for_each_ordered(&corpus, &Options::default(), |doc| extract(doc).len(), |_, _, n| {
//!     total += n;
//!     Ok(())
//! })?;
//! println!("{total} claims");
//! # Ok::<(), conflict_figures::Error>(())
//! ```

use crate::corpus::{Corpus, Entry};
use crate::document::Document;
use crate::error::Error;
use rayon::prelude::*;

/// How a batch run uses the machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Worker threads; 0 uses every core.
    pub threads: usize,
    /// Bytes of text read ahead into one batch. A batch's results are
    /// held until it is done: for claims that is about the text's size in
    /// news, but up to thirty times it in a text made of figures only.
    pub batch_bytes: usize,
    /// Most documents in one batch.
    pub batch_docs: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            threads: 0,
            batch_bytes: 4 << 20,
            batch_docs: 512,
        }
    }
}

/// Runs `work` on every document of `corpus` in parallel and hands each
/// result to `sink` with its entry and document, in `docs.jsonl` order.
/// The sink may still read the document itself: a `work` that leaves a
/// huge document to the sink keeps the batch's results small.
///
/// # Errors
///
/// The first error reading a document, building the thread pool, or
/// returned by `sink`; documents after it are not read.
pub fn for_each_ordered<T, W, S>(
    corpus: &Corpus,
    options: &Options,
    work: W,
    mut sink: S,
) -> Result<(), Error>
where
    T: Send,
    W: Fn(&Document) -> T + Sync,
    S: FnMut(&Entry, &Document, T) -> Result<(), Error>,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| Error::Usage(format!("cannot start worker threads: {e}")))?;
    let entries = corpus.entries();
    let mut next = 0;
    while next < entries.len() {
        let mut batch: Vec<(usize, Document)> = Vec::new();
        let mut bytes = 0;
        while next < entries.len()
            && bytes < options.batch_bytes
            && batch.len() < options.batch_docs.max(1)
        {
            let doc = corpus.document(&entries[next])?;
            bytes += doc.text.len();
            batch.push((next, doc));
            next += 1;
        }
        let results: Vec<T> = pool.install(|| batch.par_iter().map(|(_, doc)| work(doc)).collect());
        for ((index, doc), result) in batch.iter().zip(results) {
            sink(&entries[*index], doc, result)?;
        }
    }
    Ok(())
}
