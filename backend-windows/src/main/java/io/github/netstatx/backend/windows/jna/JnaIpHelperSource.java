package io.github.netstatx.backend.windows.jna;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.netstatx.backend.windows.IpHelperBuffer;
import io.github.netstatx.backend.windows.IpHelperCall;
import io.github.netstatx.backend.windows.IpHelperException;
import io.github.netstatx.backend.windows.IpHelperSource;
import io.github.netstatx.backend.windows.ProcessImage;
import io.github.netstatx.backend.windows.SizedCall;
import io.github.netstatx.backend.windows.TcpTableClass;
import io.github.netstatx.backend.windows.UdpTableClass;
import io.github.netstatx.backend.windows.decode.IcmpExDecoder;
import io.github.netstatx.backend.windows.decode.IfTable2Decoder;
import io.github.netstatx.backend.windows.decode.IpForwardTable2Decoder;
import io.github.netstatx.backend.windows.decode.IpInterfaceTableDecoder;
import io.github.netstatx.backend.windows.decode.UnicastIpAddressTableDecoder;
import io.github.netstatx.backend.windows.decode.IpStatsDecoder;
import io.github.netstatx.backend.windows.decode.ProcessEntry32Decoder;
import io.github.netstatx.backend.windows.decode.TcpStatsDecoder;
import io.github.netstatx.backend.windows.decode.UdpStatsDecoder;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.ToIntFunction;

/**
 * The only code of the Windows backend that touches native memory: each method makes one Windows call
 * through JNA and copies what it wrote to the heap, through {@link SizedCall}. Constructed only by
 * {@link #open()}, which the provider calls on Windows.
 */
public final class JnaIpHelperSource implements IpHelperSource {

    private static final int TCPIP_OWNER_MODULE_INFO_BASIC = 0;
    /** QueryFullProcessImageNameW accepts long paths; 32767 WCHARs is the Windows path limit. */
    private static final int MAX_IMAGE_CHARS = 32768;
    private static final Pointer INVALID_HANDLE_VALUE = new Pointer(-1);

    private final IpHlpApi ip;
    private final Kernel32Processes kernel32;
    private final Advapi32Tokens advapi32;
    private final SizedCall sized = SizedCall.standard();
    private final SizedCall.Memory<Memory> memory = new NativeMemory();

    private JnaIpHelperSource() {
        ip = Native.load("iphlpapi", IpHlpApi.class);
        kernel32 = Native.load("kernel32", Kernel32Processes.class);
        advapi32 = Native.load("advapi32", Advapi32Tokens.class);
    }

    /** Loads iphlpapi, kernel32 and advapi32. Windows only. */
    public static IpHelperSource open() {
        return new JnaIpHelperSource();
    }

    /** Loads the libraries and makes one cheap call, to tell the provider's probe whether this works. */
    public static String probe() throws IpHelperException {
        IpHelperSource s = open();
        s.udpStatistics(AddressFamily.IPV4);
        return "IP Helper API loaded through JNA " + Native.VERSION;
    }

    /** JNA {@link Memory}, freed explicitly rather than left to the garbage collector. */
    private static final class NativeMemory implements SizedCall.Memory<Memory> {
        @Override
        public Memory allocate(int size) {
            return new Memory(size);
        }

        @Override
        public byte[] copy(Memory m, int length) {
            return m.getByteArray(0, length);
        }

        @Override
        public long address(Memory m) {
            return Pointer.nativeValue(m);
        }

        @Override
        public void free(Memory m) {
            m.close();
        }
    }

    /** An API-allocated MIB table of fixed-size rows, released with FreeMibTable. */
    private final class MibTable implements SizedCall.ApiAllocated<Pointer> {
        private final ToIntFunction<PointerByReference> api;
        private final int rowsAt;
        private final int rowSize;

        MibTable(ToIntFunction<PointerByReference> api, int rowsAt, int rowSize) {
            this.api = api;
            this.rowsAt = rowsAt;
            this.rowSize = rowSize;
        }

        @Override
        public int invoke(Object[] table) {
            PointerByReference ref = new PointerByReference();
            int status = api.applyAsInt(ref);
            table[0] = ref.getValue();
            return status;
        }

        @Override
        public int length(Pointer table) {
            long rows = table.getInt(0) & 0xFFFF_FFFFL;
            return (int) Math.min(Integer.MAX_VALUE, rowsAt + rows * rowSize);
        }

        @Override
        public byte[] copy(Pointer table, int length) {
            return table.getByteArray(0, length);
        }

        @Override
        public void free(Pointer table) {
            ip.FreeMibTable(table);
        }
    }

    private IpHelperBuffer sizedCall(IpHelperCall call, SizedApi api) throws IpHelperException {
        return sized.run(call, memory, (buffer, size) -> {
            IntByReference ref = new IntByReference(size[0]);
            int status = api.call(buffer, ref);
            size[0] = ref.getValue();
            return status;
        });
    }

    @FunctionalInterface
    private interface SizedApi {
        int call(Pointer buffer, IntByReference size);
    }

