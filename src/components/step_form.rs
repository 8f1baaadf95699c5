//! One step of the wizard (or a check-in): its visible questions, Back and
//! Next.

use leptos::prelude::*;

use crate::domain::choices::Level;
use crate::domain::questions::{self, FieldError, Wording, STEPS};
use crate::domain::{raised_on, Answers, Event};
use crate::hooks::focus_by_id;
use crate::i18n::use_i18n;
use crate::keys::{dom, text};

use super::call_link::CallLink;
use super::fieldset::StepWording;
use super::heading::Heading;
use super::question::QuestionField;

/// The form of step `step`, or of a check-in.
#[component]
pub fn StepForm(
    /// Index of the step (the check-in asks the first step's warning signs).
    step: usize,
    /// A check-in rather than a step of the questionnaire: its questions,
    /// and Save rather than Next.
    #[prop(optional)]
    check_in: bool,
    /// Its heading is the widget's top heading (the widget's own title is
    /// shown on the first step only).
    #[prop(optional)]
    top: bool,
    /// The answers.
    answers: Signal<Answers>,
    /// Errors of the current step.
    errors: Signal<Vec<FieldError>>,
    /// The local emergency number, if the host set one: a call link beside
    /// a notice that an answer can be a sign of an emergency.
    #[prop(optional, into)]
    emergency: Signal<Option<String>>,
    /// Where changes go.
    dispatch: Callback<Event>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Some(def) = STEPS.get(step) else {
        return ().into_any();
    };
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let last = step + 1 == STEPS.len();
    let next_label = if check_in {
        "checkin.save"
    } else if last {
        "ui.see_results"
    } else {
        "ui.next"
    };
    let on_answer = Callback::new(move |action| dispatch.run(Event::Answer(action)));
    // Next acts on its click, and stops the form submission that would
    // follow: inside a frame sandboxed without `allow-forms` the browser
    // blocks form submission altogether. Enter in a field still works: it
    // clicks the form's first submit button (implicit submission).
    let on_next = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        dispatch.run(if check_in {
            Event::SubmitCheckIn {
                at_ms: crate::storage::now_ms(),
            }
        } else {
            Event::Next
        });
        // Refused: move focus to the first field with an error, once the
        // errors have reached this screen (after the effects have run).
        set_timeout(
            move || {
                let first = errors
                    .try_with_untracked(|e| e.first().and_then(|e| questions::find(e.question)))
                    .flatten();
                if let (Some(question), Some(form)) =
                    (first, form_ref.try_get_untracked().flatten())
                {
                    focus_by_id(&form, &dom::first_input(question));
                }
            },
            std::time::Duration::ZERO,
        );
    };
    // Questions appear and disappear as answers change.
    let visible = move || {
        answers.with(|a| {
            let shown = if check_in {
                questions::check_in_questions(a)
            } else {
                questions::visible_in(step, a)
            };
            shown.into_iter().map(|q| q.id).collect::<Vec<_>>()
        })
    };
    // A warning sign never changes the screen by itself: the visitor is
    // told here what will happen, and Next leads there.
    let raised = Memo::new(move |_| answers.with(|a| raised_on(step, a)));
    let (title, intro) = if check_in {
        ("checkin.title".to_owned(), "checkin.intro".to_owned())
    } else {
        (text::step_title(def.id), text::step_intro(def.id))
    };
    let wording = Memo::new(move |_| answers.with(Wording::of));
    provide_context(StepWording(wording.into()));
    view! {
        <form
            class="ma-step"
            novalidate
            node_ref=form_ref
            on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()
        >
            <Heading
                offset=if top { 0 } else { 1 }
                class="ma-step__title"
                id=dom::STEP_TITLE
                focus_target=true
                describedby=(!check_in).then_some(dom::PROGRESS_LABEL)
            >
                {move || i18n.worded(&title, wording.get())}
            </Heading>
            <p class="ma-step__intro">{move || i18n.worded(&intro, wording.get())}</p>
            <div class="ma-step__summary ma-callout ma-callout--danger" role="alert">
                {move || errors.with(|e| !e.is_empty()).then(|| i18n.t("ui.errors_summary"))}
            </div>
            <For each=visible key=|id| *id let:id>
                {
                    let question = questions::find(id);
                    let error = Signal::derive(move || {
                        errors.with(|e| e.iter().find(|e| e.question == id).map(|e| e.key))
                    });
                    // Said right below the answer that calls for it.
                    let level = move || raised.get().filter(|(_, q)| *q == id).map(|(level, _)| level);
                    question.map(|question| view! {
                        <QuestionField question answers error on_change=on_answer />
                        <div class="ma-step__raised" aria-live="polite">
                            {move || level().map(|level| view! {
                                <div class=format!("ma-callout ma-callout--{}", if level >= Level::Urgent { "danger" } else { "warn" })>
                                    <p>{move || i18n.t(&text::level_notice(level))}</p>
                                    // Help now, without leaving the step: a link, never a
                                    // change of screen or focus.
                                    {move || (level == Level::Emergency).then(|| emergency.get()).flatten().map(|number| view! {
                                        <p class="ma-step__call"><CallLink number /></p>
                                    })}
                                </div>
                            })}
                        </div>
                    })
                }
            </For>
            <div class="ma-nav">
                {(step > 0 || check_in).then(|| {
                    let (back, label) = if check_in {
                        (Event::ShowResults, "checkin.back")
                    } else {
                        (Event::Back, "ui.back")
                    };
                    view! {
                        <button type="button" class="ma-button ma-button--secondary" on:click=move |_| dispatch.run(back.clone())>
                            {move || i18n.t(label)}
                        </button>
                    }
                })}
                <button type="submit" class="ma-button ma-button--primary" on:click=on_next>
                    {move || i18n.t(next_label)}
                </button>
            </div>
        </form>
    }
    .into_any()
}
