package io.gatehouse.network.control;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Reads IP address literals, IPv4 ({@code 203.0.113.7}) and IPv6 ({@code 2001:db8::1}, optionally in
 * brackets), and never anything else: a host name is refused rather than looked up, so a forged header can
 * never make Gatehouse query DNS.
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** The address's 4 or 16 bytes (an IPv4-mapped IPv6 address gives 4), or {@code null} when it is no literal. */
    static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String literal = text.length() > 2 && text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']'
                ? text.substring(1, text.length() - 1) : text;
        return literal.indexOf(':') >= 0 ? ipv6(literal) : ipv4(literal);
    }

    /** The canonical text of an address's bytes. */
    static String format(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + address.length + " bytes", e);
        }
    }

    private static byte[] ipv4(String literal) {
        byte[] address = new byte[4];
        int part = 0;
        int value = -1;
        for (int i = 0; i <= literal.length(); i++) {
            char c = i == literal.length() ? '.' : literal.charAt(i);
            if (c == '.') {
                if (value < 0 || part == 4) {
                    return null;
                }
                address[part++] = (byte) value;
                value = -1;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? address : null;
    }

    /**
     * Only hex digits, colons and dots (for an embedded IPv4 part) reach {@link InetAddress}, which reads a
     * text with a colon as an IPv6 literal or refuses it, without any lookup.
     */
    private static byte[] ipv6(String literal) {
        if (literal.length() > 45) {
            return null;
        }
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                return null;
            }
        }
        if (literal.charAt(0) == '.') {
            return null;
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
