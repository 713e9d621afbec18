package io.gatehouse.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class DeviceIdHashTest {

    @Test
    void isTheLowerCaseHexSha256OfTheUtf8Bytes() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DeviceIdHash.of("abc"));
        assertEquals("c4bbe8c9fcdc0c965905995c00400cd4cfdc82153f16a9e20386e4906b857a73", DeviceIdHash.of("Gerät-ü-✓"));
    }

    @Test
    void distinguishesIdsThatDifferOnlyInCase() {
        assertNotEquals(DeviceIdHash.of("ipad-7f3a"), DeviceIdHash.of("ipad-7F3A"));
    }
}
