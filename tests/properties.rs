//! Property tests for `quantities`: figures written in digits, in words and
//! with scale words read back to their value, and the span and bound
//! invariants hold on arbitrary text.

use conflict_figures::{quantities, Qualifier, Quantity, Unit};
use proptest::prelude::*;

/// Checks the invariants every result of `quantities(text)` must satisfy,
/// returning the first violation as a message.
fn check_invariants(text: &str, found: &[Quantity]) -> Result<(), String> {
    let mut prev_end: Option<usize> = None;
    for (k, q) in found.iter().enumerate() {
        let (start, end) = (q.span.start, q.span.end);
        if start >= end {
            return Err(format!("quantity {k} has an empty or inverted span: {q:?}"));
        }
        match text.get(start..end) {
            Some(s) if s == q.text => {}
            Some(s) => {
                return Err(format!(
                    "quantity {k}: text {:?} but span marks {s:?}",
                    q.text
                ))
            }
            None => {
                return Err(format!(
                "quantity {k}: span {start}..{end} not on char boundaries / out of range (len {})",
                text.len()
            ))
            }
        }
        if let Some(p) = prev_end {
            if start < p {
                return Err(format!(
                    "quantity {k} starts at {start}, before the previous one ends at {p}"
                ));
            }
        }
        prev_end = Some(end);
        for (name, v) in [("value", q.value), ("low", q.low), ("high", q.high)] {
            if let Some(v) = v {
                if !v.is_finite() {
                    return Err(format!("quantity {k}: {name} is not finite: {q:?}"));
                }
            }
        }
        if let (Some(l), Some(v)) = (q.low, q.value) {
            if l > v {
                return Err(format!("quantity {k}: low > value: {q:?}"));
            }
        }
        if let (Some(v), Some(h)) = (q.value, q.high) {
            if v > h {
                return Err(format!("quantity {k}: value > high: {q:?}"));
            }
        }
        if let (Some(l), Some(h)) = (q.low, q.high) {
            if l > h {
                return Err(format!("quantity {k}: low > high: {q:?}"));
            }
        }
    }
    Ok(())
}

