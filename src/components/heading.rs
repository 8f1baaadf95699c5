//! A heading whose level follows the host's `heading-level`: the widget's
//! top heading is at that level and the others follow from it, so the
//! widget fits under the host page's own headings.

use leptos::prelude::*;

/// The level of the widget's top heading (1 to 6), provided by the app.
#[derive(Clone, Copy)]
pub struct HeadingBase(pub u8);

/// A heading `offset` levels below the widget's top heading (capped at 6).
#[component]
pub fn Heading(
    /// How many levels below the top heading (0 for the top heading).
    offset: u8,
    /// DOM id.
    #[prop(optional, into)]
    id: Option<String>,
    /// Classes.
    #[prop(optional)]
    class: &'static str,
    /// Takes focus when its screen shows (focusable by script only).
    #[prop(optional)]
    focus_target: bool,
    /// An element whose text describes it (the step count, for a step).
    #[prop(optional, into)]
    describedby: MaybeProp<&'static str>,
    /// The text.
    children: Children,
) -> impl IntoView {
    let base = use_context::<HeadingBase>().map_or(2, |b| b.0);
    let class = if focus_target {
        format!("{class} ma-focus-target")
    } else {
        class.to_owned()
    };
    let tabindex = focus_target.then_some("-1");
    let describedby = describedby.get_untracked();
    let children = children();
    match base.saturating_add(offset).clamp(1, 6) {
        1 => view! { <h1 id=id class=class tabindex=tabindex aria-describedby=describedby>{children}</h1> }.into_any(),
        2 => view! { <h2 id=id class=class tabindex=tabindex aria-describedby=describedby>{children}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class tabindex=tabindex aria-describedby=describedby>{children}</h3> }.into_any(),
        4 => view! { <h4 id=id class=class tabindex=tabindex aria-describedby=describedby>{children}</h4> }.into_any(),
        5 => view! { <h5 id=id class=class tabindex=tabindex aria-describedby=describedby>{children}</h5> }.into_any(),
        _ => view! { <h6 id=id class=class tabindex=tabindex aria-describedby=describedby>{children}</h6> }.into_any(),
    }
}
