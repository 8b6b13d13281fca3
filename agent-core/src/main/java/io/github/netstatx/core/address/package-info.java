/**
 * Addresses from text and bytes without ever asking a resolver: every backend, decoder and reader of
 * saved data builds its {@link java.net.InetAddress} values here. The build forbids the JDK's name-taking
 * look-ups ({@code InetAddress.getByName} and friends) outside the one resolver class of the cli.
 */
package io.github.netstatx.core.address;
