//! Every derived string in one place: the locale keys of texts that follow
//! from a domain id, and the DOM ids the view gives its elements. Pure Rust;
//! the view and the tests build these only through here.
//!
//! DOM ids are unique within one widget (each widget has its own shadow root).

use crate::domain::answers::NONE_OPTION;
use crate::domain::choices::{Level, TherapyId};
use crate::domain::questions::{Kind, Question};
use crate::domain::Screen;

/// Locale keys derived from ids.
pub mod text {
    use super::*;

    /// `step.{step}.title`
    pub fn step_title(step: &str) -> String {
        format!("step.{step}.title")
    }

    /// `step.{step}.intro`
    pub fn step_intro(step: &str) -> String {
        format!("step.{step}.intro")
    }

    /// `q.{question}.label`: the question as the visitor reads it.
    pub fn label(question: &str) -> String {
        format!("q.{question}.label")
    }

    /// `q.{question}.hint`: the help under a question (optional).
    pub fn hint(question: &str) -> String {
        format!("q.{question}.hint")
    }

    /// `opt.{question}.{option}`: one option of a choice question.
    pub fn option(question: &str, option: &str) -> String {
        format!("opt.{question}.{option}")
    }

    /// `map.{area}`: an area's short name on the body map.
    pub fn map_name(area: &str) -> String {
        format!("map.{area}")
    }

    /// `therapy.{id}.{field}`: `name`, `description`, `suits` or `watch`.
    pub fn therapy(id: TherapyId, field: &str) -> String {
        format!("therapy.{}.{field}", id.id())
    }

    /// `level.{level}.title`
    pub fn level_title(level: Level) -> String {
        format!("level.{}.title", level.id())
    }

    /// `level.{level}.action`
    pub fn level_action(level: Level) -> String {
        format!("level.{}.action", level.id())
    }

    /// `notice.level.{level}`: what the visitor is told, beside the
    /// questions, when their answers on a step raise the outcome to `level`.
    pub fn level_notice(level: Level) -> String {
        format!("notice.level.{}", level.id())
    }

    /// `trigger.{id}`: why an answer calls for a doctor.
    pub fn trigger(id: &str) -> String {
        format!("trigger.{id}")
    }
}

/// DOM ids.
pub mod dom {
    use super::*;

    /// The heading of a questionnaire step (focused when the step shows).
    pub const STEP_TITLE: &str = "ma-step-title";
    /// The heading of the results (focused when they show).
    pub const RESULTS_TITLE: &str = "ma-results-title";
    /// The heading of a check-in's history ("How your back has been").
    pub const PROGRESS_TITLE: &str = "ma-progress-title";
    /// The heading of the history of check-ins.
    pub const HISTORY_TITLE: &str = "ma-history-title";
    /// The heading of the visitor's plan in the calendar, and the hand-off.
    pub const NEXT_TITLE: &str = "ma-next-title";
    /// The heading of the hand-off to the clinic.
    pub const HANDOFF_TITLE: &str = "ma-handoff-title";
    /// The summary sent to the clinic.
    pub const HANDOFF_SUMMARY: &str = "ma-handoff-summary";
    /// The heading of the therapist's summary.
    pub const THERAPIST_TITLE: &str = "ma-therapist-title";
    /// The heading of the welcome-back prompt.
    pub const RESUME_TITLE: &str = "ma-resume-title";
    /// The progress label ("Step 2 of 7").
    pub const PROGRESS_LABEL: &str = "ma-progress-label";
    /// The heading of the clinic's call to action.
    pub const CTA_TITLE: &str = "ma-cta-title";
    /// The heading of the "edit answers" list.
    pub const EDIT_TITLE: &str = "ma-edit-title";
    /// The heading of the suggestions.
    pub const SUGGESTIONS_TITLE: &str = "ma-suggestions-title";
    /// The heading of "Important for you".
    pub const IMPORTANT_TITLE: &str = "ma-important-title";
    /// "Forget my answers".
    pub const FORGET: &str = "ma-forget";
    /// The question asked before forgetting.
    pub const FORGET_QUESTION: &str = "ma-forget-question";
    /// "Yes, erase my answers".
    pub const FORGET_CONFIRM: &str = "ma-forget-confirm";

    /// The heading that takes focus when `screen` shows.
    pub fn screen_heading(screen: &Screen) -> &'static str {
        match screen {
            Screen::Resume => RESUME_TITLE,
            Screen::Step(_) => STEP_TITLE,
            Screen::Results => RESULTS_TITLE,
            Screen::CheckIn => STEP_TITLE,
            Screen::Progress => PROGRESS_TITLE,
        }
    }

    /// The frame of a question (its `fieldset`).
    pub fn question(question: &str) -> String {
        format!("ma-q-{question}")
    }

    /// A question's legend or label.
    pub fn legend(question: &str) -> String {
        format!("ma-{question}-legend")
    }

    /// A question's hint.
    pub fn hint(question: &str) -> String {
        format!("ma-{question}-hint")
    }

    /// A question's error message.
    pub fn error(question: &str) -> String {
        format!("ma-{question}-error")
    }

    /// The `name` shared by a question's radios or checkboxes.
    pub fn input_name(question: &str) -> String {
        format!("ma-{question}")
    }

    /// One option's input (or body-map region).
    pub fn option(question: &str, option: &str) -> String {
        format!("ma-{question}-{option}")
    }

    /// One value of a scale (0 to 10).
    pub fn scale_value(question: &str, value: f32) -> String {
        format!("ma-{question}-{}", crate::domain::msg::decimal(value))
    }

    /// The text input of a number question.
    pub fn number_input(question: &str) -> String {
        format!("ma-{question}-input")
    }

    /// The unit beside a number input.
    pub fn unit(question: &str) -> String {
        format!("ma-{question}-unit")
    }

    /// The element that takes focus when a question has an error: its first
    /// input, as the view renders it ("none of these" comes first in a
    /// multiple choice).
    pub fn first_input(question: &Question) -> String {
        match question.kind {
            Kind::Number(range) if range.is_scale() => scale_value(question.id, range.min),
            Kind::Number(_) => number_input(question.id),
            kind if kind.is_multiple() => option(question.id, NONE_OPTION),
            kind => option(
                question.id,
                kind.options().first().copied().unwrap_or_default(),
            ),
        }
    }

    /// A suggested therapy's card.
    pub fn card(id: TherapyId) -> String {
        format!("ma-therapy-{}", id.id())
    }

    /// The title of a suggested therapy's card.
    pub fn card_title(id: TherapyId) -> String {
        format!("ma-card-{}", id.id())
    }

    /// A therapy that was left out.
    pub fn left_out(id: TherapyId) -> String {
        format!("ma-left-{}", id.id())
    }
}
