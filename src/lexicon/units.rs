//! Units: percent words, currencies, measures and lengths of time.

use super::Lexicon;
use std::sync::LazyLock;

/// Words for percent after a figure: "20 percent", "20 per cent", "20 pct".
pub(crate) static PERCENT: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("percent", ()),
        ("per cent", ()),
        ("pct", ()),
        ("per centum", ()),
        ("percentage", ()),
    ];
    Lexicon::new(ROWS)
});

/// Percent written fused to the digits, as in the British press: "40pc",
/// "12pct".
pub(crate) const FUSED_PERCENT: &[&str] = &["pc", "pct"];

/// Currency symbols before a figure: "$800 million", "€3bn", "US$5".
pub(crate) static CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₴", "UAH"),
    ("₽", "RUB"),
    ("₪", "ILS"),
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₺", "TRY"),
];

/// The currency symbol `i` begins with, and its code: the first row of
/// [`CURRENCY_SYMBOLS`] that matches ("US$" before "$").
///
/// Every symbol holds a "$" or a non-ASCII byte within its first three
/// bytes, so text without one there is turned away before the table is
/// read.
pub(crate) fn currency_symbol(i: &str) -> Option<(&'static str, &'static str)> {
    let head = i.as_bytes().get(..3).unwrap_or(i.as_bytes());
    if !head.iter().any(|&b| b == b'$' || !b.is_ascii()) {
        return None;
    }
    CURRENCY_SYMBOLS
        .iter()
        .find(|(symbol, _)| i.starts_with(symbol))
        .copied()
}

/// Currency codes and words before a figure: "USD 5 million", "Rs 300".
pub(crate) static CURRENCY_PREFIX_WORDS: LazyLock<Lexicon<&'static str>> = LazyLock::new(|| {
    static ROWS: &[(&str, &str)] = &[
        ("usd", "USD"),
        ("eur", "EUR"),
        ("gbp", "GBP"),
        ("rs", "INR"),
        ("rub", "RUB"),
        ("uah", "UAH"),
        ("chf", "CHF"),
        ("sek", "SEK"),
        ("nok", "NOK"),
        ("jpy", "JPY"),
        ("cny", "CNY"),
    ];
    Lexicon::new(ROWS)
});

/// Currency words after a figure: "3bn euros", "19 cents", "500 hryvnias".
pub(crate) static CURRENCY_WORDS: LazyLock<Lexicon<&'static str>> = LazyLock::new(|| {
    static ROWS: &[(&str, &str)] = &[
        ("dollar", "USD"),
        ("dollars", "USD"),
        ("us dollars", "USD"),
        ("euro", "EUR"),
        ("euros", "EUR"),
        ("pound", "GBP"),
        ("pounds", "GBP"),
        ("pounds sterling", "GBP"),
        ("sterling", "GBP"),
        ("yen", "JPY"),
        ("yuan", "CNY"),
        ("renminbi", "CNY"),
        ("rouble", "RUB"),
        ("roubles", "RUB"),
        ("ruble", "RUB"),
        ("rubles", "RUB"),
        ("hryvnia", "UAH"),
        ("hryvnias", "UAH"),
        ("hryvnas", "UAH"),
        ("shekel", "ILS"),
        ("shekels", "ILS"),
        ("rupee", "INR"),
        ("rupees", "INR"),
        ("riyal", "SAR"),
        ("riyals", "SAR"),
        ("dirham", "AED"),
        ("dirhams", "AED"),
        ("lira", "TRY"),
        ("liras", "TRY"),
        ("pesos", "MXN"),
        ("francs", "CHF"),
        ("rand", "ZAR"),
        ("naira", "NGN"),
        ("cent", "cent"),
        ("cents", "cent"),
        ("pence", "penny"),
        ("usd", "USD"),
        ("eur", "EUR"),
        ("gbp", "GBP"),
    ];
    Lexicon::new(ROWS)
});

