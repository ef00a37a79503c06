//! Whole-document behaviour of the attribution stage: one snapshot per
//! fixture in `tests/fixtures/attribution/`. Fixtures hold one sentence per
//! line and a blank line between paragraphs; each sentence is shown with
//! every figure in it and the credit that figure takes.

mod common;

use conflict_figures::attribution::{attribute, Attributions, Credit};
use conflict_figures::segment::{Role, Sentence};
use conflict_figures::{quantities, Span};

/// One sentence per line, paragraphs split by blank lines; built here so
/// the snapshots do not move with the segmenter.
fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut paragraph = 0;
    for line in text.split('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            paragraph += 1;
        } else {
            let start = offset + (line.len() - line.trim_start().len());
            out.push(Sentence {
                span: Span::new(start, start + trimmed.len()),
                paragraph,
                role: Role::Body,
            });
        }
        offset += line.len() + 1;
    }
    out
}

fn credit_line(text: &str, c: &Credit) -> String {
    let mut line = c.source.name.clone();
    if let Some(kind) = c.source.kind {
        line.push_str(&format!(
            " kind={}",
            serde_json::to_string(&kind)
                .unwrap_or_default()
                .trim_matches('"')
        ));
    }
    if let Some(role) = &c.source.role {
        line.push_str(&format!(" role={role:?}"));
    }
    if let Some(country) = &c.country {
        line.push_str(&format!(" country={country}"));
    }
    line.push_str(&format!(" cue={:?}", c.cue.of(text).unwrap_or("?")));
    line
}

fn render(text: &str, sents: &[Sentence], credits: &Attributions) -> String {
    let figures = quantities(text);
    let mut out = Vec::new();
    for (i, s) in sents.iter().enumerate() {
        out.push(format!(
            "{i} ¶{} {}",
            s.paragraph,
            s.span.of(text).unwrap_or("?")
        ));
        let mine: Vec<_> = figures
            .iter()
            .filter(|q| s.span.start <= q.span.start && q.span.end <= s.span.end)
            .collect();
        for q in &mine {
            let who = match credits.credit(i, q.span) {
                Some(c) => credit_line(text, c),
                None => "(report's voice)".to_string(),
            };
            out.push(format!("    [{}] → {who}", q.text));
        }
        if mine.is_empty() {
            for c in credits.in_sentence(i) {
                out.push(format!("    (no figure) {}", credit_line(text, c)));
            }
        }
    }
    out.join("\n")
}

#[test]
fn attribution_fixtures() {
    common::with_snapshots(|| {
        insta::glob!("fixtures/attribution/*.txt", |path| {
            let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
            let sents = sentences(&text);
            let credits = attribute(&text, &sents);
            insta::assert_snapshot!(render(&text, &sents, &credits));
        });
    });
}

#[test]
fn hostile_text_never_panics() {
    let texts = [
        "",
        "said",
        "according to",
        ", said",
        "“",
        "\"\"\"said\"\"\"",
        "he said he said he said",
        "X, Y, Z, said, citing, citing",
        "The ministry said: “",
        "‏‏said ‎according to the\u{a0}UN",
        "A - B - C - D : E : F",
        "Kyiv's's's mayor said 5",
    ];
    for text in texts {
        let sents = sentences(text);
        let credits = attribute(text, &sents);
        for i in 0..sents.len() {
            let _ = credits.credit(i, Span::new(0, text.len()));
            let _ = credits.in_sentence(i).count();
        }
    }
    // A sentence of thousands of cues and figures stays linear.
    let many = "Officials said 5 died, citing the army, while Omar Haddad said 6, ".repeat(5000);
    let sents = sentences(&many);
    let credits = attribute(&many, &sents);
    let figures = quantities(&many);
    assert!(figures.len() >= 10_000);
    for q in &figures {
        let _ = credits.credit(0, q.span);
    }
    let long = "the ministry of the army of the state of the office of ".repeat(2000) + "said 5";
    let sents = sentences(&long);
    let credits = attribute(&long, &sents);
    let _ = credits.credit(0, Span::new(long.len() - 1, long.len()));
}

/// The source name `attributions` gives the first figure of sentence `i`.
fn first_source(text: &str, sentences: &[Sentence], at: &Attributions, i: usize) -> Option<String> {
    let s = sentences[i];
    let figure = quantities(s.span.of(text)?).into_iter().next()?;
    let span = Span::new(
        s.span.start + figure.span.start,
        s.span.start + figure.span.end,
    );
    at.credit(i, span).map(|c| c.source.name.clone())
}

