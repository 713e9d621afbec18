package io.gatehouse.streaming.control;

import io.gatehouse.kernel.Gauge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The open streams (SSE and WebSocket) of this instance, for {@code GET /ops/metrics}. */
@ApplicationScoped
public class OpenStreamsGauge implements Gauge {

    @Inject
    OpenStreams streams;

    @Override
    public String name() {
        return "gatehouse_open_streams";
    }

    @Override
    public String help() {
        return "Server-Sent Events and WebSocket streams open on this instance";
    }

    @Override
    public double value() {
        return streams.count();
    }
}
