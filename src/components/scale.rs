//! A short number range (0 to 10) as a row of native radio buttons: easier
//! to tap and to use by keyboard than a text field or a slider.

use leptos::prelude::*;

use crate::domain::msg::decimal;
use crate::domain::questions::NumberRange;
use crate::domain::{Action, Value};
use crate::keys::dom;

use super::field::Field;
use super::fieldset::QuestionFieldset;

/// Radios for every whole value of `range`.
#[component]
pub fn Scale(
    /// The question, its answer, error and sender.
    field: Field,
    /// Its range (whole steps).
    range: NumberRange,
) -> impl IntoView {
    let qid = field.id();
    let items = range
        .values()
        .map(|v| {
            let id = dom::scale_value(qid, v);
            view! {
                <div class="ma-scale__item">
                    <input
                        type="radio"
                        class="ma-scale__input"
                        id=id.clone()
                        name=dom::input_name(qid)
                        value=decimal(v)
                        prop:checked=move || field.answer.with(|a| *a == Some(Value::Number(v)))
                        on:change=move |_| field.on_change.run(Action::SetNumber(qid, v))
                    />
                    <label class="ma-scale__label" for=id>{decimal(v)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <QuestionFieldset question=qid modifier="ma-question--scale" error=field.error>
            <div class="ma-scale">
                {items}
            </div>
        </QuestionFieldset>
    }
}
