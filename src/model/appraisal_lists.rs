//! The short list and the criteria of an appraisal, edited: a criterion or an option put in
//! or taken out (with the team's scores on it, which its undo puts back where they were),
//! either renamed, and an option moved along the list. Each returns its inverse, as every edit
//! does.

use super::{Appraisal, AppraisalCommand, AppraisalOption, CommandError, Criterion, Id, Score};

type Applied = Result<AppraisalCommand, CommandError>;

/// Take the scores `of` keeps out of `scores`, each with the place it had.
fn take_scores(scores: &mut Vec<Score>, of: impl Fn(&Score) -> bool) -> Vec<(usize, Score)> {
    let mut taken = Vec::new();
    let mut index = 0;
    scores.retain(|score| {
        let keep = !of(score);
        if !keep {
            taken.push((index, score.clone()));
        }
        index += 1;
        keep
    });
    taken
}

/// Put scores back where they were (in the order they were taken).
fn put_scores(scores: &mut Vec<Score>, back: Vec<(usize, Score)>) {
    for (index, score) in back {
        scores.insert(index.min(scores.len()), score);
    }
}

impl Appraisal {
    /// The id a new criterion takes.
    pub fn next_criterion_id(&self) -> Id {
        self.criteria
            .iter()
            .map(|c| c.id)
            .max()
            .unwrap_or(0)
            .saturating_add(1)
    }

    /// The id a new option takes.
    pub fn next_option_id(&self) -> Id {
        self.options
            .iter()
            .map(|o| o.id)
            .max()
            .unwrap_or(0)
            .saturating_add(1)
    }

    /// Where the criterion `id` stands in the list, or that there is none.
    fn criterion_index(&self, id: Id) -> Result<usize, CommandError> {
        self.criteria
            .iter()
            .position(|c| c.id == id)
            .ok_or(CommandError::NoCriterion(id))
    }

    /// Where the option `id` stands on the short list, or that there is none.
    fn option_index(&self, id: Id) -> Result<usize, CommandError> {
        self.options
            .iter()
            .position(|o| o.id == id)
            .ok_or(CommandError::NoOption(id))
    }

    /// The criterion `id`, to change, or that there is none.
    pub(super) fn criterion_mut(&mut self, id: Id) -> Result<&mut Criterion, CommandError> {
        let index = self.criterion_index(id)?;
        Ok(&mut self.criteria[index])
    }

    /// The option `id`, to change, or that there is none.
    pub(super) fn option_mut(&mut self, id: Id) -> Result<&mut AppraisalOption, CommandError> {
        let index = self.option_index(id)?;
        Ok(&mut self.options[index])
    }

    pub(super) fn insert_criterion(
        &mut self,
        index: usize,
        criterion: Criterion,
        scores: Vec<(usize, Score)>,
    ) -> Applied {
        if self.criterion(criterion.id).is_some() {
            return Err(CommandError::DuplicateId(criterion.id));
        }
        let id = criterion.id;
        self.criteria
            .insert(index.min(self.criteria.len()), criterion);
        put_scores(&mut self.scores, scores);
        Ok(AppraisalCommand::RemoveCriterion { id })
    }

    pub(super) fn remove_criterion(&mut self, id: Id) -> Applied {
        let index = self.criterion_index(id)?;
        let criterion = self.criteria.remove(index);
        let scores = take_scores(&mut self.scores, |s| s.criterion == id);
        Ok(AppraisalCommand::InsertCriterion {
            index,
            criterion,
            scores,
        })
    }

    pub(super) fn insert_option(
        &mut self,
        index: usize,
        option: AppraisalOption,
        scores: Vec<(usize, Score)>,
    ) -> Applied {
        if self.option(option.id).is_some() {
            return Err(CommandError::DuplicateId(option.id));
        }
        let id = option.id;
        self.options.insert(index.min(self.options.len()), option);
        put_scores(&mut self.scores, scores);
        Ok(AppraisalCommand::RemoveOption { id })
    }

