//! Between visits: check-ins, their history in the saved copy, and what a
//! check-in leads to.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use massage_advisor::domain::checkin::{asks_again, Entry, History, MAX_ENTRIES};
use massage_advisor::domain::choice_set::ChoiceSet;
use massage_advisor::domain::choices::*;
use massage_advisor::domain::questions::q;
use massage_advisor::domain::saved::{decode, DecodeError, Saved};
use massage_advisor::domain::wizard::CheckInStage;
use massage_advisor::domain::{suggest, Action, Answers, Event, Screen, Wizard, RESULTS};
use massage_advisor::locale::{texts, Lang};
use proptest::prelude::*;

const DAY: f64 = 86_400_000.0;

fn entry(at_ms: f64, pain: u8, activity: u8) -> Entry {
    Entry {
        at_ms,
        pain,
        stiffness: Stiffness::Mild,
        activity,
        sessions: SessionCount::One,
        therapy: Some(TherapyId::LowerBack),
        changes: ChoiceSet::new(),
    }
}

/// A visitor who finished once, back for a check-in.
fn finished() -> Wizard {
    let mut w = Wizard::resume(common::desk_worker(), RESULTS);
    w.update(Event::Continue);
    assert_eq!(w.screen(), Screen::Results);
    w
}

fn answer_check_in(w: &mut Wizard, pain: f32, activity: f32) {
    for action in [
        Action::Toggle(q::red_flags, "none".into()),
        Action::SetNumber(q::checkin_pain, pain),
        Action::Choose(q::checkin_stiffness, "mild".into()),
        Action::SetNumber(q::checkin_activity, activity),
        Action::Choose(q::checkin_sessions, "1".into()),
        Action::Choose(q::checkin_therapy, "lower_back".into()),
        Action::Toggle(q::checkin_changes, "none".into()),
    ] {
        w.update(Event::Answer(action));
    }
}

#[test]
fn a_check_in_asks_the_warning_signs_again_and_is_recorded() {
    let mut w = finished();
    w.update(Event::StartCheckIn);
    assert_eq!(w.screen(), Screen::CheckIn);
    // The warning signs are asked afresh, every time.
    assert_eq!(w.answers.red_flags, None);
    // Nothing saved while a question is unanswered.
    w.update(Event::SubmitCheckIn { at_ms: 10.0 * DAY });
    assert!(!w.errors.is_empty());
    assert!(w.history.is_empty());
    answer_check_in(&mut w, 2.0, 1.0);
    w.update(Event::SubmitCheckIn { at_ms: 10.0 * DAY });
    assert_eq!(w.screen(), Screen::Progress);
    assert_eq!(w.history.len(), 1);
    assert_eq!(w.history.entries()[0], entry(10.0 * DAY, 2, 1));
    // The check-in's answers are moved into the history, not kept.
    assert_eq!(w.answers.checkin_pain, None);
    w.update(Event::ShowResults);
    assert_eq!(w.screen(), Screen::Results);
}

#[test]
fn a_new_warning_sign_in_a_check_in_goes_to_its_instruction_without_waiting() {
    let mut w = finished();
    w.update(Event::StartCheckIn);
    w.update(Event::Answer(Action::Toggle(
        q::red_flags,
        "chest_pain".into(),
    )));
    // The rest of the check-in is not asked for.
    w.update(Event::SubmitCheckIn { at_ms: DAY });
    assert_eq!(w.screen(), Screen::Results);
    assert!(w.errors.is_empty());
    let advice = suggest(&w.answers);
    assert_eq!(advice.triage.level, Level::Emergency);
    assert!(advice.suggestions.is_empty());
}

#[test]
fn pain_up_in_a_check_in_is_pain_getting_worse_and_goes_straight_to_the_advice() {
    let mut w = finished();
    assert_eq!(suggest(&w.answers).triage.level, Level::Routine);
    // The desk worker's pain was 3: 5 is 2 points up.
    w.update(Event::StartCheckIn);
    answer_check_in(&mut w, 5.0, 2.0);
    w.update(Event::SubmitCheckIn { at_ms: DAY });
    // More careful advice now (NHS: see a GP when pain gets worse): shown at
    // once, as a warning sign is, the check-in kept.
    assert_eq!(w.screen(), Screen::Results);
    assert_eq!(w.history.len(), 1);
    assert_eq!(w.answers.pain_trend, Some(PainTrend::Worse));
    assert_eq!(w.answers.pain_intensity, Some(5.0));
    assert_eq!(suggest(&w.answers).triage.level, Level::Soon);
}

