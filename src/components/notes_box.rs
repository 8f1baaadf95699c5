//! A titled box of short notes for the visitor ("Important for you", "At
//! home"), shown only when there is something to say.

use leptos::prelude::*;

use crate::domain::Msg;
use crate::i18n::use_i18n;

use super::heading::Heading;

/// A callout with a heading and a list of messages.
#[component]
pub fn NotesBox(
    /// Locale key of the heading.
    title: &'static str,
    /// DOM id of the heading.
    title_id: &'static str,
    /// Callout modifier (`warn`, `quiet`, ...).
    tone: &'static str,
    /// The notes.
    notes: Signal<Vec<Msg>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || notes.with(|n| !n.is_empty())>
            <section
                class=format!("ma-notes ma-callout ma-callout--{tone}")
                aria-labelledby=title_id
            >
                <Heading offset=1 class="ma-notes__title" id=title_id>{move || i18n.t(title)}</Heading>
                <ul class="ma-notes__list">
                    {move || notes.with(|n| n.iter().cloned().map(|m| view! {
                        <li>{move || i18n.render(&m)}</li>
                    }).collect_view())}
                </ul>
            </section>
        </Show>
    }
}