    pub(super) fn remove_option(&mut self, id: Id) -> Applied {
        let index = self.option_index(id)?;
        let option = Box::new(self.options.remove(index));
        let scores = take_scores(&mut self.scores, |s| s.option == id);
        Ok(AppraisalCommand::InsertOption {
            index,
            option,
            scores,
        })
    }

    pub(super) fn rename_criterion(&mut self, id: Id, name: String) -> Applied {
        let name = std::mem::replace(&mut self.criterion_mut(id)?.name, name);
        Ok(AppraisalCommand::RenameCriterion { id, name })
    }

    pub(super) fn move_option(&mut self, id: Id, index: usize) -> Applied {
        let from = self.option_index(id)?;
        let option = self.options.remove(from);
        self.options.insert(index.min(self.options.len()), option);
        Ok(AppraisalCommand::MoveOption { id, index: from })
    }

    pub(super) fn rename_option(&mut self, id: Id, name: String) -> Applied {
        let name = std::mem::replace(&mut self.option_mut(id)?.name, name);
        Ok(AppraisalCommand::RenameOption { id, name })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Design, Measure, OptionSource};

    fn scored() -> Appraisal {
        let mut appraisal = Appraisal::default();
        for id in 1..=3 {
            appraisal.options.push(AppraisalOption {
                id,
                name: format!("Option {id}"),
                source: OptionSource::Design(Design::default()),
                notes: String::new(),
            });
            for criterion in [4, 5] {
                appraisal.scores.push(Score {
                    option: id,
                    criterion,
                    score: 3,
                    rationale: format!("{id} on {criterion}"),
                });
            }
        }
        appraisal
    }

    #[test]
    fn removing_a_criterion_or_an_option_takes_its_scores_and_undo_puts_them_back_in_place() {
        let start = scored();
        for command in [
            AppraisalCommand::RemoveCriterion { id: 4 },
            AppraisalCommand::RemoveOption { id: 2 },
            AppraisalCommand::RenameCriterion {
                id: 1,
                name: "The law".to_owned(),
            },
            AppraisalCommand::RenameOption {
                id: 3,
                name: "C".to_owned(),
            },
            AppraisalCommand::MoveOption { id: 1, index: 2 },
            AppraisalCommand::MoveOption { id: 3, index: 0 },
        ] {
            let mut edited = start.clone();
            let inverse = edited.apply(command.clone()).unwrap();
            assert_ne!(edited, start, "{command:?} changed nothing");
            edited.apply(inverse).unwrap();
            assert_eq!(edited, start, "{command:?} was not undone exactly");
        }
        let mut edited = start.clone();
        edited
            .apply(AppraisalCommand::RemoveCriterion { id: 4 })
            .unwrap();
        assert!(edited.scores.iter().all(|s| s.criterion != 4));
        assert_eq!(edited.scores.len(), 3);
        edited
            .apply(AppraisalCommand::RemoveOption { id: 1 })
            .unwrap();
        assert!(edited.scores.iter().all(|s| s.option != 1));
    }

    #[test]
    fn a_new_criterion_takes_a_fresh_id_and_a_taken_one_is_refused() {
        let mut appraisal = scored();
        let id = appraisal.next_criterion_id();
        assert_eq!(id, 6);
        let criterion = |id| Criterion {
            id,
            name: "Workforce".to_owned(),
            weight: 10,
            measure: Measure::Manual,
        };
        let insert = |id| AppraisalCommand::InsertCriterion {
            index: 9,
            criterion: criterion(id),
            scores: Vec::new(),
        };
        assert_eq!(
            appraisal.apply(insert(id)),
            Ok(AppraisalCommand::RemoveCriterion { id })
        );
        assert_eq!(appraisal.criteria.last().map(|c| c.id), Some(id));
        assert_eq!(
            appraisal.apply(insert(id)),
            Err(CommandError::DuplicateId(id))
        );
        assert_eq!(appraisal.next_option_id(), 4);
    }
}
