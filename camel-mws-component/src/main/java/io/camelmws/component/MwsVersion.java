package io.camelmws.component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The component's own version, stamped into the build, for the default User-Agent. */
final class MwsVersion {

    static final String VERSION = load();

    private MwsVersion() {
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = MwsVersion.class.getResourceAsStream("/io/camelmws/component/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Fall back below: a missing version must not stop the component.
        }
        String version = properties.getProperty("version");
        return version == null || version.startsWith("${") ? "0.0.0-dev" : version;
    }
}
