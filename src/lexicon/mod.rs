//! Word tables as data, looked up through one fast matcher.
//!
//! Every table maps a lower-case phrase (words separated by single spaces)
//! to a value. A probe is first checked against the lengths of the keys
//! that share its first letter (most words are turned away there); the
//! rest are lower-cased on a stack buffer and hashed into an open-addressed
//! table, so the hot path of the scanner never allocates. The tables
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

/// Longest phrase, in bytes, any table holds; longer probes cannot match.
const MAX_KEY: usize = 32;

use std::collections::HashMap;

/// A hash of a lower-case key given as its zero-padded words: multiplied
/// and folded eight bytes at a time (the FxHash step). Keys are short and
/// the tables trusted, so speed matters more than resistance to chosen
/// collisions.
fn hash(words: &[u64; WORDS], len: usize) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = len as u64;
    for &w in words.iter().take(len.div_ceil(8)) {
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    h ^ (h >> 29)
}

/// [`hash`] of a key of at most eight bytes, its one word `word`.
#[inline]
fn hash_one(word: u64, len: usize) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let h = ((len as u64).rotate_left(5) ^ word).wrapping_mul(K);
    h ^ (h >> 29)
}

/// A probe of one to eight bytes as its lower-case word, or `None` for a
/// longer one.
#[inline]
fn one_word(bytes: &[u8]) -> Option<u64> {
    (bytes.len() <= 8).then(|| lower_ascii(load_padded(bytes)))
}

/// Eight-byte words in a key of at most [`MAX_KEY`] bytes.
const WORDS: usize = MAX_KEY / 8;

/// What a key stands for: a whole phrase, the start of a longer one, or
/// both ("more" begins "more than"; "over" is one and begins "over and").
#[derive(Clone, Copy)]
struct Entry<T> {
    value: Option<T>,
    continues: bool,
}

/// A table of phrases, matched case-insensitively.
///
/// Most probes are words the table does not hold, so a probe is first
/// checked against the lengths of the keys that begin with its first
/// letter; only then is it hashed into an open-addressed table.
pub(crate) struct Lexicon<T: 'static> {
    /// Keys (phrases and the word prefixes of longer phrases) as their
    /// zero-padded words and length, by hash; the length is a power of
    /// two, at least twice the number of keys.
    slots: Vec<Option<Slot<T>>>,
    /// For each first byte class (`a`–`z`, then anything else), a bit for
    /// each key length (1 to 32) some key of that class has.
    lengths: [u32; 27],
    phrases: Vec<&'static str>,
    /// The most words any phrase in the table has.
    pub(crate) max_words: usize,
}

/// A key of the table as its zero-padded words and its length, so a
/// probe is compared a word at a time, and what the key stands for.
#[derive(Clone, Copy)]
struct Slot<T> {
    words: [u64; WORDS],
    len: usize,
    entry: Entry<T>,
}

/// The row of [`Lexicon::lengths`] for a key's first byte (lower case).
fn first_class(first: u8) -> usize {
    if first.is_ascii_lowercase() {
        usize::from(first - b'a')
    } else {
        26
    }
}

