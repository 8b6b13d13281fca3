package io.github.netstatx.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Installs a handler for a POSIX signal through {@code sun.misc.Signal} (module {@code jdk.unsupported}),
 * the only way a Java 17 program handles SIGINT and SIGTERM. It is reached by reflection on purpose: javac
 * warns about every compile-time reference to it ("internal proprietary API") and offers no way to
 * suppress that warning, which would fail the build (warnings are errors; see the parent POM).
 */
final class SignalHandlers {

    private SignalHandlers() {
    }

    /**
     * Runs {@code handler} on the JVM's signal thread whenever signal {@code name} ({@code INT},
     * {@code TERM}) arrives. Does nothing where the signal or the API is not available: the default
     * handling then stays.
     */
    static void install(String name, Runnable handler) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object signal = signalClass.getConstructor(String.class).newInstance(name);
            Object proxy = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] {handlerClass},
                    (self, method, args) -> dispatch(self, method, args, handler));
            signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, proxy);
        } catch (InvocationTargetException e) {
            // IllegalArgumentException: the signal does not exist here or the JVM reserves it.
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // No sun.misc.Signal in this runtime.
        }
    }

    private static Object dispatch(Object self, Method method, Object[] args, Runnable handler) {
        return switch (method.getName()) {
            case "handle" -> {
                handler.run();
                yield null;
            }
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            case "toString" -> "netstatx signal handler";
            default -> throw new UnsupportedOperationException(method.getName());
        };
    }
}
