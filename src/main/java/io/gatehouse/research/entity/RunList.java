package io.gatehouse.research.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** The caller's runs, newest first. */
public record RunList(@JsonbProperty("runs") List<RunView> runs) {
}
