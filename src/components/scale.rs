//! A short number range (0 to 10) as a row of native radio buttons: easier
//! to tap and to use by keyboard than a text field or a slider.

use leptos::prelude::*;

use crate::domain::questions::{NumberRange, Question};
use crate::domain::{Action, Answers, Event, Value};

use super::fieldset::{legend_id, QuestionFieldset};

/// Radios for every whole value of `range`.
#[component]
pub fn Scale(
    /// The question.
    question: &'static Question,
    /// Its range (whole steps).
    range: NumberRange,
    /// The answers.
    answers: Signal<Answers>,
    /// Locale key of the error, if any.
    error: Signal<Option<&'static str>>,
    /// Where changes go.
    dispatch: Callback<Event>,
) -> impl IntoView {
    let qid = question.id;
    let count = ((range.max - range.min) / range.step).round() as u32;
    let values: Vec<f32> = (0..=count)
        .map(|k| range.min + k as f32 * range.step)
        .collect();
    let items = values
        .into_iter()
        .map(|v| {
            let id = format!("ma-{qid}-{v}");
            view! {
                <div class="ma-scale__item">
                    <input
                        type="radio"
                        class="ma-scale__input"
                        id=id.clone()
                        name=format!("ma-{qid}")
                        value=v.to_string()
                        prop:checked=move || answers.with(|a| a.get(qid) == Some(Value::Number(v)))
                        on:change=move |_| dispatch.run(Event::Answer(Action::SetNumber(qid, v)))
                    />
                    <label class="ma-scale__label" for=id>{v.to_string()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <QuestionFieldset question=qid modifier="ma-question--scale" error>
            <div class="ma-scale" role="radiogroup" aria-labelledby=legend_id(qid)>
                {items}
            </div>
        </QuestionFieldset>
    }
}