/// `n` with thousands separators: 1234567 -> "1,234,567".
fn with_commas(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn below_100(n: u32) -> String {
    debug_assert!(n < 100);
    if n < 20 {
        UNITS[n as usize].to_string()
    } else if n % 10 == 0 {
        TENS[(n / 10) as usize].to_string()
    } else {
        format!("{}-{}", TENS[(n / 10) as usize], UNITS[(n % 10) as usize])
    }
}

fn below_1000(n: u32) -> String {
    debug_assert!(n < 1000);
    if n < 100 {
        below_100(n)
    } else if n % 100 == 0 {
        format!("{} hundred", UNITS[(n / 100) as usize])
    } else {
        format!(
            "{} hundred and {}",
            UNITS[(n / 100) as usize],
            below_100(n % 100)
        )
    }
}

/// `n` (1..=999_999) in English words: 321405 -> "three hundred and
/// twenty-one thousand four hundred and five".
fn to_words(n: u32) -> String {
    assert!((1..=999_999).contains(&n));
    let thousands = n / 1000;
    let rest = n % 1000;
    let mut parts = Vec::new();
    if thousands > 0 {
        parts.push(format!("{} thousand", below_1000(thousands)));
    }
    if rest > 0 {
        parts.push(below_1000(rest));
    }
    parts.join(" ")
}

#[test]
fn helpers_write_numbers_as_expected() {
    assert_eq!(with_commas(0), "0");
    assert_eq!(with_commas(999), "999");
    assert_eq!(with_commas(1000), "1,000");
    assert_eq!(with_commas(55_000), "55,000");
    assert_eq!(with_commas(1_234_567), "1,234,567");
    assert_eq!(with_commas(999_999_999_999), "999,999,999,999");
    assert_eq!(to_words(1), "one");
    assert_eq!(to_words(42), "forty-two");
    assert_eq!(to_words(100), "one hundred");
    assert_eq!(to_words(105), "one hundred and five");
    assert_eq!(to_words(20_000), "twenty thousand");
    assert_eq!(
        to_words(321_405),
        "three hundred and twenty-one thousand four hundred and five"
    );
    assert_eq!(
        to_words(999_999),
        "nine hundred and ninety-nine thousand nine hundred and ninety-nine"
    );
}

#[test]
fn invariant_checker_catches_violations() {
    let text = "at least 5 people and 7 more";
    let good = quantities(text);
    assert_eq!(good.len(), 2, "{good:?}");
    assert_eq!(check_invariants(text, &good), Ok(()));

    let broken = |f: &dyn Fn(&mut Vec<Quantity>)| {
        let mut found = good.clone();
        f(&mut found);
        check_invariants(text, &found)
    };
    assert!(broken(&|f| f[0].span.end += 1).is_err(), "text mismatch");
    assert!(
        broken(&|f| f[0].span.end = f[0].span.start).is_err(),
        "empty span"
    );
    assert!(
        broken(&|f| f[1].span.end = text.len() + 1).is_err(),
        "out of range"
    );
    assert!(broken(&|f| f.swap(0, 1)).is_err(), "order");
    assert!(broken(&|f| f[0].value = Some(f64::NAN)).is_err(), "NaN");
    assert!(
        broken(&|f| f[0].high = Some(f64::INFINITY)).is_err(),
        "infinite"
    );
    assert!(broken(&|f| f[0].low = Some(6.0)).is_err(), "low > value");
    assert!(broken(&|f| f[1].high = Some(6.0)).is_err(), "value > high");
    assert!(
        broken(&|f| {
            f[0].value = None;
            f[0].low = Some(9.0);
            f[0].high = Some(8.0);
        })
        .is_err(),
        "low > high"
    );
}

/// Words and symbols news text is made of, for building hostile but
/// plausible inputs.
const NEWS_TOKENS: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "7",
    "12",
    "20",
    "50",
    "60",
    "300",
    "2022",
    "1,000",
    "55,000",
    "1.5",
    "007",
    "999,999,999,999,999",
    "1234567890123456",
    ",",
    ".",
    "-",
    "–",
    "—",
    " ",
    " ",
    " ",
    "\n",
    "\u{a0}",
    "%",
    "$",
    "€",
    "£",
    "US$",
    "(",
    ")",
    "\"",
    "+",
    "/",
    ":",
    "at least",
    "more than",
    "nearly",
    "about",
    "up to",
    "or more",
    "or so",
    "-plus",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "bn",
    "m",
    "k",
    "dozens",
    "hundreds",
    "thousands",
    "tens",
    "of",
    "several",
    "a few",
    "a",
    "an",
    "half",
    "one",
    "two",
    "twenty",
    "forty-two",
    "third",
    "thirds",
    "in",
    "out of",
    "every",
    "between",
    "and",
    "to",
    "or",
    "from",
    "anywhere",
    "people",
    "troops",
    "killed",
    "percent",
    "per cent",
    "euros",
    "dollars",
    "km",
    "year-old",
    "days",
    "Feb",
    "May",
    "No.",
    "F-16",
    "rose by",
    "fell",
    "topped",
    "9 a.m.",
    "10:30",
    "GMT",
];

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(NEWS_TOKENS), 0..40).prop_map(|tokens| {
        let mut s = String::new();
        for t in tokens {
            s.push_str(t);
        }
        s
    })
}

/// Like `news_text`, but with a space between every token, so the tokens
/// stand as words rather than being glued together.
fn spaced_news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(NEWS_TOKENS), 0..40)
        .prop_map(|tokens| tokens.join(" "))
}

