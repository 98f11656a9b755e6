package org.manara.rules.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainSetTest {
    private final DomainSet set = new DomainSet("s", List.of("bit.ly", "scam.example"));

    @Test
    void matchesTheDomainAndItsSubdomains() {
        assertThat(set.matches("bit.ly")).isTrue();
        assertThat(set.matches("x.bit.ly")).isTrue();
        assertThat(set.matches("a.b.scam.example")).isTrue();
        assertThat(set.matches("notbit.ly")).isFalse();
        assertThat(set.matches("bit.ly.evil.example")).isFalse();
        assertThat(set.matches("ly")).isFalse();
    }

    @Test
    void canonicalisesWhatItIsGiven() {
        assertThat(set.matches("WWW.Bit.Ly.")).isTrue();
        assertThat(set.matches("https://user@x.bit.ly:8443/path?q=1")).isTrue();
        assertThat(set.contains("https://www.bit.ly/x")).isTrue();
        assertThat(set.contains("x.bit.ly")).isFalse();
    }

    @Test
    void extractsHostsFromUrls() {
        assertThat(Domains.fromUrl("https://www.Example.org/a/b")).isEqualTo("example.org");
        assertThat(Domains.fromUrl("example.org?x=1")).isEqualTo("example.org");
        assertThat(Domains.fromUrl("http://[::1]/x")).isNull();
        assertThat(Domains.fromUrl("https://مثال.example/x")).isEqualTo("xn--mgbh0fb.example");
    }
}
