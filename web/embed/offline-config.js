// The settings of the offline file (licenseform-offline.html, made by
// scripts/build-offline.mjs): the page's own, without an endpoint, so that
// the order ends as a JSON download instead of a POST (js/order.js).
import config from '../config.js';

export default Object.freeze({ ...config, endpoint: null });