/// First words of every unit phrase read after a figure and a space
/// ([`MEASURES`], [`PERCENT`], [`CURRENCY_WORDS`], [`TIME_WORDS`]), with a
/// bit for each table that has a phrase beginning with the word
/// ([`unit_tables`]): a word not here begins none of them, so one lookup
/// turns it away where each table would read it again, and a word here is
/// read again only by the tables that may hold it.
pub(crate) static UNIT_FIRST_WORDS: LazyLock<Lexicon<u8>> = LazyLock::new(|| {
    let mut rows: Vec<(&'static str, u8)> = Vec::new();
    for (table, bit) in [
        (MEASURES.phrases(), unit_tables::MEASURES),
        (PERCENT.phrases(), unit_tables::PERCENT),
        (CURRENCY_WORDS.phrases(), unit_tables::CURRENCY_WORDS),
        (TIME_WORDS.phrases(), unit_tables::TIME_WORDS),
    ] {
        rows.extend(
            table
                .into_iter()
                .map(|p| (p.split(' ').next().unwrap_or(p), bit)),
        );
    }
    // One row per word, its bits joined (later rows of a word would
    // replace earlier ones).
    rows.sort_by_key(|&(w, _)| w);
    let mut joined: Vec<(&'static str, u8)> = Vec::with_capacity(rows.len());
    for (w, bit) in rows {
        match joined.last_mut() {
            Some((last, bits)) if *last == w => *bits |= bit,
            _ => joined.push((w, bit)),
        }
    }
    Lexicon::from_rows(joined)
});

/// The bits of [`UNIT_FIRST_WORDS`]: which table holds a phrase that
/// begins with the word.
pub(crate) mod unit_tables {
    /// [`MEASURES`](super::MEASURES)
    pub(crate) const MEASURES: u8 = 1;
    /// [`PERCENT`](super::PERCENT)
    pub(crate) const PERCENT: u8 = 2;
    /// [`CURRENCY_WORDS`](super::CURRENCY_WORDS)
    pub(crate) const CURRENCY_WORDS: u8 = 4;
    /// [`TIME_WORDS`](super::TIME_WORDS)
    pub(crate) const TIME_WORDS: u8 = 8;
}

/// Measure words after a figure, kept as written in lower case.
///
/// Words for lengths of time are in [`TIME_WORDS`]; both read as
/// [`Unit::Measure`](crate::Unit::Measure).
pub(crate) static MEASURES: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("km", ()),
        ("kms", ()),
        ("kilometre", ()),
        ("kilometres", ()),
        ("kilometer", ()),
        ("kilometers", ()),
        ("square kilometres", ()),
        ("square kilometers", ()),
        ("square km", ()),
        ("sq km", ()),
        ("km2", ()),
        ("square miles", ()),
        ("square metres", ()),
        ("square meters", ()),
        ("sq ft", ()),
        ("square feet", ()),
        ("cubic metres", ()),
        ("cubic meters", ()),
        ("bcm", ()),
        ("mile", ()),
        ("miles", ()),
        ("metre", ()),
        ("metres", ()),
        ("meter", ()),
        ("meters", ()),
        ("m", ()),
        ("cm", ()),
        ("mm", ()),
        ("feet", ()),
        ("ft", ()),
        ("foot", ()),
        ("inch", ()),
        ("inches", ()),
        ("yards", ()),
        ("kg", ()),
        ("kgs", ()),
        ("kilogram", ()),
        ("kilograms", ()),
        ("kilos", ()),
        ("grams", ()),
        ("lb", ()),
        ("lbs", ()),
        ("tonne", ()),
        ("tonnes", ()),
        ("ton", ()),
        ("tons", ()),
        ("mt", ()),
        ("litre", ()),
        ("litres", ()),
        ("liter", ()),
        ("liters", ()),
        ("gallons", ()),
        ("barrels", ()),
        ("bpd", ()),
        ("hectare", ()),
        ("hectares", ()),
        ("ha", ()),
        ("acre", ()),
        ("acres", ()),
        ("degrees", ()),
        ("degree", ()),
        ("c", ()),
        ("mph", ()),
        ("kph", ()),
        ("knots", ()),
        ("percentage points", ()),
        ("percentage point", ()),
        ("basis points", ()),
        ("bps", ()),
        ("points", ()),
        ("point", ()),
        ("pts", ()),
        ("megawatts", ()),
        ("mw", ()),
        ("gw", ()),
        ("gigawatts", ()),
        ("kwh", ()),
        ("mwh", ()),
        ("twh", ()),
        ("calories", ()),
        ("kcal", ()),
        ("fold", ()),
        ("times", ()),
    ];
    Lexicon::new(ROWS)
});

