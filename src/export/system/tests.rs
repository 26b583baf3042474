use super::*;
use crate::io;

#[test]
fn links_follow_the_design() {
    let design = io::load_path(std::path::Path::new(
        "saved_designs/option_f_mixed_models.ron",
    ))
    .unwrap();
    let picture = system_picture(&design);
    // Board, 4 committees, 5 places, 5 local authorities, the partnership.
    assert_eq!(picture.boxes.len(), 1 + 4 + 5 + 5 + 1);
    // Board to each committee and place, place to its authority, authority to the
    // partnership, and the ICB's own membership of the partnership.
    assert_eq!(picture.links.len(), 4 + 5 + 5 + 5 + 1);
    assert!(picture.boxes.iter().all(|b| !b.warning));
    let mut without = design.clone();
    without
        .partnership
        .as_mut()
        .unwrap()
        .members
        .retain(|m| m.sector != PartnershipSector::LocalAuthority);
    let picture = system_picture(&without);
    assert_eq!(picture.boxes.iter().filter(|b| b.warning).count(), 5);
}
