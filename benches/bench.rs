//! Performance budgets (issue 7): validation, load/save, and a UI frame, measured by criterion.
//! Run with `cargo bench`; not part of CI.

use std::{fmt::Write as _, hint::black_box};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ics_board_designer::{
    export::{ExportFormat, ExportInput, export},
    io,
    model::{
        IsoDate,
        generate::{
            generated_cluster, generated_design, realistic_cluster, realistic_design, stress_design,
        },
        import::plan_import,
        merge::propose_successor,
    },
    rules::{
        RuleId, RulePack, RuleSetting,
        cluster::{ClusterCheck, validate_cluster},
        compare_packs::compare_packs,
        validate,
    },
    ui::{DesignerApp, Focus, PeoplePage, SystemChooser, Tab},
};

fn bench_validate(c: &mut Criterion) {
    let pack = RulePack::df2021();
    let mut group = c.benchmark_group("validate");
    for (name, design) in [
        ("realistic", realistic_design()),
        ("stress_1000", stress_design()),
        ("seats_10000", generated_design(10_000, 100, 50)),
    ] {
        group.bench_with_input(BenchmarkId::from_parameter(name), &design, |b, d| {
            b.iter(|| validate(black_box(d), &pack));
        });
    }
    // Linear growth: the same design shape at 250, 500, 1,000, 2,000 and 4,000 seats.
    for seats in [250, 500, 1_000, 2_000, 4_000] {
        let design = generated_design(seats, seats / 10, seats / 20);
        group.bench_with_input(BenchmarkId::new("seats", seats), &design, |b, d| {
            b.iter(|| validate(black_box(d), &pack));
        });
    }
    group.finish();
}

/// Every pack, and two packs side by side (issue 16); the people rules' share (issue 17).
fn bench_packs(c: &mut Criterion) {
    let mut group = c.benchmark_group("packs");
    let realistic = realistic_design();
    let stress = stress_design();
    for id in RulePack::IDS {
        let pack = RulePack::by_id(id).unwrap_or_default();
        group.bench_function(format!("realistic_{id}"), |b| {
            b.iter(|| validate(black_box(&realistic), &pack));
        });
        group.bench_function(format!("stress_{id}"), |b| {
            b.iter(|| validate(black_box(&stress), &pack));
        });
    }
    let (first, second) = (
        RulePack::df2021(),
        RulePack::by_id("bill2026").unwrap_or_default(),
    );
    let date = IsoDate::parse("2026-11-01").unwrap_or_else(IsoDate::today);
    group.bench_function("compare_df2021_bill2026_realistic", |b| {
        b.iter(|| compare_packs(black_box(&realistic), &first, &second, date));
    });
    // The same design without terms, interests or a date: what the people rules add.
    let mut bare = realistic.clone();
    for seat in &mut bare.board {
        if let Some(holder) = seat.holder.as_mut() {
            holder.term_ends.clear();
            holder.interests.clear();
        }
    }
    group.bench_function("realistic_without_terms_or_interests", |b| {
        b.iter(|| validate(black_box(&bare), &first));
    });
    // The year of a board (issue 29): the realistic design in post, with assessments and
    // declarations, under nhse2025 with its three year rules on and then off.
    let in_post = in_post(realistic);
    let on = RulePack::nhse2025();
    let mut off = on.clone();
    for rule in [
        RuleId::PeopleFpptDue,
        RuleId::PeopleFpptNotFit,
        RuleId::PeopleDeclarationDue,
    ] {
        off.set(
            rule,
            RuleSetting {
                enabled: false,
                severity: on.setting(rule).severity,
            },
        );
    }
    group.bench_function("realistic_in_post_year_rules_on", |b| {
        b.iter(|| validate(black_box(&in_post), &on));
    });
    group.bench_function("realistic_in_post_year_rules_off", |b| {
        b.iter(|| validate(black_box(&in_post), &off));
    });
    group.finish();
}

