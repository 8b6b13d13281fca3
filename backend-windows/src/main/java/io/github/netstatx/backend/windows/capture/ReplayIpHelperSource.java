package io.github.netstatx.backend.windows.capture;

import io.github.netstatx.backend.windows.IpHelperBuffer;
import io.github.netstatx.backend.windows.IpHelperCall;
import io.github.netstatx.backend.windows.IpHelperException;
import io.github.netstatx.backend.windows.IpHelperSource;
import io.github.netstatx.backend.windows.ProcessImage;
import io.github.netstatx.backend.windows.TcpTableClass;
import io.github.netstatx.backend.windows.UdpTableClass;
import io.github.netstatx.core.capture.CaptureSource;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Map;

/**
 * Answers the backend's calls from a windows-iphlpapi capture, on any OS: pure Java, no JNA. A call the
 * capture does not hold fails with error 0 and says so; a call that failed on the host fails again with the
 * same error.
 */
public final class ReplayIpHelperSource implements IpHelperSource {

    private final CaptureSource capture;
    private Map<Long, ProcessImage> images;

    public ReplayIpHelperSource(CaptureSource capture) {
        this.capture = capture;
    }

    private IpHelperBuffer answer(String name, IpHelperCall call) throws IpHelperException {
        return IpHelperBuffer.of(call, bytes(name, call));
    }

    private byte[] bytes(String name, IpHelperCall call) throws IpHelperException {
        try {
            return capture.file(name);
        } catch (NoSuchFileException e) {
            throw new IpHelperException(call, 0, "not in the capture (" + name + "); capture with the options"
                    + " that make this call");
        } catch (FileSystemException e) {
            throw IpHelperCaptureNames.exception(call, e.getReason());
        } catch (IOException e) {
            throw new IpHelperException(call, 0, "cannot read " + name + " of the capture: " + e.getMessage());
        }
    }

    @Override
    public IpHelperBuffer extendedTcpTable(AddressFamily family, TcpTableClass tableClass) throws IpHelperException {
        return answer(IpHelperCaptureNames.extendedTcpTable(family, tableClass),
                new IpHelperCall("GetExtendedTcpTable", family, tableClass.value()));
    }

    @Override
    public IpHelperBuffer extendedUdpTable(AddressFamily family, UdpTableClass tableClass) throws IpHelperException {
        return answer(IpHelperCaptureNames.extendedUdpTable(family, tableClass),
                new IpHelperCall("GetExtendedUdpTable", family, tableClass.value()));
    }

    @Override
    public IpHelperBuffer tcpTable2(AddressFamily family) throws IpHelperException {
        return answer(IpHelperCaptureNames.tcpTable2(family),
                IpHelperCall.of(family == AddressFamily.IPV6 ? "GetTcp6Table2" : "GetTcpTable2", family));
    }

    @Override
    public IpHelperBuffer ownerModule(Protocol protocol, AddressFamily family, ByteBuffer row)
            throws IpHelperException {
        String name = IpHelperCaptureNames.ownerModule(protocol, family, row);
        IpHelperCall call = IpHelperCall.of(IpHelperCaptureNames.ownerModuleFunction(protocol, family), family);
        byte[] bytes = bytes(name, call);
        String base = new String(bytes(name + IpHelperCaptureNames.BASE_SUFFIX, call), StandardCharsets.US_ASCII);
        try {
            return new IpHelperBuffer(call, ByteBuffer.wrap(bytes), Long.parseUnsignedLong(base.strip(), 16));
        } catch (NumberFormatException e) {
            throw new IpHelperException(call, 0, name + IpHelperCaptureNames.BASE_SUFFIX
                    + " of the capture is not a hexadecimal address");
        }
    }

    @Override
    public IpHelperBuffer ifTable2() throws IpHelperException {
        return answer("GetIfTable2", IpHelperCall.of("GetIfTable2"));
    }

    @Override
    public IpHelperBuffer ipForwardTable2(AddressFamily family) throws IpHelperException {
        return familyCall("GetIpForwardTable2", family);
    }

    @Override
    public IpHelperBuffer ipInterfaceTable(AddressFamily family) throws IpHelperException {
        return familyCall("GetIpInterfaceTable", family);
    }

    @Override
    public IpHelperBuffer unicastAddressTable() throws IpHelperException {
        return familyCall("GetUnicastIpAddressTable", null);
    }

    @Override
    public IpHelperBuffer ipStatistics(AddressFamily family) throws IpHelperException {
        return familyCall("GetIpStatisticsEx", family);
    }

    @Override
    public IpHelperBuffer icmpStatistics(AddressFamily family) throws IpHelperException {
        return familyCall("GetIcmpStatisticsEx", family);
    }

    private IpHelperBuffer familyCall(String function, AddressFamily family) throws IpHelperException {
        return answer(IpHelperCaptureNames.withFamily(function, family), IpHelperCall.of(function, family));
    }

    @Override
    public IpHelperBuffer tcpStatistics(AddressFamily family) throws IpHelperException {
        return newerOrOlder("GetTcpStatisticsEx2", "GetTcpStatisticsEx", family);
    }

    @Override
    public IpHelperBuffer udpStatistics(AddressFamily family) throws IpHelperException {
        return newerOrOlder("GetUdpStatisticsEx2", "GetUdpStatisticsEx", family);
    }

    /** The function that answered on the host: the newer one, or the older one it fell back to. */
    private IpHelperBuffer newerOrOlder(String newer, String older, AddressFamily family) throws IpHelperException {
        String olderName = IpHelperCaptureNames.withFamily(older, family);
        if (!capture.exists(IpHelperCaptureNames.withFamily(newer, family)) && capture.exists(olderName)) {
            return familyCall(older, family);
        }
        return familyCall(newer, family);
    }

    @Override
    public IpHelperBuffer processEntries() throws IpHelperException {
        return answer(IpHelperCaptureNames.PROCESS_ENTRIES, IpHelperCall.of(IpHelperCaptureNames.PROCESS_ENTRIES));
    }

    /** The host's answer for the process; error 87 (no such process) when the capture has none. */
    @Override
    public ProcessImage processImage(long pid) {
        if (images == null) {
            try {
                images = ProcessImagesFile.read(capture.file(IpHelperCaptureNames.PROCESSES));
            } catch (IOException | IllegalArgumentException e) {
                // Every owner then reads as unreadable, which the owner lookup reports as a diagnostic.
                images = Map.of();
            }
        }
        ProcessImage image = images.get(pid);
        return image != null ? image : ProcessImage.failed(pid, IpHelperException.ERROR_INVALID_PARAMETER);
    }

    @Override
    public Boolean elevated() {
        try {
            String word = new String(capture.file(IpHelperCaptureNames.ELEVATED), StandardCharsets.US_ASCII).strip();
            return word.equals("true") ? Boolean.TRUE : word.equals("false") ? Boolean.FALSE : null;
        } catch (IOException e) {
            return null;
        }
    }
}
