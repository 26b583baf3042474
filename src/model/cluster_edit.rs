//! [`Cluster::apply`]: the one door every edit of a cluster passes through, as
//! [`Design::apply`] is for a design. An edit of one ICB or of the successor is an ordinary
//! [`Command`] addressed to it, so the window's designer works unchanged inside a cluster and
//! one undo history covers the whole cluster.

use super::{
    BoundaryChange, Cluster, Command, CommandError, Design, Id, JointCommittee, JointMember, Merger,
};

/// One edit of a cluster. Applying it returns the command that undoes it.
#[derive(Debug, Clone, PartialEq)]
pub enum ClusterCommand {
    /// An edit of one ICB's design.
    Icb {
        icb: Id,
        command: Command,
    },
    /// An edit of the successor's design (there must be one).
    Successor(Command),
    SetName(String),
    /// Insert a joint committee at `index` (clamped to the end).
    AddJointCommittee {
        index: usize,
        committee: JointCommittee,
    },
    RemoveJointCommittee {
        id: Id,
    },
    /// Replace the joint committee with this one's id.
    SetJointCommittee(JointCommittee),
    /// Set or clear the whole merger (proposing a successor sets it).
    SetMerger(Option<Box<Merger>>),
    /// The successor's name, start date and boundary changes, leaving its design as it is.
    SetMergerTerms {
        successor_name: String,
        effective: String,
        boundary_changes: Vec<BoundaryChange>,
    },
    /// Several commands applied as one undoable step.
    Batch(Vec<ClusterCommand>),
}

impl ClusterCommand {
    /// What the edit does, as the Edit menu names it; an ICB's edit is named with the ICB's
    /// short name ("add Chair in NV").
    pub fn describe(&self, cluster: &Cluster) -> String {
        match self {
            ClusterCommand::Icb { icb, command } => {
                format!("{} in {}", command.describe(), cluster.short_name(*icb))
            }
            ClusterCommand::Successor(command) => {
                format!("{} in the successor", command.describe())
            }
            ClusterCommand::SetName(_) => "rename the cluster".to_owned(),
            ClusterCommand::AddJointCommittee { .. } => "add a joint committee".to_owned(),
            ClusterCommand::RemoveJointCommittee { .. } => "remove a joint committee".to_owned(),
            ClusterCommand::SetJointCommittee(_) => "change a joint committee".to_owned(),
            ClusterCommand::SetMerger(Some(_)) => "propose a successor".to_owned(),
            ClusterCommand::SetMerger(None) => "remove the merger".to_owned(),
            ClusterCommand::SetMergerTerms { .. } => "change the merger's terms".to_owned(),
            ClusterCommand::Batch(commands) => match commands.as_slice() {
                [one] => one.describe(cluster),
                [first, ..] => format!("{} and more", first.describe(cluster)),
                [] => "nothing".to_owned(),
            },
        }
    }
}

type Applied = Result<ClusterCommand, CommandError>;

impl Cluster {
    /// Apply one command and return its inverse. On error the cluster is unchanged.
    pub fn apply(&mut self, command: ClusterCommand) -> Applied {
        use ClusterCommand as C;
        Ok(match command {
            C::Icb { icb, command } => {
                // A seat that goes takes its joint-committee places with it, in the same step.
                let removed = match &command {
                    Command::RemoveSeat { id } => Some(*id),
                    _ => None,
                };
                let design = self.design_mut(icb)?;
                let inverse = design.apply(command)?;
                let undo = C::Icb {
                    icb,
                    command: inverse,
                };
                match removed.map(|seat| self.leave_joint_committees(icb, seat)) {
                    Some(restore) if !restore.is_empty() => {
                        let mut steps = restore;
                        steps.insert(0, undo);
                        C::Batch(steps)
                    }
                    _ => undo,
                }
            }
            C::Successor(command) => {
                let design = self.successor_mut().ok_or(CommandError::NoSuccessor)?;
                C::Successor(design.apply(command)?)
            }
            C::SetName(name) => C::SetName(std::mem::replace(&mut self.name, name)),
            C::AddJointCommittee { index, committee } => {
                if self.joint_committee(committee.id).is_some() {
                    return Err(CommandError::DuplicateId(committee.id));
                }
                let id = committee.id;
                let index = index.min(self.joint_committees.len());
                self.joint_committees.insert(index, committee);
                C::RemoveJointCommittee { id }
            }
            C::RemoveJointCommittee { id } => {
                let index = self
                    .joint_committees
                    .iter()
                    .position(|j| j.id == id)
                    .ok_or(CommandError::NoJointCommittee(id))?;
                let committee = self.joint_committees.remove(index);
                C::AddJointCommittee { index, committee }
            }
            C::SetJointCommittee(committee) => {
                let slot = self
                    .joint_committees
                    .iter_mut()
                    .find(|j| j.id == committee.id)
                    .ok_or(CommandError::NoJointCommittee(committee.id))?;
                C::SetJointCommittee(std::mem::replace(slot, committee))
            }
            C::SetMerger(merger) => {
                C::SetMerger(std::mem::replace(&mut self.merger, merger.map(|m| *m)).map(Box::new))
            }
            C::SetMergerTerms {
                successor_name,
                effective,
                boundary_changes,
            } => {
                let merger = self.merger.as_mut().ok_or(CommandError::NoSuccessor)?;
                C::SetMergerTerms {
                    successor_name: std::mem::replace(&mut merger.successor_name, successor_name),
                    effective: std::mem::replace(&mut merger.effective, effective),
                    boundary_changes: std::mem::replace(
                        &mut merger.boundary_changes,
                        boundary_changes,
                    ),
                }
            }
            C::Batch(commands) => self.apply_batch(commands)?,
        })
    }

