package io.camelmws.component;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.camelmws.component.data.AnswerBinder;
import io.camelmws.component.model.finances.FeeType;
import io.camelmws.component.model.finances.FinancialEventGroup;
import io.camelmws.component.model.finances.FundTransferStatus;
import io.camelmws.component.model.finances.ListFinancialEventGroupsResult;
import io.camelmws.component.model.finances.ListFinancialEventsResult;
import io.camelmws.component.model.finances.ShipmentItem;
import io.camelmws.component.model.inventory.InventorySupply;
import io.camelmws.component.model.inventory.ListInventorySupplyResult;
import io.camelmws.component.model.inventory.SupplyType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Finances and inventory models read answers carrying values and elements they do not know (written here in
 * the shape of recorded MWS answers): an unknown status or fee type keeps its text, an unknown element or event
 * list is ignored, and money keeps its exact decimal.
 */
class MwsMoneyModelsTolerantTest {

    @Test
    void financialEventsWithUnknownListsAndFeeTypesLoseNothingTyped() throws Exception {
        String answer = """
                <ListFinancialEventsResponse xmlns="http://mws.amazonservices.com/Finances/2015-05-01">
                  <ListFinancialEventsResult>
                    <FinancialEvents>
                      <ProductAdsPaymentEventList/>
                      <ShipmentEventList><ShipmentEvent>
                        <ShipmentItemList><ShipmentItem>
                          <ItemChargeList><ChargeComponent><ChargeType>Principal</ChargeType>
                            <ChargeAmount><CurrencyAmount>25.99</CurrencyAmount><CurrencyCode>USD</CurrencyCode></ChargeAmount>
                          </ChargeComponent></ItemChargeList>
                          <ItemFeeList><FeeComponent><FeeType>DigitalServicesFee</FeeType>
                            <FeeAmount><CurrencyAmount>-0.10</CurrencyAmount><CurrencyCode>USD</CurrencyCode></FeeAmount>
                          </FeeComponent></ItemFeeList>
                          <OrderItemId>46432915698730</OrderItemId><QuantityShipped>1</QuantityShipped>
                          <SellerSKU>HS223A-C00</SellerSKU><CostOfPointsGranted/>
                        </ShipmentItem></ShipmentItemList>
                        <AmazonOrderId>105-0457358-1245022</AmazonOrderId>
                        <PostedDate>2017-01-23T01:31:25.000Z</PostedDate>
                        <MarketplaceName>Amazon.com</MarketplaceName>
                        <StoreName>unknown element</StoreName>
                      </ShipmentEvent></ShipmentEventList>
                      <TDSReimbursementEventList/>
                    </FinancialEvents>
                  </ListFinancialEventsResult>
                </ListFinancialEventsResponse>""";
        ListFinancialEventsResult result = AnswerBinder.read(answer, ListFinancialEventsResult.class);
        ShipmentItem item = result.financialEvents().shipmentEvents().get(0).shipmentItems().get(0);
        assertThat(result.financialEvents().shipmentEvents().get(0).postedDate())
                .isEqualTo(Instant.parse("2017-01-23T01:31:25Z"));
        assertThat(item.itemCharges().get(0).chargeAmount().amount()).isEqualTo(new BigDecimal("25.99"));
        assertThat(item.itemFees().get(0).feeType()).isEqualTo(FeeType.UNKNOWN);
        assertThat(item.itemFees().get(0).feeTypeAsString()).isEqualTo("DigitalServicesFee");
        assertThat(item.quantityShipped()).isEqualTo(1);
        assertThat(result.financialEvents().refundEvents()).isEmpty();
    }

    @Test
    void aGroupWithAStatusOfLaterYearsKeepsItsText() throws Exception {
        String answer = """
                <ListFinancialEventGroupsResponse xmlns="http://mws.amazonservices.com/Finances/2015-05-01">
                  <ListFinancialEventGroupsResult><FinancialEventGroupList><FinancialEventGroup>
                    <FinancialEventGroupId>22YgYW55IGNhcm5hbCBwbGVhEXAMPLE</FinancialEventGroupId>
                    <ProcessingStatus>Closed</ProcessingStatus><FundTransferStatus>Succeeded</FundTransferStatus>
                    <OriginalTotal><CurrencyCode>USD</CurrencyCode><CurrencyAmount>19.00</CurrencyAmount></OriginalTotal>
                    <FundTransferDate>2014-09-09T01:30:00.000-06:00</FundTransferDate>
                    <FinancialEventGroupStart>2014-09-01T01:30:00.000-06:00</FinancialEventGroupStart>
                  </FinancialEventGroup></FinancialEventGroupList></ListFinancialEventGroupsResult>
                </ListFinancialEventGroupsResponse>""";
        FinancialEventGroup group = AnswerBinder.read(answer, ListFinancialEventGroupsResult.class)
                .financialEventGroups().get(0);
        assertThat(group.fundTransferStatus()).isEqualTo(FundTransferStatus.UNKNOWN);
        assertThat(group.fundTransferStatusAsString()).isEqualTo("Succeeded");
        assertThat(group.originalTotal().amount()).isEqualTo(new BigDecimal("19.00"));
        assertThat(group.fundTransferDate()).isEqualTo(Instant.parse("2014-09-09T07:30:00Z"));
    }

    @Test
    void inventorySupplyWithAnEmptyDetailAndANewSupplyType() throws Exception {
        String answer = """
                <ListInventorySupplyResponse xmlns="http://mws.amazonaws.com/FulfillmentInventory/2010-10-01">
                  <ListInventorySupplyResult><InventorySupplyList>
                    <member><SellerSKU>SampleSKU1</SellerSKU><ASIN>B00000K3CQ</ASIN>
                      <TotalSupplyQuantity>20</TotalSupplyQuantity><FNSKU>X0000000FM</FNSKU>
                      <Condition>NewItem</Condition><SupplyDetail/><InStockSupplyQuantity>15</InStockSupplyQuantity>
                      <EarliestAvailability><TimepointType>Immediately</TimepointType></EarliestAvailability>
                    </member>
                    <member><SellerSKU>SampleSKU2</SellerSKU><TotalSupplyQuantity>3</TotalSupplyQuantity>
                      <SupplyDetail><member><Quantity>3</Quantity><SupplyType>Reserved</SupplyType></member></SupplyDetail>
                      <InStockSupplyQuantity>0</InStockSupplyQuantity>
                    </member>
                  </InventorySupplyList></ListInventorySupplyResult>
                </ListInventorySupplyResponse>""";
        ListInventorySupplyResult result = AnswerBinder.read(answer, ListInventorySupplyResult.class);
        assertThat(result.inventorySupplies()).hasSize(2);
        InventorySupply first = result.inventorySupplies().get(0);
        assertThat(first.inStockSupplyQuantity()).isEqualTo(15);
        assertThat(first.supplyDetail()).isEmpty();
        InventorySupply second = result.inventorySupplies().get(1);
        assertThat(second.supplyDetail().get(0).supplyType()).isEqualTo(SupplyType.UNKNOWN);
        assertThat(second.supplyDetail().get(0).supplyTypeAsString()).isEqualTo("Reserved");
    }
}
