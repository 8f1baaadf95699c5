//! Ordering the engine's short lists: therapies, reasons, warning signs.

/// Sorts `items` by `key`, ascending, keeping items with equal keys in the
/// order they came (stable), exactly as `slice::sort_by_key` does.
///
/// An insertion sort: quadratic, so for short lists only (every caller sorts
/// fewer than 50 items). The standard library's sort would add about 4 KB of
/// wasm for every type it sorts (BENCHMARKS.md); this adds a few hundred bytes.
pub fn sort_short_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_short_by_key;

    /// Every arrangement of a list with repeated keys, against std's sort.
    #[test]
    fn matches_the_standard_stable_sort() {
        let mut checked = 0;
        for len in 0..=7u32 {
            // Each item: (its key, its original place); keys 0..3 repeat.
            for code in 0..3u32.pow(len) {
                let mut items: Vec<(u32, u32)> =
                    (0..len).map(|i| (code / 3u32.pow(i) % 3, i)).collect();
                let mut expected = items.clone();
                expected.sort_by_key(|&(k, _)| k);
                sort_short_by_key(&mut items, |&(k, _)| k);
                assert_eq!(items, expected);
                checked += 1;
            }
        }
        assert_eq!(checked, (0..=7).map(|n| 3u32.pow(n)).sum::<u32>());
    }

    #[test]
    fn sorts_descending_through_a_reversed_key() {
        let mut items = vec![(1, 'a'), (3, 'b'), (2, 'c'), (3, 'd'), (1, 'e')];
        sort_short_by_key(&mut items, |&(k, _)| std::cmp::Reverse(k));
        assert_eq!(
            items,
            vec![(3, 'b'), (3, 'd'), (2, 'c'), (1, 'a'), (1, 'e')]
        );
    }
}
