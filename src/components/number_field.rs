//! A number question typed as text ("7.5" or "7,5"), parsed into a checked
//! value; what the visitor types is never lost to a re-render.

use leptos::prelude::*;

use crate::domain::msg::decimal;
use crate::domain::questions::NumberRange;
use crate::domain::validate::parse_number;
use crate::domain::{Action, Value};
use crate::i18n::use_i18n;
use crate::keys::{dom, text};

use super::field::Field;
use super::fieldset::{hint_id, ErrorMessage, QuestionHint};

/// A labelled text input for a number in a range.
#[component]
pub fn NumberField(
    /// The question, its answer, the error from the last Next, and its sender.
    field: Field,
    /// Its allowed range.
    range: NumberRange,
) -> impl IntoView {
    let i18n = use_i18n();
    let qid = field.id();
    let stored = move || match field.answer.get() {
        Some(Value::Number(n)) => Some(n),
        _ => None,
    };
    let raw = RwSignal::new(stored().map(decimal).unwrap_or_default());
    let parse_error: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let touched = RwSignal::new(false);
    let focused = RwSignal::new(false);
    // Follow changes made elsewhere (another tab, start over), but never
    // while the visitor is typing here.
    Effect::new(move |_| {
        let value = stored();
        if !focused.get_untracked() {
            let text = value.map(decimal).unwrap_or_default();
            let same = parse_number(&range, &raw.get_untracked()).ok() == value;
            if !same {
                raw.set(text);
                parse_error.set(None);
            }
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        raw.set(text.clone());
        match parse_number(&range, &text) {
            Ok(v) => {
                parse_error.set(None);
                field.on_change.run(Action::SetNumber(qid, v));
            }
            Err(key) => {
                parse_error.set(Some(key));
                if stored().is_some() {
                    field.on_change.run(Action::Clear(qid));
                }
            }
        }
    };
    // A typing error is shown once the visitor leaves the field or presses
    // Next; it is more precise than "please answer".
    let shown_error = Signal::derive(move || {
        let typed = parse_error.get().filter(|k| *k != "error.required");
        match (touched.get(), typed, field.error.get()) {
            (true, Some(k), _) => Some(k),
            (_, Some(k), Some(_)) => Some(k),
            (_, _, e) => e,
        }
    });
    let id = dom::number_input(qid);
    let error_id = dom::error(qid);
    let unit_id = dom::unit(qid);
    let hint = hint_id(qid);
    let describedby = match &hint {
        Some(hint) => format!("{hint} {error_id} {unit_id}"),
        None => format!("{error_id} {unit_id}"),
    };
    let label = text::label(qid);
    let args = vec![
        ("min", decimal(range.min)),
        ("max", decimal(range.max)),
        ("step", decimal(range.step)),
        ("example", decimal(range.min + 15.0 * range.step)),
    ];
    view! {
        <div
            class="ma-question ma-question--number"
            class:ma-question--invalid=move || shown_error.get().is_some()
            id=dom::question(qid)
        >
            <label class="ma-question__label" for=id.clone()>
                {move || i18n.t(&label)}
            </label>
            {hint.map(|_| view! { <QuestionHint question=qid /> })}
            <div class="ma-number">
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    class="ma-number__input"
                    id=id
                    prop:value=move || raw.get()
                    aria-describedby=describedby
                    aria-invalid=move || if shown_error.get().is_some() { "true" } else { "false" }
                    on:input=on_input
                    on:focus=move |_| focused.set(true)
                    on:blur=move |_| {
                        focused.set(false);
                        touched.set(true);
                    }
                />
                <span class="ma-number__unit" id=unit_id>
                    {move || i18n.t(range.unit)}
                </span>
            </div>
            <ErrorMessage id=error_id error=shown_error args=args />
        </div>
    }
}
