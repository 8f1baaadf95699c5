//! The public guidance every rule rests on, each named once. Rules cite these
//! by reference; `docs/clinical-rules.md` lists them (a test generates the
//! tables there from the rule tables, so the document cannot drift).

/// When the rules were last checked against their sources (ISO date; shown
/// to visitors in "About this advice").
pub const RULES_REVIEWED: &str = "2026-12-07";

/// A public source and the part of it a rule follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Who publishes it and its title.
    pub name: &'static str,
    /// The section, list or recommendation.
    pub section: &'static str,
    /// Where to read it.
    pub url: &'static str,
}

const fn source(name: &'static str, section: &'static str, url: &'static str) -> Source {
    Source {
        name: doc(name),
        section: doc(section),
        url: doc(url),
    }
}

/// Text for the rules document only (`docs/clinical-rules.md`, written by a
/// native test): kept natively, empty in the widget's wasm, which never
/// shows it, so that it costs a visitor no bytes.
pub const fn doc(text: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        text
    }
}

const NHS_BACK_PAIN: &str = "https://www.nhs.uk/conditions/back-pain/";

/// NHS "Back pain": the 999 / A&E list.
pub const NHS_BACK_999: Source = source(
    "NHS, Back pain",
    "\"Call 999 or go to A&E if\"",
    NHS_BACK_PAIN,
);
/// NHS "Back pain": the urgent GP / 111 list.
pub const NHS_BACK_URGENT: Source = source(
    "NHS, Back pain",
    "\"Ask for an urgent GP appointment or call 111 if\"",
    NHS_BACK_PAIN,
);
/// NHS "Back pain": when to see a GP.
pub const NHS_BACK_GP: Source = source("NHS, Back pain", "\"See a GP if\"", NHS_BACK_PAIN);
/// NHS "Back pain": easing it yourself.
pub const NHS_BACK_SELF_CARE: Source = source(
    "NHS, Back pain",
    "\"How to ease back pain yourself\"",
    NHS_BACK_PAIN,
);
/// NHS "Sciatica": the 999 / A&E list (sciatica on both sides).
pub const NHS_SCIATICA_999: Source = source(
    "NHS, Sciatica",
    "\"Go to A&E or call 999 if\"",
    "https://www.nhs.uk/conditions/sciatica/",
);
/// NHS trust leaflets on cauda equina syndrome.
pub const CAUDA_EQUINA_LEAFLET: Source = source(
    "Royal Free London NHS Foundation Trust, Cauda equina syndrome (patient leaflet)",
    "\"What are the symptoms?\" (changes in sexual function)",
    "https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome",
);
/// NHS Lothian RefHelp: serious lumbar spine conditions.
pub const LOTHIAN_RED_FLAGS: Source = source(
    "NHS Lothian RefHelp, Serious lumbar spine conditions (Red Flags)",
    "Acute foot drop; bilateral sciatica of sudden onset or that has progressed to both legs",
    "https://apps.nhslothian.scot/refhelp/guidelines/musculoskeletalphysiotherapy/lumbarspine/serious-lumbar-spine-conditions-red-flags/",
);
/// NHS Lothian: metastatic spinal cord compression, the immediate tier.
pub const LOTHIAN_MSCC: Source = source(
    "NHS Lothian (Right Decisions), Lumbar spine red flags: suspected metastatic spinal cord compression",
    "With cancer now or before: immediately for new nerve-root pain, limb weakness or numbness, trouble walking, bladder or bowel changes",
    "https://rightdecisions.scot.nhs.uk/msk-pathways/spine-pathways/lumbar-spine-pathways/sub-pages-hidden/primary-care-clinician-within-nhs-lothian-lumbar-spine-red-flags",
);
/// NHS Gloucestershire G-care: red flags for spinal conditions (the NICE
/// CKS-style list).
pub const GCARE_RED_FLAGS: Source = source(
    "NHS Gloucestershire G-care, Red flags for spinal conditions",
    "New pain over 50; history of cancer; minor trauma with osteoporosis or steroids",
    "https://g-care.glos.nhs.uk/pathway/75/resource/3",
);
/// NHS Healthier Together: children's back pain.
pub const CHILDREN_BACK_PAIN: Source = source(
    "NHS Healthier Together (North East and North Cumbria), Back pain in children",
    "Paediatric red flags weigh more in children and young people",
    "https://nenc-healthiertogether.nhs.uk/professionals/musculoskeletal-presentations-chronic-babies-and-children/back-pain",
);
/// NHS "Back pain in pregnancy".
pub const NHS_PREGNANCY_BACK_PAIN: Source = source(
    "NHS, Back pain in pregnancy",
    "Call your midwife or GP urgently (pain that comes and goes, bleeding, pain when peeing, a high temperature)",
    "https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/back-pain/",
);
/// Mayo Clinic: risks of massage.
pub const MAYO_MASSAGE: Source = source(
    "Mayo Clinic, Massage: get in touch with its many benefits",
    "Risks of massage: bleeding disorders or blood thinners, healing wounds, deep vein thrombosis, fractures, severe osteoporosis, high-risk pregnancy",
    "https://www.mayoclinic.org/healthy-lifestyle/stress-management/in-depth/massage/art-20045743",
);

