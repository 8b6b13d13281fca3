/*
 * iphlp_dump: calls the IP Helper functions the netstatx Windows backend calls, and writes what they
 * returned, byte for byte, plus sizeof/offsetof of every structure the decoders read, taken from the
 * real (mingw-w64) headers. Run under Wine it yields real Windows-layout buffers from an independent
 * IP Helper implementation; the Java tests compare the decoders' constants and results with them.
 *
 *   x86_64-w64-mingw32-gcc -O1 -o iphlp_dump.exe iphlp_dump.c -liphlpapi
 *   wine64 iphlp_dump.exe OUTDIR
 *
 * OUTDIR receives:
 *   layout.txt  "sizeof STRUCT N" and "offsetof STRUCT FIELD N" lines
 *   calls.txt   one line per call: "FILE FUNCTION FAMILY CLASS RC BYTES" (FILE is "-" when nothing was written)
 *   *.bin       the buffers, exactly the bytes the API wrote
 * Exit status 0 when every line was written; the return codes of the calls are data, not failures.
 */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#include <iphlpapi.h>
#include <netioapi.h>
#include <tlhelp32.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *outdir;
static FILE *layout;
static FILE *calls;

static FILE *open_out(const char *name, const char *mode) {
    char path[4096];
    snprintf(path, sizeof path, "%s\\%s", outdir, name);
    FILE *f = fopen(path, mode);
    if (!f) {
        fprintf(stderr, "iphlp_dump: cannot write %s\n", path);
        exit(2);
    }
    return f;
}

static void write_bin(const char *file, const void *data, size_t len) {
    FILE *f = open_out(file, "wb");
    if (len && fwrite(data, 1, len, f) != len) {
        fprintf(stderr, "iphlp_dump: short write on %s\n", file);
        exit(2);
    }
    fclose(f);
}

static void record(const char *file, const char *function, int family, int cls, unsigned long rc,
                   const void *data, size_t len) {
    if (rc == NO_ERROR && data) {
        write_bin(file, data, len);
    } else {
        file = "-";
        len = 0;
    }
    fprintf(calls, "%s %s %d %d %lu %lu\n", file, function, family, cls, rc, (unsigned long) len);
}

#define SZ(T) fprintf(layout, "sizeof %s %u\n", #T, (unsigned) sizeof(T))
#define OFF(T, m) fprintf(layout, "offsetof %s %s %u\n", #T, #m, (unsigned) offsetof(T, m))

