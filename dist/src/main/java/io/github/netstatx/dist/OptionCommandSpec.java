package io.github.netstatx.dist;

import io.github.netstatx.cli.options.CliOption;
import io.github.netstatx.cli.options.OptionScope;
import io.github.netstatx.cli.options.OptionTable;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * netstatx's options table as a picocli {@link CommandSpec}, for picocli's man page and completion
 * generators only: netstatx parses its command line with its own hand-written grammars, so picocli never
 * runs in netstatx itself. One argument group per {@link OptionScope} becomes one section of the man page.
 */
final class OptionCommandSpec {

    private OptionCommandSpec() {
    }

    static CommandSpec create(String version) {
        CommandSpec spec = CommandSpec.create().name("netstatx").version("netstatx " + version);
        spec.usageMessage()
                .header("one netstat for Linux, Windows, macOS and AIX, in both dialects")
                // AsciiDoc markup: picocli copies the synopsis into the man page's source as it is.
                .customSynopsis(
                        "*netstatx* [_net-tools options_] [_netstatx options_] [_N_] +",
                        "*netstatx* --dialect windows [_netstat.exe options_] [_N_] +",
                        "*netstatx* /_option_ [_netstat.exe options_] [_netstatx options_] [_N_]")
                .description(
                        "netstatx prints network connections, listening sockets, interface counters, routing tables, "
                                + "protocol statistics and multicast memberships in either of two dialects: the Linux "
                                + "dialect reads net-tools netstat 2.10's options and prints what it prints, byte for "
                                + "byte; the Windows dialect reads netstat.exe's options and prints its layouts. Both "
                                + "render from one model that every backend (Linux /proc, the Windows IP Helper API, "
                                + "...) fills, so either dialect works on every host.",
                        "",
                        "The dialect is the first of: --dialect; the NETSTATX_DIALECT environment variable; windows "
                                + "when an option starts with / (/ano); the host OS (Windows: windows, else linux). "
                                + "The choice never changes what an option means inside a dialect.",
                        "",
                        "A trailing number N repeats the output every N seconds in both dialects.")
                .footerHeading("%nEnvironment:%n")
                .footer(
                        "NETSTATX_DIALECT: linux or windows, when --dialect is not given.",
                        "NETSTATX_HINTS: always or never: whether to print a hint on stderr when the arguments "
                                + "look like a habit from the other dialect (default: only when stderr is a "
                                + "terminal).",
                        "JAVA_HOME: the Java runtime (17 or newer) the launcher uses; otherwise java on PATH, "
                                + "or the runtime bundled in the Java-less archive.",
                        "JAVA_OPTS: extra options for the Java virtual machine.",
                        "",
                        "The JSON contract, its schema and the integrations (Ansible, Facter, Ohai, Prometheus) "
                                + "are described in README.md and docs/JSON.md of the netstatx sources.")
                .exitCodeListHeading("Exit status:%n")
                .exitCodeList(exitCodes());
        for (OptionScope scope : OptionScope.values()) {
            ArgGroupSpec.Builder group = ArgGroupSpec.builder().heading(scope.title() + ":%n")
                    .exclusive(false).multiplicity("0..1");
            for (CliOption o : OptionTable.of(scope)) {
                group.addArg(option(o));
            }
            spec.addArgGroup(group.build());
        }
        spec.addPositional(PositionalParamSpec.builder().paramLabel("N").arity("0..1").type(Integer.class)
                .description(escape(OptionTable.INTERVAL_SUMMARY)).build());
        // The generators expect a spec that belongs to a CommandLine.
        return new CommandLine(spec).getCommandSpec();
    }

    private static OptionSpec option(CliOption o) {
        String description = o.details().isEmpty() ? o.summary() + "." : o.summary() + ". " + o.details();
        OptionSpec.Builder b = OptionSpec.builder(o.names().toArray(String[]::new))
                .description(escape(description));
        switch (o.arity()) {
            case NONE -> b.arity("0").type(boolean.class);
            case REQUIRED -> b.arity("1").paramLabel(o.label()).type(o.completesFiles() ? File.class : String.class);
            case OPTIONAL_ATTACHED -> b.arity("0..1").paramLabel(o.label()).type(String.class);
            case REST -> b.arity("1..*").paramLabel(o.label()).type(String[].class);
            default -> throw new IllegalStateException(o.arity().toString());
        }
        if (!o.choices().isEmpty()) {
            b.completionCandidates(o.choices());
        }
        return b.build();
    }

    /** picocli reads descriptions as format strings. */
    private static String escape(String text) {
        return text.replace("%", "%%");
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "success");
        codes.put("1", "a failure; in the Windows dialect also a bad option (netstat.exe's usage)");
        codes.put("2", "a bad use of a netstatx option");
        codes.put("3", "a bad option in the Linux dialect (as net-tools)");
        codes.put("4", "no backend can run on this host");
        codes.put("130", "interrupted (Ctrl+C)");
        codes.put("141", "the reader of standard output went away");
        return codes;
    }
}
