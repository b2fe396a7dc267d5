package fr.prestaflow.platform.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedMethod;

/**
 * Builds records, and any type made by a constructor or static factory taking its properties, through a method handle
 * that takes the arguments as an array, made once per type. Jackson calls such a constructor with {@code invokeWithArguments}, which
 * makes a new spreading handle on every call: about a twelfth of notification's and payment's CPU went there, on every
 * event they read. Failures are reported exactly as Jackson reports them.
 */
public final class SpreadConstructors extends JacksonModule {

    @Override
    public String getModuleName() {
        return "prestaflow-spread-constructors";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addValueInstantiators(new ValueInstantiators.Base() {
            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                                                             BeanDescription.Supplier description,
                                                             ValueInstantiator instantiator) {
                return spreading(instantiator);
            }
        });
    }

    static ValueInstantiator spreading(ValueInstantiator instantiator) {
        if (instantiator.getClass() != StdValueInstantiator.class || !instantiator.canCreateFromObjectWith()) {
            return instantiator;
        }
        try {
            MethodHandle handle = switch (instantiator.getWithArgsCreator()) {
                case AnnotatedConstructor creator -> MethodHandles.lookup().unreflectConstructor(creator.getAnnotated());
                case AnnotatedMethod creator when Modifier.isStatic(creator.getModifiers()) ->
                        MethodHandles.lookup().unreflect(creator.getAnnotated());
                case null, default -> null;
            };
            if (handle == null) {
                return instantiator;
            }
            return new Spreading((StdValueInstantiator) instantiator, handle
                    .asSpreader(Object[].class, handle.type().parameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class)));
        } catch (IllegalAccessException e) {
            return instantiator; // not accessible from here: Jackson's own way still works
        }
    }

    private static final class Spreading extends StdValueInstantiator {

        private final MethodHandle constructor;

        Spreading(StdValueInstantiator base, MethodHandle constructor) {
            super(base);
            this.constructor = constructor;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
            try {
                return constructor.invokeExact(arguments);
            } catch (Exception e) {
                return context.handleInstantiationProblem(getValueClass(), arguments, rewrapCtorProblem(context, e));
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e); // every Throwable is an Exception or an Error
            }
        }
    }
}
