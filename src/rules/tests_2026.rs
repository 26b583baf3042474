//! The rules added or changed in 2026: the packs, the new board rules, and the people rules
//! (docs/rules.md sections 1, 5, 7 and "Rule packs"). Each shows the rule holding and firing.

use super::test_support::{case, complete, findings_in, findings_of, member, same, seat_mut};
use super::{Basis, RuleId as R, RulePack, Severity, Subject, validate};
use crate::model::{
    Collaborative, Design, Interest, InterestKind, OtherPost, PartnerSector, PartnershipSector,
    PlaceModel, Role, Seat, Sector, Trust, TrustService,
};

fn pack(id: &str) -> RulePack {
    RulePack::by_id(id).unwrap()
}

#[test]
fn packs_differ_as_rules_md_says() {
    let df = pack("df2021");
    let today = pack("nhse2025");
    let bill = pack("bill2026");
    assert_eq!(RulePack::all().len(), 3);
    for rule in [R::BoardExecMedical, R::BoardExecNursing] {
        assert_eq!(df.setting(rule).severity, Severity::Error);
        assert_eq!(today.setting(rule).severity, Severity::Warning);
        assert_eq!(bill.setting(rule).severity, Severity::Warning);
    }
    assert_eq!(df.thresholds.executives_min, 4);
    assert_eq!(today.thresholds.executives_min, 2);
    assert_eq!(bill.thresholds.executives_min, 2);
    assert!(!df.setting(R::BoardPartnerStrategicAuthority).enabled);
    assert!(!today.setting(R::BoardPartnerStrategicAuthority).enabled);
    assert!(bill.setting(R::BoardPartnerStrategicAuthority).enabled);
    for rule in [
        R::BoardPartnerLocalAuthority,
        R::PartnershipIcbMember,
        R::PartnershipLocalAuthorities,
    ] {
        assert_eq!(today.setting(rule).severity, Severity::Error);
        assert_eq!(bill.setting(rule).severity, Severity::Advice);
    }
    // Every other rule is as docs/rules.md's table says, in every pack.
    for rule in R::ALL {
        assert_eq!(
            df.setting(*rule).severity,
            rule.default_severity(),
            "{rule}"
        );
    }
    assert!(RulePack::by_id("df2099").is_none());
}

#[test]
fn a_file_without_a_pack_stays_df2021_and_new_designs_use_nhse2025() {
    let loaded = crate::io::load_str("Design(format_version: 1, name: \"Old\")").unwrap();
    assert_eq!(RulePack::for_design(&loaded).id, "df2021");
    assert_eq!(RulePack::for_design(&Design::default()).id, "nhse2025");
}

#[test]
fn findings_carry_basis_and_source() {
    let mut d = complete();
    d.board
        .retain(|s| s.role != Role::PartnerMember(PartnerSector::Trusts));
    let f = &findings_of(&d, R::BoardPartnerTrusts)[0];
    assert_eq!(f.basis(), Basis::Law);
    assert_eq!(f.citation(), "law: NHSA2006 Sch 1B para 8");
    assert_eq!(R::BoardChair.basis(), Basis::Policy);
    assert_eq!(R::BoardNedMajority.basis(), Basis::Advice);
    assert_eq!(R::BoardPartnerStrategicAuthority.basis(), Basis::Bill);
    assert_eq!(R::PartnershipLocalAuthorities.source(), "LGPIHA2007 s116ZA");
}

#[test]
fn medical_and_nursing_directors_are_expected_not_required_today() {
    let mut d = complete();
    d.board.retain(|s| {
        !matches!(
            s.role,
            Role::Executive(
                crate::model::ExecutiveRole::Medical | crate::model::ExecutiveRole::Nursing
            )
        )
    });
    let under = |id| validate(&d, &pack(id));
    assert!(!under("df2021").is_valid());
    let today = under("nhse2025");
    assert!(today.is_valid(), "{:#?}", today.findings);
    assert!(
        today
            .findings
            .iter()
            .any(|f| f.rule == R::BoardExecMedical && f.severity == Severity::Warning)
    );
    // Two executives are enough today, not in 2021.
    assert!(findings_in(&d, &pack("nhse2025"), R::BoardMinimumSize).is_empty());
    assert!(!findings_in(&d, &pack("df2021"), R::BoardMinimumSize).is_empty());
}

#[test]
fn board_private_healthcare() {
    let post = |private| OtherPost {
        organisation: "Meridian Health Ltd".into(),
        post: "Medical adviser".into(),
        in_footprint: false,
        private_healthcare: private,
    };
    let f = case(
        R::BoardPrivateHealthcare,
        |d| seat_mut(d, 2).holder.as_mut().unwrap().other_posts = vec![post(false)],
        |d| seat_mut(d, 2).holder.as_mut().unwrap().other_posts = vec![post(true)],
    );
    assert_eq!(f[0].severity, Severity::Warning);
    assert_eq!(f[0].subjects, vec![Subject::Seat(2)]);
    assert!(f[0].message.contains("Meridian Health Ltd") && f[0].message.contains("Person 2"));
}

