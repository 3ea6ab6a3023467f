package org.govbuy.credit;

import java.util.concurrent.atomic.AtomicInteger;

import org.govbuy.credit.domain.UnifiedSocialCreditCode;

/** Valid, distinct unified social credit codes and registration bodies for tests. */
public final class TestSuppliers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private TestSuppliers() {
    }

    /** A new valid code of a social service organisation (民办非企业单位, 52…) in Beijing's Haidian district. */
    public static String newUscc() {
        return newUscc("52");
    }

    /** A new valid code whose first two characters (authority and type) are {@code authorityAndType}. */
    public static String newUscc(String authorityAndType) {
        String organisationCode = String.format("MJ%07d", SEQUENCE.incrementAndGet());
        String first17 = authorityAndType + "110108" + organisationCode;
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    public static String registrationJson(String uscc, String name) {
        return """
                {"uscc":"%s","name":"%s","organisationType":"SOCIAL_SERVICE_ORGANISATION",
                 "registrationAuthority":"北京市海淀区民政局","establishedOn":"2015-06-01","region":"110108"}"""
                .formatted(uscc, name);
    }
}
