package dev.rapport.logic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseLinesTest {
    @Test
    void sentencesThatPromiseAreFound() {
        String summary = "Walked through the plan. I will send the rollout plan by Friday. They liked it!\n"
                + "- We'll check the depot data next week.\nNothing else.";
        assertThat(PromiseLines.find(summary)).containsExactly("I will send the rollout plan by Friday.",
                "We'll check the depot data next week.");
    }

    @Test
    void noPromiseNoLines() {
        assertThat(PromiseLines.find("Good meeting. Willing to continue.")).isEmpty();
        assertThat(PromiseLines.find(null)).isEmpty();
    }
}
