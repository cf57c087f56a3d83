// Bundle the player (three.js + GLTFLoader + OrbitControls + meshoptimizer's simplifier + src/)
// into ONE minified IIFE,
// committed at src/anatoflow/export/player/player.bundle.js so Python users need no npm.
//
//   npm ci --prefix js/player && npm run build --prefix js/player     # rebuild
//   npm run check --prefix js/player                                  # exit 1 if stale
//
// The banner records a sha256 of the inputs (src/*.js, build.mjs, package-lock.json); the
// Python tests recompute it to tell whether the committed bundle matches the sources.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, "../../src/anatoflow/export/player/player.bundle.js");

export function sourceHash() {
  const hash = createHash("sha256");
  const files = readdirSync(path.join(here, "src")).filter((f) => f.endsWith(".js")).sort();
  for (const name of [...files.map((f) => `src/${f}`), "build.mjs", "package-lock.json"]) {
    const bytes = readFileSync(path.join(here, name));
    hash.update(`${name}\n${bytes.length}\n`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

const version = (name) => JSON.parse(readFileSync(path.join(here, `node_modules/${name}/package.json`), "utf8")).version;
const banner = `/*! anatoflow player | sources-sha256:${sourceHash()} | three ${version("three")} (MIT, three.js authors) | meshoptimizer ${version("meshoptimizer")} (MIT, Arseny Kapoulkine) | esbuild ${esbuild.version} | rebuild: npm ci --prefix js/player && npm run build --prefix js/player */`;
const result = await esbuild.build({
  entryPoints: [path.join(here, "src/index.js")],
  bundle: true,
  minify: true,
  format: "iife",
  globalName: "anatoflowPlayer",
  target: ["es2020"],
  legalComments: "eof",
  charset: "utf8",
  banner: { js: banner },
  write: false,
  logLevel: "warning",
});
const code = result.outputFiles[0].text;
if (/<\/script/i.test(code)) throw new Error("bundle contains '</script': it could not be inlined in HTML");
if (process.argv.includes("--check")) {
  let current = "";
  try { current = readFileSync(out, "utf8"); } catch { /* missing */ }
  if (current !== code) {
    console.error(`${out} is stale: run npm run build --prefix js/player`);
    process.exit(1);
  }
  console.log(`${out} is up to date`);
} else {
  writeFileSync(out, code);
  console.log(`wrote ${out} (${code.length} bytes)`);
}
