package io.camelmws.sandbox.server.admin;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON the admin API speaks, without a library: the stand-alone jar runs with {@code java -jar} and the JDK
 * alone. It reads what admin requests carry, one flat object of strings, numbers, booleans and nulls (RFC 8259,
 * strictly), and writes answers of objects, arrays, strings, numbers, booleans and null, every string escaped.
 */
public final class Json {

    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final String text;
    private int position;

    private Json(String text) {
        this.text = text;
    }

    /**
     * A flat JSON object: member values are {@code String}, {@code Long} (whole numbers that fit), {@code Double},
     * {@code Boolean} or {@code null}. An empty or blank text counts as {@code {}}, so a POST without a body needs
     * no special case.
     *
     * @throws IllegalArgumentException naming the position of the first syntax error, or a nested value
     */
    public static Map<String, Object> parseObject(String text) {
        Map<String, Object> members = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return members;
        }
        Json parser = new Json(text);
        parser.expect('{');
        if (parser.peek() == '}') {
            parser.position++;
        } else {
            do {
                if (parser.peek() != '"') {
                    throw parser.error("expected a member name in double quotes");
                }
                String name = parser.string();
                parser.expect(':');
                if (members.containsKey(name)) {
                    throw parser.error("member \"" + name + "\" is given twice");
                }
                members.put(name, parser.scalar());
            } while (parser.next(',', '}'));
        }
        parser.peek();
        if (parser.position < text.length()) {
            throw parser.error("unexpected text after the JSON object");
        }
        return members;
    }

    /** {@code value} (null, a String, Number, Boolean, Map or Collection of these) as JSON text. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** A JSON object of names and values, in order: {@code object("count", 3, "seed", 7L)}. */
    public static String object(Object... namesAndValues) {
        Map<Object, Object> members = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            members.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return write(members);
    }

    private static void append(StringBuilder out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                quote(out, String.valueOf(entry.getKey()));
                append(out.append(':'), entry.getValue());
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            String separator = "";
            for (Object element : list) {
                append(out.append(separator), element);
                separator = ",";
            }
            out.append(']');
        } else if (value instanceof Double number && !Double.isFinite(number)) {
            throw new IllegalArgumentException("JSON has no " + value);
        } else if (value == null || value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            quote(out, value.toString());
        }
    }

    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Other controls must be escaped; U+2028/2029 too, so the text is also safe inside JavaScript.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private Object scalar() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, position)) {
                position += word.length();
                return "null".equals(word) ? null : Boolean.valueOf(word);
            }
        }
        Matcher number = NUMBER.matcher(text).region(position, text.length());
        if (!number.lookingAt()) {
            throw error(position == text.length() ? "unexpected end of the JSON text"
                    : c == '{' || c == '[' ? "admin requests hold no nested objects or arrays"
                    : "unexpected character '" + c + "'");
        }
        position = number.end();
        if (number.group(1) == null && number.group(2) == null) {
            try {
                return Long.parseLong(number.group());
            } catch (NumberFormatException tooLarge) {
                // a whole number beyond long: as a double, as other parsers do
            }
        }
        return Double.parseDouble(number.group());
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string must be escaped");
            }
            if (c != '\\') {
                out.append(c);
            } else if (position < text.length() && "\"\\/bfnrt".indexOf(text.charAt(position)) >= 0) {
                char escaped = text.charAt(position++);
                out.append("\"\\/\b\f\n\r\t".charAt("\"\\/bfnrt".indexOf(escaped)));
            } else if (text.startsWith("u", position) && position + 5 <= text.length()
                    && text.substring(position + 1, position + 5).matches("[0-9a-fA-F]{4}")) {
                out.append((char) Integer.parseInt(text.substring(position + 1, position + 5), 16));
                position += 5;
            } else {
                throw error("bad escape");
            }
        }
        throw error("unterminated string");
    }

    /** Skips whitespace and consumes {@code c}. */
    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    /** Consumes {@code more} (true) or {@code end} (false). */
    private boolean next(char more, char end) {
        char c = peek();
        if (c != more && c != end) {
            throw error("expected '" + more + "' or '" + end + "'");
        }
        position++;
        return c == more;
    }

    /** Skips whitespace; the next character, or 0 at the end. */
    private char peek() {
        while (position < text.length() && " \t\n\r".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        return position < text.length() ? text.charAt(position) : 0;
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("Malformed JSON at character " + position + ": " + problem);
    }
}
