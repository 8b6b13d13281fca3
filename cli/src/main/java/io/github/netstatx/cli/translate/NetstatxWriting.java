package io.github.netstatx.cli.translate;

import java.util.ArrayList;
import java.util.List;

/**
 * Spells a pasted pipeline as one netstatx command: the same options in the dialect they were read in
 * (netstat.exe options written with {@code /}, so that netstatx picks the windows dialect on any host),
 * with the pipeline's {@code findstr}/{@code grep} turned into filter options.
 */
final class NetstatxWriting {

    private NetstatxWriting() {
    }

    /**
     * @param reading how the options were read
     * @param args the options as pasted (netstat's or netstat.exe's; ignored for ss, whose options netstatx
     *     does not take: the net-tools spelling of the request is used)
     * @param r the request, narrowed by the pipeline
     * @param pipeListening true when the pipeline (not an option) kept the listeners
     */
    static Rendition write(Reading reading, List<String> args, Request r, boolean pipeListening) {
        Rendition.Builder b = new Rendition.Builder();
        List<String> words = new ArrayList<>();
        words.add("netstatx");
        String state = "";
        boolean listenersWithUdp = pipeListening && r.protocols().contains(Term.UDP);
        if (reading == Reading.SS || listenersWithUdp) {
            // netstatx's --state LISTEN keeps no UDP sockets; net-tools' -l lists them as listeners
            Request plain = new Request(r.terms(), null, List.of());
            String netTools = NetToolsWriting.write(plain).commands().get(0);
            words.add(netTools.substring("netstat".length()).trim());
            if (r.has(Term.INTERVAL)) {
                words.add(String.valueOf(r.interval()));
            }
        } else {
            for (String a : args) {
                boolean option = a.length() > 1 && a.charAt(0) == '-' && a.charAt(1) != '-';
                words.add(reading == Reading.WINDOWS && option ? "/" + a.substring(1) : a);
            }
            if (pipeListening) {
                state = "--state LISTEN";
            }
        }
        String options = r.narrowing().options();
        String all = String.join(" ", words).trim();
        all += (state.isEmpty() ? "" : " " + state) + (options.isEmpty() ? "" : " " + options);
        b.command(all.replaceAll("\\s+", " "));
        return b.build();
    }

    /** The grammar the pasted options were read with. */
    enum Reading {
        NET_TOOLS, WINDOWS, SS
    }
}
