package org.manara.rules.engine.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.manara.rules.format.SetKind;

/** Account ids or handles, compared case-insensitively and without a leading {@code @}. */
public final class AccountSet implements NamedSet {
    private final String name;
    private final Set<String> accounts = new HashSet<>();

    public AccountSet(String name, List<String> items) {
        this.name = name;
        for (String i : items) {
            accounts.add(canonical(i));
        }
    }

    public static String canonical(String account) {
        String a = account.strip();
        if (a.startsWith("@")) {
            a = a.substring(1);
        }
        return a.toLowerCase(Locale.ROOT);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SetKind kind() {
        return SetKind.ACCOUNTS;
    }

    @Override
    public int size() {
        return accounts.size();
    }

    @Override
    public boolean contains(String value) {
        return accounts.contains(canonical(value));
    }
}