#[test]
fn a_check_in_never_makes_the_advice_less_careful() {
    // Strong pain (8) at the questionnaire: see a GP soon.
    let mut answers = common::desk_worker();
    answers.pain_intensity = Some(8.0);
    let mut w = Wizard::resume(answers, RESULTS);
    w.update(Event::Continue);
    assert_eq!(suggest(&w.answers).triage.level, Level::Soon);
    w.update(Event::StartCheckIn);
    answer_check_in(&mut w, 2.0, 1.0);
    w.update(Event::SubmitCheckIn { at_ms: DAY });
    assert_eq!(w.screen(), Screen::Progress);
    // The rating stays at 8 until the questionnaire is answered again.
    assert_eq!(w.answers.pain_intensity, Some(8.0));
    assert_eq!(suggest(&w.answers).triage.level, Level::Soon);
}

#[test]
fn strong_pain_after_back_surgery_in_a_check_in_means_a_doctor_today() {
    let mut answers = common::desk_worker();
    let mut conditions = ChoiceSet::new();
    conditions.insert(Condition::RecentSurgery);
    answers.conditions = Some(conditions);
    answers.surgery_site = Some(SurgerySite::Back);
    answers.pain_intensity = Some(3.0);
    let mut w = Wizard::resume(answers, RESULTS);
    w.update(Event::Continue);
    let before = suggest(&w.answers).triage.level;
    assert!(before <= Level::Soon, "{before:?}");
    w.update(Event::StartCheckIn);
    answer_check_in(&mut w, 7.0, 5.0);
    w.update(Event::SubmitCheckIn { at_ms: DAY });
    assert_eq!(w.screen(), Screen::Results);
    let advice = suggest(&w.answers);
    assert_eq!(advice.triage.level, Level::Urgent);
    assert!(advice.suggestions.is_empty());
}

#[test]
fn something_new_holds_back_the_earlier_suggestions_until_the_questionnaire_is_answered_again() {
    let mut w = finished();
    w.update(Event::StartCheckIn);
    answer_check_in(&mut w, 3.0, 1.0);
    w.update(Event::Answer(Action::Toggle(
        q::checkin_changes,
        "new_condition".into(),
    )));
    w.update(Event::SubmitCheckIn { at_ms: DAY });
    let CheckInStage::Done { again, retake } = &w.check_in else {
        panic!("{:?}", w.check_in)
    };
    assert!(*retake);
    assert_eq!(
        again.iter().map(|m| m.key.as_str()).collect::<Vec<_>>(),
        vec!["checkin.again.new_condition"]
    );
    // What is saved now resumes at the questionnaire, not the results.
    assert_eq!(w.step, 0);
    // "See my suggestions" is not offered; if asked for, the questionnaire.
    w.update(Event::ShowResults);
    assert_eq!(w.screen(), Screen::Step(0));
    assert_eq!(
        w.answers.stiffness,
        common::desk_worker().stiffness,
        "answers kept"
    );
    // Pain where the questionnaire had only stiffness is new as well.
    let mut stiff = common::desk_worker();
    stiff.pain_areas = Some(Default::default());
    let mut w = Wizard::resume(stiff, RESULTS);
    w.update(Event::Continue);
    assert_eq!(w.screen(), Screen::Results);
    w.update(Event::StartCheckIn);
    answer_check_in(&mut w, 4.0, 1.0);
    w.update(Event::SubmitCheckIn { at_ms: DAY });
    assert!(matches!(
        w.check_in,
        CheckInStage::Done { retake: true, .. }
    ));
}