    @Override
    public IpHelperBuffer extendedTcpTable(AddressFamily family, TcpTableClass tableClass) throws IpHelperException {
        IpHelperCall call = new IpHelperCall("GetExtendedTcpTable", family, tableClass.value());
        return sizedCall(call, (b, s) -> ip.GetExtendedTcpTable(b, s, 0, call.afValue(), tableClass.value(), 0));
    }

    @Override
    public IpHelperBuffer extendedUdpTable(AddressFamily family, UdpTableClass tableClass) throws IpHelperException {
        IpHelperCall call = new IpHelperCall("GetExtendedUdpTable", family, tableClass.value());
        return sizedCall(call, (b, s) -> ip.GetExtendedUdpTable(b, s, 0, call.afValue(), tableClass.value(), 0));
    }

    @Override
    public IpHelperBuffer tcpTable2(AddressFamily family) throws IpHelperException {
        boolean v6 = family == AddressFamily.IPV6;
        IpHelperCall call = IpHelperCall.of(v6 ? "GetTcp6Table2" : "GetTcpTable2", family);
        return sizedCall(call, (b, s) -> v6 ? ip.GetTcp6Table2(b, s, 0) : ip.GetTcpTable2(b, s, 0));
    }

    @Override
    public IpHelperBuffer ownerModule(Protocol protocol, AddressFamily family, ByteBuffer row)
            throws IpHelperException {
        boolean v6 = family == AddressFamily.IPV6;
        boolean tcp = protocol == Protocol.TCP;
        String function = "GetOwnerModuleFrom" + (tcp ? "Tcp" : "Udp") + (v6 ? "6" : "") + "Entry";
        IpHelperCall call = IpHelperCall.of(function, family);
        byte[] bytes = new byte[row.remaining()];
        row.duplicate().get(bytes);
        try (Memory native_row = new Memory(bytes.length)) {
            native_row.write(0, bytes, 0, bytes.length);
            return sizedCall(call, (b, s) -> {
                if (tcp) {
                    return v6 ? ip.GetOwnerModuleFromTcp6Entry(native_row, TCPIP_OWNER_MODULE_INFO_BASIC, b, s)
                            : ip.GetOwnerModuleFromTcpEntry(native_row, TCPIP_OWNER_MODULE_INFO_BASIC, b, s);
                }
                return v6 ? ip.GetOwnerModuleFromUdp6Entry(native_row, TCPIP_OWNER_MODULE_INFO_BASIC, b, s)
                        : ip.GetOwnerModuleFromUdpEntry(native_row, TCPIP_OWNER_MODULE_INFO_BASIC, b, s);
            });
        }
    }

    @Override
    public IpHelperBuffer ifTable2() throws IpHelperException {
        return sized.runApiAllocated(IpHelperCall.of("GetIfTable2"),
                new MibTable(ip::GetIfTable2, IfTable2Decoder.ROWS_AT, IfTable2Decoder.ROW_SIZE));
    }

    @Override
    public IpHelperBuffer ipForwardTable2(AddressFamily family) throws IpHelperException {
        short af = (short) IpHelperCall.afValue(family);
        return sized.runApiAllocated(IpHelperCall.of("GetIpForwardTable2", family), new MibTable(
                t -> ip.GetIpForwardTable2(af, t), IpForwardTable2Decoder.ROWS_AT, IpForwardTable2Decoder.ROW_SIZE));
    }

    @Override
    public IpHelperBuffer ipInterfaceTable(AddressFamily family) throws IpHelperException {
        short af = (short) IpHelperCall.afValue(family);
        return sized.runApiAllocated(IpHelperCall.of("GetIpInterfaceTable", family), new MibTable(
                t -> ip.GetIpInterfaceTable(af, t), IpInterfaceTableDecoder.ROWS_AT, IpInterfaceTableDecoder.ROW_SIZE));
    }

    @Override
    public IpHelperBuffer unicastAddressTable() throws IpHelperException {
        short af = (short) IpHelperCall.AF_UNSPEC;
        return sized.runApiAllocated(IpHelperCall.of("GetUnicastIpAddressTable"), new MibTable(
                t -> ip.GetUnicastIpAddressTable(af, t), UnicastIpAddressTableDecoder.ROWS_AT,
                UnicastIpAddressTableDecoder.ROW_SIZE));
    }

    /** A statistics call filling a caller-provided structure of known size. */
    private IpHelperBuffer fixedSize(IpHelperCall call, int size, ToIntFunction<Pointer> api)
            throws IpHelperException {
        try (Memory m = new Memory(size)) {
            m.clear();
            int status = api.applyAsInt(m);
            if (status != SizedCall.NO_ERROR) {
                throw IpHelperException.code(call, status);
            }
            return IpHelperBuffer.of(call, m.getByteArray(0, size));
        }
    }

    @Override
    public IpHelperBuffer ipStatistics(AddressFamily family) throws IpHelperException {
        IpHelperCall call = IpHelperCall.of("GetIpStatisticsEx", family);
        return fixedSize(call, IpStatsDecoder.SIZE, m -> ip.GetIpStatisticsEx(m, call.afValue()));
    }

