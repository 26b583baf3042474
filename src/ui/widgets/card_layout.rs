//! Where a seat card's parts go, so that none covers another.

use egui::{Rect, Vec2};

/// Where a card's title and its count badge go: the badge in the top-right corner, the title
/// in the room left of it.
pub struct CardLayout {
    pub title: Rect,
    pub badge: Rect,
}

impl CardLayout {
    /// The layout of a card drawn at `scale` (1 for the window's normal card).
    pub fn of(card: Rect, badge: bool, scale: f32) -> Self {
        let badge_rect = Rect::from_center_size(
            egui::pos2(card.right() - 16.0 * scale, card.top() + 16.0 * scale),
            Vec2::splat(22.0 * scale),
        );
        let right = if badge {
            badge_rect.left() - 4.0 * scale
        } else {
            card.right() - 9.0 * scale
        };
        Self {
            title: Rect::from_min_max(
                egui::pos2(card.left() + 15.0 * scale, card.top() + 4.0 * scale),
                egui::pos2(right, card.top() + 26.0 * scale),
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
        let with = CardLayout::of(card, true, 1.0);
        assert!(
            !with.title.intersects(with.badge),
            "{:?} {:?}",
            with.title,
            with.badge
        );
        assert!(card.contains_rect(with.badge) && card.contains_rect(with.title));
        // Without a badge the title has the whole width.
        let without = CardLayout::of(card, false, 1.0);
        // Scaled up for a big screen, the two still keep apart.
        let big = Rect::from_min_size(card.min, card.size() * 1.5);
        let scaled = CardLayout::of(big, true, 1.5);
        assert!(!scaled.title.intersects(scaled.badge) && big.contains_rect(scaled.badge));
        assert!(without.title.width() > with.title.width() + 20.0);
    }
}
