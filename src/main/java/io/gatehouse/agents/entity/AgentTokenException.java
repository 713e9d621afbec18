package io.gatehouse.agents.entity;

import io.gatehouse.kernel.FeatureException;
import java.util.Map;

/** What the agents feature refuses, in its own terms; the problems boundary answers it with the documented JSON. */
public final class AgentTokenException extends FeatureException {

    private static final long serialVersionUID = 1L;

    public AgentTokenException(Reason reason, String code, String detail) {
        super(reason, code, detail);
    }

    public AgentTokenException(Reason reason, String code, String detail, boolean retryable, Map<String, String> headers) {
        super(reason, code, detail, retryable, headers);
    }
}
