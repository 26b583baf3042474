//! Exports for people who will never install the app: HTML report, SVG and PNG board chart,
//! Markdown, CSV and the constitution's membership clause. Pure functions, no egui; the window
//! and the `export` command call the same code. Every piece of user text is escaped for its
//! target (see `escape`), and the same input always gives the same bytes.

pub mod appraisal;
pub mod appraisal_html;
pub mod appraisal_md;
mod clause;
pub mod cluster;
mod cluster_input;
mod cluster_paper;
mod cluster_svg;
mod cluster_tables;
pub mod colours;
mod csv;
mod docx;
mod docx_zip;
pub mod escape;
mod html;
mod markdown;
mod measure;
pub mod paper;
mod paper_pages;
mod pdf;
pub mod people;
mod png;
pub mod svg;
mod svg_text;
pub mod system;
mod system_svg;
mod tables;

use std::collections::HashMap;

use crate::{
    model::{CommitteeMember, Design, Id, Place, PlaceModel, Seat},
    rules::{Report, RulePack, validate},
};

pub use appraisal_html::{
    appraisal_docx, appraisal_export, appraisal_html, appraisal_markdown, appraisal_pdf,
};
pub use docx::design_paper;
pub use paper_pages::paper_pages;
pub use pdf::paper_pdf;
pub use png::PngError;

/// The formats a design is exported to (the command line maps `--to` onto these).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Html,
    Svg,
    Png,
    Markdown,
    Csv,
    Clause,
    Docx,
    Pdf,
    /// The register of interests (docs/rules.md section 7).
    InterestsCsv,
    InterestsMarkdown,
    /// The skills matrix.
    SkillsCsv,
    SkillsMarkdown,
    /// The transition table of a merger (cluster files only), as Markdown.
    Transition,
    /// The chair's annual fit and proper person return (docs/rules.md section 7).
    FpptCsv,
    FpptMarkdown,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 15] = [
        ExportFormat::Html,
        ExportFormat::Svg,
        ExportFormat::Png,
        ExportFormat::Markdown,
        ExportFormat::Csv,
        ExportFormat::Clause,
        ExportFormat::Docx,
        ExportFormat::Pdf,
        ExportFormat::InterestsCsv,
        ExportFormat::InterestsMarkdown,
        ExportFormat::SkillsCsv,
        ExportFormat::SkillsMarkdown,
        ExportFormat::Transition,
        ExportFormat::FpptCsv,
        ExportFormat::FpptMarkdown,
    ];

    /// Whether an appraisal's options paper can be written in this format.
    pub fn for_appraisals(self) -> bool {
        matches!(
            self,
            ExportFormat::Html
                | ExportFormat::Markdown
                | ExportFormat::Csv
                | ExportFormat::Docx
                | ExportFormat::Pdf
        )
    }

    /// Whether a cluster file can be written in this format (docs/file-format.md lists them).
    pub fn for_clusters(self) -> bool {
        matches!(
            self,
            ExportFormat::Html
                | ExportFormat::Svg
                | ExportFormat::Png
                | ExportFormat::Markdown
                | ExportFormat::Csv
                | ExportFormat::Clause
                | ExportFormat::Transition
                | ExportFormat::Docx
                | ExportFormat::Pdf
        )
    }

    /// The file name ending written after the design's stem (`clause` writes `NAME.clause.md`).
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Html => "html",
            ExportFormat::Svg => "svg",
            ExportFormat::Png => "png",
            ExportFormat::Markdown => "md",
            ExportFormat::Csv => "csv",
            ExportFormat::Clause => "clause.md",
            ExportFormat::Docx => "docx",
            ExportFormat::Pdf => "pdf",
            ExportFormat::InterestsCsv => "interests.csv",
            ExportFormat::InterestsMarkdown => "interests.md",
            ExportFormat::SkillsCsv => "skills.csv",
            ExportFormat::SkillsMarkdown => "skills.md",
            ExportFormat::Transition => "transition.md",
            ExportFormat::FpptCsv => "fppt.csv",
            ExportFormat::FpptMarkdown => "fppt.md",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Html => "HTML report",
            ExportFormat::Svg => "SVG board chart",
            ExportFormat::Png => "PNG board chart",
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Csv => "CSV of seats",
            ExportFormat::Clause => "Constitution clause",
            ExportFormat::Docx => "Word report",
            ExportFormat::Pdf => "PDF board paper",
            ExportFormat::InterestsCsv => "Register of interests (CSV)",
            ExportFormat::InterestsMarkdown => "Register of interests (Markdown)",
            ExportFormat::SkillsCsv => "Skills matrix (CSV)",
            ExportFormat::SkillsMarkdown => "Skills matrix (Markdown)",
            ExportFormat::Transition => "Transition table (Markdown)",
            ExportFormat::FpptCsv => "Fit and proper person return (CSV)",
            ExportFormat::FpptMarkdown => "Fit and proper person return (Markdown)",
        }
    }
}

/// Everything an export shows: the design, its findings, and when and against what it was checked.
pub struct ExportInput<'a> {
    pub design: &'a Design,
    pub report: Report,
    pub pack: &'a RulePack,
    /// The date printed in the title block (`YYYY-MM-DD`); passed in so output is reproducible.
    pub date: String,
}

impl<'a> ExportInput<'a> {
    /// "14 errors, 18 warnings, 7 advice, 4 info".
    pub fn counts_phrase(&self) -> String {
        let counts: Vec<String> = crate::model::Severity::ALL
            .iter()
            .map(|s| s.count_phrase(self.report.count(*s)))
            .collect();
        counts.join(", ")
    }

    pub fn new(design: &'a Design, pack: &'a RulePack, date: String) -> Self {
        Self {
            report: validate(design, pack),
            design,
            pack,
            date,
        }
    }

