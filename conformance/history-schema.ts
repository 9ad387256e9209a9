// The JSON Schema of the history files (reports/history/<suite>/<date>.json), published beside them.
import * as fs from "fs";
import * as path from "path";
import type { HistoryRun } from "./history";
import { JsonSchema, schemaChecker } from "./json-schema";
import { ref, SHARED_DEFS } from "./results-schema";

export const HISTORY_SCHEMA_FILE = "history.schema.json";

const count = { type: "integer", minimum: 0 };

export const HISTORY_SCHEMA: JsonSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "luaref conformance history: the cells one published run measured",
  type: "object",
  properties: {
    $schema: { type: "string" },
    schema: { const: 1 },
    date: ref("date"),
    suite: ref("suite"),
    flags: ref("flags"),
    columns: {
      type: "array",
      items: {
        type: "object",
        properties: {
          engine: { type: "string", minLength: 1 },
          mode: ref("mode"),
          engineVersion: { type: "string" },
          host: ref("host"),
          timeoutMs: count,
          cells: {
            type: "object",
            additionalProperties: {
              type: "object",
              properties: { status: ref("status"), timeMs: count, assertions: ref("assertions"), where: { type: "string" } },
              required: ["status", "timeMs"],
              additionalProperties: false,
            },
          },
        },
        required: ["engine", "mode", "engineVersion", "host", "timeoutMs", "cells"],
        additionalProperties: false,
      },
    },
  },
  required: ["schema", "date", "suite", "flags", "columns"],
  additionalProperties: false,
  $defs: SHARED_DEFS,
};

export const assertValidHistoryRun: (value: unknown, file: string) => asserts value is HistoryRun = schemaChecker<HistoryRun>(
  HISTORY_SCHEMA,
  "history file (reports/history/history.schema.json)",
);

export function writeHistorySchema(dir: string): string {
  const file = path.join(dir, HISTORY_SCHEMA_FILE);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(HISTORY_SCHEMA, null, 2) + "\n");
  return file;
}
