// engine.openCsv (docs/engine-api.md): the CSV session as a plain object
// whose close() frees what the engine keeps for it. Linked with --post-js,
// so it runs inside the module factory beside the embind classes. Names are
// quoted for the closure compiler.
(function () {
  // A session the page forgot to close is freed when it is collected; close()
  // is still the rule, since collection may come late or never.
  var registry = typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry(function (native) { native['delete'](); }) : null;

  Module['openCsv'] = function (options, bytes) {
    var native = new Module['CsvSession'](options || {});
    var open = true;
    var call = function (name, args) {
      return open ? native[name].apply(native, args) : null;
    };
    var session = {
      'summary': null,
      'reserve': function (size) { call('reserve', [size]); },
      'append': function (chunk) { return open && native['append'](chunk); },
      'bytes': function () { return call('bytes', []); },
      'finish': function (onProgress) {
        if (open && !session['summary']) session['summary'] = native['finish'](onProgress || null);
        return session['summary'];
      },
      'issues': function (query) { return call('issues', [query || {}]); },
      'agents': function (query) { return call('agents', [query || {}]); },
      'payload': function (source, orderId) { return call('payload', [source || {}, orderId]); },
      'exportCsv': function (kind, fileName) { return call('exportCsv', [kind, fileName || '']); },
      'close': function () {
        if (!open) return;
        open = false;
        if (registry) registry['unregister'](session);
        native['delete']();
      },
    };
    if (registry) registry['register'](session, native, session);
    if (bytes) {
      session['append'](bytes);
      session['finish']();
    }
    return session;
  };
})();
