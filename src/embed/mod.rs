//! The Rust side of the `<massage-advisor>` custom element. The element
//! itself (`element.js`) owns the shadow root and the attributes; it drives a
//! [`Widget`] through these few exported methods.

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::config::{default_storage_key, Config, Theme};
use crate::locale::Lang;
use crate::prefill::Prefill;

/// One mounted widget: its configuration (changed live by attributes) and
/// the handle that unmounts it when dropped.
#[wasm_bindgen]
pub struct Widget {
    defaults: Config,
    config: RwSignal<Config>,
    prefill: Prefill,
    mounted: Option<Box<dyn Any>>,
}

#[wasm_bindgen]
impl Widget {
    /// A widget on the page at `path`, for the element with DOM id
    /// `element_id` (empty when it has none) at `position` among the page's
    /// widgets: its storage namespace defaults to
    /// [`default_storage_key`] of these. `page_lang` is the language the
    /// page suggests (`<html lang>`, else the browser's), used when the
    /// element has no `lang` of its own. `page_scheme` is the colour scheme
    /// the page is drawn in (`light` or `dark`; none when it follows the
    /// visitor's setting), which `theme="auto"` follows.
    #[wasm_bindgen(constructor)]
    pub fn new(
        path: &str,
        element_id: &str,
        position: usize,
        page_lang: &str,
        page_scheme: Option<String>,
    ) -> Widget {
        // Embedded, there is no main(): a panic should still say what happened.
        console_error_panic_hook::set_once();
        let defaults = Config {
            storage_key: default_storage_key(path, element_id, position),
            lang: Lang::from_tag(page_lang).unwrap_or_default(),
            host_scheme: page_scheme
                .as_deref()
                .and_then(Theme::parse)
                .filter(|t| *t != Theme::Auto),
            ..Config::default()
        };
        Widget {
            config: RwSignal::new(defaults.clone()),
            defaults,
            prefill: Prefill::default(),
            mounted: None,
        }
    }

    /// Applies an attribute (`None` when it was removed). An invalid value is
    /// ignored with one console warning naming the attribute.
    #[wasm_bindgen(js_name = setAttribute)]
    pub fn set_attribute(&self, name: &str, value: Option<String>) {
        let mut warning = None;
        self.config.update(|c| {
            if let Err(w) = c.apply_attribute(name, value.as_deref(), &self.defaults) {
                warning = Some(w);
            }
        });
        if let Some(w) = warning {
            web_sys::console::warn_1(&w.into());
        }
    }

    /// The storage key in use (for tests and tools).
    #[wasm_bindgen(js_name = storageKey)]
    pub fn storage_key(&self) -> String {
        crate::storage::Store::new(&self.config.with_untracked(|c| c.storage_key.clone()))
            .key()
            .to_owned()
    }

    /// What the visitor did on the pre-rendered first step (JSON: `checked`
    /// `[name, value]` pairs, `next`, `lang`), taken over by the next
    /// mount. Anything else is ignored.
    pub fn prefill(&mut self, json: &str) {
        self.prefill = Prefill::parse(json).unwrap_or_default();
    }

    /// Mounts the questionnaire into `parent` (inside the shadow root).
    pub fn mount(&mut self, parent: web_sys::HtmlElement) {
        self.mounted = None;
        let prefill = std::mem::take(&mut self.prefill);
        self.mounted = Some(Box::new(crate::mount_to(
            parent,
            self.config.into(),
            prefill,
        )));
    }

    /// Unmounts it: its DOM, effects and listeners are gone.
    pub fn unmount(&mut self) {
        self.mounted = None;
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.mounted = None;
        self.config.dispose();
    }
}
