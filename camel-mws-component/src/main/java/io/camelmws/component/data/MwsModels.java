package io.camelmws.component.data;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.camelmws.component.catalog.MwsCatalog;
import io.camelmws.component.catalog.Section;

/**
 * The typed models the catalog names: a section's {@code models} map gives each operation's Result model by name,
 * found in {@code io.camelmws.component.model.<section>}; the records it is made of (an {@code Order} in a
 * {@code ListOrdersResult}) are models too, so MWS XML of one order converts as well as a whole answer.
 */
public final class MwsModels {

    private static final String MODEL_PACKAGE = "io.camelmws.component.model.";

    private MwsModels() {
    }

    /**
     * The class of model {@code model} of {@code section}: in the section's package, or, for a name with a package
     * ({@code outbound.GetFulfillmentOrderResult}), in that package of the models, for sections whose name makes a
     * poor package name.
     */
    public static Class<?> resultModel(Section section, String model) {
        String name = model.indexOf('.') >= 0 ? MODEL_PACKAGE + model
                : MODEL_PACKAGE + section.name().toLowerCase(Locale.ROOT) + "." + model;
        try {
            return Class.forName(name, false, MwsModels.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("MWS catalog: section " + section.name() + " names model " + model + ", but there is no " + name, e);
        }
    }

    /** The model of the XML document {@code action} downloads, in whichever section has one. */
    public static Optional<Class<?>> forDocumentOf(MwsCatalog catalog, String action) {
        for (Section section : catalog.sections()) {
            Optional<String> model = section.documentModel(action);
            if (model.isPresent()) {
                return Optional.of(resultModel(section, model.get()));
            }
        }
        return Optional.empty();
    }

    /** The Result model of {@code action} in whichever section has it. */
    public static Optional<Class<?>> forAction(MwsCatalog catalog, String action) {
        for (Section section : catalog.sections()) {
            Optional<String> model = section.model(action);
            if (model.isPresent()) {
                return Optional.of(resultModel(section, model.get()));
            }
        }
        return Optional.empty();
    }

    /** Every Result model of the catalog and every model record they are made of. */
    public static Set<Class<?>> all(MwsCatalog catalog) {
        Set<Class<?>> models = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (Section section : catalog.sections()) {
            section.models().values().forEach(model -> pending.add(resultModel(section, model)));
            section.documentModels().values().forEach(model -> pending.add(resultModel(section, model)));
        }
        while (!pending.isEmpty()) {
            Class<?> model = pending.poll();
            if (!models.add(model)) {
                continue;
            }
            for (Type partType : partTypes(model)) {
                Class<?> part = elementType(partType);
                if (part != null && !part.isEnum() && part.getName().startsWith(MODEL_PACKAGE)) {
                    pending.add(part);
                }
            }
        }
        return models;
    }

    /** The types a model is made of: a record's components, or the fields of a model written as a class. */
    private static java.util.List<Type> partTypes(Class<?> model) {
        if (model.isRecord()) {
            return java.util.Arrays.stream(model.getRecordComponents()).map(RecordComponent::getGenericType).toList();
        }
        return java.util.Arrays.stream(model.getDeclaredFields()).filter(field -> !java.lang.reflect.Modifier.isStatic(field.getModifiers()))
                .map(java.lang.reflect.Field::getGenericType).toList();
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType list && list.getActualTypeArguments().length == 1
            && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }
}
