/**
 * Streams of run events: Server-Sent Events of one run and the {@code /ws} WebSocket of all a caller's runs.
 * Authenticates WebSocket handshakes before the upgrade ({@link io.gatehouse.streaming.boundary.WebSocketGate}), keeps
 * every open stream in {@link io.gatehouse.streaming.control.OpenStreams} under the hash of its credential so a revoked
 * session closes its streams, renews the sessions of open streams
 * ({@link io.gatehouse.streaming.control.StreamKeepAlive}), bounds the streams one principal holds
 * ({@link io.gatehouse.streaming.control.StreamQuota}), and hears of new events through
 * {@link io.gatehouse.streaming.control.RunEventNotifications}, the seam a cluster will plug into. What a run is, who may
 * read it and where its events are stored is the research feature's business.
 */
package io.gatehouse.streaming;
