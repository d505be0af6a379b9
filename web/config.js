// The host's settings for the page. This is a static ES module, imported
// with the page's own scripts, so reading it is part of loading the page and
// no request is made before the customer submits (a fetched config.json
// would be one). A deployment edits this file:
//   endpoint  where the order is POSTed as application/json
//   contact   who to write to when a submission fails
//   country   region for phone numbers typed without a country code
//   maxManualRows  how many rows the page offers for typing (the engine
//             enforces its own limit; keep the two equal)
//   policy    optional { noticeDays, endOfMonth }, passed to the engine
//   limits    optional { maxRows, maxBytes } of a CSV upload, passed to the
//             engine (its defaults: 100,000 rows and 50 MB)
//   submitTimeoutMs  how long "Submit order" waits for an answer before it
//             says so and offers "Try again" (the same orderId: no double order)
export default Object.freeze({
  endpoint: '/orders',
  contact: 'licenses@example.com',
  country: 'DE',
  maxManualRows: 10,
  policy: null,
  limits: null,
  submitTimeoutMs: 20000,
});