static void dump_layouts(void) {
    SZ(MIB_TCPROW_OWNER_PID);
    OFF(MIB_TCPROW_OWNER_PID, dwState); OFF(MIB_TCPROW_OWNER_PID, dwLocalAddr);
    OFF(MIB_TCPROW_OWNER_PID, dwLocalPort); OFF(MIB_TCPROW_OWNER_PID, dwRemoteAddr);
    OFF(MIB_TCPROW_OWNER_PID, dwRemotePort); OFF(MIB_TCPROW_OWNER_PID, dwOwningPid);
    OFF(MIB_TCPTABLE_OWNER_PID, table);

    SZ(MIB_TCP6ROW_OWNER_PID);
    OFF(MIB_TCP6ROW_OWNER_PID, ucLocalAddr); OFF(MIB_TCP6ROW_OWNER_PID, dwLocalScopeId);
    OFF(MIB_TCP6ROW_OWNER_PID, dwLocalPort); OFF(MIB_TCP6ROW_OWNER_PID, ucRemoteAddr);
    OFF(MIB_TCP6ROW_OWNER_PID, dwRemoteScopeId); OFF(MIB_TCP6ROW_OWNER_PID, dwRemotePort);
    OFF(MIB_TCP6ROW_OWNER_PID, dwState); OFF(MIB_TCP6ROW_OWNER_PID, dwOwningPid);
    OFF(MIB_TCP6TABLE_OWNER_PID, table);

    SZ(MIB_TCPROW_OWNER_MODULE);
    OFF(MIB_TCPROW_OWNER_MODULE, dwState); OFF(MIB_TCPROW_OWNER_MODULE, dwLocalAddr);
    OFF(MIB_TCPROW_OWNER_MODULE, dwLocalPort); OFF(MIB_TCPROW_OWNER_MODULE, dwRemoteAddr);
    OFF(MIB_TCPROW_OWNER_MODULE, dwRemotePort); OFF(MIB_TCPROW_OWNER_MODULE, dwOwningPid);
    OFF(MIB_TCPROW_OWNER_MODULE, liCreateTimestamp); OFF(MIB_TCPROW_OWNER_MODULE, OwningModuleInfo);
    OFF(MIB_TCPTABLE_OWNER_MODULE, table);

    SZ(MIB_TCP6ROW_OWNER_MODULE);
    OFF(MIB_TCP6ROW_OWNER_MODULE, ucLocalAddr); OFF(MIB_TCP6ROW_OWNER_MODULE, dwLocalScopeId);
    OFF(MIB_TCP6ROW_OWNER_MODULE, dwLocalPort); OFF(MIB_TCP6ROW_OWNER_MODULE, ucRemoteAddr);
    OFF(MIB_TCP6ROW_OWNER_MODULE, dwRemoteScopeId); OFF(MIB_TCP6ROW_OWNER_MODULE, dwRemotePort);
    OFF(MIB_TCP6ROW_OWNER_MODULE, dwState); OFF(MIB_TCP6ROW_OWNER_MODULE, dwOwningPid);
    OFF(MIB_TCP6ROW_OWNER_MODULE, liCreateTimestamp); OFF(MIB_TCP6ROW_OWNER_MODULE, OwningModuleInfo);
    OFF(MIB_TCP6TABLE_OWNER_MODULE, table);

    SZ(MIB_UDPROW_OWNER_PID);
    OFF(MIB_UDPROW_OWNER_PID, dwLocalAddr); OFF(MIB_UDPROW_OWNER_PID, dwLocalPort);
    OFF(MIB_UDPROW_OWNER_PID, dwOwningPid);
    OFF(MIB_UDPTABLE_OWNER_PID, table);

    SZ(MIB_UDP6ROW_OWNER_PID);
    OFF(MIB_UDP6ROW_OWNER_PID, ucLocalAddr); OFF(MIB_UDP6ROW_OWNER_PID, dwLocalScopeId);
    OFF(MIB_UDP6ROW_OWNER_PID, dwLocalPort); OFF(MIB_UDP6ROW_OWNER_PID, dwOwningPid);
    OFF(MIB_UDP6TABLE_OWNER_PID, table);

    SZ(MIB_UDPROW_OWNER_MODULE);
    OFF(MIB_UDPROW_OWNER_MODULE, dwLocalAddr); OFF(MIB_UDPROW_OWNER_MODULE, dwLocalPort);
    OFF(MIB_UDPROW_OWNER_MODULE, dwOwningPid); OFF(MIB_UDPROW_OWNER_MODULE, liCreateTimestamp);
    OFF(MIB_UDPROW_OWNER_MODULE, dwFlags); OFF(MIB_UDPROW_OWNER_MODULE, OwningModuleInfo);
    OFF(MIB_UDPTABLE_OWNER_MODULE, table);

    SZ(MIB_UDP6ROW_OWNER_MODULE);
    OFF(MIB_UDP6ROW_OWNER_MODULE, ucLocalAddr); OFF(MIB_UDP6ROW_OWNER_MODULE, dwLocalScopeId);
    OFF(MIB_UDP6ROW_OWNER_MODULE, dwLocalPort); OFF(MIB_UDP6ROW_OWNER_MODULE, dwOwningPid);
    OFF(MIB_UDP6ROW_OWNER_MODULE, liCreateTimestamp); OFF(MIB_UDP6ROW_OWNER_MODULE, dwFlags);
    OFF(MIB_UDP6ROW_OWNER_MODULE, OwningModuleInfo);
    OFF(MIB_UDP6TABLE_OWNER_MODULE, table);

    SZ(TCPIP_OWNER_MODULE_BASIC_INFO);
    OFF(TCPIP_OWNER_MODULE_BASIC_INFO, pModuleName); OFF(TCPIP_OWNER_MODULE_BASIC_INFO, pModulePath);

    SZ(MIB_TCPROW2);
    OFF(MIB_TCPROW2, dwState); OFF(MIB_TCPROW2, dwLocalAddr); OFF(MIB_TCPROW2, dwLocalPort);
    OFF(MIB_TCPROW2, dwRemoteAddr); OFF(MIB_TCPROW2, dwRemotePort); OFF(MIB_TCPROW2, dwOwningPid);
    OFF(MIB_TCPROW2, dwOffloadState);
    OFF(MIB_TCPTABLE2, table);

    SZ(MIB_TCP6ROW2);
    OFF(MIB_TCP6ROW2, LocalAddr); OFF(MIB_TCP6ROW2, dwLocalScopeId); OFF(MIB_TCP6ROW2, dwLocalPort);
    OFF(MIB_TCP6ROW2, RemoteAddr); OFF(MIB_TCP6ROW2, dwRemoteScopeId); OFF(MIB_TCP6ROW2, dwRemotePort);
    OFF(MIB_TCP6ROW2, State); OFF(MIB_TCP6ROW2, dwOwningPid); OFF(MIB_TCP6ROW2, dwOffloadState);
    OFF(MIB_TCP6TABLE2, table);

    SZ(MIB_IF_ROW2);
    OFF(MIB_IF_ROW2, InterfaceLuid); OFF(MIB_IF_ROW2, InterfaceIndex); OFF(MIB_IF_ROW2, InterfaceGuid);
    OFF(MIB_IF_ROW2, Alias); OFF(MIB_IF_ROW2, Description); OFF(MIB_IF_ROW2, PhysicalAddressLength);
    OFF(MIB_IF_ROW2, PhysicalAddress); OFF(MIB_IF_ROW2, PermanentPhysicalAddress); OFF(MIB_IF_ROW2, Mtu);
    OFF(MIB_IF_ROW2, Type); OFF(MIB_IF_ROW2, TunnelType); OFF(MIB_IF_ROW2, MediaType);
    OFF(MIB_IF_ROW2, PhysicalMediumType); OFF(MIB_IF_ROW2, AccessType); OFF(MIB_IF_ROW2, DirectionType);
    OFF(MIB_IF_ROW2, InterfaceAndOperStatusFlags); OFF(MIB_IF_ROW2, OperStatus);
    OFF(MIB_IF_ROW2, AdminStatus); OFF(MIB_IF_ROW2, MediaConnectState); OFF(MIB_IF_ROW2, NetworkGuid);
    OFF(MIB_IF_ROW2, ConnectionType); OFF(MIB_IF_ROW2, TransmitLinkSpeed);
    OFF(MIB_IF_ROW2, ReceiveLinkSpeed); OFF(MIB_IF_ROW2, InOctets); OFF(MIB_IF_ROW2, InUcastPkts);
    OFF(MIB_IF_ROW2, InNUcastPkts); OFF(MIB_IF_ROW2, InDiscards); OFF(MIB_IF_ROW2, InErrors);
    OFF(MIB_IF_ROW2, InUnknownProtos); OFF(MIB_IF_ROW2, InUcastOctets); OFF(MIB_IF_ROW2, InMulticastOctets);
    OFF(MIB_IF_ROW2, InBroadcastOctets); OFF(MIB_IF_ROW2, OutOctets); OFF(MIB_IF_ROW2, OutUcastPkts);
    OFF(MIB_IF_ROW2, OutNUcastPkts); OFF(MIB_IF_ROW2, OutDiscards); OFF(MIB_IF_ROW2, OutErrors);
    OFF(MIB_IF_ROW2, OutUcastOctets); OFF(MIB_IF_ROW2, OutMulticastOctets);
    OFF(MIB_IF_ROW2, OutBroadcastOctets); OFF(MIB_IF_ROW2, OutQLen);
    OFF(MIB_IF_TABLE2, Table);

    SZ(SOCKADDR_INET);
    OFF(SOCKADDR_INET, si_family); OFF(SOCKADDR_INET, Ipv4.sin_port); OFF(SOCKADDR_INET, Ipv4.sin_addr);
    OFF(SOCKADDR_INET, Ipv6.sin6_port); OFF(SOCKADDR_INET, Ipv6.sin6_flowinfo);
    OFF(SOCKADDR_INET, Ipv6.sin6_addr); OFF(SOCKADDR_INET, Ipv6.sin6_scope_id);
    SZ(IP_ADDRESS_PREFIX);
    OFF(IP_ADDRESS_PREFIX, Prefix); OFF(IP_ADDRESS_PREFIX, PrefixLength);
    SZ(MIB_IPFORWARD_ROW2);
    OFF(MIB_IPFORWARD_ROW2, InterfaceLuid); OFF(MIB_IPFORWARD_ROW2, InterfaceIndex);
    OFF(MIB_IPFORWARD_ROW2, DestinationPrefix); OFF(MIB_IPFORWARD_ROW2, NextHop);
    OFF(MIB_IPFORWARD_ROW2, SitePrefixLength); OFF(MIB_IPFORWARD_ROW2, ValidLifetime);
    OFF(MIB_IPFORWARD_ROW2, PreferredLifetime); OFF(MIB_IPFORWARD_ROW2, Metric);
    OFF(MIB_IPFORWARD_ROW2, Protocol); OFF(MIB_IPFORWARD_ROW2, Loopback);
    OFF(MIB_IPFORWARD_ROW2, AutoconfigureAddress); OFF(MIB_IPFORWARD_ROW2, Publish);
    OFF(MIB_IPFORWARD_ROW2, Immortal); OFF(MIB_IPFORWARD_ROW2, Age); OFF(MIB_IPFORWARD_ROW2, Origin);
    OFF(MIB_IPFORWARD_TABLE2, Table);

    SZ(MIB_IPINTERFACE_ROW);
    OFF(MIB_IPINTERFACE_ROW, Family); OFF(MIB_IPINTERFACE_ROW, InterfaceLuid);
    OFF(MIB_IPINTERFACE_ROW, InterfaceIndex); OFF(MIB_IPINTERFACE_ROW, UseAutomaticMetric);
    OFF(MIB_IPINTERFACE_ROW, Metric); OFF(MIB_IPINTERFACE_ROW, NlMtu); OFF(MIB_IPINTERFACE_ROW, Connected);
    OFF(MIB_IPINTERFACE_TABLE, Table);

    SZ(MIB_UNICASTIPADDRESS_ROW);
    OFF(MIB_UNICASTIPADDRESS_ROW, Address); OFF(MIB_UNICASTIPADDRESS_ROW, InterfaceLuid);
    OFF(MIB_UNICASTIPADDRESS_ROW, InterfaceIndex); OFF(MIB_UNICASTIPADDRESS_ROW, PrefixOrigin);
    OFF(MIB_UNICASTIPADDRESS_ROW, SuffixOrigin); OFF(MIB_UNICASTIPADDRESS_ROW, ValidLifetime);
    OFF(MIB_UNICASTIPADDRESS_ROW, PreferredLifetime); OFF(MIB_UNICASTIPADDRESS_ROW, OnLinkPrefixLength);
    OFF(MIB_UNICASTIPADDRESS_ROW, SkipAsSource); OFF(MIB_UNICASTIPADDRESS_ROW, DadState);
    OFF(MIB_UNICASTIPADDRESS_ROW, ScopeId); OFF(MIB_UNICASTIPADDRESS_ROW, CreationTimeStamp);
    OFF(MIB_UNICASTIPADDRESS_TABLE, Table);

    SZ(MIB_IPSTATS);
    OFF(MIB_IPSTATS, dwForwarding); OFF(MIB_IPSTATS, dwDefaultTTL); OFF(MIB_IPSTATS, dwInReceives);
    OFF(MIB_IPSTATS, dwInHdrErrors); OFF(MIB_IPSTATS, dwInAddrErrors); OFF(MIB_IPSTATS, dwForwDatagrams);
    OFF(MIB_IPSTATS, dwInUnknownProtos); OFF(MIB_IPSTATS, dwInDiscards); OFF(MIB_IPSTATS, dwInDelivers);
    OFF(MIB_IPSTATS, dwOutRequests); OFF(MIB_IPSTATS, dwRoutingDiscards); OFF(MIB_IPSTATS, dwOutDiscards);
    OFF(MIB_IPSTATS, dwOutNoRoutes); OFF(MIB_IPSTATS, dwReasmTimeout); OFF(MIB_IPSTATS, dwReasmReqds);
    OFF(MIB_IPSTATS, dwReasmOks); OFF(MIB_IPSTATS, dwReasmFails); OFF(MIB_IPSTATS, dwFragOks);
    OFF(MIB_IPSTATS, dwFragFails); OFF(MIB_IPSTATS, dwFragCreates); OFF(MIB_IPSTATS, dwNumIf);
    OFF(MIB_IPSTATS, dwNumAddr); OFF(MIB_IPSTATS, dwNumRoutes);

    SZ(MIB_ICMP_EX);
    OFF(MIB_ICMP_EX, icmpInStats); OFF(MIB_ICMP_EX, icmpOutStats);
    SZ(MIBICMPSTATS_EX);
    OFF(MIBICMPSTATS_EX, dwMsgs); OFF(MIBICMPSTATS_EX, dwErrors); OFF(MIBICMPSTATS_EX, rgdwTypeCount);

    SZ(MIB_TCPSTATS);
    OFF(MIB_TCPSTATS, dwRtoAlgorithm); OFF(MIB_TCPSTATS, dwRtoMin); OFF(MIB_TCPSTATS, dwRtoMax);
    OFF(MIB_TCPSTATS, dwMaxConn); OFF(MIB_TCPSTATS, dwActiveOpens); OFF(MIB_TCPSTATS, dwPassiveOpens);
    OFF(MIB_TCPSTATS, dwAttemptFails); OFF(MIB_TCPSTATS, dwEstabResets); OFF(MIB_TCPSTATS, dwCurrEstab);
    OFF(MIB_TCPSTATS, dwInSegs); OFF(MIB_TCPSTATS, dwOutSegs); OFF(MIB_TCPSTATS, dwRetransSegs);
    OFF(MIB_TCPSTATS, dwInErrs); OFF(MIB_TCPSTATS, dwOutRsts); OFF(MIB_TCPSTATS, dwNumConns);

    SZ(MIB_UDPSTATS);
    OFF(MIB_UDPSTATS, dwInDatagrams); OFF(MIB_UDPSTATS, dwNoPorts); OFF(MIB_UDPSTATS, dwInErrors);
    OFF(MIB_UDPSTATS, dwOutDatagrams); OFF(MIB_UDPSTATS, dwNumAddrs);

    SZ(PROCESSENTRY32W);
    OFF(PROCESSENTRY32W, dwSize); OFF(PROCESSENTRY32W, th32ProcessID);
    OFF(PROCESSENTRY32W, th32ParentProcessID); OFF(PROCESSENTRY32W, szExeFile);
}

