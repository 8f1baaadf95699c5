//! The body map: an SVG drawing of the back in which every area is a
//! focusable toggle (`role="checkbox"`), usable by mouse, touch and keyboard
//! (Space, Enter), with the list of chosen areas kept in sync beside it.

use leptos::prelude::*;

use crate::domain::answers::NONE_OPTION;
use crate::domain::choices::BodyArea;
use crate::domain::Action;
use crate::i18n::use_i18n;
use crate::keys::{dom, text};

use super::fieldset::QuestionFieldset;
use super::question::Field;

/// The outline of each area in the drawing (viewBox 0 0 240 380), back view.
fn shape(area: BodyArea) -> &'static str {
    match area {
        BodyArea::Neck => {
            "M112 52h16a6 6 0 0 1 6 6v10a6 6 0 0 1-6 6h-16a6 6 0 0 1-6-6v-10a6 6 0 0 1 6-6z"
        }
        BodyArea::Shoulders => {
            "M104 74 C80 74 58 78 48 92 L56 108 C66 98 80 96 96 96 L104 96z \
             M136 74 C160 74 182 78 192 92 L184 108 C174 98 160 96 144 96 L136 96z"
        }
        BodyArea::UpperBack => {
            "M86 97h68a8 8 0 0 1 8 8v28a8 8 0 0 1-8 8h-68a8 8 0 0 1-8-8v-28a8 8 0 0 1 8-8z"
        }
        BodyArea::MidBack => {
            "M88 143h64a8 8 0 0 1 8 8v24a8 8 0 0 1-8 8h-64a8 8 0 0 1-8-8v-24a8 8 0 0 1 8-8z"
        }
        BodyArea::LowerBack => {
            "M90 185h60a8 8 0 0 1 8 8v20a8 8 0 0 1-8 8h-60a8 8 0 0 1-8-8v-20a8 8 0 0 1 8-8z"
        }
        BodyArea::Hips => {
            "M80 222h38v8 C118 250 112 262 96 264 C84 264 76 254 76 240z \
             M160 222h-38v8 C122 250 128 262 144 264 C156 264 164 254 164 240z"
        }
        BodyArea::Tailbone => "M110 222h20l-10 22z",
        BodyArea::BothLegs => "M80 268h34l-4 104h-24z M126 268h34l-6 104h-24z",
        BodyArea::OneLeg => "M198 268h26l-3 84h-20z",
    }
}

/// Where the caption of a leg pictogram goes, and its locale key.
fn caption(area: BodyArea) -> Option<(f32, f32, &'static str)> {
    match area {
        BodyArea::OneLeg => Some((211.0, 368.0, "ui.one_leg_short")),
        BodyArea::BothLegs => Some((120.0, 384.0, "ui.both_legs_short")),
        _ => None,
    }
}

/// The body-map question.
#[component]
pub fn BodyMap(
    /// The pain-areas question, its answer, error and sender.
    field: Field,
) -> impl IntoView {
    let i18n = use_i18n();
    let qid = field.id();
    let toggle =
        move |option: &'static str| field.on_change.run(Action::Toggle(qid, option.to_owned()));
    let is_chosen = move |option: &str| field.is_chosen(option);
    let regions = BodyArea::ALL
        .iter()
        .map(|area| {
            let id = area.id();
            let key = StoredValue::new(text::option(qid, id));
            let label = move || key.with_value(|key| i18n.t(key));
            let checked = move || is_chosen(id);
            let on_key = move |ev: leptos::ev::KeyboardEvent| {
                if matches!(ev.key().as_str(), " " | "Enter" | "Spacebar") {
                    ev.prevent_default();
                    toggle(id);
                }
            };
            view! {
                <path
                    class="ma-bodymap__region"
                    class:ma-bodymap__region--on=checked
                    id=dom::option(qid, id)
                    d=shape(*area)
                    role="checkbox"
                    tabindex="0"
                    aria-checked=move || if checked() { "true" } else { "false" }
                    aria-label=label
                    on:click=move |_| toggle(id)
                    on:keydown=on_key
                >
                    <title>{label}</title>
                </path>
                {caption(*area).map(|(x, y, key)| view! {
                    <text class="ma-bodymap__caption" x=x y=y aria-hidden="true">{move || i18n.t(key)}</text>
                })}
            }
        })
        .collect_view();
    let chosen = move || {
        BodyArea::IDS
            .iter()
            .copied()
            .filter(|id| is_chosen(id))
            .collect::<Vec<_>>()
    };
    let none_id = dom::option(qid, NONE_OPTION);
    let none_key = text::option(qid, NONE_OPTION);
    view! {
        <QuestionFieldset question=qid modifier="ma-bodymap" error=field.error>
            <div class="ma-bodymap__layout">
                <svg
                    class="ma-bodymap__figure"
                    viewBox="0 0 240 392"
                    role="group"
                    aria-label=move || i18n.t("ui.body_map_label")
                    focusable="false"
                >
                    <g class="ma-bodymap__outline" aria-hidden="true">
                        <circle cx="120" cy="28" r="22" />
                        <path d="M48 92 L30 190 L38 250 L50 250 L46 192 L64 120z" />
                        <path d="M192 92 L210 190 L202 250 L190 250 L194 192 L176 120z" />
                    </g>
                    {regions}
                </svg>
                <div class="ma-bodymap__side">
                    <h3 class="ma-bodymap__chosen-title">{move || i18n.t("ui.chosen_areas")}</h3>
                    <ul class="ma-bodymap__chosen" aria-live="polite">
                        <For each=chosen key=|id| *id let:id>
                            <li class="ma-chip">
                                <span>{move || i18n.t(&text::option(qid, id))}</span>
                                <button
                                    type="button"
                                    class="ma-chip__remove"
                                    aria-label=move || format!(
                                        "{} {}",
                                        i18n.t("ui.remove"),
                                        i18n.t(&text::option(qid, id)),
                                    )
                                    on:click=move |_| toggle(id)
                                >
                                    "×"
                                </button>
                            </li>
                        </For>
                    </ul>
                    <Show when=move || chosen().is_empty()>
                        <p class="ma-muted">{move || i18n.t("ui.no_areas")}</p>
                    </Show>
                    <div class="ma-option ma-option--none">
                        <input
                            type="checkbox"
                            class="ma-option__input"
                            id=none_id.clone()
                            prop:checked=move || is_chosen(NONE_OPTION)
                            on:change=move |_| toggle(NONE_OPTION)
                        />
                        <label class="ma-option__label" for=none_id>
                            {move || i18n.t(&none_key)}
                        </label>
                    </div>
                </div>
            </div>
        </QuestionFieldset>
    }
}
