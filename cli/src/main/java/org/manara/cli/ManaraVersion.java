package org.manara.cli;

import picocli.CommandLine;

/** Reports the version Maven stamped into the jar manifest. */
public final class ManaraVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ManaraCli.class.getPackage().getImplementationVersion();
        return new String[] {"manara " + (v == null ? "development build" : v)};
    }
}
