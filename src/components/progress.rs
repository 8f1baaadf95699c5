//! "Step 2 of 7" and a bar. The step heading is described by the text, so
//! the step is announced once when focus moves to it; the bar only draws it.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::keys::dom;

/// Progress through the steps (`step` counts from 0).
#[component]
pub fn Progress(
    /// The current step.
    step: Signal<usize>,
    /// How many steps there are.
    total: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || {
        i18n.fill(
            "ui.step_of",
            &[
                ("n", (step.get() + 1).to_string()),
                ("total", total.to_string()),
            ],
        )
    };
    view! {
        <div class="ma-progress">
            <p class="ma-progress__label" id=dom::PROGRESS_LABEL>{label}</p>
            <progress
                class="ma-progress__bar"
                max=total
                value=move || step.get() + 1
                aria-hidden="true"
            ></progress>
        </div>
    }
}
