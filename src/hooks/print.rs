//! `use_print`: prints the results as a summary alone. The host page around
//! the widget is hidden for the printout (a print stylesheet adopted by the
//! host document, active only while the widget prints), every section is
//! opened, and the date is written the way the page's language writes dates.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{long_date, use_i18n};
use crate::storage::now_ms;

/// The attribute that marks the printing widget and its document.
const PRINTING: &str = "data-ma-printing";

/// The host document's print rules: everything but the widget hidden, its
/// ancestors' boxes flattened. Matched only while `data-ma-printing` is set.
const HOST_PRINT_CSS: &str = "@media print {\
 html[data-ma-printing] body *:not([data-ma-printing]):not(:has([data-ma-printing])) { display: none !important; }\
 html[data-ma-printing] body :has([data-ma-printing]), html[data-ma-printing] body { margin: 0 !important; padding: 0 !important; border: 0 !important; background: none !important; box-shadow: none !important; max-width: none !important; width: auto !important; position: static !important; transform: none !important; float: none !important; }\
 html[data-ma-printing] [data-ma-printing] { display: block !important; margin: 0 !important; }\
}";

/// What [`use_print`] hands back.
#[derive(Clone, Copy)]
pub struct Print {
    /// Prints the summary.
    pub run: Callback<()>,
    /// The date the summary says it is from.
    pub date: RwSignal<String>,
}

/// The element that stands for the widget in its page: the custom element
/// around the shadow root, or the widget's root where there is none.
fn host_of(section: &web_sys::Element) -> Option<web_sys::Element> {
    let root = section.get_root_node();
    match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => Some(shadow.host()),
        None => section.closest(".ma-root").ok().flatten(),
    }
}

/// Adopts the host print rules into `document`, once.
fn adopt_host_rules(document: &web_sys::Document) {
    let Some(html) = document.document_element() else {
        return;
    };
    if html.has_attribute("data-ma-print-rules") {
        return;
    }
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return; // No constructable stylesheets: the whole page prints.
    };
    if sheet.replace_sync(HOST_PRINT_CSS).is_err() {
        return;
    }
    let key = JsValue::from_str("adoptedStyleSheets");
    let Ok(sheets) = js_sys::Reflect::get(document, &key) else {
        return;
    };
    let Ok(sheets) = sheets.dyn_into::<js_sys::Array>() else {
        return;
    };
    let adopted = js_sys::Array::from(&sheets);
    adopted.push(&sheet);
    if js_sys::Reflect::set(document, &key, &adopted).is_ok() {
        let _ = html.set_attribute("data-ma-print-rules", "");
    }
}

/// Marks (or unmarks) the widget and its document as printing.
fn mark(host: &web_sys::Element, on: bool) {
    let html = host.owner_document().and_then(|d| d.document_element());
    for el in [Some(host.clone()), html].into_iter().flatten() {
        let _ = if on {
            el.set_attribute(PRINTING, "")
        } else {
            el.remove_attribute(PRINTING)
        };
    }
}

/// Prints the section `section` as the summary alone.
pub fn use_print(section: NodeRef<leptos::html::Section>) -> Print {
    let i18n = use_i18n();
    let date = RwSignal::new(long_date(i18n, now_ms()));
    let run = Callback::new(move |()| {
        date.set(long_date(i18n, now_ms()));
        let Some(section) = section.get_untracked() else {
            return;
        };
        let section: web_sys::Element = section.into();
        // Every section opened, so that the printout holds them all.
        if let Ok(all) = section.query_selector_all("details") {
            for i in 0..all.length() {
                if let Some(details) = all
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = details.set_attribute("open", "");
                }
            }
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(host) = host_of(&section) {
            if let Some(document) = host.owner_document() {
                adopt_host_rules(&document);
            }
            mark(&host, true);
            // Unmarked once the printing is done (or cancelled).
            let after = host.clone();
            let done = wasm_bindgen::closure::Closure::once_into_js(move || mark(&after, false));
            let options = web_sys::AddEventListenerOptions::new();
            options.set_once(true);
            let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
                "afterprint",
                done.unchecked_ref(),
                &options,
            );
        }
        let _ = window.print();
    });
    Print { run, date }
}
