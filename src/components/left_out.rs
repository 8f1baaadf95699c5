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
    view! {
        <li class="ma-left-out__item" id=dom::left_out(left.therapy)>
            <strong>{move || i18n.t(&name)}</strong>
            {msg_list(i18n, left.why, "ma-left-out__why")}
        </li>
    }
}
