package org.govbuy.tender.rest;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotSupportedException;

import org.govbuy.platform.error.DomainRuleViolation;
import org.govbuy.tender.config.TenderConfig;

/** What an uploaded bid document must be: a sane name, an admitted type, a body, and its SHA-256 declared. */
@ApplicationScoped
public class DocumentRules {

    /** RFC 9530: {@code sha-256=:<base64 of 32 bytes>:}, possibly among other algorithms. */
    private static final Pattern SHA256 = Pattern.compile("(?:^|,)\\s*sha-256=:([A-Za-z0-9+/=]+):\\s*(?:,|$)");
    private static final Pattern NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,100}");

    private final List<String> admittedTypes;

    DocumentRules(TenderConfig config) {
        this.admittedTypes = config.bids().documentTypes();
    }

    /** The hex SHA-256 declared in a Content-Digest header; 400 naming the header when it is missing or malformed. */
    static String sha256Of(String contentDigest) {
        Matcher m = contentDigest == null ? null : SHA256.matcher(contentDigest);
        if (m == null || !m.find()) {
            throw new DomainRuleViolation("Content-Digest", "must carry the document's SHA-256 as sha-256=:<base64>: (RFC 9530)");
        }
        byte[] digest;
        try {
            digest = Base64.getDecoder().decode(m.group(1));
        } catch (IllegalArgumentException e) {
            digest = new byte[0];
        }
        if (digest.length != 32) {
            throw new DomainRuleViolation("Content-Digest", "sha-256 must be the base64 of 32 bytes");
        }
        return HexFormat.of().formatHex(digest);
    }

    String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.isBlank()) {
            throw new DomainRuleViolation("name", "must be 1 to 100 characters, without slashes or control characters");
        }
        return name;
    }

    String requireAdmittedType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!admittedTypes.contains(type)) {
            throw new NotSupportedException("documents are accepted as " + String.join(", ", admittedTypes) + ", not '"
                    + type + "'");
        }
        return type;
    }

    byte[] requireNotEmpty(byte[] body) {
        if (body == null || body.length == 0) {
            throw new DomainRuleViolation("body", "the document is empty");
        }
        return body;
    }
}
