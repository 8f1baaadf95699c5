//! From the screen to the clinic: the visitor's summary shown in full, sent
//! only when they press one of the ways (WhatsApp, a text message, email, or
//! copied), and a QR code to show at reception that opens the clinic's page
//! with the same summary.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::config::Clinic;
use crate::domain::code::{day_of, encode, reception_address};
use crate::domain::{Advice, Answers};
use crate::events::Channel;
use crate::handoff::{mailto_href, sms_href, summary, whatsapp_href};
use crate::i18n::{isolated, long_date, use_i18n};
use crate::keys::dom;
use crate::locale::texts;
use crate::storage::{local_now_ms, now_ms};

use super::heading::Heading;
use super::qr_code::QrCodeImage;

/// The address of the page the widget is on, without its fragment.
fn this_page() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// Copies `text` to the clipboard; `done` is told whether it worked.
fn copy(text: &str, done: impl Fn(bool) + 'static) {
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"navigator".into()).ok())
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let write = clipboard.as_ref().and_then(|c| {
        js_sys::Reflect::get(c, &"writeText".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()
    });
    let promise = clipboard
        .zip(write)
        .and_then(|(c, w)| w.call1(&c, &JsValue::from_str(text)).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(done);
    let ok = {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| done(true))
    };
    let failed = Closure::once_into_js(move |_: JsValue| done(false));
    let then = js_sys::Reflect::get(&promise, &"then".into())
        .ok()
        .and_then(|t| t.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &ok, &failed);
    }
}

/// The summary, the ways to send it, and the reception code.
#[component]
pub fn SendSummary(
    /// The advice the visitor sees.
    advice: Signal<Advice>,
    /// Their answers.
    answers: Signal<Answers>,
    /// The clinic's details: where the summary can go.
    clinic: Signal<Clinic>,
    /// Told which way it was sent (the channel only).
    on_send: Callback<Channel>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = Memo::new(move |_| {
        let lang = i18n.0.get();
        let date = long_date(i18n, now_ms());
        advice.with(|a| answers.with(|ans| summary(ans, a, texts(lang), lang, &date)))
    });
    let copied = RwSignal::new(None::<bool>);
    let reception = Memo::new(move |_| {
        let page = clinic
            .with(|c| c.reception_url.clone())
            .unwrap_or_else(this_page);
        let code = answers.with(|a| encode(a, day_of(local_now_ms())));
        reception_address(&page, &code)
    });
    let named = move |with: &'static str, without: &'static str| {
        move || match clinic.with(|c| c.name.clone()) {
            Some(name) => isolated(i18n, with, "clinic", name).into_any(),
            None => i18n.t(without).into_any(),
        }
    };
    view! {
        <section class="ma-handoff ma-no-print" aria-labelledby=dom::HANDOFF_TITLE>
            <Heading offset=1 class="ma-results__heading" id=dom::HANDOFF_TITLE>
                {named("handoff.title_named", "handoff.title")}
            </Heading>
            <p class="ma-handoff__what">{named("handoff.what_named", "handoff.what")}</p>
            <p class="ma-handoff__summary" id=dom::HANDOFF_SUMMARY>{move || text.get()}</p>
            <ul class="ma-handoff__ways">
                {move || clinic.with(|c| c.whatsapp.clone()).map(|number| view! {
                    <li>
                        <a
                            class="ma-button ma-button--primary ma-handoff__way"
                            href=move || whatsapp_href(&number, &text.get())
                            target="_blank"
                            rel="noopener noreferrer"
                            on:click=move |_| on_send.run(Channel::WhatsApp)
                        >
                            <span>{named("handoff.whatsapp_named", "handoff.whatsapp")}</span>
                            <span class="ma-hidden-text">{move || format!(" {}", i18n.t("handoff.new_tab"))}</span>
                        </a>
                    </li>
                })}
                {move || clinic.with(|c| c.phone_href()).map(|tel| {
                    let phone = tel.trim_start_matches("tel:").to_owned();
                    view! {
                        <li>
                            <a class="ma-button ma-button--secondary ma-handoff__way" href=move || sms_href(&phone, &text.get()) on:click=move |_| on_send.run(Channel::Sms)>
                                <span>{move || i18n.t("handoff.sms")}</span>
                            </a>
                        </li>
                    }
                })}
                {move || clinic.with(|c| c.email.clone()).map(|email| view! {
                    <li>
                        <a
                            class="ma-button ma-button--secondary ma-handoff__way"
                            href=move || mailto_href(&email, &i18n.t("handoff.subject"), &text.get())
                            on:click=move |_| on_send.run(Channel::Email)
                        >
                            <span>{move || i18n.t("handoff.email")}</span>
                        </a>
                    </li>
                })}
                <li>
                    <button
                        type="button"
                        class="ma-button ma-button--secondary ma-handoff__way"
                        on:click=move |_| {
                            on_send.run(Channel::Copy);
                            copy(&text.get_untracked(), move |ok| copied.set(Some(ok)));
                        }
                    >
                        {move || i18n.t("handoff.copy")}
                    </button>
                </li>
            </ul>
            <p class="ma-handoff__copied" role="status">
                {move || copied.get().map(|ok| i18n.t(if ok { "handoff.copied" } else { "handoff.copy_failed" }))}
            </p>
            <div class="ma-handoff__reception">
                <Heading offset=2 class="ma-card__heading">{move || i18n.t("handoff.qr_title")}</Heading>
                <QrCodeImage text=reception.into() label=Signal::derive(move || i18n.t("handoff.qr_name")) />
                <p class="ma-handoff__qr-note">{move || i18n.t("handoff.qr_note")}</p>
            </div>
        </section>
    }
}
