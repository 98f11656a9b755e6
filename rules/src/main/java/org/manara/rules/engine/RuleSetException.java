package org.manara.rules.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.manara.rules.format.Diagnostic;

/** A rule set that did not load, with every error found in it. */
public final class RuleSetException extends RuntimeException {
    private final List<Diagnostic> errors;

    public RuleSetException(List<Diagnostic> errors) {
        super(
                "invalid rule set ("
                        + errors.size()
                        + (errors.size() == 1 ? " error" : " errors")
                        + "):\n"
                        + errors.stream()
                                .map(Diagnostic::format)
                                .collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<Diagnostic> errors() {
        return errors;
    }
}
