// engine.openCsv (docs/engine-api.md): the CSV session as a plain object
// whose close() frees what the engine keeps for it. Linked with --post-js,
// so it runs inside the module factory beside the embind functions. Names
// are quoted for the closure compiler.
(function () {
  // A session the page forgot to close is freed when it is collected; close()
  // is still the rule, since collection may come late or never.
  var registry = typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry(function (id) { Module['csvClose'](id); }) : null;

  Module['openCsv'] = function (options, bytes) {
    var id = Module['csvOpen'](options || {});
    var open = true;
    var call = function (name, args) {
      return open ? Module[name].apply(null, [id].concat(args)) : null;
    };
    var session = {
      'summary': null,
      'reserve': function (size) { call('csvReserve', [size]); },
      'append': function (chunk) { return open && Module['csvAppend'](id, chunk); },
      'bytes': function () { return call('csvBytes', []); },
      'finish': function (onProgress) {
        if (open && !session['summary']) {
          session['summary'] = Module['csvFinish'](id, onProgress || null);
        }
        return session['summary'];
      },
      'issues': function (query) { return call('csvIssues', [query || {}]); },
      'agents': function (query) { return call('csvAgents', [query || {}]); },
      'payload': function (source, orderId) { return call('csvPayload', [source || {}, orderId]); },
      'exportCsv': function (kind, fileName) { return call('csvExport', [kind, fileName || '']); },
      'close': function () {
        if (!open) return;
        open = false;
        if (registry) registry['unregister'](session);
        Module['csvClose'](id);
      },
    };
    if (registry) registry['register'](session, id, session);
    if (bytes) {
      session['append'](bytes);
      session['finish']();
    }
    return session;
  };
})();