/* The size -> allocate -> call -> retry-on-122 pattern, as the Java SizedCall does it. */
typedef DWORD (*sized_fn)(void *buf, DWORD *size, int family, int cls);

static DWORD call_tcp(void *buf, DWORD *size, int family, int cls) {
    return GetExtendedTcpTable(buf, size, FALSE, family, cls, 0);
}

static DWORD call_udp(void *buf, DWORD *size, int family, int cls) {
    return GetExtendedUdpTable(buf, size, FALSE, family, cls, 0);
}

static DWORD call_tcp2(void *buf, DWORD *size, int family, int cls) {
    (void) cls;
    return family == AF_INET6 ? GetTcp6Table2(buf, (PULONG) size, FALSE) : GetTcpTable2(buf, (PULONG) size, FALSE);
}

static void *sized(sized_fn fn, int family, int cls, DWORD *rc, DWORD *len) {
    DWORD size = 0;
    void *buf = NULL;
    *rc = fn(NULL, &size, family, cls);
    for (int attempt = 0; attempt < 5 && *rc == ERROR_INSUFFICIENT_BUFFER; attempt++) {
        free(buf);
        buf = malloc(size);
        *rc = fn(buf, &size, family, cls);
    }
    *len = size;
    if (*rc != NO_ERROR) {
        free(buf);
        return NULL;
    }
    return buf;
}

