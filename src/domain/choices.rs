//! The closed sets of options a visitor can pick from.
//!
//! Every option has a stable id: it is what storage holds, what DOM ids and
//! locale keys are derived from, and it never changes once shipped.

use serde::Serialize;

/// An option set of a choice question (implemented by `choice!`).
pub trait Choice: Copy + Ord + 'static {
    /// Every option, in the order a visitor sees them (and of `Ord`).
    const ALL: &'static [Self];
    /// Its place in `ALL`, under 64 (checked by `choice!` at compile time).
    fn index(self) -> u32;
    /// Its stable id.
    fn id(self) -> &'static str;
    /// Parses a stable id.
    fn from_id(id: &str) -> Option<Self>;
}

/// Defines a choice enum with stable ids, `ALL`, `IDS`, `id()` and `from_id()`,
/// and its [`Choice`] implementation.
macro_rules! choice {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $id:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $id)] $var),+
        }

        impl $name {
            /// Every option, in the order a visitor sees them.
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// The stable ids of every option, in the same order as `ALL`.
            pub const IDS: &'static [&'static str] = &[$($id),+];

            /// The stable id of this option.
            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$var => $id),+
                }
            }

            /// Parses a stable id; `None` for anything unknown.
            pub fn from_id(id: &str) -> Option<Self> {
                match id {
                    $($id => Some($name::$var),)+
                    _ => None,
                }
            }
        }

        // A `ChoiceSet` gives each option the bit of its place in `ALL`.
        const _: () = {
            assert!($name::ALL.len() <= 64, "a ChoiceSet holds at most 64 options");
            let mut place = 0;
            while place < $name::ALL.len() {
                assert!($name::ALL[place] as usize == place, "ALL is in declaration order");
                place += 1;
            }
        };

        impl Choice for $name {
            const ALL: &'static [Self] = $name::ALL;

            fn index(self) -> u32 {
                self as u32
            }

            fn id(self) -> &'static str {
                $name::id(self)
            }

            fn from_id(id: &str) -> Option<Self> {
                $name::from_id(id)
            }
        }
    };
}

choice! {
    /// How stiff the back feels overall.
    Stiffness {
        /// No stiffness.
        None = "none",
        /// Mild stiffness.
        Mild = "mild",
        /// Moderate stiffness.
        Moderate = "moderate",
        /// Severe stiffness.
        Severe = "severe",
    }
}

choice! {
    /// When stiffness is at its worst.
    StiffnessTime {
        /// On waking.
        OnWaking = "waking",
        /// After sitting for a while.
        AfterSitting = "after_sitting",
        /// At the end of the day.
        EndOfDay = "end_of_day",
        /// All day long.
        AllDay = "all_day",
    }
}

choice! {
    /// How long morning stiffness lasts.
    MorningStiffness {
        /// Less than 30 minutes.
        Under30 = "under_30",
        /// 30 minutes or more.
        Over30 = "over_30",
    }
}

choice! {
    /// The longest stretch spent sitting without a break.
    SittingStretch {
        /// Under 30 minutes.
        Under30m = "under_30m",
        /// 30 to 60 minutes.
        UpTo1h = "30m_1h",
        /// One to two hours.
        UpTo2h = "1h_2h",
        /// More than two hours.
        Over2h = "over_2h",
    }
}

choice! {
    /// Physical demands of the visitor's work.
    WorkDemand {
        /// Lifting or carrying.
        Lifting = "lifting",
        /// Standing for long periods.
        Standing = "standing",
    }
}

choice! {
    /// Areas of the body where it hurts, as drawn on the body map. Pain into
    /// both legs is both legs chosen.
    BodyArea {
        /// Neck.
        Neck = "neck",
        /// Shoulders.
        Shoulders = "shoulders",
        /// Upper back, around the shoulder blades.
        UpperBack = "upper_back",
        /// Middle of the back.
        MidBack = "mid_back",
        /// Lower back.
        LowerBack = "lower_back",
        /// Hips and buttocks.
        Hips = "hips",
        /// Tailbone.
        Tailbone = "tailbone",
        /// Pain spreading into the left leg.
        LeftLeg = "left_leg",
        /// Pain spreading into the right leg.
        RightLeg = "right_leg",
    }
}

choice! {
    /// Where back pain is felt: in the muscles, or in the spine itself.
    SpineOrMuscles {
        /// An ache or tightness in the muscles.
        Muscles = "muscles",
        /// Pain in the spine itself.
        Spine = "spine",
        /// Not sure (treated as the spine).
        NotSure = "not_sure",
    }
}

