package org.manara.classifiers.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.manara.model.Evidence;

/**
 * Turns a scored {@link FeatureBuffer} into the few pieces of evidence that pushed the score up.
 * Word and character n-gram contributions are summed per token of the original text (a character
 * n-gram counts towards the token it starts in), so evidence reads as "these words", with spans a
 * moderator's screen can highlight; engineered signals are reported by name, with the span of what
 * triggered them where there is one.
 */
public final class Explainer {
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private Explainer() {}

    /**
     * The top {@code k} positive contributions to the margin of the weight row.
     *
     * @param feature the evidence name for words (e.g. "spam_word")
     */
    public static List<Evidence> top(
            TextView view, FeatureBuffer buf, float[] weights, int k, String feature) {
        return top(view, buf, weights, k, feature, true);
    }

    /** As above; {@code withSignals} false ignores engineered signals in the buffer. */
    public static List<Evidence> top(
            TextView view,
            FeatureBuffer buf,
            float[] weights,
            int k,
            String feature,
            boolean withSignals) {
        Scratch s = SCRATCH.get();
        int occ = buf.occurrences();
        String text = view.normalized();
        int[] tokenAt = s.tokenAt(text.length() + 1);
        Arrays.fill(tokenAt, 0, text.length() + 1, -1);
        int n = view.tokenCount();
        for (int t = 0; t < n; t++) {
            for (int p = view.tokenStart(t); p < view.tokenEnd(t); p++) {
                tokenAt[p] = t;
            }
        }
        double[] tokenScore = s.tokenScores(n);
        Arrays.fill(tokenScore, 0, n, 0.0);
        List<Evidence> out = new ArrayList<>();
        double[] signal = new double[SpamSignals.NAMES.size()];
        int[] signalSpans = new int[signal.length];
        for (int i = 0; i < occ; i++) {
            int kind = buf.occurrenceKind(i);
            float c = buf.occurrenceContribution(i, weights);
            if (kind == FeatureBuffer.SIGNAL) {
                if (!withSignals) {
                    continue;
                }
                int tag = buf.occurrenceTag(i);
                if (buf.occurrenceStart(i) < 0) {
                    signal[tag] = c;
                } else {
                    signalSpans[tag]++;
                }
                continue;
            }
            double share = (double) c / buf.occurrencesLike(i);
            int start = buf.occurrenceStart(i);
            int end = buf.occurrenceEnd(i);
            int t = firstToken(tokenAt, start, end);
            if (kind == FeatureBuffer.WORD && buf.occurrenceTag(i) > 1) {
                // A word n-gram's weight is shared by the tokens it spans.
                int last = firstToken(tokenAt, Math.max(start, end - 1), end);
                int span = Math.max(1, last - t + 1);
                for (int j = t; j >= 0 && j <= last; j++) {
                    tokenScore[j] += share / span;
                }
            } else if (t >= 0) {
                tokenScore[t] += share;
            }
        }
        // Only the k best tokens can be among the k best pieces of evidence: pick them (by weight,
        // then position, as the stable sort below orders them) before making their evidence.
        int[] best = s.best(k);
        int picked = 0;
        for (int t = 0; t < n && k > 0; t++) {
            if (tokenScore[t] > 0) {
                double w = round(tokenScore[t]);
                tokenScore[t] = w;
                if (picked == k && w <= tokenScore[best[k - 1]]) {
                    continue;
                }
                int j = picked < k ? picked++ : k - 1;
                while (j > 0 && tokenScore[best[j - 1]] < w) {
                    best[j] = best[j - 1];
                    j--;
                }
                best[j] = t;
            }
        }
        Arrays.sort(best, 0, picked);
        for (int i = 0; i < picked; i++) {
            int t = best[i];
            int os = view.originalStart(view.tokenStart(t));
            int oe = view.originalEnd(view.tokenEnd(t));
            out.add(
                    new Evidence(
                            feature, view.original().substring(os, oe), os, oe, tokenScore[t]));
        }
        for (int tag = 0; tag < signal.length; tag++) {
            if (signal[tag] > 0) {
                addSignal(view, buf, tag, signal[tag], signalSpans[tag], out);
            }
        }
        out.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        return out.size() > k ? List.copyOf(out.subList(0, k)) : out;
    }

    private static void addSignal(
            TextView view,
            FeatureBuffer buf,
            int tag,
            double weight,
            int spans,
            List<Evidence> out) {
        String name = SpamSignals.NAMES.get(tag);
        if (spans == 0) {
            out.add(Evidence.feature(name, name.replace('_', ' '), round(weight)));
            return;
        }
        int added = 0;
        for (int i = 0; i < buf.occurrences() && added < 3; i++) {
            if (buf.occurrenceKind(i) == FeatureBuffer.SIGNAL
                    && buf.occurrenceTag(i) == tag
                    && buf.occurrenceStart(i) >= 0) {
                int s = buf.occurrenceStart(i);
                int e = Math.min(buf.occurrenceEnd(i), view.original().length());
                String detail = view.original().substring(s, e).toLowerCase(Locale.ROOT);
                out.add(new Evidence(name, detail, s, e, round(weight / spans)));
                added++;
            }
        }
    }

    /** The first token overlapping {@code [start, end)}, or -1 if only spaces. */
    private static int firstToken(int[] tokenAt, int start, int end) {
        for (int p = start; p < end; p++) {
            if (tokenAt[p] >= 0) {
                return tokenAt[p];
            }
        }
        return -1;
    }

    private static double round(double w) {
        return Math.round(w * 1000.0) / 1000.0;
    }

    private static final class Scratch {
        int[] tokenAt = new int[256];
        double[] tokenScores = new double[64];
        int[] best = new int[8];

        int[] tokenAt(int n) {
            if (tokenAt.length < n) {
                tokenAt = new int[n * 2];
            }
            return tokenAt;
        }

        int[] best(int k) {
            if (best.length < k) {
                best = new int[k];
            }
            return best;
        }

        double[] tokenScores(int n) {
            if (tokenScores.length < n) {
                tokenScores = new double[n * 2];
            }
            return tokenScores;
        }
    }
}
