//! The tables of a cluster's report: the ICBs, the people they share, the joint committees,
//! every seat with its ICB, the transition, and the findings with where each is. HTML, Markdown
//! and CSV all draw on these (each escapes for its own target).

use super::{
    ExportInput,
    cluster_input::ClusterInput,
    tables,
    tables::{Table, heads},
};
use crate::{
    model::{JointMember, transition::Outcome, transition::Transition},
    rules::{Report, RulePack, Scope, Severity, cluster::people_across},
};

/// "12 continue, 3 change role, 9 end, 2 vacant; 4 new posts".
pub(super) fn counts_line(transition: &Transition) -> String {
    let counts: Vec<String> = Outcome::ALL
        .iter()
        .map(|o| {
            let n = transition.count(*o);
            // The verb agrees with the count: "1 continues", "2 continue".
            let (one, many) = match o {
                Outcome::Continues => ("continues", "continue"),
                Outcome::ChangesRole => ("changes role", "change role"),
                Outcome::Ends => ("ends", "end"),
                Outcome::Vacant => ("vacant", "vacant"),
            };
            format!("{n} {}", if n == 1 { one } else { many })
        })
        .collect();
    format!(
        "Predecessor posts: {}. New posts: {}.",
        counts.join(", "),
        transition.new_posts.len()
    )
}

pub(super) fn transition_tables(input: &ClusterInput, transition: &Transition) -> Vec<Table> {
    let posts = Table {
        title: "Transition of every predecessor post".to_owned(),
        headers: heads(&["ICB", "Post", "Holder", "Outcome", "Successor post"]),
        rows: transition
            .posts
            .iter()
            .map(|p| {
                vec![
                    input.cluster.short_name(p.icb),
                    p.role.clone(),
                    p.holder.clone().unwrap_or_else(|| "vacant".to_owned()),
                    p.outcome.name().to_owned(),
                    p.successor_role.clone().unwrap_or_default(),
                ]
            })
            .collect(),
    };
    let new_posts = Table {
        title: "New posts in the successor".to_owned(),
        headers: heads(&["Post", "Holder"]),
        rows: transition
            .new_posts
            .iter()
            .map(|p| vec![p.role.clone(), p.holder.clone()])
            .collect(),
    };
    let vacancies = Table {
        title: "Vacant successor posts".to_owned(),
        headers: heads(&["Role", "Vacant seats"]),
        rows: transition
            .vacancies
            .iter()
            .map(|(role, n)| vec![role.clone(), n.to_string()])
            .collect(),
    };
    vec![posts, new_posts, vacancies]
}

/// Every table of the cluster report, in reading order.
pub(super) fn cluster_tables(input: &ClusterInput) -> Vec<Table> {
    let cluster = input.cluster;
    let mut all = vec![
        overview(input),
        shared_people(input),
        joint_committees(input),
    ];
    all.push(seats(input));
    if let Some(transition) = Transition::of(cluster) {
        all.extend(transition_tables(input, &transition));
    }
    all.push(Table {
        title: "Findings".to_owned(),
        headers: heads(&["Severity", "Where", "Rule", "Message", "Basis", "Source"]),
        rows: input
            .report
            .findings
            .iter()
            .map(|f| {
                let mut row = tables::finding_row(f);
                row.insert(1, input.scope_name(f.scope));
                row
            })
            .collect(),
    });
    all
}

fn overview(input: &ClusterInput) -> Table {
    let cluster = input.cluster;
    let mut rows: Vec<Vec<String>> = cluster
        .icbs
        .iter()
        .map(|icb| {
            let scope = Scope::Icb(icb.id);
            vec![
                icb.short_name.clone(),
                icb.design.name.clone(),
                icb.population.map(super::thousands).unwrap_or_default(),
                icb.design.board.len().to_string(),
                input.count(scope, Severity::Error).to_string(),
                input.count(scope, Severity::Warning).to_string(),
            ]
        })
        .collect();
    if let Some(successor) = cluster.successor() {
        let effective = cluster.merger.as_ref().map_or("", |m| m.effective.as_str());
        rows.push(vec![
            "Successor".to_owned(),
            if effective.is_empty() {
                successor.name.clone()
            } else {
                format!("{} (from {effective})", successor.name)
            },
            String::new(),
            successor.board.len().to_string(),
            input.count(Scope::Successor, Severity::Error).to_string(),
            input.count(Scope::Successor, Severity::Warning).to_string(),
        ]);
    }
    Table {
        title: "The ICBs of the cluster".to_owned(),
        headers: heads(&["ICB", "Name", "Population", "Seats", "Errors", "Warnings"]),
        rows,
    }
}

fn shared_people(input: &ClusterInput) -> Table {
    let cluster = input.cluster;
    Table {
        title: "People shared across ICBs".to_owned(),
        headers: heads(&["Person", "Posts"]),
        rows: people_across(cluster)
            .values()
            .map(|(name, posts)| {
                let held: Vec<String> = posts
                    .iter()
                    .map(|(icb, seat, role)| {
                        let title = cluster
                            .member_seat(*icb, *seat)
                            .map_or_else(|| role.name(), crate::model::Seat::label);
                        format!("{title} of {}", cluster.short_name(*icb))
                    })
                    .collect();
                vec![name.clone(), super::first_of(held.into_iter(), 12)]
            })
            .collect(),
    }
}

fn joint_committees(input: &ClusterInput) -> Table {
    Table {
        title: "Joint committees".to_owned(),
        headers: heads(&["Committee", "Delegated functions", "Chair", "Members"]),
        rows: input
            .cluster
            .joint_committees
            .iter()
            .map(|j| {
                let mut members: Vec<&JointMember> = j.members.iter().collect();
                members.sort();
                members.dedup();
                vec![
                    j.name.clone(),
                    j.delegated_functions.clone(),
                    j.chair
                        .as_ref()
                        .map(|c| input.member_text(c))
                        .unwrap_or_default(),
                    super::first_of(members.into_iter().map(|m| input.member_text(m)), 24),
                ]
            })
            .collect(),
    }
}

/// One row per seat of every ICB, then the successor's, each with where it is.
pub(super) fn seats(input: &ClusterInput) -> Table {
    let cluster = input.cluster;
    let mut rows = Vec::new();
    let mut headers = heads(&["ICB"]);
    let mut add = |design: &crate::model::Design, place: String| {
        let pack = RulePack::for_design(design);
        let design_input = ExportInput {
            design,
            report: Report::default(),
            pack: &pack,
            date: String::new(),
        };
        let table = tables::seats(&design_input);
        if headers.len() == 1 {
            headers.extend(table.headers.iter().cloned());
        }
        for row in table.rows {
            let mut line = vec![place.clone()];
            line.extend(row);
            rows.push(line);
        }
    };
    for icb in &cluster.icbs {
        add(&icb.design, cluster.short_name(icb.id));
    }
    if let Some(successor) = cluster.successor() {
        add(successor, "Successor".to_owned());
    }
    if headers.len() == 1 {
        headers = heads(&["ICB", "Band", "Role", "Title", "Holder"]);
    }
    Table {
        title: "Seats of every ICB".to_owned(),
        headers,
        rows,
    }
}