choice! {
    /// Whether pain into both legs is new.
    LegsCourse {
        /// New, or getting worse.
        NewOrWorse = "new",
        /// The same for a long time, and a doctor has checked it.
        Known = "known",
        /// Not sure (treated as new).
        NotSure = "not_sure",
    }
}

choice! {
    /// How long the pain has lasted.
    PainDuration {
        /// Less than 6 weeks.
        Under6Weeks = "under_6w",
        /// 6 to 12 weeks.
        SixTo12Weeks = "6_12w",
        /// More than 3 months.
        Over3Months = "over_3m",
    }
}

choice! {
    /// Whether long-lasting pain is getting better.
    PainTrend {
        /// Getting better.
        Improving = "improving",
        /// About the same.
        Same = "same",
        /// Getting worse.
        Worse = "worse",
    }
}

choice! {
    /// What eases the pain or stiffness.
    Relief {
        /// Rest.
        Rest = "rest",
        /// Movement.
        Movement = "movement",
        /// Warmth.
        Warmth = "warmth",
    }
}

choice! {
    /// Preferred massage pressure.
    Pressure {
        /// Light pressure.
        Light = "light",
        /// Medium pressure.
        Medium = "medium",
        /// Firm pressure.
        Firm = "firm",
    }
}

choice! {
    /// Age band.
    AgeBand {
        /// Under 18.
        Under18 = "under_18",
        /// 18 to 39.
        From18To39 = "18_39",
        /// 40 to 49.
        From40To49 = "40_49",
        /// 50 to 64.
        From50To64 = "50_64",
        /// 65 or over.
        Over65 = "65_plus",
    }
}

choice! {
    /// Warning signs that stop all suggestions, most urgent first. Each
    /// one's level and source are in `triage.rs`.
    RedFlag {
        /// Pain, tingling, numbness or weakness in both legs.
        BothLegsNumb = "both_legs_numb",
        /// Numbness or tingling around the genitals, bottom or inner thighs.
        SaddleNumbness = "saddle_numbness",
        /// New trouble peeing, or loss of bladder or bowel control.
        BladderBowel = "bladder_bowel",
        /// New problems with erection or ejaculation, or less feeling during sex.
        SexualFunction = "sexual_function",
        /// Chest pain.
        ChestPain = "chest_pain",
        /// Pain that started after a serious fall or accident.
        SeriousFall = "serious_fall",
        /// A swollen, painful, warm or red calf or leg now.
        CalfSwelling = "calf_swelling",
        /// A high temperature, or feeling hot and shivery.
        Fever = "fever",
        /// Weight loss without trying.
        WeightLoss = "weight_loss",
        /// A lump or swelling on the back, or a change in its shape.
        LumpOrShape = "lump_or_shape",
        /// Pain worse when coughing, sneezing or opening the bowels.
        CoughSneeze = "cough_sneeze",
        /// Pain that stops sleep, or does not ease with rest.
        NightPain = "night_pain",
        /// Cancer now or in the past, and this back pain is new or different.
        CancerHistory = "cancer_history",
        /// New weakness in one leg.
        OneLegWeakness = "one_leg_weakness",
    }
}

choice! {
    /// When the serious fall or accident happened.
    AccidentWhen {
        /// In the last 7 days.
        ThisWeek = "week",
        /// 1 to 6 weeks ago.
        Weeks = "weeks",
        /// More than 6 weeks ago.
        Older = "older",
    }
}

choice! {
    /// Signs in pregnancy that need the midwife now.
    PregnancySign {
        /// Bleeding from the vagina.
        Bleeding = "bleeding",
        /// A bad headache, problems with sight, or sudden swelling
        /// (possible pre-eclampsia).
        Preeclampsia = "preeclampsia",
        /// Regular tightenings or period-like pains.
        Labour = "labour",
        /// Fluid leaking from the vagina.
        Waters = "waters",
        /// The baby moving less than usual, or differently.
        Movements = "movements",
        /// Pain or burning when peeing.
        Urine = "urine",
    }
}

