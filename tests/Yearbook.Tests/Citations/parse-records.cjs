// Parses a citation record with Citation.js (tests/tools) and prints what it read, as CSL-JSON:
// node parse-records.cjs ris|bibtex|csl FILE. Exits non-zero when the record does not parse.
'use strict';
const fs = require('fs');
const { plugins } = require('@citation-js/core');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-bibtex');

const [format, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const type = { ris: '@ris/file', bibtex: '@biblatex/text', csl: '@csl/list+object' }[format];
const input = format === 'csl' ? JSON.parse(text) : text;
const items = plugins.input.chain(input, { forceType: type, generateGraph: false, strict: true });
if (!Array.isArray(items) || items.length !== 1) {
  console.error(`expected one record, read ${Array.isArray(items) ? items.length : typeof items}`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(items[0]));
