//! The summary a visitor sends the clinic: what it holds, and that it fits
//! every channel in both languages, even for the longest possible answers.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use massage_advisor::domain::choices::*;
use massage_advisor::domain::{suggest, Answers};
use massage_advisor::handoff::{limit, mailto_href, may_send, sms_href, summary, whatsapp_href};
use massage_advisor::locale::{texts, Lang};

/// The longest answers a visitor can give that still allow a summary: every
/// condition and every area but the legs (cancer treatment with pain into a
/// leg is an emergency: no summary then), every preference said.
fn longest() -> Answers {
    common::desk_worker_with(|a| {
        a.pain_areas = Some(
            [
                BodyArea::Neck,
                BodyArea::Shoulders,
                BodyArea::UpperBack,
                BodyArea::MidBack,
                BodyArea::LowerBack,
                BodyArea::Hips,
                BodyArea::Tailbone,
            ]
            .into(),
        );
        a.neck_signs = Some(Default::default());
        a.upper_back_pain = Some(SpineOrMuscles::Muscles);
        a.mid_back_pain = Some(SpineOrMuscles::Muscles);
        a.conditions = Some(Condition::ALL.iter().copied().collect());
        a.pregnancy_stage = Some(PregnancyStage::Second);
        a.pregnancy_signs = Some(Default::default());
        a.low_platelets = Some(false);
        a.minor_fall = Some(false);
        a.surgery_site = Some(SurgerySite::Elsewhere);
        a.blood_pressure = Some(BloodPressure::Controlled);
        a.skin_kind = Some(SkinKind::Elsewhere);
        a.allergy_kind = Some(AllergyKind::Both);
        a.pain_duration = Some(PainDuration::Over3Months);
        a.pain_checked = Some(true);
        a.pain_intensity = Some(6.0);
        a.pressure = Some(Pressure::Medium);
        a.oil_welcome = Some(false);
        a.heat_welcome = Some(false);
    })
}

const DATE: &str = "28 September 2026";

#[test]
fn the_summary_names_the_suggestions_where_how_strong_and_what_to_know() {
    let a = common::desk_worker_with(|a| {
        a.conditions = Some([Condition::Pregnancy, Condition::BloodThinners].into());
        a.pregnancy_stage = Some(PregnancyStage::Second);
        a.pregnancy_signs = Some(Default::default());
        a.low_platelets = Some(false);
    });
    let advice = suggest(&a);
    assert!(may_send(&advice));
    let en = summary(&a, &advice, texts(Lang::En), Lang::En, DATE);
    assert!(
        en.starts_with("Back-care summary from the questionnaire, 28 September 2026\n"),
        "{en}"
    );
    assert!(
        en.contains("Before a session, these must agree: my midwife or doctor"),
        "{en}"
    );
    assert!(en.contains("Suggested: 1. "), "{en}");
    assert!(en.contains("Where it hurts: Lower back"), "{en}");
    assert!(en.contains("Pain: 3 out of 10; less than 6 weeks"), "{en}");
    assert!(en.contains("Please know: pregnant (12 to 27 weeks), blood thinners, a bleeding disorder or low platelets"), "{en}");
    let hi = summary(&a, &advice, texts(Lang::Hi), Lang::Hi, "28 सितंबर 2026");
    assert!(hi.contains("गर्भवती"), "{hi}");
}

#[test]
fn the_longest_summary_fits_every_channel_in_both_languages() {
    let a = longest();
    let advice = suggest(&a);
    assert!(may_send(&advice), "{:?}", advice.triage);
    for lang in Lang::ALL {
        let text = summary(&a, &advice, texts(*lang), *lang, DATE);
        let chars = text.chars().count();
        assert!(
            chars <= limit(*lang),
            "{lang:?}: {chars} characters\n{text}"
        );
        // What the clinic must not miss is always there, and the rest is
        // shortened rather than left out.
        let t = texts(*lang);
        let mut keys = vec![
            "handoff.know",
            "handoff.suggested",
            "handoff.where",
            "handoff.pain",
        ];
        if !advice.clearance.is_empty() {
            keys.push("handoff.agree");
        }
        if advice.triage.level == Level::Soon {
            keys.push("handoff.doctor_first");
        }
        for key in keys {
            let start = t.t(key).split('{').next().unwrap_or_default();
            assert!(text.contains(start), "{lang:?} lacks {key}:\n{text}");
        }
        println!(
            "{lang:?}: {chars} characters, WhatsApp link {} bytes",
            whatsapp_href("918270482704", &text).len()
        );
    }
}

#[test]
fn who_must_agree_and_no_massage_for_now_are_said_before_the_rest() {
    // Pregnant and on cancer treatment: the midwife and the cancer team.
    let a = common::desk_worker_with(|a| {
        a.conditions = Some([Condition::Pregnancy, Condition::CancerTreatment].into());
        a.pregnancy_stage = Some(PregnancyStage::Second);
        a.pregnancy_signs = Some(Default::default());
    });
    let advice = suggest(&a);
    assert!(may_send(&advice));
    assert!(advice.clearance.len() >= 2, "{:?}", advice.clearance);
    for lang in Lang::ALL {
        let t = texts(*lang);
        let text = summary(&a, &advice, t, *lang, DATE);
        let agree = t.t("handoff.agree").split('{').next().unwrap_or_default();
        let suggested = t
            .t("handoff.suggested")
            .split('{')
            .next()
            .unwrap_or_default();
        let (Some(at), Some(then)) = (text.find(agree), text.find(suggested).or(Some(usize::MAX)))
        else {
            panic!("{lang:?} lacks who must agree:\n{text}");
        };
        assert!(at < then, "{lang:?}:\n{text}");
    }
    // Blood pressure not under control: no massage for now, said plainly.
    let a = common::desk_worker_with(|a| {
        a.conditions = Some([Condition::HighBloodPressure].into());
        a.blood_pressure = Some(BloodPressure::High);
    });
    let advice = suggest(&a);
    assert!(!advice.no_massage.is_empty());
    assert!(
        may_send(&advice),
        "a 'see a doctor soon' outcome may be sent"
    );
    let text = summary(&a, &advice, texts(Lang::En), Lang::En, DATE);
    assert!(
        text.contains("The questionnaire said: no massage for now."),
        "{text}"
    );
}

#[test]
fn no_summary_is_offered_when_a_doctor_is_needed_today() {
    let a = common::desk_worker_with(|a| a.red_flags = Some([RedFlag::ChestPain].into()));
    assert!(!may_send(&suggest(&a)));
    let a = common::desk_worker_with(|a| a.red_flags = Some([RedFlag::Fever].into()));
    assert!(!may_send(&suggest(&a)));
}

#[test]
fn the_links_carry_the_summary_percent_encoded() {
    let text = "Pain: 3/10\nगर्भवती & more";
    let wa = whatsapp_href("918270482704", text);
    assert_eq!(wa, "https://wa.me/918270482704?text=Pain%3A%203%2F10%0A%E0%A4%97%E0%A4%B0%E0%A5%8D%E0%A4%AD%E0%A4%B5%E0%A4%A4%E0%A5%80%20%26%20more");
    assert!(sms_href("+918270482704", text).starts_with("sms:+918270482704?body=Pain%3A"));
    let mail = mailto_href("care@example.org", "My summary", text);
    // Line breaks in an email body are CRLF (RFC 6068).
    assert!(mail.contains("3%2F10%0D%0A%E0"), "{mail}");
    assert!(
        mail.starts_with("mailto:care@example.org?subject=My%20summary&body=Pain%3A"),
        "{mail}"
    );
}
