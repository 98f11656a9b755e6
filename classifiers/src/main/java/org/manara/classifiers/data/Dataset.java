package org.manara.classifiers.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A named list of labelled texts, in file order. */
public record Dataset(String name, List<LabeledText> rows) {
    public Dataset {
        rows = List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    public List<String> texts() {
        return rows.stream().map(LabeledText::text).toList();
    }

    public List<String> labels() {
        return rows.stream().map(LabeledText::label).toList();
    }

    /** Label to count, sorted by label so reports are stable. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (LabeledText r : rows) {
            counts.merge(r.label(), 1, Integer::sum);
        }
        return counts;
    }

    /** The same texts with each label mapped (e.g. three classes folded into two). */
    public Dataset relabel(String newName, Function<String, String> mapping) {
        List<LabeledText> out = new ArrayList<>(rows.size());
        for (LabeledText r : rows) {
            out.add(new LabeledText(r.text(), mapping.apply(r.label())));
        }
        return new Dataset(newName, out);
    }

    /** This dataset followed by others (for training on several licensed sources at once). */
    public Dataset concat(String newName, Dataset... others) {
        List<LabeledText> out = new ArrayList<>(rows);
        for (Dataset d : others) {
            out.addAll(d.rows());
        }
        return new Dataset(newName, out);
    }
}
