package io.camelmws.examples.flows;

import org.apache.camel.builder.RouteBuilder;

/**
 * Feeds, the Java twin of {@code routes/feeds.yaml}: a price-and-quantity flat file dropped into the inbox is
 * submitted and awaited; its processing report is written next to it in {@code done/}, or, when any of its
 * messages failed, both go to {@code dead-letter/}, the report giving the reasons line by line.
 */
public class FeedsRoute extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        from("file:{{examples.work-dir}}/feeds/inbox?include=.*\\.txt&charset=UTF-8"
             + "&move=../${header.feedOutcome}/${file:name}&moveFailed=../dead-letter/${file:name}")
            .routeId("feeds")
            .to("mws:SubmitFeed?feedType=_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_"
                + "&marketplaceId=ATVPDKIKX0DER&await=true")
            .choice()
                .when(simple("${header.CamelMwsMessagesWithError} > 0"))
                    .setHeader("feedOutcome", constant("dead-letter"))
                .otherwise()
                    .setHeader("feedOutcome", constant("done"))
            .end()
            .to("file:{{examples.work-dir}}/feeds"
                + "?fileName=${header.feedOutcome}/${file:onlyname.noext}.processing-report.txt")
            .log("feed ${file:name}: ${header.CamelMwsMessagesSuccessful} of ${header.CamelMwsMessagesProcessed} records accepted,"
                 + " moved to ${header.feedOutcome}/ with its processing report")
            .bean("showcase", "count('feeds', ${header.feedOutcome})");
        // end::route[]
    }
}
