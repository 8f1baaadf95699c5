//! The one module that touches `localStorage`.
//!
//! Every operation reads `window.localStorage` once, through [`local_storage`],
//! and every failure (storage blocked, full, throwing, holding corrupt or
//! unknown data) comes back as a typed value; nothing here panics or throws
//! into JavaScript. (gloo-storage's `LocalStorage` re-reads the getter on each
//! call and panics when it or `getItem`/`removeItem` throws, which hostile or
//! locked-down browsers do, so it is not used.)

use wasm_bindgen::JsCast;

use crate::domain::saved::{decode, DecodeError, Saved};

/// Prefix of every key the widget writes; all local files opened from
/// `file://` share one origin, so keys are namespaced.
pub const KEY_PREFIX: &str = "massage-advisor:";

/// What was found in storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved: a fresh start.
    Nothing,
    /// Progress saved earlier (migrated to the current schema).
    Saved(Box<Saved>),
    /// Storage cannot be used at all (blocked, or reading it throws).
    Unavailable,
    /// Something was stored but could not be used; it has been removed so
    /// that it is reported once, not on every visit.
    Unusable(DecodeError),
}

/// Why progress could not be written or erased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// `localStorage` is blocked, missing, or reading it throws.
    Unavailable,
    /// The browser refused the operation (quota exceeded, or it threw).
    Refused,
}

/// A change made to storage by another tab or window.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// New progress under our key.
    Saved(Box<Saved>),
    /// Our key was removed, or the whole storage cleared.
    Erased,
    /// Another key changed, or the new value is unusable: nothing to follow.
    Unrelated,
}

/// The visitor's saved progress under one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    key: String,
}

/// The browser's `localStorage`, or `None` when it is blocked: reading
/// `window.localStorage` itself throws in some privacy modes and sandboxes.
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

    /// Reads saved progress.
    pub fn load(&self, now_ms: f64) -> Loaded {
        let Some(storage) = local_storage() else {
            return Loaded::Unavailable;
        };
        let raw = match storage.get_item(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Loaded::Nothing,
            Err(_) => return Loaded::Unavailable,
        };
        match decode(&raw, now_ms) {
            Ok(saved) => Loaded::Saved(Box::new(saved)),
            Err(e) => {
                let _ = storage.remove_item(&self.key);
                Loaded::Unusable(e)
            }
        }
    }

    /// Saves progress.
    pub fn save(&self, saved: &Saved) -> Result<(), StoreError> {
        let storage = local_storage().ok_or(StoreError::Unavailable)?;
        storage
            .set_item(&self.key, &saved.encode())
            .map_err(|_| StoreError::Refused)
    }

    /// Removes the saved progress.
    pub fn forget(&self) -> Result<(), StoreError> {
        let storage = local_storage().ok_or(StoreError::Unavailable)?;
        storage
            .remove_item(&self.key)
            .map_err(|_| StoreError::Refused)
    }

    /// Reads a `storage` event from another tab.
    pub fn change(&self, event: &web_sys::Event, now_ms: f64) -> Change {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return Change::Unrelated;
        };
        match event.key() {
            // `clear()` in another tab.
            None => Change::Erased,
            Some(key) if key == self.key => match event.new_value() {
                None => Change::Erased,
                Some(raw) => {
                    decode(&raw, now_ms).map_or(Change::Unrelated, |s| Change::Saved(Box::new(s)))
                }
            },
            Some(_) => Change::Unrelated,
        }
    }
}
