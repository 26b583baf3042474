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
                    ui.label(RichText::new("Basis and source").strong())
                        .on_hover_text("Point at a rule's basis to read what the rule asks");
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
    let row = Row {
        cx,
        defaults,
        overrides,
        index,
        rule,
        current: index
            .and_then(|i| overrides.get(i))
            .cloned()
            .unwrap_or_else(|| RuleOverride::for_rule(rule.as_str())),
    };
    row.enabled_ui(ui);
    row.severity_ui(ui);
    row.threshold_ui(ui);
    row.reason_ui(ui);
    let changed = if index.is_some() {
        " (changed locally)"
    } else {
        ""
    };
    // What the rule asks is in the tooltip: the row stays inside a 1366-wide screen.
    let basis = format!("{}: {}{changed}", basis_label(rule.basis()), rule.source());
    ui.label(crate::model::cut(&basis, 18))
        .on_hover_text(format!(
            "{basis}\n\n{}\n\n{}",
            rule.summary(),
            rule.basis().meaning()
        ));
}

/// One rule's row of the local changes: the design's change of it (or none yet), and where
/// it sits among the design's changes.
struct Row<'a> {
    cx: &'a DesignCtx<'a>,
    defaults: &'a RulePack,
    overrides: &'a [RuleOverride],
    index: Option<usize>,
    rule: RuleId,
    current: RuleOverride,
}

impl Row<'_> {
    /// Save the design's changes with this rule's change replaced (or added).
    fn save(&self, change: RuleOverride, field: Option<&'static str>) {
        let mut next = self.overrides.to_vec();
        match self.index.and_then(|i| next.get_mut(i)) {
            Some(slot) => *slot = change,
            None => next.push(change),
        }
        let key = field.map(|field| MergeKey::new(Part::Rule(self.rule.as_str()), field));
        save(self.cx, self.defaults, next, key);
    }

    /// On or off, where the pack has the rule.
    fn enabled_ui(&self, ui: &mut egui::Ui) {
        let in_pack = self.defaults.setting(self.rule).enabled;
        let mut enabled = self.current.enabled && in_pack;
        let tip = if in_pack {
            "Untick to switch the rule off for this design"
        } else {
            "Not a rule of this pack"
        };
        if ui
            .add_enabled(
                in_pack,
                egui::Checkbox::new(&mut enabled, self.rule.as_str()),
            )
            .on_hover_text(tip)
            .on_disabled_hover_text(tip)
            .changed()
        {
            let change = RuleOverride {
                enabled,
                ..self.current.clone()
            };
            self.save(change, None);
        }
    }

    /// A segmented choice rather than a drop-down: all four visible, readable from the back.
    fn severity_ui(&self, ui: &mut egui::Ui) {
        let (rule, defaults) = (self.rule, self.defaults);
        let severity = self.cx.pack.setting(rule).severity;
        ui.horizontal(|ui| {
            for choice in Severity::ALL {
                let text = RichText::new(choice.as_str())
                    .color(theme::severity_colour(choice, self.cx.view.dark));
                let button = ui
                    .selectable_label(choice == severity, text)
                    .on_hover_text(format!("Make {rule} an {} finding", choice.as_str()));
                if button.clicked() && choice != severity {
                    let value = (choice != defaults.setting(rule).severity).then_some(choice);
                    let change = RuleOverride {
                        severity: value,
                        ..self.current.clone()
                    };
                    self.save(change, None);
                }
            }
        });
    }

    /// The rule's number, where it has one ("at least this many ...").
    fn threshold_ui(&self, ui: &mut egui::Ui) {
        let (rule, defaults) = (self.rule, self.defaults);
        let Some(meaning) = rule.threshold_meaning() else {
            ui.label("");
            return;
        };
        let default = default_threshold(defaults, rule);
        let mut value = self.current.threshold.unwrap_or(default);
        let response = ui
            .add(egui::DragValue::new(&mut value).range(0..=30))
            .on_hover_text(format!(
                "At least this many {meaning} ({}: {default})",
                defaults.id
            ));
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::SpinButton, true, format!("Threshold of {rule}"))
        });
        if response.changed() {
            let change = RuleOverride {
                threshold: (value != default).then_some(value),
                ..self.current.clone()
            };
            self.save(change, Some("threshold"));
        }
    }

    /// Why the design changes the rule, in the design's own words.
    fn reason_ui(&self, ui: &mut egui::Ui) {
        let rule = self.rule;
        let mut reason = self.current.reason.clone();
        let response = ui.add(
            egui::TextEdit::singleline(&mut reason)
                .hint_text("e.g. our constitution adds a third NED")
                .desired_width(200.0),
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("Reason for {rule}"))
        });
        if response.changed() {
            let change = RuleOverride {
                reason,
                ..self.current.clone()
            };
            self.save(change, Some("reason"));
        }
    }
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
