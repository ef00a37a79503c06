//! Words that bound a figure: before it ("at least"), after it ("or
//! more"), and verbs that bound it from outside ("topped").

use super::Lexicon;
use crate::vocabulary::Qualifier;
use std::sync::LazyLock;

/// Phrases standing before a figure.
pub(crate) static PREFIX: LazyLock<Lexicon<Qualifier>> = LazyLock::new(|| {
    use Qualifier::*;
    static ROWS: &[(&str, Qualifier)] = &[
        // about
        ("about", About),
        ("around", About),
        ("round about", About),
        ("approximately", About),
        ("approx", About),
        ("roughly", About),
        ("some", About),
        ("an estimated", About),
        ("estimated", About),
        ("an approximate", About),
        ("circa", About),
        ("closer to", About),
        ("in the region of", About),
        ("on the order of", About),
        ("of the order of", About),
        ("more or less", About),
        ("somewhere around", About),
        // at least
        ("at least", AtLeast),
        ("a minimum of", AtLeast),
        ("no fewer than", AtLeast),
        ("no less than", AtLeast),
        ("not less than", AtLeast),
        ("not fewer than", AtLeast),
        ("as few as", AtLeast),
        ("at the very least", AtLeast),
        ("at minimum", AtLeast),
        ("at a minimum", AtLeast),
        // more than
        ("more than", MoreThan),
        ("over", MoreThan),
        ("well over", MoreThan),
        ("just over", MoreThan),
        ("slightly more than", MoreThan),
        ("a little over", MoreThan),
        ("a little more than", MoreThan),
        ("a bit over", MoreThan),
        ("a bit more than", MoreThan),
        ("just more than", MoreThan),
        ("well above", MoreThan),
        ("above", MoreThan),
        ("upwards of", MoreThan),
        ("upward of", MoreThan),
        ("in excess of", MoreThan),
        ("greater than", MoreThan),
        ("north of", MoreThan),
        ("exceeding", MoreThan),
        ("just above", MoreThan),
        ("well in excess of", MoreThan),
        ("far more than", MoreThan),
        ("many more than", MoreThan),
        ("much more than", MoreThan),
        // at most
        ("up to", AtMost),
        ("no more than", AtMost),
        ("not more than", AtMost),
        ("as many as", AtMost),
        ("as much as", AtMost),
        ("as high as", AtMost),
        ("at most", AtMost),
        ("a maximum of", AtMost),
        ("at the most", AtMost),
        // less than
        ("fewer than", LessThan),
        ("less than", LessThan),
        ("under", LessThan),
        ("below", LessThan),
        ("well under", LessThan),
        ("well below", LessThan),
        ("far fewer than", LessThan),
        // almost
        ("nearly", Almost),
        ("almost", Almost),
        ("just under", Almost),
        ("just below", Almost),
        ("a little under", Almost),
        ("a bit under", Almost),
        ("close to", Almost),
        ("just shy of", Almost),
        ("shy of", Almost),
        ("nigh on", Almost),
        ("not quite", Almost),
        ("just short of", Almost),
        ("very nearly", Almost),
    ];
    Lexicon::new(ROWS)
});

/// Abbreviations for "about" written with a full stop before digits:
/// "approx. 300", "c. 1,200", "est. 40".
pub(crate) const ABBREVIATED_ABOUT: &[&str] = &["approx.", "c.", "ca.", "est."];

/// Phrases after a figure: "100 or so", "300 or more".
pub(crate) static POSTFIX: LazyLock<Lexicon<Qualifier>> = LazyLock::new(|| {
    use Qualifier::*;
    static ROWS: &[(&str, Qualifier)] = &[
        ("or so", About),
        ("odd", About),
        ("or more", AtLeast),
        ("or fewer", AtMost),
        ("or less", AtMost),
        ("plus", MoreThan),
    ];
    Lexicon::new(ROWS)
});

/// Verbs that bound the figure after them ("the toll has topped 45,000",
/// "could exceed 500"): the figure is `more_than`, its text the number alone.
pub(crate) static BOUNDING_VERBS: LazyLock<Lexicon<Qualifier>> = LazyLock::new(|| {
    use Qualifier::*;
    static ROWS: &[(&str, Qualifier)] = &[
        ("topped", MoreThan),
        ("tops", MoreThan),
        ("top", MoreThan),
        ("topping", MoreThan),
        ("exceeded", MoreThan),
        ("exceeds", MoreThan),
        ("exceed", MoreThan),
        ("surpassed", MoreThan),
        ("surpasses", MoreThan),
        ("surpass", MoreThan),
        ("surpassing", MoreThan),
        ("passed", MoreThan),
        ("crossed", MoreThan),
        ("approached", Almost),
        ("approaching", Almost),
        ("approaches", Almost),
        ("neared", Almost),
        ("nearing", Almost),
    ];
    Lexicon::new(ROWS)
});
