//! The noun a figure counts: "55,000 [troops]", "1,000 [apartment blocks]",
//! "thousands of [people]", "six of the [injured]".

use crate::grammar::{
    at_boundary, dash, ends_with_ignore_case, is_dash, keyword, letter_run, spaces, Lower, PResult,
};
use crate::lexicon::context::{MONTHS, STOP_WORDS};
use nom::Parser;

/// Most words a noun phrase after a figure may have.
const MAX_WORDS: usize = 3;

/// The words of a noun phrase, at most [`MAX_WORDS`], kept on the stack.
#[derive(Default)]
struct Words<'a> {
    all: [&'a str; MAX_WORDS],
    /// The first word still kept, and one past the last.
    from: usize,
    to: usize,
}

impl<'a> Words<'a> {
    fn as_slice(&self) -> &[&'a str] {
        self.all.get(self.from..self.to).unwrap_or_default()
    }

    /// Adds `w` at the end; a word past the limit is dropped.
    fn push(&mut self, w: &'a str) {
        if let Some(slot) = self.all.get_mut(self.to) {
            *slot = w;
            self.to += 1;
        }
    }

    fn pop(&mut self) {
        self.to = self.to.saturating_sub(1).max(self.from);
    }

    fn drop_front(&mut self, k: usize) {
        self.from = (self.from + k).min(self.to);
    }
}

/// ws := space+   (no line break; [`spaces`], with ASCII spaces read as
/// bytes)
fn ws(i: &str) -> PResult<'_, &str> {
    let ascii = i.bytes().take_while(|&b| b == b' ' || b == b'\t').count();
    match i.as_bytes().get(ascii) {
        Some(b) if !b.is_ascii() => spaces(i),
        _ if ascii == 0 => Err(nom::Err::Error(())),
        _ => Ok((&i[ascii..], &i[..ascii])),
    }
}

/// Words that may stand between "of" and the noun: "of the injured",
/// "of Ukraine's territory".
fn determiner(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "the" | "those" | "these" | "its" | "their" | "his" | "her" | "our" | "all"
    ) || w.ends_with("'s")
        || w.ends_with("’s")
}

/// Most hyphen-joined parts one noun word may have ("commander-in-chief").
const MAX_PARTS: usize = 4;

/// noun_word := [A-Za-z]+ ("-" [A-Za-z]+){0,3}     "air-defence", "drones"
///
/// A longer chain of hyphenated parts is no noun; reading stops after
/// four parts so that each figure in "one-one-one-…" costs constant time.
fn noun_word(i: &str) -> PResult<'_, &str> {
    let bytes = i.as_bytes();
    let mut end = 0;
    for _ in 0..MAX_PARTS {
        let run = letter_run(bytes.get(end..).unwrap_or_default());
        if run == 0 {
            break;
        }
        end += run;
        match bytes.get(end..).unwrap_or_default() {
            // Most words end at ASCII that is no dash or apostrophe.
            [b, ..] if b.is_ascii() && !matches!(b, b'-' | b'\'') => break,
            [] => break,
            _ => {}
        }
        let tail = &i[end..];
        match tail.chars().next() {
            Some(c)
                if is_dash(c)
                    && tail[c.len_utf8()..].starts_with(|c: char| c.is_ascii_alphabetic()) =>
            {
                end += c.len_utf8();
            }
            Some('\'' | '’') => {
                let q = if tail.starts_with('\'') { 1 } else { 3 };
                let s = letter_run(bytes.get(end + q..).unwrap_or_default());
                if s > 0 {
                    end += q + s;
                }
                break;
            }
            _ => break,
        }
    }
    if end == 0 || !at_boundary(&i[end..]) {
        return Err(nom::Err::Error(()));
    }
    Ok((&i[end..], &i[..end]))
}

/// "-ed" participles end a noun phrase ("55,000 troops killed").
fn is_participle(w: &str) -> bool {
    w.len() > 3 && ends_with_ignore_case(w, "ed")
}

/// A lower-case plural that heads a noun phrase: "exports", "households",
/// "people", "children"; not "arms" or "news", which also modify ("arms
/// dealers").
pub(super) fn plural_head(w: &str) -> bool {
    if matches!(w, "people" | "children") {
        return true;
    }
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && ![
            "arms", "news", "sales", "goods", "savings", "means", "series", "species",
        ]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x))
}

/// "-ing" forms end a noun phrase after a noun ("people fleeing") but may
/// begin one ("returning servicemen") or be one ("building").
fn is_gerund(w: &str) -> bool {
    w.len() > 4 && ends_with_ignore_case(w, "ing")
}

/// Adverbs are passed over: "internationally recognised territory".
fn is_adverb(w: &str) -> bool {
    w.len() > 5 && ends_with_ignore_case(w, "ly")
}

/// "Kh-101", "F-16s": a model code, passed over like an adjective.
fn is_code(rest_after_word: &str) -> bool {
    let mut chars = rest_after_word.chars();
    matches!((chars.next(), chars.next()), (Some(d), Some(n)) if is_dash(d) && n.is_ascii_digit())
}

