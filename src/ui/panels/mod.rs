//! The panels: each draws from a read-only [`DesignCtx`](super::context::DesignCtx) and emits
//! actions. No panel imports the workspace or another panel.

pub mod appraisal;
pub mod appraisal_lists;
pub mod appraisal_workings;
pub mod board;
pub mod cluster;
pub mod committees;
pub mod compare;
pub mod findings;
pub mod inspector;
pub mod joint;
pub mod menu;
pub mod merger;
pub mod packs;
pub mod palette;
pub mod partnership;
pub mod people;
pub mod places;
pub mod present;
pub mod present_appraisal;
pub mod present_cluster;
pub mod register;
pub mod rules;
pub mod skills;
pub mod system;
pub mod year_ahead;
