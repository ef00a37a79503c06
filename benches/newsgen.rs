//! A deterministic generator of news-like English text, for benchmarks.
//!
//! The text is composed from templates and word lists written for this
//! file: wire-copy style sentences about conflicts, humanitarian updates,
//! markets and sport, with figures in many forms ("at least 55,000",
//! "1.2 million", "$800 million", "one-fifth", "between 50 and 60",
//! "forty-two"), things that look like figures but are not (dates, years,
//! clock times, model names like "F-16"), and many plain sentences with no
//! figure at all. Sentences are grouped into paragraphs separated by blank
//! lines; some stories open with a dateline such as "KYIV (AP) — ".
//!
//! No external RNG: a xorshift64* generator seeded through splitmix64, so
//! the same `(bytes, seed)` always gives the same text.
//!
//! Used two ways:
//! - as a module of the `throughput` bench (`#[path = "newsgen.rs"] mod newsgen;`);
//! - as an example program: `cargo run --release --example newsgen -- 100 > news.txt`
//!   writes about 100 MB (first argument, in MB, default 10; optional
//!   second argument: the seed);
//! - `cargo run --release --example newsgen -- --corpus DIR 100` writes a
//!   corpus folder of about 100 MB instead: `DIR/docs.jsonl` and one
//!   report of 2–14 KB per file in `DIR/docs/`.

use std::fmt::Write as _;

/// Text of about `bytes` bytes (it stops at the first sentence end at or
/// past `bytes`, so it may run over by one sentence), always valid UTF-8,
/// ending with a newline. The same arguments always give the same text.
pub fn generate(bytes: usize, seed: u64) -> String {
    let mut out = String::with_capacity(bytes + 512);
    let mut gen = NewsGen::new(seed);
    while out.len() < bytes {
        gen.story(&mut out, bytes);
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Writes `generate(MB * 1_000_000, seed)` to standard output, where MB is
/// the first argument (default 10) and seed the second (default 42).
#[allow(dead_code)]
fn main() {
    use std::io::Write;
    let mut args = std::env::args().skip(1).peekable();
    let corpus = if args.peek().map(String::as_str) == Some("--corpus") {
        args.next();
        args.next()
    } else {
        None
    };
    let mb: f64 = match args.next() {
        Some(a) => a.parse().unwrap_or_else(|_| {
            eprintln!("newsgen: size in MB expected, got {a:?}");
            std::process::exit(2)
        }),
        None => 10.0,
    };
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(42);
    if let Some(dir) = corpus {
        if let Err(e) = write_corpus(
            std::path::Path::new(&dir),
            (mb * 1_000_000.0) as usize,
            seed,
        ) {
            eprintln!("newsgen: {dir}: {e}");
            std::process::exit(1);
        }
        return;
    }
    let text = generate((mb * 1_000_000.0) as usize, seed);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 20, stdout.lock());
    let result = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    if let Err(e) = result {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("newsgen: {e}");
            std::process::exit(1);
        }
    }
}

/// Writes a corpus folder of about `bytes` bytes of reports under `dir`.
#[allow(dead_code)]
fn write_corpus(dir: &std::path::Path, bytes: usize, seed: u64) -> std::io::Result<()> {
    use std::io::Write;
    std::fs::create_dir_all(dir.join("docs"))?;
    let mut index = std::io::BufWriter::new(std::fs::File::create(dir.join("docs.jsonl"))?);
    let mut rng = Rng::new(seed);
    let (mut written, mut n) = (0, 0u64);
    while written < bytes {
        let size = 2_000 + (rng.next() % 12_000) as usize;
        let text = generate(size, seed.wrapping_add(n));
        let id = format!("gen-{n:07}");
        std::fs::write(dir.join("docs").join(format!("{id}.txt")), &text)?;
        let day = 1 + n % 28;
        writeln!(
            index,
            r#"{{"id": "{id}", "url": null, "outlet": "newsgen", "title": null, "published": "2025-02-{day:02}"}}"#
        )?;
        written += text.len();
        n += 1;
    }
    index.flush()
}

/// xorshift64* seeded through splitmix64.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        Rng(if z == 0 { 0x2545_F491_4F6C_DD1D } else { z })
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: u64) -> u64 {
        ((self.next() >> 32) * n) >> 32
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len() as u64) as usize]
    }
}

