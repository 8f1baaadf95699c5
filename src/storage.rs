//! The one module that touches `localStorage`.
//!
//! Every failure (storage blocked, full, holding corrupt or unknown data)
//! comes back as a value the view turns into one calm notice; nothing here
//! panics or throws into JavaScript.

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

use crate::domain::saved::{decode, Saved};

/// Prefix of every key the widget writes; all local files opened from
/// `file://` share one origin, so keys are namespaced.
pub const KEY_PREFIX: &str = "massage-advisor:";

/// What was found in storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved: a fresh start.
    Nothing,
    /// Progress saved earlier (migrated to the current schema).
    Saved(Saved),
    /// Something could not be used; the locale key of the notice to show.
    /// The unusable data has been removed.
    Failed(&'static str),
}

/// Why progress could not be written or erased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// `localStorage` is blocked or missing.
    Unavailable,
    /// The browser refused the write (quota exceeded, or it threw).
    Refused,
}

/// The visitor's saved progress under one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    key: String,
}

/// The browser's `localStorage`, or `None` when it is blocked: reading
/// `window.localStorage` itself throws in some privacy modes and sandboxes,
/// and gloo-storage would turn that into an uncatchable JS exception.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl Store {
    /// A store for `namespace` (already validated by the caller).
    pub fn new(namespace: &str) -> Self {
        Self {
            key: format!("{KEY_PREFIX}{namespace}"),
        }
    }

    /// The full storage key.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Reads saved progress. Unusable data is removed so that it is reported
    /// once, not on every visit.
    pub fn load(&self, now_ms: f64) -> Loaded {
        let Some(storage) = local_storage() else {
            return Loaded::Failed("storage.unavailable");
        };
        let raw = match storage.get_item(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Loaded::Nothing,
            Err(_) => return Loaded::Failed("storage.unavailable"),
        };
        match decode(&raw, now_ms) {
            Ok(saved) => Loaded::Saved(saved),
            Err(e) => {
                let _ = storage.remove_item(&self.key);
                Loaded::Failed(e.key())
            }
        }
    }

    /// Saves progress.
    pub fn save(&self, saved: &Saved) -> Result<(), StoreError> {
        local_storage().ok_or(StoreError::Unavailable)?;
        LocalStorage::set(&self.key, saved).map_err(|_| StoreError::Refused)
    }

    /// Removes every key the widget wrote for this namespace.
    pub fn forget(&self) -> Result<(), StoreError> {
        let storage = local_storage().ok_or(StoreError::Unavailable)?;
        storage
            .remove_item(&self.key)
            .map_err(|_| StoreError::Refused)
    }

    /// Reads a `storage` event from another tab: `Some(Some(saved))` for new
    /// progress under our key, `Some(None)` when it was erased there, `None`
    /// when the event is about another key or holds unusable data.
    pub fn from_event(&self, event: &web_sys::Event, now_ms: f64) -> Option<Option<Saved>> {
        let event = event.dyn_ref::<web_sys::StorageEvent>()?;
        match event.key() {
            // `clear()` in another tab.
            None => Some(None),
            Some(key) if key == self.key => match event.new_value() {
                None => Some(None),
                Some(raw) => decode(&raw, now_ms).ok().map(Some),
            },
            Some(_) => None,
        }
    }
}
