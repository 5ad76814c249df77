package io.camelmws.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.camelmws.component.MwsComponent;

/**
 * Configures the {@code mws} component from {@code camel.component.mws.*} of the Spring environment, as Camel Main does
 * from its properties (camel-spring-boot binds that prefix only for components that bring a starter). An option the
 * component does not have fails the start, naming it.
 */
@AutoConfiguration
public class MwsComponentAutoConfiguration {

    static final String PREFIX = "camel.component.mws";

    @Bean
    @ConditionalOnMissingBean(name = "mwsComponentCustomizer")
    public ComponentCustomizer mwsComponentCustomizer(CamelContext camelContext, Environment environment) {
        return ComponentCustomizer.forType(MwsComponent.class, component -> bind(camelContext, environment, component));
    }

    static void bind(CamelContext camelContext, Environment environment, MwsComponent component) {
        Map<String, Object> options = new LinkedHashMap<>();
        Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, Object.class))
                .ifBound(bound -> flatten("", bound, options));
        if (!options.isEmpty()) {
            PropertyBindingSupport.build().withCamelContext(camelContext).withTarget(component).withProperties(options)
                    .withMandatory(true).withRemoveParameters(false).bind();
        }
    }

    /** {@code access-key} as {@code accessKey}; nested keys ({@code parameters.x}) joined with dots. */
    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> bound, Map<String, Object> into) {
        bound.forEach((key, value) -> {
            String name = prefix + StringHelper.dashToCamelCase(key);
            if (value instanceof Map<?, ?> nested) {
                flatten(name + ".", (Map<String, Object>) nested, into);
            } else {
                into.put(name, value);
            }
        });
    }
}
