//! Word tables as data, looked up through one fast matcher.
//!
//! Every table maps a lower-case phrase (words separated by single spaces)
//! to a value. Lookups lower-case the probe on a stack buffer and hash it
//! with FNV-1a, so the hot path of the scanner never allocates. The tables
//! themselves live in the submodules, one per kind of word, reviewed as data.

pub(crate) mod abbreviations;
pub(crate) mod calendar;
pub(crate) mod context;
pub(crate) mod events;
pub(crate) mod numbers;
pub(crate) mod page;
pub(crate) mod places;
pub(crate) mod qualifiers;
pub(crate) mod speakers;
pub(crate) mod speech;
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

/// What a key stands for: a whole phrase, the start of a longer one, or
/// both ("more" begins "more than"; "over" is one and begins "over and").
#[derive(Clone, Copy)]
struct Entry<T> {
    value: Option<T>,
    continues: bool,
}

/// A table of phrases, matched case-insensitively.
pub(crate) struct Lexicon<T: 'static> {
    map: FnvMap<&'static [u8], Entry<T>>,
    phrases: Vec<&'static str>,
    /// The most words any phrase in the table has.
    pub(crate) max_words: usize,
}

impl<T: Copy + 'static> Lexicon<T> {
    /// Builds a table from `(phrase, value)` rows; phrases are lower case.
    pub(crate) fn new(rows: &'static [(&'static str, T)]) -> Self {
        Self::from_rows(rows.to_vec())
    }

    /// Builds a table from rows made at run time (first words of other
    /// tables, say).
    pub(crate) fn from_rows(rows: Vec<(&'static str, T)>) -> Self {
        let mut map: FnvMap<&'static [u8], Entry<T>> = FnvMap::default();
        let mut max_words = 1;
        let mut phrases = Vec::with_capacity(rows.len());
        for (phrase, value) in rows {
            debug_assert!(phrase.len() <= MAX_KEY, "phrase too long: {phrase}");
            debug_assert_eq!(phrase, phrase.to_ascii_lowercase(), "not lower case");
            max_words = max_words.max(phrase.split(' ').count());
            phrases.push(phrase);
            for (at, _) in phrase.match_indices(' ') {
                let prefix = &phrase.as_bytes()[..at];
                map.entry(prefix)
                    .or_insert(Entry {
                        value: None,
                        continues: true,
                    })
                    .continues = true;
            }
            map.entry(phrase.as_bytes())
                .or_insert(Entry {
                    value: None,
                    continues: false,
                })
                .value = Some(value);
        }
        Lexicon {
            map,
            phrases,
            max_words,
        }
    }

    /// Every phrase in the table.
    pub(crate) fn phrases(&self) -> Vec<&'static str> {
        self.phrases.clone()
    }

    /// The value of `phrase`, compared without regard to ASCII case.
    pub(crate) fn get(&self, phrase: &str) -> Option<T> {
        let mut key = Key::default();
        key.push(phrase)?;
        self.lookup(&key).0
    }

    /// The value of `key` and whether a longer phrase begins with it.
    pub(crate) fn lookup(&self, key: &Key) -> (Option<T>, bool) {
        match self.map.get(key.as_bytes()) {
            Some(e) => (e.value, e.continues),
            None => (None, false),
        }
    }
}

/// A phrase being built word by word, lower case, on the stack.
#[derive(Default)]
pub(crate) struct Key {
    buf: [u8; MAX_KEY],
    len: usize,
}

impl Key {
    /// Appends `word` (after a space if the key is not empty); `None` when
    /// the key would be longer than any phrase.
    pub(crate) fn push(&mut self, word: &str) -> Option<()> {
        if self.len > 0 {
            *self.buf.get_mut(self.len)? = b' ';
            self.len += 1;
        }
        let dst = self.buf.get_mut(self.len..self.len + word.len())?;
        dst.copy_from_slice(word.as_bytes());
        dst.make_ascii_lowercase();
        self.len += word.len();
        Some(())
    }

    fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(words: &[&str]) -> Key {
        let mut k = Key::default();
        for w in words {
            k.push(w).unwrap();
        }
        k
    }

    static ROWS: &[(&str, u8)] = &[("more than", 1), ("over", 2), ("in excess of", 3)];

    #[test]
    fn lookups_ignore_case_and_join_words() {
        let lex = Lexicon::new(ROWS);
        assert_eq!(lex.get("OVER"), Some(2));
        assert_eq!(lex.lookup(&key(&["More", "Than"])), (Some(1), false));
        assert_eq!(lex.lookup(&key(&["in", "excess", "of"])), (Some(3), false));
        assert_eq!(lex.lookup(&key(&["in", "excess"])), (None, true));
        assert_eq!(lex.lookup(&key(&["more"])), (None, true));
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
        let mut long = Key::default();
        assert!((0..40).any(|_| long.push("more").is_none()));
    }
}
