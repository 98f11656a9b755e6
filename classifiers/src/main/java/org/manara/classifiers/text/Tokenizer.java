package org.manara.classifiers.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens over folded text with ICU's Unicode word-break rules (UAX #29, with dictionary
 * segmentation for Thai, Chinese, Japanese), plus URLs, e-mails, mentions and hashtags as whole
 * tokens and emoji as tokens of their own. Punctuation and spaces are not tokens.
 */
final class Tokenizer {

    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.ROOT);

    /** BreakIterator keeps per-text state, so each thread gets its own clone. */
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> (BreakIterator) PROTOTYPE.clone());

    private Tokenizer() {}

    static List<Token> tokenize(NormalizedText nt) {
        String text = nt.text();
        List<Entity> entities = EntityScanner.scan(text);
        List<Token> tokens = new ArrayList<>(text.length() / 4 + 1);
        BreakIterator words = WORDS.get();
        words.setText(text);
        int e = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            while (e < entities.size() && entities.get(e).end() <= start) {
                e++;
            }
            if (e < entities.size() && entities.get(e).start() < end) {
                Entity en = entities.get(e);
                if (start <= en.start()) {
                    tokens.add(token(nt, en.start(), en.end(), en.type()));
                }
                if (end <= en.end()) {
                    continue;
                }
                // A segment reaching past an entity: keep only its part after the entity.
                e++;
                start = en.end();
            }
            int status = words.getRuleStatus();
            TokenType type = null;
            if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT) {
                type = TokenType.NUMBER;
            } else if (status >= BreakIterator.WORD_LETTER) {
                type = TokenType.WORD;
            } else if (isEmoji(text.codePointAt(start))) {
                type = TokenType.EMOJI;
            }
            if (type != null) {
                tokens.add(token(nt, start, end, type));
            }
        }
        return List.copyOf(tokens);
    }

    private static boolean isEmoji(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR);
    }

    private static Token token(NormalizedText nt, int start, int end, TokenType type) {
        return new Token(
                nt.text().substring(start, end),
                start,
                end,
                nt.originalStart(start),
                nt.originalEnd(end),
                type);
    }
}
