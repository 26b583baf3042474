//! Fuzz the design loader: any bytes give a design or a typed error, and whatever loads
//! validates and survives save -> load unchanged.
#![no_main]

use ics_board_designer::{io, rules};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(design) = io::load_bytes(data) {
        let _ = rules::validate(&design, &rules::RulePack::df2021());
        let text = io::to_ron_string(&design);
        let again = io::load_str(&text).expect("a saved design loads");
        assert_eq!(again, design, "save -> load changed the design");
    }
});
