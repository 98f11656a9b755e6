package org.manara.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniqueNamesTest {
    @Test
    void topicsAreLegalAndDistinct() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            names.add(UniqueNames.topic("posts.dead letter/x"));
        }

        assertThat(names).hasSize(1000).allMatch(n -> n.matches("[A-Za-z0-9._-]{1,249}"));
        assertThat(names.iterator().next()).startsWith("posts.dead_letter_x-");
    }

    @Test
    void indicesAreLowerCaseAndDoNotStartWithSpecialCharacters() {
        String index = UniqueNames.index("_Posts-Flagged");

        assertThat(index).startsWith("posts-flagged-").isEqualTo(index.toLowerCase());
        assertThat(UniqueNames.index("")).startsWith("test-");
    }
}
