package io.github.netstatx.cli.linux;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of net-tools' interface list ({@code lib/interface.c} {@code if_cache_add} with
 * {@code lib/nstrcmp.c}): each name is inserted into a sorted list by walking back from the end while the
 * names there compare greater, with a comparison that knows trailing numbers and {@code :N} alias suffixes
 * ({@code eth2 < eth10}, {@code eth0 < eth0:1 < eth1}). Names already present are not added again.
 *
 * <p>The comparison is not a total order for every pair of names ({@code v0:peer} sorts after {@code v1}),
 * so the list is built by the same insertion steps rather than by a sort.
 */
final class NetToolsInterfaceOrder {

    private NetToolsInterfaceOrder() {
    }

    /** Inserts each name in turn, as net-tools does while it reads /proc/net/dev and then SIOCGIFCONF. */
    static List<String> insertAll(List<String> names) {
        List<String> list = new ArrayList<>();
        for (String name : names) {
            insert(list, name);
        }
        return list;
    }

    private static void insert(List<String> list, String name) {
        int i = list.size() - 1;
        for (; i >= 0; i--) {
            int n = nstrcmp(list.get(i), name);
            if (n == 0) {
                return;
            }
            if (n < 0) {
                break;
            }
        }
        list.add(i + 1, name);
    }

    /** net-tools {@code nstrcmp}: like strcmp, but aware of trailing numbers and {@code :N} aliases. */
    static int nstrcmp(String ap, String bp) {
        String[] aSplit = cutAlias(ap);
        String[] bSplit = cutAlias(bp);
        String a = aSplit[0];
        String b = bSplit[0];
        int aIndex = rindexNonDigit(a);
        int bIndex = rindexNonDigit(b);
        int compLen = Math.min(aIndex, bIndex);
        int res = strncmp(a, b, compLen);
        if (res != 0) {
            return res;
        }
        if (aIndex != bIndex) {
            return aIndex > bIndex ? 1 : -1;
        }
        long av = atoi(a.substring(aIndex));
        long bv = atoi(b.substring(bIndex));
        if (av != bv) {
            return av < bv ? -1 : 1;
        }
        res = strcmp(a, b);
        if (res != 0) {
            return res;
        }
        av = aSplit[1] == null ? -1 : atoi(aSplit[1]);
        bv = bSplit[1] == null ? -1 : atoi(bSplit[1]);
        if (av != bv) {
            return av < bv ? -1 : 1;
        }
        return aSplit[1] != null && bSplit[1] != null ? strcmp(aSplit[1], bSplit[1]) : 0;
    }

    /** {@code cutalias}: a trailing {@code :digits} is split off; {name, alias digits or null}. */
    private static String[] cutAlias(String name) {
        boolean digit = false;
        for (int pos = name.length(); pos > 0; pos--) {
            char c = name.charAt(pos - 1);
            if (c == ':' && digit) {
                return new String[] {name.substring(0, pos - 1), name.substring(pos)};
            }
            if (!isDigit(c)) {
                break;
            }
            digit = true;
        }
        return new String[] {name, null};
    }

    /** Length of the name without its trailing digits. */
    private static int rindexNonDigit(String name) {
        for (int pos = name.length(); pos > 0; pos--) {
            if (!isDigit(name.charAt(pos - 1))) {
                return pos;
            }
        }
        return 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** C {@code atoi} of a string of digits (saturating instead of overflowing). */
    private static long atoi(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length() && isDigit(digits.charAt(i)); i++) {
            v = Math.min(v * 10 + (digits.charAt(i) - '0'), Integer.MAX_VALUE);
        }
        return v;
    }

    /** C {@code strcmp} sign on the code units (names are bytes; escaped bytes sort above ASCII as in C). */
    private static int strcmp(String a, String b) {
        return Integer.signum(a.compareTo(b));
    }

    private static int strncmp(String a, String b, int n) {
        return strcmp(a.substring(0, Math.min(n, a.length())), b.substring(0, Math.min(n, b.length())));
    }
}