/// Every holder in post since 2024, assessed and declaring on dates spread over a year.
fn in_post(mut design: ics_board_designer::model::Design) -> ics_board_designer::model::Design {
    "2026-12-01".clone_into(&mut design.as_at);
    for (i, seat) in design.board.iter_mut().enumerate() {
        if let Some(holder) = seat.holder.as_mut() {
            "2024-04-01".clone_into(&mut holder.appointed);
            holder.fppt_assessed = format!("2026-{:02}-15", 1 + i % 12);
            holder.interests_declared = format!("2026-{:02}-01", 1 + (i * 5) % 12);
        }
    }
    design
}

/// Options appraisal (issue 28): 4 and 10 options, each a cluster of three 25-seat boards with
/// its successor, every option validated and scored.
fn bench_appraisal(c: &mut Criterion) {
    use ics_board_designer::model::{Appraisal, AppraisalOption, OptionSource};
    use ics_board_designer::rules::appraisal::{OptionInput, OptionRef, score};
    let mut group = c.benchmark_group("appraisal");
    for count in [4_u32, 10] {
        let appraisal = Appraisal {
            options: (1..=count)
                .map(|id| AppraisalOption {
                    id,
                    name: format!("Option {id}"),
                    source: OptionSource::Cluster(realistic_cluster()),
                    notes: String::new(),
                })
                .collect(),
            ..Appraisal::default()
        };
        let inputs: Vec<OptionInput> = appraisal
            .options
            .iter()
            .filter_map(|o| match &o.source {
                OptionSource::Cluster(c) => Some(OptionInput::Read(OptionRef::Cluster(c))),
                _ => None,
            })
            .collect();
        group.bench_function(format!("score_{count}_clusters_3x25"), |b| {
            b.iter(|| score(black_box(&appraisal), &inputs));
        });
        // The options paper, in Word and as PDF, each option's chart drawn (budget 1 s).
        if count == 4 {
            let scored = score(&appraisal, &inputs);
            let input = ics_board_designer::export::appraisal::AppraisalInput::new(
                &appraisal,
                &scored,
                &inputs,
                "2027-01-21".to_owned(),
            );
            for format in [ExportFormat::Docx, ExportFormat::Pdf] {
                group.bench_function(format!("paper_4_clusters_{}", format.extension()), |b| {
                    b.iter(|| {
                        ics_board_designer::export::appraisal_export(black_box(&input), format)
                    });
                });
            }
        }
    }
    group.finish();
}

/// Clusters (issue 14): a realistic cluster with its successor, the stress cluster at 1 to 10
/// ICBs of 1,000 seats, and proposing the stress cluster's successor.
#[allow(clippy::expect_used)] // a bench without its example file has nothing to measure
fn bench_cluster(c: &mut Criterion) {
    let mut group = c.benchmark_group("cluster");
    group.sample_size(20);
    let how = ClusterCheck::default();
    // The shipped example: three ICBs of 19 seats merging, and their 39-seat successor.
    let example =
        io::load_cluster_path(std::path::Path::new("saved_designs/merger_three_icbs.ron"))
            .expect("the merger example loads");
    group.bench_function("validate_example_merger_three_icbs", |b| {
        b.iter(|| validate_cluster(black_box(&example), &how));
    });
    let realistic = realistic_cluster();
    group.bench_function("validate_realistic_3x25_with_successor", |b| {
        b.iter(|| validate_cluster(black_box(&realistic), &how));
    });
    for icbs in [1, 2, 5, 10] {
        let cluster = generated_cluster(icbs, 1_000);
        group.bench_with_input(
            BenchmarkId::new("validate_icbs_of_1000", icbs),
            &cluster,
            |b, c| {
                b.iter(|| validate_cluster(black_box(c), &how));
            },
        );
    }
    let stress = generated_cluster(10, 1_000);
    group.bench_function("propose_successor_10x1000", |b| {
        b.iter(|| propose_successor(black_box(&stress)));
    });
    group.finish();
}