#[test]
fn a_new_quoted_paragraph_goes_on_quoting_the_last_speaker() {
    let text = "\"Last week 40 houses burned,\" Mayor Anna Kovalenko said.\n\n\
                \"We moved 300 children out.\n\n\
                \"Two of our schools were hit.\"\n\n\
                Officials said 9 people were hurt.\n\n\
                \"No one was hurt in 12 villages,\" a resident added.\n\n\
                Rescuers dug through 5 buildings.";
    let sentences = sentences(text);
    let at = attribute(text, &sentences);
    let source = |i| first_source(text, &sentences, &at, i);
    assert_eq!(source(0).as_deref(), Some("Anna Kovalenko"));
    assert_eq!(source(1).as_deref(), Some("Anna Kovalenko"));
    assert_eq!(source(2).as_deref(), Some("Anna Kovalenko"));
    assert_eq!(source(3).as_deref(), Some("Officials"));
    // The report's own voice stays unattributed after a quotation closes.
    assert_eq!(source(5), None);
}

/// Each text's last sentence credits its first figure to `source`.
fn last_sentence_sources(cases: &[(&str, Option<&str>)]) {
    for &(text, source) in cases {
        let sentences = sentences(text);
        let at = attribute(text, &sentences);
        let got = first_source(text, &sentences, &at, sentences.len() - 1);
        assert_eq!(got.as_deref(), source, "{text}");
    }
}

#[test]
fn a_shorter_body_name_is_not_the_body_it_owns() {
    last_sentence_sources(&[
        (
            "The health ministry's emergency centre said 12 died.\n\
             In 2022, 30 died, according to the health ministry.",
            Some("health ministry"),
        ),
        (
            "The army's media wing said 12 died.\n\
             The army said 30 more were hurt.",
            Some("army"),
        ),
        (
            "Ukraine's armed forces said 12 died.\n\
             The forces said 30 more were hurt.",
            Some("Ukraine's armed forces"),
        ),
        (
            "The UN peacekeeping mission said 12 died.\n\
             The UN mission said 30 more were hurt.",
            Some("UN peacekeeping mission"),
        ),
        (
            "The Kivu Monitor for Human Rights said 12 died.\n\
             The UK-based Kivu Monitor, a network of activists, said 30 more were hurt.",
            Some("Kivu Monitor for Human Rights"),
        ),
    ]);
}

#[test]
fn a_group_that_claims_a_deed_is_who_it_and_the_group_stand_for() {
    last_sentence_sources(&[
        (
            "The Northern Front claimed responsibility for the blast.\n\
             The group said its fighters killed 14 soldiers.",
            Some("Northern Front"),
        ),
        (
            "The army said 3 soldiers died.\n\
             A little-known group, the Hill Brigade, claimed the attack.\n\
             It said 20 soldiers were killed.",
            Some("Hill Brigade"),
        ),
        // The claim itself credits no figure.
        (
            "The Northern Front claimed responsibility for the raid that killed 6 guards.",
            None,
        ),
    ]);
}

#[test]
fn a_quotation_reopened_after_its_speaker_goes_on_in_their_voice() {
    // One paragraph: the sentences follow each other on one line.
    let text = "\"We are tired,\" Mayor Anna Kovalenko said. \"But 9 more died today.\"";
    let sents = conflict_figures::segment::segment(text).sentences;
    assert_eq!(sents.len(), 2);
    let at = attribute(text, &sents);
    let got = first_source(text, &sents, &at, 1);
    assert_eq!(got.as_deref(), Some("Anna Kovalenko"));
    // A quotation after a sentence that quotes nobody is no one's.
    let text = "Officials said 5 died. \"Nine more died today.\"";
    let sents = conflict_figures::segment::segment(text).sentences;
    let at = attribute(text, &sents);
    assert_eq!(first_source(text, &sents, &at, 1), None);
}

#[test]
fn a_speaker_who_denies_is_who_it_and_the_body_stand_for() {
    last_sentence_sources(&[
        (
            "Police said 5 protesters were held.\n\
             The rebel alliance denied the report.\n\
             It said 12 of its fighters were killed.",
            Some("rebel alliance"),
        ),
        (
            "Police said 5 protesters were held.\n\
             The Somali defence ministry rejected the account on Monday.\n\
             The ministry said 30 soldiers were wounded.",
            Some("Somali defence ministry"),
        ),
        (
            "Officials said 5 died.\n\
             Colonel Ivan Petrov rejected the claims.\n\
             He said 8 soldiers were hurt.",
            Some("Ivan Petrov"),
        ),
        (
            "Police said 5 protesters were held.\n\
             The Valley Liberation Front denied the raid.\n\
             The group said 12 of its fighters were killed.",
            Some("Valley Liberation Front"),
        ),
        // A speaker set before an appositive.
        (
            "Police said 5 protesters were held.\n\
             Amina Sule, the regional governor, denied the report.\n\
             She said 12 people died.",
            Some("Amina Sule"),
        ),
        (
            "Police said 5 protesters were held.\n\
             The Hill Front, the armed wing of the movement, denied the toll.\n\
             In a statement, the group said only 5 of its fighters died.",
            Some("Hill Front"),
        ),
        // A denial is no credit of the figure it denies.
        ("The army denied that 40 civilians were killed.", None),
    ]);
}

