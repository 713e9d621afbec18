package io.gatehouse.discovery.boundary;

import io.gatehouse.discovery.control.DiscoveryDocuments;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /llms.txt}: the index of Gatehouse's documents for language models (llmstxt.org). */
@Path("/llms.txt")
@RequestScoped
@PermitAll
@Tag(name = "discovery")
public class LlmsTxtResource {

    @Inject
    DiscoveryDocuments documents;

    @GET
    @Produces("text/plain; charset=utf-8")
    @Operation(summary = "Index of the documents, for language models (llmstxt.org format)")
    public String llmsTxt() {
        return documents.llmsTxt();
    }
}