fn bench_io(c: &mut Criterion) {
    let design = stress_design();
    let text = io::to_ron_string(&design);
    let mut group = c.benchmark_group("io_stress");
    group.bench_function("save_to_string", |b| {
        b.iter(|| io::to_ron_string(black_box(&design)));
    });
    group.bench_function("load_from_str", |b| {
        b.iter(|| io::load_str(black_box(&text)));
    });
    group.finish();
}

/// Importing a roster of 1,000 rows onto a board of 1,000 vacant seats (issue 17): reading the
/// CSV and planning where each row goes.
#[allow(clippy::expect_used)] // a bench without its roster has nothing to measure
fn bench_import(c: &mut Criterion) {
    let mut design = generated_design(1_000, 10, 5);
    for seat in &mut design.board {
        seat.holder = None;
    }
    let words = [
        "Non-executive",
        "Finance",
        "Trusts",
        "Primary care",
        "Local authority",
    ];
    let mut csv = String::from("Name,Role,Organisation,Appointed,Term ends,Expertise\n");
    for i in 0..1_000 {
        let word = words[i % words.len()];
        let _ = writeln!(
            csv,
            "Person {i},{word},Organisation {},2025-04-01,2028-03-31,Finance; Digital",
            i % 13
        );
    }
    let dir = std::env::temp_dir().join(format!("ics_bench_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join("roster_1000.csv");
    std::fs::write(&path, csv).expect("the roster is written");
    let mut group = c.benchmark_group("people");
    group.bench_function("import_1000_rows", |b| {
        b.iter(|| {
            let rows = io::roster::read_roster(black_box(&path)).expect("the roster reads");
            plan_import(&design, &rows).expect("every row is good")
        });
    });
    // 100,000 rows (issue 30: once 31 s, quadratic in the rows), read and planned.
    let mut big = String::from("Name,Role,Organisation,Appointed,Term ends,Expertise\n");
    for i in 0..100_000 {
        let word = words[i % words.len()];
        let _ = writeln!(
            big,
            "Person {i},{word},Org {},2025-04-01,2028-03-31,Finance",
            i % 13
        );
    }
    let big_path = dir.join("roster_100000.csv");
    std::fs::write(&big_path, big).expect("the roster is written");
    group.sample_size(10);
    group.bench_function("import_100000_rows", |b| {
        b.iter(|| {
            let rows = io::roster::read_roster(black_box(&big_path)).expect("the roster reads");
            plan_import(&design, &rows).expect("every row is good")
        });
    });
    group.finish();
    let _ = std::fs::remove_dir_all(dir);
}

fn bench_export(c: &mut Criterion) {
    let pack = RulePack::df2021();
    let design = stress_design();
    let input = ExportInput::new(&design, &pack, "2026-01-01".to_owned());
    let mut group = c.benchmark_group("export_stress");
    group.sample_size(10);
    for format in ExportFormat::ALL {
        group.bench_function(format.extension(), |b| {
            b.iter(|| export(black_box(&input), format));
        });
    }
    group.finish();
}

/// One frame of the app's real `ui` code in a headless context of `size`, with tessellation
/// (no GPU), after three frames to settle.
fn frame_bench(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    mut app: DesignerApp,
    size: egui::Vec2,
) {
    let ctx = egui::Context::default();
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
        ..Default::default()
    };
    let mut frame = || {
        let output = ctx.run_ui(input.clone(), |ui| app.show(ui));
        ctx.tessellate(output.shapes, output.pixels_per_point)
    };
    for _ in 0..3 {
        frame();
    }
    group.bench_function(name, |b| b.iter(&mut frame));
}

fn bench_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("ui_frame");
    for (name, design, tab) in [
        ("realistic", realistic_design(), Tab::Board),
        ("stress_1000", stress_design(), Tab::Board),
        // The terms timeline with 1,000 holders (issue 17).
        ("timeline_1000", stress_design(), Tab::People),
    ] {
        let mut app = DesignerApp::new(design, Box::new(SystemChooser::default()));
        app.view_mut().tab = tab;
        frame_bench(&mut group, name, app, egui::vec2(1280.0, 800.0));
    }
    // The year ahead with 1,000 holders in post (issue 29).
    let mut year = DesignerApp::new(in_post(stress_design()), Box::new(SystemChooser::default()));
    year.view_mut().show_people(PeoplePage::YearAhead);
    frame_bench(
        &mut group,
        "year_ahead_1000",
        year,
        egui::vec2(1366.0, 768.0),
    );
    // The board fitted to a laptop's screen (issue 15): the fit, the side column, the cards.
    frame_bench(
        &mut group,
        "realistic_1366x768",
        DesignerApp::new(realistic_design(), Box::new(SystemChooser::default())),
        egui::vec2(1366.0, 768.0),
    );
    // Every title and holder's name 64 KiB long, the most the loader takes (issue 19).
    let mut long = realistic_design();
    let text = "Longname ".repeat(64 * 1024 / 9);
    for seat in &mut long.board {
        seat.title.clone_from(&text);
        if let Some(holder) = seat.holder.as_mut() {
            holder.name.clone_from(&text);
        }
    }
    let first = long.board.first().map(|s| s.id);
    frame_bench(
        &mut group,
        "realistic_64k_names",
        DesignerApp::new(long.clone(), Box::new(SystemChooser::default())),
        egui::vec2(1280.0, 800.0),
    );
    // The same, with a seat selected: the inspector holds the 64 KiB name in its text field.
    let mut selected = DesignerApp::new(long, Box::new(SystemChooser::default()));
    if let Some(id) = first {
        selected
            .view_mut()
            .go_to(ics_board_designer::rules::Subject::Seat(id));
    }
    frame_bench(
        &mut group,
        "realistic_64k_names_selected",
        selected,
        egui::vec2(1280.0, 800.0),
    );
    // The Cluster view of a realistic cluster, and one of its ICBs (issue 14).
    for (name, focus) in [
        ("cluster_overview_realistic", Focus::Overview),
        ("cluster_icb_realistic", Focus::Icb(1)),
    ] {
        let mut app =
            DesignerApp::with_cluster(realistic_cluster(), Box::new(SystemChooser::default()));
        app.show_focus(focus);
        frame_bench(&mut group, name, app, egui::vec2(1366.0, 768.0));
    }
    // The Appraisal view of the example (issue 28): the matrix, the workings of a compliance
    // cell, and the sensitivity charts.
    let mut appraisal = DesignerApp::open_at_start(
        std::path::Path::new("saved_designs/appraisal_2027_merger.ron"),
        Box::new(SystemChooser::default()),
    );
    appraisal.view_mut().appraisal_cell = Some((2, 1));
    frame_bench(
        &mut group,
        "appraisal_example_1366x768",
        appraisal,
        egui::vec2(1366.0, 768.0),
    );
    group.finish();
}

