package io.gatehouse.clerk.control;

import io.gatehouse.clerk.entity.ClerkProfile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClerkProfileClaimsTest {

    @Test
    void directClaimsComeFirstAndEmailIsLowerCased() {
        ClerkProfile profile = ClerkProfileClaims.from(Map.of("email", "Ada@Example.COM", "name", "Ada", "full_name", "Other"));
        assertEquals("ada@example.com", profile.email());
        assertEquals("Ada", profile.name());
    }

    @Test
    void thePrimaryAddressWinsInTheList() {
        ClerkProfile profile = ClerkProfileClaims.from(Map.of(
                "primary_email_address_id", "b",
                "email_addresses", List.of(Map.of("id", "a", "email_address", "first@x.io"), Map.of("id", "b", "email_address", "Primary@x.io"))));
        assertEquals("primary@x.io", profile.email());
    }

    @Test
    void withoutAPrimaryTheFirstAddressIsUsed() {
        assertEquals("first@x.io", ClerkProfileClaims.from(Map.of("email_addresses", List.of("first@x.io", "second@x.io"))).email());
    }

    @Test
    void namesAreAssembledFromTheirParts() {
        assertEquals("Grace Hopper", ClerkProfileClaims.from(Map.of("first_name", "Grace", "last_name", "Hopper")).name());
        assertEquals("Grace Hopper", ClerkProfileClaims.from(Map.of("given_name", "Grace", "family_name", "Hopper")).name());
        assertEquals("Grace", ClerkProfileClaims.from(Map.of("first_name", "Grace")).name());
        assertEquals("Hopper", ClerkProfileClaims.from(Map.of("last_name", "Hopper")).name());
    }

    @Test
    void nothingUsableReadsAsAbsent() {
        ClerkProfile profile = ClerkProfileClaims.from(Map.of("email", "not-an-address", "name", "  ", "first_name", 5));
        assertNull(profile.email());
        assertNull(profile.name());
    }
}
