//! The Rust side of the `<massage-advisor>` custom element. The element
//! itself (`element.js`) owns the shadow root and the attributes; it drives a
//! [`Widget`] through these few exported methods.

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::config::{parse_storage_key, Config};
use crate::App;

/// One mounted widget: its configuration (changed live by attributes) and
/// the handle that unmounts it when dropped.
#[wasm_bindgen]
pub struct Widget {
    defaults: Config,
    config: RwSignal<Config>,
    mounted: Option<Box<dyn Any>>,
}

#[wasm_bindgen]
impl Widget {
    /// A widget whose storage namespace defaults to `default_storage_key`
    /// (the element derives it from the page, so that two pages or two
    /// widgets do not share answers by accident).
    #[wasm_bindgen(constructor)]
    pub fn new(default_storage_key: &str) -> Widget {
        // Embedded, there is no main(): a panic should still say what happened.
        console_error_panic_hook::set_once();
        let mut defaults = Config::default();
        if let Some(key) = parse_storage_key(default_storage_key) {
            defaults.storage_key = key;
        }
        Widget {
            config: RwSignal::new(defaults.clone()),
            defaults,
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

    /// Mounts the questionnaire into `parent` (inside the shadow root).
    pub fn mount(&mut self, parent: web_sys::HtmlElement) {
        self.mounted = None;
        let config = self.config;
        let handle = leptos::mount::mount_to(parent, move || view! { <App config /> });
        self.mounted = Some(Box::new(handle));
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
