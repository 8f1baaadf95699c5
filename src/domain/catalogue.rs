//! The clinic's therapy catalogue, as data (from the clinic's article). Texts
//! live in locale data (`crate::keys::text::therapy`).

use super::choices::{Pressure, TherapyId};

/// One therapy of the catalogue: what it does to the body, as the safety
/// rules need to know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Therapy {
    /// Stable id.
    pub id: TherapyId,
    /// Whether it belongs to the Ayurvedic tradition.
    pub ayurvedic: bool,
    /// Typical hands-on pressure; `None` for therapies without it (steam,
    /// oil pooled on the skin).
    pub pressure: Option<Pressure>,
    /// Whether the pressure can be kept light all through without losing the
    /// therapy (not so for deep pressure, or compresses pressed into the muscles).
    pub light_possible: bool,
    /// Whether it uses oil on the skin.
    pub oil: bool,
    /// Whether it applies heat (steam, hot compresses, warm oil held on the skin).
    pub heat: bool,
    /// Whether it works the legs (full-body strokes, or stretches that move them).
    pub legs: bool,
    /// Whether it uses stretches (bending and twisting the spine).
    pub stretches: bool,
    /// Whether it uses herbs (herbal oils, steam or compresses).
    pub herbs: bool,
    /// Typical session length in minutes, from and to.
    pub minutes: (u16, u16),
}

impl Therapy {
    /// Gentle means light pressure: the only therapies offered while a
    /// doctor's check comes first.
    pub fn is_gentle(&self) -> bool {
        self.pressure == Some(Pressure::Light)
    }
}

use Pressure::{Firm, Light, Medium};
use TherapyId::*;

/// A catalogue entry: (id, ayurvedic, pressure, light possible, oil, heat,
/// legs, stretches, herbs, minutes).
#[allow(clippy::too_many_arguments)]
const fn therapy(
    id: TherapyId,
    ayurvedic: bool,
    pressure: Option<Pressure>,
    light_possible: bool,
    oil: bool,
    heat: bool,
    legs: bool,
    stretches: bool,
    herbs: bool,
    minutes: (u16, u16),
) -> Therapy {
    Therapy {
        id,
        ayurvedic,
        pressure,
        light_possible,
        oil,
        heat,
        legs,
        stretches,
        herbs,
        minutes,
    }
}

/// The nine therapies of the clinic's article, in catalogue order.
#[rustfmt::skip]
pub const CATALOGUE: &[Therapy] = &[
    //       id               ayur   pressure       light  oil    heat   legs   stretch herbs  minutes
    therapy(Relaxation,      false, Some(Light),   true,  false, false, false, false,  false, (45, 60)),
    therapy(DeepPressure,    false, Some(Firm),    false, false, false, false, false,  false, (45, 60)),
    therapy(OilBased,        false, Some(Medium),  true,  true,  false, false, false,  false, (60, 75)),
    therapy(StretchAssisted, false, Some(Medium),  true,  false, false, true,  true,   false, (45, 60)),
    therapy(LowerBack,       false, Some(Medium),  true,  false, false, false, false,  false, (30, 45)),
    therapy(Abhyanga,        true,  Some(Light),   true,  true,  false, true,  false,  true,  (45, 60)),
    therapy(KatiBasti,       true,  None,          true,  true,  true,  false, false,  true,  (30, 45)),
    therapy(Swedana,         true,  None,          true,  false, true,  false, false,  true,  (15, 20)),
    therapy(Potli,           true,  Some(Medium),  false, true,  true,  false, false,  true,  (45, 60)),
];

/// The order from the gentlest therapy to the strongest: light pressure
/// first, then medium work that can stay light, then heat, then firm.
pub const GENTLEST_FIRST: &[TherapyId] = &[
    Relaxation,
    Abhyanga,
    OilBased,
    LowerBack,
    KatiBasti,
    StretchAssisted,
    Swedana,
    Potli,
    DeepPressure,
];

/// The catalogue entry of `id`.
pub fn therapy_of(id: TherapyId) -> &'static Therapy {
    // CATALOGUE holds every TherapyId in declaration order; a test checks it.
    &CATALOGUE[id as usize]
}
