//! `docs/clinical-rules.md` holds every warning sign, level, exclusion,
//! caution, ranking rule and piece of advice for home with its source. Its
//! tables are generated here from the rule tables themselves, so the document
//! cannot drift from the code: this test fails when they differ, and
//! `UPDATE_RULES_DOC=1 cargo test --test clinical_rules` rewrites them.

#![cfg(not(target_arch = "wasm32"))]

use massage_advisor::domain::catalogue::CATALOGUE;
use massage_advisor::domain::choices::{Level, RedFlag};
use massage_advisor::domain::engine::{self, Effect, When, AT_HOME, FITS, PRECAUTIONS};
use massage_advisor::domain::sources::{self, Source, RULES_REVIEWED};
use massage_advisor::domain::triage::{Combo, Cue, Pattern};
use massage_advisor::keys::text;
use massage_advisor::locale::{texts, Lang};

const DOC: &str = "docs/clinical-rules.md";
const START: &str =
    "<!-- generated from the rule tables by tests/clinical_rules.rs: do not edit by hand -->";
const END: &str = "<!-- end of generated tables -->";

fn en(key: &str) -> String {
    texts(Lang::En).t(key).replace('|', "\\|")
}

fn level(level: Level) -> &'static str {
    match level {
        Level::Emergency => "**Emergency**: call the emergency number now",
        Level::Urgent => "**Urgent**: a doctor today",
        Level::Soon => "**Soon**: a doctor in the next few days, before any massage",
        Level::Routine => "Routine",
    }
}

fn cite(s: &Source) -> String {
    if s.url.starts_with("http") {
        format!("[{}]({}): {}", s.name, s.url, s.section)
    } else {
        format!("{}: {}", s.name, s.section)
    }
}

fn when(w: When) -> String {
    match w {
        When::Condition(c) => en(&text::option("conditions", c.id())),
        When::PainFrom(n) => format!("Pain of {n} or more out of 10"),
        When::DoctorFirst => "A doctor comes first (level Soon)".to_owned(),
        When::NoOil => "Would rather not have oil".to_owned(),
        When::NoHeat => "Would rather not have warmth or steam".to_owned(),
        When::LightPressure => "Prefers light pressure".to_owned(),
        When::LightPressureOnly => {
            "A condition that asks for light pressure (blood thinners, osteoporosis, cancer \
             treatment, recent surgery)"
                .to_owned()
        }
        When::OilOut => "Allergic to oil, or would rather not have it".to_owned(),
        When::OilAllergic => "Allergic to massage oils (or to both, or not said which)".to_owned(),
        When::HerbAllergic => "Allergic to herbs (or to both, or not said which)".to_owned(),
        When::SurgeryOnBack => {
            "An operation in the last 3 months, on the back or spine (or not said where)".to_owned()
        }
        When::SurgeryElsewhere => "An operation in the last 3 months, elsewhere".to_owned(),
        When::SkinOnBack => {
            "A skin condition on the back that is not catching (or not said which)".to_owned()
        }
        When::SkinCatching => {
            "A skin condition that may be catching (or not said which kind)".to_owned()
        }
        When::UncontrolledBloodPressure => {
            "High blood pressure that is not under control, or not known to be".to_owned()
        }
        When::LatePregnancy => "Pregnant, 12 weeks or more (or not said how far on)".to_owned(),
        When::BothLegsKnown => {
            "Both legs chosen, and that pain has been the same for a long time and was checked \
             by a doctor"
                .to_owned()
        }
    }
}

fn cue(c: Cue) -> String {
    match c {
        Cue::Flag(flag) => en(&text::option("red_flags", flag.id())),
        Cue::Has(condition) => en(&text::option("conditions", condition.id())),
        Cue::Yes(question) => format!("\"Yes\" to \"{}\"", en(&text::label(question))),
    }
}

fn therapy_names(p: &engine::Precaution) -> String {
    let names: Vec<String> = CATALOGUE
        .iter()
        .filter(|t| p.applies.matches(t))
        .map(|t| en(&text::therapy(t.id, "name")))
        .collect();
    if names.len() == CATALOGUE.len() {
        "All".to_owned()
    } else {
        names.join(", ")
    }
}

