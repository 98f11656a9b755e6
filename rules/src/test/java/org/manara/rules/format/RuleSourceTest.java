package org.manara.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSourceTest {

    @Test
    void readsOnlyRuleFilesFromADirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("labels.yaml"), "labels: []\n");
        Files.writeString(dir.resolve("README.md"), "not a rule file");
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.createDirectories(dir.resolve("policies/area"));
        Files.writeString(dir.resolve("policies/area/spam.yaml"), "rules: []\n");
        Files.writeString(dir.resolve("policies/.hidden.yaml"), "rules: []\n");
        Files.createDirectories(dir.resolve("sets/words"));
        Files.writeString(dir.resolve("sets/words/x.txt"), "a\r\nb\r\n");
        Files.createDirectories(dir.resolve("src/main"));
        Files.writeString(dir.resolve("src/main/Other.java"), "class Other {}");

        RuleSource source = RuleSource.fromDirectory(dir);

        assertThat(source.files().keySet())
                .containsExactly("labels.yaml", "policies/area/spam.yaml", "sets/words/x.txt");
        assertThat(source.files().get("sets/words/x.txt")).isEqualTo("a\nb\n");
    }

    @Test
    void missingDirectoryIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleSource.fromDirectory(dir.resolve("nope")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("not a directory");
    }

    @Test
    void versionIsAContentHashIndependentOfLineEndingsAndOrder() {
        RuleSource a = RuleSource.of(Map.of("labels.yaml", "x\n", "caps.yaml", "y\n"));
        RuleSource b = RuleSource.of(Map.of("caps.yaml", "y\r\n", "labels.yaml", "x\r\n"));
        RuleSource c = RuleSource.of(Map.of("labels.yaml", "x\n", "caps.yaml", "z\n"));
        RuleSource renamed = RuleSource.of(Map.of("labels.yaml", "x\n", "counters.yaml", "y\n"));

        assertThat(a.version()).hasSize(16).matches("[0-9a-f]+").isEqualTo(b.version());
        assertThat(c.version()).isNotEqualTo(a.version());
        assertThat(renamed.version()).isNotEqualTo(a.version());
    }

    @Test
    void survivesJavaSerialisation() throws Exception {
        RuleSource a = RuleSource.of(Map.of("labels.yaml", "labels: []\n"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(a);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            RuleSource back = (RuleSource) in.readObject();
            assertThat(back).isEqualTo(a);
            assertThat(back.version()).isEqualTo(a.version());
        }
    }

    @Test
    void defaultPackIsOnTheClasspath() {
        RuleSource pack = RuleSource.defaultPack();
        assertThat(pack.files())
                .containsKeys("labels.yaml", "counters.yaml", "caps.yaml", "policies/spam.yaml");
        assertThat(pack.files().keySet()).anyMatch(p -> p.startsWith("sets/words/"));
        assertThat(pack.files().keySet())
                .allMatch(
                        p ->
                                RuleSource.TOP_LEVEL_FILES.contains(p)
                                        || p.startsWith("policies/")
                                        || p.startsWith("sets/"));
    }
}
