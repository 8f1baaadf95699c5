//! Speed of the advice engine and the storage format, natively
//! (`cargo bench`, or `make bench` for sizes and load time as well).

use std::hint::black_box;
use std::time::Instant;

use massage_advisor::domain::answers::NONE_OPTION;
use massage_advisor::domain::questions::{self, Kind};
use massage_advisor::domain::saved::{decode, Saved};
use massage_advisor::domain::{suggest, Action, Answers};

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

    fn below(&mut self, n: usize) -> usize {
        (self.next() as usize) % n
    }
}

/// Random answers to every question of the table, given through the
/// reducer: mostly answered, warning signs rare (as on a clinic's page).
fn answers(rng: &mut Lcg) -> Answers {
    let mut a = Answers::default();
    for question in questions::all() {
        if rng.below(10) == 0 {
            continue;
        }
        let id = question.id;
        let options = question.kind.options();
        let actions = match question.kind {
            Kind::Number(range) => {
                let steps = ((range.max - range.min) / range.step) as usize;
                let v = range.min + rng.below(steps + 1) as f32 * range.step;
                vec![Action::SetNumber(id, v)]
            }
            Kind::Multi(_) | Kind::BodyAreas => {
                let rare = id == questions::q::red_flags;
                if rng.below(if rare { 10 } else { 3 }) != 0 {
                    vec![Action::Toggle(id, NONE_OPTION.into())]
                } else {
                    options
                        .iter()
                        .filter(|_| rng.below(3) == 0)
                        .map(|o| Action::Toggle(id, (*o).into()))
                        .collect()
                }
            }
            _ => vec![Action::Choose(id, options[rng.below(options.len())].into())],
        };
        for action in actions {
            let _ = a.apply(action);
        }
    }
    a
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
        .map(|a| serde_json::to_string(&Saved::new(a.clone(), 3, 0.0)).unwrap_or_default())
        .collect();
    measure("suggest (triage, rules, ranking)", 20_000, |i| {
        black_box(suggest(black_box(&all[i % all.len()])));
    });
    measure(
        "encode a Saved (serde_json, as gloo-storage writes it)",
        20_000,
        |i| {
            black_box(
                serde_json::to_string(&Saved::new(all[i % all.len()].clone(), 3, 0.0))
                    .unwrap_or_default(),
            );
        },
    );
    measure("decode (parse, migrate, validate)", 20_000, |i| {
        let _ = black_box(decode(black_box(&encoded[i % encoded.len()]), 1.0));
    });
}
