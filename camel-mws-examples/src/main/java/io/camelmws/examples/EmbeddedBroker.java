package io.camelmws.examples;

import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.jms.connection.CachingConnectionFactory;

/**
 * An ActiveMQ Artemis broker inside the example's JVM, reached in-VM: the queue between the orders consumer and the
 * database. Its journal lives under the work directory, so a message published but not yet consumed when the
 * application stops is consumed by the next run.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final String IN_VM = "vm://0";

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private CachingConnectionFactory connectionFactory;

    public EmbeddedBroker start(Path directory) throws Exception {
        Configuration configuration = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(directory.resolve("journal").toString())
                .setBindingsDirectory(directory.resolve("bindings").toString())
                .setPagingDirectory(directory.resolve("paging").toString())
                .setLargeMessagesDirectory(directory.resolve("large-messages").toString())
                .setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", IN_VM)
                // A message that fails five deliveries in a row (each rolled back) is parked in DLQ, not retried forever.
                .addAddressSetting("#", new AddressSettings().setMaxDeliveryAttempts(5).setDeadLetterAddress(SimpleString.of("DLQ"))
                        .setAutoCreateDeadLetterResources(true).setExpiryAddress(SimpleString.of("ExpiryQueue")));
        broker.setConfiguration(configuration);
        broker.start();
        connectionFactory = new CachingConnectionFactory(new ActiveMQConnectionFactory(IN_VM));
        return this;
    }

    /** Camel's {@code jms} component on this broker. */
    public JmsComponent jmsComponent() {
        JmsComponent jms = new JmsComponent();
        jms.setConnectionFactory(connectionFactory);
        return jms;
    }

    @Override
    public void close() throws Exception {
        if (connectionFactory != null) {
            connectionFactory.destroy();
        }
        broker.stop();
    }
}
