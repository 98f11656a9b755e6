package org.manara.dashboardapi;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import java.util.List;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.manara.dashboardapi.auth.ApiKeys;
import org.manara.dashboardapi.auth.GeneratedKey;
import org.manara.dashboardapi.auth.Roles;

/**
 * {@code generate-key --name NAME --role ROLE...}: prints a new API key once, and the configuration
 * entry holding only its hash.
 */
public class GenerateKeyCommand extends Command {

    public GenerateKeyCommand() {
        super("generate-key", "Prints a new API key and the auth.keys entry (its hash) to add");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--name").setDefault("client").help("the key's name in logs");
        subparser
                .addArgument("--role")
                .action(Arguments.append())
                .choices(Roles.ALL.stream().sorted().toArray())
                .help("a role for the key (repeatable); default ingest");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) {
        List<String> roles = namespace.getList("role");
        print(
                System.out,
                ApiKeys.generate(),
                namespace.getString("name"),
                roles == null || roles.isEmpty() ? List.of(Roles.INGEST) : roles);
    }

    static void print(PrintStream out, GeneratedKey key, String name, List<String> roles) {
        out.println("API key (shown once; give it to the client): " + key.key());
        out.println();
        out.println("Add to auth.keys:");
        out.println("  - name: " + name);
        out.println("    sha256: " + key.sha256());
        out.println("    roles: [" + String.join(", ", roles) + "]");
    }
}
