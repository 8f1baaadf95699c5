//! The questionnaire flow as one reducer: every change, to an answer or to the
//! step, goes through [`Wizard::update`].

use super::answers::{effective, Action, Answers};
use super::checkin::{asks_again, fold_in, needs_retake, Entry, History};
use super::choices::Level;
use super::questions::{check_in_questions, q, visible_in, FieldError, CHECK_IN, STEPS};
use super::triage::{triage, Trigger};
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
    /// Every check-in so far, oldest first.
    pub history: History,
    /// Where a check-in stands.
    pub check_in: CheckInStage,
    /// The answers as they were when a check-in started (it asks the
    /// warning signs afresh): put back if the check-in is left, and what is
    /// saved while it is under way.
    pub before_check_in: Option<Answers>,
}

/// Where a check-in stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum CheckInStage {
    /// None under way.
    #[default]
    Off,
    /// Its questions show.
    Asking,
    /// Recorded: the history shows, with why the full questionnaire is
    /// offered again (empty when nothing calls for it).
    Done {
        /// Why the questionnaire is offered again.
        again: Vec<super::msg::Msg>,
        /// Something is new (an area, a condition): the earlier suggestions
        /// are not shown until the questionnaire has been answered again.
        retake: bool,
    },
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
    /// A check-in's questions ("How is your back today?").
    CheckIn,
    /// A check-in recorded: the history, and the way on.
    Progress,
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
    /// Began a check-in (a visitor who finished once): the warning signs
    /// are asked again, and the check-in's own questions afresh.
    StartCheckIn,
    /// Pressed "Save" on a check-in, at this time.
    SubmitCheckIn {
        /// When, in milliseconds since the Unix epoch.
        at_ms: f64,
    },
    /// Went from the history to the suggestions.
    ShowResults,
    /// Took the offer of the full questionnaire again (answers kept).
    Retake,
}

/// The index of the results screen.
pub const RESULTS: usize = STEPS.len();

/// The furthest screen `answers` allow: the first step with a question left
/// unanswered (or answered out of range); the results once every step is
/// complete, or as soon as the steps so far call for a doctor today (no later
/// answer can make that less urgent), even before the rest of their step is
/// answered: a warning sign never waits for the age. So no advice is ever
/// shown while a safety answer is missing, whatever a save or another tab
/// holds.
pub fn furthest(answers: &Answers) -> usize {
    match path(answers) {
        Path::Stops(step) => step,
        Path::Results(_) => RESULTS,
    }
}

/// Where a visitor who wants step `step` may be, for `answers`: never past
/// the first step with an unanswered question, and on the results when
/// `step` lies past the step after which the results show (a warning sign
/// ended the questionnaire there).
pub fn reachable(step: usize, answers: &Answers) -> usize {
    match path(answers) {
        Path::Stops(stop) => step.min(stop),
        Path::Results(last) if step > last => RESULTS,
        Path::Results(_) => step,
    }
}

/// The steps that lead to the results for `answers`: from the first to the
/// one after which the results show (all of them, unless a warning sign
/// ended the questionnaire early). Empty while the results are not reached.
pub fn steps_to_results(answers: &Answers) -> std::ops::Range<usize> {
    match path(answers) {
        Path::Stops(_) => 0..0,
        Path::Results(last) => 0..last + 1,
    }
}

/// Where the answers lead: a step that still needs answers, or the results
/// after a last step.
enum Path {
    Stops(usize),
    Results(usize),
}

fn path(answers: &Answers) -> Path {
    let shown = effective(answers);
    for step in 0..STEPS.len() {
        if acts_now(&up_to(&shown, step)) {
            return Path::Results(step);
        }
        if !step_errors(step, &shown).is_empty() {
            return Path::Stops(step);
        }
    }
    Path::Results(STEPS.len() - 1)
}

/// The answers of steps `0..=step` only.
fn up_to(answers: &Answers, step: usize) -> Answers {
    let mut out = answers.clone();
    for later in STEPS.iter().skip(step + 1) {
        for question in later.questions {
            let _ = out.apply(Action::Clear(question.id));
        }
    }
    out
}

/// True when these answers call for a doctor today or an emergency: then
/// nothing else is asked.
fn acts_now(answers: &Answers) -> bool {
    triage(&effective(answers)).suppresses_therapies()
}