#[test]
fn pain_that_creeps_up_where_there_was_only_stiffness_still_asks_for_the_questionnaire() {
    // One point a check-in never rises by 2 from the one before; from the
    // questionnaire's "no pain", 2 is new pain all the same.
    let mut stiff = common::desk_worker();
    stiff.pain_areas = Some(Default::default());
    let mut w = Wizard::resume(stiff, RESULTS);
    w.update(Event::Continue);
    w.update(Event::StartCheckIn);
    answer_check_in(&mut w, 1.0, 0.0);
    w.update(Event::SubmitCheckIn { at_ms: DAY });
    assert!(matches!(
        w.check_in,
        CheckInStage::Done { retake: false, .. }
    ));
    w.update(Event::ShowResults);
    w.update(Event::StartCheckIn);
    answer_check_in(&mut w, 2.0, 0.0);
    w.update(Event::SubmitCheckIn { at_ms: 2.0 * DAY });
    assert!(
        matches!(w.check_in, CheckInStage::Done { retake: true, .. }),
        "{:?}",
        w.check_in
    );
    assert_eq!(w.step, 0);
}

#[test]
fn something_new_with_more_careful_advice_still_asks_for_the_questionnaire_first() {
    // Pain up by 2 makes the advice "see a doctor soon", which still shows
    // gentle suggestions: with a new condition they would not know of it.
    let mut w = finished();
    w.update(Event::StartCheckIn);
    answer_check_in(&mut w, 5.0, 1.0);
    w.update(Event::Answer(Action::Toggle(
        q::checkin_changes,
        "new_condition".into(),
    )));
    w.update(Event::SubmitCheckIn { at_ms: DAY });
    assert!(
        matches!(w.check_in, CheckInStage::Done { retake: true, .. }),
        "{:?}",
        w.check_in
    );
    assert_eq!(w.step, 0);
    w.update(Event::ShowResults);
    assert_eq!(w.screen(), Screen::Step(0));
}

#[test]
fn the_questionnaire_is_offered_again_for_a_new_area_or_condition_not_the_same_pain() {
    let mut answers = common::desk_worker();
    let mut history = History::default();
    history.push(entry(0.0, 4, 1));
    let mut same = entry(DAY, 5, 1);
    assert!(asks_again(&answers, &history, &same).is_empty());
    same.changes.insert(CheckInChange::NewArea);
    same.changes.insert(CheckInChange::NewCondition);
    let keys: Vec<String> = asks_again(&answers, &history, &same)
        .into_iter()
        .map(|m| m.key)
        .collect();
    assert_eq!(
        keys,
        vec!["checkin.again.new_area", "checkin.again.new_condition"]
    );
    answers.pain_areas = Some(Default::default());
    assert!(asks_again(&answers, &History::default(), &entry(DAY, 1, 1)).is_empty());
}

#[test]
fn leaving_a_check_in_puts_back_the_answers_from_before_it() {
    let mut w = finished();
    let before = w.answers.clone();
    w.update(Event::StartCheckIn);
    w.update(Event::Answer(Action::Toggle(q::red_flags, "none".into())));
    w.update(Event::Answer(Action::SetNumber(q::checkin_pain, 6.0)));
    // While it is under way, what is saved is the answers from before it.
    assert_eq!(w.answers_to_keep(), &before);
    w.update(Event::ShowResults);
    assert_eq!(w.screen(), Screen::Results);
    assert_eq!(w.answers, before);
    assert!(w.may_check_in());
}

#[test]
fn no_check_in_is_offered_after_an_outcome_of_a_doctor_today_or_an_emergency() {
    let mut answers = common::desk_worker();
    let mut flags = ChoiceSet::new();
    flags.insert(RedFlag::ChestPain);
    answers.red_flags = Some(flags);
    let mut w = Wizard::resume(answers, RESULTS);
    w.update(Event::Continue);
    assert!(w.has_finished());
    assert!(!w.may_check_in());
    assert!(finished().may_check_in());
}

#[test]
fn the_history_keeps_52_entries_the_oldest_going_first() {
    let mut history = History::default();
    for i in 0..60u32 {
        history.push(entry(f64::from(i) * DAY, (i % 11) as u8, 0));
    }
    assert_eq!(history.len(), MAX_ENTRIES);
    assert_eq!(history.entries()[0].at_ms, 8.0 * DAY);
    assert_eq!(history.entries()[51].at_ms, 59.0 * DAY);
}