// ---------------------------------------------------------------------------
// Word lists.

const PLACES: &[&str] = &[
    "Kyiv",
    "Kharkiv",
    "Odesa",
    "Zaporizhzhia",
    "Kherson",
    "Dnipro",
    "Gaza City",
    "Khan Younis",
    "Rafah",
    "the West Bank",
    "Khartoum",
    "El Fasher",
    "Darfur",
    "Goma",
    "North Kivu",
    "Mogadishu",
    "Port-au-Prince",
    "Sanaa",
    "Hodeida",
    "Aleppo",
    "Idlib",
    "Tigray",
    "the Sahel",
    "Bamako",
    "Niamey",
    "Kabul",
    "Yangon",
    "Rakhine state",
    "the Donetsk region",
    "the border area",
    "southern Lebanon",
    "Beirut",
    "Tripoli",
    "Côte d’Ivoire",
    "the eastern provinces",
    "the capital",
    "the port city",
];

const DATELINES: &[&str] = &[
    "KYIV",
    "KHARKIV",
    "JERUSALEM",
    "BEIRUT",
    "CAIRO",
    "NAIROBI",
    "GOMA",
    "KINSHASA",
    "MOGADISHU",
    "ADDIS ABABA",
    "GENEVA",
    "UNITED NATIONS",
    "WASHINGTON",
    "LONDON",
    "BRUSSELS",
    "ISTANBUL",
    "DUBAI",
    "NEW DELHI",
    "BANGKOK",
    "JOHANNESBURG",
    "PARIS",
    "BERLIN",
    "TOKYO",
    "NEW YORK",
    "SÃO PAULO",
    "PORT-AU-PRINCE",
];

const AGENCIES: &[&str] = &["AP", "Reuters", "AFP"];

const SOURCES: &[&str] = &[
    "the United Nations",
    "the U.N. refugee agency",
    "the World Health Organization",
    "the International Committee of the Red Cross",
    "the health ministry",
    "local officials",
    "the military",
    "the regional governor",
    "aid groups",
    "the World Food Programme",
    "UNICEF",
    "a monitoring group",
    "the interior ministry",
    "police",
    "hospital officials",
    "the civil defense agency",
    "emergency services",
    "the prime minister’s office",
    "the country’s central bank",
    "the statistics office",
];

const SPEAKERS: &[&str] = &[
    "A spokesperson for the ministry",
    "The regional governor",
    "A senior U.N. official",
    "The foreign minister",
    "A military spokesman",
    "The aid agency’s country director",
    "A local doctor",
    "The mayor",
    "An army officer who spoke on condition of anonymity",
    "A diplomat familiar with the talks",
    "The president",
    "The coach",
    "A company spokeswoman",
    "An analyst at a Geneva-based think tank",
    "A resident who gave only her first name",
];

const PEOPLE: &[&str] = &[
    "people",
    "civilians",
    "soldiers",
    "children",
    "women and children",
    "refugees",
    "displaced people",
    "fighters",
    "patients",
    "families",
    "households",
    "prisoners",
    "migrants",
    "aid workers",
    "journalists",
    "residents",
    "troops",
    "police officers",
];

const THINGS: &[&str] = &[
    "homes",
    "buildings",
    "schools",
    "hospitals",
    "drones",
    "missiles",
    "shells",
    "trucks of aid",
    "tonnes of food",
    "doses of vaccine",
    "tents",
    "bridges",
    "power stations",
    "villages",
    "rounds of ammunition",
    "hectares of farmland",
];

const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTHS_AP: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.", "Jan", "Feb", "Aug", "Sep", "Oct", "Nov", "Dec",
];

const MODELS: &[&str] = &[
    "F-16",
    "F-35",
    "S-300",
    "S-400",
    "T-72",
    "T-90",
    "Su-25",
    "MiG-29",
    "Shahed-136",
    "Bayraktar TB2",
    "HIMARS",
    "Patriot",
    "M1 Abrams",
    "Leopard 2",
    "Storm Shadow",
    "ATACMS",
    "Iskander-M",
    "Kh-101",
    "Mi-8",
    "Boeing 737",
    "Airbus A320",
    "C-130",
    "AK-47",
    "M23",
    "G7",
    "G20",
    "5G",
    "COVID-19",
    "H5N1",
];