choice! {
    /// Health conditions that rule out or limit some therapies.
    Condition {
        /// Pregnancy.
        Pregnancy = "pregnancy",
        /// A baby born in the last 6 weeks.
        RecentBirth = "recent_birth",
        /// Blood thinners, a bleeding disorder or low platelets.
        BloodThinners = "blood_thinners",
        /// Osteoporosis or a recent fracture.
        Osteoporosis = "osteoporosis",
        /// Long-term steroid tablets (they thin the bones and weaken the
        /// body's defence against infection).
        Steroids = "steroids",
        /// Cancer treatment now (chemotherapy, radiotherapy or similar).
        CancerTreatment = "cancer_treatment",
        /// An operation in the last 3 months (where: `SurgerySite`).
        RecentSurgery = "recent_surgery",
        /// High blood pressure or heart disease.
        HighBloodPressure = "high_blood_pressure",
        /// Diabetes with reduced feeling in the skin.
        DiabetesReducedFeeling = "diabetes_reduced_feeling",
        /// A rash, wound or skin condition (which kind: `SkinKind`).
        SkinProblem = "skin_problem",
        /// An allergy to massage oils or herbs (which: `AllergyKind`).
        OilAllergy = "oil_allergy",
        /// A history of blood clots.
        BloodClots = "blood_clots",
    }
}

choice! {
    /// How far on a pregnancy is.
    PregnancyStage {
        /// Under 12 weeks.
        First = "under_12w",
        /// 12 to 27 weeks.
        Second = "12_27w",
        /// 28 weeks or more.
        Third = "28w_plus",
    }
}

choice! {
    /// Where an operation in the last 3 months was.
    SurgerySite {
        /// On the back or spine.
        Back = "back",
        /// Anywhere else.
        Elsewhere = "elsewhere",
    }
}

choice! {
    /// Whether high blood pressure is under control.
    BloodPressure {
        /// Checked, and under control.
        Controlled = "controlled",
        /// Not under control, or high when last checked.
        High = "high",
        /// Not sure (treated as not under control).
        NotSure = "not_sure",
    }
}

choice! {
    /// What kind of skin condition it is.
    SkinKind {
        /// It may be catching (weeping, crusted, spreading, an infection):
        /// no massage until it has cleared.
        Catching = "catching",
        /// On the back, not catching.
        Back = "back",
        /// Elsewhere, not catching.
        Elsewhere = "elsewhere",
    }
}

choice! {
    /// What the visitor is allergic to.
    AllergyKind {
        /// Massage oils (nut oils among them).
        Oils = "oils",
        /// Herbs or herbal products.
        Herbs = "herbs",
        /// Both.
        Both = "both",
    }
}

choice! {
    /// Signs with neck pain that the spinal cord in the neck may be pressed.
    NeckSign {
        /// Weakness in an arm or hand.
        ArmWeakness = "arm_weakness",
        /// Clumsy hands: dropping things, trouble with buttons or writing.
        ClumsyHands = "clumsy_hands",
        /// Unsteady walking or loss of balance.
        Unsteady = "unsteady",
    }
}

impl AgeBand {
    /// True for the bands from 50 years on.
    pub fn is_50_or_over(self) -> bool {
        matches!(self, AgeBand::From50To64 | AgeBand::Over65)
    }

    /// True for the adult bands under 50.
    pub fn is_adult_under_50(self) -> bool {
        matches!(self, AgeBand::From18To39 | AgeBand::From40To49)
    }
}

choice! {
    /// The clinic's nine therapies, in catalogue order (ties in ranking keep it).
    TherapyId {
        /// Gentle relaxation massage.
        Relaxation = "relaxation",
        /// Deep pressure or targeted massage.
        DeepPressure = "deep_pressure",
        /// Oil-based massage.
        OilBased = "oil_based",
        /// Stretch-assisted massage.
        StretchAssisted = "stretch_assisted",
        /// Lower-back focused massage.
        LowerBack = "lower_back",
        /// Abhyanga: full-body warm oil therapy.
        Abhyanga = "abhyanga",
        /// Kati Basti: warm oil pooled over the lower back.
        KatiBasti = "kati_basti",
        /// Swedana: gentle herbal steam.
        Swedana = "swedana",
        /// Potli: warm herbal compresses.
        Potli = "potli",
    }
}

choice! {
    /// Massage sessions since the last check-in.
    SessionCount {
        /// None.
        None = "none",
        /// One.
        One = "1",
        /// Two.
        Two = "2",
        /// Three or more.
        ThreeOrMore = "3_plus",
    }
}

choice! {
    /// What is new since the last visit (a check-in offers the full
    /// questionnaire again when something is).
    CheckInChange {
        /// It hurts somewhere new.
        NewArea = "new_area",
        /// A new health condition or medicine.
        NewCondition = "new_condition",
    }
}

choice! {
    /// How urgently the visitor should see a doctor.
    Level {
        /// No warning sign: suggestions as usual.
        Routine = "routine",
        /// See a doctor in the next few days, before any massage; the gentle
        /// options shown are the ones to ask the doctor about.
        Soon = "soon",
        /// See a doctor today; no suggestions.
        Urgent = "urgent",
        /// Call emergency services now; no suggestions.
        Emergency = "emergency",
    }
}
