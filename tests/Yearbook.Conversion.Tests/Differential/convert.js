// Converts texts with opencc-js for the differential tests.
// stdin: {"config": "s2twp", "texts": ["…", …]}; stdout: ["…", …].
'use strict';
const OpenCC = require('opencc-js');

// opencc-js names configs by locale pair; see its ConverterBuilder.
function localesOf(config) {
  if (config === 'hk2sp') return { from: 'hkp', to: 'cn' };
  if (config === 'tw2sp') return { from: 'twp', to: 'cn' };
  const [from, to] = config.split('2');
  return { from: from === 's' ? 'cn' : from, to: to === 's' ? 'cn' : to };
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const convert = OpenCC.Converter(localesOf(request.config));
  process.stdout.write(JSON.stringify(request.texts.map(text => convert(text))));
});
