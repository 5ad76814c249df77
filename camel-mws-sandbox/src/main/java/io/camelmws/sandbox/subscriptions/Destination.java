package io.camelmws.sandbox.subscriptions;

import io.camelmws.sandbox.response.MwsErrors;
import io.camelmws.sandbox.webservice.OperationFailure;
import io.camelmws.sandbox.webservice.WebServiceParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where notifications go: a delivery channel and its attributes, {@code AttributeList.member.n.Key/Value}
 * (REFERENCE 4.4). MWS offered one channel, SQS, whose one attribute is {@code sqsQueueUrl}; two destinations are
 * the same when channel and attributes are.
 *
 * @param attributes Key to Value, in request order
 */
record Destination(String deliveryChannel, Map<String, String> attributes) {

    static final String SQS = "SQS";
    static final String SQS_QUEUE_URL = "sqsQueueUrl";
    private static final int MAX_ATTRIBUTES = 10;

    Destination {
        attributes = Map.copyOf(attributes);
    }

    /**
     * The destination under {@code prefix} ({@code Destination} or {@code Subscription.Destination}).
     *
     * @throws OperationFailure MissingParameter or InvalidParameterValue naming the parameter
     */
    static Destination read(WebServiceParameters parameters, String prefix) {
        WebServiceParameters destination = parameters.nested(prefix);
        String channel = destination.optional("DeliveryChannel");
        if (channel == null) {
            throw new OperationFailure(MwsErrors.missingParameter(prefix + ".DeliveryChannel"));
        }
        if (!SQS.equals(channel)) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + ".DeliveryChannel", channel, SQS));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        List<WebServiceParameters> members = destination.structures("AttributeList.member", MAX_ATTRIBUTES);
        for (int i = 0; i < members.size(); i++) {
            String name = prefix + ".AttributeList.member." + (i + 1);
            String key = members.get(i).optional("Key");
            String value = members.get(i).optional("Value");
            if (key == null || value == null) {
                throw new OperationFailure(MwsErrors.missingParameter(name + (key == null ? ".Key" : ".Value")));
            }
            if (!SQS_QUEUE_URL.equals(key)) {
                throw new OperationFailure(MwsErrors.invalidParameterValue(name + ".Key", key, SQS_QUEUE_URL));
            }
            attributes.put(key, value);
        }
        String url = attributes.get(SQS_QUEUE_URL);
        if (url == null) {
            throw new OperationFailure(MwsErrors.missingParameter(prefix + ".AttributeList.member.1.Key="
                    + SQS_QUEUE_URL + " with the queue URL as its Value"));
        }
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new OperationFailure(MwsErrors.invalidParameterValue(prefix + ".AttributeList (sqsQueueUrl)", url,
                    "the URL of an Amazon SQS queue, e.g. https://sqs.us-east-1.amazonaws.com/123456789012/queue"));
        }
        return new Destination(channel, attributes);
    }
}
