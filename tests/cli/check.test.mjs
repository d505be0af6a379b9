// licenseform-check, the native command line checker (build/native): the
// text report and its summary line, --json in the shape of design.md, exit
// statuses 0/1/2, and --payload on what the page builds (the engine's
// buildPayload) and on payloads altered after that.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { loadEngine, repoRoot } from '../../scripts/engine.mjs';

const CHECK = path.join(repoRoot, 'build', 'native', 'core', 'cli', 'licenseform-check');
const TODAY = '2026-12-03';
const ORDER_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

let engine;
let dir;
before(async () => {
  assert.ok(fs.existsSync(CHECK), `${CHECK} is missing: run scripts/build`);
  engine = await loadEngine();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lf-cli-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the checker; returns {status, stdout, stderr}. */
function check(...args) {
  const run = spawnSync(CHECK, args, { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function writeFile(name, content) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const options = { flow: 'add', licenseType: 'agent-id-bria', temporary: true, today: TODAY };
const typed = [
  { name: 'Ada Beispiel', cancellationDate: '2027-01-15', phone: '+49 30 23125001',
    email: 'ada.beispiel@example.com' },
  { name: 'Bruno Muster', cancellationDate: '2027-03-02', phone: '030 23125002',
    email: 'bruno.muster@example.org' },
];

/** The payload the page submits for the typed rows: checked, then built by the engine. */
function pagePayload() {
  const result = engine.checkManual(options, typed);
  assert.equal(result.valid, true, JSON.stringify(result.issues));
  return engine.buildPayload(options, result.agents, { kind: 'manual' }, ORDER_ID);
}

function payloadFile(payload) {
  return writeFile('order.json', `${JSON.stringify(payload, null, 2)}\n`);
}

function jsonCodes(file) {
  const run = check('--payload', '--json', file);
  return JSON.parse(run.stdout).issues.map((i) => `${i.row}:${i.code}`);
}

describe('--payload', () => {
  test('accepts the payload the page produced, with a summary line', () => {
    const file = payloadFile(pagePayload());
    const run = check('--payload', file);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stdout, `${file}: valid: add order, 2 agents; 0 errors, 0 warnings\n`);
  });

  test('prints {valid, issues} with --json for an accepted payload', () => {
    const run = check('--payload', '--json', payloadFile(pagePayload()));
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(run.stdout), { valid: true, issues: [] });
  });

  test('refuses an agent whose email was made invalid after the check', () => {
    const payload = pagePayload();
    payload.agents[0].email = 'ada.beispiel@@example.com';
    const file = payloadFile(payload);
    const run = check('--payload', file);
    assert.equal(run.status, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^agent 1, Email: /);
    assert.equal(lines.at(-1), `${file}: not valid: add order, 2 agents; 1 error, 0 warnings`);
    assert.deepEqual(jsonCodes(file), ['1:email.multiple_at']);
  });

  test('refuses a billing end that the policy does not give', () => {
    const payload = pagePayload();
    assert.equal(payload.agents[1].billingEnd, '2027-03-31');
    payload.agents[1].billingEnd = '2027-02-28';
    const file = payloadFile(payload);
    const run = check('--payload', file);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^agent 2, Cancellation Date: .*28 February 2027.*31 March 2027/m);
    assert.deepEqual(jsonCodes(file), ['2:payload.billing_end_wrong']);
  });

  test('refuses an agent without a name and an order without a policy', () => {
    const payload = pagePayload();
    delete payload.agents[1].name;
    assert.ok(jsonCodes(payloadFile(payload)).includes('2:payload.field_missing'));
    const noPolicy = pagePayload();
    delete noPolicy.policy;
    const file = payloadFile(noPolicy);
    const run = check('--payload', file);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^order: /m);
    assert.deepEqual(jsonCodes(file), ['null:payload.field_missing']);
  });

  // The wasm engine reads JSON numbers with its own small strtod
  // (wasm/small_strtod.cpp); the command line, natively, with libc's.
  test('refuses numbers with a fraction or exponent as the wasm engine does', () => {
    for (const value of [30.5, 1e-7, 1.5e300, -0.25, 123456789.123456789, 2.5e-300,
      Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE]) {
      const payload = pagePayload();
      payload.policy.noticeDays = value;
      payload.agents[0].row = value;
      const wasm = engine.checkPayload(payload).issues.map((i) => `${i.row}:${i.code}`);
      assert.ok(wasm.length > 0, `${value} was accepted`);
      assert.deepEqual(jsonCodes(payloadFile(payload)), wasm, `value ${value}`);
    }
  });

  test('reports a file that is not JSON as an error of the file (exit 1)', () => {
    const file = writeFile('broken.json', '{"schema": ');
    const run = check('--payload', file);
    assert.equal(run.status, 1);
    assert.equal(run.stdout.trimEnd().split('\n').at(-1),
      `${file}: not valid: not an order; 1 error, 0 warnings`);
  });
});

describe('a CSV file', () => {
  /** The add template from the checker itself, with three valid agents. */
  function filledTemplate() {
    const template = check('--template', 'add');
    assert.equal(template.status, 0);
    return writeFile('agents.csv', `${template.stdout}` +
      'Ada Beispiel,2027-01-15,+49 30 23125001,ada.beispiel@example.com\r\n' +
      'Bruno Muster,2027-03-02,+49 30 23125002,bruno.muster@example.org\r\n' +
      'Clara Probe,2027-06-30,+44 20 7946 0101,clara.probe@example.net\r\n');
  }

  test('the filled add template is valid, with each billing end (--json)', () => {
    const run = check('--json', '--today', TODAY, '--temporary', filledTemplate());
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /"valid": true/);
    const result = JSON.parse(run.stdout);
    assert.equal(result.flow, 'add');
    assert.deepEqual(result.issues, []);
    assert.deepEqual(result.agents.map((a) => [a.row, a.email, a.cancellationDate, a.billingEnd]), [
      [2, 'ada.beispiel@example.com', '2027-01-15', '2027-01-31'],
      [3, 'bruno.muster@example.org', '2027-03-02', '2027-03-31'],
      [4, 'clara.probe@example.net', '2027-06-30', '2027-06-30'],
    ]);
  });

  test('the text report of a valid file is its summary line', () => {
    const file = filledTemplate();
    const run = check('--today', TODAY, '--temporary', file);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `${file}: valid: 3 agents accepted, 0 rows refused, ` +
      '0 empty rows skipped; 0 errors, 0 warnings\n');
  });

  test('--json has the shape of design.md for a file with a refused row', () => {
    const file = writeFile('one-bad.csv', 'Name,Cancellation Date,Display Phone Number,Email\n' +
      'Ada Beispiel,,+49 30 23125001,ada.beispiel@example.com\n' +
      'Bruno Muster,,+49 30 23125002,bruno.muster@example\n');
    const run = check('--json', '--today', TODAY, file);
    assert.equal(run.status, 1);
    const result = JSON.parse(run.stdout);
    assert.equal(result.valid, false);
    assert.equal(result.flow, 'add');
    assert.equal(result.agents.length, 1);
    const [agent] = result.agents;
    assert.deepEqual({ line: agent.line, row: agent.row, name: agent.name, email: agent.email,
      phone: agent.phone, cancellationDate: agent.cancellationDate,
      billingEnd: agent.billingEnd }, {
      line: 2, row: 2, name: 'Ada Beispiel', email: 'ada.beispiel@example.com',
      phone: '+493023125001', cancellationDate: null, billingEnd: null,
    });
    const errors = result.issues.filter((i) => i.severity === 'error');
    assert.equal(errors.length, 1);
    const [issue] = errors;
    assert.deepEqual([issue.line, issue.row, issue.column], [3, 3, 'email']);
    assert.match(issue.code, /^email\.[a-z_.]+$/);
    assert.equal(typeof issue.message, 'string');
    assert.ok(issue.message.length > 0);
  });

  test('the text report names row and column, then the summary line', () => {
    const file = writeFile('one-bad.csv', 'Name,Cancellation Date,Display Phone Number,Email\n' +
      'Ada Beispiel,,+49 30 23125001,ada.beispiel@example.com\n' +
      'Bruno Muster,,+49 30 23125002,bruno.muster@example\n');
    const run = check('--today', TODAY, file);
    assert.equal(run.status, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^row 3, Email: /);
    assert.equal(lines.at(-1), `${file}: not valid: 1 agent accepted, 1 row refused, ` +
      '0 empty rows skipped; 1 error, 0 warnings');
  });
});

describe('exit status 2: the check could not run', () => {
  test('for a file that cannot be read', () => {
    const run = check('--payload', path.join(dir, 'no-such-file.json'));
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /cannot read .*no-such-file\.json/);
  });

  test('for an unknown option and for a bad option value', () => {
    assert.equal(check('--frobnicate', 'x.csv').status, 2);
    const file = writeFile('empty-ok.csv', 'Email\nada.beispiel@example.com\n');
    const run = check('--flow', 'sideways', '--today', TODAY, file);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
  });
});
