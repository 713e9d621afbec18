package io.gatehouse.publishing.boundary;

import io.gatehouse.publishing.entity.FeedCursor;
import io.gatehouse.publishing.control.FeedParameters;
import io.gatehouse.publishing.control.PublicShares;
import io.gatehouse.publishing.entity.CreatorProfile;
import io.gatehouse.publishing.entity.FeedPage;
import io.gatehouse.publishing.entity.FeedSort;
import io.gatehouse.publishing.entity.PopularTags;
import io.gatehouse.publishing.entity.ShareDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /public}: the read-only public surface, without credentials (any sent are ignored): the
 * community feed, share pages, popular tags and creator profiles.
 */
@Path("/public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicShareResource {

    @Inject
    PublicShares shares;

    @GET
    @Path("/share/community")
    public FeedPage community(@QueryParam("sort") String sort, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        FeedSort order = FeedParameters.sort(sort);
        int size = FeedParameters.limit(limit);
        return shares.feed(order, size, cursor == null ? null : FeedCursor.decode(cursor, order));
    }

    @GET
    @Path("/share/{slug}")
    public ShareDocument share(@PathParam("slug") String slug) {
        return shares.view(slug);
    }

    @GET
    @Path("/tags/popular")
    public PopularTags popularTags(@QueryParam("limit") String limit) {
        return shares.popularTags(FeedParameters.limit(limit));
    }

    @GET
    @Path("/creators/{handle}")
    public CreatorProfile creator(@PathParam("handle") String handle) {
        return shares.creator(handle);
    }
}
