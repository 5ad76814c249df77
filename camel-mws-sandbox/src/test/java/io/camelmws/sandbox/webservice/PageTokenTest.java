package io.camelmws.sandbox.webservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The NextToken codec every paged list shares: what is written is read back, anything else is refused. */
class PageTokenTest {

    @Test
    void readsBackTheFieldsInTheOrderWritten() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("ReportTypeList.Type.1", "_GET_FLAT_FILE_ORDERS_DATA_");
        state.put("After.Number", "7");
        String token = PageToken.writer("GetItemList").writeInt(3).writeLong(-1L).writeString(null)
                .writeString("é").writeState(state).finish();

        PageToken.Reader reader = PageToken.reader("GetItemList", token);
        assertThat(reader.readInt()).isEqualTo(3);
        assertThat(reader.readLong()).isEqualTo(-1L);
        assertThat(reader.readString()).isNull();
        assertThat(reader.readString()).isEqualTo("é");
        assertThat(reader.readState()).containsExactlyEntriesOf(state);
        reader.end();
        assertThat(PageToken.decode("GetItemList", PageToken.encode("GetItemList", state)))
                .containsExactlyEntriesOf(state);
    }

    @Test
    void isStandardBase64WithCharactersAClientMustEncode() {
        String token = PageToken.writer("ListOrders").writeLong(-1L).finish();

        assertThat(token).matches("[A-Za-z0-9+/]+=*").contains("/");
    }

    @Test
    void refusesAnotherListsADamagedOrAnOverlongToken() {
        String token = PageToken.encode("GetItemList", Map.of("MaxCount", "1"));
        byte[] damaged = Base64.getDecoder().decode(token);
        damaged[damaged.length / 2] ^= 0x10;
        String overlong = PageToken.writer("GetItemList").writeState(Map.of("MaxCount", "1")).writeInt(0).finish();

        for (String refused : new String[] {"not a token!", "AAAA", Base64.getEncoder().encodeToString(damaged),
                overlong}) {
            assertThatThrownBy(() -> PageToken.decode("GetItemList", refused)).as(refused)
                    .isInstanceOf(OperationFailure.class).hasMessageContaining("InvalidParameterValue")
                    .hasMessageContaining("Invalid NextToken");
        }
        assertThatThrownBy(() -> PageToken.decode("GetOtherList", token)).isInstanceOf(OperationFailure.class)
                .hasMessageContaining("pass the NextToken of the previous page of the same operation unchanged");
    }
}
