package org.manara.model.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.manara.model.Author;
import org.manara.model.Post;

/**
 * A deterministic stream of realistic posts for the demo, benchmarks and tests: English and Arabic
 * chatter, spam, abuse, and bursts of near-identical posts pushed by groups of accounts. The same
 * seed gives the same stream. Not thread-safe.
 */
public final class SyntheticPosts {
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");
    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9_]+)");

    private final SplittableRandom random;
    private final long seed;
    private final Duration step;
    private Instant clock;
    private long sequence;
    private Campaign campaign;
    private int campaignsStarted;

    /**
     * @param seed the stream's seed; the same seed gives the same posts
     * @param start the created-at time of the first post
     * @param postsPerSecond how fast created-at times advance
     */
    public SyntheticPosts(long seed, Instant start, double postsPerSecond) {
        if (postsPerSecond <= 0) {
            throw new IllegalArgumentException("postsPerSecond must be positive");
        }
        this.random = new SplittableRandom(seed);
        this.seed = seed;
        this.clock = start;
        this.step = Duration.ofNanos((long) (1_000_000_000L / postsPerSecond));
    }

    public Post next() {
        return nextLabelled().post();
    }

    /** The next post with its ground-truth kind. */
    public SyntheticPost nextLabelled() {
        clock = clock.plus(step);
        sequence++;
        if (campaign != null && campaign.remaining > 0) {
            campaign.remaining--;
            return new SyntheticPost(campaignPost(), SampleKind.CAMPAIGN);
        }
        campaign = null;
        int roll = random.nextInt(1000);
        if (roll < 8) {
            campaign = newCampaign();
            return new SyntheticPost(campaignPost(), SampleKind.CAMPAIGN);
        } else if (roll < 120) {
            return new SyntheticPost(spam(), SampleKind.SPAM);
        } else if (roll < 190) {
            return new SyntheticPost(abuse(), SampleKind.ABUSE);
        } else if (roll < 520) {
            return new SyntheticPost(
                    post(ordinaryAuthor(), chatter(ChatterText.AR), "ar"), SampleKind.CHATTER_AR);
        }
        return new SyntheticPost(
                post(ordinaryAuthor(), chatter(ChatterText.EN), "en"), SampleKind.CHATTER_EN);
    }

    /** {@code n} posts. */
    public List<Post> take(int n) {
        List<Post> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    /**
     * A malformed record of one of several kinds (not JSON, missing required fields, bad
     * timestamps, control characters, unpaired surrogates, oversized text, invalid UTF-8, ...),
     * chosen by {@code i}; each is rejected by {@link org.manara.model.PostValidator}.
     */
    public static byte[] malformed(int i) {
        String id = "\"id\":\"bad-" + i + "\"";
        String author = "\"author\":{\"id\":\"u-bad\"}";
        String at = "\"created_at\":\"2026-03-01T12:00:00Z\"";
        return switch (Math.floorMod(i, 10)) {
            case 0 -> ("{not json " + i).getBytes(StandardCharsets.UTF_8);
            case 1 ->
                    ("{" + author + ",\"text\":\"no id\"," + at + "}")
                            .getBytes(StandardCharsets.UTF_8);
            case 2 -> ("{" + id + "," + author + "," + at + "}").getBytes(StandardCharsets.UTF_8);
            case 3 ->
                    ("{"
                                    + id
                                    + ","
                                    + author
                                    + ",\"text\":\"when?\",\"created_at\":\"last tuesday\"}")
                            .getBytes(StandardCharsets.UTF_8);
            case 4 ->
                    ("{" + id + "," + author + ",\"text\":\"bell\\u0007\"," + at + "}")
                            .getBytes(StandardCharsets.UTF_8);
            case 5 ->
                    ("{" + id + "," + author + ",\"text\":\"half \\ud83d pair\"," + at + "}")
                            .getBytes(StandardCharsets.UTF_8);
            case 6 ->
                    ("{"
                                    + id
                                    + ","
                                    + author
                                    + ",\"text\":\""
                                    + "x".repeat(10_001)
                                    + "\","
                                    + at
                                    + "}")
                            .getBytes(StandardCharsets.UTF_8);
            case 7 -> new byte[] {'{', '"', 'i', 'd', '"', ':', (byte) 0xC3, (byte) 0x28, '}'};
            case 8 -> "[]".getBytes(StandardCharsets.UTF_8);
            default ->
                    ("{" + id + ",\"text\":\"no author\"," + at + "}")
                            .getBytes(StandardCharsets.UTF_8);
        };
    }

    private Post spam() {
        Author author = random.nextInt(3) == 0 ? newAccount("promo") : ordinaryAuthor();
        boolean arabic = random.nextInt(4) == 0;
        String text = fill(pick(arabic ? SampleText.SPAM_AR : SampleText.SPAM_EN));
        return post(author, text, arabic ? "ar" : "en");
    }

    private Post abuse() {
        boolean arabic = random.nextInt(3) == 0;
        String target = pick(SampleText.HANDLES);
        String text =
                fill(pick(arabic ? SampleText.ABUSE_AR : SampleText.ABUSE_EN))
                        .replace("{target}", "@" + target);
        Post p = post(ordinaryAuthor(), text, arabic ? "ar" : "en");
        return p.withReplyTo("p-" + seed + "-" + Math.max(1, sequence - 1 - random.nextInt(50)));
    }

    private Campaign newCampaign() {
        campaignsStarted++;
        boolean arabic = random.nextInt(2) == 0;
        String template = pick(arabic ? SampleText.CAMPAIGN_AR : SampleText.CAMPAIGN_EN);
        String tag = pick(arabic ? SampleText.CAMPAIGN_TAGS_AR : SampleText.CAMPAIGN_TAGS_EN);
        String url = "https://" + pick(SampleText.CAMPAIGN_DOMAINS) + "/" + campaignsStarted;
        int accounts = 8 + random.nextInt(17);
        return new Campaign(
                "c" + seed + "-" + campaignsStarted,
                template.replace("{tag}", "#" + tag).replace("{url}", url),
                arabic ? "ar" : "en",
                accounts,
                accounts * (1 + random.nextInt(3)));
    }

    private Post campaignPost() {
        Campaign c = campaign;
        int member = random.nextInt(c.accounts);
        Author author =
                new Author(
                        "u-" + c.id + "-" + member,
                        "news_" + c.id.hashCode() % 1000 + "_" + member,
                        clock.minus(Duration.ofDays(2 + random.nextInt(20))),
                        (long) random.nextInt(40),
                        (long) (200 + random.nextInt(800)));
        String text = c.text;
        // Small edits, as campaign software makes, so copies are near- not exact duplicates.
        switch (random.nextInt(4)) {
            case 0 -> text = text + " " + pick(SampleText.EMOJI);
            case 1 -> text = text.replace("!", "!!");
            case 2 -> text = pick(SampleText.EMOJI) + " " + text;
            default -> {}
        }
        return post(author, text, c.lang);
    }

    private Author ordinaryAuthor() {
        int n = random.nextInt(5_000);
        Random fixed = new Random(seed * 31 + n);
        return new Author(
                "u" + n,
                pick(SampleText.HANDLES) + n,
                Instant.parse("2015-01-01T00:00:00Z").plus(Duration.ofDays(fixed.nextInt(3_500))),
                (long) fixed.nextInt(5_000),
                (long) fixed.nextInt(2_000));
    }

    private Author newAccount(String prefix) {
        long n = sequence;
        return new Author(
                "u-" + prefix + "-" + n,
                prefix + n,
                clock.minus(Duration.ofHours(1 + random.nextInt(72))),
                0L,
                (long) random.nextInt(5));
    }

    private Post post(Author author, String text, String lang) {
        return new Post(
                "p-" + seed + "-" + sequence,
                "demo",
                author,
                text,
                random.nextInt(4) == 0 ? lang : null,
                clock,
                null,
                null,
                null,
                extract(URL, text, 0),
                extract(HASHTAG, text, 1),
                extract(MENTION, text, 1),
                List.of());
    }

    private static List<String> extract(Pattern pattern, String text, int group) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(group == 0 ? m.group() : m.group(group).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** One part of each list, joined by spaces, slots filled. */
    private String chatter(List<List<String>> parts) {
        StringBuilder out = new StringBuilder();
        for (List<String> part : parts) {
            String piece = pick(part);
            if (!piece.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(piece);
            }
        }
        return fill(out.toString());
    }

    /** Replaces {slot} placeholders with picks from the matching word lists. */
    private String fill(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String slot = template.substring(open + 1, close);
            out.append(slotValue(slot));
            i = close + 1;
        }
        return out.toString();
    }

    private String slotValue(String slot) {
        return switch (slot) {
            case "team" -> pick(SampleText.TEAMS);
            case "food" -> pick(SampleText.FOODS);
            case "city" -> pick(SampleText.CITIES);
            case "city_ar" -> pick(SampleText.CITIES_AR);
            case "n" -> Integer.toString(2 + random.nextInt(98));
            case "money" -> Integer.toString((1 + random.nextInt(9)) * 500);
            case "phone" -> "0" + (7000000000L + random.nextLong(999999999L));
            case "short" -> "https://" + pick(SampleText.SHORTENERS) + "/" + token(6);
            case "url" -> "https://" + pick(SampleText.NEWS_DOMAINS) + "/" + token(10);
            case "emoji" -> pick(SampleText.EMOJI);
            case "handle" -> "@" + pick(SampleText.HANDLES);
            case "target" -> "{target}";
            default -> throw new IllegalStateException("unknown slot " + slot);
        };
    }

    private String token(int n) {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static final class Campaign {
        final String id;
        final String text;
        final String lang;
        final int accounts;
        int remaining;

        Campaign(String id, String text, String lang, int accounts, int posts) {
            this.id = id;
            this.text = text;
            this.lang = lang;
            this.accounts = accounts;
            this.remaining = posts - 1;
        }
    }
}
