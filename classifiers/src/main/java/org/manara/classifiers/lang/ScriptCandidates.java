package org.manara.classifiers.lang;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which candidate languages write each Unicode script, from ICU's locale data ({@code
 * UScript.getCode(locale)}: ru is Cyrillic, hi Devanagari, ar/fa/ur Arabic, en/fr/... Latin). A
 * post whose letters are mostly in a script that only one candidate writes needs no language model
 * at all; for the other scripts Lingua decides among that script's candidates.
 */
final class ScriptCandidates {
    private final Map<Integer, List<String>> byScript = new HashMap<>();

    ScriptCandidates(List<String> languages) {
        for (String code : languages) {
            for (int script : UScript.getCode(new ULocale(code))) {
                byScript.computeIfAbsent(script, s -> new ArrayList<>()).add(code);
            }
        }
    }

    /** Every script some candidate writes, with the candidates that write it. */
    Map<Integer, List<String>> byScript() {
        return byScript;
    }

    /** The candidates that write {@code script} (empty if none does). */
    List<String> of(int script) {
        return byScript.getOrDefault(script, List.of());
    }

    /**
     * The script most of the text's letters are in ({@link UScript#INVALID_CODE} without letters);
     * ties go to the script seen first.
     */
    static int dominantScript(CharSequence text) {
        int[] scripts = new int[4];
        int[] counts = new int[4];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!UCharacter.isLetter(cp)) {
                continue;
            }
            int script = UScript.getScript(cp);
            if (script == UScript.COMMON || script == UScript.INHERITED) {
                continue;
            }
            int k = 0;
            while (k < n && scripts[k] != script) {
                k++;
            }
            if (k == n) {
                if (n == scripts.length) {
                    continue; // a fifth script in one post: too rare to matter for the majority
                }
                scripts[n++] = script;
            }
            counts[k]++;
        }
        int best = -1;
        for (int k = 0; k < n; k++) {
            if (best < 0 || counts[k] > counts[best]) {
                best = k;
            }
        }
        return best < 0 ? UScript.INVALID_CODE : scripts[best];
    }
}