#[test]
fn board_partner_strategic_authority_only_under_the_bill() {
    let authority = "North Vale Combined Authority";
    let with_authority = |d: &mut Design| {
        d.system_level.strategic_authorities = vec![authority.into()];
    };
    let bill = pack("bill2026");
    // Not a rule before the bill.
    let mut d = complete();
    with_authority(&mut d);
    assert!(findings_in(&d, &pack("nhse2025"), R::BoardPartnerStrategicAuthority).is_empty());
    // Under the bill, the mayor's nominee is required.
    let f = findings_in(&d, &bill, R::BoardPartnerStrategicAuthority);
    assert_eq!(f[0].severity, Severity::Error);
    assert!(f[0].message.contains(authority));
    // A nominee from that authority satisfies it.
    let mut nominee = Seat::new(30, Role::PartnerMember(PartnerSector::StrategicAuthority));
    let mut holder = crate::model::Holder::named("Cllr Ada Byrne");
    holder.organisation = authority.into();
    nominee.holder = Some(holder);
    d.board.push(nominee);
    assert!(findings_in(&d, &bill, R::BoardPartnerStrategicAuthority).is_empty());
    // Two authorities and one nominee from the first: the second is named as missing.
    d.system_level
        .strategic_authorities
        .push("South Down Mayoral Authority".into());
    let f = findings_in(&d, &bill, R::BoardPartnerStrategicAuthority);
    assert!(f[0].message.contains("South Down") && !f[0].message.contains("North Vale"));
}

#[test]
fn the_bill_lowers_local_authority_rules_and_healthwatch_no_longer_counts() {
    let mut d = complete();
    d.board
        .retain(|s| s.role != Role::PartnerMember(PartnerSector::LocalAuthority));
    let bill = pack("bill2026");
    assert_eq!(
        findings_in(&d, &bill, R::BoardPartnerLocalAuthority)[0].severity,
        Severity::Advice
    );
    // complete() has Healthwatch but no VCSE in the partnership.
    assert!(findings_of(&d, R::PartnershipCommunity).is_empty());
    let f = findings_in(&d, &bill, R::PartnershipCommunity);
    assert!(
        f[0].message.contains("abolishes Healthwatch"),
        "{}",
        f[0].message
    );
    let p = d.partnership.as_mut().unwrap();
    p.members.push(member(
        PartnershipSector::Vcse,
        "Voluntary Action North",
        "",
    ));
    assert!(findings_in(&d, &bill, R::PartnershipCommunity).is_empty());
    // At place too.
    let mut d = complete();
    d.places[0].members.retain(|m| m.sector != Sector::Vcse);
    assert!(findings_of(&d, R::PlaceMemberCommunity).is_empty());
    assert!(!findings_in(&d, &bill, R::PlaceMemberCommunity).is_empty());
    // Policy findings say who holds NHS England's functions under the bill.
    let mut d = complete();
    d.board.retain(|s| s.role != Role::Chair);
    let f = findings_in(&d, &bill, R::BoardChair);
    assert!(f[0].message.contains("Secretary of State"));
    assert!(
        !findings_of(&d, R::BoardChair)[0]
            .message
            .contains("Secretary of State")
    );
}

#[test]
fn partnership_local_authorities_is_an_error() {
    let mut d = complete();
    d.partnership
        .as_mut()
        .unwrap()
        .members
        .retain(|m| m.sector != PartnershipSector::LocalAuthority);
    assert_eq!(
        findings_of(&d, R::PartnershipLocalAuthorities)[0].severity,
        Severity::Error
    );
    assert!(!validate(&d, &RulePack::df2021()).is_valid());
}

#[test]
fn board_senior_non_executive() {
    let hold = |d: &mut Design| seat_mut(d, 3).senior_non_executive = true;
    case(R::BoardSeniorNonExecutive, hold, same);
    // Two marked.
    let f = case(R::BoardSeniorNonExecutive, hold, |d| {
        seat_mut(d, 2).senior_non_executive = true;
        seat_mut(d, 3).senior_non_executive = true;
    });
    assert!(f[0].message.contains("name one"));
    // Not the audit chair.
    let mut d = complete();
    d.committees[0].chair = Some(3);
    seat_mut(&mut d, 3).senior_non_executive = true;
    let f = findings_of(&d, R::BoardSeniorNonExecutive);
    assert!(f.iter().any(|f| f.message.contains("chairs the")));
    // Not a NED.
    let mut d = complete();
    seat_mut(&mut d, 5).senior_non_executive = true;
    let f = findings_of(&d, R::BoardSeniorNonExecutive);
    assert!(
        f.iter()
            .any(|f| f.message.contains("is not a non-executive member"))
    );
}

fn term(d: &mut Design, seat: u32, ends: &str) {
    seat_mut(d, seat).holder.as_mut().unwrap().term_ends = ends.into();
}

fn terms(d: &mut Design) {
    term(d, 1, "2028-06-30");
    term(d, 2, "2027-03-31");
    term(d, 3, "2029-09-30");
}

