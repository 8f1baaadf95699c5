//! The flow, driven through the one reducer.

#![cfg(not(target_arch = "wasm32"))]

use massage_advisor::domain::answers::NONE_OPTION;
use massage_advisor::domain::questions::q;
use massage_advisor::domain::{Action, Event, Wizard, RESULTS};

fn choose(w: &mut Wizard, question: &'static str, option: &str) {
    w.update(Event::Answer(Action::Choose(question, option.into())));
}

fn toggle(w: &mut Wizard, question: &'static str, option: &str) {
    w.update(Event::Answer(Action::Toggle(question, option.into())));
}

fn pass_safety(w: &mut Wizard) {
    toggle(w, q::RED_FLAGS, NONE_OPTION);
    choose(w, q::AGE_BAND, "18_39");
    w.update(Event::Next);
}

#[test]
fn next_refuses_an_incomplete_step_and_names_the_fields() {
    let mut w = Wizard::default();
    w.update(Event::Next);
    assert_eq!(w.step, 0);
    let fields: Vec<_> = w.errors.iter().map(|e| e.question).collect();
    assert_eq!(fields, vec![q::RED_FLAGS, q::AGE_BAND]);
    // Answering one clears only its own error.
    toggle(&mut w, q::RED_FLAGS, NONE_OPTION);
    assert_eq!(w.errors.len(), 1);
    assert_eq!(w.errors[0].question, q::AGE_BAND);
    choose(&mut w, q::AGE_BAND, "40_49");
    assert!(w.errors.is_empty());
    w.update(Event::Next);
    assert_eq!(w.step, 1);
}

#[test]
fn a_complete_run_reaches_the_results_and_back_and_edit_work() {
    let mut w = Wizard::default();
    pass_safety(&mut w);
    toggle(&mut w, q::CONDITIONS, NONE_OPTION);
    w.update(Event::Next);
    choose(&mut w, q::STIFFNESS, "mild");
    choose(&mut w, q::STIFFNESS_WORST, "after_sitting");
    w.update(Event::Next);
    w.update(Event::Answer(Action::SetNumber(q::SITTING_HOURS, 9.0)));
    choose(&mut w, q::LONGEST_SITTING, "over_2h");
    toggle(&mut w, q::WORK_DEMANDS, NONE_OPTION);
    w.update(Event::Next);
    toggle(&mut w, q::PAIN_AREAS, "lower_back");
    w.update(Event::Next);
    w.update(Event::Answer(Action::SetNumber(q::PAIN_INTENSITY, 3.0)));
    choose(&mut w, q::PAIN_DURATION, "under_6w");
    choose(&mut w, q::FIRST_EPISODE, "no");
    toggle(&mut w, q::EASED_BY, "movement");
    w.update(Event::Next);
    choose(&mut w, q::PRESSURE, "medium");
    choose(&mut w, q::OIL_WELCOME, "yes");
    choose(&mut w, q::HEAT_WELCOME, "yes");
    w.update(Event::Next);
    assert!(w.on_results(), "errors: {:?}", w.errors);
    w.update(Event::GoTo(2));
    assert_eq!(w.step, 2);
    w.update(Event::Back);
    w.update(Event::Back);
    w.update(Event::Back);
    assert_eq!(w.step, 0);
    w.update(Event::StartOver);
    assert_eq!(w, Wizard::default());
}

#[test]
fn an_emergency_answer_shows_the_results_at_once() {
    let mut w = Wizard::default();
    toggle(&mut w, q::RED_FLAGS, "bladder_bowel");
    assert_eq!(w.step, RESULTS);
}

#[test]
fn an_urgent_answer_skips_the_rest_after_next() {
    let mut w = Wizard::default();
    toggle(&mut w, q::RED_FLAGS, "fever");
    assert_eq!(w.step, 0);
    choose(&mut w, q::AGE_BAND, "40_49");
    w.update(Event::Next);
    assert_eq!(w.step, RESULTS);
}

#[test]
fn an_invalid_answer_is_an_error_on_its_field() {
    let mut w = Wizard::default();
    w.update(Event::Answer(Action::SetNumber(q::SITTING_HOURS, 30.0)));
    assert_eq!(w.errors[0].question, q::SITTING_HOURS);
    assert_eq!(w.errors[0].key, "error.out_of_range");
    assert_eq!(w.answers.sitting_hours, None);
}

#[test]
fn answers_from_another_tab_keep_the_step_and_drop_errors_they_fix() {
    let mut w = Wizard::default();
    pass_safety(&mut w);
    w.update(Event::Next);
    assert_eq!(w.errors[0].question, q::CONDITIONS);
    let mut elsewhere = w.answers.clone();
    elsewhere.conditions = Some(Default::default());
    w.update(Event::Load(elsewhere.clone()));
    assert_eq!((w.step, &w.answers), (1, &elsewhere));
    assert!(w.errors.is_empty());
}
