//! The questionnaire flow as one reducer: every change, to an answer or to the
//! step, goes through [`Wizard::update`].

use super::answers::{effective, Action, Answers};
use super::choices::Level;
use super::questions::{FieldError, STEPS};
use super::triage::triage;
use super::validate::step_errors;

/// Where the visitor is and what they have answered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Wizard {
    /// The answers so far.
    pub answers: Answers,
    /// The current step; [`STEPS`]`.len()` is the results screen.
    pub step: usize,
    /// Errors of the current step, shown after a refused Next.
    pub errors: Vec<FieldError>,
    /// Saved progress was found: the visitor is asked whether to continue
    /// with it before it is shown.
    pub resuming: bool,
}

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// "Welcome back": continue with saved progress, or start over.
    Resume,
    /// A step of the questionnaire, by index.
    Step(usize),
    /// The results.
    Results,
}

/// Something the visitor did.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// Changed an answer.
    Answer(Action),
    /// Pressed Next (or "See my suggestions" on the last step).
    Next,
    /// Pressed Back.
    Back,
    /// Jumped to a step (Edit answers); `STEPS.len()` shows the results.
    GoTo(usize),
    /// Started over: every answer forgotten, back to the first step.
    StartOver,
    /// Chose to continue with the saved progress ("Welcome back").
    Continue,
    /// Took the answers saved in another tab; the step shown here stays.
    Load(Answers),
}

/// The index of the results screen.
pub const RESULTS: usize = STEPS.len();

impl Wizard {
    /// A wizard resumed at `step` with `answers`. When there is progress to
    /// resume, the visitor is asked first (see [`Screen::Resume`]).
    pub fn resume(answers: Answers, step: usize) -> Self {
        let resuming = answers != Answers::default() || step > 0;
        Self {
            answers,
            step: step.min(RESULTS),
            errors: Vec::new(),
            resuming,
        }
    }

    /// The screen to show.
    pub fn screen(&self) -> Screen {
        if self.resuming {
            Screen::Resume
        } else if self.on_results() {
            Screen::Results
        } else {
            Screen::Step(self.step)
        }
    }

    /// True when there is nothing worth saving: no answer, first step.
    pub fn is_blank(&self) -> bool {
        self.step == 0 && self.answers == Answers::default()
    }

    /// True on the results screen.
    pub fn on_results(&self) -> bool {
        self.step >= RESULTS
    }

    /// Applies one event.
    pub fn update(&mut self, event: Event) {
        match event {
            Event::Answer(action) => {
                match self.answers.apply(action) {
                    Ok(()) => {
                        // An answer fixes its own error; the others stay until Next.
                        let now = step_errors(self.step, &self.answers);
                        self.errors.retain(|e| now.contains(e));
                    }
                    Err(e) => {
                        self.errors.retain(|old| old.question != e.question);
                        self.errors.push(e);
                    }
                }
                // A sign of an emergency is shown at once, without waiting for Next.
                if triage(&effective(&self.answers)).level == Level::Emergency {
                    self.errors.clear();
                    self.step = RESULTS;
                }
            }
            Event::Next => {
                let errors = step_errors(self.step, &self.answers);
                if !errors.is_empty() {
                    self.errors = errors;
                    return;
                }
                self.errors.clear();
                self.step = if triage(&effective(&self.answers)).suppresses_therapies() {
                    RESULTS
                } else {
                    (self.step + 1).min(RESULTS)
                };
            }
            Event::Back => {
                self.errors.clear();
                self.step = self.step.saturating_sub(1);
            }
            Event::GoTo(step) => {
                self.errors.clear();
                self.step = step.min(RESULTS);
            }
            Event::StartOver => *self = Wizard::default(),
            Event::Continue => self.resuming = false,
            Event::Load(answers) => {
                self.answers = answers;
                let now = step_errors(self.step, &self.answers);
                self.errors.retain(|e| now.contains(e));
            }
        }
    }
}