static void dump_sized(const char *file, const char *function, int family, int cls, sized_fn fn) {
    DWORD rc, len;
    void *buf = sized(fn, family, cls, &rc, &len);
    record(file, function, family, cls, rc, buf, len);
    free(buf);
}

/* Owner-module lookups are resolved per row; Wine does not export them, so they are looked up by name. */
typedef DWORD (WINAPI *owner_fn)(void *row, int cls, void *buf, DWORD *size);

static void dump_owner_module(const char *table_file_fn, void *table, size_t row_offset, size_t row_size,
                              const char *file) {
    HMODULE lib = GetModuleHandleA("iphlpapi.dll");
    owner_fn fn = lib ? (owner_fn) (void *) GetProcAddress(lib, table_file_fn) : NULL;
    if (!fn) {
        fprintf(calls, "- %s 0 0 %lu 0\n", table_file_fn, (unsigned long) ERROR_PROC_NOT_FOUND);
        return;
    }
    if (!table || *(DWORD *) table == 0) {
        fprintf(calls, "- %s 0 0 %lu 0\n", table_file_fn, (unsigned long) ERROR_NO_DATA);
        return;
    }
    void *row = (char *) table + row_offset;
    (void) row_size;
    DWORD size = 0;
    DWORD rc = fn(row, TCPIP_OWNER_MODULE_INFO_BASIC, NULL, &size);
    void *buf = NULL;
    for (int attempt = 0; attempt < 5 && rc == ERROR_INSUFFICIENT_BUFFER; attempt++) {
        free(buf);
        buf = malloc(size);
        rc = fn(row, TCPIP_OWNER_MODULE_INFO_BASIC, buf, &size);
    }
    if (rc == NO_ERROR) {
        /* The two string pointers point into buf: its base address is needed to follow them. */
        fprintf(layout, "base %s %llu\n", file, (unsigned long long) (ULONG_PTR) buf);
    }
    record(file, table_file_fn, 0, 0, rc, buf, size);
    free(buf);
}

