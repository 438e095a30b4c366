package dev.rapport.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DueBadgeTest {
    @Test
    void theRailShowsUpTo99AndThen99Plus() {
        assertThat(Rail.badgeText(1)).isEqualTo("1");
        assertThat(Rail.badgeText(99)).isEqualTo("99");
        assertThat(Rail.badgeText(100)).isEqualTo("99+");
        assertThat(Rail.badgeText(3529)).isEqualTo("99+");
    }
}
