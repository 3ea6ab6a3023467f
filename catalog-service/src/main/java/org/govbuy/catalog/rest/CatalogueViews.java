package org.govbuy.catalog.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.catalog.domain.CatalogueDiff;
import org.govbuy.catalog.domain.CatalogueEntry;
import org.govbuy.catalog.domain.CatalogueVersion;
import org.govbuy.catalog.domain.EntryDraft;
import org.govbuy.catalog.domain.EntryLevel;
import org.govbuy.catalog.domain.ExclusionReason;
import org.govbuy.catalog.domain.VersionStatus;

/** Response bodies of catalog-service. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    public record VersionView(UUID id, String region, int fiscalYear, String title, VersionStatus status,
            String draftedBy, UUID copiedFrom, String submittedBy, String reviewedBy, String returnReason,
            Instant publishedAt, Instant supersededAt, UUID supersededBy, String revisionNote, List<String> editors,
            long entries) {
        static VersionView of(CatalogueVersion v, long entries) {
            return new VersionView(v.id, v.region, v.fiscalYear, v.title, v.status, v.draftedBy, v.copiedFrom,
                    v.submittedBy, v.reviewedBy, v.returnReason, v.publishedAt, v.supersededAt, v.supersededBy,
                    v.revisionNote, List.copyOf(v.editors), entries);
        }
    }

    /** Public view of a version: no names of officials. */
    public record PublicVersionView(UUID id, String region, int fiscalYear, String title, VersionStatus status,
            Instant publishedAt, UUID supersededBy, String revisionNote) {
        static PublicVersionView of(CatalogueVersion v) {
            return new PublicVersionView(v.id, v.region, v.fiscalYear, v.title, v.status, v.publishedAt,
                    v.supersededBy, v.revisionNote);
        }
    }

    public record EntryView(String code, EntryLevel level, String parentCode, String nameZh, String nameEn,
            String description, boolean excluded, ExclusionReason exclusionReason, boolean preferSocialOrganisations,
            List<String> departments, String unit, EntryDraft.CostBasis costBasis, BigDecimal referencePriceMin,
            BigDecimal referencePriceMax, List<String> indicators) {
        static EntryView of(CatalogueEntry e) {
            return of(e.toDraft());
        }

        static EntryView of(EntryDraft d) {
            return new EntryView(d.code(), d.level(), d.parentCode(), d.nameZh(), d.nameEn(), d.description(),
                    d.excluded(), d.exclusionReason(), d.preferSocialOrganisations(), d.departments(), d.unit(),
                    d.costBasis(), d.referencePriceMin(), d.referencePriceMax(), d.indicators());
        }
    }

    /** A node of the tree: an entry and the entries below it. */
    public record TreeNode(EntryView entry, List<TreeNode> children) {
        static List<TreeNode> of(List<CatalogueEntry> entries) {
            Map<String, TreeNode> nodes = new LinkedHashMap<>();
            entries.forEach(e -> nodes.put(e.code, new TreeNode(EntryView.of(e), new ArrayList<>())));
            List<TreeNode> roots = new ArrayList<>();
            for (CatalogueEntry e : entries) {
                TreeNode node = nodes.get(e.code);
                TreeNode parent = e.parentCode == null ? null : nodes.get(e.parentCode);
                if (parent == null) {
                    roots.add(node);
                } else {
                    parent.children().add(node);
                }
            }
            return roots;
        }
    }

    public record Found(UUID versionId, String region, int fiscalYear, EntryView entry) {
    }

    /** What changed from one version to another, with the later one's revision note. */
    public record DiffView(String revisionNote, List<EntryView> added, List<EntryView> removed,
            List<ChangeView> changed) {
        static DiffView of(CatalogueDiff diff, String revisionNote) {
            return new DiffView(revisionNote, diff.added().stream().map(EntryView::of).toList(),
                    diff.removed().stream().map(EntryView::of).toList(),
                    diff.changed().stream().map(c -> new ChangeView(c.code(), c.fields(), EntryView.of(c.before()),
                            EntryView.of(c.after()))).toList());
        }
    }

    public record ChangeView(String code, List<String> fields, EntryView before, EntryView after) {
    }

    public record ImportResult(UUID versionId, int entries) {
    }
}