#[test]
fn the_change_is_said_in_the_visitors_own_numbers() {
    let mut history = History::default();
    assert!(history.change().is_empty());
    history.push(entry(0.0, 6, 5));
    assert!(history.change().is_empty(), "one entry: nothing to compare");
    history.push(entry(7.0 * DAY, 4, 3));
    history.push(entry(14.0 * DAY, 3, 2));
    let en = texts(Lang::En);
    let said: Vec<String> = history.change().iter().map(|m| en.render(m)).collect();
    assert_eq!(
        said,
        vec![
            "Your pain rating: 6 then 3.",
            "How much it stopped your activities: 5 then 2."
        ]
    );
    // Never an interpretation.
    for m in history.change() {
        for lang in Lang::ALL {
            let text = texts(*lang).render(&m).to_lowercase();
            assert!(
                !text.contains("recover") && !text.contains("better"),
                "{text}"
            );
        }
    }
}

#[test]
fn the_history_is_kept_in_the_saved_copy_and_migrated_from_todays() {
    // A copy the released version writes today (version 3) has no history.
    let v3 = r#"{"version":3,"saved_at":0,"step":7,"answers":{"stiffness":"mild"}}"#;
    let saved = decode(v3, DAY).unwrap();
    assert!(saved.history.is_empty());
    // Written with its history, read back the same.
    let mut history = History::default();
    history.push(entry(DAY, 6, 5));
    history.push(entry(8.0 * DAY, 3, 2));
    let written = Saved::new(Answers::default(), RESULTS, 8.0 * DAY).with_history(history.clone());
    let raw = serde_json::to_string(&written).unwrap();
    assert!(
        raw.contains(r#""history":[{"at":86400000.0,"pain":6"#),
        "{raw}"
    );
    assert_eq!(decode(&raw, 9.0 * DAY).map(|s| s.history), Ok(history));
    // An entry that cannot be read is left out; the rest are kept.
    let raw = raw.replace(r#""pain":6"#, r#""pain":"six""#);
    assert_eq!(decode(&raw, 9.0 * DAY).map(|s| s.history.len()), Ok(1));
}

#[test]
fn the_90_days_run_from_the_last_check_in() {
    // The last save is the last change, a check-in among them.
    let mut history = History::default();
    history.push(entry(0.0, 6, 5));
    history.push(entry(80.0 * DAY, 3, 2));
    let raw = serde_json::to_string(
        &Saved::new(common::desk_worker(), RESULTS, 80.0 * DAY).with_history(history),
    )
    .unwrap();
    assert!(
        decode(&raw, 169.0 * DAY).is_ok(),
        "89 days after the last check-in"
    );
    assert_eq!(decode(&raw, 171.0 * DAY), Err(DecodeError::Expired));
}

#[test]
fn starting_over_forgets_the_history_too() {
    let mut w = finished();
    w.update(Event::StartCheckIn);
    answer_check_in(&mut w, 2.0, 1.0);
    w.update(Event::SubmitCheckIn { at_ms: DAY });
    assert_eq!(w.history.len(), 1);
    w.update(Event::StartOver);
    assert!(w.history.is_empty());
    assert!(w.is_blank());
}

fn any_flags() -> impl Strategy<Value = Vec<RedFlag>> {
    proptest::sample::subsequence(RedFlag::ALL.to_vec(), 1..=RedFlag::ALL.len())
}

proptest! {
    /// A check-in with any warning sign never shows suggestions: it goes to
    /// the sign's instruction, whatever else is answered.
    #[test]
    fn a_check_in_with_any_warning_sign_never_shows_suggestions(
        flags in any_flags(),
        pain in 0u8..=10,
        answered in any::<bool>(),
    ) {
        let mut w = finished();
        w.update(Event::StartCheckIn);
        if answered {
            answer_check_in(&mut w, f32::from(pain), 3.0);
            w.update(Event::Answer(Action::Toggle(q::red_flags, "none".into())));
        }
        for flag in &flags {
            w.update(Event::Answer(Action::Toggle(q::red_flags, flag.id().into())));
        }
        w.update(Event::SubmitCheckIn { at_ms: DAY });
        prop_assert_eq!(w.screen(), Screen::Results);
        prop_assert!(suggest(&w.answers).suggestions.is_empty(), "{:?}", flags);
        prop_assert!(w.history.is_empty(), "an unfinished check-in is not recorded");
    }
}
