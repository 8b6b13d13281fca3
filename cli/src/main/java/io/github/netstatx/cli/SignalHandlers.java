package io.github.netstatx.cli;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;

/**
 * Installs a handler for a POSIX signal through {@code sun.misc.Signal} (module {@code jdk.unsupported}),
 * the only way a Java 17 program handles SIGINT and SIGTERM. It is reached by reflection on purpose: javac
 * warns about every compile-time reference to it ("internal proprietary API") and offers no way to
 * suppress that warning, which would fail the build (warnings are errors; see the parent POM).
 *
 * <p>The {@code sun.misc.SignalHandler} is made by {@link LambdaMetafactory}, as javac would make it for a
 * lambda, rather than by {@link java.lang.reflect.Proxy}: every run installs two handlers, and a proxy
 * class costs start-up some forty JDK classes and a class generator that the JDK's class-data archive
 * does not hold.
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
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle run = lookup.findStatic(SignalHandlers.class, "run",
                    MethodType.methodType(void.class, Runnable.class, Object.class));
            MethodType handle = MethodType.methodType(void.class, signalClass);
            CallSite site = LambdaMetafactory.metafactory(lookup, "handle",
                    MethodType.methodType(handlerClass, Runnable.class), handle, run, handle);
            Object signalHandler = site.getTarget().invokeWithArguments(handler);
            signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, signalHandler);
        } catch (InvocationTargetException e) {
            // IllegalArgumentException: the signal does not exist here or the JVM reserves it.
        } catch (Error e) {
            if (!(e instanceof LinkageError)) {
                throw e;
            }
            // No sun.misc.Signal in this runtime.
        } catch (Throwable e) {
            // No sun.misc.Signal in this runtime, or the handler could not be made: the default handling stays.
        }
    }

    /** The body of the handler: {@code signal} is the {@code sun.misc.Signal} that arrived. */
    private static void run(Runnable handler, Object signal) {
        handler.run();
    }
}
