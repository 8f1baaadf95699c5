//! A section a visitor can open: a native `details` whose `summary` names it.
//! The results keep their first screen short with these.

use leptos::prelude::*;

/// A section that opens and closes.
#[component]
pub fn Disclosure(
    /// An extra class (`ma-at-home`, ...).
    #[prop(optional)]
    class: &'static str,
    /// What the summary says.
    title: Signal<String>,
    /// Open from the start (the therapist's view shows everything).
    #[prop(optional)]
    open: bool,
    /// The content.
    children: Children,
) -> impl IntoView {
    view! {
        <details class=format!("ma-section {class}") open=open>
            <summary class="ma-section__summary">{move || title.get()}</summary>
            <div class="ma-section__body">{children()}</div>
        </details>
    }
}
