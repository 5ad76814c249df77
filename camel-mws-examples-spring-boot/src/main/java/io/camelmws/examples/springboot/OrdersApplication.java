package io.camelmws.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An existing Spring Boot deployment that adds MWS: the orders-to-files flow, with the mws component configured only
 * in {@code application.yaml} (its secrets from environment variables).
 */
@SpringBootApplication
public class OrdersApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrdersApplication.class, args);
    }
}