/// The emergencies an unanswered question could still reveal: for results
/// reached before every question was answered (a warning sign never waits),
/// the triggers that one more answer to a question shown on the steps gone
/// through would add at the emergency level. The urgent screen names them,
/// so that a visitor who pressed Next before answering a follow-up (a
/// swollen calf, and then breathlessness) still reads when to call now.
pub fn unasked_emergencies(answers: &Answers) -> Vec<Trigger> {
    let shown = effective(answers);
    let now = triage(&shown);
    if now.level >= Level::Emergency {
        return Vec::new();
    }
    let mut found: Vec<Trigger> = Vec::new();
    for step in steps_to_results(answers) {
        for question in visible_in(step, &shown) {
            if question.answer(&shown).is_some() {
                continue;
            }
            for option in question.kind.options() {
                let mut more = shown.clone();
                let action = if question.kind.is_multiple() {
                    Action::Toggle(question.id, (*option).into())
                } else {
                    Action::Choose(question.id, (*option).into())
                };
                if more.apply(action).is_err() {
                    continue;
                }
                for trigger in triage(&effective(&more)).triggers {
                    if trigger.level() == Level::Emergency
                        && !now.triggers.contains(&trigger)
                        && !found.contains(&trigger)
                    {
                        found.push(trigger);
                    }
                }
            }
        }
    }
    found
}

/// The level the answers on step `step` raise the outcome to, when they do,
/// and the question after which to say so: what the visitor is told beside
/// the question, before pressing Next. The question is the last one on the
/// step whose answer alone makes the difference (the warning signs, not the
/// age; the body map for both legs, while whether that is new is unknown).
pub fn raised_on(step: usize, answers: &Answers) -> Option<(Level, &'static str)> {
    let def = STEPS.get(step)?;
    let level = |a: &Answers| triage(&effective(a)).level;
    let without = |ids: &mut dyn Iterator<Item = &'static str>| {
        let mut a = answers.clone();
        for id in ids {
            let _ = a.apply(Action::Clear(id));
        }
        level(&a)
    };
    let with = level(answers);
    let ids = || def.questions.iter().map(|q| q.id);
    if with <= without(&mut ids()) {
        return None;
    }
    let question = ids()
        .rfind(|id| without(&mut std::iter::once(*id)) < with)
        .or_else(|| ids().rfind(|id| answers.get(id).is_some()))?;
    Some((with, question))
}

impl Wizard {
    /// A wizard resumed at `step` with `answers`, but never past the first
    /// step with an unanswered question (see [`reachable`]). When there is
    /// progress to resume, the visitor is asked first (see [`Screen::Resume`]).
    pub fn resume(answers: Answers, step: usize) -> Self {
        let resuming = answers != Answers::default() || step > 0;
        Self {
            step: reachable(step, &answers),
            answers,
            errors: Vec::new(),
            resuming,
            history: History::default(),
            check_in: CheckInStage::Off,
            before_check_in: None,
        }
    }

    /// The same, with the check-ins saved before.
    pub fn with_history(mut self, history: History) -> Self {
        self.resuming |= !history.is_empty();
        self.history = history;
        self
    }

    /// The screen to show.
    pub fn screen(&self) -> Screen {
        if self.resuming {
            Screen::Resume
        } else if self.check_in == CheckInStage::Asking {
            Screen::CheckIn
        } else if matches!(self.check_in, CheckInStage::Done { .. }) {
            Screen::Progress
        } else if self.on_results() {
            Screen::Results
        } else {
            Screen::Step(self.step)
        }
    }

    /// True when there is nothing worth saving: no answer, first step, no
    /// check-in.
    pub fn is_blank(&self) -> bool {
        self.step == 0 && self.answers == Answers::default() && self.history.is_empty()
    }

    /// True when the visitor has finished the questionnaire once (the results
    /// were reached), so that a check-in makes sense.
    pub fn has_finished(&self) -> bool {
        self.step >= RESULTS || !self.history.is_empty()
    }

    /// True when a check-in is offered: the questionnaire was finished, and
    /// its outcome was not to see a doctor today or call for help (a
    /// check-in must not stand in for that: the results keep saying it).
    pub fn may_check_in(&self) -> bool {
        self.has_finished() && triage(&effective(self.answers_to_keep())).level <= Level::Soon
    }

    /// The answers to save: during a check-in, those from before it (a
    /// half-answered check-in is not kept).
    pub fn answers_to_keep(&self) -> &Answers {
        match (&self.check_in, &self.before_check_in) {
            (CheckInStage::Asking, Some(before)) => before,
            _ => &self.answers,
        }
    }

    /// Clears the check-in's own answers (they live in the saved copy only
    /// as a history entry).
    fn clear_check_in_answers(&mut self) {
        for question in CHECK_IN.questions {
            let _ = self.answers.apply(Action::Clear(question.id));
        }
    }

    /// Leaves a check-in under way: the answers as they were before it.
    fn leave_check_in(&mut self) {
        if let Some(before) = self.before_check_in.take() {
            self.answers = before;
        }
        self.clear_check_in_answers();
        self.check_in = CheckInStage::Off;
    }

