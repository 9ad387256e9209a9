// The JSON Schema of the results files (reports/results/<engine>.<mode>.json), published beside them.
import * as fs from "fs";
import * as path from "path";
import { JsonSchema, schemaChecker } from "./json-schema";
import { MODES } from "./recipes";
import type { EngineResults } from "./results";
import { STATUSES } from "./statuses";

/** The schema's file name in the results directory; each results file refers to it by `$schema`. */
export const RESULTS_SCHEMA_FILE = "results.schema.json";

const ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$";
const count = { type: "integer", minimum: 0 };

/** Shared with the history schema: these shapes are the same in both files. */
export const SHARED_DEFS = {
  date: { type: "string", pattern: ISO_DATE, description: "ISO 8601, UTC" },
  status: { enum: [...STATUSES], description: "Only PASS is a pass; VACUOUS (the file tested nothing) never is" },
  mode: { enum: [...MODES] },
  flags: {
    type: "object",
    description: "The _port / _soft globals of the run",
    properties: { port: { type: "boolean" }, soft: { type: "boolean" } },
    required: ["port", "soft"],
    additionalProperties: false,
  },
  suite: {
    type: "object",
    properties: {
      name: { type: "string" },
      sha256: { type: "string", pattern: "^[0-9a-f]{64}$", description: "Content hash of the suite (conformance/suite.ts)" },
    },
    required: ["name", "sha256"],
    additionalProperties: false,
  },
  host: {
    type: "object",
    properties: { platform: { type: "string" }, arch: { type: "string" }, cpus: count, node: { type: "string" } },
    required: ["platform", "arch", "cpus", "node"],
    additionalProperties: false,
  },
  assertions: {
    type: "object",
    description: "Counting mode: assertions that passed and failed",
    properties: { passed: count, failed: count },
    required: ["passed", "failed"],
    additionalProperties: false,
  },
} satisfies Record<string, JsonSchema>;

/** `{ $ref }` to one of the shared definitions, which every schema that uses them copies into its $defs. */
export const ref = (name: keyof typeof SHARED_DEFS & string): JsonSchema => ({ $ref: `#/$defs/${name}` });

export const RESULTS_SCHEMA: JsonSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "luaref conformance results: one engine × one mode over the Lua 5.3 test suite",
  type: "object",
  properties: {
    $schema: { type: "string" },
    schema: { const: 2 },
    engine: {
      type: "object",
      properties: { id: { type: "string", minLength: 1 }, description: { type: "string" }, version: { type: "string" } },
      required: ["id", "description", "version"],
      additionalProperties: false,
    },
    mode: ref("mode"),
    flags: ref("flags"),
    suite: ref("suite"),
    date: { ...ref("date"), description: "End of the latest run merged into this file" },
    host: ref("host"),
    timeoutMs: count,
    wallMs: count,
    files: { type: "object", additionalProperties: { $ref: "#/$defs/fileResult" } },
  },
  required: ["schema", "engine", "mode", "flags", "suite", "date", "host", "timeoutMs", "wallMs", "files"],
  additionalProperties: false,
  $defs: {
    ...SHARED_DEFS,
    fileResult: {
      type: "object",
      properties: {
        status: ref("status"),
        timeMs: count,
        reason: { type: "string", description: "Why a SKIP, VACUOUS, CRASH or TIMEOUT happened" },
        failure: {
          type: "object",
          description: "FAIL / ERROR: the first failing point",
          properties: {
            where: { type: "string", description: "file:line, as the engine reported it (may be empty)" },
            message: { type: "string" },
            traceback: { type: "string" },
          },
          required: ["where", "message"],
          additionalProperties: false,
        },
        assertions: ref("assertions"),
        exitCode: { type: ["integer", "null"] },
        signal: { type: ["string", "null"] },
        stdoutTail: { type: "string" },
        stderrTail: { type: "string" },
        known: {
          type: "array",
          items: {
            type: "object",
            properties: { category: { type: "string" }, reason: { type: "string" } },
            required: ["category", "reason"],
            additionalProperties: false,
          },
        },
        run: {
          type: "object",
          description: "The run that measured this cell (a merged partial run keeps each cell's own)",
          properties: { date: ref("date"), engineVersion: { type: "string" }, host: ref("host"), timeoutMs: count },
          required: ["date", "engineVersion", "host", "timeoutMs"],
          additionalProperties: false,
        },
      },
      required: ["status", "timeMs", "exitCode", "signal", "stdoutTail", "stderrTail", "run"],
      additionalProperties: false,
    },
  },
};

export const assertValidResults: (value: unknown, file: string) => asserts value is EngineResults = schemaChecker<EngineResults>(
  RESULTS_SCHEMA,
  "results file (reports/results/results.schema.json)",
);

/** Publishes the schema beside the results files. */
export function writeResultsSchema(dir: string): string {
  const file = path.join(dir, RESULTS_SCHEMA_FILE);
  fs.writeFileSync(file, JSON.stringify(RESULTS_SCHEMA, null, 2) + "\n");
  return file;
}