#[test]
fn people_term_ended() {
    let f = case(R::PeopleTermEnded, terms, |d| {
        terms(d);
        term(d, 2, "2026-10-31");
    });
    assert_eq!(f[0].subjects, vec![Subject::Seat(2)]);
    assert!(f[0].message.contains("31 Oct 2026") && f[0].message.contains("Person 2"));
    // On that date the seat is vacant (still designed, so still counted).
    let mut d = complete();
    terms(&mut d);
    term(&mut d, 2, "2026-11-01");
    assert!(
        findings_of(&d, R::BoardVacancy)
            .iter()
            .any(|f| f.subjects == [Subject::Seat(2)])
    );
    // The same file seen a day earlier has the NED.
    let report = super::validate_at(
        &d,
        &RulePack::df2021(),
        crate::model::IsoDate::parse("2026-10-31").unwrap(),
    );
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.rule != R::PeopleTermEnded && f.rule != R::BoardNedMin)
    );
}

#[test]
fn people_term_missing() {
    let f = case(R::PeopleTermMissing, terms, |d| {
        terms(d);
        term(d, 3, "");
    });
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].subjects, vec![Subject::Seat(3)]);
    // Executives need no recorded term.
    case(R::PeopleTermMissing, terms, |d| {
        terms(d);
        term(d, 1, "");
        term(d, 2, "");
    });
}

#[test]
fn people_terms_cliff() {
    // Three non-executives; two end within 12 months of each other: more than half.
    let f = case(R::PeopleTermsCliff, terms, |d| {
        terms(d);
        term(d, 3, "2027-12-31");
    });
    assert!(
        f[0].message.contains("between Mar 2027 and Dec 2027"),
        "{}",
        f[0].message
    );
    assert_eq!(f[0].subjects, vec![Subject::Seat(2), Subject::Seat(3)]);
    // Twelve months or more apart is no cliff.
    let mut d = complete();
    terms(&mut d);
    term(&mut d, 1, "2028-03-31");
    term(&mut d, 3, "2029-03-31");
    assert!(findings_of(&d, R::PeopleTermsCliff).is_empty());
}

fn financial(organisation: &str) -> Interest {
    Interest {
        organisation: organisation.into(),
        kind: InterestKind::Financial,
        description: "Shareholding".into(),
        declared: "2025-05-12".into(),
    }
}

#[test]
fn people_interest_conflict() {
    let trust = "North Hospitals NHS FT";
    let with_trust = |d: &mut Design| {
        d.system_level.trusts.push(Trust {
            name: trust.into(),
            services: vec![TrustService::Community],
        });
    };
    let f = case(
        R::PeopleInterestConflict,
        |d| {
            with_trust(d);
            // A non-financial interest, or an executive's, is not this rule's business.
            let mut personal = financial(trust);
            personal.kind = InterestKind::NonFinancialPersonal;
            seat_mut(d, 2).holder.as_mut().unwrap().interests = vec![personal];
            seat_mut(d, 5).holder.as_mut().unwrap().interests = vec![financial(trust)];
        },
        |d| {
            with_trust(d);
            seat_mut(d, 2).holder.as_mut().unwrap().interests =
                vec![financial(" north hospitals nhs ft ")];
        },
    );
    assert_eq!(f[0].subjects, vec![Subject::Seat(2), Subject::System]);
    assert!(f[0].message.contains("a trust of the system"));
    // A place's lead provider, a joint-committee partner, a collaborative member.
    let mut d = complete();
    d.places[0].model = PlaceModel::LeadProvider {
        provider: "Meridian Health Ltd".into(),
        contract: "C-1".into(),
    };
    seat_mut(&mut d, 1).holder.as_mut().unwrap().interests = vec![financial("Meridian Health Ltd")];
    let f = findings_of(&d, R::PeopleInterestConflict);
    assert!(f[0].message.contains("lead provider of North Borough"));
    let mut d = complete();
    d.system_level.provider_collaboratives.push(Collaborative {
        name: "Community collaborative".into(),
        members: vec!["Vale Community Care CIC".into()],
    });
    seat_mut(&mut d, 3).holder.as_mut().unwrap().interests =
        vec![financial("Vale Community Care CIC")];
    assert!(!findings_of(&d, R::PeopleInterestConflict).is_empty());
}

#[test]
fn people_skills_gap() {
    let all = |d: &mut Design| {
        seat_mut(d, 5).expertise = crate::model::Expertise::ALL.to_vec();
    };
    let f = case(R::PeopleSkillsGap, all, same);
    assert_eq!(f.len(), 1);
    assert!(f[0].message.contains("Digital") && f[0].message.contains("Lived experience"));
    // A participant's skills do not close the gap.
    let mut d = complete();
    let mut p = Seat::new(50, Role::Participant("Adviser".into()));
    p.expertise = crate::model::Expertise::ALL.to_vec();
    d.board.push(p);
    assert!(!findings_of(&d, R::PeopleSkillsGap).is_empty());
}
