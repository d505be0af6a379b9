// engine.openCsv, the CSV session whose result stays in the engine: the same
// answers as checkCsv for every corpus file, pages, groups, chunks that split
// a character, the size limit, progress and close().

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';

import { generateAddCsv } from '../bench/generate.mjs';
import { loadEngine } from './engine.mjs';
import { CORPUS_TODAY, corpus, csvBytes } from './vectors.mjs';

let engine;
before(async () => { engine = await loadEngine(); });

const ADD = { flow: 'add', licenseType: 'agent-id-bria', today: CORPUS_TODAY };
const CANCEL = { flow: 'cancel', licenseType: 'agent-id-bria', today: CORPUS_TODAY };
const ALL = { offset: 0, limit: 10000 };

/** Opens a session, runs fn with it, and always closes it. */
function withSession(options, bytes, fn) {
  const session = engine.openCsv(options, bytes);
  try {
    return fn(session);
  } finally {
    session.close();
  }
}

function corpusFiles() {
  return fs.readdirSync(path.join(corpus, 'csv')).filter((n) => n.endsWith('.csv')).sort();
}

describe('openCsv gives what checkCsv gives', () => {
  for (const file of corpusFiles()) {
    const options = file.includes('cancel') ? CANCEL : ADD;
    test(`for ${file}`, () => {
      const bytes = csvBytes(file);
      const full = engine.checkCsv(options, bytes);
      withSession(options, bytes, (s) => {
        assert.equal(s.summary.valid, full.valid);
        assert.equal(s.summary.flow, full.flow);
        assert.deepEqual(s.summary.counts, full.counts);
        assert.deepEqual(s.summary.sheet, full.sheet);
        assert.equal(s.summary.issueCount, full.issues.length);
        assert.deepEqual(s.issues(ALL).items, full.issues);
        assert.deepEqual(s.agents(ALL).items, full.agents);
        assert.deepEqual(s.summary.fileIssues, full.issues.filter((i) => i.row === null));
      });
    });
  }
});

// The summary says one billing reason when every agent has the same one
// (the page then writes it once above the table instead of on every row).
describe('one billing reason for all agents', () => {
  const billing = (a) =>
    JSON.stringify([a.billingEnd, a.earliest, a.requestedBeforeEarliest ?? null, a.reason]);
  const cases = corpusFiles().map((file) => [file, file.includes('cancel') ? CANCEL : ADD,
    csvBytes(file)]);
  cases.push(['3,000 generated rows', { ...ADD, limits: { maxRows: 5000 } }, generateAddCsv(3000)]);
  const dated = 'Name,Cancellation Date,Display Phone Number,Email\n' +
    'Ada Beispiel,2027-03-31,+49 30 23125001,ada@example.com\n' +
    'Bruno Muster,2027-03-31,+49 30 23125002,bruno@example.com\n';
  cases.push(['two agents with one date', ADD, new TextEncoder().encode(dated)]);
  cases.push(['the same with another date for one', ADD,
    new TextEncoder().encode(dated.replace('2027-03-31,+49 30 23125002',
      '2027-04-30,+49 30 23125002'))]);
  for (const [name, options, bytes] of cases) {
    test(`sameReason matches the agents' billing for ${name}`, () => {
      withSession(options, bytes, (s) => {
        const agents = s.agents(ALL).items;
        const same = agents.every((a) => billing(a) === billing(agents[0]));
        assert.equal(s.summary.sameReason, same);
        assert.equal(s.summary.reason, same && agents.length ? agents[0].reason : null);
      });
    });
  }
  test('both kinds occur among these files', () => {
    const seen = new Set(cases.map(([, options, bytes]) =>
      withSession(options, bytes, (s) => s.summary.sameReason)));
    assert.deepEqual([...seen].sort(), [false, true]);
  });
});

