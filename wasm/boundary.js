// Arguments of the wrong type, converted at the boundary: embind refuses a
// value that is not what the C++ side takes (null for bytes, undefined for
// text) with an exception, and the engine's methods promise not to throw for
// bad input. Text arguments become strings, bytes a Uint8Array (nothing,
// which the engine reports as an empty file), and missing ones defaults.
// Linked with --post-js; the embind functions exist only once the runtime
// has started, hence addOnPostRun (before the factory's promise settles for
// its caller). Names are quoted for the closure compiler.
addOnPostRun(function () {
  function text(value, fallback) {
    return typeof value === 'string' ? value : fallback;
  }
  function bytes(value) {
    if (value instanceof Uint8Array) return value;
    if (value instanceof ArrayBuffer) return new Uint8Array(value);
    if (ArrayBuffer.isView(value)) {
      return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    }
    return typeof value === 'string' ? value : new Uint8Array(0);
  }
  function wrap(name, convert) {
    var inner = Module[name];
    // An overloaded function looks itself up on Module, so its overloads
    // are called directly, by their number of arguments.
    var table = inner.overloadTable;  // unquoted: closure renames it with embind's own
    Module[name] = function () {
      var args = convert(arguments);
      return (table ? table[args.length] : inner).apply(null, args);
    };
  }
  wrap('checkCsv', function (a) { return [a[0], bytes(a[1])]; });
  wrap('templateFile', function (a) { return [text(a[0], 'add'), text(a[1], 'en')]; });
  wrap('exportCsv', function (a) {
    return [a[0], bytes(a[1]), text(a[2], 'problems'), text(a[3], '')];
  });
  wrap('buildPayload', function (a) { return [a[0], a[1], a[2], text(a[3], '')]; });
  wrap('messages', function () { return []; });
  wrap('renderIssue', function (a) { return [a[0], text(a[1], 'en')]; });
  // The session's own calls (session.js): the session's number first.
  wrap('csvExport', function (a) { return [a[0], text(a[1], 'problems'), text(a[2], '')]; });
  wrap('csvPayload', function (a) { return [a[0], a[1], text(a[2], '')]; });
  var append = Module['csvAppend'];
  Module['csvAppend'] = function (id, chunk) { return append(id, bytes(chunk)); };
});
