//! A sentence as the frame stage reads it: words, figures and the
//! punctuation that bounds clauses.

use crate::lexicon::Key;
use crate::lexicon::Lexicon;
use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word: letters, digits and inner apostrophes, hyphens or dots
    /// ("U.S.", "Russian-held"). A possessive "'s" is not part of it.
    Word,
    /// The figure at this index of the sentence's figures.
    Figure(usize),
    /// A comma, or a dash standing between spaces.
    Comma,
    /// Punctuation that ends a clause: `;`, `:`, `(`, `)`, `[`, `]`.
    Stop,
}

/// One token of a sentence, with its document span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// The token's bytes in the document.
    pub(crate) span: Span,
    /// What it is.
    pub(crate) kind: Kind,
    /// True for a word written with a possessive "'s" ("Ukraine's").
    pub(crate) possessive: bool,
    /// True for a word that starts with an upper-case letter.
    pub(crate) capital: bool,
}

/// A sentence's tokens, with the text they index.
pub(crate) struct Tokens<'t> {
    text: &'t str,
    pub(crate) list: Vec<Token>,
    /// The token of each figure, by the figure's index.
    figure_at: Vec<usize>,
}

/// Buffers a document's sentences are tokenised into, kept from one
/// sentence to the next so that each does not allocate its own.
#[derive(Debug, Default, Clone)]
pub(crate) struct Scratch {
    list: Vec<Token>,
    figure_at: Vec<usize>,
}

/// Most words a phrase lookup reads.
const MAX_PHRASE: usize = 5;

impl<'t> Tokens<'t> {
    /// Tokenises `sentence` of `text`; `figures` are the spans of its
    /// figures, in order and inside the sentence.
    #[cfg(test)]
    pub(crate) fn new(text: &'t str, sentence: Span, figures: &[Span]) -> Self {
        Self::read(
            text,
            sentence,
            figures.iter().copied(),
            &mut Scratch::default(),
        )
    }

    /// Tokenises `sentence` of `text` into the buffers of `scratch` (give
    /// them back with [`Tokens::release`]); `figures` are the spans of its
    /// figures, in order and inside the sentence.
    pub(crate) fn read(
        text: &'t str,
        sentence: Span,
        mut figures: impl Iterator<Item = Span>,
        scratch: &mut Scratch,
    ) -> Self {
        let mut list = std::mem::take(&mut scratch.list);
        let mut figure_at = std::mem::take(&mut scratch.figure_at);
        list.clear();
        figure_at.clear();
        list.reserve(sentence.len() / 5 + 1);
        let bytes = text.as_bytes();
        let mut at = sentence.start;
        let mut figure = figures.next();
        // Words stop at the next figure, else at the sentence's end.
        let mut limit = figure.map_or(sentence.end, |f| f.start);
        while at < sentence.end {
            if let Some(f) = figure.filter(|f| at >= f.start) {
                figure_at.push(list.len());
                list.push(Token {
                    span: f,
                    kind: Kind::Figure(figure_at.len() - 1),
                    possessive: false,
                    capital: false,
                });
                at = f.end.max(at + 1);
                figure = figures.next();
                limit = figure.map_or(sentence.end, |f| f.start);
                continue;
            }
            let c = match bytes.get(at) {
                Some(b' ' | b'\t' | b'\n' | b'\r') => {
                    at += 1;
                    continue;
                }
                Some(&b) if b.is_ascii_alphanumeric() => {
                    let (end, word_end, possessive) = word_end(text, at, limit);
                    list.push(Token {
                        span: Span::new(at, word_end),
                        kind: Kind::Word,
                        possessive,
                        capital: b.is_ascii_uppercase() || b == b'a' && arabic_article(bytes, at),
                    });
                    at = end;
                    continue;
                }
                Some(&b) if b < 0x80 => char::from(b),
                Some(_) => match text.get(at..).and_then(|t| t.chars().next()) {
                    Some(c) => c,
                    None => break,
                },
                None => break,
            };
            if c.is_alphanumeric() {
                let (end, word_end, possessive) = word_end(text, at, limit);
                list.push(Token {
                    span: Span::new(at, word_end),
                    kind: Kind::Word,
                    possessive,
                    capital: c.is_uppercase(),
                });
                at = end;
                continue;
            }
            let kind = match c {
                ',' => Some(Kind::Comma),
                ';' | ':' | '(' | ')' | '[' | ']' | '.' | '?' | '!' => Some(Kind::Stop),
                '-' | '–' | '—' | '•'
                    if at > 0
                        && bytes.get(at - 1).is_some_and(u8::is_ascii_whitespace)
                        && text[at + c.len_utf8()..].starts_with(char::is_whitespace) =>
                {
                    Some(Kind::Comma)
                }
                _ => None,
            };
            if let Some(kind) = kind {
                list.push(Token {
                    span: Span::new(at, at + c.len_utf8()),
                    kind,
                    possessive: false,
                    capital: false,
                });
            }
            at += c.len_utf8();
        }
        Tokens {
            text,
            list,
            figure_at,
        }
    }

    /// Gives the buffers back to `scratch` for the next sentence.
    pub(crate) fn release(self, scratch: &mut Scratch) {
        scratch.list = self.list;
        scratch.figure_at = self.figure_at;
    }

    /// The token of figure `f`, or 0 when the sentence ended before it.
    pub(crate) fn figure_token(&self, f: usize) -> usize {
        self.figure_at.get(f).copied().unwrap_or(0)
    }