    /// The committees each seat sits on (as member or chair), by seat id, each once.
    pub(crate) fn committees_by_seat(&self) -> HashMap<Id, Vec<&'a str>> {
        let mut map: HashMap<Id, Vec<&str>> = HashMap::new();
        for committee in &self.design.committees {
            let mut seats: Vec<Id> = committee
                .members
                .iter()
                .filter_map(|m| match m {
                    CommitteeMember::Seat(id) => Some(*id),
                    CommitteeMember::External(_) => None,
                })
                .collect();
            seats.extend(committee.chair);
            // A seat listed many times (a hostile file) is on the committee once.
            seats.sort_unstable();
            seats.dedup();
            for id in seats {
                map.entry(id).or_default().push(committee.name.as_str());
            }
        }
        map
    }
}

/// Why an export could not be produced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Png(#[from] PngError),
    #[error(transparent)]
    Docx(#[from] docx::DocxError),
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    #[error(transparent)]
    Paper(#[from] paper::PaperError),
    #[error(
        "The transition table and the successor's clause need a cluster file whose successor has been proposed (merge CLUSTER.ron)."
    )]
    NoSuccessor,
    #[error(
        "A cluster file is not written as a {0}: export one ICB's design, or choose HTML, SVG, PNG, Markdown, CSV, clause, transition, Word or PDF."
    )]
    NotForClusters(&'static str),
}

/// Every table of the report, in reading order: the design's, then the people's.
pub(crate) fn report_tables(input: &ExportInput) -> Vec<tables::Table> {
    let mut all = tables::all(input);
    all.extend(people_tables(input));
    all
}

/// The people's tables: the register of interests, the skills matrix, and the fit and proper
/// person return where the pack has its rules.
pub(crate) fn people_tables(input: &ExportInput) -> Vec<tables::Table> {
    let mut all = vec![people::register(input), people::skills(input)];
    // The framework dates from 2023: a pack without its rules has no return to make.
    if input
        .pack
        .setting(crate::rules::RuleId::PeopleFpptDue)
        .enabled
    {
        all.push(people::fppt_return(input));
    }
    all
}

/// Produce one export as bytes.
pub fn export(input: &ExportInput, format: ExportFormat) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        ExportFormat::Html => html::html(input).into_bytes(),
        ExportFormat::Svg => svg::board_svg(input).into_bytes(),
        ExportFormat::Png => png::board_png(input)?,
        ExportFormat::Markdown => markdown::markdown(input).into_bytes(),
        ExportFormat::Csv => csv::seats_csv(input).into_bytes(),
        ExportFormat::Clause => clause::membership_clause(input).into_bytes(),
        ExportFormat::Docx => docx::report_docx(input)?,
        ExportFormat::Pdf => pdf::board_pdf(input)?,
        ExportFormat::InterestsCsv => csv::table_csv(&people::register(input)).into_bytes(),
        ExportFormat::InterestsMarkdown => {
            markdown::table_markdown(&people::register(input)).into_bytes()
        }
        ExportFormat::SkillsCsv => csv::table_csv(&people::skills(input)).into_bytes(),
        ExportFormat::SkillsMarkdown => {
            markdown::table_markdown(&people::skills(input)).into_bytes()
        }
        ExportFormat::FpptCsv => csv::table_csv(&people::fppt_return(input)).into_bytes(),
        ExportFormat::FpptMarkdown => {
            markdown::table_markdown(&people::fppt_return(input)).into_bytes()
        }
        ExportFormat::Transition => return Err(ExportError::NoSuccessor),
    })
}

/// A seat's holder as shown in exports.
pub(crate) fn holder_text(seat: &Seat) -> String {
    match (seat.holder_name(), &seat.holder) {
        (Some(name), Some(h)) if !h.organisation.trim().is_empty() => {
            format!("{name}, {}", h.organisation.trim())
        }
        (Some(name), _) => name.to_owned(),
        (None, _) => "Vacant".to_owned(),
    }
}

/// The chosen model's own fields, as "label: value" pairs.
pub(crate) fn model_fields(place: &Place) -> Vec<(&'static str, String)> {
    let mut fields = match &place.model {
        PlaceModel::ConsultativeForum | PlaceModel::IcbCommittee => Vec::new(),
        PlaceModel::JointCommittee { partners } => {
            vec![("Partners", partners.join("; "))]
        }
        PlaceModel::LeadDirector { director } => vec![("Lead director", director.clone())],
        PlaceModel::LeadProvider { provider, contract } => vec![
            ("Lead provider", provider.clone()),
            ("Contract", contract.clone()),
        ],
    };
    if !place.delegated_functions.trim().is_empty() {
        fields.push(("Delegated functions", place.delegated_functions.clone()));
    }
    if let Some(budget) = place.delegated_budget {
        fields.push(("Delegated budget", format!("£{}", thousands(budget))));
    }
    fields
}

pub use crate::model::thousands;

/// Today's date as `YYYY-MM-DD` (UTC), for the title block.
pub fn today() -> String {
    crate::model::IsoDate::today().to_string()
}

/// A list for one cell: the first `shown` items joined with "; ", then how many more. Its
/// size never grows past `shown` items, however long the list.
pub(crate) fn first_of(items: impl ExactSizeIterator<Item = String>, shown: usize) -> String {
    use std::fmt::Write as _;
    let total = items.len();
    let mut text = items.take(shown).collect::<Vec<_>>().join("; ");
    if total > shown {
        let _ = write!(text, "; and {} more", total - shown);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_thousands() {
        let date = |days| crate::model::IsoDate::from_days(days).to_string();
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(20_415), "2025-11-23");
        assert_eq!(date(19_174), "2022-07-01");
        assert_eq!(thousands(120_000_000), "120,000,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
    }
}
