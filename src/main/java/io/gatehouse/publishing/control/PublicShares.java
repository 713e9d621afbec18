package io.gatehouse.publishing.control;

import io.gatehouse.publishing.entity.FeedCursor;
import io.gatehouse.accounts.entity.UserAccount;
import io.gatehouse.publishing.entity.Creator;
import io.gatehouse.publishing.entity.CreatorProfile;
import io.gatehouse.publishing.entity.FeedPage;
import io.gatehouse.publishing.entity.FeedSort;
import io.gatehouse.publishing.entity.PopularTags;
import io.gatehouse.publishing.entity.ProjectShare;
import io.gatehouse.publishing.entity.ProjectTag;
import io.gatehouse.publishing.entity.PublishingProblems;
import io.gatehouse.publishing.entity.ShareDocument;
import io.gatehouse.publishing.entity.TagCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The public, read-only view of published projects: the community feed (keyset pages, never an
 * offset), share pages (each read counted), popular tags and creator profiles.
 */
@ApplicationScoped
public class PublicShares {

    static final int MAX_CREATOR_PROJECTS = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    ShareDocuments documents;

    @Inject
    ViewCounter views;

    /** One page in the given order, after the cursor (null: from the start). */
    public FeedPage feed(FeedSort sort, int limit, FeedCursor after) {
        Query query;
        if (after == null) {
            query = documents.query(sort == FeedSort.RECENT ? ProjectShare.RECENT_FIRST : ProjectShare.POPULAR_FIRST);
        } else if (sort == FeedSort.RECENT) {
            query = documents.query(ProjectShare.RECENT_AFTER).setParameter("at", after.publishedAt());
        } else {
            query = documents.query(ProjectShare.POPULAR_AFTER).setParameter("views", after.key());
        }
        if (after != null) {
            query.setParameter("id", after.projectId());
        }
        List<ShareDocuments.Row> rows = documents.run(query.setMaxResults(limit + 1));
        List<ShareDocuments.Row> page = rows.subList(0, Math.min(limit, rows.size()));
        String next = rows.size() > limit ? FeedCursor.after(page.get(limit - 1).share(), sort).encode() : null;
        return new FeedPage(page.stream().map(ShareDocuments.Row::document).toList(), next);
    }

    /** The share page of a slug, counting this read first. */
    public ShareDocument view(String slug) {
        if (!views.count(slug)) {
            throw PublishingProblems.shareNotFound();
        }
        return documents.run(documents.query(ProjectShare.ROW_BY_SLUG).setParameter("slug", slug))
                .stream()
                .findFirst()
                .map(ShareDocuments.Row::document)
                .orElseThrow(PublishingProblems::shareNotFound);
    }

    @SuppressWarnings("unchecked")
    public PopularTags popularTags(int limit) {
        List<Object[]> rows = em.createNamedQuery(ProjectTag.POPULAR).setMaxResults(limit).getResultList();
        List<TagCount> tags = rows.stream()
                .map(row -> new TagCount((String) row[0], ((Number) row[1]).longValue()))
                .toList();
        return new PopularTags(tags);
    }

    public CreatorProfile creator(String handle) {
        UserAccount user = em.createNamedQuery(ProjectShare.CREATOR_BY_HANDLE, UserAccount.class)
                .setParameter("handle", handle)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(PublishingProblems::creatorNotFound);
        List<ShareDocument> projects = documents.run(documents.query(ProjectShare.ROWS_OF_OWNER)
                        .setParameter("owner", user.principalId())
                        .setMaxResults(MAX_CREATOR_PROJECTS))
                .stream()
                .map(ShareDocuments.Row::document)
                .toList();
        Creator creator = Creator.of(user.handle(), user.preferredName(), user.name());
        return new CreatorProfile(creator.handle(), creator.displayName(), projects);
    }
}
