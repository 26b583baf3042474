//! An options appraisal (docs/file-format.md "Options appraisals"): several options, each a design
//! or a cluster (in its own file or inline), weighted criteria, the team's scores with their
//! reasons, and what seats cost. Scoring is in `rules::appraisal`; reading in `io`.

use serde::{Deserialize, Serialize};

use super::{Cluster, Design, FORMAT_VERSION, Id, Paper};

/// Several options scored against weighted criteria, as a board paper compares them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appraisal {
    pub format_version: u32,
    pub title: String,
    /// Free text, e.g. that the costs are illustrative.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The date every option is judged at; empty means today.
    #[serde(default)]
    pub as_at: String,
    /// The pack every option is judged under; empty means each option's own.
    #[serde(default)]
    pub rule_pack: String,
    /// The cover sheet of the options paper.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper: Option<Paper>,
    #[serde(default)]
    pub options: Vec<AppraisalOption>,
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    /// Scores of `Manual` criteria only.
    #[serde(default)]
    pub scores: Vec<Score>,
    #[serde(default)]
    pub costs: Costs,
}

impl Default for Appraisal {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            title: "Untitled appraisal".to_owned(),
            notes: String::new(),
            as_at: String::new(),
            rule_pack: String::new(),
            paper: None,
            options: Vec::new(),
            criteria: Criterion::defaults(),
            scores: Vec::new(),
            costs: Costs::default(),
        }
    }
}

impl Appraisal {
    /// The manual score of an option against a criterion, if the team has given one.
    pub fn score(&self, option: Id, criterion: Id) -> Option<&Score> {
        self.scores
            .iter()
            .find(|s| s.option == option && s.criterion == criterion)
    }

    pub fn option(&self, id: Id) -> Option<&AppraisalOption> {
        self.options.iter().find(|o| o.id == id)
    }

    pub fn criterion(&self, id: Id) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }
}

/// One option of the short list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppraisalOption {
    pub id: Id,
    pub name: String,
    pub source: OptionSource,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// Where an option's design is: in its own file (a path relative to the appraisal), or inline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(clippy::large_enum_variant)] // a handful per appraisal: boxing would save nothing that matters
pub enum OptionSource {
    File(String),
    Design(Design),
    Cluster(Cluster),
}

/// A criterion the options are scored against, with its weight (points, normalised to 100).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: Id,
    pub name: String,
    pub weight: u32,
    pub measure: Measure,
}

impl Criterion {
    /// The criteria a new appraisal starts with: the law and policy, cost, coterminosity, and
    /// two that the team scores by hand.
    pub fn defaults() -> Vec<Criterion> {
        let criterion = |id, name: &str, weight, measure| Criterion {
            id,
            name: name.to_owned(),
            weight,
            measure,
        };
        vec![
            criterion(
                1,
                "Meets the law and NHS England policy",
                30,
                Measure::Compliance,
            ),
            criterion(2, "Board cost per year", 20, Measure::BoardCost),
            criterion(
                3,
                "Coterminous with local authorities",
                15,
                Measure::Coterminosity,
            ),
            criterion(
                4,
                "Clinical and care leadership on the board",
                20,
                Measure::Manual,
            ),
            criterion(5, "Deliverable in time", 15, Measure::Manual),
        ]
    }
}

/// How a criterion is scored: by the team, or by the app from the options themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Measure {
    Manual,
    Compliance,
    BoardCost,
    Seats,
    Coterminosity,
}

impl Measure {
    pub const ALL: [Measure; 5] = [
        Measure::Manual,
        Measure::Compliance,
        Measure::BoardCost,
        Measure::Seats,
        Measure::Coterminosity,
    ];

    /// The word the file and `--format json` use.
    pub fn id(self) -> &'static str {
        match self {
            Measure::Manual => "Manual",
            Measure::Compliance => "Compliance",
            Measure::BoardCost => "BoardCost",
            Measure::Seats => "Seats",
            Measure::Coterminosity => "Coterminosity",
        }
    }

    /// How the score is found, in words for tooltips and the paper.
    pub fn explain(self) -> &'static str {
        match self {
            Measure::Manual => "scored 0 to 5 by the team, with the reason",
            Measure::Compliance => {
                "5 with no errors and no warnings, one less for every two warnings down to 1; 0 with any error"
            }
            Measure::BoardCost => {
                "the cheapest board a year scores 5 and the dearest 1, in proportion between"
            }
            Measure::Seats => {
                "the fewest voting members score 5 and the most 1, in proportion between"
            }
            Measure::Coterminosity => {
                "5 with no local authority split between ICBs or left out, one less for each"
            }
        }
    }
}

/// The team's score of one option against one `Manual` criterion: 0 to 5, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub option: Id,
    pub criterion: Id,
    pub score: u8,
    #[serde(default)]
    pub rationale: String,
}

/// The highest manual score.
pub const MAX_SCORE: u8 = 5;

/// What seats cost a year, by role word (as in a roster: "chair", "non-executive", "finance"),
/// plus on-costs. A seat's own `annual_cost` overrides its role's.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Costs {
    #[serde(default)]
    pub on_cost_percent: u32,
    #[serde(default)]
    pub roles: Vec<RoleCost>,
}

/// The annual cost, in whole pounds, of a seat with this role word or title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleCost {
    pub role: String,
    pub annual: u64,
}
