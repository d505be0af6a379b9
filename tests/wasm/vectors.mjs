// Paths and readers for the test vectors shared with the C++ tests.

import fs from 'node:fs';
import path from 'node:path';

import { repoRoot } from './engine.mjs';

export const testData = path.join(repoRoot, 'tests', 'data');
export const corpus = path.join(testData, 'corpus');

/** The notice date of the CSV corpus (INDEX.md): the earliest billing end is 2027-01-31. */
export const CORPUS_TODAY = '2026-12-03';

/** Parsed JSON of a file under tests/data. */
export function readJson(...parts) {
  return JSON.parse(fs.readFileSync(path.join(testData, ...parts), 'utf8'));
}

/** The bytes of a corpus CSV file, as the page hands them to the engine. */
export function csvBytes(name) {
  return new Uint8Array(fs.readFileSync(path.join(corpus, 'csv', name)));
}

/** Only the errors of a list of issues. */
export function errorsOf(issues) {
  return issues.filter((i) => i.severity === 'error');
}

/** Issues reduced to what a test compares: severity, code and location. */
export function where(issues) {
  return issues.map(({ severity, code, line, row, column }) =>
    ({ severity, code, line, row, column }));
}