fn generated() -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(START.to_owned());
    line(String::new());
    line("### Warning signs (ticked on the safety step)".to_owned());
    line(String::new());
    line("| Warning sign, as the visitor reads it | Level | Source |".to_owned());
    line("|---|---|---|".to_owned());
    for flag in RedFlag::ALL {
        let rule = flag.rule();
        line(format!(
            "| {} | {} | {} |",
            en(&text::option("red_flags", flag.id())),
            level(rule.level),
            cite(rule.source)
        ));
    }
    line(String::new());
    line("### Patterns in the other answers".to_owned());
    line(String::new());
    line("| When | Level | What the visitor reads | Source |".to_owned());
    line("|---|---|---|---|".to_owned());
    for p in Pattern::ALL {
        let rule = p.rule();
        line(format!(
            "| {} | {} | {} | {} |",
            p.summary(),
            level(rule.level),
            en(&text::trigger(p.id())),
            cite(rule.source)
        ));
    }
    line(String::new());
    line("### Combinations: something else that raises a sign's level".to_owned());
    line(String::new());
    line("| Sign | With any of | Level | What the visitor reads | Source |".to_owned());
    line("|---|---|---|---|---|".to_owned());
    for c in Combo::ALL {
        let def = c.def();
        let with: Vec<String> = def.with.iter().map(|w| cue(*w)).collect();
        line(format!(
            "| {} | {} | {} | {} | {} |",
            cue(def.sign),
            with.join("; "),
            level(def.rule.level),
            en(&text::trigger(def.id)),
            cite(def.rule.source)
        ));
    }
    line(String::new());
    line("### Exclusions and cautions".to_owned());
    line(String::new());
    line(
        "\"Caution\" rows that reach every therapy are said once, under \"Important for you\"; \
         the others sit on the card of each therapy they reach."
            .to_owned(),
    );
    line(String::new());
    line("| For | Therapies | Effect | What the visitor reads | Source |".to_owned());
    line("|---|---|---|---|---|".to_owned());
    for p in PRECAUTIONS {
        let effect = match p.effect {
            Effect::Exclude => "Ruled out",
            Effect::Caution => "Caution",
        };
        line(format!(
            "| {} | {} | {} | {} | {} |",
            when(p.when),
            therapy_names(p),
            effect,
            en(p.key),
            cite(p.source)
        ));
    }
    line(String::new());
    line("### Ranking: how each answer counts for each therapy".to_owned());
    line(String::new());
    line(
        "A therapy is suggested on its merits when its points reach 3 and at least one of its \
         reasons is about the back; up to three are shown, best first, with the reasons about \
         the back first and preferences last. The gentlest therapy that is safe for the visitor \
         (in the order Gentle relaxation, Abhyanga, Oil-based, Lower-back focused, Kati Basti, \
         Stretch-assisted, Swedana, Potli, Deep pressure) is always among them."
            .to_owned(),
    );
    line(String::new());
    line("| Therapy | When | Points | Source |".to_owned());
    line("|---|---|---|---|".to_owned());
    for f in FITS {
        line(format!(
            "| {} | {} | {:+} | {} |",
            en(&text::therapy(f.therapy, "name")),
            f.signal.summary,
            f.points,
            cite(f.source)
        ));
    }
    line(String::new());
    line("### At home (every result without a doctor today)".to_owned());
    line(String::new());
    line("| When | What the visitor reads | Source |".to_owned());
    line("|---|---|---|".to_owned());
    for tip in AT_HOME {
        line(format!(
            "| {} | {} | {} |",
            tip.summary,
            en(tip.key),
            cite(tip.source)
        ));
    }
    line(String::new());
    line("### Sources".to_owned());
    line(String::new());
    line("| Source | Section | Link |".to_owned());
    line("|---|---|---|".to_owned());
    for s in sources::ALL {
        line(format!("| {} | {} | {} |", s.name, s.section, s.url));
    }
    line(String::new());
    line(format!("Rules last reviewed: {RULES_REVIEWED}."));
    line(String::new());
    line(END.to_owned());
    out
}

#[test]
fn the_rules_document_says_what_the_rule_tables_do() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(DOC);
    let doc = std::fs::read_to_string(&path).unwrap_or_default();
    let (Some(start), Some(end)) = (doc.find(START), doc.find(END)) else {
        panic!("{DOC} lacks the generated-tables markers");
    };
    let current = &doc[start..end + END.len() + 1];
    let wanted = generated();
    if current != wanted {
        if std::env::var_os("UPDATE_RULES_DOC").is_some() {
            let updated = format!("{}{}{}", &doc[..start], wanted, &doc[end + END.len() + 1..]);
            std::fs::write(&path, updated).expect("write the rules document");
        } else {
            panic!(
                "{DOC} differs from the rule tables: run `UPDATE_RULES_DOC=1 cargo test --test \
                 clinical_rules` and review the change"
            );
        }
    }
}

#[test]
fn every_rule_cites_a_listed_source_and_every_source_is_used() {
    let used: Vec<&Source> = RedFlag::ALL
        .iter()
        .map(|f| f.rule().source)
        .chain(Pattern::ALL.iter().map(|p| p.rule().source))
        .chain(Combo::ALL.iter().map(|c| c.def().rule.source))
        .chain(PRECAUTIONS.iter().map(|p| p.source))
        .chain(FITS.iter().map(|f| f.source))
        .chain(AT_HOME.iter().map(|t| t.source))
        .collect();
    for s in &used {
        assert!(sources::ALL.contains(s), "{} is not listed", s.name);
    }
    for s in sources::ALL {
        assert!(used.contains(s), "{} is listed but no rule uses it", s.name);
    }
}
