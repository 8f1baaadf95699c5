//! What the Rust test suites share. The personas live in `tests/fixtures/`
//! as stored-answer JSON, so that the end-to-end tests read the same ones.

#![allow(dead_code)]

use massage_advisor::domain::saved::read_answers;
use massage_advisor::domain::Answers;

/// A 30-year-old office worker: mild stiffness after sitting, 9 hours a day,
/// lower back, no warning signs, no conditions.
pub fn desk_worker() -> Answers {
    let json: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/desk-worker.json"))
            .expect("the desk-worker fixture is JSON");
    let object = json
        .as_object()
        .expect("the desk-worker fixture is an object");
    read_answers(object).expect("the desk-worker fixture is valid answers")
}

/// The desk worker with one change.
pub fn desk_worker_with(change: impl FnOnce(&mut Answers)) -> Answers {
    let mut answers = desk_worker();
    change(&mut answers);
    answers
}
