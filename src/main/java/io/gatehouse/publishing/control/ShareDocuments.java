package io.gatehouse.publishing.control;

import io.gatehouse.publishing.entity.Creator;
import io.gatehouse.publishing.entity.ProjectShare;
import io.gatehouse.publishing.entity.ProjectTag;
import io.gatehouse.publishing.entity.ShareDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs a share-row query ({@link ProjectShare#ROW_BY_SLUG} and the feed queries select the share, the
 * project name and the creator's handle and names) and turns the rows into documents, with the tags of
 * all of them read in one more query.
 */
@ApplicationScoped
public class ShareDocuments {

    @PersistenceContext
    EntityManager em;

    /** A row query by name, for the caller to bind and limit (untyped: its rows are {@code Object[]}). */
    public Query query(String name) {
        return em.createNamedQuery(name);
    }

    /** Runs a row query and turns its rows into documents. */
    @SuppressWarnings("unchecked")
    public List<Row> run(Query query) {
        return documents((List<Object[]>) query.getResultList());
    }

    /** The shares of the rows, in their order, paired with their documents. */
    List<Row> documents(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(row -> ((ProjectShare) row[0]).projectId()).toList();
        Map<UUID, List<String>> tags = em.createNamedQuery(ProjectTag.OF_PROJECTS, ProjectTag.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(ProjectTag::projectId, Collectors.mapping(ProjectTag::tag, Collectors.toList())));
        List<Row> documents = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ProjectShare share = (ProjectShare) row[0];
            Creator creator = Creator.of((String) row[2], (String) row[3], (String) row[4]);
            documents.add(new Row(share, ShareDocument.of(share, (String) row[1],
                    tags.getOrDefault(share.projectId(), List.of()), creator)));
        }
        return documents;
    }

    /** A share and its public document. */
    public record Row(ProjectShare share, ShareDocument document) {
    }
}