describe('pages of a large file', () => {
  const bytes = generateAddCsv(3000);
  const options = { ...ADD, limits: { maxRows: 5000 } };

  test('issues come in the pages asked for, and filtered by code', () => {
    const full = engine.checkCsv(options, bytes);
    withSession(options, bytes, (s) => {
      const first = s.issues({ offset: 0, limit: 10 });
      assert.equal(first.total, full.issues.length);
      assert.deepEqual(first.items, full.issues.slice(0, 10));
      assert.deepEqual(s.issues({ offset: 25, limit: 7 }).items, full.issues.slice(25, 32));
      const code = 'phone.scientific_notation';
      const only = s.issues({ offset: 0, limit: 10000, code });
      assert.deepEqual(only.items, full.issues.filter((i) => i.code === code));
      assert.equal(only.total, only.items.length);
      assert.ok(only.total > 0);
    });
  });

  test('agents come in pages, and past the end the page is empty', () => {
    const full = engine.checkCsv(options, bytes);
    withSession(options, bytes, (s) => {
      assert.deepEqual(s.agents({ offset: 100, limit: 50 }).items, full.agents.slice(100, 150));
      const end = s.agents({ offset: full.agents.length + 5, limit: 10 });
      assert.deepEqual(end, { total: full.agents.length, offset: full.agents.length, items: [] });
    });
  });

  test('payload equals buildPayload of the same agents', () => {
    const full = engine.checkCsv(options, bytes);
    const source = { kind: 'csv', fileName: 'agents.csv' };
    const id = '00000000-0000-4000-8000-000000000001';
    withSession(options, bytes, (s) => {
      assert.deepEqual(s.payload(source, id),
        engine.buildPayload(options, full.agents, source, id));
    });
  });
});

describe('groups', () => {
  const text = 'Name,Cancellation Date,Display Phone Number,Email\r\n' +
    'Ada Beispiel,,4.93023E+11,ada@example.com\r\n' +
    'Bruno Muster,,+49 30 23125002,bruno@example.com\r\n' +
    'Carla Probe,,4.47946E+11,carla@example.com\r\n' +
    'Dora Fiktiv,,4.93023E+11,dora@example.com\r\n' +
    'Emil Demo,,+49 30 23125005,bruno@example.com\r\n';
  const bytes = new TextEncoder().encode(text);

  test('count the rows of each kind, with their first rows and one message', () => {
    withSession(ADD, bytes, (s) => {
      assert.deepEqual(s.summary.groups.map((g) => [g.code, g.count, g.firstRows]), [
        ['phone.scientific_notation', 3, [2, 4, 5]],
        ['order.duplicate_email', 1, [6]],
      ]);
      const [phones, duplicate] = s.summary.groups;
      assert.equal(phones.severity, 'error');
      assert.equal(phones.column, 'phone');
      assert.equal(phones.message, '3 rows: the spreadsheet turned the display phone number ' +
        'into scientific notation, so digits and the + are lost. Format the column as Text ' +
        'and enter the numbers again, like +49 30 23125001');
      // A group of one says what the row itself says.
      assert.equal(duplicate.message, s.issues({ code: 'order.duplicate_email' }).items[0].message);
    });
  });

  test('speak German when asked', () => {
    withSession({ ...ADD, lang: 'de' }, bytes, (s) => {
      assert.match(s.summary.groups[0].message, /^3 Zeilen: Die Tabellenkalkulation hat/);
    });
  });

  test('say "N rows: message" for a code without a group text', () => {
    const names = 'Name,Cancellation Date,Display Phone Number,Email\r\n' +
      '=A1,,+49 30 23125001,ada@example.com\r\n+B2,,+49 30 23125002,bo@example.com\r\n';
    withSession(ADD, new TextEncoder().encode(names), (s) => {
      const [g] = s.summary.groups;
      assert.equal(g.code, 'name.formula_start');
      const one = s.issues({ code: g.code }).items[0].message;
      assert.equal(g.message, `2 rows: ${one}`);
    });
  });
});

