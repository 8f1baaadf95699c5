//! What the visitor is told about saving: the pure reducer, driven natively.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use massage_advisor::domain::saved::{DecodeError, Saved};
use massage_advisor::domain::Screen;
use massage_advisor::locale::Lang;
use massage_advisor::persistence::{start, Happened, Notice, Persistence, RETRY_AFTER_MS};
use massage_advisor::storage::Loaded;

fn fresh() -> Persistence {
    start(Loaded::Nothing, true).2
}

#[test]
fn a_first_visit_says_nothing_and_saving_off_says_so() {
    let (wizard, lang, p) = start(Loaded::Nothing, true);
    assert_eq!(
        (wizard.screen(), lang, p.notice),
        (Screen::Step(0), None, None)
    );
    assert_eq!(
        start(Loaded::Nothing, false).2.notice,
        Some(Notice::NotSaving)
    );
}

#[test]
fn saved_progress_is_resumed_with_its_language_and_held() {
    let saved = Saved::new(common::desk_worker(), 4, 0.0).with_lang(Some("hi"));
    let (wizard, lang, p) = start(Loaded::Saved(Box::new(saved)), true);
    assert_eq!(wizard.screen(), Screen::Resume);
    assert_eq!(lang, Some(Lang::Hi));
    assert!(p.holds_answers);
    assert_eq!(p.notice, None);
}

#[test]
fn what_could_not_be_read_is_said_once() {
    let notice = |loaded| start(loaded, true).2.notice;
    assert_eq!(notice(Loaded::Unavailable), Some(Notice::CannotSave));
    assert_eq!(
        notice(Loaded::Unusable(DecodeError::Expired)),
        Some(Notice::Expired)
    );
    assert_eq!(
        notice(Loaded::Unusable(DecodeError::Corrupt)),
        Some(Notice::Unreadable)
    );
}

#[test]
fn a_failed_write_is_told_retried_later_and_its_recovery_told() {
    let mut p = fresh();
    // Each failure waits longer, up to the last wait.
    let waits: Vec<Option<u64>> = (0..7).map(|_| p.update(Happened::Wrote(false))).collect();
    let expected: Vec<Option<u64>> = (0..7)
        .map(|n: usize| Some(RETRY_AFTER_MS[n.min(RETRY_AFTER_MS.len() - 1)]))
        .collect();
    assert_eq!(waits, expected);
    assert_eq!(p.notice, Some(Notice::CannotSave));
    assert_eq!(p.update(Happened::Wrote(true)), None);
    assert_eq!(p.notice, Some(Notice::SavedAgain));
    // A write that works after that says nothing more.
    p.notice = None;
    p.update(Happened::Wrote(true));
    assert_eq!(p.notice, None);
    // Storage unavailable at the start: the first write that works says so.
    let mut blocked = start(Loaded::Unavailable, true).2;
    blocked.update(Happened::Wrote(true));
    assert_eq!(blocked.notice, Some(Notice::SavedAgain));
}

#[test]
fn starting_over_erases_the_earlier_answers_and_says_so() {
    let mut p = fresh();
    p.update(Happened::StartedOver(true));
    assert_eq!(p.notice, None, "nothing saved yet: nothing to say");
    p.update(Happened::Wrote(true));
    p.update(Happened::StartedOver(true));
    assert_eq!(
        (p.notice, p.holds_answers),
        (Some(Notice::StartedAfresh), false)
    );
    // When erasing fails, that is said instead.
    p.update(Happened::Wrote(true));
    p.update(Happened::StartedOver(false));
    assert_eq!(
        (p.notice, p.holds_answers),
        (Some(Notice::EraseFailed), true)
    );
}

#[test]
fn forgetting_says_whether_the_answers_are_gone() {
    let mut p = fresh();
    p.update(Happened::Wrote(true));
    p.update(Happened::Forgot(true));
    assert_eq!(
        (p.notice, p.holds_answers),
        (Some(Notice::Forgotten), false)
    );
    p.update(Happened::StartedOver(true));
    assert_eq!(p.notice, Some(Notice::Forgotten), "nothing left to erase");
    let mut q = fresh();
    q.update(Happened::Wrote(true));
    q.update(Happened::Forgot(false));
    assert_eq!(
        (q.notice, q.holds_answers),
        (Some(Notice::EraseFailed), true)
    );
}

#[test]
fn changes_elsewhere_are_told_only_when_they_touch_what_shows_here() {
    let mut p = fresh();
    p.update(Happened::ErasedElsewhere { had_answers: false });
    assert_eq!(p.notice, None);
    p.update(Happened::ErasedElsewhere { had_answers: true });
    assert_eq!(p.notice, Some(Notice::ErasedElsewhere));
    let mut q = fresh();
    q.update(Happened::ClearedElsewhere { has_answers: false });
    assert_eq!(q.notice, None);
    q.update(Happened::ClearedElsewhere { has_answers: true });
    assert_eq!(q.notice, Some(Notice::ClearedElsewhere));
    // Another tab saved: this widget's key holds answers again.
    q.update(Happened::SavedElsewhere);
    assert!(q.holds_answers);
}
