package io.camelmws.component;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.camel.spi.UriParam;

/**
 * Checks the text of enum and duration options before Camel converts it, because Camel's conversion either names
 * the option without what is allowed (enums) or turns text it cannot read into 0 (durations), which would then be
 * reported as "was 0 ms" for a value the user never wrote. Which options those are is read from
 * {@link MwsConfiguration}'s own declarations, so a new option is checked without being listed here.
 */
final class OptionValues {

    /** Milliseconds, or Camel's duration text: 90s, 1m30s, 500ms, 2h. */
    private static final Pattern CAMEL_DURATION = Pattern.compile("(?i)\\d+|(\\d+\\s*(ms|s|m|h|d)\\s*)+");

    private static final Map<String, Class<?>> ENUM_OPTIONS = new LinkedHashMap<>();
    private static final Map<String, Boolean> DURATION_OPTIONS = new LinkedHashMap<>();

    static {
        for (Field field : MwsConfiguration.class.getDeclaredFields()) {
            UriParam option = field.getAnnotation(UriParam.class);
            if (option == null) {
                continue;
            }
            if (field.getType().isEnum()) {
                ENUM_OPTIONS.put(field.getName(), field.getType());
            } else if ("java.time.Duration".equals(option.javaType())) {
                DURATION_OPTIONS.put(field.getName(), true);
            }
        }
    }

    private OptionValues() {
    }

    /** @throws IllegalArgumentException naming the option, the value and what is allowed */
    static void check(Map<String, Object> parameters) {
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            if (!(parameter.getValue() instanceof String text)) {
                continue;
            }
            Class<?> enumType = ENUM_OPTIONS.get(parameter.getKey());
            if (enumType != null) {
                checkEnum(parameter.getKey(), text, enumType);
            } else if (DURATION_OPTIONS.containsKey(parameter.getKey())) {
                checkDuration(parameter.getKey(), text);
            }
        }
    }

    private static void checkEnum(String option, String text, Class<?> type) {
        Object[] constants = type.getEnumConstants();
        boolean known = Arrays.stream(constants).anyMatch(constant -> ((Enum<?>) constant).name().equalsIgnoreCase(text.trim()));
        if (!known) {
            throw new IllegalArgumentException(option + " '" + text + "' is not supported; allowed: "
                                               + Arrays.stream(constants).map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")));
        }
    }

    private static void checkDuration(String option, String text) {
        String value = text.trim();
        if (CAMEL_DURATION.matcher(value).matches()) {
            return;
        }
        if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                Duration.parse(value);
                return;
            } catch (DateTimeParseException notIso) {
                // Reported below, with the forms that are accepted.
            }
        }
        throw new IllegalArgumentException(option + " '" + text + "' is not a duration; allowed: milliseconds (60000), Camel's duration text"
                                           + " (60s, 1m30s, 500ms) or ISO-8601 (PT60S)");
    }
}
