package io.github.netstatx.backend.windows;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link IpHelperSource} that answers from buffers captured by {@code src/test/c/iphlp_dump.c} (a
 * directory with {@code calls.txt} and the {@code *.bin} files it names), or from hand-made buffers.
 * A call the capture has no answer for fails the way Windows reports a missing export (error 127).
 */
public final class FixtureIpHelperSource implements IpHelperSource {

    /** Key of one answer: function, AF_* value, table class (0 when the call has none). */
    public record Key(String function, int af, int tableClass) {
    }

    /** One recorded answer: the status and, on success, the bytes. */
    public record Answer(int status, byte[] bytes) {
    }

    private final Map<Key, Answer> answers;
    private final Map<Long, byte[]> images;
    private final Boolean elevated;

    public FixtureIpHelperSource(Map<Key, Answer> answers, Map<Long, byte[]> images, Boolean elevated) {
        this.answers = Map.copyOf(answers);
        this.images = Map.copyOf(images);
        this.elevated = elevated;
    }

    /** Reads a capture directory. */
    public static FixtureIpHelperSource fromDirectory(Path dir) {
        Map<Key, Answer> answers = new HashMap<>();
        Map<Long, byte[]> images = new HashMap<>();
        try {
            for (String line : Files.readAllLines(dir.resolve("calls.txt"))) {
                String[] f = line.trim().split(" ");
                if (f.length != 6) {
                    continue;
                }
                int status = Integer.parseInt(f[4]);
                byte[] bytes = f[0].equals("-") ? null : Files.readAllBytes(dir.resolve(f[0]));
                if (f[1].equals("QueryFullProcessImageNameW")) {
                    if (bytes != null) {
                        images.put(Long.parseLong(f[3]), bytes);
                    }
                    continue;
                }
                answers.put(new Key(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])), new Answer(status, bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureIpHelperSource(answers, images, null);
    }

    /** A copy with one answer replaced or added. */
    public FixtureIpHelperSource with(Key key, Answer answer) {
        Map<Key, Answer> copy = new HashMap<>(answers);
        copy.put(key, answer);
        return new FixtureIpHelperSource(copy, images, elevated);
    }

    public Map<Key, Answer> answers() {
        return answers;
    }

    private IpHelperBuffer answer(IpHelperCall call) throws IpHelperException {
        Key key = new Key(call.function(), call.afValue(), call.tableClass() == null ? 0 : call.tableClass());
        Answer a = answers.get(key);
        if (a == null) {
            throw IpHelperException.code(call, IpHelperException.ERROR_PROC_NOT_FOUND);
        }
        if (a.status() != 0 || a.bytes() == null) {
            throw IpHelperException.code(call, a.status());
        }
        return IpHelperBuffer.of(call, a.bytes());
    }

    private IpHelperBuffer firstOf(List<IpHelperCall> calls) throws IpHelperException {
        IpHelperException last = null;
        for (IpHelperCall c : calls) {
            try {
                return answer(c);
            } catch (IpHelperException e) {
                if (e.errorCode() != IpHelperException.ERROR_PROC_NOT_FOUND) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    @Override
    public IpHelperBuffer extendedTcpTable(AddressFamily family, TcpTableClass tableClass) throws IpHelperException {
        return answer(new IpHelperCall("GetExtendedTcpTable", family, tableClass.value()));
    }

    @Override
    public IpHelperBuffer extendedUdpTable(AddressFamily family, UdpTableClass tableClass) throws IpHelperException {
        return answer(new IpHelperCall("GetExtendedUdpTable", family, tableClass.value()));
    }

    @Override
    public IpHelperBuffer tcpTable2(AddressFamily family) throws IpHelperException {
        return answer(IpHelperCall.of(family == AddressFamily.IPV6 ? "GetTcp6Table2" : "GetTcpTable2", family));
    }

    @Override
    public IpHelperBuffer ownerModule(Protocol protocol, AddressFamily family, ByteBuffer row)
            throws IpHelperException {
        String function = "GetOwnerModuleFrom" + (protocol == Protocol.TCP ? "Tcp" : "Udp")
                + (family == AddressFamily.IPV6 ? "6" : "") + "Entry";
        throw IpHelperException.code(IpHelperCall.of(function, family), IpHelperException.ERROR_PROC_NOT_FOUND);
    }

    @Override
    public IpHelperBuffer ifTable2() throws IpHelperException {
        return answer(IpHelperCall.of("GetIfTable2"));
    }

    @Override
    public IpHelperBuffer ipForwardTable2(AddressFamily family) throws IpHelperException {
        return answer(IpHelperCall.of("GetIpForwardTable2", family));
    }

    @Override
    public IpHelperBuffer ipInterfaceTable(AddressFamily family) throws IpHelperException {
        return answer(IpHelperCall.of("GetIpInterfaceTable", family));
    }

    @Override
    public IpHelperBuffer unicastAddressTable() throws IpHelperException {
        return answer(IpHelperCall.of("GetUnicastIpAddressTable"));
    }

    @Override
    public IpHelperBuffer ipStatistics(AddressFamily family) throws IpHelperException {
        return answer(IpHelperCall.of("GetIpStatisticsEx", family));
    }

    @Override
    public IpHelperBuffer icmpStatistics(AddressFamily family) throws IpHelperException {
        return answer(IpHelperCall.of("GetIcmpStatisticsEx", family));
    }

    @Override
    public IpHelperBuffer tcpStatistics(AddressFamily family) throws IpHelperException {
        return firstOf(List.of(IpHelperCall.of("GetTcpStatisticsEx2", family),
                IpHelperCall.of("GetTcpStatisticsEx", family)));
    }

    @Override
    public IpHelperBuffer udpStatistics(AddressFamily family) throws IpHelperException {
        return firstOf(List.of(IpHelperCall.of("GetUdpStatisticsEx2", family),
                IpHelperCall.of("GetUdpStatisticsEx", family)));
    }

    @Override
    public IpHelperBuffer processEntries() throws IpHelperException {
        return answer(IpHelperCall.of("Process32NextW"));
    }

    @Override
    public ProcessImage processImage(long pid) {
        byte[] image = images.get(pid);
        return image == null ? ProcessImage.failed(pid, IpHelperException.ERROR_INVALID_PARAMETER)
                : new ProcessImage(pid, ByteBuffer.wrap(image), 0, 0);
    }

    @Override
    public Boolean elevated() {
        return elevated;
    }
}
