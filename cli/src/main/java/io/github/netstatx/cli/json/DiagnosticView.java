package io.github.netstatx.cli.json;

import io.github.netstatx.cli.Sample;
import io.github.netstatx.core.model.Diagnostic;

/** One diagnostic record ({@code $defs/diagnostic} in the schema); also used by {@code --facts}. */
public final class DiagnosticView {

    private DiagnosticView() {
    }

    public static void write(JsonWriter w, Sample.SectionDiagnostic sd) {
        Diagnostic d = sd.diagnostic();
        w.beginObject();
        w.name("section").value(EnumWords.word(sd.section()));
        w.name("code").value(EnumWords.word(d.code()));
        w.name("severity").value(EnumWords.word(d.severity()));
        w.name("source").value(d.source());
        w.name("message").value(d.message());
        w.name("protocol").value(d.protocol() == null ? null : d.protocol().id());
        w.name("count").value(d.count());
        w.name("uid").value(d.uid());
        w.endObject();
    }
}
