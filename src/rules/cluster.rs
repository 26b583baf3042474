//! Section 6 of docs/rules.md: clusters and mergers. Every ICB and the successor are checked as
//! single designs (subjects prefixed), then the cluster's own rules run.

use std::collections::{BTreeMap, HashMap, HashSet};

pub use super::cluster_people::{SharedPerson, also_holds, people_across};
use super::{
    Collector, Finding, Report, RuleId as R, RulePack, Scope, Severity, Subject, as_at_date,
    join_names, plural, sort_findings, validate_at,
};
use crate::model::{Cluster, Design, Id, IsoDate, JointMember, name_key};

/// How a cluster is checked: each design against its own pack, or all against one (`--pack`);
/// each on its own date, or all on one (`--as-at`).
#[derive(Debug, Clone, Default)]
pub struct ClusterCheck<'a> {
    pub pack: Option<&'a str>,
    pub as_at: Option<IsoDate>,
    /// Local changes applied on top of every pack (`check --rules`).
    pub extra: &'a [crate::model::RuleOverride],
}

impl ClusterCheck<'_> {
    /// The pack a design of the cluster is checked against.
    pub fn pack_for(&self, design: &Design) -> RulePack {
        let mut pack = self
            .pack
            .and_then(|id| RulePack::named_for_design(id, design))
            .unwrap_or_else(|| RulePack::for_design(design));
        pack.apply(self.extra);
        pack
    }

    /// The pack of the cluster's own rules: the one asked for, else today's.
    pub fn cluster_pack(&self) -> RulePack {
        let mut pack = self
            .pack
            .and_then(RulePack::by_id)
            .unwrap_or_else(RulePack::nhse2025);
        pack.apply(self.extra);
        pack
    }
}

/// The size of a cluster (seats, twice its places, committees) from which its designs are
/// checked on two threads: measured, a cluster of four boards of 20 to 60 seats is checked
/// faster on one (135 against 151 us), ten boards of 1,000 faster on two (11.9 against 8.3 ms).
const PARALLEL_FROM: usize = 1_000;

/// Check a whole cluster file: every ICB, the successor, and the cluster rules.
///
/// The designs are independent, so in a large cluster half of them (by size) are checked on
/// one thread while another checks the rest and the cluster's own rules (one after the other
/// in a browser, which has no threads); the findings are sorted after, so the report is the
/// same whichever thread finishes first. A cluster of a
/// few real boards is checked on this thread: starting a thread costs more than it saves.
pub fn validate_cluster(cluster: &Cluster, how: &ClusterCheck) -> Report {
    let run = |(design, scope): &(&Design, Scope)| -> Vec<Finding> {
        let pack = how.pack_for(design);
        let date = how.as_at.unwrap_or_else(|| as_at_date(design));
        validate_at(design, &pack, date)
            .findings
            .into_iter()
            .map(|f| Finding { scope: *scope, ..f })
            .collect()
    };
    let designs: Vec<(&Design, Scope)> = cluster
        .icbs
        .iter()
        .map(|icb| (&icb.design, Scope::Icb(icb.id)))
        .chain(cluster.successor().map(|s| (s, Scope::Successor)))
        .collect();
    // Two shares of about the same size: the largest designs first, each to the lighter share.
    let mut order: Vec<usize> = (0..designs.len()).collect();
    let size = |i: &usize| {
        designs.get(*i).map_or(0, |(d, _)| {
            d.board.len() + d.places.len() * 2 + d.committees.len()
        })
    };
    order.sort_by_key(|i| std::cmp::Reverse(size(i)));
    let (mut mine, mut theirs, mut load) = (Vec::new(), Vec::new(), (0, 0));
    for i in order {
        if load.0 <= load.1 {
            load.0 += size(&i);
            mine.push(i);
        } else {
            load.1 += size(&i);
            theirs.push(i);
        }
    }
    let check_share = |share: &[usize]| -> Vec<Finding> {
        share
            .iter()
            .filter_map(|i| designs.get(*i))
            .flat_map(run)
            .collect()
    };
    let cluster_rules = || {
        let pack = how.cluster_pack();
        let mut out = Collector {
            pack: &pack,
            findings: Vec::new(),
        };
        check(cluster, &mut out);
        out.findings
    };
    let mut findings = if theirs.is_empty() || load.0 + load.1 < PARALLEL_FROM {
        mine.extend(theirs);
        mine.sort_unstable();
        let mut all = check_share(&mine);
        all.extend(cluster_rules());
        all
    } else {
        // The two shares at once where there are threads (not in a browser).
        let shares = [(theirs, false), (mine, true)];
        let parts = crate::platform::in_parallel(&shares, |(share, with_cluster_rules)| {
            let mut found = check_share(share);
            if *with_cluster_rules {
                found.extend(cluster_rules());
            }
            found
        });
        parts.into_iter().flatten().collect()
    };
    sort_findings(&mut findings);
    Report { findings }
}

/// Where a finding of a cluster file is, in words: "NV", "Successor", "Cluster".
pub fn scope_name(cluster: &Cluster, scope: Scope) -> String {
    match scope {
        Scope::Icb(id) => cluster.short_name(id),
        Scope::Successor => "Successor".to_owned(),
        Scope::Design => "Cluster".to_owned(),
    }
}

