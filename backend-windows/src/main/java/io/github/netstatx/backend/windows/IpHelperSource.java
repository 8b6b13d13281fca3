package io.github.netstatx.backend.windows;

import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;

/**
 * The raw-source seam of the Windows backend: each method makes one Windows call and returns exactly what
 * it wrote, as little-endian heap bytes together with the call's parameters. Nothing here interprets a
 * byte; the decoders in {@code io.github.netstatx.backend.windows.decode} do. The JNA implementation is the
 * only code of the backend that touches native memory; tests use captured buffers.
 */
public interface IpHelperSource {

    /** {@code GetExtendedTcpTable(NULL-sized, bOrder=FALSE, family, tableClass)}. */
    IpHelperBuffer extendedTcpTable(AddressFamily family, TcpTableClass tableClass) throws IpHelperException;

    /** {@code GetExtendedUdpTable(NULL-sized, bOrder=FALSE, family, tableClass)}. */
    IpHelperBuffer extendedUdpTable(AddressFamily family, UdpTableClass tableClass) throws IpHelperException;

    /** {@code GetTcpTable2} (IPv4) or {@code GetTcp6Table2} (IPv6), unordered: rows with offload state. */
    IpHelperBuffer tcpTable2(AddressFamily family) throws IpHelperException;

    /**
     * {@code GetOwnerModuleFrom{Tcp,Tcp6,Udp,Udp6}Entry(row, TCPIP_OWNER_MODULE_INFO_BASIC)} for one row of an
     * OWNER_MODULE table; the result's {@link IpHelperBuffer#nativeBase()} is set so its pointers can be
     * followed.
     */
    IpHelperBuffer ownerModule(Protocol protocol, AddressFamily family, ByteBuffer row) throws IpHelperException;

    /** {@code GetIfTable2}: the MIB_IF_TABLE2 (header and rows), freed with FreeMibTable. */
    IpHelperBuffer ifTable2() throws IpHelperException;

    /** {@code GetIpForwardTable2(family)}, {@code null} family = AF_UNSPEC (both). */
    IpHelperBuffer ipForwardTable2(AddressFamily family) throws IpHelperException;

    /** {@code GetIpInterfaceTable(family)}: per-family interface settings, metrics among them. */
    IpHelperBuffer ipInterfaceTable(AddressFamily family) throws IpHelperException;

    /** {@code GetUnicastIpAddressTable(AF_UNSPEC)}: every unicast address of every interface. */
    IpHelperBuffer unicastAddressTable() throws IpHelperException;

    /** {@code GetIpStatisticsEx(family)}: MIB_IPSTATS. */
    IpHelperBuffer ipStatistics(AddressFamily family) throws IpHelperException;

    /** {@code GetIcmpStatisticsEx(family)}: MIB_ICMP_EX. */
    IpHelperBuffer icmpStatistics(AddressFamily family) throws IpHelperException;

    /**
     * {@code GetTcpStatisticsEx2(family)} (MIB_TCPSTATS2) where the system has it, else
     * {@code GetTcpStatisticsEx(family)} (MIB_TCPSTATS); the buffer's call names which.
     */
    IpHelperBuffer tcpStatistics(AddressFamily family) throws IpHelperException;

    /** {@code GetUdpStatisticsEx2(family)} (MIB_UDPSTATS2) where available, else {@code GetUdpStatisticsEx}. */
    IpHelperBuffer udpStatistics(AddressFamily family) throws IpHelperException;

    /** A Toolhelp process snapshot: the PROCESSENTRY32W records Process32FirstW/NextW wrote, back to back. */
    IpHelperBuffer processEntries() throws IpHelperException;

    /** Image path and creation time of one process, with the least access right that works. */
    ProcessImage processImage(long pid);

    /** Whether this process runs elevated (TokenElevation); {@code null} when that cannot be told. */
    Boolean elevated();

    /** The backend is closed: no more calls follow (a capturing source writes what it gathered). */
    default void finish() {
    }
}
