// Whole-file conversion with opencc-js, for convert-vs-opencc.sh: node opencc-js-convert.js CONFIG FILE > out.
// Resolves opencc-js from the differential tests' pinned install (tests/Yearbook.Conversion.Tests/Differential).
'use strict';
const path = require('path');
const OpenCC = require(require.resolve('opencc-js', {
  paths: [path.join(__dirname, '..', 'Yearbook.Conversion.Tests', 'Differential')],
}));

function localesOf(config) {
  if (config === 'hk2sp') return { from: 'hkp', to: 'cn' };
  if (config === 'tw2sp') return { from: 'twp', to: 'cn' };
  const [from, to] = config.split('2');
  return { from: from === 's' ? 'cn' : from, to: to === 's' ? 'cn' : to };
}

const convert = OpenCC.Converter(localesOf(process.argv[2]));
const input = require('fs').readFileSync(process.argv[3], 'utf8');
process.stdout.write(convert(input));
