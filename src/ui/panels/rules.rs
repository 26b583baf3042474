//! The Rules panel: every rule with its source, where a system switches a rule off, changes its
//! severity or threshold, with a reason. The changes are saved in the design file and shown in
//! every export.

use egui::RichText;

use crate::ui::{
    context::DesignCtx,
    widgets::{basis_label, theme},
};
use crate::{
    model::{Command, MergeKey, Part, RuleOverride},
    rules::{RuleId, RulePack, Severity},
};

fn save(
    cx: &DesignCtx,
    base: &RulePack,
    mut overrides: Vec<RuleOverride>,
    merge: Option<MergeKey>,
) {
    // A change that changes nothing (and gives no reason) is dropped, so the file stays clean.
    overrides.retain(|o| {
        let rule = RuleId::from_id(&o.rule);
        let same_severity =
            o.severity.is_none() || o.severity == rule.map(|r| base.setting(r).severity);
        !(o.enabled && same_severity && o.threshold.is_none() && o.reason.trim().is_empty())
    });
    let command = Command::SetRuleOverrides(overrides);
    match merge {
        Some(key) => cx.edit_typed(command, key),
        None => cx.edit(command),
    }
}

pub fn rules_ui(cx: &DesignCtx, ui: &mut egui::Ui) {
    let design = cx.shared();
    ui.label(RichText::new("Rules of the pack, and local changes").heading());
    ui.label(format!("Checked against {}", cx.pack.describe()));
    ui.label(
        RichText::new(
            "Tune the rules to the constitution your system adopted: switch a rule off, change its \
             severity or threshold, and say why. The changes are saved in the design and shown in every export.",
        )
        .small(),
    );
    ui.separator();
    // The pack as it stands, before this design's own changes.
    let defaults = RulePack::by_id(&design.rule_pack).unwrap_or_default();
    egui::ScrollArea::vertical()
        .id_salt("rules_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("rules_grid")
                .num_columns(5)
                .striped(true)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    ui.label(RichText::new("Rule").strong());
                    ui.label(RichText::new("Severity").strong());
                    ui.label(RichText::new("Threshold").strong());
                    ui.label(RichText::new("Reason for a local change").strong());
                    ui.label(RichText::new("Basis, source, and what it asks").strong());
                    ui.end_row();
                    for rule in RuleId::ALL.iter().copied() {
                        rule_row_ui(cx, ui, &design.rule_overrides, rule, &defaults);
                        ui.end_row();
                    }
                });
        });
}

fn rule_row_ui(
    cx: &DesignCtx,
    ui: &mut egui::Ui,
    overrides: &[RuleOverride],
    rule: RuleId,
    defaults: &RulePack,
) {
    let index = overrides.iter().position(|o| o.rule == rule.as_str());
    let current = index
        .and_then(|i| overrides.get(i))
        .cloned()
        .unwrap_or_else(|| RuleOverride::for_rule(rule.as_str()));
    let with = |change: RuleOverride| {
        let mut next = overrides.to_vec();
        match index {
            Some(i) => {
                if let Some(slot) = next.get_mut(i) {
                    *slot = change;
                }
            }
            None => next.push(change),
        }
        next
    };
    let setting = cx.pack.setting(rule);

    let mut enabled = current.enabled && defaults.setting(rule).enabled;
    let in_pack = defaults.setting(rule).enabled;
    let tip = if in_pack {
        "Untick to switch the rule off for this design"
    } else {
        "Not a rule of this pack"
    };
    if ui
        .add_enabled(in_pack, egui::Checkbox::new(&mut enabled, rule.as_str()))
        .on_hover_text(tip)
        .on_disabled_hover_text(tip)
        .changed()
    {
        save(
            cx,
            defaults,
            with(RuleOverride {
                enabled,
                ..current.clone()
            }),
            None,
        );
    }

    let severity = setting.severity;
    // A segmented choice rather than a drop-down: all four visible, readable from the back.
    ui.horizontal(|ui| {
        for choice in Severity::ALL {
            let text =
                RichText::new(choice.as_str()).color(theme::severity_colour(choice, cx.view.dark));
            let button = ui
                .selectable_label(choice == severity, text)
                .on_hover_text(format!("Make {rule} an {} finding", choice.as_str()));
            if button.clicked() && choice != severity {
                let value = (choice != defaults.setting(rule).severity).then_some(choice);
                save(
                    cx,
                    defaults,
                    with(RuleOverride {
                        severity: value,
                        ..current.clone()
                    }),
                    None,
                );
            }
        }
    });

    match rule.threshold_meaning() {
        Some(meaning) => {
            let default = default_threshold(defaults, rule);
            let mut value = current.threshold.unwrap_or(default);
            let response = ui
                .add(egui::DragValue::new(&mut value).range(0..=30))
                .on_hover_text(format!(
                    "At least this many {meaning} ({}: {default})",
                    defaults.id
                ));
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::SpinButton,
                    true,
                    format!("Threshold of {rule}"),
                )
            });
            if response.changed() {
                let threshold = (value != default).then_some(value);
                save(
                    cx,
                    defaults,
                    with(RuleOverride {
                        threshold,
                        ..current.clone()
                    }),
                    Some(MergeKey::new(Part::Rule(rule.as_str()), "threshold")),
                );
            }
        }
        None => {
            ui.label("");
        }
    }

    let mut reason = current.reason.clone();
    let response = ui.add(
        egui::TextEdit::singleline(&mut reason)
            .hint_text("e.g. our constitution adds a third NED")
            .desired_width(260.0),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("Reason for {rule}"))
    });
    if response.changed() {
        save(
            cx,
            defaults,
            with(RuleOverride {
                reason,
                ..current.clone()
            }),
            Some(MergeKey::new(Part::Rule(rule.as_str()), "reason")),
        );
    }
    let changed = if index.is_some() {
        " (changed locally)"
    } else {
        ""
    };
    ui.label(format!(
        "{}: {}{changed}. {}",
        basis_label(rule.basis()),
        rule.source(),
        rule.summary()
    ))
    .on_hover_text(rule.basis().meaning());
}

fn default_threshold(pack: &RulePack, rule: RuleId) -> u32 {
    let t = &pack.thresholds;
    let value = match rule {
        RuleId::BoardNedMin => t.ned_min,
        RuleId::BoardPartnerMin => t.partner_min,
        RuleId::BoardMinimumSize => t.executives_min,
        RuleId::CommitteeQuorum => t.committee_quorum,
        _ => 0,
    };
    u32::try_from(value).unwrap_or(0)
}
