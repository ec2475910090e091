// Grows the real spec to N operations, the way ECS's other ~400 operations look, to check that
// generation, build, type-check and the mock scale (packages/e2e/test/scale.test.ts, and the
// scale section of `pnpm bench`).
//
//   node scripts/grow-spec.ts <N> [--seed <n>] [--out <file>]   (JSON, which is YAML; stdout without --out)
//
// The real operations stay as they are; the others are renamed copies of them (Describe*, Create*,
// Modify*, Delete* of made-up resources), each with seeded variety: 0-4 extra parameters (bounded
// strings, patterns, integer ranges, enums, JSON-encoded lists), each with its own documented
// error code, a few extra documented errors, and idempotency tokens on some operations that had
// none. Copies of a paginated operation stay paginated. Deterministic for a given N and seed.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseSpec, type Json, type JsonObject } from "../packages/codegen/src/load-spec.ts";

const NOUNS = [
  "Disk",
  "Snapshot",
  "Image",
  "NetworkInterface",
  "SecurityGroup",
  "KeyPair",
  "LaunchTemplate",
  "DedicatedHost",
  "Deployment",
  "AutoSnapshotPolicy",
  "Command",
  "Invocation",
  "Activation",
  "ElasticityAssurance",
  "CapacityReservation",
  "StorageSet",
  "PrefixList",
  "ImagePipeline",
  "ImageComponent",
  "Session",
  "ReservedInstance",
  "Tag",
  "Bandwidth",
  "HaVip",
];

/** A small seeded generator (mulberry32): the same spec for the same N and seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clone = <T extends Json>(value: T): T => structuredClone(value);

/** `HpcCluster` in a name becomes the made-up resource (`DescribeHpcClusters` -> `DescribeDisk7s`). */
function rename(name: string, resource: string): string {
  return name.replace("HpcCluster", resource);
}

interface ExtraParam {
  readonly param: JsonObject;
  readonly code: string;
  readonly message: string;
}

function extraParam(kind: number, index: number, resource: string): ExtraParam {
  const name = `${resource}Option${index}`;
  const code = `Invalid${name}.Malformed`;
  const message = `The specified ${name} is not valid.`;
  const schemas: JsonObject[] = [
    { type: "string", minLength: 1, maxLength: 128 },
    { type: "string", pattern: "^[a-z][a-z0-9-]{1,62}$" },
    { type: "integer", format: "int32", minimum: 1, maximum: 1000 },
    { type: "string", enum: ["Standard", "Premium", "Economy"] },
    { type: "array", minItems: 1, maxItems: 20, items: { type: "string", maxLength: 64 } },
    { type: "boolean" },
  ];
  const schema = schemas[kind % schemas.length]!;
  const param: JsonObject = {
    name,
    in: "query",
    required: false,
    description: `A made-up option of ${resource} (grown spec).`,
    schema,
    "x-acs-errors": { any: code },
  };
  if (schema.type === "array") param["x-acs-encoding"] = "json";
  return { param, code, message };
}

function errorExample(code: string, message: string, status: number): JsonObject {
  return {
    summary: `${code} (grown spec).`,
    value: {
      Code: code,
      Message: message,
      RequestId: "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E",
      HostId: "ecs.aliyuncs.com",
      Status: status,
    },
  };
}

/** The 400 examples of an operation (a copy of the response, so that a shared `$ref` is not edited). */
function badRequestExamples(spec: JsonObject, op: JsonObject): JsonObject {
  const responses = op.responses as JsonObject;
  let response = responses["400"] as JsonObject;
  if (typeof response.$ref === "string") {
    const name = response.$ref.split("/").pop()!;
    response = clone(((spec.components as JsonObject).responses as JsonObject)[name] as JsonObject);
    responses["400"] = response;
  }
  const media = (response.content as JsonObject)["application/json"] as JsonObject;
  media.examples ??= {};
  return media.examples as JsonObject;
}

/** The spec text grown to `count` operations (at least the real ones), as a parsed document. */
export function growSpec(specText: string, count: number, seed = 1): JsonObject {
  const spec = parseSpec(specText);
  const paths = spec.paths as JsonObject;
  const templates = Object.entries(paths).map(([path, item]) => ({
    path,
    op: (item as JsonObject).post as JsonObject,
  }));
  const next = random(seed);
  const total = Math.max(count, templates.length);
  for (let i = 0; paths && Object.keys(paths).length < total; i++) {
    const template = templates[i % templates.length]!;
    const resource = `${NOUNS[Math.floor(i / templates.length) % NOUNS.length]}${Math.floor(i / (templates.length * NOUNS.length)) || ""}`;
    const op = clone(template.op);
    const name = rename(op.operationId as string, resource);
    op.operationId = name;
    op.summary = `${rename(op.summary as string, resource)} (grown copy of ${template.op.operationId as string})`;
    (op["x-acs-rpc"] as JsonObject).action = name;
    const examples = badRequestExamples(spec, op);
    const params = op.parameters as Json[];
    // Extra parameters, each with its own documented code.
    const extras = Math.floor(next() * 5);
    for (let k = 0; k < extras; k++) {
      const extra = extraParam(Math.floor(next() * 6), k, resource);
      params.push(extra.param);
      examples[extra.code] = errorExample(extra.code, extra.message, 400);
    }
    // A few more documented errors, as real operations have.
    const moreErrors = Math.floor(next() * 4);
    for (let k = 0; k < moreErrors; k++) {
      const code = `${resource}.QuotaExceeded${k || ""}`;
      examples[code] = errorExample(code, `The quota of ${resource} is exceeded.`, 400);
    }
    // Idempotency tokens on some operations only: the copy of a Create keeps its ClientToken, other copies lose it at random.
    const token = params.findIndex((p) => (p as JsonObject).$ref === "#/components/parameters/ClientToken");
    if (token >= 0 && !name.startsWith("Create") && next() < 0.5) params.splice(token, 1);
    paths[`/${name}`] = { post: op };
  }
  return spec;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: "string", default: "1" }, out: { type: "string" } },
  });
  const count = Number(positionals[0]);
  if (!Number.isInteger(count) || count < 1) {
    console.error("usage: node scripts/grow-spec.ts <N> [--seed <n>] [--out <file>]");
    process.exit(2);
  }
  const specText = readFileSync(join(import.meta.dirname, "../spec/ecs-hpc.openapi.yaml"), "utf8");
  const text = `${JSON.stringify(growSpec(specText, count, Number(values.seed)), null, 2)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
}
