package io.github.netstatx.backend.windows.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The iphlpapi.dll functions the backend calls, declared with raw pointers only: no JNA Structure (and so no
 * Java {@code char[]}) ever describes a layout; the decoders read the bytes. BOOL arguments are {@code int}.
 * jna-platform's {@code IPHlpAPI} lacks most of these (windows.md §4).
 */
interface IpHlpApi extends Library {

    int GetExtendedTcpTable(Pointer table, IntByReference size, int order, int af, int tableClass, int reserved);

    int GetExtendedUdpTable(Pointer table, IntByReference size, int order, int af, int tableClass, int reserved);

    int GetTcpTable2(Pointer table, IntByReference size, int order);

    int GetTcp6Table2(Pointer table, IntByReference size, int order);

    int GetOwnerModuleFromTcpEntry(Pointer row, int infoClass, Pointer buffer, IntByReference size);

    int GetOwnerModuleFromTcp6Entry(Pointer row, int infoClass, Pointer buffer, IntByReference size);

    int GetOwnerModuleFromUdpEntry(Pointer row, int infoClass, Pointer buffer, IntByReference size);

    int GetOwnerModuleFromUdp6Entry(Pointer row, int infoClass, Pointer buffer, IntByReference size);

    int GetIfTable2(PointerByReference table);

    /** ADDRESS_FAMILY is a USHORT. */
    int GetIpForwardTable2(short family, PointerByReference table);

    int GetIpInterfaceTable(short family, PointerByReference table);

    int GetUnicastIpAddressTable(short family, PointerByReference table);

    void FreeMibTable(Pointer memory);

    int GetIpStatisticsEx(Pointer statistics, int family);

    int GetIcmpStatisticsEx(Pointer statistics, int family);

    int GetTcpStatisticsEx(Pointer statistics, int family);

    /** Windows 10 1709 / Server 2016 and later; absent elsewhere (and in Wine). */
    int GetTcpStatisticsEx2(Pointer statistics, int family);

    int GetUdpStatisticsEx(Pointer statistics, int family);

    /** Windows 10 1709 / Server 2016 and later; absent elsewhere (and in Wine). */
    int GetUdpStatisticsEx2(Pointer statistics, int family);
}
