package org.govbuy.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names (of organisations, authorities, catalogue entries) are stored and compared. Text from
 * Chinese offices arrives in mixed forms: decomposed accents, half-width {@code (} beside full-width
 * {@code （}, curly or straight quotes, runs of spaces. One name typed two ways must be one name.
 *
 * <ul>
 * <li>{@link #canonical}: the form a name is stored in: Unicode NFC, trimmed, inner whitespace one
 * space, and in a name written in Chinese the parentheses full-width, as registration certificates
 * print them (北京市（海淀区）…); a name in Latin script keeps half-width ones.</li>
 * <li>{@link #searchKey}: the form names are matched in: compatibility-folded (NFKC, so {@code （}
 * and {@code (}, {@code Ａ} and {@code A} are one), lower case, curly quotes straight.</li>
 * </ul>
 */
public final class NameText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private NameText() {
    }

    /** The stored form of a name; null stays null. */
    public static String canonical(String name) {
        if (name == null) {
            return null;
        }
        String text = WHITESPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").strip();
        if (HAN.matcher(text).find()) {
            text = text.replace('(', '（').replace(')', '）');
        }
        return text;
    }

    /** The form in which a name and a search query are compared; null stays null. */
    public static String searchKey(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
    }
}