proptest! {
    #[test]
    fn grouped_integers_read_back(n in 0u64..=999_999_999_999) {
        let s = with_commas(n);
        let text = format!("officials said {s} people were displaced");
        let found = quantities(&text);
        prop_assert_eq!(found.len(), 1, "{:?} -> {:?}", text, found);
        let q = &found[0];
        prop_assert_eq!(&q.text, &s);
        prop_assert_eq!(q.span.start, "officials said ".len());
        prop_assert_eq!(q.value, Some(n as f64));
        prop_assert_eq!(q.qualifier, Qualifier::Exact);
        prop_assert_eq!(&q.unit, &Unit::Count);
        prop_assert_eq!((q.low, q.high), (Some(n as f64), Some(n as f64)));
        prop_assert_eq!(q.noun.as_deref(), Some("people"));
    }

    #[test]
    fn integers_in_words_read_back(n in 1u32..=999_999) {
        let words = to_words(n);
        let text = format!("officials said {words} people were displaced");
        let found = quantities(&text);
        prop_assert_eq!(found.len(), 1, "{:?} -> {:?}", text, found);
        let q = &found[0];
        prop_assert_eq!(&q.text, &words);
        prop_assert_eq!(q.value, Some(f64::from(n)));
        prop_assert_eq!(q.qualifier, Qualifier::Exact);
        prop_assert_eq!(&q.unit, &Unit::Count);
    }

    #[test]
    fn scale_words_multiply(
        d in 1u32..=999,
        tenth in prop::option::of(0u32..=9),
        scale in prop::sample::select(vec![("thousand", 1e3), ("million", 1e6), ("billion", 1e9)]),
    ) {
        let (word, factor) = scale;
        let numeral = match tenth {
            Some(t) => format!("{d}.{t}"),
            None => d.to_string(),
        };
        let written = format!("{numeral} {word}");
        let text = format!("officials said {written} people were displaced");
        let found = quantities(&text);
        prop_assert_eq!(found.len(), 1, "{:?} -> {:?}", text, found);
        let q = &found[0];
        prop_assert_eq!(&q.text, &written);
        prop_assert_eq!(q.qualifier, Qualifier::Exact);
        prop_assert_eq!(&q.unit, &Unit::Count);
        let expected = (f64::from(d) + f64::from(tenth.unwrap_or(0)) / 10.0) * factor;
        let value = q.value.expect("a value");
        prop_assert!(
            (value - expected).abs() <= 1e-9 * expected.abs(),
            "{:?}: value {} expected {}", written, value, expected
        );
    }

    #[test]
    fn invariants_on_arbitrary_strings(text in any::<String>()) {
        let found = quantities(&text);
        if let Err(e) = check_invariants(&text, &found) {
            prop_assert!(false, "{:?}: {}", text, e);
        }
    }

    #[test]
    fn invariants_on_news_like_strings(text in news_text()) {
        let found = quantities(&text);
        if let Err(e) = check_invariants(&text, &found) {
            prop_assert!(false, "{:?}: {}", text, e);
        }
    }

    #[test]
    fn invariants_on_spaced_news_like_strings(text in spaced_news_text()) {
        let found = quantities(&text);
        if let Err(e) = check_invariants(&text, &found) {
            prop_assert!(false, "{:?}: {}", text, e);
        }
    }

    /// Text before and after a figure does not move or change it when the
    /// figure stands alone between sentence breaks.
    #[test]
    fn figure_found_after_any_prefix(prefix in "[a-z ]{0,30}", n in 1u64..=999_999) {
        let s = with_commas(n);
        let text = format!("{prefix}. Officials said {s} people died.");
        let found = quantities(&text);
        let at = prefix.len() + ". Officials said ".len();
        prop_assert!(check_invariants(&text, &found).is_ok());
        let q = found.iter().find(|q| q.span.start == at);
        prop_assert!(q.is_some(), "{:?} -> {:?}", text, found);
        let q = q.unwrap();
        prop_assert_eq!(&q.text, &s);
        prop_assert_eq!(q.value, Some(n as f64));
    }
}
