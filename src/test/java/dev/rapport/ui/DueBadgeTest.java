package dev.rapport.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DueBadgeTest {
    @Test
    void theRailShowsUpTo99AndThen99Plus() {
        assertThat(MainView.badgeText(1)).isEqualTo("1");
        assertThat(MainView.badgeText(99)).isEqualTo("99");
        assertThat(MainView.badgeText(100)).isEqualTo("99+");
        assertThat(MainView.badgeText(3529)).isEqualTo("99+");
    }
}
