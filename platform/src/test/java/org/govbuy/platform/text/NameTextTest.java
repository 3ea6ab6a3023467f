package org.govbuy.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTextTest {

    @Test
    void aNameIsStoredInNfcWithOneSpaceBetweenWords() {
        String decomposed = "Cafe\u0301  Social\u3000Services ";
        assertThat(NameText.canonical(decomposed)).isEqualTo("Caf\u00e9 Social Services");
    }

    @Test
    void aChineseNameTakesFullWidthParenthesesWhicheverWereTyped() {
        assertThat(NameText.canonical("上海市浦东新区(陆家嘴)社工服务社"))
                .isEqualTo(NameText.canonical("上海市浦东新区（陆家嘴）社工服务社"))
                .isEqualTo("上海市浦东新区（陆家嘴）社工服务社");
        assertThat(NameText.canonical("Sunshine (Pudong) Social Work")).isEqualTo("Sunshine (Pudong) Social Work");
    }

    @Test
    void theQuotesAndTitleMarksRealNamesUseAreKept() {
        assertThat(NameText.canonical("北京市“阳光”《家庭》服务中心")).isEqualTo("北京市“阳光”《家庭》服务中心");
    }

    @Test
    void searchIgnoresWidthCaseAndQuoteStyle() {
        assertThat(NameText.searchKey("（陆家嘴）")).isEqualTo(NameText.searchKey("(陆家嘴)"));
        assertThat(NameText.searchKey("ＡＢＣ Social")).isEqualTo("abc social");
        assertThat(NameText.searchKey("“阳光”")).isEqualTo(NameText.searchKey("\"阳光\""));
        assertThat(NameText.searchKey("Cafe\u0301")).isEqualTo(NameText.searchKey("Caf\u00e9"));
    }
}
