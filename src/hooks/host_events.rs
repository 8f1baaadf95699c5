//! `use_host_events`: tells the host page where the visitor is, through DOM
//! events on the element (see `crate::events` for what they carry).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::config::Config;
use crate::domain::{suggest_from, Screen, Wizard};
use crate::events::HostEvent;

/// Dispatches `event` from `from`, bubbling and composed: it leaves the
/// shadow root and reaches the `<massage-advisor>` element and the page.
pub fn emit(from: &web_sys::Element, event: &HostEvent) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&js_sys::JSON::parse(&event.detail().to_string()).unwrap_or(JsValue::NULL));
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        // A listener that throws cannot reach the widget: dispatch reports
        // it to the console and goes on.
        let _ = from.dispatch_event(&ev);
    }
}

/// Dispatches a step event whenever a step shows (the first one too) and a
/// result event whenever the results show (with the advice of that moment,
/// among the therapies the clinic offers); hands back the sender for the
/// events the visitor's clicks cause (a booking).
pub fn use_host_events(
    root: NodeRef<leptos::html::Section>,
    screen: Memo<Screen>,
    wizard: RwSignal<Wizard>,
    config: Signal<Config>,
) -> Callback<HostEvent> {
    let send = Callback::new(move |event: HostEvent| {
        if let Some(root) = root.get_untracked() {
            emit(&root, &event);
        }
    });
    Effect::new(move |_| {
        let event = match screen.get() {
            Screen::Resume | Screen::CheckIn => return,
            // A check-in recorded: how many there are, never an answer.
            Screen::Progress => HostEvent::CheckIn(wizard.with_untracked(|w| w.history.len())),
            Screen::Step(step) => HostEvent::Step(step),
            Screen::Results => {
                let a = wizard.with_untracked(|w| {
                    config.with_untracked(|c| suggest_from(&w.answers, &c.therapies))
                });
                HostEvent::Result {
                    level: a.triage.level,
                    therapies: a.suggestions.iter().map(|s| s.therapy).collect(),
                }
            }
        };
        send.run(event);
    });
    send
}
