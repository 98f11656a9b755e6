package org.manara.cli.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.manara.cli.ManaraCli;
import picocli.CommandLine;

/** Runs the manara command line in-process and captures what it prints. */
record BenchCli(int exit, String out, String err) {
    static BenchCli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ManaraCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new BenchCli(exit, out.toString(), err.toString());
    }
}
