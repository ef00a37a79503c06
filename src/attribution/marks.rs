//! The bytes the cue scan stops at, found eight bytes at a time.
//!
//! ```text
//! mark := ";"                                   a clause break
//!       | [A-Za-z]  (no [A-Za-z0-9] just before) where a word may start
//! ```
//!
//! The scan looks at each word only through its first two letters, so
//! walking the text is most of its cost: reading a word-sized chunk at a
//! time and finding its marks with a few bit operations costs a handful
//! of instructions a word, where reading byte by byte costs that a byte.
//! A letter after a non-ASCII byte is a mark too: whether a letter of
//! another script stands before it is left to the caller.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = ONES * 0x80;

/// The high bit of each byte of `x` strictly between `low` and `high`
/// (both below 0x80), and no other bit: the carry-free "has between"
/// trick of the Stanford bit hacks, exact for every byte, non-ASCII ones
/// included.
fn between(x: u64, low: u64, high: u64) -> u64 {
    let seven = x & (ONES * 0x7F);
    (ONES * (127 + high) - seven) & !x & (seven + ONES * (127 - low)) & HIGH_BITS
}

/// The high bit of each byte of `x` that is an ASCII letter: setting bit
/// 5 folds upper case onto lower case (and no other byte onto a letter).
fn letters_in(x: u64) -> u64 {
    between(x | (ONES * 0x20), 0x60, 0x7B)
}

/// The high bit of each byte of `x` that is an ASCII digit.
fn digits_in(x: u64) -> u64 {
    between(x, 0x2F, 0x3A)
}

/// The high bit of each byte of `x` that is ';'.
fn semicolons_in(x: u64) -> u64 {
    between(x, 0x3A, 0x3C)
}

/// The high bit of each byte of `x` that is ':'.
pub(crate) fn colons_in(x: u64) -> u64 {
    between(x, 0x39, 0x3B)
}

/// The eight bytes of `bytes` from `at` as one little-endian word, zeros
/// past the end (a zero byte is no mark and no letter).
#[inline]
pub(crate) fn chunk(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    match bytes.get(at..at + 8) {
        Some(full) => word.copy_from_slice(full),
        None => {
            let tail = bytes.get(at..).unwrap_or_default();
            for (slot, &b) in word.iter_mut().zip(tail) {
                *slot = b;
            }
        }
    }
    u64::from_le_bytes(word)
}

/// The marks of one chunk: the high bit of each byte of `x` that is a
/// mark, `after_alnum` telling whether the byte before the chunk is an
/// ASCII letter or digit; and whether its last byte is one.
#[inline]
fn marks_in(x: u64, after_alnum: bool) -> (u64, bool) {
    let letters = letters_in(x);
    let alnum = letters | digits_in(x);
    // Each byte's high bit moved onto the next byte's.
    let before = (alnum << 8) | (u64::from(after_alnum) << 7);
    ((letters & !before) | semicolons_in(x), alnum >> 63 != 0)
}

/// The marks of a text in order, each chunk of eight bytes read once.
#[derive(Debug)]
pub(crate) struct Marks<'a> {
    bytes: &'a [u8],
    /// Where the current chunk starts.
    at: usize,
    /// The marks of the current chunk not yet returned.
    pending: u64,
    /// Whether the current chunk's last byte is an ASCII letter or digit.
    last_alnum: bool,
}

impl<'a> Marks<'a> {
    /// The marks of `bytes` from its start.
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        let mut marks = Marks {
            bytes,
            at: 0,
            pending: 0,
            last_alnum: false,
        };
        marks.load(0);
        marks
    }

    /// Reads the chunk at `at`.
    fn load(&mut self, at: usize) {
        let after_alnum = at
            .checked_sub(1)
            .and_then(|p| self.bytes.get(p))
            .is_some_and(u8::is_ascii_alphanumeric);
        self.at = at;
        (self.pending, self.last_alnum) = marks_in(chunk(self.bytes, at), after_alnum);
    }

    /// Goes on from byte `to`, past the last mark returned: marks before
    /// it are passed over.
    pub(crate) fn skip_to(&mut self, to: usize) {
        match to.checked_sub(self.at) {
            Some(k) if k < 8 => self.pending &= u64::MAX << (8 * k),
            _ => self.load(to),
        }
    }
}

