// One JSON Schema validator (Ajv, draft 2020-12) for the files the lab publishes, with readable errors.
import Ajv2020, { ErrorObject, ValidateFunction } from "ajv/dist/2020";

const ajv = new Ajv2020({ allErrors: true, strict: true });

export type JsonSchema = Record<string, unknown>;

/** Compiles a schema once; the checker throws one error naming the file and every violation. */
export function schemaChecker<T>(schema: JsonSchema, what: string): (value: unknown, file: string) => asserts value is T {
  let validate: ValidateFunction | undefined;
  return (value: unknown, file: string): asserts value is T => {
    validate ??= ajv.compile(schema);
    if (validate(value)) return;
    throw new Error(`${file}: not a valid ${what}:\n${describeErrors(validate.errors ?? [])}`);
  };
}

function describeErrors(errors: ErrorObject[]): string {
  return errors
    .slice(0, 10)
    .map((e) => `  ${e.instancePath || "/"} ${e.message ?? "is invalid"}${e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : ""}`)
    .join("\n");
}
