//! Fuzz the appraisal: any bytes give an appraisal or a typed error; one that loads is scored
//! (its inline options checked, its file options unread), written as the options paper in
//! Markdown, CSV, JSON, HTML and Word, and survives save -> load unchanged.
#![no_main]

use ics_board_designer::{
    export::{
        appraisal::AppraisalInput,
        appraisal_html::{appraisal_docx, appraisal_html, appraisal_markdown},
        appraisal_md,
    },
    io::{self, read_options},
    rules::appraisal::score,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(appraisal) = io::load_appraisal_bytes(data) else {
        return;
    };
    // A folder with no option files in it: every File option is unreadable.
    let options = read_options(&appraisal, std::path::Path::new("/nonexistent-fuzz-folder"));
    let inputs = options.inputs(&appraisal);
    let scored = score(&appraisal, &inputs);
    for option in &scored.options {
        if let Some(total) = option.total {
            assert!((0.0..=100.0).contains(&total), "total {total}");
        }
    }
    let input = AppraisalInput::new(&appraisal, &scored, &inputs, "2026-12-04".to_owned());
    let _ = appraisal_markdown(&input);
    let _ = appraisal_md::appraisal_csv(&input);
    let _ = appraisal_md::appraisal_json(&input).to_string();
    let _ = appraisal_html(&input);
    let _ = appraisal_docx(&input);
    if let Ok(text) = io::appraisal_text(&appraisal) {
        let again = io::load_appraisal_str(&text).expect("a written appraisal loads");
        assert_eq!(again, appraisal, "save -> load changed the appraisal");
    }
});
