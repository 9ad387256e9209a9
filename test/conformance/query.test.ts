// The page's query language and URL fragment format, run in node (the page embeds the same compiled files).
import { expect } from "chai";
import { compileQuery, RowView } from "../../conformance/page/query";
import { formatHash, parseHash } from "../../conformance/page/view-state";

const CTX = {
  engines: ["luaref", "lua5.3", "fengari", "lua-wasm-bindings"],
  modes: ["source", "dump", "count"],
  statuses: ["PASS", "FAIL", "ERROR", "TIMEOUT", "CRASH", "SKIP", "VACUOUS"],
};

/** Rows of a small matrix: file → "engine.mode" → status (and known categories). */
const MATRIX: Record<string, Record<string, string>> = {
  "strings.lua": { "luaref.source": "PASS", "lua5.3.source": "PASS", "fengari.source": "FAIL", "fengari.dump": "PASS", "lua-wasm-bindings.source": "PASS" },
  "gc.lua": { "luaref.source": "PASS", "lua5.3.source": "PASS", "fengari.source": "FAIL", "fengari.dump": "FAIL", "lua-wasm-bindings.source": "PASS" },
  "api.lua": { "luaref.source": "VACUOUS", "lua5.3.source": "VACUOUS", "fengari.source": "VACUOUS", "lua-wasm-bindings.source": "VACUOUS" },
  "files.lua": { "luaref.source": "FAIL", "lua5.3.source": "PASS", "fengari.source": "ERROR", "lua-wasm-bindings.source": "TIMEOUT" },
};
const KNOWN: Record<string, string[]> = { "gc.lua fengari.source": ["gc"] };

function rows(query: string, modes = ["source"]): string[] {
  const q = compileQuery(query, CTX);
  const engines = CTX.engines.filter((e) => !q.engines || q.engines.includes(e));
  const shownModes = modes.filter((m) => !q.modes || q.modes.includes(m));
  const shown = engines.flatMap((engine) => shownModes.map((mode) => ({ engine, mode })));
  return Object.keys(MATRIX).filter((file) => {
    const row: RowView = {
      file,
      shown,
      shownModes,
      status: (e, m) => MATRIX[file][`${e}.${m}`],
      known: (e, m) => KNOWN[`${file} ${e}.${m}`] ?? [],
    };
    return q.matches(row);
  });
}

describe("conformance/page query language", () => {
  it("status: any shown column", () => {
    expect(rows("status:fail")).to.deep.equal(["strings.lua", "gc.lua", "files.lua"]);
    expect(rows("status:error,timeout")).to.deep.equal(["files.lua"]);
    expect(rows("STATUS:Vacuous")).to.deep.equal(["api.lua"]);
  });

  it("files where luaref passes and fengari fails", () => {
    expect(rows("luaref:pass fengari:fail")).to.deep.equal(["strings.lua", "gc.lua"]);
    expect(rows("luaref:pass and fengari:fail")).to.deep.equal(["strings.lua", "gc.lua"]);
    expect(rows("luaref:pass fengari.dump:fail")).to.deep.equal(["gc.lua"]);
  });

  it("an engine without a mode looks at every shown mode", () => {
    expect(rows("fengari:pass", ["source"])).to.deep.equal([]);
    expect(rows("fengari:pass", ["source", "dump"])).to.deep.equal(["strings.lua"]);
  });

  it("engine names with dots and dashes, with or without a mode", () => {
    expect(rows("lua5.3:pass luaref:fail")).to.deep.equal(["files.lua"]);
    expect(rows("lua5.3.source:vacuous")).to.deep.equal(["api.lua"]);
    expect(rows("lua-wasm-bindings:timeout")).to.deep.equal(["files.lua"]);
  });

  it("or, not, -, parentheses, file text and known differences", () => {
    expect(rows("luaref:fail or luaref:vacuous")).to.deep.equal(["api.lua", "files.lua"]);
    expect(rows("not status:pass")).to.deep.equal(["api.lua"]);
    expect(rows("-luaref:pass")).to.deep.equal(["api.lua", "files.lua"]);
    expect(rows("(luaref:fail or fengari:vacuous) -file:api")).to.deep.equal(["files.lua"]);
    expect(rows("str")).to.deep.equal(["strings.lua"]);
    expect(rows('"gc.l"')).to.deep.equal(["gc.lua"]);
    expect(rows("known:gc")).to.deep.equal(["gc.lua"]);
    expect(rows("known:*")).to.deep.equal(["gc.lua"]);
  });

  it("engine: and mode: choose columns, and status: then looks at those only", () => {
    const q = compileQuery("engine:fengari,luaref mode:dump status:fail", CTX);
    expect(q.engines).to.deep.equal(["fengari", "luaref"]);
    expect(q.modes).to.deep.equal(["dump"]);
    expect(rows("engine:fengari status:error")).to.deep.equal(["files.lua"]);
    expect(rows("engine:luaref status:error")).to.deep.equal([]);
    expect(rows("")).to.have.length(4);
  });

  it("says what is wrong", () => {
    expect(() => compileQuery("status:flaky", CTX)).to.throw(/unknown status "flaky"/);
    expect(() => compileQuery("luajit:pass", CTX)).to.throw(/unknown keyword or engine "luajit"/);
    expect(() => compileQuery("engine:nope", CTX)).to.throw(/unknown engine "nope"/);
    expect(() => compileQuery("(status:fail", CTX)).to.throw(/'\)' expected/);
    expect(() => compileQuery("status:fail)", CTX)).to.throw(/unexpected "\)"/);
    expect(() => compileQuery("not engine:luaref", CTX)).to.throw(/chooses columns/);
    expect(() => compileQuery("status:", CTX)).to.throw(/status expected/);
    expect(() => compileQuery('"open', CTX)).to.throw(/unterminated quote/);
  });
});

describe("conformance/page URL fragment", () => {
  it("a cell permalink", () => {
    expect(parseHash("#strings.lua/fengari/dump")).to.deep.include({ cell: { file: "strings.lua", engine: "fengari", mode: "dump" } });
    expect(parseHash("#strings.lua/fengari").cell).to.deep.equal({ file: "strings.lua", engine: "fengari", mode: "source" });
  });

  it("a view: query, sort, modes, engines, statuses — and back", () => {
    const state = parseHash("#?q=luaref%3Apass%20fengari%3Afail&sort=-luaref.source&modes=source,dump&engines=luaref,fengari&status=FAIL");
    expect(state).to.deep.equal({
      query: "luaref:pass fengari:fail",
      sort: "-luaref.source",
      modes: ["source", "dump"],
      engines: ["luaref", "fengari"],
      statuses: ["FAIL"],
    });
    expect(parseHash(formatHash(state))).to.deep.equal(state);
    expect(formatHash({ ...state, cell: { file: "gc.lua", engine: "lua5.3", mode: "count" } })).to.match(/^#gc\.lua\/lua5\.3\/count\?q=luaref:pass%20fengari:fail&/);
  });

  it("defaults are left out; a plain anchor is not a cell", () => {
    expect(formatHash(parseHash(""))).to.equal("#");
    expect(parseHash("#known-fengari-gc")).to.deep.include({ anchor: "known-fengari-gc" });
    expect(parseHash("#known-fengari-gc").cell).to.equal(undefined);
  });
});
