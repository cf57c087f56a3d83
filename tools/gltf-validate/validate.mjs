#!/usr/bin/env node
// Validate one glTF 2.0 file (.glb or .gltf) with the Khronos glTF validator and print
// the validator's report as JSON on stdout. Exit code: 0 when the report has no errors,
// 1 when it has errors, 2 on bad usage or an unreadable file.
//
//   node tools/gltf-validate/validate.mjs breath.glb
import { readFile } from "node:fs/promises";
import path from "node:path";
import validator from "gltf-validator";

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs FILE.glb");
  process.exit(2);
}
let bytes;
try {
  bytes = new Uint8Array(await readFile(file));
} catch (err) {
  console.error(`cannot read ${file}: ${err.message}`);
  process.exit(2);
}
const dir = path.dirname(path.resolve(file));
const report = await validator.validateBytes(bytes, {
  uri: path.basename(file),
  maxIssues: 200,
  externalResourceFunction: (uri) =>
    readFile(path.resolve(dir, decodeURIComponent(uri))).then((b) => new Uint8Array(b)),
});
process.stdout.write(JSON.stringify(report, null, 1) + "\n");
process.exit(report.issues.numErrors > 0 ? 1 : 0);
