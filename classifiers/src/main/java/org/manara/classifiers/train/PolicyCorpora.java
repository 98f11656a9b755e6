package org.manara.classifiers.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.manara.classifiers.data.Dataset;
import org.manara.classifiers.data.LabeledText;
import org.manara.classifiers.data.SharedDatasets;

/**
 * The training corpora of the shipped policy models, built only from shared datasets whose licence
 * allows shipping weights: davidson2017 (MIT), mlma_hate ar/en/fr (MIT), ethos (GPL-3.0) and
 * jigsaw_toxic_sample (CC0). Each source's labels are mapped onto one binary question.
 */
public final class PolicyCorpora {
    public static final String CLEAN = "clean";
    public static final String OFFENSIVE = "offensive";
    public static final String OTHER = "other";
    public static final String HATE = "hate";

    /** The datasets (and licences) the shipped policy weights are trained on. */
    public static final Map<String, String> SOURCES =
            Map.of(
                    "davidson2017", "MIT",
                    "mlma_hate", "MIT",
                    "ethos", "GPL-3.0",
                    "jigsaw_toxic_sample", "CC0-1.0");

    private PolicyCorpora() {}

    /**
     * Offensive or not: Davidson hate and offensive vs neither; MLMA anything but {@code normal} vs
     * {@code normal}; Jigsaw toxic vs clean. ETHOS is left out: its "not hate" comments are often
     * still offensive, so it would teach the wrong boundary.
     */
    public static Dataset offensive(Path datasets) {
        List<Dataset> parts = new ArrayList<>();
        parts.add(
                SharedDatasets.davidson(datasets.resolve("davidson2017"))
                        .relabel("d", l -> l.equals("neither") ? CLEAN : OFFENSIVE));
        for (String lang : List.of("en", "ar", "fr")) {
            parts.add(
                    SharedDatasets.mlma(datasets.resolve("mlma_hate"), lang)
                            .relabel("m", l -> l.equals("normal") ? CLEAN : OFFENSIVE));
        }
        parts.add(
                SharedDatasets.jigsaw(datasets.resolve("jigsaw_toxic_sample"))
                        .relabel("j", l -> l.equals("toxic") ? OFFENSIVE : CLEAN));
        return concat("policy-offensive", parts);
    }

    /**
     * Hate or not: Davidson hate vs the rest; ETHOS hate vs not; MLMA labels containing {@code
     * hateful} vs the rest.
     */
    public static Dataset hate(Path datasets) {
        List<Dataset> parts = new ArrayList<>();
        parts.add(
                SharedDatasets.davidson(datasets.resolve("davidson2017"))
                        .relabel("d", l -> l.equals("hate") ? HATE : OTHER));
        parts.add(
                SharedDatasets.ethos(datasets.resolve("ethos"))
                        .relabel("e", l -> l.equals("hate") ? HATE : OTHER));
        for (String lang : List.of("en", "ar", "fr")) {
            parts.add(
                    SharedDatasets.mlma(datasets.resolve("mlma_hate"), lang)
                            .relabel("m", l -> l.contains("hateful") ? HATE : OTHER));
        }
        return concat("policy-hate", parts);
    }

    /**
     * Class weights that make both classes weigh the same in the loss (scikit-learn's "balanced"):
     * these corpora were collected with abuse keywords and are mostly positive, and a model that
     * learns that prior flags ordinary posts.
     */
    public static Map<String, Double> balanced(Dataset d) {
        Map<String, Integer> counts = d.counts();
        Map<String, Double> w = new TreeMap<>();
        double n = d.size();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            w.put(e.getKey(), n / (counts.size() * (double) e.getValue()));
        }
        return w;
    }

    /**
     * Joins the sources after balancing each one on its own: every source's minority class is
     * repeated (round-robin, deterministic) up to its majority's count. Each source was sampled
     * with its own prior (MLMA Arabic is 73% hostile, Davidson 83%), and without this the model
     * learns "Arabic script" or "tweet from 2017" as evidence of abuse.
     */
    private static Dataset concat(String name, List<Dataset> parts) {
        List<LabeledText> rows = new ArrayList<>();
        for (Dataset part : parts) {
            rows.addAll(balance(part));
        }
        return new Dataset(name, rows);
    }

    static List<LabeledText> balance(Dataset part) {
        Map<String, List<LabeledText>> byLabel = new TreeMap<>();
        for (LabeledText r : part.rows()) {
            byLabel.computeIfAbsent(r.label(), l -> new ArrayList<>()).add(r);
        }
        int max = byLabel.values().stream().mapToInt(List::size).max().orElse(0);
        List<LabeledText> out = new ArrayList<>(part.rows());
        for (List<LabeledText> members : byLabel.values()) {
            for (int i = members.size(); i < max; i++) {
                out.add(members.get(i % members.size()));
            }
        }
        return out;
    }
}
