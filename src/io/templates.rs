//! Templates for File > New from template, stored as RON in `assets/templates/` and built into
//! the binary, loaded through the normal loader like any file.

use super::{LoadError, load_str};
use crate::model::Design;

/// A design to start from.
pub struct Template {
    pub name: &'static str,
    pub description: &'static str,
    text: &'static str,
}

impl Template {
    pub fn load(&self) -> Result<Design, LoadError> {
        load_str(self.text)
    }
}

/// Every template, in menu order.
pub const TEMPLATES: [Template; 3] = [
    Template {
        name: "DF2021 minimum board",
        description: "The smallest board the framework allows, with the two required committees.",
        text: include_str!("../../assets/templates/df2021_minimum.ron"),
    },
    Template {
        name: "Complete ICB with the five place models",
        description: "A 19-seat board, four committees, a partnership and one place for each model.",
        text: include_str!("../../assets/templates/complete_icb_five_models.ron"),
    },
    Template {
        name: "Workshop start (incomplete)",
        description: "Where a first workshop left off: plenty for the validator to say.",
        text: include_str!("../../saved_designs/workshop_start.ron"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{RulePack, validate};

    #[test]
    fn templates_load_and_the_complete_ones_are_valid() {
        for template in &TEMPLATES {
            let design = template.load().unwrap();
            let valid = validate(&design, &RulePack::df2021()).is_valid();
            assert_eq!(
                valid,
                !template.name.starts_with("Workshop"),
                "{}",
                template.name
            );
        }
    }
}
