//! Fuzz the workbook roster: any bytes read as an XLSX or ODS workbook give rows or a typed
//! error within the workbook's bounds (never an abort for memory), and any rows give an import
//! plan or per-row errors against a real design, never a panic.
#![no_main]

use ics_board_designer::{io, model::import::plan_import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(rows) = io::roster::read_workbook_roster(data) {
        let design = ics_board_designer::ui::STARTING_EXAMPLE
            .load()
            .expect("the built-in example loads");
        let _ = plan_import(&design, &rows);
    }
});
