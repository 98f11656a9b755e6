package org.manara.classifiers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityScannerTest {

    /** Folded text, then the entities found as TYPE:text, space-separated ("-" for none). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    see https://t.co/abc?x=1. ok                | URL:https://t.co/abc?x=1
                    (http://bit.ly/x) and www.site.org/a, then  | URL:http://bit.ly/x URL:www.site.org/a
                    go to paypal.com.                           | URL:paypal.com
                    visit bit.ly/fr33-prize!!!                  | URL:bit.ly/fr33-prize
                    e.g. end.of line, 3.14 and u.s.a            | -
                    mail me@x.com or a.b+c@mail.co.uk.          | EMAIL:me@x.com EMAIL:a.b+c@mail.co.uk
                    @user_1: hi @عربي and x@ y @@z              | MENTION:@user_1 MENTION:@عربي
                    go #tag #123 #خبر_عاجل a#b &#39; ##x #😂    | HASHTAG:#tag HASHTAG:#خبر_عاجل
                    http://x.com/@user#frag                     | URL:http://x.com/@user#frag
                    paypal.comلا and bit.ly                     | URL:bit.ly
                    """)
    void findsEntities(String text, String expected) {
        List<Entity> found = EntityScanner.scan(text.strip());
        String actual =
                found.isEmpty()
                        ? "-"
                        : String.join(
                                " ",
                                found.stream()
                                        .map(
                                                e ->
                                                        e.type()
                                                                + ":"
                                                                + text.strip()
                                                                        .substring(
                                                                                e.start(), e.end()))
                                        .toList());
        assertThat(actual).isEqualTo(expected.strip());
    }
}
