//! The clinic's therapy catalogue, as data. Texts live in locale data
//! (`crate::keys::text::therapy`).

use super::choices::{Pressure, TherapyId};

/// One therapy of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Therapy {
    /// Stable id.
    pub id: TherapyId,
    /// Whether it belongs to the Ayurvedic tradition.
    pub ayurvedic: bool,
    /// Typical pressure, `None` for therapies without hands-on pressure.
    pub pressure: Option<Pressure>,
    /// Whether it uses oil on the skin.
    pub oil: bool,
    /// Whether it applies heat (steam, warm compresses, pooled warm oil).
    pub heat: bool,
    /// Whether it is gentle enough to offer while a doctor's check is pending.
    pub gentle: bool,
    /// Typical session length in minutes, from and to.
    pub minutes: (u16, u16),
}

const fn therapy(
    id: TherapyId,
    ayurvedic: bool,
    pressure: Option<Pressure>,
    oil: bool,
    heat: bool,
    gentle: bool,
    minutes: (u16, u16),
) -> Therapy {
    Therapy {
        id,
        ayurvedic,
        pressure,
        oil,
        heat,
        gentle,
        minutes,
    }
}

use Pressure::{Firm, Light, Medium};
use TherapyId::*;

/// The nine therapies of the clinic's article, in catalogue order.
pub const CATALOGUE: &[Therapy] = &[
    therapy(Relaxation, false, Some(Light), false, false, true, (45, 60)),
    therapy(
        DeepPressure,
        false,
        Some(Firm),
        false,
        false,
        false,
        (45, 60),
    ),
    therapy(OilBased, false, Some(Medium), true, false, true, (60, 75)),
    therapy(
        StretchAssisted,
        false,
        Some(Medium),
        false,
        false,
        false,
        (45, 60),
    ),
    therapy(
        LowerBack,
        false,
        Some(Medium),
        false,
        false,
        false,
        (30, 45),
    ),
    therapy(Abhyanga, true, Some(Light), true, false, true, (45, 60)),
    therapy(KatiBasti, true, None, true, true, false, (30, 45)),
    therapy(Swedana, true, None, false, true, false, (15, 20)),
    therapy(Potli, true, Some(Medium), true, true, false, (45, 60)),
];

/// The catalogue entry of `id`.
pub fn therapy_of(id: TherapyId) -> &'static Therapy {
    // CATALOGUE holds every TherapyId in declaration order; a test checks it.
    &CATALOGUE[id as usize]
}
