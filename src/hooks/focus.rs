//! `use_focus_on_change`: move focus when the screen changes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with DOM id `id` inside `within` (which may sit in a
/// shadow root, where `document.getElementById` cannot see). HTML and SVG
/// elements alike. True when an element was found and focused.
pub fn focus_by_id(within: &web_sys::Element, id: &str) -> bool {
    // Ids are built by `crate::keys::dom` from stable ids: no quotes in them.
    let Ok(Some(el)) = within.query_selector(&format!("[id=\"{id}\"]")) else {
        return false;
    };
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        el.focus().is_ok()
    } else if let Some(el) = el.dyn_ref::<web_sys::SvgElement>() {
        el.focus().is_ok()
    } else {
        false
    }
}

/// Focuses the element with DOM id `id` inside `within` without scrolling
/// to it: for a control that mirrors another (the body map's drawing and
/// its checkboxes), so that focus stays on the answer just given instead of
/// falling to the page.
pub fn focus_quietly(within: &web_sys::Element, id: &str) -> bool {
    let Ok(Some(el)) = within.query_selector(&format!("[id=\"{id}\"]")) else {
        return false;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    el.dyn_ref::<web_sys::HtmlElement>()
        .is_some_and(|el| el.focus_with_options(&options).is_ok())
}

/// Brings the element with DOM id `id` inside `within` to the top of the
/// screen (below whatever the host keeps fixed there, through the CSS
/// `scroll-margin-top`), at once: a step that follows another starts at its
/// heading, not under the clinic's header.
pub fn bring_to_top(within: &web_sys::Element, id: &str) {
    if let Ok(Some(el)) = within.query_selector(&format!("[id=\"{id}\"]")) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Whenever `watched` changes (but not on first render: a widget must not
/// steal focus from the host page), moves focus to the element whose id
/// `target` names for the new value, once Leptos has patched the DOM, and
/// brings it to the top of the screen.
pub fn use_focus_on_change<T>(
    root: NodeRef<leptos::html::Section>,
    watched: Memo<T>,
    target: fn(&T) -> &'static str,
) where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    // Remembered synchronously at creation, so that a change made before the
    // effect's first run still moves focus.
    let shown = StoredValue::new(watched.get_untracked());
    Effect::new(move |_| {
        let now = watched.get();
        if shown.with_value(|shown| *shown == now) {
            return;
        }
        let id = target(&now);
        shown.set_value(now);
        // A zero timeout runs after the DOM patch (not a frame callback:
        // those are throttled in background tabs).
        set_timeout(
            move || {
                if let Some(root) = root.try_get_untracked().flatten() {
                    bring_to_top(&root, id);
                    focus_by_id(&root, id);
                }
            },
            std::time::Duration::ZERO,
        );
    });
}