const COMPANIES: &[&str] = &[
    "the carmaker",
    "the chipmaker",
    "the airline",
    "the oil major",
    "the mining group",
    "the retailer",
    "the shipping company",
    "the lender",
    "the defense contractor",
    "the state-owned utility",
    "the telecoms operator",
    "the insurer",
];

const INDEXES: &[&str] = &[
    "the S&P 500",
    "the Dow Jones Industrial Average",
    "the Nasdaq Composite",
    "the FTSE 100",
    "Germany’s DAX",
    "Japan’s Nikkei 225",
    "the Stoxx 600",
    "Hong Kong’s Hang Seng",
    "the benchmark index",
];

const COMMODITIES: &[&str] = &[
    "Brent crude",
    "U.S. crude",
    "gold",
    "wheat futures",
    "copper",
    "natural gas",
    "the dollar",
    "the euro",
    "the yen",
    "Bitcoin",
];

const TEAMS: &[&str] = &[
    "Arsenal",
    "Real Madrid",
    "the Lakers",
    "the Yankees",
    "Bayern Munich",
    "Al Ahly",
    "the All Blacks",
    "Paris Saint-Germain",
    "the Chiefs",
    "Boca Juniors",
    "Inter Milan",
    "the home side",
    "the visitors",
    "the defending champions",
];

const PLAYERS: &[&str] = &[
    "the striker",
    "the veteran midfielder",
    "the goalkeeper",
    "the rookie guard",
    "the captain",
    "the 19-year-old winger",
    "the left-hander",
    "the substitute",
];

const VERBS_SAID: &[&str] = &[
    "said",
    "told reporters",
    "said in a statement",
    "told The Associated Press",
    "wrote on social media",
    "said at a news conference",
    "said late",
    "said early",
];

const NUMBER_WORDS: &[&str] = &[
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
    "fifteen",
    "twenty",
    "thirty",
    "forty-two",
    "fifty",
    "sixty-five",
    "ninety-nine",
    "a hundred",
    "three hundred",
    "two thousand",
    "twenty-one",
    "eighty",
    "a dozen",
    "two dozen",
];

const VAGUE: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "tens of thousands",
    "hundreds of thousands",
    "scores",
    "several thousand",
    "several hundred",
    "a handful",
    "nearly two dozen",
    "millions",
    "a few dozen",
    "some two dozen",
];

const QUALIFIERS: &[&str] = &[
    "at least",
    "more than",
    "nearly",
    "about",
    "around",
    "some",
    "up to",
    "almost",
    "roughly",
    "over",
    "fewer than",
    "an estimated",
    "approximately",
    "close to",
    "as many as",
    "just under",
    "well over",
];

const POSTFIXES: &[&str] = &[" or so", " or more", "-plus", " or fewer"];

const FRACTIONS: &[&str] = &[
    "one-fifth",
    "a third",
    "two-thirds",
    "half",
    "three-quarters",
    "a quarter",
    "one in five",
    "one-tenth",
    "nearly half",
    "about a third",
];

const SCALES: &[&str] = &["million", "billion", "thousand", "trillion"];

const CURRENCIES: &[&str] = &["$", "$", "$", "€", "£", "US$"];

const CURRENCY_WORDS: &[&str] = &["euros", "dollars", "pounds", "yen", "rupees", "shillings"];

const UNITS: &[&str] = &[
    "kilometers",
    "miles",
    "meters",
    "tons",
    "liters",
    "square kilometers",
    "barrels a day",
    "megawatts",
    "hours",
    "days",
    "weeks",
    "months",
    "kilograms",
    "km",
];

// ---------------------------------------------------------------------------
// Templates. A `{name}` slot is filled by `NewsGen::slot`; everything else
// is copied as is.

