package io.gatehouse.network.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule of {@code TRUSTED_PROXIES}, without configuration or HTTP (see {@link ClientAddress} for both): who the
 * client is is the socket address, unless that is one of the trusted proxies ({@code TRUSTED_PROXIES});
 * then the right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy. Hops are read
 * from the right because only those were appended by proxies Gatehouse trusts; anything to their left is
 * what the client claimed. A header from an untrusted peer is never read, and a malformed one counts as
 * absent.
 */
public final class TrustedProxies {

    private final List<AddressRange> trusted;

    private TrustedProxies(List<AddressRange> trusted) {
        this.trusted = trusted;
    }

    /** Trusts the comma-separated addresses and CIDR ranges; none (null or blank) trusts no proxy. */
    public static TrustedProxies trusting(String configured) {
        List<AddressRange> ranges = new ArrayList<>();
        if (configured != null) {
            for (String entry : configured.split(",")) {
                if (!entry.isBlank()) {
                    ranges.add(AddressRange.parse(entry));
                }
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    /** Whether any proxy is trusted; when none is, the client is always the socket address. */
    public boolean trustsProxies() {
        return !trusted.isEmpty();
    }

    /**
     * The entries wider than one site (an IPv4 /24, an IPv6 /64), as configured: any host in such a range can send
     * any {@code X-Forwarded-For} and so choose its own client address.
     */
    public List<String> widerThanASite() {
        return trusted.stream().filter(AddressRange::widerThanASite).map(AddressRange::toString).toList();
    }

    /**
     * The client of a request from {@code peer} (the socket address) carrying these {@code X-Forwarded-For}
     * header values (in the order received; null or empty when there are none).
     */
    public String of(String peer, List<String> forwardedFor) {
        if (trusted.isEmpty() || forwardedFor == null || forwardedFor.isEmpty() || !trusts(IpLiterals.parse(peer))) {
            return peer;
        }
        String leftmost = null;
        for (int header = forwardedFor.size() - 1; header >= 0; header--) {
            String value = forwardedFor.get(header);
            String[] hops = value == null ? new String[] {""} : value.split(",", -1);
            for (int hop = hops.length - 1; hop >= 0; hop--) {
                byte[] address = IpLiterals.parse(hops[hop].trim());
                if (address == null) {
                    return peer;
                }
                leftmost = IpLiterals.format(address);
                if (!trusts(address)) {
                    return leftmost;
                }
            }
        }
        return leftmost;
    }

    private boolean trusts(byte[] address) {
        if (address == null) {
            return false;
        }
        for (AddressRange range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
