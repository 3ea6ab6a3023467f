package org.govbuy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogueRulesTest {

    static EntryDraft category(String code) {
        return new EntryDraft(code, EntryLevel.CATEGORY, null, "基本公共服务事项", null, null, false, null, false, null, null,
                null, null, null, null);
    }

    static EntryDraft item(String code, String parent) {
        return new EntryDraft(code, EntryLevel.ITEM, parent, "养老服务", null, null, false, null, false, null, null, null,
                null, null, null);
    }

    static EntryDraft subItem(String code, String parent, BigDecimal min, BigDecimal max) {
        return new EntryDraft(code, EntryLevel.SUB_ITEM, parent, "居家养老服务", "Home care", null, false, null, true,
                List.of("民政局"), "人·月", EntryDraft.CostBasis.NONE, min, max, List.of("服务对象满意度"));
    }

    @Test
    void aWellFormedTreeHasNoProblems() {
        assertThat(CatalogueRules.check(List.of(category("A"), item("A07", "A"),
                subItem("A07.02", "A07", BigDecimal.valueOf(700), BigDecimal.valueOf(1100))), 2)).isEmpty();
    }

    @Test
    void duplicateCodesOrphansAndWrongParentsAreReportedWithTheirLines() {
        List<EntryProblem> problems = CatalogueRules.check(List.of(category("A"), item("A07", "A"), item("A07", "A"),
                subItem("A07.02", "A99", null, null), subItem("A07.03", "A", null, null)), 2);
        assertThat(problems).containsExactly(
                new EntryProblem(4, "code", "duplicates the code on line 3"),
                new EntryProblem(5, "parentCode", "must be the code of an existing item of this version"),
                new EntryProblem(6, "parentCode", "must be a item, not a category"));
    }

    @Test
    void pricesMustNotBeNegativeOrInverted() {
        List<EntryProblem> problems = CatalogueRules.check(List.of(category("A"), item("A07", "A"),
                subItem("A07.02", "A07", BigDecimal.valueOf(-1), null),
                subItem("A07.03", "A07", BigDecimal.valueOf(900), BigDecimal.valueOf(800))), 1);
        assertThat(problems).extracting(EntryProblem::line, EntryProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "referencePriceMin"),
                org.assertj.core.groups.Tuple.tuple(4, "referencePriceMax"));
    }

    @Test
    void anExcludedSubItemNeedsItsReasonAndOnlySubItemsCarryFlags() {
        EntryDraft excludedWithoutReason = new EntryDraft("A07.09", EntryLevel.SUB_ITEM, "A07", "涉密服务", null, null, true,
                null, false, null, null, null, null, null, null);
        EntryDraft flaggedItem = new EntryDraft("A08", EntryLevel.ITEM, "A", "优抚安置", null, null, false, null, true,
                null, null, null, null, null, null);
        List<EntryProblem> problems = CatalogueRules.check(List.of(category("A"), item("A07", "A"),
                excludedWithoutReason, flaggedItem), 1);
        assertThat(problems).extracting(EntryProblem::field).containsExactly("exclusionReason", "level");
    }

    @Test
    void namesRefuseMarkupAndCodesTheirFormat() {
        EntryDraft bad = new EntryDraft("A 1", EntryLevel.CATEGORY, null, "<script>x</script>", null, null, false, null,
                false, null, null, null, null, null, null);
        assertThat(CatalogueRules.check(List.of(bad), 1)).extracting(EntryProblem::field)
                .containsExactly("code", "nameZh");
    }

    @Test
    void theDiffListsAddedRemovedAndChangedFields() {
        List<EntryDraft> before = List.of(category("A"), item("A07", "A"),
                subItem("A07.02", "A07", BigDecimal.valueOf(700), BigDecimal.valueOf(1100)));
        List<EntryDraft> after = List.of(category("A"), item("A07", "A"),
                subItem("A07.02", "A07", new BigDecimal("700.00"), BigDecimal.valueOf(1200)),
                subItem("A07.03", "A07", null, null));
        CatalogueDiff diff = CatalogueDiff.between(before, after);
        assertThat(diff.added()).extracting(EntryDraft::code).containsExactly("A07.03");
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("A07.02");
            assertThat(c.fields()).containsExactly("referencePriceMax");
        });
        assertThat(CatalogueDiff.between(after, before).removed()).extracting(EntryDraft::code).containsExactly("A07.03");
    }
}