/// Conflict and security sentences with figures.
const CONFLICT: &[&str] = &[
    "{SOURCE_UC} said {COUNT} {PEOPLE} had been killed in {PLACE} since {DATE}.",
    "The death toll from the strike on {PLACE} rose to {COUNT}, {SOURCE} said.",
    "Russia launched {COUNT} drones and {NUMWORD} missiles overnight, the air force said, adding that air defenses shot down {COUNT} of them.",
    "{SPEAKER} said {VAGUE} {PEOPLE} were still missing under the rubble.",
    "The army said it had received {NUMWORD} {MODEL} jets and {COUNT} armored vehicles this year.",
    "Fighting has displaced {BIG} {PEOPLE} since the war began in {YEAR}, according to {SOURCE}.",
    "The shelling began at about {TIME} and lasted for {DURATION}, residents said.",
    "At least {SMALL} {PEOPLE} were wounded when a {MODEL} missile hit an apartment block in {PLACE} on {DAY}.",
    "{SOURCE_UC} put the number of dead at {RANGE}, while {SOURCE} gave a higher figure.",
    "The ceasefire, agreed on {DATE}, has largely held, though {SOURCE} recorded {COUNT} violations in its first week.",
    "Troops advanced {SMALL} kilometers ({SMALL} miles) toward {PLACE}, the ministry said.",
    "Officials said {COUNT} prisoners were exchanged on {DAY}, the {ORDINAL} swap since {MONTH}.",
    "A {AGE}-year-old man and his {AGE}-year-old daughter were among the dead, a relative said.",
    "{SPEAKER} {SAID} that {FRAC} of the city’s {THINGS} had been damaged or destroyed.",
    "The U.S. has pledged {MONEY} in military aid, including {MODEL} launchers and {COUNT} rounds of artillery.",
    "{SOURCE_UC} said the toll has topped {COUNT}, {FRAC} of them {PEOPLE}.",
    "The convoy of {SMALL} trucks crossed at {TIME} on {DATE}, the first since {YEAR}.",
    "In {YEAR}, the group controlled {PCT} of the territory; today it holds {FRAC}.",
    "The blast could be heard {SMALL} km away, witnesses said.",
    "Since {DATE}, {COUNT} {THINGS} have been destroyed in {PLACE} alone.",
];

/// Humanitarian updates with figures.
const HUMANITARIAN: &[&str] = &[
    "{SOURCE_UC} said {BIG} {PEOPLE} face acute hunger, {PCT} more than a year earlier.",
    "The appeal for {YEAR} seeks {MONEY} but is only {PCT} funded, {SOURCE} said.",
    "Some {COUNT} {PEOPLE} are sheltering in {SMALL} schools across {PLACE}.",
    "A cholera outbreak has sickened {COUNT} {PEOPLE} and killed {SMALL}, {SOURCE} reported on {DAY}.",
    "{SPEAKER} said {FRAC} of children under five in {PLACE} were malnourished.",
    "The agency delivered {COUNT} {THINGS} in {MONTH}, up from {COUNT} the month before.",
    "About {PCT} of health facilities in {PLACE} are not functioning, according to {SOURCE}.",
    "Donors pledged {MONEY} at a conference in Geneva on {DATE}.",
    "The camp, built for {COUNT} people, now holds {BIG}, {SOURCE} said.",
    "Between {SMALL} and {SMALL} {PEOPLE} cross the border every day, {SPEAKER_LC} said.",
    "{SOURCE_UC} estimates that {BIG} {PEOPLE} have fled to neighboring countries.",
    "Water supplies have fallen to {SMALL} liters per person per day, well below the emergency minimum.",
    "The program will cost {MONEY} over {SMALL} years and reach {BIG} {PEOPLE}.",
];

/// Markets and economy sentences with figures.
const MARKETS: &[&str] = &[
    "{INDEX} fell {DECIMAL}% to {PRICE} by {TIME}, its lowest close since {MONTH}.",
    "{COMMODITY} rose {DECIMAL} percent to {CURRENCY}{DECIMAL} a barrel.",
    "{COMPANY_UC} reported quarterly revenue of {MONEY}, up {PCT} from a year earlier.",
    "Inflation slowed to {DECIMAL}% in {MONTH}, the statistics office said, from {DECIMAL}% in {MONTH}.",
    "The central bank raised its key rate by {SMALL} basis points to {DECIMAL} percent.",
    "{COMPANY_UC} said it would cut {COUNT} jobs, or about {PCT} of its workforce, by {YEAR}.",
    "The deal values {COMPANY} at {MONEY}, including debt.",
    "Shares of {COMPANY} jumped as much as {PCT} in early trading on {DAY}.",
    "The government expects the economy to grow {DECIMAL}% this year and {DECIMAL}% in {YEAR}.",
    "Exports fell {PCT} in the first quarter to {MONEY}, customs data showed.",
    "The bond sale drew bids worth {MONEY}, nearly {SMALL} times the amount on offer.",
    "Unemployment stood at {DECIMAL} percent in {MONTH}, with {BIG} people out of work.",
    "{COMPANY_UC} will invest {MONEY} in a plant producing {COUNT} {MODEL} units a year.",
    "The currency has lost {FRAC} of its value against the dollar since {YEAR}.",
    "Output reached {COUNT} {UNIT} in {MONTH}, the highest since {YEAR}.",
];

