package io.gatehouse.projects.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** The caller's projects. */
public record ProjectList(@JsonbProperty("projects") List<ProjectView> projects) {
}
