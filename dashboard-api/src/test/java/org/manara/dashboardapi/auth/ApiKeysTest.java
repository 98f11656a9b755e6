package org.manara.dashboardapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void sha256MatchesTheStandardTestVector() {
        assertThat(ApiKeys.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void generatedKeysAreLongRandomAndPrefixed() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            GeneratedKey key = ApiKeys.generate();
            assertThat(key.key()).startsWith("manara_").hasSize("manara_".length() + 43);
            assertThat(key.key().substring(7)).matches("[A-Za-z0-9_-]+");
            assertThat(key.sha256()).isEqualTo(ApiKeys.sha256Hex(key.key()));
            keys.add(key.key());
        }
        assertThat(keys).hasSize(100);
    }

    @Test
    void toStringDoesNotRevealTheKey() {
        GeneratedKey key = ApiKeys.generate();

        assertThat(key.toString()).doesNotContain(key.key()).contains(key.sha256());
    }
}
