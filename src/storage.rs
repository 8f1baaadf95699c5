//! The one module that touches `localStorage`.
//!
//! Every operation reads `window.localStorage` once, through [`local_storage`],
//! and every failure (storage blocked, full, throwing, holding corrupt or
//! unknown data) comes back as a typed value; nothing here panics or throws
//! into JavaScript. (gloo-storage's `LocalStorage` re-reads the getter on each
//! call and panics when it or `getItem`/`removeItem` throws, which hostile or
//! locked-down browsers do, so it is not used.)

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::domain::saved::{decode, DecodeError, Saved};
use crate::domain::Answers;

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

/// How saved progress was erased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Erased {
    /// The key was removed.
    Removed,
    /// Removing was refused, so the key was overwritten with blank progress:
    /// the answers are gone all the same.
    Overwritten,
}

/// A change made to storage by another tab or window, or by another widget
/// on this page that uses the same key.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// New progress under our key.
    Saved(Box<Saved>),
    /// Our key was removed (its answers were forgotten elsewhere).
    Erased,
    /// The whole of the site's storage was cleared by some other page.
    Cleared,
    /// Another key changed, or the new value is unusable: nothing to follow.
    Unrelated,
}

/// The visitor's saved progress under one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    key: String,
    /// Tells this store's own writes apart from other widgets' on the page.
    id: u64,
}

/// A listener for changes other widgets on this page make to one key.
type Listener = Rc<dyn Fn(Change)>;

thread_local! {
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
    /// Widgets on this page listening to their key: (store id, key, listener).
    /// A `storage` event never reaches the page that wrote, so widgets that
    /// share a key hear of each other's writes through here.
    static LISTENERS: RefCell<Vec<(u64, String, Listener)>> = const { RefCell::new(Vec::new()) };
}

/// Stops the listening when dropped (see [`Store::listen`]).
pub struct Listening(u64);

impl Drop for Listening {
    fn drop(&mut self) {
        let id = self.0;
        LISTENERS.with(|l| {
            if let Ok(mut l) = l.try_borrow_mut() {
                l.retain(|(owner, _, _)| *owner != id);
            }
        });
    }
}

/// The browser's `localStorage`, or `None` when it is blocked: reading
/// `window.localStorage` itself throws in some privacy modes and sandboxes.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_millis() as f64)
}

impl Store {
    /// A store for `namespace` (already validated by the caller).
    pub fn new(namespace: &str) -> Self {
        let id = NEXT_ID.with(|n| {
            let id = n.get();
            n.set(id + 1);
            id
        });
        Self {
            key: format!("{KEY_PREFIX}{namespace}"),
            id,
        }
    }

    /// The full storage key.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Reads saved progress.
    pub fn load(&self, now_ms: f64) -> Loaded {
        // Outside a browser (the build-time pre-render) nothing is saved.
        if !cfg!(target_arch = "wasm32") {
            return Loaded::Nothing;
        }
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

    /// Saves progress, and tells the other widgets on the page that use the key.
    pub fn save(&self, saved: &Saved) -> Result<(), StoreError> {
        let storage = local_storage().ok_or(StoreError::Unavailable)?;
        storage
            .set_item(&self.key, &saved.encode())
            .map_err(|_| StoreError::Refused)?;
        self.tell_others(Change::Saved(Box::new(saved.clone())));
        Ok(())
    }

    /// Erases the saved progress: removes the key, or, when the browser
    /// refuses that, overwrites it with blank progress. `Err` only when
    /// neither worked, and the answers are still stored.
    pub fn forget(&self, now_ms: f64) -> Result<Erased, StoreError> {
        let storage = local_storage().ok_or(StoreError::Unavailable)?;
        let erased = match storage.remove_item(&self.key) {
            Ok(()) => Erased::Removed,
            Err(_) => {
                let blank = Saved::new(Answers::default(), 0, now_ms).encode();
                storage
                    .set_item(&self.key, &blank)
                    .map_err(|_| StoreError::Refused)?;
                Erased::Overwritten
            }
        };
        self.tell_others(Change::Erased);
        Ok(erased)
    }

    /// Calls `listener` with the changes other widgets on this page make to
    /// this key, until the returned value is dropped.
    pub fn listen(&self, listener: impl Fn(Change) + 'static) -> Listening {
        let entry: (u64, String, Listener) = (self.id, self.key.clone(), Rc::new(listener));
        LISTENERS.with(|l| {
            if let Ok(mut l) = l.try_borrow_mut() {
                l.push(entry);
            }
        });
        Listening(self.id)
    }

    fn tell_others(&self, change: Change) {
        // Listeners are called with the list released: one may save or
        // stop listening in turn.
        let others: Vec<Listener> = LISTENERS.with(|l| {
            l.try_borrow()
                .map(|l| {
                    l.iter()
                        .filter(|(id, key, _)| *id != self.id && *key == self.key)
                        .map(|(_, _, f)| f.clone())
                        .collect()
                })
                .unwrap_or_default()
        });
        for listener in others {
            listener(change.clone());
        }
    }

    /// Reads a `storage` event from another tab.
    pub fn change(&self, event: &web_sys::Event, now_ms: f64) -> Change {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return Change::Unrelated;
        };
        match event.key() {
            // `clear()` on some page of the same site.
            None => Change::Cleared,
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
