//! The command line (docs/file-format.md's contract): `check`, `rules`, `export`, `diff`, `cluster new`
//! and `merge`, each a thin shell over the same `rules`, `io` and `export` code as the window.

mod appraise;
mod check;
mod cluster;
mod import;
mod output;

use std::{io::Write, path::PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

pub use appraise::{AppraiseFormat, run_appraisal_new, run_appraise, run_export};
pub use check::{
    CheckOptions, Checked, FileCheck, JsonFinding, OutputFormat, check_files, check_loaded,
    run_check,
};
pub use cluster::{run_cluster_new, run_merge};
pub use import::run_import_people;
use output::unreadable;
pub use output::{export_path, write_output};

use crate::{export::ExportFormat, io::load_path, rules::RulePack};

#[derive(Debug, Parser)]
#[command(
    name = "ics-board-designer",
    version,
    about = "Design and check the board of an NHS Integrated Care Board.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,
    /// A design file to open in the designer.
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Check design files against the rules without opening a window.
    ///
    /// Exit status: 0 every file valid, 1 some file has errors, 2 some file could not be read.
    Check {
        /// The design files (.ron) to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// A rule pack file (RON, `RulePackFile(...)`) of local changes applied on top of each
        /// design's own.
        #[arg(long, value_name = "FILE")]
        rules: Option<PathBuf>,
        /// Check against this rule pack instead of each file's own: df2021, nhse2025, bill2026.
        #[arg(long, value_name = "ID")]
        pack: Option<String>,
        /// Judge the board on this date (YYYY-MM-DD) instead of each file's `as_at`.
        #[arg(long = "as-at", value_name = "DATE")]
        as_at: Option<String>,
    },
    /// The rule table: id, severity, basis, source and rule, for every pack or one.
    Rules {
        /// One pack only: df2021, nhse2025, bill2026.
        #[arg(long, value_name = "ID")]
        pack: Option<String>,
        #[arg(long, value_enum, default_value_t = RulesFormat::Md)]
        format: RulesFormat,
    },
    /// Clusters of ICBs: `cluster new A.ron B.ron... -o C.ron`.
    Cluster {
        #[command(subcommand)]
        command: ClusterCommand,
    },
    /// Fill holders from a roster (CSV, XLSX or ODS; docs/file-format.md "Importing people").
    ///
    /// Nothing is written when any row is malformed; every bad row is listed. Exit status: 0
    /// written, 2 when a file cannot be read or a row is malformed.
    ImportPeople {
        /// The design file (.ron).
        design: PathBuf,
        /// The roster (.csv, .xlsx or .ods).
        roster: PathBuf,
        /// Where to write the design (default: over DESIGN).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Propose the successor of a cluster's merger and write the cluster with it.
    Merge {
        /// The cluster file (.ron).
        file: PathBuf,
        /// Where to write (default: over FILE).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Export a design as an HTML report, SVG/PNG board chart, Markdown, CSV or constitution clause.
    ///
    /// Writes next to FILE with the format's extension unless -o names the output.
    /// Exit status: 0 on success, 2 when FILE cannot be read or OUT cannot be written.
    Export {
        /// The design file (.ron) to export.
        file: PathBuf,
        /// What to produce.
        #[arg(long, value_enum)]
        to: ExportTo,
        /// Where to write (default: next to FILE).
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Compare two designs: seats, committees and places added, removed or changed, and the
    /// findings that appear or disappear. Exit status: 0 the same, 1 different, 2 unreadable.
    Diff {
        /// The first design (before).
        a: PathBuf,
        /// The second design (after).
        b: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Score an options appraisal: every option's scores, the weighted totals, ranks and
    /// sensitivity. Exit status: 1 when the appraisal itself has errors, 2 when it cannot be
    /// read, else 0.
    Appraise {
        /// The appraisal file (.ron).
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = AppraiseFormat::Text)]
        format: AppraiseFormat,
        /// Write the appraisal with every option file made inline (needs -o).
        #[arg(long, requires = "output")]
        embed: bool,
        /// Where `--embed` writes.
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
    },
    /// Options appraisals: `appraisal new A.ron B.ron... -o APPRAISAL.ron`.
    Appraisal {
        #[command(subcommand)]
        command: AppraisalCommand,
    },
    /// Test-only: save two designs alternately to FILE until killed (for the kill -9 test).
    #[command(hide = true)]
    DebugSaveLoop { file: PathBuf },
    /// Benchmark-only: write the stress design (1,000 seats, 100 places, 50 committees) to FILE.
    #[command(hide = true)]
    DebugStressDesign {
        file: PathBuf,
        #[arg(long, default_value_t = 1000)]
        seats: usize,
    },
}

/// `export --to`: the export formats as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportTo {
    Html,
    Svg,
    Png,
    Md,
    Csv,
    Clause,
    Docx,
    Pdf,
    /// The register of interests: CSV when OUT ends in .csv, else Markdown.
    Interests,
    /// The skills matrix: CSV when OUT ends in .csv, else Markdown.
    Skills,
    /// The transition table of a cluster file's merger (Markdown).
    Transition,
    /// The chair's annual fit and proper person return: CSV when OUT ends in .csv, else Markdown.
    Fppt,
}

impl ExportTo {
    /// The format to write, given where (`interests` and `skills` follow OUT's extension).
    pub fn format(self, output: Option<&std::path::Path>) -> ExportFormat {
        let csv =
            output.is_some_and(|o| o.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")));
        match (self, csv) {
            (ExportTo::Interests, true) => ExportFormat::InterestsCsv,
            (ExportTo::Interests, false) => ExportFormat::InterestsMarkdown,
            (ExportTo::Skills, true) => ExportFormat::SkillsCsv,
            (ExportTo::Skills, false) => ExportFormat::SkillsMarkdown,
            (ExportTo::Fppt, true) => ExportFormat::FpptCsv,
            (ExportTo::Fppt, false) => ExportFormat::FpptMarkdown,
            (other, _) => other.into(),
        }
    }
}

impl From<ExportTo> for ExportFormat {
    fn from(to: ExportTo) -> Self {
        match to {
            ExportTo::Html => ExportFormat::Html,
            ExportTo::Svg => ExportFormat::Svg,
            ExportTo::Png => ExportFormat::Png,
            ExportTo::Md => ExportFormat::Markdown,
            ExportTo::Csv => ExportFormat::Csv,
            ExportTo::Clause => ExportFormat::Clause,
            ExportTo::Docx => ExportFormat::Docx,
            ExportTo::Pdf => ExportFormat::Pdf,
            ExportTo::Interests => ExportFormat::InterestsMarkdown,
            ExportTo::Skills => ExportFormat::SkillsMarkdown,
            ExportTo::Transition => ExportFormat::Transition,
            ExportTo::Fppt => ExportFormat::FpptMarkdown,
        }
    }
}

/// `cluster` subcommands.
#[derive(Debug, Subcommand)]
pub enum ClusterCommand {
    /// Build a cluster file from existing design files.
    New {
        /// The design files (.ron) of the ICBs, two or more.
        #[arg(required = true, num_args = 1..)]
        designs: Vec<PathBuf>,
        /// The cluster file to write.
        #[arg(short = 'o', long = "output", required = true)]
        output: PathBuf,
    },
}

/// `appraisal` subcommands.
#[derive(Debug, Subcommand)]
pub enum AppraisalCommand {
    /// An appraisal of existing design or cluster files, with the default criteria.
    New {
        /// The options' files (.ron), designs or clusters.
        #[arg(required = true, num_args = 1..)]
        files: Vec<PathBuf>,
        /// The appraisal file to write.
        #[arg(short = 'o', long = "output", required = true)]
        output: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Md,
    Json,
}

/// Run `rules`: print the rule reference; 2 for an unknown pack.
pub fn run_rules(pack: Option<&str>, format: RulesFormat, out: &mut impl Write) -> u8 {
    let packs = match pack {
        None => RulePack::all(),
        Some(id) => match RulePack::by_id(id) {
            Some(pack) => vec![pack],
            None => {
                let _ = writeln!(
                    out,
                    "Unknown rule pack `{id}`; the packs are {}.",
                    RulePack::list()
                );
                return 2;
            }
        },
    };
    let text = match (format, packs.as_slice()) {
        (RulesFormat::Json, _) => crate::rules::reference::reference_json(&packs),
        (RulesFormat::Md, [one]) if pack.is_some() => crate::rules::reference::pack_md(one),
        (RulesFormat::Md, _) => crate::rules::reference::reference_md(),
    };
    u8::from(out.write_all(text.as_bytes()).is_err()) * 2
}

/// Run `diff`: print the differences of A and B; returns the exit code.
pub fn run_diff(
    a: &std::path::Path,
    b: &std::path::Path,
    format: OutputFormat,
    out: &mut impl Write,
) -> u8 {
    let mut designs = Vec::with_capacity(2);
    for path in [a, b] {
        match load_path(path) {
            Ok(design) => designs.push(design),
            Err(error) => {
                unreadable(out, &path.display(), &error);
                return 2;
            }
        }
    }
    let [design_a, design_b] = designs.as_slice() else {
        return 2;
    };
    let diff = crate::compare::compare(design_a, design_b);
    let written = match format {
        OutputFormat::Text => out.write_all(crate::compare::diff_text(&diff).as_bytes()),
        OutputFormat::Json => serde_json::to_writer_pretty(&mut *out, &diff)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out)),
    };
    match (written, diff.is_empty()) {
        (Err(_), _) => 2,
        (Ok(()), true) => 0,
        (Ok(()), false) => 1,
    }
}

/// Save two different designs over `file` forever, so a test can kill the process mid-save.
pub fn run_save_loop(file: &std::path::Path) -> u8 {
    let small = crate::model::Design {
        name: "Save loop: small".into(),
        ..Default::default()
    };
    let mut large = crate::model::generate::stress_design();
    large.name = "Save loop: large".into();
    loop {
        for design in [&small, &large] {
            if crate::io::save_to_path(design, file).is_err() {
                return 2;
            }
        }
    }
}
