package io.gatehouse.research.entity;

import io.gatehouse.kernel.FeatureException;
import java.util.Map;

/** What the research feature refuses, in its own terms; the problems boundary answers it with the documented JSON. */
public final class ResearchException extends FeatureException {

    private static final long serialVersionUID = 1L;

    public ResearchException(Reason reason, String code, String detail) {
        super(reason, code, detail);
    }

    public ResearchException(Reason reason, String code, String detail, boolean retryable, Map<String, String> headers) {
        super(reason, code, detail, retryable, headers);
    }
}
