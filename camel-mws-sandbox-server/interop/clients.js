// Calls the stand-alone sandbox with two third-party MWS clients, as their users would, and fails on any
// refusal or unparsable answer. Usage: node clients.js <http port> <https port>  (NODE_EXTRA_CA_CERTS=the sandbox PEM)
const { MWSSimple } = require('@ericblade/mws-simple');
const amazonMws = require('amazon-mws');

const [httpPort, httpsPort] = process.argv.slice(2);
const credentials = { accessKeyId: 'AKIAINTEROP000000001', secretAccessKey: 'interop+secret/key=', merchantId: 'A2INTEROPSELLER' };
const since = new Date(Date.now() - 40 * 86400000).toISOString();

function check(name, ok) {
  if (!ok) {
    throw new Error(name + ': unexpected answer');
  }
  console.log('ok', name);
}

async function viaMwsSimple() {
  // HTTPS only; signs the Host without port and sends a form POST.
  const mws = new MWSSimple({ host: '127.0.0.1', port: Number(httpsPort), ...credentials });
  const call = (path, query, feedContent) => new Promise((resolve, reject) =>
    mws.request({ path, query, feedContent }, (err, res) => (err ? reject(err) : resolve(res.result))));
  const sellers = await call('/Sellers/2011-07-01', { Action: 'ListMarketplaceParticipations', Version: '2011-07-01' });
  check('mws-simple ListMarketplaceParticipations', sellers.ListMarketplaceParticipationsResponse.ListMarketplaceParticipationsResult[0].ListParticipations);
  const orders = await call('/Orders/2013-09-01', { Action: 'ListOrders', Version: '2013-09-01', 'MarketplaceId.Id.1': 'A1PA6795UKMFR9',
    CreatedAfter: since, MaxResultsPerPage: 3 });
  const result = orders.ListOrdersResponse.ListOrdersResult[0];
  check('mws-simple ListOrders', result.Orders[0].Order.length === 3 && result.NextToken);
  const report = await call('/Reports/2009-01-01', { Action: 'RequestReport', Version: '2009-01-01',
    ReportType: '_GET_FLAT_FILE_OPEN_LISTINGS_DATA_', 'MarketplaceIdList.Id.1': 'A1PA6795UKMFR9' });
  check('mws-simple RequestReport', report.RequestReportResponse.RequestReportResult[0].ReportRequestInfo[0].ReportRequestId[0]);
  const feed = await call('/Feeds/2009-01-01', { Action: 'SubmitFeed', Version: '2009-01-01',
    FeedType: '_POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA_', 'MarketplaceIdList.Id.1': 'A1PA6795UKMFR9' },
  'sku\tprice\tquantity\nA-1\t9.99\t3\n');
  check('mws-simple SubmitFeed', feed.SubmitFeedResponse.SubmitFeedResult[0].FeedSubmissionInfo[0].FeedSubmissionId[0]);
}

async function viaAmazonMws() {
  // Plain HTTP with a signed GET query. This client hangs on a second request over a reused keep-alive
  // connection (against any server, e.g. Python's http.server too), and Node 20's global agent keeps them alive.
  require('http').globalAgent = new (require('http').Agent)({ keepAlive: false });
  const client = () => {
    const mws = amazonMws(credentials.accessKeyId, credentials.secretAccessKey);
    mws.setHost('127.0.0.1', httpPort, 'http');
    return mws;
  };
  const status = await client().orders.search({ Version: '2013-09-01', Action: 'GetServiceStatus', SellerId: credentials.merchantId });
  check('amazon-mws GetServiceStatus', status.Status === 'GREEN');
  const orders = await client().orders.search({ Version: '2013-09-01', Action: 'ListOrders', SellerId: credentials.merchantId,
    'MarketplaceId.Id.1': 'ATVPDKIKX0DER', CreatedAfter: since, MaxResultsPerPage: 2 });
  check('amazon-mws ListOrders', orders.Orders.Order.length === 2);
}

viaMwsSimple().then(viaAmazonMws).then(() => console.log('all third-party calls accepted and parsed'))
  .catch((e) => { console.error('FAILED', e && (e.message || JSON.stringify(e))); process.exit(1); });
