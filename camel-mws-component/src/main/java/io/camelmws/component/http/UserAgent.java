package io.camelmws.component.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The User-Agent MWS asks for: {@code AppName/AppVersion (Language=Java/17.0.15; Platform=Linux/amd64/6.1)},
 * with MWS's backslash escaping (name: {@code \ /}; version: {@code \ (}; attribute names: {@code \ =};
 * attribute values: {@code \ ; )}) after trimming and collapsing white space, as the official clients do.
 */
public final class UserAgent {

    /** MWS rejects longer values with UserAgentHeaderMaximumLengthExceeded. */
    public static final int MAX_LENGTH = 500;

    private UserAgent() {
    }

    public static String of(String applicationName, String applicationVersion, String clientVersion) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Language", "Java/" + System.getProperty("java.version"));
        attributes.put("Platform", System.getProperty("os.name") + "/" + System.getProperty("os.arch") + "/" + System.getProperty("os.version"));
        attributes.put("MWSClientVersion", "camel-mws/" + clientVersion);
        return of(applicationName, applicationVersion, attributes);
    }

    static String of(String applicationName, String applicationVersion, Map<String, String> attributes) {
        if (applicationName == null || applicationName.isBlank()) {
            throw new IllegalArgumentException("applicationName must not be empty: MWS identifies the calling application by it");
        }
        if (applicationVersion == null || applicationVersion.isBlank()) {
            throw new IllegalArgumentException("applicationVersion must not be empty: MWS expects AppName/AppVersion in the User-Agent");
        }
        StringBuilder agent = new StringBuilder();
        agent.append(escape(applicationName, "\\/")).append('/').append(escape(applicationVersion, "\\("));
        agent.append(" (");
        boolean first = true;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (!first) {
                agent.append("; ");
            }
            first = false;
            agent.append(escape(attribute.getKey(), "\\=")).append('=').append(escape(attribute.getValue(), "\\;)"));
        }
        agent.append(')');
        if (agent.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The User-Agent built from applicationName and applicationVersion is " + agent.length()
                                               + " characters; MWS allows at most " + MAX_LENGTH);
        }
        return agent.toString();
    }

    private static String escape(String value, String specials) {
        String collapsed = value.trim().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(collapsed.length() + 4);
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (specials.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
