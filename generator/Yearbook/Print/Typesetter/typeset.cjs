// Typesets the books of `yearbook print` with Typst (through the typst-ts node compiler pinned in
// package-lock.json). Usage: node typeset.cjs MODULES_DIR SETUP < job.json, where SETUP is
//   { root, fonts: [file…], warm: [font family…] } and the job { sources: {"/path.typ": text…}, timestamp, books: [{main, pdf}] }.
// Typst and the fonts (the `warm` families set once in a scrap document) load at start, while the generator is still
// writing the books. The sources are the generated books and the theme's templates, mapped into the workspace `root`
// (the site folder, so images resolve). Prints one JSON line per book:
//   {"pdf": …, "pages": N, "map": <the value of the book's <yb-page-map> metadata>} or {"pdf": …, "errors": [...]}.
'use strict';
const path = require('path');
const fs = require('fs');

const modules = process.argv[2];
let typst;
try {
  typst = require(path.join(modules, '@myriaddreamin', 'typst-ts-node-compiler'));
} catch (e) {
  process.stdout.write(JSON.stringify({ missing: String(e && e.message || e) }) + '\n');
  process.exit(3);
}

const setup = JSON.parse(process.argv[3]);
const compiler = typst.NodeCompiler.create({ workspace: setup.root, fontArgs: [{ fontPaths: setup.fonts }] });
if (setup.warm && setup.warm.length > 0) {
  const scrap = path.join(setup.root, '_yearbook', 'warm.typ');
  // Regular faces, and the bold of the sans (headings, entries): those the theme uses.
  const text = setup.warm.map(f => `#text(font: ${JSON.stringify(f)})[年鉴] ` + (/Sans/.test(f) ? `#text(font: ${JSON.stringify(f)}, weight: "bold")[年鉴]` : '')).join('\n');
  compiler.mapShadow(scrap, Buffer.from(text, 'utf8'));
  compiler.compile({ mainFilePath: scrap });
  compiler.unmapShadow(scrap);
}

const job = JSON.parse(fs.readFileSync(0, 'utf8'));
for (const [file, text] of Object.entries(job.sources)) {
  compiler.mapShadow(file, Buffer.from(text, 'utf8'));
}

function messages(error) {
  if (!error) return [];
  try {
    return error.shortDiagnostics.map(d => ({ message: String(d.message), path: d.path || null, range: d.range || null }));
  } catch (_) {
    return [{ message: String(error.compilationStatus || error) }];
  }
}

for (const book of job.books) {
  const started = Date.now();
  const cpu = process.cpuUsage();
  const result = compiler.compile({ mainFilePath: book.main });
  const error = result.takeError();
  if (result.hasError() || !result.result) {
    process.stdout.write(JSON.stringify({ pdf: book.pdf, errors: messages(error) }) + '\n');
    continue;
  }
  const doc = result.result;
  const pdf = compiler.pdf(doc, { pdfTags: true, creationTimestamp: job.timestamp });
  fs.writeFileSync(book.pdf, pdf);
  const found = compiler.query(doc, { selector: '<yb-page-map>' });
  const map = Array.isArray(found) && found.length > 0 ? found[found.length - 1].value : null;
  process.stdout.write(JSON.stringify({ pdf: book.pdf, pages: doc.numOfPages, ms: Date.now() - started, cpuMs: Math.round(((u) => (u.user + u.system) / 1000)(process.cpuUsage(cpu))), map }) + '\n');
}
