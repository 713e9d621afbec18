package io.gatehouse.network.control;

/** An IP address or a CIDR range of them ({@code 10.0.0.0/8}, {@code 2001:db8::/32}). */
final class AddressRange {

    /** The widest prefix of one site: an IPv4 /24, an IPv6 /64. */
    private static final int SITE_IPV4 = 24;
    private static final int SITE_IPV6 = 64;

    private final byte[] network;
    private final int prefix;
    private final String text;

    private AddressRange(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /** Reads one range; a malformed one is refused with the reason. */
    static AddressRange parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        byte[] address = IpLiterals.parse(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("not an IP address or CIDR range: \"" + trimmed + "\"");
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("not a prefix length from 0 to " + bits + ": \"" + trimmed + "\"");
            }
        }
        return new AddressRange(address, prefix, trimmed);
    }

    /** Whether the range is wider than one site (an IPv4 /24, an IPv6 /64). */
    boolean widerThanASite() {
        return prefix < (network.length == 4 ? SITE_IPV4 : SITE_IPV6);
    }

    /** The range as it was configured. */
    @Override
    public String toString() {
        return text;
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (address[whole] & mask) == (network[whole] & mask);
    }
}