static size_t api_table_bytes(const void *table, size_t rows_at, size_t row_size) {
    return rows_at + (size_t) (*(const ULONG *) table) * row_size;
}

static void dump_api_allocated(void) {
    PMIB_IF_TABLE2 ifs = NULL;
    DWORD rc = GetIfTable2(&ifs);
    record("if_table2.bin", "GetIfTable2", 0, 0, rc, ifs,
           rc == NO_ERROR ? api_table_bytes(ifs, offsetof(MIB_IF_TABLE2, Table), sizeof(MIB_IF_ROW2)) : 0);
    if (ifs) FreeMibTable(ifs);

    PMIB_IPFORWARD_TABLE2 routes = NULL;
    rc = GetIpForwardTable2(AF_UNSPEC, &routes);
    record("ip_forward_table2.bin", "GetIpForwardTable2", AF_UNSPEC, 0, rc, routes,
           rc == NO_ERROR ? api_table_bytes(routes, offsetof(MIB_IPFORWARD_TABLE2, Table),
                                            sizeof(MIB_IPFORWARD_ROW2)) : 0);
    if (routes) FreeMibTable(routes);

    int families[] = {AF_INET, AF_INET6};
    const char *names[] = {"ip_interface_table_v4.bin", "ip_interface_table_v6.bin"};
    for (int i = 0; i < 2; i++) {
        PMIB_IPINTERFACE_TABLE ipifs = NULL;
        rc = GetIpInterfaceTable(families[i], &ipifs);
        record(names[i], "GetIpInterfaceTable", families[i], 0, rc, ipifs,
               rc == NO_ERROR ? api_table_bytes(ipifs, offsetof(MIB_IPINTERFACE_TABLE, Table),
                                                sizeof(MIB_IPINTERFACE_ROW)) : 0);
        if (ipifs) FreeMibTable(ipifs);
    }

    PMIB_UNICASTIPADDRESS_TABLE unicast = NULL;
    rc = GetUnicastIpAddressTable(AF_UNSPEC, &unicast);
    record("unicast_address_table.bin", "GetUnicastIpAddressTable", AF_UNSPEC, 0, rc, unicast,
           rc == NO_ERROR ? api_table_bytes(unicast, offsetof(MIB_UNICASTIPADDRESS_TABLE, Table),
                                            sizeof(MIB_UNICASTIPADDRESS_ROW)) : 0);
    if (unicast) FreeMibTable(unicast);
}

