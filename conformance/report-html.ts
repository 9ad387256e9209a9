// reports/index.html: one self-contained page — sortable matrix, per-cell drill-down, totals, known differences.
import { buildMatrix, cellText, shortVersion, totals } from "./report-model";
import { EngineResults } from "./results";
import { Unavailable } from "./run";
import { STATUSES } from "./statuses";

function html(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** JSON safe to embed in a <script> element. */
function embed(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028|\u2029/g, " ");
}

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 8px;white-space:nowrap}
th{background:#f3f3f3;cursor:pointer;position:sticky;top:0}th small{font-weight:normal;color:#666}
td.c{cursor:pointer;text-align:center}td.c:hover{outline:2px solid #36c}
.PASS{background:#d9f2d9}.FAIL{background:#f8d4d4}.ERROR{background:#f5c6a5}.TIMEOUT{background:#f3e19b}
.CRASH{background:#e0b3e6}.SKIP{background:#eee}.VACUOUS{background:#e4ecf7}
.known{font-size:11px;color:#835}#detail{margin-top:1em;padding:1em;border:1px solid #ccc;background:#fafafa}
pre{white-space:pre-wrap;max-height:20em;overflow:auto;background:#fff;border:1px solid #ddd;padding:.5em}
tfoot td{font-weight:bold}
`;

/** Client side: sort by a column on header click; show a cell's details on click. */
const SCRIPT = `
const data = JSON.parse(document.getElementById("data").textContent);
const tbody = document.querySelector("tbody");
const order = ["PASS","VACUOUS","SKIP","FAIL","ERROR","TIMEOUT","CRASH"];
document.querySelectorAll("th[data-col]").forEach(th => th.addEventListener("click", () => {
  const col = +th.dataset.col, dir = th.dataset.dir === "asc" ? "desc" : "asc";
  th.dataset.dir = dir;
  const key = tr => col < 0 ? tr.dataset.file : order.indexOf(tr.children[col + 1].dataset.status || "") * 1e6
    - (+tr.children[col + 1].dataset.passed || 0);
  const rows = [...tbody.rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (dir === "asc" ? 1 : -1));
  rows.forEach(r => tbody.appendChild(r));
}));
const esc = s => String(s).replace(/[&<>]/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;"})[c]);
tbody.addEventListener("click", e => {
  const td = e.target.closest("td.c"); if (!td) return;
  const col = data.columns[+td.dataset.col], file = td.closest("tr").dataset.file, cell = col.files[file];
  if (!cell) return;
  const parts = ["<h3>" + esc(col.label) + " × " + esc(file) + ": " + cell.status + "</h3>",
    "<p>" + esc(col.version) + " · " + cell.timeMs + " ms" + (cell.exitCode !== null ? " · exit " + cell.exitCode : "")
      + (cell.signal ? " · " + esc(cell.signal) : "") + "</p>"];
  if (cell.failure) parts.push("<p><b>" + esc(cell.failure.where || "(no position)") + "</b></p><pre>" + esc(cell.failure.message) + "</pre>");
  if (cell.reason) parts.push("<p>" + esc(cell.reason) + "</p>");
  if (cell.assertions) parts.push("<p>counting mode: " + cell.assertions.passed + " passed, " + cell.assertions.failed + " failed</p>");
  (cell.known || []).forEach(k => parts.push("<p class=known><b>known difference (" + esc(k.category) + ")</b>: " + esc(k.reason) + "</p>"));
  if (cell.stdoutTail) parts.push("<p>stdout (end)</p><pre>" + esc(cell.stdoutTail) + "</pre>");
  if (cell.stderrTail) parts.push("<p>stderr (end)</p><pre>" + esc(cell.stderrTail) + "</pre>");
  document.getElementById("detail").innerHTML = parts.join("");
});
`;

export function renderHtml(all: EngineResults[], unavailable: Unavailable[] = []): string {
  const { columns, files } = buildMatrix(all);
  const head = columns
    .map((c, i) => `<th data-col="${i}">${html(c.label)}<br><small title="${html(c.results.engine.version)}">${html(shortVersion(c.results.engine.version))}</small></th>`)
    .join("");
  const rows = files.map((file) => {
    const tds = columns.map((c, i) => {
      const cell = c.results.files[file];
      if (!cell) return "<td></td>";
      const counts = c.counting?.files[file]?.assertions ?? cell.assertions;
      const known = cell.known?.length ? `<div class="known">known: ${html(cell.known.map((k) => k.category).join(", "))}</div>` : "";
      return `<td class="c ${cell.status}" data-col="${i}" data-status="${cell.status}" data-passed="${counts?.passed ?? 0}" title="${html(cell.failure?.message ?? cell.reason ?? cell.status)}">${html(cellText(c, file))}${known}</td>`;
    });
    return `<tr data-file="${html(file)}"><td>${html(file)}</td>${tds.join("")}</tr>`;
  });
  const foot = STATUSES.map(
    (s) => `<tr><td>${s}</td>${columns.map((c) => `<td>${totals(c.results)[s]}</td>`).join("")}</tr>`,
  ).join("");
  const seconds = (c: (typeof columns)[number]): string =>
    (Object.values(c.results.files).reduce((sum, f) => sum + f.timeMs, 0) / 1000).toFixed(1);
  const wall = `<tr><td>time (sum)</td>${columns.map((c) => `<td>${seconds(c)} s</td>`).join("")}</tr>`;
  const data = {
    columns: columns.map((c) => ({
      label: c.label,
      version: c.results.engine.version,
      files: Object.fromEntries(
        Object.entries(c.results.files).map(([f, cell]) => [
          f,
          { ...cell, ...(c.counting?.files[f]?.assertions ? { assertions: c.counting.files[f].assertions } : {}) },
        ]),
      ),
    })),
  };
  const known = columns.flatMap((c) =>
    Object.entries(c.results.files).flatMap(([f, cell]) =>
      (cell.known ?? []).map((k) => `<li>${html(c.label)} × ${html(f)} — <b>${html(k.category)}</b>: ${html(k.reason)}</li>`),
    ),
  );
  const first = all[0];
  const meta = first
    ? `Suite <code>${html(first.suite.name)}</code> (content sha256 <code>${html(first.suite.sha256)}</code>), ` +
      `flags <code>_port=${first.flags.port}</code> <code>_soft=${first.flags.soft}</code>, ` +
      `${html(first.date)}, ${html(first.host.platform)}/${html(first.host.arch)}, ${first.host.cpus} cores, node ${html(first.host.node)}.`
    : "No results.";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lua 5.3 conformance matrix</title><style>${STYLE}</style></head>
<body>
<h1>Lua 5.3 conformance matrix</h1>
<p>${meta} Click a header to sort, a cell for details. ∅ vacuous = the file returned early without testing (never a pass);
<i>n/m</i> = assertions passed/executed in counting mode.</p>
<table><thead><tr><th data-col="-1">file</th>${head}</tr></thead>
<tbody>${rows.join("\n")}</tbody>
<tfoot>${foot}${wall}</tfoot></table>
<div id="detail">Click a cell.</div>
${known.length ? `<h2>Known differences</h2><ul>${known.join("")}</ul>` : ""}
${unavailable.length ? `<h2>Unavailable engines</h2><ul>${unavailable.map((u) => `<li>${html(u.id)}: ${html(u.reason)}</li>`).join("")}</ul>` : ""}
<script type="application/json" id="data">${embed(data)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
