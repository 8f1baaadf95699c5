//! The one module that touches `localStorage`.
//!
//! The saved copy is read, written and removed through gloo-storage's
//! [`LocalStorage`], in [`Saved`]'s own serde encoding. gloo-storage has a
//! sharp edge: `LocalStorage::raw()` reads the `window.localStorage` getter
//! and `get` and `delete` call `getItem` and `removeItem` with
//! `expect_throw`, so a getter or method that throws (a privacy mode, a
//! sandbox, a locked-down or hostile page) would abort the widget; and a
//! write that throws something other than an `Error` hits its
//! `unreachable!`. So every operation first asks [`probe`], which tries each
//! of those without gloo and catches what they throw (`getItem` on the very
//! key to be read), and calls gloo only for what the probe found working.
//! Every failure of a browser that blocks or limits storage (blocked, full,
//! throwing, holding corrupt or unknown data) comes back as a typed value;
//! nothing here panics or throws into JavaScript. What the probe cannot see
//! ahead is a page that breaks storage on purpose between two calls of one
//! operation (a getter that throws on its second read only, a `setItem`
//! that throws a non-`Error` for one key only): gloo would then abort.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

use crate::domain::saved::{decode, decode_json, DecodeError, Saved};
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

/// The key the probe tries: written empty and removed at once when a write
/// is probed, never kept. Outside the widget's own keys (the space is not
/// allowed in a `storage-key`, and it lacks the `massage-advisor:` prefix),
/// so no widget, tab or pre-render ever takes it for saved answers.
pub const PROBE_KEY: &str = "massage-advisor probe";

/// What gloo-storage may be asked to do right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Usable {
    /// `getItem` answers (`LocalStorage::get` would not abort).
    read: bool,
    /// `removeItem` answers (`LocalStorage::delete` would not abort).
    remove: bool,
    /// `setItem` took an empty value: a write may be handed to gloo (a
    /// write refused after that, a full quota, throws a `DOMException`,
    /// an `Error`, which `LocalStorage::set` reports as a `StorageError`).
    write: bool,
}

/// The availability probe in front of gloo-storage: reads the
/// `window.localStorage` getter, then tries `getItem` on `key`, and
/// `removeItem` (and, for a write, `setItem`) on [`PROBE_KEY`], catching
/// anything they throw. `None` when the getter itself throws or there is no
/// storage: then gloo is not called at all. (Outside a browser, the
/// build-time pre-render, there is none.)
fn probe(key: &str, for_write: bool) -> Option<Usable> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    let read = storage.get_item(key).is_ok();
    // A write refused here (a full quota, a page's own `setItem`, which may
    // throw what is not an `Error` and so reach gloo's `unreachable!`) is
    // not tried again through gloo: the write is refused as it is.
    let write = for_write && storage.set_item(PROBE_KEY, "").is_ok();
    let remove = storage.remove_item(PROBE_KEY).is_ok();
    Some(Usable {
        read,
        remove,
        write,
    })
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

/// Milliseconds since the Unix epoch on the device's own clock face: the
/// local date and time read as if they were UTC (for the calendar and the
/// reception code, whose dates are the visitor's own days).
pub fn local_now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        now.get_time() - now.get_timezone_offset() * 60_000.0
    }
    #[cfg(not(target_arch = "wasm32"))]
    now_ms()
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
        let Some(usable) = probe(&self.key, false) else {
            // Outside a browser (the build-time pre-render) nothing is saved.
            return if cfg!(target_arch = "wasm32") {
                Loaded::Unavailable
            } else {
                Loaded::Nothing
            };
        };
        if !usable.read {
            return Loaded::Unavailable;
        }
        let found = match LocalStorage::get::<serde_json::Value>(&self.key) {
            Ok(json) => decode_json(json, now_ms),
            Err(StorageError::KeyNotFound(_)) => return Loaded::Nothing,
            Err(StorageError::SerdeError(_)) => Err(DecodeError::Corrupt),
            Err(StorageError::JsError(_)) => return Loaded::Unavailable,
        };
        match found {
            Ok(saved) => Loaded::Saved(Box::new(saved)),
            Err(e) => {
                // Reported once, not on every visit.
                if usable.remove {
                    LocalStorage::delete(&self.key);
                }
                Loaded::Unusable(e)
            }
        }
    }

    /// Saves progress, and tells the other widgets on the page that use the key.
    pub fn save(&self, saved: &Saved) -> Result<(), StoreError> {
        self.write(saved)?;
        self.tell_others(Change::Saved(Box::new(saved.clone())));
        Ok(())
    }

    /// Writes `saved` through gloo-storage, once the probe allows it.
    fn write(&self, saved: &Saved) -> Result<(), StoreError> {
        let usable = probe(&self.key, true).ok_or(StoreError::Unavailable)?;
        if !usable.write {
            return Err(StoreError::Refused);
        }
        LocalStorage::set(&self.key, saved).map_err(|_| StoreError::Refused)
    }

    /// Erases the saved progress: removes the key, or, when the browser
    /// refuses that, overwrites it with blank progress. `Err` only when
    /// neither worked, and the answers are still stored.
    pub fn forget(&self, now_ms: f64) -> Result<Erased, StoreError> {
        let usable = probe(&self.key, false).ok_or(StoreError::Unavailable)?;
        let erased = if usable.remove {
            LocalStorage::delete(&self.key);
            Erased::Removed
        } else {
            self.write(&Saved::new(Answers::default(), 0, now_ms))?;
            Erased::Overwritten
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
