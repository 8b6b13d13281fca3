package io.github.netstatx.backend.windows.capture;

import io.github.netstatx.backend.windows.IpHelperCall;
import io.github.netstatx.backend.windows.IpHelperException;
import io.github.netstatx.backend.windows.TcpTableClass;
import io.github.netstatx.backend.windows.UdpTableClass;
import io.github.netstatx.core.capture.SourceFailure;
import io.github.netstatx.core.model.AddressFamily;
import io.github.netstatx.core.model.Protocol;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the windows-iphlpapi capture format (docs/CAPTURE.md): one file per IP Helper call, named by
 * the function and the arguments that select what it returns, joined with dots
 * ({@code GetExtendedTcpTable.AF_INET.TCP_TABLE_OWNER_PID_ALL}), and the wording of a failed call in a
 * {@code fail} record ({@code 1168 GetIpForwardTable2 error 1168}: error number, function, detail).
 */
final class IpHelperCaptureNames {

    /** The owner lookup's answers, one line per process. */
    static final String PROCESSES = "processes.txt";
    /** Whether the collector ran elevated: {@code true} or {@code false}; absent when unknown. */
    static final String ELEVATED = "elevated";
    /** The Toolhelp snapshot's PROCESSENTRY32W records. */
    static final String PROCESS_ENTRIES = "Process32NextW";
    /** Beside an owner-module buffer: the native address it had, which its pointers point into. */
    static final String BASE_SUFFIX = ".base";

    private static final Pattern FAILURE = Pattern.compile("(\\d+) (\\S+) (.*)", Pattern.DOTALL);

    private IpHelperCaptureNames() {
    }

    static String af(AddressFamily family) {
        return switch (IpHelperCall.afValue(family)) {
            case IpHelperCall.AF_INET -> "AF_INET";
            case IpHelperCall.AF_INET6 -> "AF_INET6";
            default -> "AF_UNSPEC";
        };
    }

    static String extendedTcpTable(AddressFamily family, TcpTableClass c) {
        return "GetExtendedTcpTable." + af(family) + ".TCP_TABLE_" + c.name();
    }

    static String extendedUdpTable(AddressFamily family, UdpTableClass c) {
        return "GetExtendedUdpTable." + af(family) + ".UDP_TABLE_" + c.name();
    }

    static String tcpTable2(AddressFamily family) {
        return (family == AddressFamily.IPV6 ? "GetTcp6Table2." : "GetTcpTable2.") + af(family);
    }

    /** {@code GetOwnerModuleFromTcpEntry} and its siblings, as the live source names them. */
    static String ownerModuleFunction(Protocol protocol, AddressFamily family) {
        return "GetOwnerModuleFrom" + (protocol == Protocol.TCP ? "Tcp" : "Udp")
                + (family == AddressFamily.IPV6 ? "6" : "") + "Entry";
    }

    /**
     * One owner-module call per row: the row is named by the first 16 hex digits of the SHA-256 of its bytes
     * as passed, so the name needs no table position and the same row finds its answer on replay.
     */
    static String ownerModule(Protocol protocol, AddressFamily family, ByteBuffer row) {
        byte[] bytes = new byte[row.remaining()];
        row.duplicate().get(bytes);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return ownerModuleFunction(protocol, family) + "." + af(family) + ".row-"
                    + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A call with only a family argument ({@code GetIpStatisticsEx.AF_INET}); {@code GetIfTable2} has none. */
    static String withFamily(String function, AddressFamily family) {
        return function + "." + af(family);
    }

    /** The {@code fail} record of a failed call. */
    static SourceFailure failure(IpHelperException e) {
        String prefix = e.call() + " failed: ";
        String detail = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
        return new SourceFailure(SourceFailure.Kind.FAILED, e.errorCode() + " " + e.call().function() + " " + detail);
    }

    /**
     * The exception a recorded failure stands for, for the call replay was asked to make ({@code asked}
     * supplies family and table class; the record, which function failed).
     */
    static IpHelperException exception(IpHelperCall asked, String recorded) {
        Matcher m = FAILURE.matcher(recorded == null ? "" : recorded);
        if (!m.matches()) {
            return new IpHelperException(asked, 0, "failed when captured: " + recorded);
        }
        IpHelperCall call = new IpHelperCall(m.group(2), asked.family(), asked.tableClass());
        int code;
        try {
            code = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return new IpHelperException(asked, 0, "failed when captured: " + recorded);
        }
        return new IpHelperException(call, code, m.group(3));
    }
}
