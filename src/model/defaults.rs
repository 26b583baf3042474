//! Serde's helpers for optional fields: defaults, and what is left out when written.

pub(super) fn default_true() -> bool {
    true
}

/// Flags that default to false are left out of the file while false.
#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
pub(super) fn is_false(value: &bool) -> bool {
    !*value
}
