package org.manara.classifiers.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizerTest {

    private static final Normalizer NORMALIZER = Normalizer.standard();

    /** Original text, matching form, literal form. */
    static Stream<Arguments> folds() {
        return Stream.of(
                // English spam evasion
                arguments("fr33 c@sh!!!", "free cash!", "fr33 c@sh!!!"),
                arguments("looooser", "loser", "looooser"),
                arguments("FREE Money NOW", "free money now", "free money now"),
                arguments(
                        "h4ck3r l00ser 3vil sh1t",
                        "hacker looser evil shit",
                        "h4ck3r l00ser 3vil sh1t"),
                arguments("$ex h!t", "sex hit", "$ex h!t"),
                // numbers are not leet
                arguments(
                        "Call 0800-123-456 now! win £1000, 10k 1st 4u covid19",
                        "call 0800-123-456 now! win £1000, 10k 1st 4u covid19",
                        "call 0800-123-456 now! win £1000, 10k 1st 4u covid19"),
                // invisible characters: zero-width space/joiner, soft hyphen, bidi override
                arguments(
                        "fr\u200Bee\u200D mo\u00ADney \u202Ewin\u202C",
                        "free money win",
                        "free money win"),
                // compatibility forms: math bold, fullwidth, circled, ligature
                arguments(
                        "𝐟𝐫𝐞𝐞 ｍｏｎｅｙ ⓕⓡⓔⓔ ﬁnd", "free money free find", "free money free find"),
                // homoglyphs: Greek rho + Cyrillic a in "paypal"; Cyrillic-majority copy; small
                // caps
                arguments("ρаypаl", "paypal", "paypal"),
                arguments("раураl login", "paypal login", "paypal login"),
                arguments("ᴘᴀʏᴘᴀʟ", "paypal", "paypal"),
                arguments(
                        "Lоgin to yоur Аpple ID",
                        "login to your apple id",
                        "login to your apple id"),
                // a Latin letter hidden in a Russian word folds to Cyrillic, not the reverse
                arguments("пpивет мир", "привет мир", "привет мир"),
                // accents and combining-mark stacks
                arguments("Café crème à Paris", "cafe creme a paris", "cafe creme a paris"),
                arguments("z\u0336a\u0336l\u0336g\u0336o\u0301\u0302\u0303", "zalgo", "zalgo"),
                arguments("Straße", "strasse", "strasse"),
                // decomposed accents and upper-case Cyrillic/Greek take the per-segment path
                arguments("Cafe\u0301 МОСКВА ΣΟΦΙΑ", "cafe москва σοφια", "cafe москва σοφια"),
                // Turkish: dotted capital I loses its dot; dotless ı stays its own letter
                arguments(
                        "İstanbul DİYARBAKIR ılık Iğdır",
                        "istanbul diyarbakir ılık igdır",
                        "istanbul diyarbakir ılık igdır"),
                // Arabic: tashkeel, hamza/madda on alef, wasla, maqsura, taa marbuta, tatweel
                arguments("أهلاً وسهلاً بِكُم", "اهلا وسهلا بكم", "اهلا وسهلا بكم"),
                arguments(
                        "مدرسةٌ على إلى آمنة ٱلله",
                        "مدرسه علي الي امنه الله",
                        "مدرسه علي الي امنه الله"),
                arguments("كتـــــاب", "كتاب", "كتاب"),
                arguments("جميييييل هههههه", "جميل ه", "جميييييل هههههه"),
                // Arabic-Indic and Persian digits
                arguments(
                        "اتصل ٠٥٠١٢٣٤٥٦٧ أو ۰۹۱۲۳۴۵۶۷۸۹",
                        "اتصل 0501234567 او 09123456789",
                        "اتصل 0501234567 او 09123456789"),
                // Persian keheh and yeh fold to the Arabic letters
                arguments("کتاب یک", "كتاب يك", "كتاب يك"),
                // emoji survive; elongated emoji collapse
                arguments("😂😂😂 love it 👍🏽", "😂 love it 👍🏽", "😂😂😂 love it 👍🏽"),
                // identifiers keep their digits; hashtags are words
                arguments(
                        "WIN @user123 #Fr33Money http://bit.ly/AbC123 me@mail.com",
                        "win @user123 #freemoney http://bit.ly/abc123 me@mail.com",
                        "win @user123 #fr33money http://bit.ly/abc123 me@mail.com"),
                // whitespace collapses and trims
                arguments("  hello \n\t world  ", "hello world", "hello world"),
                arguments("", "", ""));
    }

    @ParameterizedTest
    @MethodSource("folds")
    void foldsForMatching(String original, String matching, String literal) {
        NormalizedText nt = NORMALIZER.normalize(original);
        assertThat(nt.text()).isEqualTo(matching);
        assertThat(nt.literal().text()).isEqualTo(literal);
        assertThat(nt.original()).isEqualTo(original);
    }

    /** Real words in many scripts must come out as themselves (lower-cased). */
    @ParameterizedTest
    @MethodSource("realWords")
    void leavesRealWordsInTheirScript(String word) {
        assertThat(NORMALIZER.fold(word)).isEqualTo(word);
    }

    static Stream<String> realWords() {
        return Stream.of(
                "مرحبا",
                "السلام عليكم",
                "لا",
                "ملل",
                "هلا",
                "москва",
                "сор",
                "рука",
                "γεια σου",
                "ρο",
                "سلام دوستان",
                "پدر و مادر",
                "नमस्ते दुनिया",
                "ılık",
                "hello world",
                "paypal",
                "שלום",
                "東京",
                "こんにちは",
                "がっこう");
    }

    @Test
    void foldedSpansMapBackToTheOriginalCharacters() {
        String original = "Send \u200Bfr33 c@sh to ρаypаl!!! أهلاً";
        NormalizedText nt = NORMALIZER.normalize(original);
        assertThat(nt.text()).isEqualTo("send free cash to paypal! اهلا");
        assertThat(originalOf(nt, "free")).isEqualTo("fr33");
        assertThat(originalOf(nt, "cash")).isEqualTo("c@sh");
        assertThat(originalOf(nt, "paypal")).isEqualTo("ρаypаl");
        assertThat(originalOf(nt, "!")).isEqualTo("!!!");
        assertThat(originalOf(nt, "اهلا")).isEqualTo("أهلاً");
        assertThat(originalOf(nt, "free cash")).isEqualTo("fr33 c@sh");
        assertThat(nt.toOriginal(0, 0)).isEqualTo(new Span(0, 0));
        assertThat(nt.toOriginal(nt.length(), nt.length()))
                .isEqualTo(new Span(original.length(), original.length()));
    }

    @Test
    void surrogatePairsAndCompatibilityFormsMapToWholeCharacters() {
        NormalizedText nt = NORMALIZER.normalize("𝐟𝐫𝐞𝐞 ﬁne");
        assertThat(nt.text()).isEqualTo("free fine");
        assertThat(originalOf(nt, "free")).isEqualTo("𝐟𝐫𝐞𝐞");
        // The ligature is one original char: both "f" and "i" map to all of it.
        assertThat(nt.originalText(5, 6)).isEqualTo("ﬁ");
        assertThat(nt.originalText(6, 7)).isEqualTo("ﬁ");
    }

    @ParameterizedTest
    @MethodSource("folds")
    void offsetsAreMonotonicAndInBounds(String original, String matching, String literal) {
        for (NormalizedText nt :
                List.of(NORMALIZER.normalize(original), NORMALIZER.normalize(original).literal())) {
            int previousStart = 0;
            int previousEnd = 0;
            for (int i = 0; i < nt.length(); i++) {
                Span span = nt.toOriginal(i, i + 1);
                assertThat(span.start()).isBetween(previousStart, original.length());
                assertThat(span.end())
                        .isBetween(Math.max(previousEnd, span.start() + 1), original.length());
                previousStart = span.start();
                previousEnd = span.end();
            }
        }
    }

    @Test
    void tokensCarryTypesAndOriginalSpans() {
        String original =
                "WIN £1000!!! Visit http://bit.ly/AbC, mail me@x.com, ask @Bob_1 #Fr33Money 😂😂 ٱلسلام";
        NormalizedText nt = NORMALIZER.normalize(original);
        List<String> seen = new ArrayList<>();
        for (Token t : nt.tokens()) {
            seen.add(
                    t.type()
                            + ":"
                            + t.text()
                            + "<"
                            + original.substring(t.originalStart(), t.originalEnd())
                            + ">");
            assertThat(nt.text().substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(seen)
                .containsExactly(
                        "WORD:win<WIN>",
                        "NUMBER:1000<1000>",
                        "WORD:visit<Visit>",
                        "URL:http://bit.ly/abc<http://bit.ly/AbC>",
                        "WORD:mail<mail>",
                        "EMAIL:me@x.com<me@x.com>",
                        "WORD:ask<ask>",
                        "MENTION:@bob_1<@Bob_1>",
                        "HASHTAG:#freemoney<#Fr33Money>",
                        "EMOJI:😂<😂>",
                        "EMOJI:😂<😂>",
                        "WORD:السلام<ٱلسلام>");
    }

    @Test
    void bareDomainsAreUrlsButSentencesWithDotsAreNot() {
        List<Token> tokens =
                NORMALIZER.normalize("go to bit.ly/x1 or paypal.com. e.g. end.of line").tokens();
        assertThat(tokens.stream().filter(t -> t.type() == TokenType.URL).map(Token::text))
                .containsExactly("bit.ly/x1", "paypal.com");
    }

    @Test
    void isThreadSafe() {
        List<String> inputs =
                IntStream.range(0, 2000)
                        .mapToObj(i -> "ρаypаl fr33 c@sh " + i + " أهلاً #t" + i + " 😂😂😂")
                        .toList();
        List<String> sequential = inputs.stream().map(NORMALIZER::fold).toList();
        List<String> parallel =
                inputs.parallelStream()
                        .map(s -> NORMALIZER.normalize(s).tokens().toString())
                        .toList();
        List<String> sequentialTokens =
                inputs.stream().map(s -> NORMALIZER.normalize(s).tokens().toString()).toList();
        assertThat(parallel).isEqualTo(sequentialTokens);
        assertThat(sequential.get(7)).isEqualTo("paypal free cash 7 اهلا #t7 😂");
    }

    private static String originalOf(NormalizedText nt, String folded) {
        int at = nt.text().indexOf(folded);
        assertThat(at).as("'%s' in '%s'", folded, nt.text()).isNotNegative();
        return nt.originalText(at, at + folded.length());
    }
}
