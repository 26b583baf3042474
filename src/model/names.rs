//! Names compared the way [`name_key`](super::name_key) compares them (trimmed, case ignored),
//! without building a key for each name: validation compares every holder's name on every
//! edit, and an allocation per name was the largest part of its time.

use std::{borrow::Cow, cmp::Ordering};

/// The order of two names' keys: `name_key(a).cmp(&name_key(b))`, without allocating when both
/// are ASCII (nearly every name).
pub fn cmp_keys(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        a.bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    } else {
        a.to_lowercase().cmp(&b.to_lowercase())
    }
}

/// A name's key for sorting: its first sixteen key bytes as a number (nearly every comparison
/// ends there, even between names that share a title such as "Dr "), then the whole key. An ASCII name is its own key, compared with case folded; any
/// other name is lowered once, as `name_key` lowers it.
pub struct SortKey<'a> {
    prefix: u128,
    key: Cow<'a, str>,
}

impl<'a> SortKey<'a> {
    pub fn of(name: &'a str) -> Self {
        let name = name.trim();
        let key = if name.is_ascii() {
            Cow::Borrowed(name)
        } else {
            Cow::Owned(name.to_lowercase())
        };
        let mut prefix = [0u8; 16];
        for (slot, byte) in prefix.iter_mut().zip(key.bytes()) {
            *slot = byte.to_ascii_lowercase();
        }
        Self {
            prefix: u128::from_be_bytes(prefix),
            key,
        }
    }
}

impl Ord for SortKey<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.prefix.cmp(&other.prefix).then_with(|| {
            // The first sixteen bytes are equal (or both names are shorter).
            // A name shorter than sixteen bytes is padded with zeros there, so compare whole
            // lengths too ("ab" before "ab\0").
            let (a, b) = (self.key.as_bytes(), other.key.as_bytes());
            let (tail_a, tail_b) = (
                a.get(16..).unwrap_or_default(),
                b.get(16..).unwrap_or_default(),
            );
            tail_a
                .iter()
                .map(u8::to_ascii_lowercase)
                .cmp(tail_b.iter().map(u8::to_ascii_lowercase))
                .then(a.len().cmp(&b.len()))
        })
    }
}

impl PartialOrd for SortKey<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for SortKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for SortKey<'_> {}

/// The groups of names with the same key, two or more each: indices into `names`, each group
/// in order, the groups in the order of their first index. Sorting, not hashing: O(n log n)
/// comparisons, mostly of one number each.
pub fn repeated_groups(names: &[&str]) -> Vec<Vec<usize>> {
    let mut keys: Vec<(SortKey<'_>, usize)> = names
        .iter()
        .enumerate()
        .map(|(i, name)| (SortKey::of(name), i))
        .collect();
    // Stable: equal names keep their order, so each group comes out in index order.
    keys.sort_by(|(a, _), (b, _)| a.cmp(b));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for run in keys.chunk_by(|(a, _), (b, _)| a.cmp(b) == Ordering::Equal) {
        if run.len() > 1 {
            groups.push(run.iter().map(|(_, i)| *i).collect());
        }
    }
    groups.sort_by_key(|g| g.first().copied());
    groups
}

/// Items found by name: sorted once by key, then each lookup is a binary search.
pub struct NameIndex<'a, T> {
    entries: Vec<(SortKey<'a>, T)>,
}

impl<'a, T> NameIndex<'a, T> {
    /// The items with their names, in order; items with the same key keep their order.
    pub fn new(items: impl IntoIterator<Item = (&'a str, T)>) -> Self {
        let mut entries: Vec<(SortKey<'a>, T)> = items
            .into_iter()
            .map(|(name, item)| (SortKey::of(name), item))
            .collect();
        entries.sort_by(|(a, _), (b, _)| a.cmp(b));
        Self { entries }
    }

    /// Every item whose name has the same key as `name`, in order.
    pub fn get(&self, name: &str) -> impl Iterator<Item = &T> {
        let key = SortKey::of(name);
        let start = self
            .entries
            .partition_point(|(k, _)| k.cmp(&key) == Ordering::Less);
        self.entries
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(move |(k, _)| k.cmp(&key) == Ordering::Equal)
            .map(|(_, item)| item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::name_key;

    #[test]
    fn an_index_finds_every_item_of_a_name() {
        let index = NameIndex::new([("Ann", 1), ("Bo", 2), (" ANN ", 3), ("Cy", 4)]);
        assert_eq!(index.get("ann").copied().collect::<Vec<_>>(), vec![1, 3]);
        assert_eq!(index.get("Cy").count(), 1);
        assert_eq!(index.get("Dee").count(), 0);
    }

    #[test]
    fn keys_compare_as_name_key_does() {
        for (a, b) in [
            ("  Ada Lovell ", "ada lovell"),
            ("Zoë", "ZOË"),
            ("Ada", "Adam"),
            ("b", "A"),
            // Past the sixteen bytes of the number: the rest of the key decides.
            ("Dr Helen Ashworth", "DR HELEN ASHWORTH"),
            ("Dr Helen Ashwort", "Dr Helen Ashworth"),
            ("Dr Helen Ashworth-Lee", "Dr Helen Ashworth"),
            ("Professor Eleanor Smith", "Professor Eleanor Smyth"),
            ("ab", "ab\0"),
            ("", " "),
            ("ΟΔΟΣ", "οδος"),
        ] {
            assert_eq!(cmp_keys(a, b), name_key(a).cmp(&name_key(b)), "{a} / {b}");
            assert_eq!(
                SortKey::of(a).cmp(&SortKey::of(b)),
                name_key(a).cmp(&name_key(b)),
                "sort keys of {a} / {b}"
            );
        }
    }

    #[test]
    fn repeated_names_are_grouped_in_order() {
        let names = ["Ann", "Bo", " ann", "Cy", "BO", "ANN", "Di"];
        assert_eq!(repeated_groups(&names), vec![vec![0, 2, 5], vec![1, 4]]);
        assert!(repeated_groups(&["a", "b"]).is_empty());
        // As name_key groups them, beyond ASCII too (the Kelvin sign lowers to "k").
        let names = ["Zoë Hart", "Kate", "ZOË HART", "\u{212A}ate", "Zoe Hart"];
        assert_eq!(repeated_groups(&names), vec![vec![0, 2], vec![1, 3]]);
        assert!(repeated_groups(&[]).is_empty());
    }
}
