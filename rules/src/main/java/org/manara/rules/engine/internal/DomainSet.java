package org.manara.rules.engine.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.manara.rules.format.SetKind;

/**
 * Host names in canonical form. {@link #contains} is exact; {@link #matches} also accepts
 * subdomains, so an item {@code bit.ly} matches {@code bit.ly} and {@code x.bit.ly} but not {@code
 * notbit.ly}.
 */
public final class DomainSet implements NamedSet {
    private final String name;
    private final Set<String> hosts;

    public DomainSet(String name, List<String> canonicalHosts) {
        this.name = name;
        this.hosts = new HashSet<>(canonicalHosts);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SetKind kind() {
        return SetKind.DOMAINS;
    }

    @Override
    public int size() {
        return hosts.size();
    }

    @Override
    public boolean contains(String value) {
        String host = Domains.fromUrl(value);
        return host != null && hosts.contains(host);
    }

    /** Whether {@code domain} or one of its parent domains is in the set. */
    public boolean matches(String domain) {
        String d = Domains.fromUrl(domain);
        while (d != null && !d.isEmpty()) {
            if (hosts.contains(d)) {
                return true;
            }
            int dot = d.indexOf('.');
            d = dot < 0 ? null : d.substring(dot + 1);
        }
        return false;
    }
}
