//! The options picked in a multiple choice: a set of one [`Choice`] type.

use std::fmt;
use std::marker::PhantomData;

use serde::ser::{Serialize, SerializeSeq, Serializer};

use super::choices::Choice;

/// Which options of `T` are picked. Iterates in the order of `T::ALL` (the
/// order a visitor sees them, which is also `T`'s `Ord`), without repeats;
/// stored as the JSON list of their ids, exactly as a `BTreeSet<T>` was
/// (read back by `saved::read_answers`).
///
/// One bit per option (`choice!` checks at compile time that a choice has at
/// most 64, each at its own place in `ALL`): a `BTreeSet` for each of the
/// seven multiple choices put about 35 KB of tree code into the wasm
/// (BENCHMARKS.md).
pub struct ChoiceSet<T> {
    bits: u64,
    of: PhantomData<T>,
}

impl<T: Choice> ChoiceSet<T> {
    /// Nothing picked.
    pub const fn new() -> Self {
        Self {
            bits: 0,
            of: PhantomData,
        }
    }

    fn bit(value: T) -> u64 {
        // Under 64 for every choice made by `choice!` (checked when it compiles).
        debug_assert!(value.index() < 64, "a ChoiceSet holds at most 64 options");
        1 << value.index()
    }

    /// True when `value` is picked.
    pub fn contains(&self, value: &T) -> bool {
        self.bits & Self::bit(*value) != 0
    }

    /// Picks `value`; false when it already was.
    pub fn insert(&mut self, value: T) -> bool {
        let had = self.contains(&value);
        self.bits |= Self::bit(value);
        !had
    }

    /// Unpicks `value`; false when it was not picked.
    pub fn remove(&mut self, value: &T) -> bool {
        let had = self.contains(value);
        self.bits &= !Self::bit(*value);
        had
    }

    /// How many are picked.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// True when none is picked.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The picked options, in the order of `T::ALL`.
    pub fn iter(&self) -> Iter<T> {
        Iter {
            bits: self.bits,
            all: T::ALL.iter(),
        }
    }
}

/// The picked options of a [`ChoiceSet`], in the order of `T::ALL`.
pub struct Iter<T: 'static> {
    bits: u64,
    all: std::slice::Iter<'static, T>,
}

impl<T: Choice> Iterator for Iter<T> {
    type Item = &'static T;

    fn next(&mut self) -> Option<&'static T> {
        let bits = self.bits;
        self.all.find(|value| bits & ChoiceSet::bit(**value) != 0)
    }
}

impl<T: Choice> Default for ChoiceSet<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Clone for ChoiceSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ChoiceSet<T> {}

impl<T> PartialEq for ChoiceSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for ChoiceSet<T> {}

impl<T: Choice + fmt::Debug> fmt::Debug for ChoiceSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Choice> FromIterator<T> for ChoiceSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut set = Self::new();
        for value in values {
            set.insert(value);
        }
        set
    }
}

impl<T: Choice, const N: usize> From<[T; N]> for ChoiceSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<T: Choice> IntoIterator for &ChoiceSet<T> {
    type Item = &'static T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T: Choice + Serialize> Serialize for ChoiceSet<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for value in self.iter() {
            seq.serialize_element(value)?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::ChoiceSet;
    use crate::domain::choices::{BodyArea, Condition};

    #[test]
    fn behaves_as_the_btree_set_it_replaced() {
        // Every subset of the first 8 conditions, built in a scrambled order.
        let some = &Condition::ALL[..Condition::ALL.len().min(8)];
        for mask in 0u32..1 << some.len() {
            let picked: Vec<Condition> = (0..some.len())
                .rev()
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| some[i])
                .collect();
            let set: ChoiceSet<Condition> = picked.iter().copied().collect();
            let tree: BTreeSet<Condition> = picked.iter().copied().collect();
            assert_eq!(set.len(), tree.len());
            assert_eq!(set.is_empty(), tree.is_empty());
            assert!(set.iter().eq(tree.iter()));
            for c in Condition::ALL {
                assert_eq!(set.contains(c), tree.contains(c), "{c:?}");
            }
            assert_eq!(
                serde_json::to_string(&set).ok(),
                serde_json::to_string(&tree).ok()
            );
        }
    }

    #[test]
    fn insert_and_remove_say_whether_anything_changed() {
        let mut set = ChoiceSet::new();
        assert!(set.insert(BodyArea::LowerBack));
        assert!(!set.insert(BodyArea::LowerBack));
        assert_eq!(set.len(), 1);
        assert!(set.remove(&BodyArea::LowerBack));
        assert!(!set.remove(&BodyArea::LowerBack));
        assert!(set.is_empty());
        assert_eq!(set, ChoiceSet::default());
    }
}
