//! Word tables as data, looked up through one fast matcher.
//!
//! Every table maps a lower-case phrase (words separated by single spaces)
//! to a value. Lookups lower-case the probe on a stack buffer and hash it
//! with FNV-1a, so the hot path of the scanner never allocates. The tables
//! themselves live in the submodules, one per kind of word, reviewed as data.

pub(crate) mod context;
pub(crate) mod numbers;
pub(crate) mod qualifiers;
pub(crate) mod units;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Longest phrase, in bytes, any table holds; longer probes cannot match.
const MAX_KEY: usize = 32;

/// FNV-1a: fast and good enough for short, trusted keys.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A table of phrases, matched case-insensitively.
pub(crate) struct Lexicon<T: 'static> {
    map: FnvMap<&'static str, T>,
    /// The most words any phrase in the table has.
    pub(crate) max_words: usize,
}

impl<T: Copy + 'static> Lexicon<T> {
    /// Builds a table from `(phrase, value)` rows; phrases are lower case.
    pub(crate) fn new(rows: &'static [(&'static str, T)]) -> Self {
        let mut map = FnvMap::default();
        let mut max_words = 1;
        for (phrase, value) in rows {
            debug_assert!(phrase.len() <= MAX_KEY, "phrase too long: {phrase}");
            debug_assert_eq!(*phrase, phrase.to_ascii_lowercase(), "not lower case");
            max_words = max_words.max(phrase.split(' ').count());
            map.insert(*phrase, *value);
        }
        Lexicon { map, max_words }
    }

    /// Builds a table from rows made at run time (first words of other
    /// tables, say).
    pub(crate) fn from_rows(rows: Vec<(&'static str, T)>) -> Self {
        let max_words = rows
            .iter()
            .map(|(p, _)| p.split(' ').count())
            .max()
            .unwrap_or(1);
        Lexicon {
            map: rows.into_iter().collect(),
            max_words,
        }
    }

    /// Every phrase in the table.
    pub(crate) fn phrases(&self) -> Vec<&'static str> {
        self.map.keys().copied().collect()
    }

    /// The value of `phrase`, compared without regard to ASCII case.
    pub(crate) fn get(&self, phrase: &str) -> Option<T> {
        let mut buf = [0u8; MAX_KEY];
        let key = lower(phrase, &mut buf)?;
        self.map.get(key).copied()
    }

    /// The value of the words in `words`, joined by single spaces.
    pub(crate) fn get_words(&self, words: &[&str]) -> Option<T> {
        let mut buf = [0u8; MAX_KEY];
        let mut len = 0;
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                *buf.get_mut(len)? = b' ';
                len += 1;
            }
            let dst = buf.get_mut(len..len + w.len())?;
            dst.copy_from_slice(w.as_bytes());
            len += w.len();
        }
        let key = &mut buf[..len];
        key.make_ascii_lowercase();
        self.map.get(std::str::from_utf8(key).ok()?).copied()
    }
}

/// `word` lower-cased into `buf`, or `None` when it is too long to be in
/// any table.
fn lower<'b>(word: &str, buf: &'b mut [u8; MAX_KEY]) -> Option<&'b str> {
    let dst = buf.get_mut(..word.len())?;
    dst.copy_from_slice(word.as_bytes());
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    static ROWS: &[(&str, u8)] = &[("more than", 1), ("over", 2), ("in excess of", 3)];

    #[test]
    fn lookups_ignore_case_and_join_words() {
        let lex = Lexicon::new(ROWS);
        assert_eq!(lex.get("OVER"), Some(2));
        assert_eq!(lex.get_words(&["More", "Than"]), Some(1));
        assert_eq!(lex.get_words(&["in", "excess", "of"]), Some(3));
        assert_eq!(lex.max_words, 3);
    }

    #[test]
    fn long_and_unknown_probes_miss() {
        let lex = Lexicon::new(ROWS);
        assert_eq!(
            lex.get("overwhelmingly-long-word-that-fits-nowhere-at-all"),
            None
        );
        assert_eq!(lex.get("under"), None);
        assert_eq!(lex.get_words(&["more"; 40]), None);
    }
}