/// NHS "DVT (deep vein thrombosis)".
pub const NHS_DVT: Source = source(
    "NHS, DVT (deep vein thrombosis)",
    "\"Ask for an urgent GP appointment or get help from 111 if\"",
    "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
);
/// NHS "Pre-eclampsia".
pub const NHS_PREECLAMPSIA: Source = source(
    "NHS, Pre-eclampsia",
    "Symptoms: get advice immediately from a midwife, GP surgery or NHS 111",
    "https://www.nhs.uk/conditions/pre-eclampsia/",
);
/// NHS Healthier Together: bleeding in pregnancy.
pub const NHS_PREGNANCY_BLEEDING: Source = source(
    "NHS Healthier Together (Shropshire, Telford and Wrekin), Bleeding in pregnancy",
    "Call the maternity unit straight away; 999 if heavy with severe tummy pain",
    "https://www.stw-healthiertogether.nhs.uk/pregnant-women/worried-you-are-unwell-during-pregnancy/bleeding-pregnancy",
);
/// NHS: saunas, hot tubs and steam rooms in pregnancy.
pub const NHS_PREGNANCY_HEAT: Source = source(
    "NHS, Is it safe to use a sauna or jacuzzi if I'm pregnant?",
    "Avoid saunas, hot tubs and steam rooms: overheating",
    "https://www.nhs.uk/pregnancy/keeping-well/",
);
/// NICE NG59: assessment.
pub const NG59_ASSESSMENT: Source = source(
    "NICE NG59, Low back pain and sciatica in over 16s",
    "1.1.1: think about alternative diagnoses (cancer, infection, trauma, inflammatory disease)",
    "https://www.nice.org.uk/guidance/ng59/chapter/Recommendations",
);
/// NICE NG59: self-management.
pub const NG59_SELF_MANAGEMENT: Source = source(
    "NICE NG59, Low back pain and sciatica in over 16s",
    "1.2.1: self-management, encouragement to continue normal activities",
    "https://www.nice.org.uk/guidance/ng59/chapter/Recommendations",
);
/// NICE NG59: manual therapy only with exercise.
pub const NG59_MANUAL_THERAPY: Source = source(
    "NICE NG59, Low back pain and sciatica in over 16s",
    "1.2.8: manual therapy (including massage) only as part of a package including exercise",
    "https://www.nice.org.uk/guidance/ng59/chapter/Recommendations",
);
/// NICE NG65: spondyloarthritis referral.
pub const NG65: Source = source(
    "NICE NG65, Spondyloarthritis in over 16s",
    "1.1: recognition and referral (back pain that began before 45 and has lasted over 3 months)",
    "https://www.nice.org.uk/guidance/ng65/chapter/Recommendations",
);
/// NICE NG234: spinal metastases.
pub const NG234: Source = source(
    "NICE NG234, Spinal metastases and metastatic spinal cord compression",
    "Recognition: with cancer now or before, seek advice within 24 hours about new spinal pain",
    "https://www.nice.org.uk/guidance/ng234/chapter/Recommendations",
);
/// Downie et al. 2013.
pub const DOWNIE_2013: Source = source(
    "Downie et al., BMJ 2013;347:f7095",
    "Red flags for malignancy and fracture (history of malignancy; older age; trauma)",
    "https://www.bmj.com/content/347/bmj.f7095",
);
/// NCCIH massage safety.
pub const NCCIH_MASSAGE: Source = source(
    "NCCIH, Massage therapy: what you need to know",
    "Safety: talk to your provider in pregnancy; no forceful or deep massage with a bleeding disorder, low platelets or blood thinners; not on weak skin or wounds; no deep pressure near a tumour",
    "https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know",
);
/// Bone Health & Osteoporosis Foundation.
pub const BHOF_SPINE: Source = source(
    "Bone Health & Osteoporosis Foundation, Protecting your spine",
    "Avoid bending forward and twisting; see a doctor about back pain",
    "https://www.bonehealthandosteoporosis.org/patients/treatment/exercisesafe-movement/protecting-your-spine/",
);
/// NHS trust leaflet on the safe use of heat.
pub const HEAT_SAFETY: Source = source(
    "Midlands Partnership University NHS FT, Safe use of heat treatment",
    "Who should not use heat (reduced feeling, skin problems, circulation, heart conditions, cancer)",
    "https://mpft.nhs.uk/services/msk/self-help/general-advice/safe-use-heat-treatment",
);
/// Macmillan on massage during cancer treatment.
pub const MACMILLAN_MASSAGE: Source = source(
    "Macmillan Cancer Support, Massage and other touch therapies",
    "Gentle massage only; ask the cancer team; avoid treated areas",
    "https://www.macmillan.org.uk/cancer-information-and-support/treatment/coping-with-treatment/complementary-therapies/massage-or-other-touch-therapies",
);
/// NHS on sitting less.
pub const NHS_SIT_LESS: Source = source(
    "NHS, Why we should sit less",
    "Break up long periods of sitting",
    "https://www.nhs.uk/live-well/exercise/why-sitting-too-much-is-bad-for-us/",
);
/// NICE CG151: neutropenic sepsis.
pub const NICE_CG151: Source = source(
    "NICE CG151, Neutropenic sepsis (information for the public)",
    "If you become unwell during your anticancer treatment: ring the 24-hour specialist cancer line; suspected neutropenic sepsis goes to hospital at once",
    "https://www.nice.org.uk/guidance/cg151/ifp/chapter/If-you-become-unwell-during-your-anticancer-treatment",
);
/// NHS "Sepsis": who is more at risk, and when to call 999.
pub const NHS_SEPSIS: Source = source(
    "NHS, Sepsis: who can get it",
    "More at risk with a weakened immune system (chemotherapy, an organ transplant, long-term steroids)",
    "https://www.nhs.uk/conditions/sepsis/who-can-get-it/",
);
/// NHS "DVT": the 999 list (a clot that may have reached the lungs).
pub const NHS_DVT_999: Source = source(
    "NHS, DVT (deep vein thrombosis)",
    "\"Call 999 if\": DVT symptoms with breathlessness or chest pain",
    "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
);
/// NHS "DVT": who is more likely to get one.
pub const NHS_DVT_RISK: Source = source(
    "NHS, DVT (deep vein thrombosis)",
    "\"Who is more likely to get DVT\": pregnant or a baby in the last 6 weeks; an operation; staying still for long",
    "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
);
/// NICE CKS: low back pain, red flags for a spinal fracture.
pub const FRACTURE_RED_FLAGS: Source = source(
    "NICE CKS, Back pain - low (without radiculopathy); NHS Gloucestershire G-care red flags",
    "Red flags for spinal fracture: minor trauma or strenuous lifting in people with osteoporosis or who take corticosteroids",
    "https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/",
);
/// NHS: signs that the spinal cord in the neck is pressed (myelopathy).
pub const NECK_MYELOPATHY: Source = source(
    "NHS, Cervical spondylosis; NHS inform, Degenerative cervical myelopathy",
    "Urgent GP or 111: weakness or heaviness in the arms or legs, poor balance, clumsy hands (999 for sudden loss of coordination or new trouble walking)",
    "https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/neck-and-back-problems-and-conditions/degenerative-cervical-myelopathy/",
);
/// NHS "Abdominal aortic aneurysm": the 999 list.
pub const NHS_AAA: Source = source(
    "NHS, Abdominal aortic aneurysm",
    "\"Call 999 if\": sudden, severe pain in the tummy or back (a burst aneurysm), with dizziness, clammy skin or fainting; asked from 50, the clinic's choice (aneurysms are rare before)",
    "https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/",
);
/// NHS: not lying flat on the back in pregnancy.
pub const NHS_PREGNANCY_SIDE: Source = source(
    "NHS, Exercise in pregnancy; Sleep in pregnancy",
    "Do not lie flat on your back for long, particularly after 16 weeks; from 28 weeks go to sleep on your side",
    "https://www.nhs.uk/pregnancy/keeping-well/exercise/",
);
/// NHS "High blood pressure": when it needs a doctor.
pub const NHS_HIGH_BP: Source = source(
    "NHS, High blood pressure (hypertension)",
    "High blood pressure needs a GP's check and treatment; with no public rule for massage, the clinic waits until it is under control",
    "https://www.nhs.uk/conditions/high-blood-pressure-hypertension/",
);
/// NHS "Impetigo": a catching skin infection keeps you from close contact.
pub const NHS_IMPETIGO: Source = source(
    "NHS, Impetigo; Scabies; Shingles",
    "Catching until treated or healed: avoid close physical contact until then",
    "https://www.nhs.uk/conditions/impetigo/",
);
/// Herbal products and allergy.
pub const HERBAL_ALLERGY: Source = source(
    "NHS, Herbal medicines; Mayo Clinic, Risks of massage",
    "Herbal products can cause bad reactions; allergic reactions to massage oils",
    "https://www.nhs.uk/conditions/herbal-medicines/",
);
/// The clinic's own article (the catalogue and the frequency advice).
pub const CLINIC_ARTICLE: Source = source(
    "The clinic's article on massage for back pain",
    "Types of massage; Ayurvedic therapies; FAQ \"How often\"",
    "shared/seed (the clinic's text)",
);
/// A threshold the guidance does not give, chosen and written down here.
pub const CLINIC_DECISION: Source = source(
    "Clinic decision, documented in docs/clinical-rules.md",
    "The guidance gives no number; the cautious choice is stated with its reason",
    "docs/clinical-rules.md",
);
/// The visitor's own preference.
pub const PREFERENCE: Source = source("The visitor's own preference", "Respected as stated", "");