    /// The errors of the check-in: its questions shown and unanswered.
    fn check_in_errors(&self) -> Vec<FieldError> {
        check_in_questions(&self.answers)
            .into_iter()
            .filter(|question| question.required && question.answer(&self.answers).is_none())
            .map(|question| FieldError::new(question.id, "error.required"))
            .collect()
    }

    /// True on the results screen.
    pub fn on_results(&self) -> bool {
        self.step >= RESULTS
    }

    /// Applies one event.
    pub fn update(&mut self, event: Event) {
        match event {
            Event::Answer(action) => match self.answers.apply(action) {
                Ok(()) => {
                    // An answer fixes its own error; the others stay until Next.
                    let now = if self.check_in == CheckInStage::Asking {
                        self.check_in_errors()
                    } else {
                        step_errors(self.step, &self.answers)
                    };
                    self.errors.retain(|e| now.contains(e));
                }
                Err(e) => {
                    self.errors.retain(|old| old.question != e.question);
                    self.errors.push(e);
                }
            },
            Event::Next => {
                // A warning sign leads straight to its instruction, whatever
                // else on the step is unanswered.
                if acts_now(&up_to(&effective(&self.answers), self.step)) {
                    self.errors.clear();
                    self.step = RESULTS;
                    return;
                }
                let errors = step_errors(self.step, &self.answers);
                if !errors.is_empty() {
                    self.errors = errors;
                    return;
                }
                self.errors.clear();
                self.step = reachable(self.step + 1, &self.answers);
            }
            Event::Back => {
                self.errors.clear();
                // From the results, back to the last step gone through.
                self.step = if self.on_results() {
                    steps_to_results(&self.answers).end.saturating_sub(1)
                } else {
                    self.step.saturating_sub(1)
                };
            }
            Event::GoTo(step) => {
                self.errors.clear();
                self.step = reachable(step, &self.answers);
            }
            Event::StartOver => *self = Wizard::default(),
            Event::StartCheckIn => {
                self.resuming = false;
                self.errors.clear();
                // The warning signs every time, and the check-in afresh.
                self.before_check_in = Some(self.answers.clone());
                let _ = self.answers.apply(Action::Clear(q::red_flags));
                self.clear_check_in_answers();
                self.answers = effective(&self.answers);
                self.check_in = CheckInStage::Asking;
            }
            Event::SubmitCheckIn { at_ms } => {
                // A warning sign goes straight to its instruction, as in the
                // questionnaire: the rest of the check-in is not asked for.
                if acts_now(&self.answers) {
                    self.errors.clear();
                    self.clear_check_in_answers();
                    self.before_check_in = None;
                    self.check_in = CheckInStage::Off;
                    self.step = RESULTS;
                    return;
                }
                let errors = self.check_in_errors();
                let entry = Entry::from_answers(&self.answers, at_ms).filter(|_| errors.is_empty());
                let Some(entry) = entry else {
                    self.errors = errors;
                    return;
                };
                self.errors.clear();
                let before = self
                    .before_check_in
                    .take()
                    .unwrap_or_else(|| self.answers.clone());
                let level_before = triage(&effective(&before)).level;
                let again = asks_again(&self.answers, &self.history, &entry);
                let retake = needs_retake(&self.answers, &entry);
                // Today's pain counts in the advice from now on: a check-in
                // can make it more careful, never less (for that, the
                // questionnaire is answered again).
                fold_in(&mut self.answers, &self.history, &entry);
                self.history.push(entry);
                self.clear_check_in_answers();
                self.answers = effective(&self.answers);
                let now = triage(&self.answers);
                // More careful advice now: straight to it, as a warning sign
                // goes straight to its instruction; unless suggestions would
                // show that do not know what is new (then the questionnaire
                // comes first, below).
                if now.level > level_before && (!retake || now.suppresses_therapies()) {
                    self.check_in = CheckInStage::Off;
                    self.step = RESULTS;
                    return;
                }
                if retake {
                    // The earlier suggestions no longer stand: the results
                    // wait until the questionnaire is answered again.
                    self.step = 0;
                }
                self.check_in = CheckInStage::Done { again, retake };
            }
            Event::ShowResults => {
                if matches!(self.check_in, CheckInStage::Done { retake: true, .. }) {
                    self.check_in = CheckInStage::Off;
                    self.errors.clear();
                    self.step = 0;
                    return;
                }
                self.leave_check_in();
                self.step = reachable(RESULTS, &self.answers);
            }
            Event::Retake => {
                if self.check_in == CheckInStage::Asking {
                    self.leave_check_in();
                }
                self.check_in = CheckInStage::Off;
                self.errors.clear();
                self.step = 0;
            }
            Event::Continue => self.resuming = false,
            Event::Load(answers) => {
                self.answers = answers;
                self.step = reachable(self.step, &self.answers);
                let now = step_errors(self.step, &self.answers);
                self.errors.retain(|e| now.contains(e));
            }
        }
    }
}
