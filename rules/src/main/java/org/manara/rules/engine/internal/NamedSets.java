package org.manara.rules.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.manara.rules.engine.TextNormalizer;
import org.manara.rules.format.Diagnostic;
import org.manara.rules.format.SetDefinition;

/** Builds the matchers of a pack's sets, reporting items that canonicalise to nothing. */
public final class NamedSets {

    public static Map<String, NamedSet> build(
            List<SetDefinition> sets, TextNormalizer normalizer, List<Diagnostic> diags) {
        Map<String, NamedSet> out = new LinkedHashMap<>();
        for (SetDefinition s : sets) {
            if (s.items().isEmpty()) {
                diags.add(s.at().warning("set '" + s.name() + "' is empty"));
            }
            switch (s.kind()) {
                case WORDS -> {
                    List<String[]> items = new ArrayList<>();
                    for (SetDefinition.Item i : s.items()) {
                        String[] words = WordSet.wordsOf(i.value(), normalizer);
                        if (words.length == 0) {
                            diags.add(
                                    i.at().error(
                                                    "item '"
                                                            + i.value()
                                                            + "' has no letters or digits to"
                                                            + " match"));
                        } else {
                            items.add(words);
                        }
                    }
                    out.put(s.name(), new WordSet(s.name(), items, normalizer));
                }
                case DOMAINS -> {
                    List<String> hosts = new ArrayList<>();
                    for (SetDefinition.Item i : s.items()) {
                        String host = Domains.fromUrl(i.value());
                        if (host == null || host.contains(" ") || !host.contains(".")) {
                            diags.add(i.at().error("'" + i.value() + "' is not a domain name"));
                        } else {
                            hosts.add(host);
                        }
                    }
                    out.put(s.name(), new DomainSet(s.name(), hosts));
                }
                case ACCOUNTS -> {
                    List<String> accounts = new ArrayList<>();
                    for (SetDefinition.Item i : s.items()) {
                        if (AccountSet.canonical(i.value()).isEmpty()) {
                            diags.add(i.at().error("empty account name"));
                        } else {
                            accounts.add(i.value());
                        }
                    }
                    out.put(s.name(), new AccountSet(s.name(), accounts));
                }
            }
        }
        return out;
    }

    private NamedSets() {}
}