static void dump_statistics(void) {
    int families[] = {AF_INET, AF_INET6};
    const char *suffix[] = {"v4", "v6"};
    char file[64];
    for (int i = 0; i < 2; i++) {
        MIB_IPSTATS ip;
        memset(&ip, 0, sizeof ip);
        snprintf(file, sizeof file, "ip_stats_%s.bin", suffix[i]);
        record(file, "GetIpStatisticsEx", families[i], 0, GetIpStatisticsEx(&ip, families[i]), &ip, sizeof ip);

        MIB_ICMP_EX icmp;
        memset(&icmp, 0, sizeof icmp);
        snprintf(file, sizeof file, "icmp_ex_%s.bin", suffix[i]);
        record(file, "GetIcmpStatisticsEx", families[i], 0, GetIcmpStatisticsEx(&icmp, families[i]), &icmp,
               sizeof icmp);

        MIB_TCPSTATS tcp;
        memset(&tcp, 0, sizeof tcp);
        snprintf(file, sizeof file, "tcp_stats_%s.bin", suffix[i]);
        record(file, "GetTcpStatisticsEx", families[i], 0, GetTcpStatisticsEx(&tcp, families[i]), &tcp,
               sizeof tcp);

        MIB_UDPSTATS udp;
        memset(&udp, 0, sizeof udp);
        snprintf(file, sizeof file, "udp_stats_%s.bin", suffix[i]);
        record(file, "GetUdpStatisticsEx", families[i], 0, GetUdpStatisticsEx(&udp, families[i]), &udp,
               sizeof udp);
    }
    /* The *Ex2 variants (64-bit segment/datagram counters) are not in the mingw-w64 headers, nor in Wine. */
    HMODULE lib = GetModuleHandleA("iphlpapi.dll");
    const char *ex2[] = {"GetTcpStatisticsEx2", "GetUdpStatisticsEx2"};
    for (int i = 0; i < 2; i++) {
        FARPROC p = lib ? GetProcAddress(lib, ex2[i]) : NULL;
        fprintf(calls, "- %s %d 0 %lu 0\n", ex2[i], AF_INET, (unsigned long) (p ? ERROR_SUCCESS : ERROR_PROC_NOT_FOUND));
    }
}

