//! Edits of an options appraisal, each returning its inverse (as designs' and clusters' do):
//! the team's scores and reasons, the criteria's weights, the title, and an inline option's
//! design or cluster changed where it was opened.

use super::{
    Appraisal, AppraisalOption, CommandError, Criterion, Id, MAX_SCORE, Measure, OptionSource,
    Score,
};

/// One edit of an appraisal.
#[derive(Debug, Clone, PartialEq)]
pub enum AppraisalCommand {
    /// The team's score of an option against a `Manual` criterion (0 to 5) and its reason;
    /// `None` removes the score.
    SetScore {
        option: Id,
        criterion: Id,
        score: Option<(u8, String)>,
    },
    /// A criterion's weight, in points (the weights are shared out of 100).
    SetWeight {
        criterion: Id,
        weight: u32,
    },
    SetTitle(String),
    /// An inline option's design or cluster, as edited where it was opened.
    SetSource {
        option: Id,
        source: Box<OptionSource>,
    },
    /// A criterion put in at `index`, with the team's scores on it where they were in the
    /// list (the inverse of its removal; none for a new one).
    InsertCriterion {
        index: usize,
        criterion: Criterion,
        scores: Vec<(usize, Score)>,
    },
    /// A criterion taken out, with the team's scores on it.
    RemoveCriterion {
        id: Id,
    },
    /// An option put in at `index`, with the team's scores of it where they were.
    InsertOption {
        index: usize,
        option: Box<AppraisalOption>,
        scores: Vec<(usize, Score)>,
    },
    /// An option taken out of the short list, with the team's scores of it.
    RemoveOption {
        id: Id,
    },
    RenameCriterion {
        id: Id,
        name: String,
    },
    RenameOption {
        id: Id,
        name: String,
    },
    /// An option moved to `index` on the short list (its column in the matrix and the paper).
    MoveOption {
        id: Id,
        index: usize,
    },
}

/// The heaviest weight a criterion takes (the file allows more; the view's control stops here).
pub const MAX_WEIGHT: u32 = 1000;

impl Appraisal {
    /// Apply one edit; its inverse, or why not (the appraisal is then unchanged).
    pub fn apply(&mut self, command: AppraisalCommand) -> Result<AppraisalCommand, CommandError> {
        match command {
            AppraisalCommand::SetScore {
                option,
                criterion,
                score,
            } => self.set_score(option, criterion, score),
            AppraisalCommand::SetWeight { criterion, weight } => {
                let found = self.criterion_mut(criterion)?;
                let before = std::mem::replace(&mut found.weight, weight.min(MAX_WEIGHT));
                Ok(AppraisalCommand::SetWeight {
                    criterion,
                    weight: before,
                })
            }
            AppraisalCommand::SetTitle(title) => Ok(AppraisalCommand::SetTitle(std::mem::replace(
                &mut self.title,
                title,
            ))),
            AppraisalCommand::SetSource { option, source } => {
                let before = std::mem::replace(&mut self.option_mut(option)?.source, *source);
                Ok(AppraisalCommand::SetSource {
                    option,
                    source: Box::new(before),
                })
            }
            AppraisalCommand::InsertCriterion {
                index,
                criterion,
                scores,
            } => self.insert_criterion(index, criterion, scores),
            AppraisalCommand::RemoveCriterion { id } => self.remove_criterion(id),
            AppraisalCommand::InsertOption {
                index,
                option,
                scores,
            } => self.insert_option(index, *option, scores),
            AppraisalCommand::RemoveOption { id } => self.remove_option(id),
            AppraisalCommand::RenameCriterion { id, name } => self.rename_criterion(id, name),
            AppraisalCommand::RenameOption { id, name } => self.rename_option(id, name),
            AppraisalCommand::MoveOption { id, index } => self.move_option(id, index),
        }
    }

    fn set_score(
        &mut self,
        option: Id,
        criterion: Id,
        score: Option<(u8, String)>,
    ) -> Result<AppraisalCommand, CommandError> {
        if self.option(option).is_none() {
            return Err(CommandError::NoOption(option));
        }
        match self.criterion(criterion) {
            None => return Err(CommandError::NoCriterion(criterion)),
            Some(c) if c.measure != Measure::Manual => {
                return Err(CommandError::NotManual(criterion));
            }
            Some(_) => {}
        }
        let at = self
            .scores
            .iter()
            .position(|s| s.option == option && s.criterion == criterion);
        let before = at.map(|i| {
            let old = &self.scores[i];
            (old.score, old.rationale.clone())
        });
        match (at, score) {
            (Some(i), None) => {
                self.scores.remove(i);
            }
            (Some(i), Some((value, rationale))) => {
                self.scores[i].score = value.min(MAX_SCORE);
                self.scores[i].rationale = rationale;
            }
            (None, Some((value, rationale))) => self.scores.push(Score {
                option,
                criterion,
                score: value.min(MAX_SCORE),
                rationale,
            }),
            (None, None) => {}
        }
        Ok(AppraisalCommand::SetScore {
            option,
            criterion,
            score: before,
        })
    }
}

