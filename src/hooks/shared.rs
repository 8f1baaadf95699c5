//! `Shared`: a widget-lifetime value that short-lived screens read through
//! screen-local copies.
//!
//! Why: a reactive node that is disposed without running again stays in the
//! subscriber list of every signal it read (reactive_graph prunes dead
//! subscribers only when a subscriber re-runs). Closures rendered by a screen
//! are disposed with it, so if they read widget-lifetime signals directly,
//! each screen change leaves a few kilobytes behind until the widget is
//! unmounted. Here one long-lived effect, which does re-run, writes every
//! change into the copies of the screens alive; a copy is dropped with its
//! screen, and its subscriber list with it.

use leptos::prelude::*;

/// A value of the whole widget, with copies for screens.
pub struct Shared<T: Send + Sync + 'static> {
    source: Signal<T>,
    copies: StoredValue<Vec<RwSignal<T>>>,
}

impl<T: Send + Sync + 'static> Clone for Shared<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Shared<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Shared<T> {
    /// Shares `source` (created in the widget's owner).
    pub fn new(source: impl Into<Signal<T>>) -> Self {
        let source = source.into();
        let copies: StoredValue<Vec<RwSignal<T>>> = StoredValue::new(Vec::new());
        Effect::new(move |_| {
            let value = source.get();
            for copy in copies.get_value() {
                if copy.with_untracked(|v| *v != value) {
                    copy.set(value.clone());
                }
            }
        });
        Self { source, copies }
    }

    /// A copy owned by the current owner (a screen): it follows the shared
    /// value for as long as that owner lives.
    pub fn local(self) -> Signal<T> {
        let copy = RwSignal::new(self.source.get_untracked());
        let copies = self.copies;
        copies.update_value(|c| c.push(copy));
        on_cleanup(move || copies.update_value(|c| c.retain(|x| *x != copy)));
        copy.into()
    }

    /// The shared value itself, for widget-lifetime readers (the header,
    /// the footer).
    pub fn source(self) -> Signal<T> {
        self.source
    }
}
