package org.manara.rules.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.manara.model.Action;
import org.manara.rules.Packs;
import org.manara.rules.counters.CounterKey;
import org.manara.rules.counters.CounterSpec;

class PolicyPackReaderTest {

    @Test
    void readsEveryPartOfAPack() {
        RuleSource source =
                Packs.source(
                        "caps.yaml",
                        "caps:\n  remove: {per_hour: 10, per_day: 100}\n",
                        "sets/words/greetings.yaml",
                        "description: Hellos.\nitems: [hello, marhaba]\n",
                        "sets/domains/links.txt",
                        "# Shorteners\nbit.ly  # the big one\n\ntinyurl.com\n",
                        "policies/p.yaml",
                        """
                        description: Test policy.
                        rules:
                          - id: spam.one
                            description: One rule.
                            when: scores.spam > 0.5
                            action: remove
                            labels: [spam]
                            severity: high
                            priority: 7
                            mode: shadow
                            expires: 2026-12-31
                            cap: {per_day: 3}
                            tests:
                              - name: t
                                post: {text: hi, urls: ["https://x.example"], is_reply: true}
                                author: {age_days: 3, verified: true}
                                scores: {spam: 0.9}
                                counters: {author_posts_1h: 4}
                                campaign: {id: c1, size: 9, score: 0.5}
                                expect: {action: remove, labels: [spam]}
                        """);

        PolicyPackReader.Result result = PolicyPackReader.read(source);

        assertThat(result.diagnostics()).isEmpty();
        PolicyPack pack = result.pack();
        assertThat(pack.labels())
                .extracting(LabelDefinition::name)
                .containsExactly("spam", "scam", "abuse");
        assertThat(pack.counters())
                .containsExactly(
                        new CounterSpec(
                                "author_posts_1h",
                                "Posts by the author in the last hour.",
                                CounterKey.AUTHOR,
                                null,
                                Duration.ofHours(1)));
        assertThat(pack.caps().forAction(Action.REMOVE).orElseThrow().perHour()).isEqualTo(10);
        assertThat(pack.sets())
                .extracting(SetDefinition::name)
                .containsExactly("links", "greetings");
        SetDefinition links = pack.sets().get(0);
        assertThat(links.kind()).isEqualTo(SetKind.DOMAINS);
        assertThat(links.description()).isEqualTo("Shorteners");
        assertThat(links.items())
                .extracting(SetDefinition.Item::value)
                .containsExactly("bit.ly", "tinyurl.com");
        assertThat(links.items().get(1).at().line()).isEqualTo(4);

        RuleDefinition rule = pack.rules().get(0);
        assertThat(rule.id()).isEqualTo("spam.one");
        assertThat(rule.action()).isEqualTo(Action.REMOVE);
        assertThat(rule.priority()).isEqualTo(7);
        assertThat(rule.mode()).isEqualTo(Mode.SHADOW);
        assertThat(rule.severity()).isEqualTo(Severity.HIGH);
        assertThat(rule.expires()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(rule.cap().perDay()).isEqualTo(3);
        assertThat(rule.cap().perHour()).isNull();
        assertThat(rule.at()).isEqualTo(new SourceRef("policies/p.yaml", 3, 5));
        RuleTest test = rule.tests().get(0);
        assertThat(test.expectedAction()).isEqualTo(Action.REMOVE);
        assertThat(test.input().post()).containsEntry("text", "hi").containsEntry("is_reply", true);
        assertThat(test.input().author()).containsEntry("age_days", 3L);
        assertThat(test.input().scores()).isEqualTo(Map.of("spam", 0.9));
        assertThat(test.input().counters()).isEqualTo(Map.of("author_posts_1h", 4L));
        assertThat(test.input().campaign()).containsEntry("size", 9L);
    }

    @Test
    void defaultsModePriorityAndLabels() {
        RuleSource source =
                Packs.rules(
                        """
                          - id: a.b
                            description: d
                            when: "true"
                            action: flag
                            severity: low
                        """);
        RuleDefinition rule = PolicyPackReader.read(source).pack().rules().get(0);
        assertThat(rule.mode()).isEqualTo(Mode.ENFORCE);
        assertThat(rule.priority()).isZero();
        assertThat(rule.labels()).isEmpty();
        assertThat(rule.expires()).isNull();
        assertThat(rule.cap()).isNull();
    }

    @Test
    void reportsUnexpectedFilesAndAnEmptySource() {
        var result =
                PolicyPackReader.read(
                        RuleSource.of(Map.of("notes.txt", "x", "policies/a.json", "{}")));
        assertThat(result.diagnostics())
                .extracting(Diagnostic::format)
                .contains(
                        "notes.txt: error: unexpected file (a rules directory holds labels.yaml,"
                                + " counters.yaml, caps.yaml, policies/ and sets/)",
                        "policies/a.json: error: policy files must end in .yaml or .yml");
        assertThat(PolicyPackReader.read(RuleSource.of(Map.of())).hasErrors()).isTrue();
    }
}
