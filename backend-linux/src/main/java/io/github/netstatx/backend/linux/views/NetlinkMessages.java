package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.text.SurrogateEscape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The framing shared by the netlink dumps (rtnetlink, sock_diag): a sequence of {@code struct nlmsghdr} (length, type, flags,
 * sequence, port id; 16 bytes, host byte order) each followed by its payload and padded to 4 bytes, ending
 * with {@code NLMSG_DONE}; inside a payload, after the fixed family header, {@code struct rtattr}s (length,
 * type, value; padded to 4 bytes).
 */
public final class NetlinkMessages {

    /** One message: its type and its payload (without the 16-byte header). */
    public record Message(int number, int type, ByteBuffer payload) {
    }

    static final int NLMSG_HDRLEN = 16;
    static final int NLMSG_DONE = 3;
    /** The attribute type bits; the top two are NLA_F_NESTED and NLA_F_NET_BYTEORDER. */
    private static final int NLA_TYPE_MASK = 0x3fff;

    private NetlinkMessages() {
    }

    /**
     * The messages of a dump up to {@code NLMSG_DONE}; {@code truncated} receives the 1-based number of a
     * message whose length runs past the data (the walk stops there).
     */
    public static List<Message> split(byte[] dump, ByteOrder order, List<Integer> truncated) {
        ByteBuffer b = ByteBuffer.wrap(dump).order(order);
        List<Message> out = new ArrayList<>();
        int number = 0;
        for (int at = 0; at < dump.length; ) {
            number++;
            if (dump.length - at < NLMSG_HDRLEN) {
                truncated.add(number);
                break;
            }
            int length = b.getInt(at);
            int type = Short.toUnsignedInt(b.getShort(at + 4));
            if (length < NLMSG_HDRLEN || length > dump.length - at) {
                truncated.add(number);
                break;
            }
            if (type == NLMSG_DONE) {
                break;
            }
            out.add(new Message(number, type,
                    b.slice(at + NLMSG_HDRLEN, length - NLMSG_HDRLEN).order(order)));
            at += align(length);
        }
        return out;
    }

    /**
     * The attributes after a payload's fixed header of {@code headerSize} bytes, by type (the first of each
     * type), each value as its own buffer; null when an attribute's length runs past the payload.
     */
    static Map<Integer, ByteBuffer> attributes(ByteBuffer payload, int headerSize) {
        Map<Integer, ByteBuffer> out = new HashMap<>();
        int limit = payload.limit();
        for (int at = headerSize; at + 4 <= limit; ) {
            int length = Short.toUnsignedInt(payload.getShort(at));
            int type = Short.toUnsignedInt(payload.getShort(at + 2)) & NLA_TYPE_MASK;
            if (length < 4 || length > limit - at) {
                return null;
            }
            out.putIfAbsent(type, payload.slice(at + 4, length - 4).order(payload.order()));
            at += align(length);
        }
        return out;
    }

    /** A NUL-terminated string attribute, decoded like procfs text, so a name compares equal to /proc/net/dev's. */
    static String string(ByteBuffer value) {
        int n = 0;
        while (n < value.limit() && value.get(n) != 0) {
            n++;
        }
        byte[] b = new byte[n];
        value.get(0, b);
        return SurrogateEscape.decode(b);
    }

    static Integer u32(ByteBuffer value) {
        return value == null || value.limit() < 4 ? null : value.getInt(0);
    }

    static byte[] bytes(ByteBuffer value) {
        byte[] b = new byte[value.limit()];
        value.get(0, b);
        return b;
    }

    private static int align(int length) {
        return (length + 3) & ~3;
    }
}
