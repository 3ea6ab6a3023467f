package org.govbuy.catalog.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.govbuy.catalog.domain.CatalogueEntry;
import org.govbuy.catalog.domain.CatalogueVersion;
import org.govbuy.catalog.domain.VersionStatus;
import org.govbuy.platform.error.NotFoundProblem;

/** Public browsing of published catalogues: versions, entries by text or code, paged. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueSearch {

    /** What to look for; null fields do not filter. */
    public record Query(String text, String region, Integer fiscalYear, String categoryCode, Boolean excluded,
            Boolean preferSocialOrganisations, Paging paging) {
    }

    /** An entry with the version it belongs to. */
    public record Found(CatalogueVersion version, CatalogueEntry entry) {
    }

    private final EntityManager entityManager;

    CatalogueSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Versions the public may read (published or superseded), newest first. */
    public List<CatalogueVersion> disclosedVersions(String region, Integer fiscalYear) {
        StringBuilder where = new StringBuilder("status in ?1");
        List<Object> parameters = new ArrayList<>();
        parameters.add(List.of(VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED));
        filter(where, parameters, "region", region);
        filter(where, parameters, "fiscalYear", fiscalYear);
        return CatalogueVersion.list(where + " order by region, fiscalYear desc, publishedAt desc",
                parameters.toArray());
    }

    /** A version anyone may read: published or superseded (drafts stay internal). */
    public CatalogueVersion disclosed(UUID versionId) {
        return CatalogueVersion.<CatalogueVersion>findByIdOptional(versionId)
                .filter(v -> v.status == VersionStatus.PUBLISHED || v.status == VersionStatus.SUPERSEDED)
                .orElseThrow(() -> new NotFoundProblem("no published catalogue version " + versionId));
    }

    /**
     * Entries of the versions in force whose code starts with the text, or whose Chinese or English
     * name or description contains it, ignoring case (养老 finds every elderly-care entry), with the
     * filters of {@code query}. A single Latin letter matches English words that start with it only.
     */
    public PageView<Found> search(Query query) {
        StringBuilder where = new StringBuilder("e.versionId = v.id and v.status = ?1");
        List<Object> parameters = new ArrayList<>();
        parameters.add(VersionStatus.PUBLISHED);
        if (query.text() != null && !query.text().isBlank()) {
            String raw = query.text().strip();
            String text = escapeLike(raw);
            String lower = text.toLowerCase(Locale.ROOT);
            // a single Latin letter is a word's start, not any letter inside English words
            boolean singleLetter = raw.length() == 1 && raw.charAt(0) < 128;
            parameters.add(text.toUpperCase(Locale.ROOT) + "%");
            parameters.add("%" + text + "%");
            parameters.add(singleLetter ? lower + "%" : "%" + lower + "%");
            parameters.add(singleLetter ? "% " + lower + "%" : "%" + lower + "%");
            int n = parameters.size();
            where.append(" and (upper(e.code) like ?").append(n - 3).append(" escape '\\' or e.nameZh like ?")
                    .append(n - 2).append(" escape '\\' or lower(e.nameEn) like ?").append(n - 1)
                    .append(" escape '\\' or lower(e.nameEn) like ?").append(n)
                    .append(" escape '\\' or lower(e.description) like ?").append(n - 1)
                    .append(" escape '\\' or lower(e.description) like ?").append(n).append(" escape '\\')");
        }
        filter(where, parameters, "v.region", query.region());
        filter(where, parameters, "v.fiscalYear", query.fiscalYear());
        filter(where, parameters, "e.excluded", query.excluded());
        filter(where, parameters, "e.preferSocialOrganisations", query.preferSocialOrganisations());
        if (query.categoryCode() != null) {
            parameters.add(query.categoryCode());
            int n = parameters.size();
            where.append(" and (e.code = ?").append(n).append(" or e.parentCode = ?").append(n)
                    .append(" or e.parentCode in (select i.code from CatalogueEntry i where i.versionId = e.versionId"
                            + " and i.parentCode = ?").append(n).append("))");
        }
        String from = " from CatalogueEntry e, CatalogueVersion v where " + where;
        TypedQuery<Long> count = entityManager.createQuery("select count(e)" + from, Long.class);
        TypedQuery<Object[]> rows = entityManager.createQuery("select e, v" + from + " order by v.region, e.position",
                Object[].class);
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            rows.setParameter(i + 1, parameters.get(i));
        }
        List<Found> found = rows.setFirstResult(query.paging().offset()).setMaxResults(query.paging().size())
                .getResultList().stream()
                .map(row -> new Found((CatalogueVersion) row[1], (CatalogueEntry) row[0])).toList();
        return new PageView<>(found, query.paging().page(), query.paging().size(), count.getSingleResult());
    }

    private static void filter(StringBuilder where, List<Object> parameters, String field, Object value) {
        if (value != null) {
            parameters.add(value);
            where.append(" and ").append(field).append(" = ?").append(parameters.size());
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