describe('chunks', () => {
  const text = 'Name,Cancellation Date,Display Phone Number,Email\r\n' +
    'Chloé Exemple,,+44 20 7946 0001,chloe@example.net\r\n' +
    'Jürgen Testmann,,030 23125002,juergen@example.com\r\n';
  const bytes = new TextEncoder().encode(text);

  test('a character split across chunks stays whole', () => {
    const at = bytes.indexOf(0xc3);  // the first byte of "é"
    assert.ok(at > 0);
    const s = engine.openCsv(ADD);
    assert.equal(s.append(bytes.subarray(0, at + 1)), true);
    assert.equal(s.append(bytes.subarray(at + 1)), true);
    const summary = s.finish();
    assert.equal(summary.valid, true);
    assert.deepEqual(s.agents(ALL).items.map((a) => a.name),
      ['Chloé Exemple', 'Jürgen Testmann']);
    assert.deepEqual(s.issues(ALL).items, []);
    s.close();
  });

  test('one byte at a time gives the same result as one call', () => {
    const s = engine.openCsv(ADD);
    for (let i = 0; i < bytes.length; i += 1) s.append(bytes.subarray(i, i + 1));
    const summary = s.finish();
    withSession(ADD, bytes, (whole) => {
      assert.deepEqual(summary, whole.summary);
      assert.deepEqual(s.agents(ALL), whole.agents(ALL));
    });
    s.close();
  });

  test('bytes() shows what was appended until finish frees it', () => {
    const s = engine.openCsv(ADD);
    s.append(bytes.subarray(0, 10));
    assert.deepEqual([...s.bytes()], [...bytes.subarray(0, 10)]);
    s.append(bytes.subarray(10));
    s.finish();
    assert.equal(s.bytes().length, 0);
    s.close();
  });

  test('a file over the size limit is refused as checkCsv refuses it, and not kept', () => {
    const options = { ...ADD, limits: { maxBytes: 64 } };
    const s = engine.openCsv(options);
    assert.equal(s.append(bytes.subarray(0, 60)), true);
    assert.equal(s.append(bytes.subarray(60)), false);
    assert.equal(s.bytes().length, 0);
    const summary = s.finish();
    const full = engine.checkCsv(options, bytes);
    assert.deepEqual(summary.fileIssues, full.issues);
    assert.equal(summary.fileIssues[0].code, 'csv.too_large');
    assert.equal(summary.valid, false);
    s.close();
  });

  test('progress rises to the end of the file while the rows are checked', () => {
    const big = generateAddCsv(40000);
    const shares = [];
    const s = engine.openCsv({ ...ADD, limits: { maxRows: 50000 } });
    s.append(big);
    s.finish((share) => shares.push(share));
    s.close();
    assert.ok(shares.length >= 4, `${shares.length} calls`);
    assert.deepEqual([...shares].sort((a, b) => a - b), shares);
    assert.ok(shares.every((x) => x > 0 && x <= 1));
    assert.equal(shares.at(-1), 1);
  });
});

describe('close', () => {
  test('frees the session: every method answers null, and closing again is harmless', () => {
    const s = engine.openCsv(ADD, csvBytes('01-utf8-bom.csv'));
    assert.equal(s.summary.valid, true);
    s.close();
    assert.equal(s.issues(ALL), null);
    assert.equal(s.agents(ALL), null);
    assert.equal(s.payload({ kind: 'csv' }, 'x'), null);
    assert.equal(s.exportCsv('problems', 'a.csv'), null);
    assert.equal(s.append(new Uint8Array([65])), false);
    s.close();
  });

  test('bad options come back as issues, like checkCsv', () => {
    withSession({ flow: 'add' }, csvBytes('01-utf8-bom.csv'), (s) => {
      assert.deepEqual(s.summary.fileIssues, engine.checkCsv({ flow: 'add' },
        csvBytes('01-utf8-bom.csv')).issues);
      assert.equal(s.summary.valid, false);
    });
  });
});
