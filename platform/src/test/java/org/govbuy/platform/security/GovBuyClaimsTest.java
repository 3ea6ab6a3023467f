package org.govbuy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

class GovBuyClaimsTest {

    private static GovBuyClaims claimsOf(String json) throws Exception {
        return new GovBuyClaims(new DefaultJWTCallerPrincipal(JwtClaims.parse(json)));
    }

    @Test
    void theGovbuyClaimsAreReadByName() throws Exception {
        GovBuyClaims claims = claimsOf("""
                {"sub":"u-1","org_code":"11010801","region":"110108","uscc":"91350100M000100Y43","agency_id":"A-7"}""");
        assertThat(claims.orgCode()).contains("11010801");
        assertThat(claims.region()).contains("110108");
        assertThat(claims.uscc()).contains("91350100M000100Y43");
        assertThat(claims.agencyId()).contains("A-7");
        assertThat(claims.actor()).isEqualTo("u-1");
    }

    @Test
    void absentOrBlankClaimsAreEmpty() throws Exception {
        GovBuyClaims claims = claimsOf("{\"preferred_username\":\"civil.haidian\",\"org_code\":\" \"}");
        assertThat(claims.orgCode()).isEmpty();
        assertThat(claims.uscc()).isEmpty();
        assertThat(claims.actor()).isEqualTo("civil.haidian");
    }
}
