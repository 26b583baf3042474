//! A cluster file and its findings, checked once, as every cluster export reads it.

use crate::{
    model::{Cluster, JointMember},
    rules::{
        Report, Scope, Severity,
        cluster::{ClusterCheck, validate_cluster},
    },
};

/// A cluster and its findings, checked once for every table.
pub struct ClusterInput<'a> {
    pub cluster: &'a Cluster,
    pub report: Report,
    pub date: String,
}

impl<'a> ClusterInput<'a> {
    pub fn new(cluster: &'a Cluster, date: String) -> Self {
        Self {
            report: validate_cluster(cluster, &ClusterCheck::default()),
            cluster,
            date,
        }
    }

    pub(super) fn scope_name(&self, scope: Scope) -> String {
        crate::rules::cluster::scope_name(self.cluster, scope)
    }

    pub(super) fn count(&self, scope: Scope, severity: Severity) -> usize {
        self.report
            .findings
            .iter()
            .filter(|f| f.scope == scope && f.severity == severity)
            .count()
    }

    /// "NV: Chair (Ann Lee)", for members of joint committees.
    pub(super) fn member_text(&self, member: &JointMember) -> String {
        self.cluster.member_text(member)
    }
}
