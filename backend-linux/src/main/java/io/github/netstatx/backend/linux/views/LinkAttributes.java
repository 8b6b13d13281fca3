package io.github.netstatx.backend.linux.views;

import io.github.netstatx.core.model.InterfaceFlag;
import java.util.Set;

/**
 * The link attributes of one interface, as net-tools gets them by ioctl.
 *
 * @param index interface index
 * @param mtu MTU
 * @param ioctlFlags the flag word as {@code SIOCGIFFLAGS} would return it
 * @param flags the same as a set
 * @param hardwareAddress colon-separated lower-case hex, or null when the link has no address
 * @param hardwareType ARPHRD_* type
 * @param txQueueLength transmit queue length
 */
public record LinkAttributes(Integer index, Integer mtu, Long ioctlFlags, Set<InterfaceFlag> flags,
        String hardwareAddress, Integer hardwareType, Long txQueueLength) {
}
