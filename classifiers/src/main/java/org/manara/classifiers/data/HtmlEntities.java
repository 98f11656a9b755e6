package org.manara.classifiers.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the HTML entities the Twitter API leaves in tweet text ({@code &amp;}, {@code &lt;},
 * {@code &#128514;}). Davidson et al.'s tweets were stored escaped; decoded, an emoji is one
 * character instead of a run of digits that would look like a phone number to the features.
 */
public final class HtmlEntities {
    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");

    private HtmlEntities() {}

    public static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String r =
                    switch (e) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        default -> codePoint(e);
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String e) {
        int cp =
                e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1));
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
    }
}
