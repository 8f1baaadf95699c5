//! The summary for the therapist: a page with the widget opened from a
//! visitor's reception code (`#massage-advisor=…`) shows their answers'
//! advice read-only, as the visitor saw it, in the page's language. Nothing
//! is read from or written to the device; a code that cannot be read says
//! so plainly.

use leptos::prelude::*;

use crate::config::Config;
use crate::domain::code::{decode, in_fragment, ms_of, CodeError};
use crate::domain::{suggest_from, Answers, Event};
use crate::i18n::{long_day, use_i18n};
use crate::keys::dom;

use super::frame::Frame;
use super::heading::Heading;
use super::headings_below::HeadingsBelow;
use super::results::Results;

/// A reception code read, as the widget shows it.
type Read = Result<(Answers, u32), CodeError>;

thread_local! {
    /// The code last read from this page's address: it leaves the address
    /// once read, and a widget mounted again (an attribute changed, the
    /// element moved) or a second one on the page shows it all the same.
    static LAST_READ: std::cell::RefCell<Option<Read>> = const { std::cell::RefCell::new(None) };
}

/// The reception code this page was opened with, read, if there is one
/// (never when rendered outside a browser, as the first step is at build
/// time).
pub fn reception_code() -> Option<Read> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    match code_in_address() {
        Some(read) => {
            LAST_READ.with(|last| *last.borrow_mut() = Some(read.clone()));
            Some(read)
        }
        None => LAST_READ.with(|last| last.borrow().clone()),
    }
}

/// The reception code in the address, read and taken out of it.
fn code_in_address() -> Option<Read> {
    let window = web_sys::window()?;
    let location = window.location();
    let hash = location.hash().ok()?;
    let code = in_fragment(&hash)?;
    let read = decode(code);
    // Read once, the code leaves the address bar, so that it stays out of
    // the browser's history (and history sync) on the clinic's device.
    if let (Ok(path), Ok(query), Ok(history)) =
        (location.pathname(), location.search(), window.history())
    {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        );
    }
    Some(read)
}

/// The therapist's view of a visitor's code.
#[component]
pub fn TherapistView(
    /// What the host configured (the clinic's offer, its details).
    config: Signal<Config>,
    /// The code, read.
    code: Read,
) -> impl IntoView {
    let i18n = use_i18n();
    match code {
        Ok((answers, day)) => {
            let answers = Signal::stored(answers);
            let advice = Memo::new(move |_| {
                config.with(|c| answers.with(|a| suggest_from(a, &c.therapies)))
            });
            let clinic = Memo::new(move |_| config.with(|c| c.clinic.clone()));
            let emergency = Memo::new(move |_| config.with(|c| c.emergency_number.clone()));
            view! {
                <div class="ma-therapist">
                    <Heading offset=0 class="ma-title" id=dom::THERAPIST_TITLE>{move || i18n.t("therapist.title")}</Heading>
                    <p class="ma-intro">{move || i18n.fill("therapist.intro", &[("date", long_day(i18n, ms_of(day)))])}</p>
                    <HeadingsBelow>
                    <Results
                        advice=advice.into()
                        answers
                        clinic=clinic.into()
                        emergency
                        dispatch=Callback::new(|_: Event| {})
                        on_start_over=Callback::new(|()| {})
                        read_only=true
                    />
                    </HeadingsBelow>
                </div>
            }
            .into_any()
        }
        Err(error) => {
            let key = match error {
                CodeError::Malformed => "therapist.malformed",
                CodeError::OtherVersion => "therapist.other_version",
                CodeError::Damaged => "therapist.damaged",
            };
            view! {
                <div class="ma-therapist">
                    <Heading offset=0 class="ma-title" id=dom::THERAPIST_TITLE>{move || i18n.t("therapist.title")}</Heading>
                    <p class="ma-callout ma-callout--warn ma-therapist__error" role="alert">{move || i18n.t(key)}</p>
                </div>
            }
            .into_any()
        }
    }
}

/// The whole widget when the page was opened with a reception code: the
/// therapist's view in the widget's frame (its language switch, its colours,
/// the heading level the host set).
#[component]
pub fn TherapistPage(
    /// What the host configured.
    config: Signal<Config>,
    /// The code, read.
    code: Read,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<crate::locale::Lang>);
    let lang = Signal::derive(move || chosen.get().unwrap_or_else(|| config.with(|c| c.lang)));
    provide_context(crate::i18n::I18n(lang));
    provide_context(super::heading::HeadingBase(
        config.with_untracked(|c| c.heading_level),
    ));
    view! {
        <Frame config lang on_choose=Callback::new(move |l| chosen.set(Some(l))) label="therapist.title">
            <TherapistView config code />
        </Frame>
    }
}
