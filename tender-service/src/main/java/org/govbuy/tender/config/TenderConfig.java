package org.govbuy.tender.config;

import java.math.BigDecimal;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * {@code govbuy.tender.*}: the tendering rules (national defaults in application.properties) and
 * the keys that seal bids and sign receipts (from the deployment's secrets).
 */
@ConfigMapping(prefix = "govbuy.tender")
public interface TenderConfig {

    Rules rules();

    Sealing sealing();

    Receipts receipts();

    Bids bids();

    Committee committee();

    Award award();

    LowPrice lowPrice();

    Oversight oversight();

    CreditScoring creditCriterion();

    /** The optional credit criterion: the factor (0 to 1) of each credit level (A, B, C, D). */
    interface CreditScoring {
        Map<String, BigDecimal> factors();
    }

    /** What oversight measures purchases against: the share of social organisations (社会组织), e.g. 0.30. */
    interface Oversight {
        BigDecimal socialOrganisationGoal();
    }

    interface Rules {
        int openTenderMinDays();

        int invitedTenderMinDays();

        int negotiationMinWorkingDays();

        int singleSourceNoticeWorkingDays();

        int amendmentMinDaysLeft();

        int clarificationCutoffDays();

        /** Per method (OPEN_TENDER, …): fewer valid bids and the lot fails. */
        Map<String, Integer> minimumValidBids();

        BigDecimal minimumPriceWeight();

        java.time.Period majorViolationLookBack();

        java.time.MonthDay inspectionSeasonEnds();
    }

    /**
     * The key-encryption keys (KEK) that wrap each tender's private opening key: base64 of 32 bytes
     * per key id. New tenders use {@link #currentKey()}; older ids stay so their tenders can open.
     */
    interface Sealing {
        String currentKey();

        Map<String, String> keys();
    }

    /** The Ed25519 key that signs bid receipts (PKCS#8, base64) and its id. */
    interface Receipts {
        String keyId();

        String privateKey();

        /** The matching public key (X.509, base64), published for suppliers to verify receipts. */
        String publicKey();
    }

    /** The evaluation committee's size rules (national defaults for goods and services tenders). */
    interface Committee {
        int minimumMembers();

        int largeBudgetMembers();

        BigDecimal largeBudget();

        /** Experts' smallest share of the members, as a fraction such as 2/3. */
        String minimumExpertShare();
    }

    /** The award's periods: publicity and challenges in working days, declining in days. */
    interface Award {
        int publicityWorkingDays();

        int challengeWorkingDays();

        int answerWorkingDays();

        int declinationDays();
    }

    /** 明显低价: below {@code share} of the mean qualified price, justified in writing within {@code justificationPeriod}. */
    interface LowPrice {
        BigDecimal share();

        java.time.Duration justificationPeriod();
    }

    interface Bids {
        /** The longest service proposal text, in characters. */
        int maxProposalLength();

        /** The media types a bid document may have (e.g. application/pdf). */
        java.util.List<String> documentTypes();
    }
}