#[test]
fn an_interview_answer_is_in_its_labelled_speaker_s_voice() {
    let intro = "The agency's regional director, Margot Veen, told AFP 12 soldiers were hurt.\n\n";
    let cases: &[(&str, Option<&str>)] = &[
        ("Veen: Two of our drivers were killed.", Some("Margot Veen")),
        (
            "Veen: We reached many towns. But 5 drivers were killed.",
            Some("Margot Veen"),
        ),
        (
            "Q: How bad is it?\n\nA: Two of our drivers were killed.",
            Some("Margot Veen"),
        ),
        // A label that names nobody the text knows is no speaker.
        ("Verdict: Two of our drivers were killed.", None),
        ("Breaking News: Two of our drivers were killed.", None),
        ("GEORGIA: Two of our drivers were killed.", None),
        // The label's voice ends with its paragraph.
        (
            "Veen: We went there.\n\nTwo of our drivers were killed.",
            None,
        ),
    ];
    let texts: Vec<(String, Option<&str>)> = cases
        .iter()
        .map(|&(t, source)| (format!("{intro}{t}"), source))
        .collect();
    let cases: Vec<(&str, Option<&str>)> = texts.iter().map(|(t, s)| (t.as_str(), *s)).collect();
    last_sentence_sources(&cases);
}

#[test]
fn the_statement_is_whoever_spoke_last() {
    last_sentence_sources(&[
        (
            "The interior ministry said raids went on overnight.\n\
             The statement said 22 suspects were held.",
            Some("interior ministry"),
        ),
        (
            "Governor Lina Osei spoke to reporters in Tamale.\n\
             Police said the roads were shut.\n\
             The statement added that 9 people were hurt.",
            Some("Police"),
        ),
        // A statement of one's own keeps its head: "the tally" of a
        // named tally is that tally's.
        (
            "The army said 12 died.\n\
             The Sahel Tally said 30 died.\n\
             The tally said 8 more were hurt.",
            Some("Sahel Tally"),
        ),
    ]);
}

#[test]
fn not_the_statement_of_anyone() {
    last_sentence_sources(&[
        // Nobody spoke before: the statement is as written.
        (
            "Fighting went on overnight.\n\
             The statement said 22 suspects were held.",
            Some("statement"),
        ),
        // Several documents may have several authors.
        (
            "The army said 12 died.\n\
             The documents show 30 died.",
            Some("documents"),
        ),
    ]);
}

/// The sources of each sentence's first figure, with the all-capital
/// lines taken as headings.
fn sources_under_headings(text: &str) -> Vec<Option<String>> {
    let mut sentences = sentences(text);
    for s in &mut sentences {
        let line = s.span.of(text).unwrap_or_default();
        if !line.chars().any(char::is_lowercase) {
            s.role = Role::Heading;
        }
    }
    let at = attribute(text, &sentences);
    (0..sentences.len())
        .filter(|&i| sentences[i].role == Role::Body)
        .map(|i| first_source(text, &sentences, &at, i))
        .collect()
}

#[test]
fn a_round_up_s_ministry_is_its_section_s_country_s() {
    let text = "NIGER\n\n\
                Gunmen killed 17 soldiers, Niger's defence ministry said.\n\n\
                CHAD\n\n\
                Rebels killed 40 soldiers, Chad's army said.\n\
                The ministry said 11 soldiers were wounded.\n\n\
                MALI\n\n\
                The army said 3 soldiers were hurt.\n\n\
                NIGER\n\n\
                The ministry said 9 soldiers were missing.";
    let got = sources_under_headings(text);
    let want = [
        "Niger's defence ministry",
        "Chad's army",
        "ministry",
        "army",
        "Niger's defence ministry",
    ];
    assert_eq!(got, want.map(|w| Some(w.to_string())));
}

#[test]
fn not_a_section_of_another_country() {
    // A heading that names no country, or the same country, keeps the
    // speakers met before it within reach.
    let text = "Gunmen killed 17 soldiers, Niger's defence ministry said.\n\n\
                LATEST FIGURES\n\n\
                The ministry said 9 soldiers were missing.\n\n\
                NIGER\n\n\
                The ministry said 4 soldiers were hurt.";
    let got = sources_under_headings(text);
    assert_eq!(got, vec![Some("Niger's defence ministry".to_string()); 3]);
}

#[test]
fn a_descriptor_a_pronoun_owns_is_its_owner_s() {
    last_sentence_sources(&[
        (
            "Police said 5 were held.\n\
             Amina Sule, a researcher, said her group had counted 40 deaths.",
            Some("Amina Sule"),
        ),
        (
            "Amina Sule said 5 were held.\n\
             The Kivu Monitor said its observers recorded 40 deaths.",
            Some("Kivu Monitor"),
        ),
    ]);
}
