//! Where a seat card's parts go, so that none covers another.

use egui::{Rect, Vec2};

/// Where a card's title and its count badge go: the badge in the top-right corner, the title
/// in the room left of it.
pub struct CardLayout {
    pub title: Rect,
    pub badge: Rect,
}

impl CardLayout {
    pub fn of(card: Rect, badge: bool) -> Self {
        let badge_rect = Rect::from_center_size(
            egui::pos2(card.right() - 16.0, card.top() + 16.0),
            Vec2::splat(22.0),
        );
        let right = if badge {
            badge_rect.left() - 4.0
        } else {
            card.right() - 9.0
        };
        Self {
            title: Rect::from_min_max(
                egui::pos2(card.left() + 15.0, card.top() + 4.0),
                egui::pos2(right, card.top() + 26.0),
            ),
            badge: badge_rect,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cards_badge_never_overlaps_its_title() {
        let card = Rect::from_min_size(egui::pos2(100.0, 50.0), Vec2::new(188.0, 86.0));
        let with = CardLayout::of(card, true);
        assert!(
            !with.title.intersects(with.badge),
            "{:?} {:?}",
            with.title,
            with.badge
        );
        assert!(card.contains_rect(with.badge) && card.contains_rect(with.title));
        // Without a badge the title has the whole width.
        let without = CardLayout::of(card, false);
        assert!(without.title.width() > with.title.width() + 20.0);
    }
}