/// Sport sentences with figures.
const SPORT: &[&str] = &[
    "{TEAM_UC} beat {TEAM} {SCORE} on {DAY} in front of {COUNT} fans.",
    "{PLAYER_UC} scored {NUMWORD} goals in {SMALL} games this season.",
    "The {AGE}-year-old signed a {SMALL}-year contract worth {MONEY}.",
    "{TEAM_UC} have won {NUMWORD} of their last {NUMWORD} matches and sit {SMALL} points clear at the top.",
    "The match kicked off at {TIME} after a {SMALL}-minute delay for rain.",
    "{PLAYER_UC} ran the {SMALL} meters in {DECIMAL} seconds, a personal best.",
    "The stadium, which seats {COUNT}, was sold out for the {YEAR} final.",
    "It was the club’s first title since {YEAR} and its {ORDINAL} overall.",
    "{TEAM_UC} led {SCORE} at halftime before {PLAYER} added a late goal.",
    "Ticket prices rose {PCT} for the {YEAR}-{YY} season.",
];

/// Sentences with no figures at all.
const PLAIN: &[&str] = &[
    "The talks are expected to resume next week.",
    "{SPEAKER} {SAID} the situation remained extremely difficult.",
    "There was no immediate comment from the other side.",
    "The claims could not be independently verified.",
    "Residents described hearing a series of loud explosions before dawn.",
    "{SOURCE_UC} did not respond to a request for comment.",
    "The government has denied targeting civilians.",
    "Aid groups have repeatedly warned that the crisis is getting worse.",
    "Diplomats said a deal was close but that several issues remained unresolved.",
    "“We have nothing left,” said a woman who fled with her children.",
    "The move drew sharp criticism from opposition lawmakers.",
    "Analysts said the decision was likely to weigh on investor sentiment.",
    "Markets in Asia were mixed in thin trading.",
    "The coach said his players had shown great character.",
    "It was not clear who was behind the attack.",
    "{SPEAKER} {SAID} the country would not give up any of its territory.",
    "The hospital is running on generators and is short of fuel, doctors said.",
    "Schools in the area have been closed since the fighting began.",
    "Officials urged people to stay indoors and away from windows.",
    "The ministry said the strikes had hit military targets.",
    "Investors are waiting for the central bank’s next decision.",
    "The fans stayed long after the final whistle.",
    "The bridge was the last remaining route into the city.",
    "Power was restored to most neighborhoods by the evening.",
    "The incident is under investigation, police said.",
    "Both sides accused each other of breaking the truce.",
    "Rescue workers searched through the night for survivors.",
    "The company said it was reviewing its operations in {PLACE}.",
    "Farmers said they had been unable to plant their crops.",
    "The streets of {PLACE} were largely empty on {DAY}.",
    "The report was based on interviews with survivors and satellite imagery.",
    "Negotiators met behind closed doors in {PLACE}.",
    "The league said it would review the incident.",
    "Human rights groups called for an independent inquiry.",
    "Many families have been displaced several times.",
    "The price of bread has more than doubled in some markets, traders said.",
    "Analysts said the offensive had stalled in recent weeks.",
    "The statement gave no further details.",
    "{SPEAKER} {SAID} the agency was doing everything it could.",
    "The measures will take effect immediately.",
];

/// Headlines, written on a line of their own before some stories.
const HEADLINES: &[&str] = &[
    "Strikes hit {PLACE} as talks stall",
    "Aid agencies warn of famine in {PLACE}",
    "Stocks slide as investors weigh rate outlook",
    "{TEAM_UC} clinch title with late winner",
    "Toll rises to {COUNT} after attack in {PLACE}",
    "Ceasefire holds for a {ORDINAL} day",
    "UN seeks {MONEY} for {PLACE} appeal",
    "Oil prices jump on supply fears",
];

// ---------------------------------------------------------------------------
// The generator.

struct NewsGen {
    rng: Rng,
}

impl NewsGen {
    fn new(seed: u64) -> NewsGen {
        NewsGen {
            rng: Rng::new(seed),
        }
    }