impl AppraisalCommand {
    /// What the edit does, as the Edit menu names it.
    pub fn describe(&self, appraisal: &Appraisal) -> String {
        let option = |id| {
            appraisal
                .option(id)
                .map_or("an option", |o| o.name.as_str())
        };
        let criterion = |id| {
            appraisal
                .criterion(id)
                .map_or("a criterion", |c| c.name.as_str())
        };
        match self {
            AppraisalCommand::SetScore {
                option: o,
                criterion: c,
                score: Some(_),
            } => format!("score {} on {}", option(*o), criterion(*c)),
            AppraisalCommand::SetScore {
                option: o,
                criterion: c,
                score: None,
            } => format!("clear the score of {} on {}", option(*o), criterion(*c)),
            AppraisalCommand::SetWeight { criterion: c, .. } => {
                format!("weight of {}", criterion(*c))
            }
            AppraisalCommand::SetTitle(_) => "appraisal title".to_owned(),
            AppraisalCommand::InsertCriterion { criterion: c, .. } => {
                format!("add criterion {}", c.name)
            }
            AppraisalCommand::RemoveCriterion { id } => {
                format!("remove criterion {}", criterion(*id))
            }
            AppraisalCommand::InsertOption { option: o, .. } => format!("add option {}", o.name),
            AppraisalCommand::RemoveOption { id } => format!("remove option {}", option(*id)),
            AppraisalCommand::RenameCriterion { id, .. } => format!("name of {}", criterion(*id)),
            AppraisalCommand::RenameOption { id, .. } => format!("name of {}", option(*id)),
            AppraisalCommand::MoveOption { id, .. } => format!("move option {}", option(*id)),
            AppraisalCommand::SetSource { option: o, .. } => format!("edit option {}", option(*o)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AppraisalOption, Design};

    fn appraisal() -> Appraisal {
        let mut appraisal = Appraisal::default();
        for id in 1..=2 {
            appraisal.options.push(AppraisalOption {
                id,
                name: format!("Option {id}"),
                source: OptionSource::Design(Design::default()),
                notes: String::new(),
            });
        }
        appraisal
    }

    #[test]
    fn every_edit_is_undone_by_its_inverse() {
        let start = appraisal();
        let commands = [
            AppraisalCommand::SetScore {
                option: 1,
                criterion: 4,
                score: Some((4, "Two clinical members".to_owned())),
            },
            AppraisalCommand::SetWeight {
                criterion: 1,
                weight: 45,
            },
            AppraisalCommand::SetTitle("Merger options".to_owned()),
            AppraisalCommand::SetSource {
                option: 2,
                source: Box::new(OptionSource::File("b.ron".to_owned())),
            },
        ];
        for command in commands {
            let mut edited = start.clone();
            let inverse = edited.apply(command.clone()).unwrap();
            assert_ne!(edited, start, "{command:?} changed nothing");
            edited.apply(inverse).unwrap();
            assert_eq!(edited, start, "{command:?} was not undone");
        }
    }

    #[test]
    fn a_score_is_replaced_then_removed_and_only_manual_criteria_take_one() {
        let mut edited = appraisal();
        let set = |score| AppraisalCommand::SetScore {
            option: 2,
            criterion: 5,
            score,
        };
        edited.apply(set(Some((9, String::new())))).unwrap();
        assert_eq!(edited.score(2, 5).map(|s| s.score), Some(MAX_SCORE));
        edited.apply(set(Some((2, "Late".to_owned())))).unwrap();
        assert_eq!(edited.scores.len(), 1);
        assert_eq!(edited.score(2, 5).map(|s| s.score), Some(2));
        let inverse = edited.apply(set(None)).unwrap();
        assert!(edited.scores.is_empty());
        assert_eq!(inverse, set(Some((2, "Late".to_owned()))));
        let compliance = AppraisalCommand::SetScore {
            option: 1,
            criterion: 1,
            score: Some((3, String::new())),
        };
        assert_eq!(edited.apply(compliance), Err(CommandError::NotManual(1)));
        assert_eq!(
            edited.apply(AppraisalCommand::SetWeight {
                criterion: 99,
                weight: 1
            }),
            Err(CommandError::NoCriterion(99))
        );
    }
}
