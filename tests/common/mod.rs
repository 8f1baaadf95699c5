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

use massage_advisor::domain::questions::{self, Kind, Question};
use massage_advisor::domain::value::{Value, NONE_OPTION};
use massage_advisor::domain::{Action, Event, Wizard};

/// The fixture the personas come from, for messages.
pub const DESK_WORKER_FIXTURE: &str = "tests/fixtures/desk-worker.json";

/// The actions that give `question` the answer `persona` holds for it
/// (none when the persona holds none), in the order a visitor would act.
pub fn actions_for(question: &Question, persona: &Answers) -> Vec<Action> {
    let id = question.id;
    match (question.kind, question.answer(persona)) {
        (_, None) => Vec::new(),
        (Kind::Number(_), Some(Value::Number(n))) => vec![Action::SetNumber(id, n)],
        (_, Some(Value::Choice(option))) => vec![Action::Choose(id, option.into())],
        (_, Some(Value::Choices(options))) if options.is_empty() => {
            vec![Action::Toggle(id, NONE_OPTION.into())]
        }
        (_, Some(Value::Choices(options))) => options
            .into_iter()
            .map(|o| Action::Toggle(id, o.into()))
            .collect(),
        (_, Some(Value::Number(_))) => Vec::new(),
    }
}

/// An example of what a fixture line holds for `question`, for messages.
fn example(question: &Question) -> String {
    match question.kind {
        Kind::Number(range) => format!("{}", range.min),
        Kind::YesNo => "false".into(),
        Kind::Multi(_) | Kind::BodyAreas => "[]".into(),
        Kind::Single(options) => format!("\"{}\"", options.first().copied().unwrap_or_default()),
    }
}

/// Answers every question step `step` shows, from `persona`, including
/// those an answer reveals, as the end-to-end `answerStep` does on the page.
/// A question the persona does not answer fails with the fixture line to add.
pub fn answer_step(wizard: &mut Wizard, step: usize, persona: &Answers, fixture: &str) {
    let mut done: Vec<&'static str> = Vec::new();
    loop {
        let fresh: Vec<&'static Question> = questions::visible_in(step, &wizard.answers)
            .into_iter()
            .filter(|q| !done.contains(&q.id))
            .collect();
        if fresh.is_empty() {
            return;
        }
        for question in fresh {
            done.push(question.id);
            // Already so answered (a toggle would undo it).
            if question.answer(&wizard.answers).is_some()
                && question.answer(&wizard.answers) == question.answer(persona)
            {
                continue;
            }
            let actions = actions_for(question, persona);
            assert!(
                !actions.is_empty(),
                "{fixture} does not answer \"{}\": add a line such as \"{}\": {}",
                question.id,
                question.id,
                example(question)
            );
            for action in actions {
                wizard.update(Event::Answer(action));
            }
        }
    }
}