    fn apply_batch(&mut self, commands: Vec<ClusterCommand>) -> Applied {
        super::edit::apply_in_order(self, commands, Cluster::apply).map(ClusterCommand::Batch)
    }

    /// Take a removed seat off every joint committee; the commands that put it back.
    fn leave_joint_committees(&mut self, icb: Id, seat: Id) -> Vec<ClusterCommand> {
        let gone = JointMember::Member { icb, seat };
        let mut restore = Vec::new();
        for committee in &mut self.joint_committees {
            if committee.chair.as_ref() != Some(&gone) && !committee.members.contains(&gone) {
                continue;
            }
            restore.push(ClusterCommand::SetJointCommittee(committee.clone()));
            if committee.chair.as_ref() == Some(&gone) {
                committee.chair = None;
            }
            committee.members.retain(|m| m != &gone);
        }
        restore
    }

    fn design_mut(&mut self, icb: Id) -> Result<&mut Design, CommandError> {
        self.icbs
            .iter_mut()
            .find(|i| i.id == icb)
            .map(|i| &mut i.design)
            .ok_or(CommandError::NoIcb(icb))
    }

    fn successor_mut(&mut self) -> Option<&mut Design> {
        self.merger.as_mut().and_then(|m| m.successor.as_mut())
    }

    pub fn joint_committee(&self, id: Id) -> Option<&JointCommittee> {
        self.joint_committees.iter().find(|j| j.id == id)
    }

    /// An id for a new joint committee that is not in use (and never wraps).
    pub fn next_joint_committee_id(&self) -> Id {
        super::lookup::next_free(self.joint_committees.iter().map(|j| j.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Role, Seat};

    fn cluster() -> Cluster {
        let mut a = Design::default();
        a.board.push(Seat::new(1, Role::Chair));
        let mut b = Design::default();
        b.board.push(Seat::new(1, Role::Chair));
        let mut cluster = Cluster::from_designs(vec![a, b]);
        cluster.joint_committees.push(JointCommittee {
            id: 1,
            name: "Joint".into(),
            delegated_functions: String::new(),
            chair: Some(JointMember::Member { icb: 2, seat: 1 }),
            members: vec![
                JointMember::Member { icb: 1, seat: 1 },
                JointMember::Member { icb: 2, seat: 1 },
            ],
        });
        cluster
    }

    #[test]
    fn removing_a_seat_takes_it_off_joint_committees_and_undo_restores_both() {
        let mut c = cluster();
        let before = c.clone();
        let undo = c
            .apply(ClusterCommand::Icb {
                icb: 2,
                command: Command::RemoveSeat { id: 1 },
            })
            .unwrap();
        let joint = c.joint_committee(1).unwrap();
        assert_eq!(joint.chair, None);
        assert_eq!(joint.members, vec![JointMember::Member { icb: 1, seat: 1 }]);
        assert!(c.icb(2).unwrap().design.board.is_empty());
        c.apply(undo).unwrap();
        assert_eq!(c, before);
    }

    #[test]
    fn every_command_is_undone_by_its_inverse() {
        let mut c = cluster();
        let before = c.clone();
        let commands = vec![
            ClusterCommand::SetName("X".into()),
            ClusterCommand::AddJointCommittee {
                index: 9,
                committee: JointCommittee {
                    id: 2,
                    name: "Two".into(),
                    delegated_functions: String::new(),
                    chair: None,
                    members: Vec::new(),
                },
            },
            ClusterCommand::RemoveJointCommittee { id: 1 },
            ClusterCommand::SetMerger(Some(Box::new(Merger {
                successor_name: "S".into(),
                effective: "2027-04-01".into(),
                boundary_changes: Vec::new(),
                successor: Some(Design::default()),
            }))),
            ClusterCommand::Successor(Command::SetName("Successor".into())),
            ClusterCommand::SetMergerTerms {
                successor_name: "T".into(),
                effective: "2028-04-01".into(),
                boundary_changes: Vec::new(),
            },
        ];
        let mut undo = Vec::new();
        for command in commands {
            undo.push(c.apply(command).unwrap());
        }
        assert_eq!(c.successor().unwrap().name, "Successor");
        for inverse in undo.into_iter().rev() {
            c.apply(inverse).unwrap();
        }
        assert_eq!(c, before);
    }

    #[test]
    fn errors_leave_the_cluster_unchanged() {
        let mut c = cluster();
        let before = c.clone();
        assert_eq!(
            c.apply(ClusterCommand::Successor(Command::SetName("x".into()))),
            Err(CommandError::NoSuccessor)
        );
        assert_eq!(
            c.apply(ClusterCommand::Batch(vec![
                ClusterCommand::SetName("y".into()),
                ClusterCommand::Icb {
                    icb: 9,
                    command: Command::SetName("z".into()),
                },
            ])),
            Err(CommandError::NoIcb(9))
        );
        assert_eq!(c, before);
    }
}
