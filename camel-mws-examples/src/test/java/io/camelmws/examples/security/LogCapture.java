package io.camelmws.examples.security;

import java.io.StringWriter;
import java.util.Collection;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Every log line of the JVM, with its logger and level, at the levels a test sets; the configuration is restored on close. */
final class LogCapture implements AutoCloseable {

    private final StringWriter lines = new StringWriter();

    /** Everything at {@code level}, except the loggers named, which stay at INFO. */
    LogCapture(Level level, Collection<String> keptAtInfo) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        WriterAppender capture = WriterAppender.newBuilder().setName("secrets-capture").setTarget(lines)
                .setLayout(PatternLayout.newBuilder().withPattern("%c %p %m %ex%n").build()).build();
        capture.start();
        configuration.addAppender(capture);
        for (LoggerConfig logger : configuration.getLoggers().values()) {
            logger.setLevel(level);
        }
        configuration.getRootLogger().setLevel(level);
        configuration.getRootLogger().addAppender(capture, level, null);
        // HttpClient's socket dump: the component warns about it at start and its own test covers it.
        configuration.addLogger("org.apache.hc.client5.http.wire", new LoggerConfig("org.apache.hc.client5.http.wire", Level.INFO, true));
        for (String name : keptAtInfo) {
            configuration.addLogger(name, new LoggerConfig(name, Level.INFO, true));
        }
        context.updateLoggers();
    }

    String text() {
        return lines.toString();
    }

    /** The lines that contain {@code value}, for a failure message that names the loggers. */
    String linesWith(String value) {
        return String.join("\n", text().lines().filter(line -> line.contains(value)).map(line -> line.length() > 300 ? line.substring(0, 300) + "..." : line)
                .toList());
    }

    @Override
    public void close() {
        ((LoggerContext) LogManager.getContext(false)).reconfigure();
    }
}
