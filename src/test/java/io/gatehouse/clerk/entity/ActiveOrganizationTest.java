package io.gatehouse.clerk.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActiveOrganizationTest {

    @Test
    void theV2ClaimComesFirst() {
        Map<String, Object> claims = Map.of("o", Map.of("id", "org_2", "slg", "acme", "rol", "admin"),
                "org_id", "org_1", "org_role", "org:member");
        assertEquals(Optional.of(new ActiveOrganization("org_2", "acme", "admin")), ActiveOrganization.from(claims));
    }

    @Test
    void theV1ClaimsLoseTheirOrgPrefix() {
        Map<String, Object> claims = Map.of("org_id", "org_1", "org_slug", "beta", "org_role", "org:admin");
        assertEquals(Optional.of(new ActiveOrganization("org_1", "beta", "admin")), ActiveOrganization.from(claims));
    }

    @Test
    void aMissingRoleIsMemberAndNoOrganizationIsEmpty() {
        assertEquals("member", ActiveOrganization.from(Map.of("o", Map.of("id", "org_3"))).orElseThrow().role());
        assertEquals(Optional.empty(), ActiveOrganization.from(Map.of("sub", "user_1")));
        assertEquals(Optional.empty(), ActiveOrganization.from(Map.of("o", Map.of("slg", "no-id"))));
    }
}
