package io.gatehouse.testing;

import java.util.Arrays;
import java.util.Comparator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The order of the test classes (named in {@code junit-platform.properties}): first the classes that start
 * servers of their own (no Arquillian deployment), while no shared deployment is kept running beside them;
 * then the Arquillian classes by superclass and name, so the classes of one shared deployment (which extend
 * the same base class) run one after the other. Without it a shared deployment would be released and
 * deployed again as often as the default order interleaves its classes.
 * <p>
 * {@link ServersLast} puts the classes that start servers last instead: the PostgreSQL lane runs them (it.lanes),
 * so the two lanes, which run at the same time, do not both start their servers in the same first minute.
 */
public class SharedDeploymentsTogether implements ClassOrderer {

    /** The same order, except that the classes that start servers of their own come last. */
    public static final class ServersLast extends SharedDeploymentsTogether {

        @Override
        public void orderClasses(ClassOrdererContext context) {
            order(context, false);
        }
    }

    @Override
    public void orderClasses(ClassOrdererContext context) {
        order(context, true);
    }

    static void order(ClassOrdererContext context, boolean serversFirst) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor descriptor) -> deploysWithArquillian(descriptor.getTestClass()) == serversFirst)
                .thenComparing(descriptor -> descriptor.getTestClass().getSuperclass().getName())
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static boolean deploysWithArquillian(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .anyMatch(extension -> Arrays.asList(extension.value()).contains(ArquillianExtension.class));
    }
}
