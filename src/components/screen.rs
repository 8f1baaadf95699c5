//! One screen of the widget, built from what the app shares with it: the
//! wizard and the config (screen-local copies). Each screen makes its own
//! memos, so that nothing is worked out for a screen that is not showing:
//! the advice only while the results show.

use leptos::prelude::*;

use crate::config::Config;
use crate::domain::choices::TherapyId;
use crate::domain::questions::STEPS;
use crate::domain::wizard::CheckInStage;
use crate::domain::{suggest_from, Event, Screen as Which, Wizard};
use crate::events::Channel;

use super::check_in_done::CheckInDone;
use super::progress::Progress;
use super::results::Results;
use super::resume::Resume;
use super::step_form::StepForm;

/// The screen `screen`.
#[component]
pub fn Screen(
    /// Which screen.
    screen: Which,
    /// The questionnaire's state (a copy for this screen).
    wizard: Signal<Wizard>,
    /// What the host configured (a copy for this screen).
    config: Signal<Config>,
    /// Where changes go.
    dispatch: Callback<Event>,
    /// A suggestion's booking link was followed.
    on_book: Callback<TherapyId>,
    /// The summary was sent to the clinic.
    on_send: Callback<Channel>,
    /// Starts over.
    on_start_over: Callback<()>,
) -> impl IntoView {
    let answers = Memo::new(move |_| wizard.with(|w| w.answers.clone()));
    let emergency = Memo::new(move |_| config.with(|c| c.emergency_number.clone()));
    match screen {
        Which::Resume => view! {
            <Resume
                step=Memo::new(move |_| wizard.with(|w| w.step)).into()
                finished=Memo::new(move |_| wizard.with(Wizard::may_check_in))
                has_history=Memo::new(move |_| wizard.with(|w| !w.history.is_empty()))
                on_continue=Callback::new(move |()| dispatch.run(Event::Continue))
                on_check_in=Callback::new(move |()| dispatch.run(Event::StartCheckIn))
                on_start_over
            />
        }
        .into_any(),
        Which::CheckIn => {
            let errors = Memo::new(move |_| wizard.with(|w| w.errors.clone()));
            view! { <StepForm step=0 check_in=true top=true answers=answers.into() errors=errors.into() emergency dispatch /> }
                .into_any()
        }
        Which::Progress => {
            let history = Memo::new(move |_| wizard.with(|w| w.history.clone()));
            let done = Memo::new(move |_| {
                wizard.with(|w| match &w.check_in {
                    CheckInStage::Done { again, retake } => (again.clone(), *retake),
                    _ => (Vec::new(), false),
                })
            });
            let again = Signal::derive(move || done.with(|d| d.0.clone()));
            let retake = Signal::derive(move || done.with(|d| d.1));
            view! { <CheckInDone history=history.into() again retake dispatch /> }.into_any()
        }
        Which::Results => {
            let advice = Memo::new(move |_| {
                config.with(|c| answers.with(|a| suggest_from(a, &c.therapies)))
            });
            let clinic = Memo::new(move |_| config.with(|c| c.clinic.clone()));
            let history = Memo::new(move |_| wizard.with(|w| w.history.clone()));
            view! {
                <Results
                    advice=advice.into()
                    answers=answers.into()
                    history
                    clinic=clinic.into()
                    emergency
                    dispatch
                    on_book
                    on_send
                    on_start_over
                />
            }
            .into_any()
        }
        Which::Step(step) => {
            let errors = Memo::new(move |_| wizard.with(|w| w.errors.clone()));
            view! {
                <Progress step=Signal::stored(step) total=STEPS.len() />
                <StepForm step top=step != 0 answers=answers.into() errors=errors.into() emergency dispatch />
            }
            .into_any()
        }
    }
}