    @Override
    public IpHelperBuffer icmpStatistics(AddressFamily family) throws IpHelperException {
        IpHelperCall call = IpHelperCall.of("GetIcmpStatisticsEx", family);
        return fixedSize(call, IcmpExDecoder.SIZE, m -> ip.GetIcmpStatisticsEx(m, call.afValue()));
    }

    @Override
    public IpHelperBuffer tcpStatistics(AddressFamily family) throws IpHelperException {
        int af = IpHelperCall.afValue(family);
        return newerOrOlder(IpHelperCall.of("GetTcpStatisticsEx2", family), TcpStatsDecoder.SIZE2,
                m -> ip.GetTcpStatisticsEx2(m, af), IpHelperCall.of("GetTcpStatisticsEx", family),
                TcpStatsDecoder.SIZE, m -> ip.GetTcpStatisticsEx(m, af));
    }

    @Override
    public IpHelperBuffer udpStatistics(AddressFamily family) throws IpHelperException {
        int af = IpHelperCall.afValue(family);
        return newerOrOlder(IpHelperCall.of("GetUdpStatisticsEx2", family), UdpStatsDecoder.SIZE2,
                m -> ip.GetUdpStatisticsEx2(m, af), IpHelperCall.of("GetUdpStatisticsEx", family),
                UdpStatsDecoder.SIZE, m -> ip.GetUdpStatisticsEx(m, af));
    }

    /** The *Ex2 call (64-bit counters) where this Windows exports it, else the older *Ex call. */
    private IpHelperBuffer newerOrOlder(IpHelperCall newer, int newerSize, ToIntFunction<Pointer> newerApi,
            IpHelperCall older, int olderSize, ToIntFunction<Pointer> olderApi) throws IpHelperException {
        try {
            return fixedSize(newer, newerSize, newerApi);
        } catch (UnsatisfiedLinkError notExported) {
            return fixedSize(older, olderSize, olderApi);
        }
    }

    @Override
    public IpHelperBuffer processEntries() throws IpHelperException {
        IpHelperCall call = IpHelperCall.of("CreateToolhelp32Snapshot");
        Pointer snapshot = kernel32.CreateToolhelp32Snapshot(Kernel32Processes.TH32CS_SNAPPROCESS, 0);
        if (snapshot == null || INVALID_HANDLE_VALUE.equals(snapshot)) {
            throw IpHelperException.code(call, Native.getLastError());
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Memory entry = new Memory(ProcessEntry32Decoder.SIZE)) {
            entry.clear();
            entry.setInt(ProcessEntry32Decoder.DW_SIZE, ProcessEntry32Decoder.SIZE);
            for (int ok = kernel32.Process32FirstW(snapshot, entry); ok != 0;
                    ok = kernel32.Process32NextW(snapshot, entry)) {
                all.writeBytes(entry.getByteArray(0, ProcessEntry32Decoder.SIZE));
                entry.clear();
                entry.setInt(ProcessEntry32Decoder.DW_SIZE, ProcessEntry32Decoder.SIZE);
            }
        } finally {
            kernel32.CloseHandle(snapshot);
        }
        return IpHelperBuffer.of(IpHelperCall.of("Process32NextW"), all.toByteArray());
    }

    @Override
    public ProcessImage processImage(long pid) {
        Pointer process = kernel32.OpenProcess(Kernel32Processes.PROCESS_QUERY_LIMITED_INFORMATION, 0, (int) pid);
        if (process == null) {
            return ProcessImage.failed(pid, Native.getLastError());
        }
        try (Memory path = new Memory(2L * MAX_IMAGE_CHARS); Memory times = new Memory(32)) {
            IntByReference chars = new IntByReference(MAX_IMAGE_CHARS);
            if (kernel32.QueryFullProcessImageNameW(process, 0, path, chars) == 0) {
                return ProcessImage.failed(pid, Native.getLastError());
            }
            byte[] image = path.getByteArray(0, 2 * chars.getValue());
            long created = kernel32.GetProcessTimes(process, times, times.share(8), times.share(16),
                    times.share(24)) != 0 ? times.getLong(0) : 0;
            return new ProcessImage(pid, ByteBuffer.wrap(image), created, 0);
        } finally {
            kernel32.CloseHandle(process);
        }
    }

    @Override
    public Boolean elevated() {
        PointerByReference token = new PointerByReference();
        if (advapi32.OpenProcessToken(kernel32.GetCurrentProcess(), Advapi32Tokens.TOKEN_QUERY, token) == 0) {
            return null;
        }
        try (Memory elevation = new Memory(4)) {
            IntByReference returned = new IntByReference();
            if (advapi32.GetTokenInformation(token.getValue(), Advapi32Tokens.TOKEN_ELEVATION, elevation, 4,
                    returned) == 0) {
                return null;
            }
            return elevation.getInt(0) != 0;
        } finally {
            kernel32.CloseHandle(token.getValue());
        }
    }
}
