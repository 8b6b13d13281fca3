package io.github.netstatx.backend.macos.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.netstatx.backend.macos.fixtures.XnuLayout;
import io.github.netstatx.backend.macos.fixtures.XnuLayout.Release;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every offset and size a decoder uses, against the layouts recorded from each release's XNU headers. */
class XnuLayoutConformanceTest {

    @ParameterizedTest
    @EnumSource(Release.class)
    void inetPcbListOffsets(Release r) {
        XnuLayout l = r.layout();
        assertEquals(XsoRecords.GEN_SIZE, l.size("xinpgen"));
        assertEquals(XsoRecords.GEN_LEN, l.offset("xinpgen", "xig_len"));
        assertEquals(XsoRecords.GEN_COUNT, l.offset("xinpgen", "xig_count"));
        assertEquals(XsoRecords.GEN_GEN, l.offset("xinpgen", "xig_gen"));
        assertEquals(XsoRecords.GEN_SIZE, l.size("xunpgen"));
        assertEquals(XsoRecords.GEN_GEN, l.offset("xunpgen", "xug_gen"));

        assertEquals(InetPcbListDecoder.XINPCB_N_SIZE, l.size("xinpcb_n"));
        assertEquals(InetPcbListDecoder.XI_INPP, l.offset("xinpcb_n", "xi_inpp"));
        assertEquals(InetPcbListDecoder.INP_FPORT, l.offset("xinpcb_n", "inp_fport"));
        assertEquals(InetPcbListDecoder.INP_LPORT, l.offset("xinpcb_n", "inp_lport"));
        assertEquals(InetPcbListDecoder.INP_PPCB, l.offset("xinpcb_n", "inp_ppcb"));
        assertEquals(InetPcbListDecoder.INP_GENCNT, l.offset("xinpcb_n", "inp_gencnt"));
        assertEquals(InetPcbListDecoder.INP_FLAGS, l.offset("xinpcb_n", "inp_flags"));
        assertEquals(InetPcbListDecoder.INP_VFLAG, l.offset("xinpcb_n", "inp_vflag"));
        assertEquals(InetPcbListDecoder.INP_IP_P, l.offset("xinpcb_n", "inp_ip_p"));
        assertEquals(InetPcbListDecoder.INP_FADDR, l.offset("xinpcb_n", "inp_dependfaddr.inp6_foreign"));
        assertEquals(InetPcbListDecoder.INP_FADDR + 12, l.offset("xinpcb_n", "inp_dependfaddr.inp46_foreign.ia46_addr4"));
        assertEquals(InetPcbListDecoder.INP_LADDR, l.offset("xinpcb_n", "inp_dependladdr.inp6_local"));
        assertEquals(InetPcbListDecoder.INP_LADDR + 12, l.offset("xinpcb_n", "inp_dependladdr.inp46_local.ia46_addr4"));
        assertEquals(InetPcbListDecoder.INP_FLOWHASH, l.offset("xinpcb_n", "inp_flowhash"));

        int xsocket = l.size("xsocket_n");
        assertEquals(r.ventura() ? InetPcbListDecoder.XSOCKET_N_SIZE_13 : InetPcbListDecoder.XSOCKET_N_SIZE_12,
                xsocket, "xsocket_n size tells the releases apart");
        assertEquals(InetPcbListDecoder.XSO_SO, l.offset("xsocket_n", "xso_so"));
        assertEquals(InetPcbListDecoder.SO_TYPE, l.offset("xsocket_n", "so_type"));
        assertEquals(InetPcbListDecoder.SO_OPTIONS, l.offset("xsocket_n", "so_options"));
        assertEquals(InetPcbListDecoder.SO_STATE, l.offset("xsocket_n", "so_state"));
        assertEquals(InetPcbListDecoder.SO_PCB, l.offset("xsocket_n", "so_pcb"));
        assertEquals(InetPcbListDecoder.XSO_PROTOCOL, l.offset("xsocket_n", "xso_protocol"));
        assertEquals(InetPcbListDecoder.XSO_FAMILY, l.offset("xsocket_n", "xso_family"));
        assertEquals(InetPcbListDecoder.SO_QLEN, l.offset("xsocket_n", "so_qlen"));
        assertEquals(InetPcbListDecoder.SO_INCQLEN, l.offset("xsocket_n", "so_incqlen"));
        assertEquals(InetPcbListDecoder.SO_QLIMIT, l.offset("xsocket_n", "so_qlimit"));
        assertEquals(InetPcbListDecoder.SO_UID, l.offset("xsocket_n", "so_uid"));
        assertEquals(InetPcbListDecoder.SO_LAST_PID, l.offset("xsocket_n", "so_last_pid"));
        assertEquals(InetPcbListDecoder.SO_E_PID, l.offset("xsocket_n", "so_e_pid"));

        assertEquals(InetPcbListDecoder.XSOCKBUF_N_SIZE, l.size("xsockbuf_n"));
        assertEquals(InetPcbListDecoder.SB_CC, l.offset("xsockbuf_n", "sb_cc"));
        assertEquals(InetPcbListDecoder.SB_HIWAT, l.offset("xsockbuf_n", "sb_hiwat"));
        assertEquals(InetPcbListDecoder.XSOCKSTAT_N_SIZE, l.size("xsockstat_n"));
        assertEquals(InetPcbListDecoder.XST_TC_STATS, l.offset("xsockstat_n", "xst_tc_stats"));
        assertEquals(InetPcbListDecoder.XSOCKSTAT_N_SIZE,
                InetPcbListDecoder.XST_TC_STATS + InetPcbListDecoder.TC_STATS_MAX * InetPcbListDecoder.DATA_STATS_SIZE,
                "four data_stats of four u64 fill xsockstat_n");
        assertEquals(InetPcbListDecoder.XTCPCB_N_SIZE, l.size("xtcpcb_n"));
        assertEquals(InetPcbListDecoder.T_STATE, l.offset("xtcpcb_n", "t_state"));
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void libprocOffsets(Release r) {
        XnuLayout l = r.layout();
        assertEquals(ProcFdListDecoder.PROC_FDINFO_SIZE, l.size("proc_fdinfo"));
        assertEquals(ProcFdListDecoder.PROC_FD, l.offset("proc_fdinfo", "proc_fd"));
        assertEquals(ProcFdListDecoder.PROC_FDTYPE, l.offset("proc_fdinfo", "proc_fdtype"));
        assertEquals(SocketFdInfoDecoder.SOCKET_FDINFO_SIZE, l.size("socket_fdinfo"));
        assertEquals(SocketFdInfoDecoder.SOI_SO, l.offset("socket_fdinfo", "psi.soi_so"));
        assertEquals(SocketFdInfoDecoder.SOI_PCB, l.offset("socket_fdinfo", "psi.soi_pcb"));
        assertEquals(SocketFdInfoDecoder.SOI_TYPE, l.offset("socket_fdinfo", "psi.soi_type"));
        assertEquals(SocketFdInfoDecoder.SOI_PROTOCOL, l.offset("socket_fdinfo", "psi.soi_protocol"));
        assertEquals(SocketFdInfoDecoder.SOI_FAMILY, l.offset("socket_fdinfo", "psi.soi_family"));
        assertEquals(SocketFdInfoDecoder.SOI_KIND, l.offset("socket_fdinfo", "psi.soi_kind"));
        assertEquals(UnixPcbList64Decoder.SO64_SO, l.offset("xsocket64", "xso_so"));
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void socketExtensionOffsets(Release r) {
        XnuLayout l = r.layout();
        if (!r.ventura()) {
            assertTrue(!l.fields("xsocket_n").contains("so_gencnt"), "the 76-byte xsocket_n has no extension");
            return;
        }
        assertEquals(SocketExtension.SO_GENCNT, l.offset("xsocket_n", "so_gencnt"));
        assertEquals(SocketExtension.SO_FLAGS, l.offset("xsocket_n", "so_flags"));
        assertEquals(SocketExtension.SO_FLAGS1, l.offset("xsocket_n", "so_flags1"));
        assertEquals(SocketExtension.SO_USECOUNT, l.offset("xsocket_n", "so_usecount"));
        assertEquals(SocketExtension.SO_RETAINCNT, l.offset("xsocket_n", "so_retaincnt"));
        assertEquals(SocketExtension.XSO_FILTER_FLAGS, l.offset("xsocket_n", "xso_filter_flags"));
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void interfaceListOffsets(Release r) {
        XnuLayout l = r.layout();
        assertEquals(IfList2Decoder.IF_MSGHDR2_SIZE, l.size("if_msghdr2"));
        assertEquals(IfList2Decoder.MSGLEN, l.offset("if_msghdr2", "ifm_msglen"));
        assertEquals(IfList2Decoder.TYPE, l.offset("if_msghdr2", "ifm_type"));
        assertEquals(IfList2Decoder.ADDRS, l.offset("if_msghdr2", "ifm_addrs"));
        assertEquals(IfList2Decoder.FLAGS, l.offset("if_msghdr2", "ifm_flags"));
        assertEquals(IfList2Decoder.INDEX, l.offset("if_msghdr2", "ifm_index"));
        assertEquals(IfList2Decoder.SND_DROPS, l.offset("if_msghdr2", "ifm_snd_drops"));
        assertEquals(IfList2Decoder.DATA, l.offset("if_msghdr2", "ifm_data"));
        assertEquals(IfList2Decoder.IFI_TYPE, l.offset("if_data64", "ifi_type"));
        assertEquals(IfList2Decoder.IFI_MTU, l.offset("if_data64", "ifi_mtu"));
        assertEquals(IfList2Decoder.IFI_METRIC, l.offset("if_data64", "ifi_metric"));
        assertEquals(IfList2Decoder.IFI_BAUDRATE, l.offset("if_data64", "ifi_baudrate"));
        assertEquals(IfList2Decoder.IFI_IPACKETS, l.offset("if_data64", "ifi_ipackets"));
        assertEquals(IfList2Decoder.IFI_IERRORS, l.offset("if_data64", "ifi_ierrors"));
        assertEquals(IfList2Decoder.IFI_OPACKETS, l.offset("if_data64", "ifi_opackets"));
        assertEquals(IfList2Decoder.IFI_OERRORS, l.offset("if_data64", "ifi_oerrors"));
        assertEquals(IfList2Decoder.IFI_COLLISIONS, l.offset("if_data64", "ifi_collisions"));
        assertEquals(IfList2Decoder.IFI_IBYTES, l.offset("if_data64", "ifi_ibytes"));
        assertEquals(IfList2Decoder.IFI_OBYTES, l.offset("if_data64", "ifi_obytes"));
        assertEquals(IfList2Decoder.IFI_IMCASTS, l.offset("if_data64", "ifi_imcasts"));
        assertEquals(IfList2Decoder.IFI_OMCASTS, l.offset("if_data64", "ifi_omcasts"));
        assertEquals(IfList2Decoder.IFI_IQDROPS, l.offset("if_data64", "ifi_iqdrops"));
        assertEquals(IfList2Decoder.IFI_NOPROTO, l.offset("if_data64", "ifi_noproto"));
        assertEquals(IfList2Decoder.IFA_MSGHDR_SIZE, l.size("ifa_msghdr"));
        assertEquals(IfList2Decoder.IFAM_ADDRS, l.offset("ifa_msghdr", "ifam_addrs"));
        assertEquals(IfList2Decoder.IFAM_INDEX, l.offset("ifa_msghdr", "ifam_index"));
        assertEquals(IfList2Decoder.IFMA_MSGHDR2_SIZE, l.size("ifma_msghdr2"));
        assertEquals(IfList2Decoder.TYPE, l.offset("ifma_msghdr2", "ifmam_type"));
        assertEquals(IfList2Decoder.IFMAM_ADDRS, l.offset("ifma_msghdr2", "ifmam_addrs"));
        assertEquals(IfList2Decoder.IFMAM_INDEX, l.offset("ifma_msghdr2", "ifmam_index"));
        assertEquals(IfList2Decoder.IFMAM_REFCOUNT, l.offset("ifma_msghdr2", "ifmam_refcount"));
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void unixOffsets(Release r) {
        XnuLayout l = r.layout();
        assertEquals(UnixPcbList64Decoder.XUNPCB64_SIZE, l.size("xunpcb64"));
        assertEquals(UnixPcbList64Decoder.XU_LEN, l.offset("xunpcb64", "xu_len"));
        assertEquals(UnixPcbList64Decoder.XU_UNPP, l.offset("xunpcb64", "xu_unpp"));
        assertEquals(UnixPcbList64Decoder.XUNP_VNODE, l.offset("xunpcb64", "xunp_vnode"));
        assertEquals(UnixPcbList64Decoder.XUNP_INO, l.offset("xunpcb64", "xunp_ino"));
        assertEquals(UnixPcbList64Decoder.XUNP_CONN, l.offset("xunpcb64", "xunp_conn"));
        assertEquals(UnixPcbList64Decoder.XUNP_REFS, l.offset("xunpcb64", "xunp_refs"));
        assertEquals(UnixPcbList64Decoder.XUNP_REFLINK, l.offset("xunpcb64", "xunp_reflink.le_next"));
        assertEquals(UnixPcbList64Decoder.XUNP_GENCNT, l.offset("xunpcb64", "xunp_gencnt"));
        assertEquals(UnixPcbList64Decoder.XU_ADDR, l.offset("xunpcb64", "xu_au.xuu_addr.sun_len"));
        assertEquals(UnixPcbList64Decoder.XU_CADDR, l.offset("xunpcb64", "xu_cau.xuu_caddr.sun_len"));
        assertEquals(UnixPcbList64Decoder.XU_SOCKET, l.offset("xunpcb64", "xu_socket"));
        assertEquals(UnixPcbList64Decoder.SO64_TYPE, l.offset("xsocket64", "so_type"));
        assertEquals(UnixPcbList64Decoder.SO64_OPTIONS, l.offset("xsocket64", "so_options"));
        assertEquals(UnixPcbList64Decoder.SO64_STATE, l.offset("xsocket64", "so_state"));
        assertEquals(UnixPcbList64Decoder.SO64_QLEN, l.offset("xsocket64", "so_qlen"));
        assertEquals(UnixPcbList64Decoder.SO64_INCQLEN, l.offset("xsocket64", "so_incqlen"));
        assertEquals(UnixPcbList64Decoder.SO64_QLIMIT, l.offset("xsocket64", "so_qlimit"));
        assertEquals(UnixPcbList64Decoder.SO64_RCV_CC, l.offset("xsocket64", "so_rcv.sb_cc"));
        assertEquals(UnixPcbList64Decoder.SO64_RCV_HIWAT, l.offset("xsocket64", "so_rcv.sb_hiwat"));
        assertEquals(UnixPcbList64Decoder.SO64_SND_CC, l.offset("xsocket64", "so_snd.sb_cc"));
        assertEquals(UnixPcbList64Decoder.SO64_SND_HIWAT, l.offset("xsocket64", "so_snd.sb_hiwat"));
        assertEquals(UnixPcbList64Decoder.SO64_UID, l.offset("xsocket64", "so_uid"));
        assertEquals(SunPath.SUN_PATH, l.offset("sockaddr_un", "sun_path"));
        assertEquals(SunPath.SUN_PATH + SunPath.SUN_PATH_MAX, l.size("sockaddr_un"));
        assertTrue(r.ventura() == l.has("xunpcb_n"), "xunpcb_n exists exactly from macOS 13");
        if (l.has("xunpcb_n")) {
            assertEquals(UnixPcbListNDecoder.XUNPCB_N_SIZE, l.size("xunpcb_n"));
            assertEquals(UnixPcbListNDecoder.XUNP_UNPP, l.offset("xunpcb_n", "xunp_unpp"));
            assertEquals(UnixPcbListNDecoder.XUNP_VNODE, l.offset("xunpcb_n", "xunp_vnode"));
            assertEquals(UnixPcbListNDecoder.XUNP_INO, l.offset("xunpcb_n", "xunp_ino"));
            assertEquals(UnixPcbListNDecoder.XUNP_CONN, l.offset("xunpcb_n", "xunp_conn"));
            assertEquals(UnixPcbListNDecoder.XUNP_REFS, l.offset("xunpcb_n", "xunp_refs"));
            assertEquals(UnixPcbListNDecoder.XUNP_REFLINK, l.offset("xunpcb_n", "xunp_reflink"));
            assertEquals(UnixPcbListNDecoder.XUNP_GENCNT, l.offset("xunpcb_n", "xunp_gencnt"));
            assertEquals(UnixPcbListNDecoder.XU_ADDR, l.offset("xunpcb_n", "xu_au.xuu_addr.sun_len"));
            assertEquals(UnixPcbListNDecoder.XU_CADDR, l.offset("xunpcb_n", "xu_cau.xuu_caddr.sun_len"));
        }
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void routeDumpOffsets(Release r) {
        XnuLayout l = r.layout();
        assertEquals(RouteDump2Decoder.RT_MSGHDR2_SIZE, l.size("rt_msghdr2"));
        assertEquals(RouteDump2Decoder.MSGLEN, l.offset("rt_msghdr2", "rtm_msglen"));
        assertEquals(RouteDump2Decoder.TYPE, l.offset("rt_msghdr2", "rtm_type"));
        assertEquals(RouteDump2Decoder.INDEX, l.offset("rt_msghdr2", "rtm_index"));
        assertEquals(RouteDump2Decoder.FLAGS, l.offset("rt_msghdr2", "rtm_flags"));
        assertEquals(RouteDump2Decoder.ADDRS, l.offset("rt_msghdr2", "rtm_addrs"));
        assertEquals(RouteDump2Decoder.REFCNT, l.offset("rt_msghdr2", "rtm_refcnt"));
        assertEquals(RouteDump2Decoder.PARENTFLAGS, l.offset("rt_msghdr2", "rtm_parentflags"));
        assertEquals(RouteDump2Decoder.USE, l.offset("rt_msghdr2", "rtm_use"));
        assertEquals(RouteDump2Decoder.RMX, l.offset("rt_msghdr2", "rtm_rmx"));
        assertEquals(RouteDump2Decoder.RMX_MTU, l.offset("rt_metrics", "rmx_mtu"));
        assertEquals(RouteDump2Decoder.RMX_EXPIRE, l.offset("rt_metrics", "rmx_expire"));
        assertEquals(RouteDump2Decoder.RMX_RECVPIPE, l.offset("rt_metrics", "rmx_recvpipe"));
        assertEquals(RouteDump2Decoder.RMX_SENDPIPE, l.offset("rt_metrics", "rmx_sendpipe"));
        assertEquals(RouteDump2Decoder.RMX_SSTHRESH, l.offset("rt_metrics", "rmx_ssthresh"));
        assertEquals(RouteDump2Decoder.RMX_RTT, l.offset("rt_metrics", "rmx_rtt"));
        assertEquals(RouteDump2Decoder.RMX_RTTVAR, l.offset("rt_metrics", "rmx_rttvar"));
        assertEquals(RouteDump2Decoder.RMX + RouteDump2Decoder.RMX_EXPIRE, l.offset("rt_msghdr2", "rtm_rmx.rmx_expire"));
        assertEquals(RouteDump2Decoder.RT_MSGHDR2_SIZE, RouteDump2Decoder.RMX + l.size("rt_metrics"),
                "rt_metrics closes rt_msghdr2: the sockaddrs start right after it");
    }

    @ParameterizedTest
    @EnumSource(Release.class)
    void statisticsLayouts(Release r) {
        XnuLayout l = r.layout();
        XnuStatsLayouts layouts = XnuStatsLayouts.load();
        assertEquals(r.tag, XnuStatsLayouts.tagFor(r.version + ".1"), "a point release keeps its XNU tag");
        for (String struct : java.util.List.of("tcpstat", "udpstat", "ipstat", "icmpstat", "ip6stat", "icmp6stat")) {
            XnuStatsLayouts.Layout main = layouts.layout(r.tag, struct).orElseThrow();
            assertEquals(l.size(struct), main.size(), struct);
            java.util.Set<String> recorded = new java.util.HashSet<>(l.fields(struct));
            recorded.remove("(sizeof)");
            recorded.remove("icp6s_outerrhist");
            assertEquals(recorded, new java.util.HashSet<>(main.fields().stream().map(XnuStatsLayouts.Field::name)
                    .toList()), struct + ": the same counters");
            for (XnuStatsLayouts.Field f : main.fields()) {
                assertEquals(l.offset(struct, f.name()), f.offset(), struct + "." + f.name());
                assertTrue(f.offset() + f.width() * f.count() <= main.size(), struct + "." + f.name());
            }
        }
    }
}
