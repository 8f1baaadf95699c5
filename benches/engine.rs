//! Speed of the advice engine and the storage format, natively
//! (`cargo bench`, or `make bench` for sizes and load time as well).

use std::hint::black_box;
use std::time::Instant;

use massage_advisor::domain::choices::*;
use massage_advisor::domain::saved::{decode, Saved};
use massage_advisor::domain::{suggest, Answers};

/// A tiny deterministic generator, so every run measures the same answers.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn pick<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        let i = (self.next() as usize) % (all.len() + 1);
        all.get(i).copied()
    }

    fn some<T: Copy + Ord>(&mut self, all: &[T]) -> Option<std::collections::BTreeSet<T>> {
        if self.next().is_multiple_of(5) {
            return None;
        }
        Some(
            all.iter()
                .copied()
                .filter(|_| self.next().is_multiple_of(3))
                .collect(),
        )
    }
}

fn answers(rng: &mut Lcg) -> Answers {
    Answers {
        red_flags: if rng.next().is_multiple_of(10) {
            rng.some(RedFlag::ALL)
        } else {
            Some(Default::default())
        },
        age_band: rng.pick(AgeBand::ALL),
        conditions: rng.some(Condition::ALL),
        stiffness: rng.pick(Stiffness::ALL),
        stiffness_worst: rng.pick(StiffnessTime::ALL),
        morning_stiffness: rng.pick(MorningStiffness::ALL),
        sitting_hours: Some((rng.next() % 49) as f32 / 2.0),
        longest_sitting: rng.pick(SittingStretch::ALL),
        work_demands: rng.some(WorkDemand::ALL),
        pain_areas: rng.some(BodyArea::ALL),
        pain_intensity: Some((rng.next() % 11) as u8),
        pain_duration: rng.pick(PainDuration::ALL),
        pain_trend: rng.pick(PainTrend::ALL),
        first_episode: Some(rng.next().is_multiple_of(2)),
        eased_by: rng.some(Relief::ALL),
        pressure: rng.pick(Pressure::ALL),
        oil_welcome: Some(!rng.next().is_multiple_of(4)),
        heat_welcome: Some(!rng.next().is_multiple_of(4)),
    }
}

fn measure(name: &str, runs: usize, mut f: impl FnMut(usize)) {
    // Warm up, then take the best of five batches.
    f(0);
    let best = (0..5)
        .map(|_| {
            let start = Instant::now();
            for i in 0..runs {
                f(i);
            }
            start.elapsed().as_nanos() as f64 / runs as f64
        })
        .fold(f64::INFINITY, f64::min);
    println!("{name:<40} {:>10.0} ns/op", best);
}

fn main() {
    let mut rng = Lcg(42);
    let all: Vec<Answers> = (0..1000).map(|_| answers(&mut rng)).collect();
    let encoded: Vec<String> = all
        .iter()
        .map(|a| Saved::new(a.clone(), 3, 0.0).encode())
        .collect();
    measure("suggest (triage, rules, ranking)", 20_000, |i| {
        black_box(suggest(black_box(&all[i % all.len()])));
    });
    measure("Saved::encode", 20_000, |i| {
        black_box(Saved::new(all[i % all.len()].clone(), 3, 0.0).encode());
    });
    measure("decode (parse, migrate, validate)", 20_000, |i| {
        let _ = black_box(decode(black_box(&encoded[i % encoded.len()]), 1.0));
    });
}