/// Hardening (issue 30): a cluster built to amplify (two ICBs with 60 KiB short names whose
/// 6,000 seats one person holds, 544 KB) is checked and exported in proportion to its size.
#[allow(clippy::expect_used)] // a bench whose input does not load has nothing to measure
fn bench_hostile_cluster(c: &mut Criterion) {
    let text = ics_board_designer::model::generate::amplifying_cluster_text(3_000);
    let cluster = io::load_cluster_str(&text).expect("the amplifying cluster loads");
    let mut group = c.benchmark_group("hostile_cluster");
    group.sample_size(10);
    group.bench_function("check", |b| {
        b.iter(|| validate_cluster(black_box(&cluster), &ClusterCheck::default()));
    });
    for format in [
        ExportFormat::Html,
        ExportFormat::Svg,
        ExportFormat::Markdown,
        ExportFormat::Csv,
    ] {
        group.bench_function(format.extension(), |b| {
            b.iter(|| {
                ics_board_designer::export::cluster::export_cluster(
                    black_box(&cluster),
                    format,
                    "2026-12-04".to_owned(),
                )
            });
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    bench_validate,
    bench_packs,
    bench_cluster,
    bench_io,
    bench_import,
    bench_export,
    bench_frame,
    bench_appraisal,
    bench_hostile_cluster
);
criterion_main!(benches);
