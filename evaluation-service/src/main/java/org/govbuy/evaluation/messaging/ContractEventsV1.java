package org.govbuy.evaluation.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What evaluation-service reads from {@code contract.events} (contract-service's shapes, only the
 * fields used here; docs/events/consumed-by-evaluation.yaml).
 */
public final class ContractEventsV1 {

    private ContractEventsV1() {
    }

    public record ContractFiledV1(UUID contractId, String orgCode, String region, String subItemCode, String title,
            String supplierUscc, String supplierName, List<String> memberUsccs, LocalDate serviceStartsOn,
            LocalDate serviceEndsOn, List<DeliverableV1> deliverables, Instant filedAt) {
        public static final String TYPE = "govbuy.contract.contract.filed.v1";

        /** The first required field that is missing, or null. */
        public String missingField() {
            if (contractId == null) {
                return "contractId";
            }
            if (orgCode == null || region == null) {
                return "orgCode/region";
            }
            if (subItemCode == null || title == null) {
                return "subItemCode/title";
            }
            if (supplierUscc == null) {
                return "supplierUscc";
            }
            if (serviceStartsOn == null || serviceEndsOn == null || serviceEndsOn.isBefore(serviceStartsOn)) {
                return "a term (serviceStartsOn ≤ serviceEndsOn)";
            }
            return null;
        }
    }

    public record DeliverableV1(int number, String name, BigDecimal targetForTerm, String unit) {
    }

    public record ProgressReportedV1(UUID contractId, UUID reportId, List<ReportedQuantityV1> items) {
        public static final String TYPE = "govbuy.contract.progress.reported.v1";
    }

    public record ReportedQuantityV1(int deliverable, BigDecimal quantity) {
    }

    public record ContractTerminatedV1(UUID contractId, String cause) {
        public static final String TYPE = "govbuy.contract.contract.terminated.v1";
    }
}
