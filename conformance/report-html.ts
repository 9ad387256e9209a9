// reports/index.html: one self-contained page — the matrix with filters, permalinks, per-cell evidence, known differences, history.
import * as fs from "fs";
import * as path from "path";
import { HistoryRun } from "./history";
import { Replay } from "./history-replay";
import { embedJson, escapeHtml as h } from "./html";
import { PageData } from "./page/page-data";
import { renderHistory } from "./report-history";
import { icon, iconSprite, STATUS_MEANING } from "./report-icons";
import { EngineResults } from "./results";
import { Unavailable } from "./run";
import { STATUSES } from "./statuses";

/** Where reports/index.html links the differential-testing reports (written by difftest, when it has run). */
export const DIFFTEST_PAGE = "difftest/index.html";

export interface PageContext {
  data: PageData;
  results: EngineResults[];
  runs: HistoryRun[];
  replay: Replay;
  unavailable: Unavailable[];
  /** Whether reports/difftest/index.html exists beside the page. */
  difftest: boolean;
}

/** The page's scripts, compiled by `npm run build`: the query language, the fragment format, the page logic. */
function scripts(): string {
  const files = [
    ["LuarefQuery", path.join(__dirname, "page", "query.js")],
    ["LuarefView", path.join(__dirname, "page", "view-state.js")],
    ["", path.join(__dirname, "..", "page-client", "conformance", "page", "client.js")],
  ];
  return files
    .map(([global, file]) => {
      if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (it compiles the page's script)`);
      // CommonJS output without imports: a function that receives `exports` is all it needs.
      const code = fs.readFileSync(file, "utf8").replace(/^\/\/# sourceMappingURL=.*$/m, "");
      return global ? `const ${global} = (function (exports) {\n${code}\nreturn exports;\n})({});` : `(function (exports) {\n${code}\n})({});`;
    })
    .join("\n");
}

const STYLE = `
:root{--b:#d0d7de;--fg:#1f2328;--mut:#59636e;--bg2:#f6f8fa;--link:#0550ae}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans","Liberation Sans",sans-serif;margin:0;color:var(--fg);background:#fff}
main{padding:10px 16px 40px;max-width:100%}
a{color:var(--link)}
h1{font-size:22px;margin:4px 0}h2{font-size:18px;margin:22px 0 8px}h3{font-size:15px;margin:14px 0 6px}
.lede{margin:2px 0 6px;color:var(--mut)}nav{display:flex;flex-wrap:wrap;gap:2px 14px}nav a{white-space:nowrap}
.i{width:14px;height:14px;vertical-align:-2px;flex:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
#legend{display:flex;flex-wrap:wrap;gap:4px 16px;margin:8px 0;padding:0;list-style:none;font-size:13px}
#legend li{display:flex;align-items:center;gap:4px}
#controls{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:flex-start;margin:8px 0}
fieldset{border:1px solid var(--b);border-radius:6px;padding:2px 8px 4px;margin:0;display:flex;flex-wrap:wrap;gap:2px 10px}
legend{font-size:12px;color:var(--mut);padding:0 4px}
fieldset label{white-space:nowrap;font-size:13px;display:flex;align-items:center;gap:3px}
.qbox{flex:1 1 320px;min-width:0}
.qbox .row{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
#q{flex:1 1 240px;min-width:0;font:13px ui-monospace,"DejaVu Sans Mono",monospace;padding:5px 7px;border:1px solid var(--b);border-radius:6px}
#q[aria-invalid=true]{border-color:#cf222e;background:#fff5f5}
#q-error{color:#cf222e;margin:2px 0;font-size:13px;min-height:1em}
#count{color:var(--mut);font-size:13px}
#query-help{font-size:13px}#query-help table{border-collapse:collapse}#query-help td{border-top:1px solid var(--b);padding:2px 8px 2px 0;vertical-align:top}
code,pre{font-family:ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace;font-size:12.5px}p code{overflow-wrap:anywhere}
#matrix{overflow:auto;max-height:78vh;border:1px solid var(--b);border-radius:6px;max-width:100%}
table.matrix{border-collapse:separate;border-spacing:0}
.matrix th,.matrix td{border-right:1px solid var(--b);border-bottom:1px solid var(--b);padding:3px 7px;white-space:nowrap;background:#fff}
.matrix thead th{position:sticky;top:0;z-index:2;background:var(--bg2);font-weight:600;vertical-align:bottom}
.matrix thead th small{font-weight:normal;color:var(--mut)}
.matrix th.s{cursor:pointer}.matrix th.s:hover{background:#eaeef2}
.matrix .eng{text-align:center}
.matrix .file{position:sticky;left:0;z-index:1;background:var(--bg2);text-align:left;font-weight:600}
.matrix thead .file{z-index:3}
.matrix tfoot th,.matrix tfoot td{background:var(--bg2);font-weight:600;text-align:center}
.matrix.grouped th.first,.matrix.grouped td.first{border-left:2px solid #8c959f}
.ref{font-size:10px;font-weight:600;color:#fff;background:#57606a;border-radius:3px;padding:0 3px;vertical-align:1px}
td.c{padding:0}
td.c a{position:relative;display:flex;align-items:center;justify-content:center;gap:4px;padding:3px 7px;color:inherit;text-decoration:none;min-height:24px}
td.c a:hover,td.c a:focus{outline:2px solid #0969da;outline-offset:-2px}
td.sel a{outline:3px solid #0969da;outline-offset:-3px}
td.none{color:var(--mut);text-align:center}
.t{font-variant-numeric:tabular-nums;font-size:12.5px}
.kb{font-size:10px;font-weight:700;border:1px solid currentColor;border-radius:3px;padding:0 2px;line-height:1.1}
.PASS{background:#dafbe1!important;color:#116329}.FAIL{background:#ffebe9!important;color:#a40e26}
.ERROR{background:#fff1e5!important;color:#953800}.TIMEOUT{background:#fff8c5!important;color:#7d4e00}
.CRASH{background:#fbefff!important;color:#6e40c9}.SKIP{background:#eaeef2!important;color:#424a53}
.VACUOUS{background:#ddf4ff!important;color:#0550ae}
.empty{padding:12px;color:var(--mut)}
#evidence{position:fixed;top:0;right:0;bottom:0;width:min(780px,56vw);overflow:auto;background:#fff;border-left:1px solid var(--b);box-shadow:-6px 0 18px rgba(31,35,40,.15);padding:8px 16px 24px;z-index:20}
#evidence header{display:flex;justify-content:space-between;align-items:flex-start;gap:8px;position:sticky;top:-8px;background:#fff;padding-top:6px;border-bottom:1px solid var(--b)}
#evidence h2{margin:4px 0 8px;font-size:17px;overflow-wrap:anywhere}
.close{font-size:24px;text-decoration:none;line-height:1;padding:0 6px;color:var(--fg)}
.permalink{font-size:12.5px;overflow-wrap:anywhere}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:12px}.sides.one{grid-template-columns:1fr}
.side{border:1px solid var(--b);border-radius:6px;padding:4px 10px;min-width:0}
.side dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0}.side dt{color:var(--mut)}.side dd{margin:0;overflow-wrap:anywhere}
.st{background:none!important;font-weight:600}
.label{margin:6px 0 2px;color:var(--mut)}.prov{font-size:12px;color:var(--mut)}
pre{white-space:pre-wrap;overflow-wrap:anywhere;max-height:24em;overflow:auto;background:var(--bg2);border:1px solid var(--b);border-radius:4px;padding:6px;margin:4px 0}
pre.src .ln{display:block}pre.src .no{display:inline-block;min-width:3.2em;color:var(--mut);user-select:none}
pre.src .hit{background:#ffebe9;font-weight:600}
pre.diff .da,pre.diff .dr{display:block}.da{background:#dafbe1}.dr{background:#ffebe9}pre.diff .dh{color:var(--mut);display:block}pre.diff .dc{display:block}
ol.obs{display:flex;flex-wrap:wrap;gap:4px;padding:0;list-style:none}ol.obs li{border-radius:4px;padding:0 5px;font-size:12px}
.scroll{overflow-x:auto}
table.history,table.runs,table.known{border-collapse:collapse}
.history th,.history td,.runs td,.runs th{border-bottom:1px solid var(--b);padding:3px 10px 3px 0;text-align:left;vertical-align:top}
.runs td.wrap{white-space:normal;font-size:12px;color:var(--mut)}
.spark polyline{fill:none;stroke:#0969da;stroke-width:1.6}.spark circle{fill:#0969da}.spark line.suite{stroke:#8c959f;stroke-dasharray:3 3}
#known ul{margin:4px 0 10px}#known li{margin:3px 0}#known li:target{background:#fff8c5}
.cells a{margin-right:8px;white-space:nowrap;font-size:13px}
@media (min-width:801px){body.panel-open main{margin-right:min(780px,56vw)}}
@media (max-width:800px){
 main{padding:8px}h1{font-size:19px}#legend .long{display:none}#legend{gap:2px 12px}
 #evidence{width:100vw;padding:6px 10px 20px}
 .sides{grid-template-columns:1fr}
 #matrix{max-height:70vh}
}
`;

const QUERY_HELP: [string, string][] = [
  ["<code>status:fail</code>", "files where a shown column has that status (<code>pass fail error timeout crash skip vacuous</code>; <code>status:fail,error</code> is either)"],
  ["<code>luaref:pass</code>", "that engine's cell in a shown mode has that status; <code>fengari.dump:fail</code> names the mode too"],
  ["<code>luaref:pass fengari:fail</code>", "files where luaref passes and fengari fails: terms side by side must all hold (<code>and</code> may be written)"],
  ["<code>a or b</code>, <code>not a</code>, <code>-a</code>, <code>( … )</code>", "either, negation, grouping"],
  ["<code>engine:fengari,luaref</code>", "show only these engines' columns (outside <code>not</code>/<code>or</code>)"],
  ["<code>mode:dump</code>", "show only these modes' columns"],
  ["<code>known:gc</code>, <code>known:*</code>", "a shown cell is explained by a known difference of that category (any)"],
  ["<code>file:str</code>, <code>str</code>, <code>\"a b\"</code>", "the file name contains the text"],
];

function controls(data: PageData): string {
  const box = (id: string, label: string, values: { value: string; text: string }[]): string =>
    `<fieldset id="${id}"><legend>${label}</legend>${values
      .map((v) => `<label><input type="checkbox" value="${h(v.value)}">${v.text}</label>`)
      .join("")}</fieldset>`;
  return [
    `<form id="controls" onsubmit="return false">`,
    box("modes", "modes", data.modes.map((m) => ({ value: m, text: h(m) }))),
    box("engines", "engines", data.engines.map((e) => ({ value: e.id, text: h(e.id) }))),
    box("statuses", "rows with a shown cell", STATUSES.map((s) => ({ value: s, text: `${icon(s)}${s.toLowerCase()}` }))),
    `<div class="qbox"><div class="row"><label for="q">query</label>`,
    `<input id="q" type="search" placeholder="e.g. luaref:pass fengari:fail" autocomplete="off" spellcheck="false">`,
    `<a id="view-link" href="#">link to this view</a><span id="count"></span></div><p id="q-error" role="status"></p>`,
    `<details id="query-help"><summary>query syntax</summary><table>${QUERY_HELP.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join("")}</table>`,
    `<p>Everything is in the link: <code>#strings.lua/fengari/dump</code> opens a cell, <code>#?q=…&amp;sort=-luaref.source&amp;modes=source,dump&amp;engines=…&amp;status=fail</code> a view (reports/README.md).</p></details></div>`,
    `</form>`,
  ].join("");
}

function knownSection(data: PageData): string {
  if (!data.known.length) return "<p>No cell is explained by a known difference.</p>";
  const cellLinks = (g: PageData["known"][number]): string =>
    [...g.cells]
      .sort((a, b) => a.file.localeCompare(b.file) || data.modes.indexOf(a.mode) - data.modes.indexOf(b.mode))
      .map((c) => `<a href="#${h(`${c.file}/${g.engine}/${c.mode}`)}">${h(c.file)} (${h(c.mode)})</a>`)
      .join(" ");
  return [...new Set(data.known.map((g) => g.engine))]
    .map((engine) => {
      // Per engine, then per cause: entries of one category sit together.
      const mine = data.known.filter((g) => g.engine === engine).sort((a, b) => a.category.localeCompare(b.category));
      const items = mine.map((g) => `<li id="${h(g.id)}"><b>${h(g.category)}</b>: ${h(g.reason)}<br><span class="cells">${cellLinks(g)}</span></li>`);
      return `<h3 id="known-${h(engine)}">${h(engine)}</h3><ul>${items.join("")}</ul>`;
    })
    .join("");
}

function about(ctx: PageContext): string {
  const first = ctx.results[0];
  const lines: string[] = [];
  if (first) {
    lines.push(
      `<p>Suite <code>${h(first.suite.name)}</code>, content sha256 <code>${h(first.suite.sha256)}</code>; flags <code>_port=${first.flags.port}</code> <code>_soft=${first.flags.soft}</code> (main.lua always runs without <code>_port</code>). ` +
        `Each cell names the run that measured it (date, engine version, host): a partial run updates only its cells. ${h(ctx.data.excerptSource)}</p>`,
    );
  }
  lines.push(
    `<p>Data: <a href="results/">results/</a> (one JSON file per engine and mode, schema <a href="results/results.schema.json">results.schema.json</a>), ` +
      `<a href="history/">history/</a> (every kept run, schema <a href="history/history.schema.json">history.schema.json</a>), ` +
      `<a href="matrix.md">matrix.md</a>, <a href="junit.xml">junit.xml</a>. Regenerate with <code>npm run conformance -- --report-only</code>.</p>`,
  );
  if (ctx.unavailable.length) {
    lines.push(`<p>Engines not available in the last run:</p><ul>${ctx.unavailable.map((u) => `<li>${h(u.id)}: ${h(u.reason)}</li>`).join("")}</ul>`);
  }
  return lines.join("");
}

export function renderHtml(ctx: PageContext): string {
  const { data } = ctx;
  const difftest = ctx.difftest
    ? `<a href="${DIFFTEST_PAGE}">differential testing reports</a>`
    : `<span title="reports/${DIFFTEST_PAGE} did not exist when this page was written">differential testing reports: not published yet</span>`;
  const legend = STATUSES.map((s) => {
    const [word, meaning] = STATUS_MEANING[s].split(": ");
    return `<li title="${h(STATUS_MEANING[s])}">${icon(s)}<span><b>${h(word)}</b><span class="long">: ${h(meaning)}</span></span></li>`;
  }).join("");
  const generated = ctx.results.reduce((latest, r) => (r.date > latest ? r.date : latest), "");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Lua 5.3 conformance matrix — luaref</title><style>${STYLE}</style></head>
<body>${iconSprite()}
<main>
<h1>Lua 5.3 conformance matrix</h1>
<p class="lede">The official <code>lua-5.3.4-tests</code> suite, file by file, on ${data.engines.length} engines and ${data.modes.length} modes; latest run ${h(generated)}. Click a cell for its evidence; every view has a link.</p>
<nav><a href="#known">known differences</a><a href="#history">history</a><a href="#about">about the data</a>${difftest}</nav>
<ul id="legend">${legend}<li><span class="kb">k</span> known difference</li><li><span class="t">n/m</span> assertions passed/executed (counting mode)</li><li><span class="ref">ref</span> the reference engine</li></ul>
${controls(data)}
<div id="matrix"><noscript><p>The matrix is drawn by the page's script; without it, see <a href="matrix.md">matrix.md</a>.</p></noscript></div>
<aside id="evidence" hidden aria-label="cell evidence"></aside>
<h2 id="known">Known differences</h2>
<p>Each difference once, per engine and cause, with the cells it explains (data: <code>conformance/known-differences.json</code>).</p>
${knownSection(data)}
<h2 id="history">History</h2>
${renderHistory(ctx.runs, ctx.replay, data.engines.map((e) => e.id), data.modes)}
<h2 id="about">About the data</h2>
${about(ctx)}
</main>
<script type="application/json" id="data">${embedJson(data)}</script>
<script>
${scripts()}
</script>
</body></html>
`;
}
