//! Fuzz the cluster loader: any bytes give a design, a cluster or a typed error; a cluster that
//! loads validates, proposes a successor, and survives save -> load unchanged.
#![no_main]

use ics_board_designer::{
    io::{self, Loaded},
    model::merge::propose_successor,
    rules::cluster::{ClusterCheck, validate_cluster},
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(Loaded::Cluster(cluster)) = io::load_any_bytes(data) {
        let _ = validate_cluster(&cluster, &ClusterCheck::default());
        let _ = propose_successor(&cluster);
        let text = io::cluster_to_ron_string(&cluster);
        let again = io::load_cluster_str(&text).expect("a saved cluster loads");
        assert_eq!(again, cluster, "save -> load changed the cluster");
    }
});