    /// The text of token `i`, or "" past the end.
    #[inline]
    pub(crate) fn text(&self, i: usize) -> &'t str {
        self.list
            .get(i)
            .and_then(|t| t.span.of(self.text))
            .unwrap_or("")
    }

    /// The text right after token `i`, up to the end of the sentence's
    /// text (at most a few bytes are ever read from it).
    pub(crate) fn text_after(&self, i: usize) -> &'t str {
        self.list
            .get(i)
            .and_then(|t| self.text.get(t.span.end..))
            .unwrap_or("")
    }

    /// True when token `i` is a word.
    #[inline]
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.list.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// The whole text the tokens index.
    pub(crate) fn source(&self) -> &'t str {
        self.text
    }

    /// True when token `i` is the word `w` (any case).
    #[inline]
    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        self.is_word(i) && self.text(i).eq_ignore_ascii_case(w)
    }

    /// The longest phrase of `table` that starts at word `i`, with the
    /// number of words it spans.
    pub(crate) fn phrase<T: Copy>(&self, table: &Lexicon<T>, i: usize) -> Option<(T, usize)> {
        let mut key = Key::default();
        let mut best = None;
        for n in 0..MAX_PHRASE.min(table.max_words) {
            let j = i + n;
            if !self.is_word(j) {
                break;
            }
            if n > 0 && self.list[j - 1].possessive {
                break;
            }
            if key.push(self.text(j)).is_none() {
                break;
            }
            let (value, continues) = table.lookup(&key);
            if let Some(v) = value {
                best = Some((v, n + 1));
            }
            if !continues {
                break;
            }
        }
        best
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    /// The kind of token `i`.
    #[inline]
    pub(crate) fn kind(&self, i: usize) -> Option<Kind> {
        self.list.get(i).map(|t| t.kind)
    }
}

/// The end of the word starting at `at`: `(next, end, possessive)`, where
/// `end` excludes a possessive "'s" that `next` skips.
fn word_end(text: &str, at: usize, limit: usize) -> (usize, usize, bool) {
    let bytes = text.as_bytes();
    let limit = limit.min(text.len()).max(at);
    // Fast path: the ASCII letters and digits that make most words.
    let mut end = bytes.get(at..limit).map_or(at, |word| {
        at + word
            .iter()
            .position(|&b| !ALNUM[usize::from(b)])
            .unwrap_or(word.len())
    });
    match bytes.get(end) {
        Some(b) if end < limit && (*b >= 0x80 || matches!(b, b'\'' | b'-' | b'.')) => {}
        _ if end > at => return (end, end, false),
        _ => {}
    }
    // The rest of the word, from where the fast path stopped.
    let from = end;
    let mut chars = text
        .get(from..limit)
        .unwrap_or("")
        .char_indices()
        .peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            end = from + i + c.len_utf8();
            continue;
        }
        let joins = matches!(c, '\'' | '’' | '-' | '.' | '‐' | '‑');
        match chars.peek() {
            Some(&(_, n)) if joins && n.is_alphanumeric() => {
                if matches!(c, '\'' | '’') {
                    let s = bytes.get(from + i + c.len_utf8()..).unwrap_or_default();
                    if s.first().is_some_and(|b| b.eq_ignore_ascii_case(&b's'))
                        && !s.get(1).is_some_and(|b| b.is_ascii_alphanumeric())
                    {
                        return (from + i + c.len_utf8() + 1, end, true);
                    }
                }
            }
            _ => {
                // "U.S." keeps its final dot when it joins single letters.
                if c == '.' && end - at <= 3 && text[at..end].contains('.') {
                    end = from + i + 1;
                }
                break;
            }
        }
    }
    (end, end, false)
}

/// ASCII letters and digits, by byte: the fast path of [`word_end`].
const ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// True when the word at `at` is a name behind the Arabic article,
/// written in lower case: "al-Shabaab", "al-Qaeda".
fn arabic_article(bytes: &[u8], at: usize) -> bool {
    bytes.get(at..at + 3) == Some(b"al-") && bytes.get(at + 3).is_some_and(u8::is_ascii_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let t = Tokens::new(text, Span::new(0, text.len()), &[]);
        (0..t.len())
            .map(|i| {
                let mut s = t.text(i).to_string();
                if t.list[i].possessive {
                    s.push_str("'s");
                }
                s
            })
            .collect()
    }

    #[test]
    fn words_keep_inner_joins_and_split_possessives() {
        assert_eq!(
            words("Ukraine's U.S. Russian-held, a (b)"),
            ["Ukraine's", "U.S.", "Russian-held", ",", "a", "(", "b", ")"]
        );
        assert_eq!(words("the mayor’s office"), ["the", "mayor's", "office"]);
        assert_eq!(words("rebels' base"), ["rebels", "base"]);
    }

    #[test]
    fn figures_are_single_tokens() {
        let text = "killed at least 55,000 troops";
        let t = Tokens::new(text, Span::new(0, text.len()), &[Span::new(7, 22)]);
        assert_eq!(t.kind(1), Some(Kind::Figure(0)));
        assert_eq!(t.text(2), "troops");
    }

    #[test]
    fn names_behind_the_arabic_article_are_capitalised() {
        let text = "al-Shabaab al-Qaeda al-qaeda also al- alarm";
        let t = Tokens::new(text, Span::new(0, text.len()), &[]);
        let capital: Vec<bool> = t.list.iter().map(|tok| tok.capital).collect();
        assert_eq!(capital, [true, true, false, false, false, false]);
    }

    #[test]
    fn spaced_dashes_are_soft_breaks() {
        let text = "people – mostly civilians – died";
        let t = Tokens::new(text, Span::new(0, text.len()), &[]);
        assert_eq!(t.kind(1), Some(Kind::Comma));
    }
}