/// Words for lengths of time: "two days", "27-month-old", "for 10 years".
pub(crate) static TIME_WORDS: LazyLock<Lexicon<()>> = LazyLock::new(|| {
    static ROWS: &[(&str, ())] = &[
        ("second", ()),
        ("seconds", ()),
        ("minute", ()),
        ("minutes", ()),
        ("hour", ()),
        ("hours", ()),
        ("day", ()),
        ("days", ()),
        ("night", ()),
        ("nights", ()),
        ("week", ()),
        ("weeks", ()),
        ("month", ()),
        ("months", ()),
        ("year", ()),
        ("years", ()),
        ("decade", ()),
        ("decades", ()),
        ("century", ()),
        ("centuries", ()),
        ("yrs", ()),
        ("hrs", ()),
        ("mins", ()),
    ];
    Lexicon::new(ROWS)
});

/// True when `word` (a unit name, possibly "year-old") states a length of
/// time or an age.
pub(crate) fn is_time_word(word: &str) -> bool {
    let head = word.split('-').next().unwrap_or(word);
    TIME_WORDS.get(head).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_first_words_hold_every_first_word() {
        for w in ["percent", "per", "square", "km", "euros", "days", "Sq"] {
            assert!(UNIT_FIRST_WORDS.get(w).is_some(), "{w}");
        }
        for w in ["troops", "kilometres-long", "people", "of", ""] {
            assert!(UNIT_FIRST_WORDS.get(w).is_none(), "{w}");
        }
        assert_eq!(UNIT_FIRST_WORDS.get("percent"), Some(unit_tables::PERCENT));
        assert_eq!(UNIT_FIRST_WORDS.get("Days"), Some(unit_tables::TIME_WORDS));
        for (table, bit) in [
            (MEASURES.phrases(), unit_tables::MEASURES),
            (PERCENT.phrases(), unit_tables::PERCENT),
            (CURRENCY_WORDS.phrases(), unit_tables::CURRENCY_WORDS),
            (TIME_WORDS.phrases(), unit_tables::TIME_WORDS),
        ] {
            for p in table {
                let first = p.split(' ').next().unwrap_or(p);
                let bits = UNIT_FIRST_WORDS.get(first).unwrap_or(0);
                assert_ne!(bits & bit, 0, "{p}");
            }
        }
    }

    #[test]
    fn currency_symbol_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("$5", Some("USD")),
            ("US$5", Some("USD")),
            ("HK$ 40", Some("HKD")),
            ("€3bn", Some("EUR")),
            ("£", Some("GBP")),
            ("₴200", Some("UAH")),
        ];
        for &(i, code) in cases {
            assert_eq!(currency_symbol(i).map(|(_, c)| c), code, "{i:?}");
        }
    }

    #[test]
    fn not_currency_symbol() {
        for i in ["USD 5", "5$", "US 5", "é", "—", ""] {
            assert_eq!(currency_symbol(i), None, "{i:?}");
        }
    }

    #[test]
    fn every_symbol_shows_in_its_first_three_bytes() {
        for (symbol, _) in CURRENCY_SYMBOLS {
            let head = &symbol.as_bytes()[..symbol.len().min(3)];
            assert!(head.iter().any(|&b| b == b'$' || !b.is_ascii()), "{symbol}");
        }
    }
}
