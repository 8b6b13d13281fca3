package io.github.netstatx.cli.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.ProcessRef;
import io.github.netstatx.core.model.SocketEntry;
import io.github.netstatx.core.model.TcpState;
import io.github.netstatx.core.text.SurrogateEscape;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgramColumnTest {

    private static SocketEntry owned(ProcessRef... owners) {
        SocketEntry.Builder b = Sockets.tcp(AddressFamily.IPV4, "0.0.0.0", 22, "0.0.0.0", 0, TcpState.LISTEN);
        for (ProcessRef p : owners) {
            b.addOwner(p);
        }
        return b.build();
    }

    @Test
    void showsPidAndNameOrADash() {
        assertEquals("-", ProgramColumn.text(owned()));
        assertEquals("5253/python3", ProgramColumn.text(owned(ProcessRef.owner(5253, "python3"))));
        assertEquals("7/", ProgramColumn.text(owned(ProcessRef.owner(7, null))));
    }

    @Test
    void cutsAtNineteenBytesAsNetTools() {
        assertEquals("14288/averyveryvery", ProgramColumn.text(owned(ProcessRef.owner(14288, "averyveryverylongname"))));
        assertEquals("364/avahi-daemon: r", ProgramColumn.text(owned(ProcessRef.owner(364, "avahi-daemon: running"))));
    }

    @Test
    void cutsInsideAMultiByteCharacterLikeC() {
        String name = "\u00fcn\u00efc\u00f8d\u00e9-pr\u00f8gram-name";
        String text = ProgramColumn.text(owned(ProcessRef.owner(123, name)));
        byte[] expected = new byte[19];
        System.arraycopy(("123/" + name).getBytes(StandardCharsets.UTF_8), 0, expected, 0, 19);
        assertArrayEquals(expected, SurrogateEscape.encode(text));
        assertEquals(19, Columns.byteLength(text));
    }

    @Test
    void showsTheLowestPidOfSeveralOwners() {
        assertEquals("10/first", ProgramColumn.text(owned(ProcessRef.owner(20, "second"), ProcessRef.owner(10, "first"))));
        ProcessRef last = new ProcessRef(5, "last", null, null, null, null, ProcessRef.Role.LAST);
        assertEquals("20/owner", ProgramColumn.text(owned(last, ProcessRef.owner(20, "owner"))));
    }

    @Test
    void controlCharactersCannotForgeRows() {
        assertEquals("1/evil.tcp.0.0.0", ProgramColumn.text(owned(ProcessRef.owner(1, "evil\ntcp\r0\u001b0\u007f0"))));
    }
}
