package io.camelmws.sandbox.webservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.catalog.SectionCatalog;
import io.camelmws.sandbox.operation.OperationCall;
import io.camelmws.sandbox.response.SandboxResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The List / ListByNextToken / Count trio shared by Reports and Feeds, on a list of numbered items. */
class NewestFirstListTest {

    private static final Instant NOW = Instant.parse("2020-06-11T07:44:22Z");
    private static final Pattern ITEM = Pattern.compile("<Item>(\\d+)</Item>");
    private static final Pattern TOKEN = Pattern.compile("<NextToken>([^<]+)</NextToken>");

    /** Items with a number, arriving at an instant; the query keeps the even ones or all. */
    private record Item(long number, Instant at) {
    }

    private record EvenOnly(boolean even) implements NewestFirstList.Query {
        @Override
        public Map<String, String> toState() {
            Map<String, String> state = new LinkedHashMap<>();
            state.put("Even", Boolean.toString(even));
            return state;
        }
    }

    private final List<Item> items = new CopyOnWriteArrayList<>();
    private final NewestFirstList<EvenOnly, Item> list = new NewestFirstList<>("GetItemList",
            (parameters, now) -> new EvenOnly(Boolean.TRUE.equals(parameters.bool("Even"))),
            (query, now) -> items.stream().filter(item -> !query.even() || item.number() % 2 == 0).toList(),
            item -> new Pager.Position(item.at(), item.number()),
            (xml, item) -> xml.element("Item", Long.toString(item.number())));

    private void add(long number, long secondsAfterEpoch) {
        items.add(new Item(number, Instant.ofEpochSecond(secondsAfterEpoch)));
    }

    private static OperationCall call(String action, String... parameters) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return new OperationCall(SectionCatalog.standard().section("Reports"), action, map, "req-1", NOW,
                NOW.toString());
    }

    private static String text(SandboxResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<Long> numbers(SandboxResponse response) {
        List<Long> numbers = new ArrayList<>();
        Matcher matcher = ITEM.matcher(text(response));
        while (matcher.find()) {
            numbers.add(Long.parseLong(matcher.group(1)));
        }
        return numbers;
    }

    private static String token(SandboxResponse response) {
        Matcher matcher = TOKEN.matcher(text(response));
        return matcher.find() ? matcher.group(1) : null;
    }

    @Test
    void pagesNewestFirstAndNeitherRepeatsNorSkipsWhenItemsArriveBetweenPages() {
        for (int i = 1; i <= 5; i++) {
            add(i, i);
        }
        SandboxResponse first = list.list(call("GetItemList", "MaxCount", "2"));
        assertThat(numbers(first)).containsExactly(5L, 4L);
        assertThat(text(first)).contains("<HasNext>true</HasNext>");

        add(6, 6);
        SandboxResponse second = list.listByNextToken(call("GetItemListByNextToken", "NextToken", token(first)));
        assertThat(numbers(second)).containsExactly(3L, 2L);
        SandboxResponse third = list.listByNextToken(call("GetItemListByNextToken", "NextToken", token(second)));
        assertThat(numbers(third)).containsExactly(1L);
        assertThat(text(third)).contains("<HasNext>false</HasNext>").doesNotContain("<NextToken>");
    }

    @Test
    void theTokenCarriesTheQueryAndTheSameInstantSortsByNumber() {
        for (int i = 1; i <= 6; i++) {
            add(i, 100);
        }
        SandboxResponse first = list.list(call("GetItemList", "Even", "true", "MaxCount", "1"));
        assertThat(numbers(first)).containsExactly(6L);
        SandboxResponse second = list.listByNextToken(call("GetItemListByNextToken", "NextToken", token(first)));
        assertThat(numbers(second)).containsExactly(4L);
        assertThat(text(list.count(call("GetItemCount", "Even", "true")))).contains("<Count>3</Count>");
        assertThat(list.newestFirst(new EvenOnly(false), NOW)).extracting(Item::number)
                .containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void refusesAnotherListsTokenAndAMaxCountOutOfRange() {
        String othersToken = PageToken.encode("GetOtherList", Map.of("MaxCount", "1"));
        assertThatThrownBy(() -> list.listByNextToken(call("GetItemListByNextToken", "NextToken", othersToken)))
                .isInstanceOf(OperationFailure.class).hasMessageContaining("InvalidParameterValue");
        assertThatThrownBy(() -> list.list(call("GetItemList", "MaxCount", "101")))
                .isInstanceOf(OperationFailure.class).hasMessageContaining("MaxCount");
    }
}
