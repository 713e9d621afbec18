package io.gatehouse.testing;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that share a deployment one after the other (named in
 * {@code junit-platform.properties}): classes are ordered by their superclass, then by name, and the
 * classes of one shared deployment extend the same base class. Without it the deployment would be
 * kept and redeployed as often as the default order interleaves the classes.
 */
public final class SharedDeploymentsTogether implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor descriptor) -> descriptor.getTestClass().getSuperclass().getName())
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }
}