    /// One story: maybe a headline, maybe a dateline, 3 to 10 paragraphs.
    /// Stops at the end of a sentence once `out` holds `limit` bytes.
    fn story(&mut self, out: &mut String, limit: usize) {
        let topic = self.rng.below(4) as usize;
        if self.rng.chance(30) {
            let headline = self.rng.pick(HEADLINES);
            self.expand(out, headline);
            out.push_str("\n\n");
        }
        let paragraphs = self.rng.range(3, 10);
        for p in 0..paragraphs {
            if p == 0 && self.rng.chance(40) {
                let city = self.rng.pick(DATELINES);
                let agency = self.rng.pick(AGENCIES);
                let _ = write!(out, "{city} ({agency}) — ");
            }
            let sentences = self.rng.range(1, 4);
            for s in 0..sentences {
                if s > 0 {
                    out.push(' ');
                }
                self.sentence(out, topic);
                if out.len() >= limit {
                    out.push('\n');
                    return;
                }
            }
            out.push_str("\n\n");
        }
    }

    /// One sentence: about 45% carry a figure from the story's topic (or,
    /// now and then, another topic), the rest are plain.
    fn sentence(&mut self, out: &mut String, topic: usize) {
        let roll = self.rng.below(100);
        let template = if roll < 55 {
            self.rng.pick(PLAIN)
        } else {
            let topic = if roll < 92 {
                topic
            } else {
                self.rng.below(4) as usize
            };
            let list = match topic {
                0 => CONFLICT,
                1 => HUMANITARIAN,
                2 => MARKETS,
                _ => SPORT,
            };
            self.rng.pick(list)
        };
        self.expand(out, template);
    }