impl Iterator for Marks<'_> {
    type Item = usize;

    /// The next mark: a ';', or an ASCII letter with no ASCII letter or
    /// digit just before it.
    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.pending == 0 {
            let at = self.at + 8;
            if at >= self.bytes.len() {
                return None;
            }
            self.at = at;
            (self.pending, self.last_alnum) = marks_in(chunk(self.bytes, at), self.last_alnum);
        }
        let k = (self.pending.trailing_zeros() / 8) as usize;
        self.pending &= self.pending - 1;
        Some(self.at + k)
    }
}

/// The high bit of each byte of `x` that is an ASCII letter or a space.
fn letters_or_spaces_in(x: u64) -> u64 {
    letters_in(x) | between(x, 0x1F, 0x21)
}

/// True when the eight bytes of `bytes` before byte `end` are all ASCII
/// letters or spaces: a reader going backwards for punctuation may pass
/// over them at once.
#[inline]
pub(crate) fn plain_before(bytes: &[u8], end: usize) -> bool {
    end.checked_sub(8)
        .filter(|_| end <= bytes.len())
        .is_some_and(|at| letters_or_spaces_in(chunk(bytes, at)) == HIGH_BITS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every mark, read one byte at a time.
    fn marks_slowly(s: &str) -> Vec<usize> {
        let b = s.as_bytes();
        (0..b.len())
            .filter(|&i| {
                b[i] == b';'
                    || (b[i].is_ascii_alphabetic() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()))
            })
            .collect()
    }

    fn marks(s: &str) -> Vec<usize> {
        Marks::new(s.as_bytes()).collect()
    }

    #[test]
    fn marks_table() {
        let cases: &[(&str, &[usize])] = &[
            ("", &[]),
            ("said", &[0]),
            ("  12 people; 3x said", &[5, 11, 16]),
            ("Kyiv’s mayor", &[0, 7, 9]),
            ("M23 rebels", &[0, 4]),
            ("abcdefghijklmnop qrs", &[0, 17]),
            ("12345678abc 12345678 x", &[21]),
            (";;;;;;;;;", &[0, 1, 2, 3, 4, 5, 6, 7, 8]),
            ("Zürich said", &[0, 3, 8]),
        ];
        for &(input, expected) in cases {
            assert_eq!(marks(input), expected, "{input}");
        }
    }

    #[test]
    fn marks_as_read_byte_by_byte() {
        let texts = [
            "The ministry said 12 people died; 3,000 fled — «officials» said.",
            "A word_with_underscores@and:colons[brackets]{braces}`ticks` ~ end",
            "Résumé naïve café déjà-vu 1st 2nd 3rd 4th; UN’s WHO-led tally",
            "\u{a0}\u{200f}Tab\there\nnewline\r\nz",
        ];
        for t in texts {
            assert_eq!(marks(t), marks_slowly(t), "{t}");
            for from in 0..=t.len() {
                let rest: Vec<usize> = marks_slowly(t).into_iter().filter(|&m| m >= from).collect();
                let mut skipped = Marks::new(t.as_bytes());
                skipped.skip_to(from);
                assert_eq!(skipped.collect::<Vec<_>>(), rest, "{t} {from}");
                // From a later chunk, after reading the first mark.
                let mut late = Marks::new(t.as_bytes());
                let first = late.next();
                if first.is_some_and(|m| m < from) {
                    late.skip_to(from);
                    assert_eq!(late.collect::<Vec<_>>(), rest, "{t} {from} late");
                }
            }
        }
    }

    #[test]
    fn not_marks() {
        for input in ["12345678 90", "@[`{/:-", "\u{e9}\u{e8}", "0x"] {
            assert!(marks(input).is_empty(), "{input}");
        }
    }

    #[test]
    fn plain_chunks() {
        let s = b"the Mayor said, at 12 o'clock";
        assert!(plain_before(s, 8));
        assert!(plain_before(s, 14));
        assert!(!plain_before(s, 15));
        assert!(!plain_before(s, 7));
        assert!(!plain_before(s, 40));
        assert!(!plain_before("abc’defgh".as_bytes(), 11));
    }

    #[test]
    fn byte_classes() {
        for b in 0..=255u8 {
            let x = u64::from(b) << 16;
            assert_eq!(letters_in(x) != 0, b.is_ascii_alphabetic(), "{b}");
            assert_eq!(digits_in(x) != 0, b.is_ascii_digit(), "{b}");
            assert_eq!(semicolons_in(x) != 0, b == b';', "{b}");
            let plain = b.is_ascii_alphabetic() || b == b' ';
            assert_eq!(letters_or_spaces_in(x) != 0, plain, "{b}");
        }
    }
}
