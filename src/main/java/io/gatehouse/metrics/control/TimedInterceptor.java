package io.gatehouse.metrics.control;

import io.gatehouse.kernel.Timed;
import io.gatehouse.kernel.TimedOperation;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * Times {@link Timed} methods, failures included. Its priority puts it outside the transaction interceptor
 * ({@code PLATFORM_BEFORE + 200}), so the time of a {@code @Transactional} method includes its commit.
 */
@Timed(TimedOperation.EXCHANGE) // the value is @Nonbinding: this interceptor serves every operation
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TimedInterceptor {

    @Inject
    GatehouseMetrics metrics;

    @AroundInvoke
    Object time(InvocationContext context) throws Exception {
        long start = System.nanoTime();
        try {
            return context.proceed();
        } finally {
            TimedOperation operation = operationOf(context.getMethod());
            if (operation != null) {
                metrics.durations(operation).record(System.nanoTime() - start);
            }
        }
    }

    private static TimedOperation operationOf(Method method) {
        Timed timed = method.getAnnotation(Timed.class);
        if (timed == null) {
            timed = method.getDeclaringClass().getAnnotation(Timed.class);
        }
        return timed == null ? null : timed.value();
    }
}