/// Every source, for the rules document.
pub const ALL: &[&Source] = &[
    &NHS_BACK_999,
    &NHS_BACK_URGENT,
    &NHS_BACK_GP,
    &NHS_BACK_SELF_CARE,
    &NHS_SCIATICA_999,
    &LOTHIAN_RED_FLAGS,
    &LOTHIAN_MSCC,
    &GCARE_RED_FLAGS,
    &CHILDREN_BACK_PAIN,
    &NHS_PREGNANCY_BACK_PAIN,
    &MAYO_MASSAGE,
    &CAUDA_EQUINA_LEAFLET,
    &NHS_DVT,
    &NHS_PREECLAMPSIA,
    &NHS_PREGNANCY_BLEEDING,
    &NHS_PREGNANCY_HEAT,
    &NG59_ASSESSMENT,
    &NG59_SELF_MANAGEMENT,
    &NG59_MANUAL_THERAPY,
    &NG65,
    &NG234,
    &DOWNIE_2013,
    &NCCIH_MASSAGE,
    &BHOF_SPINE,
    &HEAT_SAFETY,
    &MACMILLAN_MASSAGE,
    &NHS_SIT_LESS,
    &NICE_CG151,
    &NHS_SEPSIS,
    &NHS_DVT_999,
    &NHS_DVT_RISK,
    &FRACTURE_RED_FLAGS,
    &NECK_MYELOPATHY,
    &NHS_AAA,
    &NHS_PREGNANCY_SIDE,
    &NHS_HIGH_BP,
    &NHS_IMPETIGO,
    &HERBAL_ALLERGY,
    &CLINIC_ARTICLE,
    &CLINIC_DECISION,
    &PREFERENCE,
];