impl<T: Copy + 'static> Lexicon<T> {
    /// Builds a table from `(phrase, value)` rows; phrases are lower case.
    pub(crate) fn new(rows: &'static [(&'static str, T)]) -> Self {
        Self::from_rows(rows.to_vec())
    }

    /// Builds a table from rows made at run time (first words of other
    /// tables, say).
    pub(crate) fn from_rows(rows: Vec<(&'static str, T)>) -> Self {
        let mut keys: Vec<(&'static [u8], Entry<T>)> = Vec::new();
        let mut index: HashMap<&'static [u8], usize> = HashMap::new();
        let mut max_words = 1;
        let mut phrases = Vec::with_capacity(rows.len());
        let mut entry = |key: &'static [u8], mark: &dyn Fn(&mut Entry<T>)| {
            let at = *index.entry(key).or_insert_with(|| {
                let empty = Entry {
                    value: None,
                    continues: false,
                };
                keys.push((key, empty));
                keys.len() - 1
            });
            if let Some((_, e)) = keys.get_mut(at) {
                mark(e);
            }
        };
        for (phrase, value) in rows {
            debug_assert!(phrase.len() <= MAX_KEY, "phrase too long: {phrase}");
            debug_assert_eq!(phrase, phrase.to_ascii_lowercase(), "not lower case");
            max_words = max_words.max(phrase.split(' ').count());
            phrases.push(phrase);
            for (at, _) in phrase.match_indices(' ') {
                entry(&phrase.as_bytes()[..at], &|e| e.continues = true);
            }
            entry(phrase.as_bytes(), &|e| e.value = Some(value));
        }
        let size = (2 * keys.len()).next_power_of_two().max(8);
        let mut slots = vec![None; size];
        let mut lengths = [0u32; 27];
        for (key, e) in keys {
            if let (Some(&first), Some(bit @ 0..32)) = (key.first(), key.len().checked_sub(1)) {
                lengths[first_class(first)] |= 1 << bit;
            }
            // Every key is text of at most `MAX_KEY` bytes; any other
            // could never be probed.
            let mut probe = Key::default();
            let pushed = std::str::from_utf8(key).ok().and_then(|t| probe.push(t));
            if pushed.is_none() {
                continue;
            }
            let words = probe.words();
            let mut at = hash(&words, probe.len) as usize & (size - 1);
            while slots[at].is_some() {
                at = (at + 1) & (size - 1);
            }
            slots[at] = Some(Slot {
                words,
                len: probe.len,
                entry: e,
            });
        }
        Lexicon {
            slots,
            lengths,
            phrases,
            max_words,
        }
    }

    /// Every phrase in the table.
    pub(crate) fn phrases(&self) -> Vec<&'static str> {
        self.phrases.clone()
    }

    /// True when no key of the table has the first letter and length of
    /// `probe`, whose case is ignored: the cheap answer for most words.
    fn surely_absent(&self, probe: &[u8]) -> bool {
        let (Some(first), Some(bit)) = (probe.first(), probe.len().checked_sub(1)) else {
            return true;
        };
        bit >= MAX_KEY || self.lengths[first_class(first.to_ascii_lowercase())] & (1 << bit) == 0
    }

    /// The value of `phrase`, compared without regard to ASCII case.
    pub(crate) fn get(&self, phrase: &str) -> Option<T> {
        if self.surely_absent(phrase.as_bytes()) {
            return None;
        }
        let bytes = phrase.as_bytes();
        if let Some(word) = one_word(bytes) {
            return self.find_one(word, bytes.len()).0;
        }
        // The key's words made straight from the phrase, lowered eight
        // bytes at a time: what `Key::push` and `Key::words` give.
        let mut words = [0u64; WORDS];
        for (w, chunk) in words.iter_mut().zip(bytes.chunks(8)) {
            *w = lower_ascii(load_padded(chunk));
        }
        self.find(&words, bytes.len()).0
    }

    /// The value of `key` and whether a longer phrase begins with it.
    pub(crate) fn lookup(&self, key: &Key) -> (Option<T>, bool) {
        if self.surely_absent(key.as_bytes()) {
            return (None, false);
        }
        if key.len <= 8 {
            return self.find_one(key.first_word(), key.len);
        }
        self.find(&key.words(), key.len)
    }

    /// [`Lexicon::find`] for a key of at most eight bytes, given as its
    /// one lower-case word: most probes are such words, and their hash and
    /// comparison need neither the other words nor a loop. A key of the
    /// same length is zero past its first word too.
    fn find_one(&self, word: u64, len: usize) -> (Option<T>, bool) {
        let mask = self.slots.len() - 1;
        let mut at = hash_one(word, len) as usize & mask;
        while let Some(Some(slot)) = self.slots.get(at) {
            if slot.len == len && slot.words[0] == word {
                return (slot.entry.value, slot.entry.continues);
            }
            at = (at + 1) & mask;
        }
        (None, false)
    }

    /// The entry of the key of `len` bytes given as its zero-padded
    /// lower-case `words`.
    fn find(&self, words: &[u64; WORDS], len: usize) -> (Option<T>, bool) {
        let mask = self.slots.len() - 1;
        let mut at = hash(words, len) as usize & mask;
        // The table is at most half full, so an empty slot ends the probe.
        while let Some(Some(slot)) = self.slots.get(at) {
            if slot.len == len && slot.words == *words {
                return (slot.entry.value, slot.entry.continues);
            }
            at = (at + 1) & mask;
        }
        (None, false)
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// Up to eight bytes as a little-endian word, zero past their end.
///
/// A short chunk is read as two overlapping loads of a half or a quarter
/// word (the bytes they share are the same, so or-ing them is exact): a
/// call to `memcpy`, or a loop, for a few bytes costs more.
fn load_padded(chunk: &[u8]) -> u64 {
    fn at<const N: usize>(chunk: &[u8], from: usize) -> [u8; N] {
        let mut out = [0u8; N];
        if let Some(src) = chunk.get(from..from + N) {
            out.copy_from_slice(src);
        }
        out
    }
    let len = chunk.len();
    match len {
        8.. => u64::from_le_bytes(at::<8>(chunk, 0)),
        4..=7 => {
            let low = u64::from(u32::from_le_bytes(at::<4>(chunk, 0)));
            let high = u64::from(u32::from_le_bytes(at::<4>(chunk, len - 4)));
            low | high << (8 * (len - 4))
        }
        2..=3 => {
            let low = u64::from(u16::from_le_bytes(at::<2>(chunk, 0)));
            let high = u64::from(u16::from_le_bytes(at::<2>(chunk, len - 2)));
            low | high << (8 * (len - 2))
        }
        1 => chunk.first().map_or(0, |&b| u64::from(b)),
        _ => 0,
    }
}

/// `x` read as eight bytes with each ASCII capital made lower case and
/// every other byte, non-ASCII ones included, left as it is.
///
/// Each byte is tested for `0x40 < b < 0x5B` with the carry-free "has
/// between" trick, and the capitals get bit 5 set.
fn lower_ascii(x: u64) -> u64 {
    let high = ONES * 0x80;
    let low = x & (ONES * 0x7F);
    let below_bracket = (ONES * (127 + 0x5B)) - low;
    let above_at = low + ONES * (127 - 0x40);
    let capitals = below_bracket & !x & above_at & high;
    x | (capitals >> 2)
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
        // Copied and lowered in one pass: words are short, and a loop
        // beats a call to `memcpy` and a second pass.
        for (d, s) in dst.iter_mut().zip(word.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        self.len += word.len();
        Some(())
    }

    fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }

    /// The first eight bytes of the key as a word, zero past its end.
    fn first_word(&self) -> u64 {
        let mut bytes = [0u8; 8];
        if let Some(head) = self.buf.first_chunk::<8>() {
            bytes = *head;
        }
        u64::from_le_bytes(bytes)
    }

    /// The key as eight-byte words; the bytes past its end are zero (a
    /// key only grows).
    fn words(&self) -> [u64; WORDS] {
        let mut words = [0u64; WORDS];
        for (w, chunk) in words.iter_mut().zip(self.buf.chunks_exact(8)) {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(chunk);
            *w = u64::from_le_bytes(bytes);
        }
        words
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

    /// Keys of up to eight bytes take the one-word path, longer ones the
    /// general one: both find every key, in any case, and no near miss.
    #[test]
    fn one_word_keys_and_longer_keys_agree() {
        static TABLE: &[(&str, u8)] = &[
            ("a", 1),
            ("ab", 2),
            ("abcdefg", 3),
            ("abcdefgh", 4),
            ("abcdefghi", 5),
            ("abcdefgh ij", 6),
        ];
        let lex = Lexicon::new(TABLE);
        for &(k, v) in TABLE {
            assert_eq!(lex.get(k), Some(v), "{k}");
            assert_eq!(lex.get(&k.to_ascii_uppercase()), Some(v), "{k}");
            let words: Vec<&str> = k.split(' ').collect();
            let longer = format!("{k} ");
            let continues = TABLE.iter().any(|(p, _)| p.starts_with(&longer));
            assert_eq!(lex.lookup(&key(&words)), (Some(v), continues), "{k}");
        }
        for k in ["b", "abcdefgi", "abcdefghj", "abcdef", "abcdefgh i"] {
            assert_eq!(lex.get(k), None, "{k}");
        }
        assert_eq!(lex.lookup(&key(&["abcdefgh"])), (Some(4), true));
        for k in ["a", "abcdefgh", "x"] {
            let bytes = k.as_bytes();
            let mut words = [0u64; WORDS];
            words[0] = lower_ascii(load_padded(bytes));
            assert_eq!(hash_one(words[0], bytes.len()), hash(&words, bytes.len()));
        }
    }

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
    fn lower_ascii_lowers_capitals_only() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'Q'; 8];
                bytes[at] = b;
                let mut expected = bytes;
                expected.make_ascii_lowercase();
                let got = lower_ascii(u64::from_le_bytes(bytes)).to_le_bytes();
                assert_eq!(got, expected, "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn load_padded_reads_each_length() {
        let bytes: Vec<u8> = (1..=9).collect();
        for len in 0..=8 {
            let mut eight = [0u8; 8];
            eight[..len].copy_from_slice(&bytes[..len]);
            assert_eq!(
                load_padded(&bytes[..len]),
                u64::from_le_bytes(eight),
                "{len}"
            );
        }
    }

    #[test]
    fn get_agrees_with_lookup() {
        let lex = Lexicon::new(ROWS);
        for probe in [
            "OVER",
            "oVeR",
            "more than",
            "More Than",
            "in excess of",
            "more",
        ] {
            let mut k = Key::default();
            k.push(probe).unwrap();
            assert_eq!(lex.get(probe), lex.lookup(&k).0, "{probe}");
        }
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
