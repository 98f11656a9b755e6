package org.manara.embedded.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {
    @Test
    void parsesOptionsSettingsAndFlags() {
        Args args =
                Args.parse(
                        List.of("--port", "9", "--set", "a=b=c", "--watch", "--set", "x=1"),
                        Set.of("watch"));

        assertThat(args.intOption("port", 1)).isEqualTo(9);
        assertThat(args.optional("missing", "d")).isEqualTo("d");
        assertThat(args.flag("watch")).isTrue();
        assertThat(args.flag("other")).isFalse();
        assertThat(args.settings()).isEqualTo(Map.of("a", "b=c", "x", "1"));
    }

    @Test
    void reportsWhatIsWrong() {
        assertThatThrownBy(() -> Args.parse(List.of("stray"), Set.of()))
                .hasMessageContaining("unexpected argument 'stray'");
        assertThatThrownBy(() -> Args.parse(List.of("--port"), Set.of()))
                .hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> Args.parse(List.of("--set", "novalue"), Set.of()))
                .hasMessageContaining("key=value");
        assertThatThrownBy(() -> Args.parse(List.of("--port", "x"), Set.of()).intOption("port", 1))
                .hasMessageContaining("needs a number");
        assertThatThrownBy(() -> Args.parse(List.of(), Set.of()).required("data-dir"))
                .hasMessageContaining("missing option --data-dir");
    }
}
