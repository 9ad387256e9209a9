// The layout's one-way import graph (ARCHITECTURE.md, "Layout"): every import of the sources is
// checked against the layers, so that no lower layer comes to depend on a higher one.
//   grammar ← interpreter/runtime ← host ← eval, gc, debug ← lib ← cli and the facade ← tools
// Two rules more: the libraries see the interpreter only through LuaState (runtime/), never
// eval/, gc/ or debug/; and only host/, cli/ and the tools import Node's built-in modules.
import { expect } from "chai";
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

/** The layers, lowest first; a folder's files may import from its own layer and those below. */
const LAYERS: readonly (readonly string[])[] = [
  ["grammar"],
  ["interpreter/runtime"],
  ["interpreter/host"],
  ["interpreter/eval", "interpreter/gc", "interpreter/debug"],
  ["interpreter/lib"],
  ["interpreter/cli", "interpreter/index.ts"],
  ["conformance", "scripts", "test", "difftest", "fuzz", "coverage-report"],
];

/** What the libraries may not import although it is below them: they see LuaState only. */
const HIDDEN_FROM_LIBRARIES = ["interpreter/eval", "interpreter/gc", "interpreter/debug"];

/**
 * Where Node's built-in modules may be imported; also grammar/chevrotain.ts, which finds
 * Chevrotain's one-file bundle through Node's module resolution (a browser build bundles it).
 */
const NODE_ALLOWED = ["interpreter/host", "interpreter/cli", "grammar/chevrotain.ts", ...LAYERS[LAYERS.length - 1]];

/** The folders (or files) of the layers, each with its rank. */
const RANK = new Map<string, number>(LAYERS.flatMap((names, rank) => names.map((n) => [n, rank] as const)));

/** The layer entry a repository path belongs to (its longest matching folder), or undefined. */
function entryOf(file: string): string | undefined {
  let best: string | undefined;
  for (const name of RANK.keys()) {
    if ((file === name || file.startsWith(`${name}/`)) && (best === undefined || name.length > best.length)) best = name;
  }
  return best;
}

function within(file: string, folders: readonly string[]): boolean {
  return folders.some((f) => file === f || file.startsWith(`${f}/`));
}

/** One import: the importing file, and the repository path (or, `external`, the package) it names. */
export interface Edge {
  from: string;
  to: string;
  external?: boolean;
}

const NODE_MODULES = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Every rule an edge breaks, in words. */
export function violations(edge: Edge): string[] {
  const { from, to } = edge;
  const out: string[] = [];
  const fromEntry = entryOf(from);
  if (fromEntry === undefined) return [`${from} is in no layer`];
  if (edge.external) {
    // a package (chevrotain, chai, ...), or one of Node's modules
    if (NODE_MODULES.has(to) && !within(from, NODE_ALLOWED)) out.push(`${from} imports Node's '${to}' outside host/ and cli/`);
    return out;
  }
  const toEntry = entryOf(to);
  if (toEntry === undefined) return [`${from} imports ${to}, which is in no layer`];
  if (RANK.get(toEntry)! > RANK.get(fromEntry)!) out.push(`${from} (${fromEntry}) imports ${to} (${toEntry}), a higher layer`);
  if (within(from, ["interpreter/lib"]) && within(to, HIDDEN_FROM_LIBRARIES)) {
    out.push(`${from} imports ${to}: libraries see the interpreter through LuaState only`);
  }
  return out;
}

/** The TypeScript sources of a folder, at any depth (the derived *.direct.ts files aside). */
function sources(dir: string): string[] {
  if (!fs.existsSync(path.join(ROOT, dir))) return [];
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sources(rel);
    return e.name.endsWith(".ts") && !e.name.endsWith(".direct.ts") ? [rel] : [];
  });
}

/** The module specifiers of `import`, `export ... from`, `import(...)` and `require(...)`. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const patterns = [/^\s*(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm, /^\s*import\s+"([^"]+)"/gm, /\b(?:require|import)\(\s*"([^"]+)"\s*\)/g];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]);
  return out;
}

/** Every import of the layered folders, relative specifiers resolved to repository paths. */
function importGraph(): Edge[] {
  const folders = [...new Set(LAYERS.flat().map((n) => n.split("/")[0]))];
  return folders.flatMap(sources).flatMap((from) => {
    const text = fs.readFileSync(path.join(ROOT, from), "utf8");
    return specifiers(text).map((spec) => {
      if (!spec.startsWith(".")) return { from, to: spec, external: true };
      const to = path.relative(ROOT, path.resolve(ROOT, path.dirname(from), spec)).split(path.sep).join("/");
      const file = fs.existsSync(path.join(ROOT, `${to}.ts`)) ? `${to}.ts` : to;
      return { from, to: file };
    });
  });
}

describe("the import graph", () => {
  const graph = importGraph();

  it("is walked over every layer", () => {
    for (const folder of ["grammar", "interpreter/runtime", "interpreter/eval", "interpreter/lib", "interpreter/cli", "conformance"]) {
      expect(graph.some((e) => e.from.startsWith(`${folder}/`)), folder).to.equal(true);
    }
  });

  it("has no edge from a lower layer to a higher one, no library past LuaState, no Node module outside host/ and cli/", () => {
    expect(graph.flatMap(violations)).to.deep.equal([]);
  });

  it("puts every folder of interpreter/ in a layer", () => {
    const folders = fs.readdirSync(path.join(ROOT, "interpreter"), { withFileTypes: true })
      .filter((e) => e.isDirectory()).map((e) => `interpreter/${e.name}`);
    expect(folders.filter((f) => !RANK.has(f))).to.deep.equal([]);
  });

  it("flags the edges it forbids", () => {
    expect(violations({ from: "interpreter/runtime/state.ts", to: "interpreter/eval/runtime.ts" })).to.have.length(1);
    expect(violations({ from: "grammar/parser.ts", to: "interpreter/runtime/limits.ts" })).to.have.length(1);
    expect(violations({ from: "interpreter/eval/runtime.ts", to: "interpreter/lib/gc.ts" })).to.have.length(1);
    expect(violations({ from: "interpreter/lib/base.ts", to: "interpreter/eval/runtime.ts" })).to.have.length(1);
    expect(violations({ from: "interpreter/lib/io/io.ts", to: "fs", external: true })).to.have.length(1);
    expect(violations({ from: "interpreter/host/node-host.ts", to: "fs", external: true })).to.deep.equal([]);
    expect(violations({ from: "interpreter/lib/os.ts", to: "interpreter/host/errno.ts" })).to.deep.equal([]);
    expect(violations({ from: "conformance/run.ts", to: "interpreter/eval/runtime.ts" })).to.deep.equal([]);
  });
});