static void dump_processes(void) {
    HANDLE snap = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snap == INVALID_HANDLE_VALUE) {
        record("process_entries.bin", "CreateToolhelp32Snapshot", 0, 0, GetLastError(), NULL, 0);
        return;
    }
    size_t cap = 64, n = 0;
    PROCESSENTRY32W *all = malloc(cap * sizeof *all);
    PROCESSENTRY32W e;
    memset(&e, 0, sizeof e);
    e.dwSize = sizeof e;
    for (BOOL ok = Process32FirstW(snap, &e); ok; ok = Process32NextW(snap, &e)) {
        if (n == cap) all = realloc(all, (cap *= 2) * sizeof *all);
        all[n++] = e;
        memset(&e, 0, sizeof e);
        e.dwSize = sizeof e;
    }
    CloseHandle(snap);
    record("process_entries.bin", "Process32NextW", 0, 0, NO_ERROR, all, n * sizeof *all);
    free(all);

    DWORD pid = GetCurrentProcessId();
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
    WCHAR path[32768];
    DWORD chars = sizeof path / sizeof path[0];
    DWORD rc = h && QueryFullProcessImageNameW(h, 0, path, &chars) ? NO_ERROR : GetLastError();
    if (h) CloseHandle(h);
    record("self_image.bin", "QueryFullProcessImageNameW", 0, (int) pid, rc, path, rc == NO_ERROR ? chars * 2 : 0);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: iphlp_dump OUTDIR\n");
        return 2;
    }
    outdir = argv[1];
    layout = open_out("layout.txt", "w");
    calls = open_out("calls.txt", "w");
    dump_layouts();

    dump_sized("tcp4_owner_pid.bin", "GetExtendedTcpTable", AF_INET, TCP_TABLE_OWNER_PID_ALL, call_tcp);
    dump_sized("tcp6_owner_pid.bin", "GetExtendedTcpTable", AF_INET6, TCP_TABLE_OWNER_PID_ALL, call_tcp);
    dump_sized("udp4_owner_pid.bin", "GetExtendedUdpTable", AF_INET, UDP_TABLE_OWNER_PID, call_udp);
    dump_sized("udp6_owner_pid.bin", "GetExtendedUdpTable", AF_INET6, UDP_TABLE_OWNER_PID, call_udp);
    dump_sized("tcp4_owner_module.bin", "GetExtendedTcpTable", AF_INET, TCP_TABLE_OWNER_MODULE_ALL, call_tcp);
    dump_sized("tcp6_owner_module.bin", "GetExtendedTcpTable", AF_INET6, TCP_TABLE_OWNER_MODULE_ALL, call_tcp);
    dump_sized("udp4_owner_module.bin", "GetExtendedUdpTable", AF_INET, UDP_TABLE_OWNER_MODULE, call_udp);
    dump_sized("udp6_owner_module.bin", "GetExtendedUdpTable", AF_INET6, UDP_TABLE_OWNER_MODULE, call_udp);
    dump_sized("tcp4_table2.bin", "GetTcpTable2", AF_INET, 0, call_tcp2);
    dump_sized("tcp6_table2.bin", "GetTcp6Table2", AF_INET6, 0, call_tcp2);

    DWORD rc, len;
    void *t = sized(call_tcp, AF_INET, TCP_TABLE_OWNER_MODULE_ALL, &rc, &len);
    dump_owner_module("GetOwnerModuleFromTcpEntry", t, offsetof(MIB_TCPTABLE_OWNER_MODULE, table),
                      sizeof(MIB_TCPROW_OWNER_MODULE), "owner_module_tcp4.bin");
    free(t);

    dump_api_allocated();
    dump_statistics();
    dump_processes();

    fclose(calls);
    fclose(layout);
    return 0;
}
