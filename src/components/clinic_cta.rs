//! The clinic's call to action: how to book or ask.

use leptos::prelude::*;

use crate::config::Clinic;
use crate::i18n::{isolated, use_i18n};
use crate::keys::dom;

/// The clinic's call to action.
#[component]
pub fn ClinicCta(
    /// The clinic's contact details.
    clinic: Signal<Clinic>,
    /// Someone must agree before any session (a doctor, the midwife, the
    /// cancer team, the surgeon): offer questions, not a booking.
    questions_only: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = move || {
        let (named, unnamed) = if questions_only.get() {
            (
                "ui.contact_clinic_questions_named",
                "ui.contact_clinic_questions",
            )
        } else {
            ("ui.contact_clinic_named", "ui.contact_clinic")
        };
        match clinic.with(|c| c.name.clone()) {
            Some(name) => isolated(i18n, named, "clinic", name).into_any(),
            None => i18n.t(unnamed).into_any(),
        }
    };
    view! {
        <aside class="ma-cta ma-callout ma-callout--accent" aria-labelledby=dom::CTA_TITLE>
            <h3 class="ma-cta__title" id=dom::CTA_TITLE>{title}</h3>
            <ul class="ma-cta__links">
                {move || clinic.with(|c| {
                    let phone = c.phone.clone().zip(c.phone_href()).map(|(phone, href)| view! {
                        <li><a class="ma-cta__link" href=href>{isolated(i18n, "ui.call", "phone", phone)}</a></li>
                    });
                    let email = c.email.clone().zip(c.email_href()).map(|(email, href)| view! {
                        <li><a class="ma-cta__link" href=href>{isolated(i18n, "ui.email", "email", email)}</a></li>
                    });
                    let url = c.url.clone().map(|href| view! {
                        <li><a class="ma-cta__link" href=href target="_blank" rel="noopener noreferrer">{i18n.t("ui.visit")}</a></li>
                    });
                    (phone, email, url)
                })}
            </ul>
        </aside>
    }
}
