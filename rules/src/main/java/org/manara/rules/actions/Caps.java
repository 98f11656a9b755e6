package org.manara.rules.actions;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.manara.model.Action;

/** The per-action caps of {@code caps.yaml}: e.g. at most 500 automated removals an hour. */
public record Caps(Map<Action, CapLimit> perAction) {

    public Caps {
        EnumMap<Action, CapLimit> copy = new EnumMap<>(Action.class);
        copy.putAll(perAction);
        perAction = java.util.Collections.unmodifiableMap(copy);
    }

    public static Caps none() {
        return new Caps(Map.of());
    }

    public Optional<CapLimit> forAction(Action action) {
        return Optional.ofNullable(perAction.get(action));
    }

    /** Only actions stronger than a review flag are automated enough to cap. */
    public static boolean cappable(Action action) {
        return action.strongerThan(Action.FLAG);
    }
}
