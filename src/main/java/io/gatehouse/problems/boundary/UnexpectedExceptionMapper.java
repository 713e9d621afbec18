package io.gatehouse.problems.boundary;

import io.gatehouse.kernel.ApiProblem;
import io.gatehouse.problems.control.KnownFailures;
import io.gatehouse.problems.control.ProblemResponses;
import io.gatehouse.problems.entity.ProblemStyle;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: anything unexpected becomes a JSON 500 without a stack trace; the trace goes to the
 * server log instead. Database lock time-outs under contention are the one expected case and ask the
 * client to retry.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        ApiProblem known = KnownFailures.translate(exception);
        if (known != null) {
            return ProblemResponses.of(known, ProblemStyle.of(uri));
        }
        LOG.log(Level.SEVERE, "Unhandled error", exception);
        return ProblemResponses.of(new ApiProblem(500, "internal_error", "Internal server error"), ProblemStyle.of(uri));
    }
}
