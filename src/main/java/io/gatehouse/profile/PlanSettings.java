package io.gatehouse.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Credit totals per plan ({@code FREE_PLAN_CREDITS}). */
@ApplicationScoped
public class PlanSettings {

    @Inject
    @ConfigProperty(name = "free-plan.credits", defaultValue = "20")
    int freePlanCredits;

    int creditsOf(String plan) {
        return freePlanCredits;
    }
}
