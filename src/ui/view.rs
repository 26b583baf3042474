//! The window's own state: which tab, what is selected, the presentation page, filters, the
//! theme and the status line. It knows no file; the workspace knows no view.

use super::drafts::Drafts;
use crate::{
    model::Id,
    rules::{Finding, Report, RuleId, Scope, Severity, Subject},
};

/// What the inspector shows and the board highlights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Selection {
    #[default]
    None,
    Seat(Id),
    Committee(Id),
    Place(Id),
}

/// The centre view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Board,
    Places,
    Partnership,
    System,
    Rules,
    /// The people: terms timeline, register of interests, skills matrix.
    People,
    /// Only while a comparison is open.
    Compare,
    /// The merger: its date, boundary changes and the transition (a cluster's successor only).
    Merger,
}

/// The views of the People tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PeoplePage {
    #[default]
    Timeline,
    YearAhead,
    Register,
    Skills,
}

/// A column the register of interests can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RegisterColumn {
    #[default]
    Member,
    Role,
    Organisation,
    Kind,
    Declared,
}

/// How the register of interests is sorted and filtered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RegisterView {
    pub sort: RegisterColumn,
    pub descending: bool,
    /// Only lines with this text in any column (case ignored).
    pub filter: String,
    pub conflicts_only: bool,
}

/// What the findings panel is to bring into sight on its next frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FindingScroll {
    #[default]
    Nothing,
    /// The first finding of the focused rule (a link from a view).
    Focus,
    /// The finding F8 went to.
    Cursor,
}

/// Everything about the window that is not the design.
#[derive(Debug, Clone, Default)]
pub struct View {
    pub tab: Tab,
    pub selection: Selection,
    /// The presentation page shown, while presenting (F5).
    pub presenting: Option<usize>,
    /// The findings panel shows only this severity when set (click a count to choose).
    pub findings_filter: Option<Severity>,
    /// The findings panel shows only this rule's findings when set.
    pub findings_rule: Option<RuleId>,
    /// The findings panel shows only findings with these words in their message or rule id.
    pub findings_text: String,
    /// The finding F8 last went to (kept as the finding, so it survives a change of the list).
    pub finding_cursor: Option<Finding>,

    /// A subject to scroll to on the next frame (after clicking a finding).
    pub scroll_to: Option<Subject>,
    /// The committees strip under the board, as the user last set it; `None` folds it into
    /// the tab bar when the board needs the room, and shows it otherwise.
    pub committees_hidden: Option<bool>,
    /// The roles palette open, or folded to a strip, as the user last chose (remembered per
    /// user); `None` keeps it open until the board meets its minimums.
    pub palette_open: Option<bool>,
    /// The design's own fields in the side column while nothing is selected.
    pub design_details_open: bool,
    /// The board's zoom, in steps of 15% from the size that fits the window (0: fit).
    pub board_zoom: i32,
    pub dark: bool,
    pub people: PeoplePage,
    pub register: RegisterView,
    /// The findings panel scrolls to and marks the findings of this rule (a link from a view).
    pub finding_focus: Option<RuleId>,
    /// What the findings panel has yet to scroll to, if anything.
    pub finding_scroll: FindingScroll,
    /// The shared person the pointer was over last frame, by name key (the cluster view
    /// highlights every card they hold).
    pub hovered_person: Option<String>,
    /// The last thing that happened, in words.
    pub status: String,
    /// What has been typed or chosen and is not yet part of the design.
    pub drafts: Drafts,
    /// The cell of an appraisal's matrix whose workings are shown: an option (first) against
    /// a criterion (second).
    pub appraisal_cell: Option<(Id, Id)>,
}

/// Whether a finding belongs to the part shown: in a cluster, the ICB or successor shown
/// (`scope`) and the cluster's own findings; everything in a design or a cluster's overview.
pub fn shown_in(finding: &Finding, scope: Option<Scope>) -> bool {
    scope.is_none_or(|s| finding.scope == s || finding.scope == Scope::Design)
}

impl View {
    /// Zoom the board by `step` steps of 15% (at most 6 out and 12 in), or fit it (`None`).
    pub fn zoom_board(&mut self, step: Option<i32>) {
        self.board_zoom = step.map_or(0, |s| (self.board_zoom + s).clamp(-6, 12));
    }

    /// The board's zoom as a factor of the fitted size.
    pub fn board_zoom_factor(&self) -> f32 {
        1.15_f32.powi(self.board_zoom)
    }

    /// The findings the panel lists, in report order: in a cluster, those of the part shown
    /// (`scope`) and the cluster's own; then through the severity, rule and text filters.
    pub fn listed<'a>(&self, report: &'a Report, scope: Option<Scope>) -> Vec<&'a Finding> {
        let words = self.findings_text.trim().to_lowercase();
        report
            .findings
            .iter()
            .filter(|f| shown_in(f, scope))
            .filter(|f| self.findings_filter.is_none_or(|s| f.severity == s))
            .filter(|f| self.findings_rule.is_none_or(|r| f.rule == r))
            .filter(|f| {
                words.is_empty()
                    || f.rule.as_str().contains(&words)
                    || f.message.to_lowercase().contains(&words)
            })
            .collect()
    }

    /// Show a page of the People tab (the terms timeline, the year ahead, ...).
    pub fn show_people(&mut self, page: PeoplePage) {
        self.tab = Tab::People;
        self.people = page;
    }

    /// Select a finding's subject, show its tab and scroll to it.
    pub fn go_to(&mut self, subject: Subject) {
        let (tab, selection) = match subject {
            Subject::Seat(id) => (Tab::Board, Selection::Seat(id)),
            Subject::Committee(id) => (Tab::Board, Selection::Committee(id)),
            Subject::Place(id) => (Tab::Places, Selection::Place(id)),
            Subject::Partnership => (Tab::Partnership, Selection::None),
            Subject::System => (Tab::System, Selection::None),
            Subject::Merger => (Tab::Merger, Selection::None),
            // Cluster subjects belong to a cluster workspace; a single design shows its board.
            Subject::Board
            | Subject::Cluster
            | Subject::JointCommittee(_)
            | Subject::IcbSeat(..)
            | Subject::IcbPlace(..)
            | Subject::Icb(_)
            | Subject::Appraisal
            | Subject::AppraisalOption(_)
            | Subject::Criterion(_) => (Tab::Board, Selection::None),
        };
        self.tab = tab;
        self.selection = selection;
        self.scroll_to = Some(subject);
    }
}
