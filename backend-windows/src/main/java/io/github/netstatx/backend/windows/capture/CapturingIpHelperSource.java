package io.github.netstatx.backend.windows.capture;

import io.github.netstatx.backend.windows.IpHelperBuffer;
import io.github.netstatx.backend.windows.IpHelperException;
import io.github.netstatx.backend.windows.IpHelperSource;
import io.github.netstatx.backend.windows.ProcessImage;
import io.github.netstatx.backend.windows.TcpTableClass;
import io.github.netstatx.backend.windows.UdpTableClass;
import io.github.netstatx.core.capture.CaptureSink;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live source with every answer recorded into a capture (format windows-iphlpapi, docs/CAPTURE.md):
 * each buffer under its call's name, each failed call as a {@code fail} record, the owner lookups in
 * {@code processes.txt} when the collection ends ({@link #finish}).
 */
public final class CapturingIpHelperSource implements IpHelperSource {

    /** A call of the live source. */
    @FunctionalInterface
    private interface Call {
        IpHelperBuffer run() throws IpHelperException;
    }

    private final IpHelperSource live;
    private final CaptureSink sink;
    private final Map<Long, ProcessImage> images = new ConcurrentHashMap<>();

    public CapturingIpHelperSource(IpHelperSource live, CaptureSink sink) {
        this.live = live;
        this.sink = sink;
    }

    /** Records under {@code name}, or under the name of the function that answered when the call falls back. */
    private IpHelperBuffer recorded(String name, Call call) throws IpHelperException {
        try {
            IpHelperBuffer b = call.run();
            byte[] bytes = new byte[b.bytes().remaining()];
            b.data().get(bytes);
            sink.file(name, bytes);
            return b;
        } catch (IpHelperException e) {
            sink.failure(name, IpHelperCaptureNames.failure(e));
            throw e;
        }
    }

    private IpHelperBuffer recordedByAnswer(AddressFamily family, String firstChoice, Call call)
            throws IpHelperException {
        try {
            IpHelperBuffer b = call.run();
            byte[] bytes = new byte[b.bytes().remaining()];
            b.data().get(bytes);
            sink.file(IpHelperCaptureNames.withFamily(b.call().function(), family), bytes);
            return b;
        } catch (IpHelperException e) {
            sink.failure(IpHelperCaptureNames.withFamily(firstChoice, family), IpHelperCaptureNames.failure(e));
            throw e;
        }
    }

    @Override
    public IpHelperBuffer extendedTcpTable(AddressFamily family, TcpTableClass tableClass) throws IpHelperException {
        return recorded(IpHelperCaptureNames.extendedTcpTable(family, tableClass),
                () -> live.extendedTcpTable(family, tableClass));
    }

    @Override
    public IpHelperBuffer extendedUdpTable(AddressFamily family, UdpTableClass tableClass) throws IpHelperException {
        return recorded(IpHelperCaptureNames.extendedUdpTable(family, tableClass),
                () -> live.extendedUdpTable(family, tableClass));
    }

    @Override
    public IpHelperBuffer tcpTable2(AddressFamily family) throws IpHelperException {
        return recorded(IpHelperCaptureNames.tcpTable2(family), () -> live.tcpTable2(family));
    }

    @Override
    public IpHelperBuffer ownerModule(Protocol protocol, AddressFamily family, ByteBuffer row)
            throws IpHelperException {
        String name = IpHelperCaptureNames.ownerModule(protocol, family, row);
        IpHelperBuffer b = recorded(name, () -> live.ownerModule(protocol, family, row));
        sink.file(name + IpHelperCaptureNames.BASE_SUFFIX,
                String.format("%016x", b.nativeBase()).getBytes(StandardCharsets.US_ASCII));
        return b;
    }

    @Override
    public IpHelperBuffer ifTable2() throws IpHelperException {
        return recorded("GetIfTable2", live::ifTable2);
    }

    @Override
    public IpHelperBuffer ipForwardTable2(AddressFamily family) throws IpHelperException {
        return recorded(IpHelperCaptureNames.withFamily("GetIpForwardTable2", family),
                () -> live.ipForwardTable2(family));
    }

    @Override
    public IpHelperBuffer ipInterfaceTable(AddressFamily family) throws IpHelperException {
        return recorded(IpHelperCaptureNames.withFamily("GetIpInterfaceTable", family),
                () -> live.ipInterfaceTable(family));
    }

    @Override
    public IpHelperBuffer unicastAddressTable() throws IpHelperException {
        return recorded(IpHelperCaptureNames.withFamily("GetUnicastIpAddressTable", null), live::unicastAddressTable);
    }

    @Override
    public IpHelperBuffer ipStatistics(AddressFamily family) throws IpHelperException {
        return recorded(IpHelperCaptureNames.withFamily("GetIpStatisticsEx", family), () -> live.ipStatistics(family));
    }

    @Override
    public IpHelperBuffer icmpStatistics(AddressFamily family) throws IpHelperException {
        return recorded(IpHelperCaptureNames.withFamily("GetIcmpStatisticsEx", family),
                () -> live.icmpStatistics(family));
    }

    @Override
    public IpHelperBuffer tcpStatistics(AddressFamily family) throws IpHelperException {
        return recordedByAnswer(family, "GetTcpStatisticsEx2", () -> live.tcpStatistics(family));
    }

    @Override
    public IpHelperBuffer udpStatistics(AddressFamily family) throws IpHelperException {
        return recordedByAnswer(family, "GetUdpStatisticsEx2", () -> live.udpStatistics(family));
    }

    @Override
    public IpHelperBuffer processEntries() throws IpHelperException {
        return recorded(IpHelperCaptureNames.PROCESS_ENTRIES, live::processEntries);
    }

    @Override
    public ProcessImage processImage(long pid) {
        ProcessImage image = live.processImage(pid);
        images.putIfAbsent(pid, image);
        return image;
    }

    @Override
    public Boolean elevated() {
        Boolean elevated = live.elevated();
        if (elevated != null) {
            sink.file(IpHelperCaptureNames.ELEVATED, elevated.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return elevated;
    }

    /** Writes {@code processes.txt}: the lookups are complete only when the collection is. */
    @Override
    public void finish() {
        if (!images.isEmpty()) {
            sink.file(IpHelperCaptureNames.PROCESSES, ProcessImagesFile.write(images.values()));
        }
    }
}
