package io.github.netstatx.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.cli.Sample;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** model -> JSON -> model gives the same model, and writing it again gives the same bytes. */
class DocumentRoundTripTest {

    static Stream<Sample> samples() {
        return Stream.of(SampleFixtures.everything(), SampleFixtures.tcpListeners(), SampleFixtures.windows());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aWrittenDocumentReadsBackToTheSameSample(Sample original) throws Exception {
        for (boolean oneLine : new boolean[] {false, true}) {
            String json = GoldenJsonTest.write(original, oneLine);
            Sample read = new DocumentReader("test.json").read(json.getBytes(StandardCharsets.UTF_8));
            assertEquals(original, read);
            // Record equality does not see IPv6 scope ids; the bytes do.
            assertEquals(json, GoldenJsonTest.write(read, oneLine));
        }
    }
}
