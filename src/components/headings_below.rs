//! A part of the widget whose headings sit one level below the rest: the
//! results inside the therapist's view, under its own title.

use leptos::context::Provider;
use leptos::prelude::*;

use super::heading::HeadingBase;

/// Its children's headings, one level further down (capped at 6).
#[component]
pub fn HeadingsBelow(
    /// What is shown.
    children: Children,
) -> impl IntoView {
    let base = use_context::<HeadingBase>().map_or(2, |b| b.0);
    // A context of its own (a component has no owner of its own in Leptos
    // 0.8: `provide_context` here would change the level for what follows).
    view! { <Provider value=HeadingBase(base.saturating_add(1).min(6))>{children()}</Provider> }
}