/// The noun phrase after a figure, as a slice of the text, or `None`.
///
/// Reads `("-" word)? ws ("of" ws determiner*)? word{1,3}` on the same
/// line and keeps the words up to the first function word. Leading
/// capitalised words are dropped when common nouns follow them ("four
/// Russian soldiers" counts "soldiers"); participles end the phrase
/// ("55,000 troops killed"). With `of_only`, only a noun after "of"
/// counts ("20 percent of Ukraine", not "42 percent full").
pub(crate) fn noun_after(rest: &str, of_only: bool) -> Option<&str> {
    let mut r = rest;
    // "five-member delegation", "16-storey building": skip the compound's tail.
    if let Ok((after, (_, _))) = (dash, noun_word).parse(r) {
        r = after;
    }
    r = ws(r).ok()?.0;
    let mut after_of = false;
    if let Ok((after, _)) = (keyword("of"), ws).parse(r) {
        r = after;
        after_of = true;
        for _ in 0..2 {
            match noun_word(r) {
                Ok((after, w)) if determiner(w) => match ws(after) {
                    Ok((a, _)) => r = a,
                    Err(_) => return None,
                },
                _ => break,
            }
        }
    }
    if of_only && !after_of {
        return None;
    }
    let mut words = Words::default();
    let mut cursor = r;
    let mut read = 0;
    while words.as_slice().len() < MAX_WORDS && read < 2 * MAX_WORDS {
        read += 1;
        let Ok((after, w)) = noun_word(cursor) else {
            break;
        };
        if STOP_WORDS.get(w).is_some() || (starts_upper(w) && MONTHS.get(w).is_some()) {
            break;
        }
        let skip = is_adverb(w) || is_code(after);
        // A plural ends the noun: "exports [went]", "households [own]";
        // compounds have a singular first word ("apartment blocks").
        let after_plural = words
            .as_slice()
            .last()
            .is_some_and(|&last| plural_head(last));
        let ends = !words.as_slice().is_empty()
            && (is_participle(w) || is_gerund(w) || after_plural)
            && !skip;
        if ends {
            break;
        }
        if !skip {
            words.push(w);
        }
        let after = if skip && is_code(after) {
            after.trim_start_matches(|c: char| is_dash(c) || c.is_ascii_alphanumeric())
        } else {
            after
        };
        match ws(after) {
            Ok((a, _)) => cursor = a,
            Err(_) => break,
        }
    }
    // "four killed": a participle alone is no noun, except "of the injured".
    while words.as_slice().last().is_some_and(|w| is_participle(w))
        && !(after_of && words.as_slice().len() == 1)
    {
        words.pop();
    }
    if !after_of {
        let lower = words.as_slice().iter().position(|w| !starts_upper(w));
        if let Some(k) = lower {
            words.drop_front(k);
        }
    }
    let first = words.as_slice().first()?;
    let last = words.as_slice().last()?;
    let start = first.as_ptr() as usize - rest.as_ptr() as usize;
    let end = last.as_ptr() as usize + last.len() - rest.as_ptr() as usize;
    rest.get(start..end)
}

fn starts_upper(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noun_table() {
        let cases: &[(&str, Option<&str>)] = &[
            (" troops had been killed", Some("troops")),
            (" people live in the city", Some("people")),
            (" children attend the school", Some("children")),
            (
                " apartment blocks without heating",
                Some("apartment blocks"),
            ),
            (" of people", Some("people")),
            (" of the injured were", Some("injured")),
            (" Russian soldiers", Some("soldiers")),
            (" Palestinians in Gaza", Some("Palestinians")),
            (" killed", None),
            (" wounded soldiers", Some("wounded soldiers")),
            (" prisoners swapped on Friday", Some("prisoners")),
            (" of exports went to China", Some("exports")),
            (" households own a car", Some("households")),
            (" arms dealers", Some("arms dealers")),
            (" air-defence launchers", Some("air-defence launchers")),
            ("-member delegation", Some("delegation")),
            (" of Ukraine's territory", Some("territory")),
            (" of Ukraine", Some("Ukraine")),
            (". Officials", None),
            (" were", None),
            (" drones, 120", Some("drones")),
            ("-storey building, injuring", Some("building")),
            (" Kh-101 cruise missiles", Some("cruise missiles")),
            (" rescued\nEU pledges", None),
            (
                " of Ukraine's internationally recognised territory",
                Some("recognised territory"),
            ),
            (" people died", Some("people")),
            (" people fleeing", Some("people")),
        ];
        for &(input, noun) in cases {
            assert_eq!(noun_after(input, false), noun, "{input:?}");
        }
    }

    #[test]
    fn shares_count_only_after_of() {
        assert_eq!(noun_after(" full, it said", true), None);
        assert_eq!(noun_after(" of Ukraine", true), Some("Ukraine"));
    }
}
