package io.github.netstatx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte buffer behind every output: encoding, streaming every 64 KiB, and write errors kept for the flush. */
class OutputSinkTest {

    private static final String ROW = "tcp        0      0 127.0.0.1:41000         127.0.0.1:33000         ESTABLISHED\n";

    @Test
    void textIsUtf8WithEscapedBytesWrittenBackRaw() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        OutputSink sink = new OutputSink(target);
        sink.print("a\u00e9\ud83d\ude00").print("\udcff").println("z");
        sink.flush();
        assertArrayEquals(new byte[] {'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xF0, (byte) 0x9F, (byte) 0x98,
                (byte) 0x80, (byte) 0xFF, 'z', '\n'}, target.toByteArray());
    }

    @Test
    void aPlainSinkHoldsEverythingUntilItsFlush() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        OutputSink sink = new OutputSink(target);
        for (int i = 0; i < 5000; i++) {
            sink.print(ROW);
        }
        assertEquals(0, target.size(), "an --output file is replaced whole or not at all");
        sink.flush();
        assertEquals(5000L * ROW.length(), target.size());
    }

    @Test
    void aStreamingSinkWritesAsItGoesAndHoldsTheStopLockUntilTheFlush() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        StopSignal stop = StopSignal.manual();
        OutputSink sink = OutputSink.streaming(target, stop);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sink.print(ROW);
            expected.append(ROW);
        }
        assertTrue(target.size() >= OutputSink.STREAM_AT, "written on the way: " + target.size());
        assertTrue(target.size() < expected.length());
        sink.flush();
        assertEquals(expected.toString(), target.toString(StandardCharsets.UTF_8));
        // the lock is free again: another thread can take it
        Thread t = new Thread(() -> stop.holdWrites());
        t.start();
        assertTrue(joined(t), "the write lock stayed held after the flush");
    }

    @Test
    void aWriteErrorOnTheWayIsThrownByTheFlush() {
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        OutputSink sink = OutputSink.streaming(gone, StopSignal.manual());
        for (int i = 0; i < 5000; i++) {
            sink.print(ROW);
        }
        IOException e = assertThrows(IOException.class, sink::flush);
        assertEquals("Broken pipe", e.getMessage());
    }

    private static boolean joined(Thread t) {
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !t.isAlive();
    }
}
