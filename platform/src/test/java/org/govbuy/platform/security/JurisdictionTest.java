package org.govbuy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JurisdictionTest {

    @Test
    void aDistrictActsForItselfOnly() {
        assertThat(Jurisdiction.covers("110108", "110108")).isTrue();
        assertThat(Jurisdiction.covers("110108", "110105")).isFalse();
        assertThat(Jurisdiction.covers("110108", "110100")).isFalse();
        assertThat(Jurisdiction.covers("110108", "110000")).isFalse();
    }

    @Test
    void aCityActsForItsDistrictsAndAProvinceOrMunicipalityForEverythingInIt() {
        assertThat(Jurisdiction.covers("330100", "330106")).isTrue();
        assertThat(Jurisdiction.covers("330100", "330200")).isFalse();
        assertThat(Jurisdiction.covers("110000", "110108")).isTrue();
        assertThat(Jurisdiction.covers("110000", "310104")).isFalse();
        assertThat(Jurisdiction.covers("330000", "330212")).isTrue();
    }

    @Test
    void aMissingOrMalformedCodeCoversNothing() {
        assertThat(Jurisdiction.covers(null, "110108")).isFalse();
        assertThat(Jurisdiction.covers("11", "110108")).isFalse();
        assertThat(Jurisdiction.covers("110108", "abc")).isFalse();
    }

    @Test
    void theScopePrefixSelectsExactlyWhatTheOfficialCovers() {
        for (String own : new String[] { "110000", "330100", "110108" }) {
            String prefix = Jurisdiction.scopePrefix(own);
            for (String target : new String[] { "110108", "110000", "330106", "330200", "330100", "310104" }) {
                assertThat(target.startsWith(prefix)).as(own + " over " + target)
                        .isEqualTo(Jurisdiction.covers(own, target));
            }
        }
    }
}
