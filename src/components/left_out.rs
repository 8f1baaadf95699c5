//! A therapy that was not suggested, and why.

use leptos::prelude::*;

use crate::domain::LeftOut;
use crate::i18n::use_i18n;
use crate::keys::{dom, text};

use super::therapy_card::msg_list;

/// A therapy that was not suggested.
#[component]
pub fn LeftOutItem(
    /// The therapy and why it was left out.
    left: LeftOut,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = text::therapy(left.therapy, "name");
    // Ruled out: the rules, one per line. Matching less well: what it is
    // for, what of the visitor's answers fits it, and how it compares.
    let (first, rest) = match left.why.split_first() {
        Some((first, rest)) if !left.excluded => (Some(first.clone()), rest.to_vec()),
        _ => (None, left.why.clone()),
    };
    let fits = left.fits;
    view! {
        <li class="ma-left-out__item" id=dom::left_out(left.therapy)>
            <strong>{move || i18n.t(&name)}</strong>
            {first.map(|m| view! { <p class="ma-left-out__for">{move || i18n.render(&m)}</p> })}
            {(!fits.is_empty()).then(|| view! {
                <p class="ma-left-out__for">{move || i18n.t("left.fits")}</p>
                {msg_list(i18n, fits, "ma-left-out__fits")}
            })}
            {msg_list(i18n, rest, "ma-left-out__why")}
        </li>
    }
}
