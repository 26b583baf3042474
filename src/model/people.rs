//! People over time (docs/rules.md section 7): declared interests, and the ISO dates of terms of
//! office and of the date a board is shown at.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A declared interest of a holder (the register of interests).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interest {
    pub organisation: String,
    pub kind: InterestKind,
    #[serde(default)]
    pub description: String,
    /// ISO date the interest was declared.
    #[serde(default)]
    pub declared: String,
}

/// The kinds of interest of NHS England's conflicts-of-interest guidance (COI2017).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum InterestKind {
    Financial,
    NonFinancialProfessional,
    NonFinancialPersonal,
    Indirect,
}

impl InterestKind {
    pub const ALL: [InterestKind; 4] = [
        InterestKind::Financial,
        InterestKind::NonFinancialProfessional,
        InterestKind::NonFinancialPersonal,
        InterestKind::Indirect,
    ];

    pub fn name(self) -> &'static str {
        match self {
            InterestKind::Financial => "Financial",
            InterestKind::NonFinancialProfessional => "Non-financial professional",
            InterestKind::NonFinancialPersonal => "Non-financial personal",
            InterestKind::Indirect => "Indirect",
        }
    }
}

/// The outcome of a fit and proper person assessment (FPPT2023): dates and outcomes only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FpptOutcome {
    Fit,
    NotFit,
    Pending,
}

impl FpptOutcome {
    pub const ALL: [FpptOutcome; 3] = [FpptOutcome::Fit, FpptOutcome::NotFit, FpptOutcome::Pending];

    /// "Fit", "Not fit", "Pending".
    pub fn name(self) -> &'static str {
        match self {
            FpptOutcome::Fit => "Fit",
            FpptOutcome::NotFit => "Not fit",
            FpptOutcome::Pending => "Pending",
        }
    }

    /// The outcome a roster writes ("fit", "not fit", "pending" in any case, spaces, `_` and `-`
    /// ignored).
    pub fn from_word(word: &str) -> Option<FpptOutcome> {
        let key: String = word
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
            .collect::<String>()
            .to_lowercase();
        match key.as_str() {
            "fit" => Some(FpptOutcome::Fit),
            "notfit" => Some(FpptOutcome::NotFit),
            "pending" => Some(FpptOutcome::Pending),
            _ => None,
        }
    }
}

/// One line of the register of interests (docs/rules.md section 7): a holder's other post (a
/// professional interest, or a financial one with a private healthcare provider) or a declared
/// interest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    /// The seat of the member who declares it.
    pub seat: super::Id,
    /// The index in the holder's `interests`; `None` for an other post.
    pub interest: Option<usize>,
    pub member: String,
    pub role: String,
    pub organisation: String,
    pub kind: InterestKind,
    pub description: String,
    pub declared: String,
}

/// Every declaration of the design's holders, seat by seat, other posts first.
pub fn declarations(design: &super::Design) -> Vec<Declaration> {
    let mut out = Vec::new();
    for seat in &design.board {
        let Some(holder) = &seat.holder else {
            continue;
        };
        let line =
            |interest, organisation: &str, kind, description: &str, declared: &str| Declaration {
                seat: seat.id,
                interest,
                member: holder.name.trim().to_owned(),
                role: seat.label(),
                organisation: organisation.to_owned(),
                kind,
                description: description.to_owned(),
                declared: declared.to_owned(),
            };
        for post in &holder.other_posts {
            let kind = if post.private_healthcare {
                InterestKind::Financial
            } else {
                InterestKind::NonFinancialProfessional
            };
            out.push(line(None, &post.organisation, kind, &post.post, ""));
        }
        for (i, interest) in holder.interests.iter().enumerate() {
            out.push(line(
                Some(i),
                &interest.organisation,
                interest.kind,
                &interest.description,
                &interest.declared,
            ));
        }
    }
    out
}

/// A calendar date, as the files write it (`YYYY-MM-DD`). Ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl IsoDate {
    /// Parse `YYYY-MM-DD` (surrounding spaces allowed); `None` for anything else or an
    /// impossible day such as 2027-02-30.
    pub fn parse(text: &str) -> Option<IsoDate> {
        // Byte by byte: dates are parsed for every holder on every validation.
        let bytes = text.trim().as_bytes();
        let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *bytes else {
            return None;
        };
        let digit = |b: u8| b.is_ascii_digit().then(|| u32::from(b - b'0'));
        let number = |ds: &[u8]| ds.iter().try_fold(0, |n, b| Some(n * 10 + digit(*b)?));
        let date = IsoDate {
            year: i32::try_from(number(&[y1, y2, y3, y4])?).ok()?,
            month: number(&[m1, m2])?,
            day: number(&[d1, d2])?,
        };
        (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= date.month_days())
            .then_some(date)
    }

    fn month_days(self) -> u32 {
        match self.month {
            2 if self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// Today's date (UTC) from the system clock (the page's clock in a browser, where
    /// `std::time` has none).
    pub fn today() -> IsoDate {
        let days = web_time::SystemTime::now()
            .duration_since(web_time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 86_400);
        IsoDate::from_days(i64::try_from(days).unwrap_or(0))
    }

    /// Days since 1970-01-01 to a date (Howard Hinnant's civil-from-days algorithm).
    pub fn from_days(days: i64) -> IsoDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        IsoDate {
            year: i32::try_from(year).unwrap_or(1970),
            month: month as u32,
            day: day as u32,
        }
    }

    /// Days since 1970-01-01 (the inverse of [`IsoDate::from_days`]).
    pub fn days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let month = i64::from(self.month);
        let mp = if month > 2 { month - 3 } else { month + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The number of the month counted from year 0, to measure spans in months.
    pub fn month_index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    /// "Apr 2027".
    pub fn month_name(self) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let name = MONTHS
            .get(self.month.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("?");
        format!("{name} {}", self.year)
    }

    /// The same day a number of months later (or earlier, for a negative count), the day cut to
    /// the month's last (31 March plus 11 months is 29 February in a leap year).
    #[must_use]
    pub fn add_months(self, months: i64) -> IsoDate {
        let index = self.month_index() + months;
        let year = i32::try_from(index.div_euclid(12)).unwrap_or(self.year);
        let month = u32::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
        let mut date = IsoDate {
            year,
            month,
            day: 1,
        };
        date.day = self.day.min(date.month_days());
        date
    }

    /// "1 Apr 2027".
    pub fn long(self) -> String {
        format!("{} {}", self.day, self.month_name())
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_order() {
        let a = IsoDate::parse("2027-03-31").unwrap();
        let b = IsoDate::parse(" 2027-04-01 ").unwrap();
        assert!(a < b);
        assert_eq!(a.to_string(), "2027-03-31");
        assert_eq!(b.long(), "1 Apr 2027");
        assert_eq!(IsoDate::parse("2028-02-29").map(|d| d.day), Some(29));
        for bad in [
            "",
            "2027-02-29",
            "2027-13-01",
            "27-01-01",
            "2027/01/01",
            "2027-1-01",
        ] {
            assert_eq!(IsoDate::parse(bad), None, "{bad}");
        }
        assert_eq!(IsoDate::from_days(20_415).to_string(), "2025-11-23");
        for days in [-800_000, -1, 0, 59, 60, 11_016, 20_415, 2_932_896] {
            assert_eq!(IsoDate::from_days(days).days(), days, "{days}");
        }
        assert_eq!(a.days() + 1, b.days());
        assert_eq!(b.month_index() - a.month_index(), 1);
    }
}