    fn expand(&mut self, out: &mut String, template: &str) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find('}').expect("unclosed slot in template");
            self.slot(out, &after[..close]);
            rest = &after[close + 1..];
        }
        out.push_str(rest);
    }

    fn slot(&mut self, out: &mut String, name: &str) {
        match name {
            "PLACE" => out.push_str(self.rng.pick(PLACES)),
            "SOURCE" => out.push_str(self.rng.pick(SOURCES)),
            "SOURCE_UC" => capitalized(out, self.rng.pick(SOURCES)),
            "SPEAKER" => out.push_str(self.rng.pick(SPEAKERS)),
            "SPEAKER_LC" => lowercased_first(out, self.rng.pick(SPEAKERS)),
            "SAID" => out.push_str(self.rng.pick(VERBS_SAID)),
            "PEOPLE" => out.push_str(self.rng.pick(PEOPLE)),
            "THINGS" => out.push_str(self.rng.pick(THINGS)),
            "DAY" => out.push_str(self.rng.pick(DAYS)),
            "MONTH" => out.push_str(self.rng.pick(MONTHS)),
            "MODEL" => out.push_str(self.rng.pick(MODELS)),
            "COMPANY" => out.push_str(self.rng.pick(COMPANIES)),
            "COMPANY_UC" => capitalized(out, self.rng.pick(COMPANIES)),
            "INDEX" => capitalized(out, self.rng.pick(INDEXES)),
            "COMMODITY" => capitalized(out, self.rng.pick(COMMODITIES)),
            "TEAM" => out.push_str(self.rng.pick(TEAMS)),
            "TEAM_UC" => capitalized(out, self.rng.pick(TEAMS)),
            "PLAYER" => out.push_str(self.rng.pick(PLAYERS)),
            "PLAYER_UC" => capitalized(out, self.rng.pick(PLAYERS)),
            "NUMWORD" => out.push_str(self.rng.pick(NUMBER_WORDS)),
            "VAGUE" => out.push_str(self.rng.pick(VAGUE)),
            "FRAC" => out.push_str(self.rng.pick(FRACTIONS)),
            "UNIT" => out.push_str(self.rng.pick(UNITS)),
            "CURRENCY" => out.push_str(self.rng.pick(CURRENCIES)),
            "COUNT" => self.count(out),
            "BIG" => self.big(out),
            "SMALL" => {
                let n = self.rng.range(2, 60);
                let _ = write!(out, "{n}");
            }
            "AGE" => {
                let n = self.rng.range(4, 88);
                let _ = write!(out, "{n}");
            }
            "DECIMAL" => {
                let whole = self.rng.below(12);
                let tenth = self.rng.below(10);
                let _ = write!(out, "{whole}.{tenth}");
            }
            "PRICE" => {
                commas(out, self.rng.range(1_000, 45_000));
                let _ = write!(out, ".{:02}", self.rng.below(100));
            }
            "PCT" => self.percent(out),
            "MONEY" => self.money(out),
            "RANGE" => self.range(out),
            "DATE" => self.date(out),
            "YEAR" => {
                let y = self.rng.range(1991, 2026);
                let _ = write!(out, "{y}");
            }
            "YY" => {
                let y = self.rng.range(10, 30);
                let _ = write!(out, "{y}");
            }
            "TIME" => self.time(out),
            "DURATION" => self.duration(out),
            "ORDINAL" => self.ordinal(out),
            "SCORE" => {
                let a = self.rng.range(1, 5);
                let b = self.rng.below(a);
                let _ = write!(out, "{a}-{b}");
            }
            other => panic!("unknown slot {other:?}"),
        }
    }

    /// A count of people or things, in one of many forms.
    fn count(&mut self, out: &mut String) {
        let qualified = self.rng.chance(45);
        if qualified {
            out.push_str(self.rng.pick(QUALIFIERS));
            out.push(' ');
        }
        match self.rng.below(10) {
            0..=3 => {
                let digits = self.rng.range(1, 6) as u32;
                let n = self.rng.range(1, 10u64.pow(digits));
                commas(out, n);
            }
            4 => {
                let n = self.rng.range(1, 999);
                let _ = write!(out, "{n}");
            }
            5 => self.scaled(out),
            6 => out.push_str(self.rng.pick(NUMBER_WORDS)),
            7 if !qualified => out.push_str(self.rng.pick(VAGUE)),
            7 => {
                let n = self.rng.range(2, 99) * 100;
                commas(out, n);
            }
            8 => {
                let n = self.rng.range(1, 500) * 10;
                commas(out, n);
                out.push_str(self.rng.pick(POSTFIXES));
            }
            _ => {
                let n = self.rng.range(10, 99_999);
                commas(out, n);
            }
        }
    }

    /// A large count: "1.2 million", "350,000", "tens of thousands".
    fn big(&mut self, out: &mut String) {
        if self.rng.chance(40) {
            out.push_str(self.rng.pick(QUALIFIERS));
            out.push(' ');
        }
        match self.rng.below(4) {
            0 | 1 => self.scaled(out),
            2 => commas(out, self.rng.range(20, 990) * 1_000),
            _ => out.push_str(self.rng.pick(&[
                "tens of thousands",
                "hundreds of thousands",
                "millions",
            ])),
        }
    }

    /// "1.2 million", "3 billion", "450 thousand".
    fn scaled(&mut self, out: &mut String) {
        let whole = self.rng.range(1, 20);
        if self.rng.chance(50) {
            let tenth = self.rng.range(1, 9);
            let _ = write!(out, "{whole}.{tenth}");
        } else {
            let _ = write!(out, "{whole}");
        }
        out.push(' ');
        let scale = if self.rng.chance(70) {
            "million"
        } else {
            self.rng.pick(SCALES)
        };
        out.push_str(scale);
    }

    /// "$800 million", "€1.2 billion", "$350,000", "5 billion euros", "$12bn".
    fn money(&mut self, out: &mut String) {
        if self.rng.chance(25) {
            out.push_str(self.rng.pick(QUALIFIERS));
            out.push(' ');
        }
        match self.rng.below(6) {
            0..=2 => {
                out.push_str(self.rng.pick(CURRENCIES));
                self.scaled(out);
            }
            3 => {
                out.push_str(self.rng.pick(CURRENCIES));
                commas(out, self.rng.range(10, 999) * 1_000);
            }
            4 => {
                self.scaled(out);
                out.push(' ');
                out.push_str(self.rng.pick(CURRENCY_WORDS));
            }
            _ => {
                out.push_str(self.rng.pick(CURRENCIES));
                let n = self.rng.range(1, 90);
                let _ = write!(out, "{n}");
                out.push_str(self.rng.pick(&["bn", "m", "-bn", " bln", " mln"]));
            }
        }
    }

    /// "20 percent", "3.5%", "about 12 per cent", "one-fifth".
    fn percent(&mut self, out: &mut String) {
        if self.rng.chance(30) {
            out.push_str(self.rng.pick(QUALIFIERS));
            out.push(' ');
        }
        let n = self.rng.range(1, 95);
        if self.rng.chance(30) {
            let tenth = self.rng.below(10);
            let _ = write!(out, "{n}.{tenth}");
        } else {
            let _ = write!(out, "{n}");
        }
        out.push_str(
            self.rng
                .pick(&[" percent", "%", " per cent", " percent", "%"]),
        );
    }

    /// "between 50 and 60", "50 to 60", "50-60", "from 1,200 to 1,500".
    fn range(&mut self, out: &mut String) {
        let lo = self.rng.range(2, 900) * 10;
        let hi = lo + self.rng.range(1, 50) * 10;
        match self.rng.below(4) {
            0 => {
                out.push_str("between ");
                commas(out, lo);
                out.push_str(" and ");
                commas(out, hi);
            }
            1 => {
                commas(out, lo);
                out.push_str(" to ");
                commas(out, hi);
            }
            2 => {
                let _ = write!(out, "{lo}-{hi}");
            }
            _ => {
                out.push_str("from ");
                commas(out, lo);
                out.push_str(" to ");
                commas(out, hi);
            }
        }
    }

    /// "Feb 5, 2026", "March 12", "5 February", "Oct. 7, 2023", "Tuesday".
    fn date(&mut self, out: &mut String) {
        let day = self.rng.range(1, 28);
        match self.rng.below(5) {
            0 => {
                let month = self.rng.pick(MONTHS_AP);
                let year = self.rng.range(2014, 2026);
                let _ = write!(out, "{month} {day}, {year}");
            }
            1 => {
                let month = self.rng.pick(MONTHS);
                let _ = write!(out, "{month} {day}");
            }
            2 => {
                let month = self.rng.pick(MONTHS);
                let _ = write!(out, "{day} {month}");
            }
            3 => {
                let month = self.rng.pick(MONTHS_AP);
                let _ = write!(out, "{month} {day}");
            }
            _ => out.push_str(self.rng.pick(DAYS)),
        }
    }

    /// "10:30 a.m.", "9 p.m.", "06:45 GMT", "noon".
    fn time(&mut self, out: &mut String) {
        match self.rng.below(4) {
            0 => {
                let h = self.rng.range(1, 12);
                let m = self.rng.below(12) * 5;
                let ampm = self.rng.pick(&["a.m.", "p.m."]);
                let _ = write!(out, "{h}:{m:02} {ampm}");
            }
            1 => {
                let h = self.rng.range(1, 12);
                let ampm = self.rng.pick(&["a.m.", "p.m."]);
                let _ = write!(out, "{h} {ampm}");
            }
            2 => {
                let h = self.rng.below(24);
                let m = self.rng.below(60);
                let zone = self.rng.pick(&["GMT", "local time", "UTC"]);
                let _ = write!(out, "{h:02}:{m:02} {zone}");
            }
            _ => out.push_str(self.rng.pick(&["noon", "midnight", "dawn"])),
        }
    }

    /// "three hours", "45 minutes", "72 hours".
    fn duration(&mut self, out: &mut String) {
        if self.rng.chance(50) {
            out.push_str(
                self.rng
                    .pick(&["two", "three", "several", "nearly four", "about six"]),
            );
        } else {
            let n = self.rng.range(2, 90);
            let _ = write!(out, "{n}");
        }
        out.push(' ');
        out.push_str(self.rng.pick(&["hours", "minutes", "days"]));
    }

    /// "27th", "3rd", "twenty-first", "fifth".
    fn ordinal(&mut self, out: &mut String) {
        if self.rng.chance(50) {
            let n = self.rng.range(2, 60);
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            let _ = write!(out, "{n}{suffix}");
        } else {
            out.push_str(
                self.rng
                    .pick(&["second", "third", "fifth", "tenth", "twenty-first"]),
            );
        }
    }
}

/// `n` with thousands separators: 55000 → "55,000".
fn commas(out: &mut String, n: u64) {
    let digits = n.to_string();
    let first = digits.len() % 3;
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && i % 3 == first {
            out.push(',');
        }
        out.push(c);
    }
}

fn capitalized(out: &mut String, s: &str) {
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
}

fn lowercased_first(out: &mut String, s: &str) {
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_lowercase());
        out.push_str(chars.as_str());
    }
}
