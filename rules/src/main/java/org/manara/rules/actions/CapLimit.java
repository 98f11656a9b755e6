package org.manara.rules.actions;

/**
 * How many times an automated action may be taken per UTC clock hour and per UTC day; {@code null}
 * means no limit for that window. Past a limit the action degrades to a review flag.
 */
public record CapLimit(Integer perHour, Integer perDay) {

    public CapLimit {
        if (perHour != null && perHour < 0 || perDay != null && perDay < 0) {
            throw new IllegalArgumentException("cap limits must be >= 0");
        }
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (perHour != null) {
            sb.append(perHour).append("/hour");
        }
        if (perDay != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append(perDay).append("/day");
        }
        return sb.toString();
    }
}
