package io.github.netstatx.core.model;

/** Route flags (the Linux {@code RTF_*} set). */
public enum RouteFlag {
    UP,
    GATEWAY,
    HOST,
    REJECT,
    REINSTATE,
    DYNAMIC,
    MODIFIED,
    DEFAULT,
    ADDRCONF,
    CACHE,
    NONEXTHOP,
    EXPIRES,
    LOCAL
}
