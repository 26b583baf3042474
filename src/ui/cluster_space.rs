//! A cluster open in the window: its document (one undo history for every ICB, the joint
//! committees and the successor), which part is shown, and what is derived from it once after
//! every change (the cluster's findings, the people shared across ICBs, the transition).

use std::{collections::BTreeMap, sync::Arc};

use crate::{
    model::{Cluster, ClusterCommand, Command, Design, Document, Id, transition::Transition},
    rules::{
        Report, Scope, Severity, Subject,
        cluster::{ClusterCheck, SharedPerson, people_across, validate_cluster},
    },
};

/// Which part of a cluster the window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Focus {
    /// The boards side by side and the joint committees.
    #[default]
    Overview,
    /// One ICB, in the ordinary designer.
    Icb(Id),
    /// The merged successor, in the ordinary designer, with the transition.
    Successor,
}

impl Focus {
    /// The scope of findings about what this focus shows in the designer.
    pub fn scope(self) -> Option<Scope> {
        match self {
            Focus::Overview => None,
            Focus::Icb(id) => Some(Scope::Icb(id)),
            Focus::Successor => Some(Scope::Successor),
        }
    }

    /// Where a finding leads: its ICB, the successor, or the overview for cluster rules.
    pub fn of_finding(scope: Scope, subject: Subject) -> (Focus, Subject) {
        match (scope, subject) {
            (Scope::Icb(icb), subject) => (Focus::Icb(icb), subject),
            (Scope::Successor, subject) => (Focus::Successor, subject),
            (Scope::Design, Subject::IcbSeat(icb, seat)) => (Focus::Icb(icb), Subject::Seat(seat)),
            (Scope::Design, Subject::IcbPlace(icb, place)) => {
                (Focus::Icb(icb), Subject::Place(place))
            }
            (Scope::Design, Subject::Icb(icb)) => (Focus::Icb(icb), Subject::Board),
            (Scope::Design, Subject::Merger) => (Focus::Successor, Subject::Merger),
            (Scope::Design, subject) => (Focus::Overview, subject),
        }
    }
}

/// Per ICB (and the successor): how many errors and warnings its own checks found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
}

/// The open cluster and what is derived from it.
pub struct ClusterSpace {
    pub doc: Document<Cluster>,
    pub focus: Focus,
    /// Every finding of the cluster file, with its scope (as `check` gives them).
    pub report: Arc<Report>,
    /// The people who hold posts in more than one ICB, by name key.
    pub people: BTreeMap<String, SharedPerson>,
    pub transition: Option<Transition>,
    /// Error and warning counts per scope (each ICB, the successor, the cluster rules).
    pub tallies: BTreeMap<Scope, Tally>,
    /// The design the designer shows for the focus (a copy, refreshed after each change).
    focused: Arc<Design>,
}

impl ClusterSpace {
    pub fn new(cluster: Cluster) -> Self {
        let mut space = Self {
            doc: Document::new(cluster),
            focus: Focus::Overview,
            report: Arc::new(Report::default()),
            people: BTreeMap::new(),
            transition: None,
            tallies: BTreeMap::new(),
            focused: Arc::new(Design::default()),
        };
        space.revalidate();
        space
    }

    pub fn cluster(&self) -> &Cluster {
        self.doc.design()
    }

    /// The design the designer shows: the focused ICB, the successor, or (in the overview)
    /// the first ICB, whose name and pack the menu bar shows.
    pub fn focused(&self) -> &Arc<Design> {
        &self.focused
    }

    /// Whether the designer shows a board (an ICB, or a successor that has been proposed).
    pub fn shows_a_board(&self) -> bool {
        match self.focus {
            Focus::Icb(_) => true,
            Focus::Successor => self.cluster().successor().is_some(),
            Focus::Overview => false,
        }
    }

    /// Show another part; a focus that no longer exists falls back to the overview.
    pub fn set_focus(&mut self, focus: Focus) {
        self.focus = focus;
        self.refresh_focused();
    }

    /// An edit made in the designer, addressed to what it shows.
    pub fn route(&self, command: Command) -> Option<ClusterCommand> {
        match self.focus {
            Focus::Icb(icb) => Some(ClusterCommand::Icb { icb, command }),
            Focus::Successor => Some(ClusterCommand::Successor(command)),
            Focus::Overview => None,
        }
    }

    /// Everything derived from the cluster, once after each change.
    pub fn revalidate(&mut self) {
        let cluster = self.doc.design();
        self.report = Arc::new(validate_cluster(cluster, &ClusterCheck::default()));
        self.people = people_across(cluster);
        self.transition = Transition::of(cluster);
        let mut tallies: BTreeMap<Scope, Tally> = cluster
            .icbs
            .iter()
            .map(|icb| (Scope::Icb(icb.id), Tally::default()))
            .collect();
        if cluster.successor().is_some() {
            tallies.insert(Scope::Successor, Tally::default());
        }
        tallies.insert(Scope::Design, Tally::default());
        for finding in &self.report.findings {
            let tally = tallies.entry(finding.scope).or_default();
            match finding.severity {
                Severity::Error => tally.errors += 1,
                Severity::Warning => tally.warnings += 1,
                Severity::Advice | Severity::Info => {}
            }
        }
        self.tallies = tallies;
        self.refresh_focused();
    }

    fn refresh_focused(&mut self) {
        let cluster = self.doc.design();
        // An ICB that is gone (undo of a new cluster's edit cannot remove one, but a file
        // might) falls back to the overview; the successor stays chosen before it exists, to
        // offer proposing it.
        if let Focus::Icb(id) = self.focus
            && cluster.icb(id).is_none()
        {
            self.focus = Focus::Overview;
        }
        let design = match self.focus {
            Focus::Icb(id) => cluster.icb(id).map(|i| &i.design),
            Focus::Successor => cluster.successor(),
            Focus::Overview => None,
        };
        let Some(design) = design.or_else(|| cluster.icbs.first().map(|i| &i.design)) else {
            self.focused = Arc::new(Design::default());
            return;
        };
        if self.focused.as_ref() != design {
            self.focused = Arc::new(design.clone());
        }
    }

    /// The short name of a scope, for finding rows and counts ("NV", "successor", "cluster").
    pub fn scope_name(&self, scope: Scope) -> String {
        crate::rules::cluster::scope_name(self.cluster(), scope)
    }

    /// The other posts a person holds across the cluster, for the badge on one of their cards:
    /// "also Chair of SD".
    pub fn also_holds(&self, icb: Id, seat: Id) -> Option<String> {
        crate::rules::cluster::also_holds(self.cluster(), &self.people, icb, seat)
    }
}
