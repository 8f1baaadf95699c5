//! "Forget my answers", with a confirmation before anything is erased.

use leptos::prelude::*;

use crate::hooks::focus_by_id;
use crate::i18n::use_i18n;
use crate::keys::dom;

/// The erase button in the footer. It asks first; Cancel puts focus back.
#[component]
pub fn ForgetAnswers(
    /// Erases the answers.
    on_forget: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let root = NodeRef::<leptos::html::Div>::new();
    let focus_later = move |id: &'static str| {
        set_timeout(
            move || {
                if let Some(root) = root.try_get_untracked().flatten() {
                    focus_by_id(&root, id);
                }
            },
            std::time::Duration::ZERO,
        );
    };
    let ask = move |_| {
        asking.set(true);
        focus_later(dom::FORGET_CONFIRM);
    };
    let cancel = move |_| {
        asking.set(false);
        focus_later(dom::FORGET);
    };
    let confirm = move |_| {
        asking.set(false);
        on_forget.run(());
    };
    view! {
        <div class="ma-forget ma-no-print" node_ref=root>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <button type="button" class="ma-link-button" id=dom::FORGET on:click=ask>
                        {move || i18n.t("ui.forget")}
                    </button>
                }
            >
                <div class="ma-forget__ask" role="group" aria-labelledby=dom::FORGET_QUESTION>
                    <p class="ma-forget__question" id=dom::FORGET_QUESTION>{move || i18n.t("ui.forget_question")}</p>
                    <button type="button" class="ma-button ma-button--danger" id=dom::FORGET_CONFIRM on:click=confirm>
                        {move || i18n.t("ui.forget_yes")}
                    </button>
                    <button type="button" class="ma-button ma-button--secondary" on:click=cancel>
                        {move || i18n.t("ui.cancel")}
                    </button>
                </div>
            </Show>
        </div>
    }
}