fn check(cluster: &Cluster, out: &mut Collector) {
    members(cluster, out);
    super::cluster_people::check(cluster, out);
    local_authorities(cluster, out);
    population(cluster, out);
    joint_committees(cluster, out);
    super::merger::check(cluster, out);
}

fn members(cluster: &Cluster, out: &mut Collector) {
    if cluster.icbs.len() < 2 {
        out.push(
            R::ClusterMembers,
            format!(
                "A cluster needs at least two ICBs; this one has {}.",
                cluster.icbs.len()
            ),
            vec![Subject::Cluster],
        );
    }
    for (what, key) in [
        (
            "name",
            (|i: &crate::model::ClusterIcb| name_key(&i.design.name)) as fn(&_) -> String,
        ),
        ("short name", |i| name_key(&i.short_name)),
    ] {
        let mut seen: HashMap<String, Id> = HashMap::new();
        for icb in &cluster.icbs {
            let k = key(icb);
            if k.is_empty() {
                out.push(
                    R::ClusterMembers,
                    format!("ICB {} has no {what}.", icb.id),
                    vec![Subject::Icb(icb.id)],
                );
            } else if let Some(first) = seen.insert(k, icb.id) {
                out.push(
                    R::ClusterMembers,
                    format!(
                        "ICBs {first} and {} have the same {what}; each needs its own.",
                        icb.id
                    ),
                    vec![Subject::Icb(first), Subject::Icb(icb.id)],
                );
            }
        }
    }
}

fn local_authorities(cluster: &Cluster, out: &mut Collector) {
    let mut by_authority: BTreeMap<String, (String, Vec<(Id, Id)>)> = BTreeMap::new();
    for icb in &cluster.icbs {
        for place in &icb.design.places {
            let la = place.local_authority.trim();
            if !la.is_empty() {
                by_authority
                    .entry(name_key(la))
                    .or_insert_with(|| (la.to_owned(), Vec::new()))
                    .1
                    .push((icb.id, place.id));
            }
        }
    }
    for (name, places) in by_authority.values() {
        let mut icbs: Vec<Id> = places.iter().map(|(icb, _)| *icb).collect();
        icbs.dedup();
        if icbs.len() > 1 {
            let names: Vec<String> = icbs.iter().map(|i| cluster.short_name(*i)).collect();
            out.push(
                R::ClusterLocalAuthorityOneIcb,
                format!(
                    "{name} is in places of {}; a local authority should sit in one ICB only.",
                    join_names(&names)
                ),
                places
                    .iter()
                    .map(|(icb, place)| Subject::IcbPlace(*icb, *place))
                    .collect(),
            );
        }
    }
}

fn population(cluster: &Cluster, out: &mut Collector) {
    let lacking: Vec<String> = cluster
        .icbs
        .iter()
        .filter(|i| i.population.is_none())
        .map(|i| cluster.short_name(i.id))
        .collect();
    if !lacking.is_empty() {
        out.push_milder(
            R::ClusterPopulation,
            Severity::Info,
            format!(
                "The population of {} is not given, so the cluster's size cannot be judged.",
                join_names(&lacking)
            ),
            vec![Subject::Cluster],
        );
        return;
    }
    let total: u64 = cluster.icbs.iter().filter_map(|i| i.population).sum();
    if total < 1_000_000 {
        out.push(
            R::ClusterPopulation,
            format!(
                "The cluster serves {} people, under the 1,000,000 that NHS England expects of a merged ICB.",
                crate::model::thousands(total)
            ),
            vec![Subject::Cluster],
        );
    }
}

fn joint_committees(cluster: &Cluster, out: &mut Collector) {
    for jc in &cluster.joint_committees {
        let subject = vec![Subject::JointCommittee(jc.id)];
        let mut icbs = HashSet::new();
        let mut dangling = Vec::new();
        for member in &jc.members {
            if let JointMember::Member { icb, seat } = member {
                if cluster.member_seat(*icb, *seat).is_some() {
                    icbs.insert(*icb);
                } else {
                    dangling.push(format!("ICB {icb} seat {seat}"));
                }
            }
        }
        if icbs.len() < 2 {
            out.push(
                R::ClusterJointCommitteeMembers,
                format!(
                    "{} has members from {}; a joint committee needs members from at least two ICBs of the cluster.",
                    jc.name,
                    plural(icbs.len(), "ICB", "ICBs")
                ),
                subject.clone(),
            );
        }
        if !dangling.is_empty() {
            out.push(
                R::ClusterJointCommitteeMembers,
                format!(
                    "{} names members that do not exist: {}.",
                    jc.name,
                    join_names(&dangling)
                ),
                subject.clone(),
            );
        }
        match &jc.chair {
            None => out.push(
                R::ClusterJointCommitteeChair,
                format!("{} has no chair; name one of its members.", jc.name),
                subject.clone(),
            ),
            Some(chair) if !jc.members.contains(chair) => out.push(
                R::ClusterJointCommitteeChair,
                format!("The chair of {} is not one of its members.", jc.name),
                subject.clone(),
            ),
            Some(_) => {}
        }
        if jc.delegated_functions.trim().is_empty() {
            out.push(
                R::ClusterJointCommitteeFunctions,
                format!(
                    "{} does not state the functions delegated to it; joint exercise of functions needs them written down.",
                    jc.name
                ),
                subject,
            );
        }
    }
}
