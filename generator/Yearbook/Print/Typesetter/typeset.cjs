// Typesets the books of `yearbook print` with Typst (through the typst-ts node compiler pinned in
// package-lock.json). Usage: node typeset.cjs MODULES_DIR < job.json, where the job is
//   { root, fonts: [file…], sources: {"/path.typ": text…}, timestamp, books: [{main, pdf}] }.
// The sources are the generated books and the theme's templates, mapped into the workspace `root`
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

const job = JSON.parse(fs.readFileSync(0, 'utf8'));
const compiler = typst.NodeCompiler.create({ workspace: job.root, fontArgs: [{ fontPaths: job.fonts }] });
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
