//! The pre-rendered first step (examples/prerender.rs renders it at build
//! time, the module shows it before the wasm starts) and the hand-over of
//! what the visitor did on it.
#![recursion_limit = "512"]

use leptos::prelude::*;
use massage_advisor::domain::answers::NONE_OPTION;
use massage_advisor::domain::questions;
use massage_advisor::domain::{Action, Answers};
use massage_advisor::keys::dom;
use massage_advisor::locale::Lang;
use massage_advisor::prefill::Prefill;
use massage_advisor::{App, Config};

/// The app rendered natively, as the build does.
fn first_step(lang: Lang) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let config = Config {
            lang,
            ..Config::default()
        };
        view! { <App config /> }.to_html()
    })
}

#[test]
fn the_first_step_is_rendered_from_the_questions_in_every_language() {
    let shown = questions::visible_in(0, &Answers::default());
    assert!(!shown.is_empty());
    for lang in Lang::ALL.iter().copied() {
        let html = first_step(lang);
        assert!(
            html.contains(&format!("lang=\"{}\"", lang.tag())),
            "{lang:?}"
        );
        assert!(html.contains("Step 1") || lang != Lang::En);
        for question in &shown {
            let name = dom::input_name(question.id);
            let mut values: Vec<&str> = question.kind.options().to_vec();
            if question.kind.is_multiple() {
                values.push(NONE_OPTION);
            }
            assert!(!values.is_empty(), "{}", question.id);
            for value in values {
                let input = format!("name=\"{name}\" value=\"{value}\"");
                assert!(html.contains(&input), "{lang:?}: {input}");
            }
        }
        // Only the first step: no question of a later one.
        for question in questions::all().filter(|q| questions::step_of(q.id) != Some(0)) {
            assert!(
                !html.contains(&format!("name=\"{}\"", dom::input_name(question.id))),
                "{lang:?}: {} is not on the first step",
                question.id
            );
        }
    }
}

#[test]
fn the_first_step_needs_nothing_a_strict_csp_forbids() {
    for lang in Lang::ALL.iter().copied() {
        let html = first_step(lang);
        for forbidden in [
            "<script",
            "<style",
            " style=",
            " onclick=",
            " onchange=",
            "javascript:",
        ] {
            assert!(!html.contains(forbidden), "{lang:?}: {forbidden}");
        }
    }
}

#[test]
fn what_the_visitor_did_becomes_the_reducers_actions() {
    let red_flags = dom::input_name("red_flags");
    let age = dom::input_name("age_band");
    let json = format!(
        r#"{{"checked": [["{red_flags}", "chest_pain"], ["{age}", "40_49"], ["ma-nothing", "x"]],
            "next": true, "lang": "hi"}}"#
    );
    let prefill = Prefill::parse(&json).expect("the element's JSON");
    assert_eq!(
        prefill.actions(),
        vec![
            Action::Toggle("red_flags", "chest_pain".into()),
            Action::Choose("age_band", "40_49".into()),
        ]
    );
    assert!(prefill.next);
    assert_eq!(prefill.lang(), Some(Lang::Hi));

    // Applied, they are the answers the visitor gave.
    let mut answers = Answers::default();
    for action in prefill.actions() {
        assert_eq!(answers.apply(action), Ok(()));
    }
    for id in ["red_flags", "age_band"] {
        let question = questions::find(id).expect("a first-step question");
        assert!(question.answer(&answers).is_some(), "{id}");
    }
}

#[test]
fn anything_else_is_ignored() {
    assert_eq!(Prefill::parse("not json"), None);
    assert_eq!(Prefill::parse(r#"{"checked": 3}"#), None);
    let empty = Prefill::parse("{}").expect("an empty hand-over");
    assert!(empty.actions().is_empty());
    assert!(!empty.next);
    assert_eq!(empty.lang(), None);
    let odd =
        Prefill::parse(r#"{"lang": "xx", "checked": [["ma-age_band", "200"]]}"#).expect("JSON");
    assert_eq!(odd.lang(), None);
    // An unknown option reaches the reducer, which refuses it.
    let mut answers = Answers::default();
    for action in odd.actions() {
        assert!(answers.apply(action).is_err());
    }
    assert_eq!(answers, Answers::default());
}
