// Compares prisma/schema.prisma with a migrated database, as `prisma migrate diff` would if its
// schema engine could run here. Both sides become the same plain description (tables, columns,
// keys, indexes, foreign keys, enums), named and typed the way Prisma's migrations name and type
// them for PostgreSQL; then every difference is spelt out in one line.
//
// Outside the comparison, because schema.prisma cannot express them: CHECK constraints, triggers,
// functions, sequences, deferrability, and operator classes of indexes. Unique constraints count
// as their backing indexes (so a deferrable UNIQUE constraint matches an @unique of the same name).
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";

type SchemaWasm = typeof import("@prisma/prisma-schema-wasm");
const { get_dmmf } = createRequire(import.meta.url)("@prisma/prisma-schema-wasm") as SchemaWasm;

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../prisma/schema.prisma");

/** The migrate bookkeeping table, which schema.prisma never declares. */
const IGNORED_TABLES = new Set(["_prisma_migrations"]);

/** PostgreSQL's NAMEDATALEN - 1; Prisma shortens its default constraint names to fit. */
const MAX_IDENTIFIER_BYTES = 63;

export type ColumnDescription = { type: string; nullable: boolean; default: string | null };
export type KeyDescription = { name: string; columns: string[] };
export type IndexDescription = { unique: boolean; method: string; columns: string[]; where: string | null };
export type ForeignKeyDescription = {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: string;
  onUpdate: string;
};
export type TableDescription = {
  columns: Record<string, ColumnDescription>;
  primaryKey: KeyDescription | null;
  /** Every index except the one behind the primary key, by name. */
  indexes: Record<string, IndexDescription>;
  foreignKeys: Record<string, ForeignKeyDescription>;
};
export type DatabaseDescription = {
  enums: Record<string, string[]>;
  tables: Record<string, TableDescription>;
};

// ---------------------------------------------------------------------------------------------
// schema.prisma → description

type DmmfDefault = string | number | boolean | DmmfDefault[] | { name: string; args: Array<string | number> };
type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  default?: DmmfDefault;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfEnum = { name: string; dbName?: string | null; values: Array<{ name: string; dbName?: string | null }> };
type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: Array<{ name: string; sortOrder?: "asc" | "desc"; operatorClass?: string }>;
};
type Dmmf = { datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] } };

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

/** `@db.X(args)` as PostgreSQL's format_type() spells it. */
function nativeTypeName([name, args]: [string, string[]]): string {
  const withArgs = (base: string, suffix = "") => (args.length ? `${base}(${args.join(",")})${suffix}` : `${base}${suffix}`);
  switch (name) {
    case "Text":
      return "text";
    case "VarChar":
      return withArgs("character varying");
    case "Char":
      return withArgs("character");
    case "Bit":
      return withArgs("bit");
    case "VarBit":
      return withArgs("bit varying");
    case "Uuid":
      return "uuid";
    case "Xml":
      return "xml";
    case "Inet":
      return "inet";
    case "Citext":
      return "citext";
    case "Boolean":
      return "boolean";
    case "Integer":
      return "integer";
    case "SmallInt":
      return "smallint";
    case "Oid":
      return "oid";
    case "BigInt":
      return "bigint";
    case "DoublePrecision":
      return "double precision";
    case "Real":
      return "real";
    case "Decimal":
      return withArgs("numeric");
    case "Money":
      return "money";
    case "Timestamp":
      return withArgs("timestamp", " without time zone");
    case "Timestamptz":
      return withArgs("timestamp", " with time zone");
    case "Date":
      return "date";
    case "Time":
      return withArgs("time", " without time zone");
    case "Timetz":
      return withArgs("time", " with time zone");
    case "Json":
      return "json";
    case "JsonB":
      return "jsonb";
    case "ByteA":
      return "bytea";
    default:
      throw new Error(`schema-drift: no PostgreSQL type known for @db.${name}; add it to nativeTypeName()`);
  }
}

const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

const INDEX_METHODS: Record<string, string> = { BTree: "btree", Hash: "hash", Gist: "gist", Gin: "gin", SpGist: "spgist", Brin: "brin" };

/** Cuts `name` to at most `bytes` UTF-8 bytes without splitting a character (Prisma's floor_char_boundary). */
function truncateBytes(name: string, bytes: number): string {
  let out = "";
  for (const char of name) {
    if (Buffer.byteLength(out + char) > bytes) break;
    out += char;
  }
  return out;
}

/** Prisma's default constraint and index names (psl ConstraintNames), from table and column names. */
export const defaultNames = {
  primaryKey: (table: string) => `${truncateBytes(table, MAX_IDENTIFIER_BYTES - 5)}_pkey`,
  unique: (table: string, columns: string[]) => `${truncateBytes(`${table}_${columns.join("_")}`, MAX_IDENTIFIER_BYTES - 4)}_key`,
  index: (table: string, columns: string[]) => `${truncateBytes(`${table}_${columns.join("_")}`, MAX_IDENTIFIER_BYTES - 4)}_idx`,
  foreignKey: (table: string, columns: string[]) => `${truncateBytes(`${table}_${columns.join("_")}`, MAX_IDENTIFIER_BYTES - 5)}_fkey`,
};

function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * The `map:` of each `@relation(...)`, keyed "Model.field": the DMMF leaves explicit foreign key
 * names out, so they are read from the schema text (field definitions are always one line).
 */
export function relationConstraintNames(schemaText: string): Map<string, string> {
  const names = new Map<string, string>();
  let model: string | null = null;
  for (const line of schemaText.split("\n")) {
    const code = line.replace(/\/\/.*$/, "");
    const opening = /^\s*model\s+(\w+)\s*\{/.exec(code);
    if (opening) {
      model = opening[1]!;
      continue;
    }
    if (/^\s*\}/.test(code)) {
      model = null;
      continue;
    }
    const field = /^\s*(\w+)\s.*@relation\(/.exec(code);
    if (!model || !field) continue;
    const map = /\bmap\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(code.slice(code.indexOf("@relation(")));
    if (map) names.set(`${model}.${field[1]}`, map[1]!);
  }
  return names;
}

export function parseSchema(schemaText: string): Dmmf {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schemaText]] }))) as Dmmf;
}

/** What the migrations should have built, according to schema.prisma. */
export function describeSchema(schemaText: string): DatabaseDescription {
  const { models, enums, indexes } = parseSchema(schemaText).datamodel;
  const relationNames = relationConstraintNames(schemaText);
  const modelsByName = new Map(models.map((model) => [model.name, model]));
  const enumsByName = new Map(enums.map((enumeration) => [enumeration.name, enumeration]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    if (!field) throw new Error(`schema-drift: ${model.name}.${fieldName} not found`);
    return field.dbName ?? field.name;
  };

  const description: DatabaseDescription = { enums: {}, tables: {} };
  for (const enumeration of enums) {
    description.enums[enumeration.dbName ?? enumeration.name] = enumeration.values.map((value) => value.dbName ?? value.name);
  }

  for (const model of models) {
    const table: TableDescription = { columns: {}, primaryKey: null, indexes: {}, foreignKeys: {} };
    description.tables[tableOf(model)] = table;
    for (const field of model.fields) {
      if (field.kind === "scalar" || field.kind === "enum") {
        table.columns[field.dbName ?? field.name] = describeField(model, field, enumsByName);
      } else if (field.kind === "object") {
        const from = field.relationFromFields ?? [];
        if (from.length === 0) {
          const other = modelsByName.get(field.type);
          const back = other?.fields.find((candidate) => candidate.relationName === field.relationName && candidate !== field);
          if (field.isList && back?.isList) {
            throw new Error(
              `schema-drift: implicit many-to-many relation ${model.name}.${field.name} is not supported; add its join table to describeSchema()`,
            );
          }
          continue; // the other side holds the foreign key
        }
        const target = modelsByName.get(field.type)!;
        const columns = from.map((name) => columnOf(model, name));
        const name = relationNames.get(`${model.name}.${field.name}`) ?? defaultNames.foreignKey(tableOf(model), columns);
        table.foreignKeys[name] = {
          columns,
          referencedTable: tableOf(target),
          referencedColumns: (field.relationToFields ?? []).map((name) => columnOf(target, name)),
          onDelete: REFERENTIAL_ACTIONS[field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")]!,
          onUpdate: REFERENTIAL_ACTIONS[field.relationOnUpdate ?? "Cascade"]!,
        };
      } else {
        throw new Error(`schema-drift: ${model.name}.${field.name} has kind ${field.kind}, which this checker cannot describe`);
      }
    }
  }

  for (const index of indexes) {
    const model = modelsByName.get(index.model)!;
    const tableName = tableOf(model);
    const table = description.tables[tableName]!;
    const columns = index.fields.map((field) => columnOf(model, field.name));
    switch (index.type) {
      case "id":
        table.primaryKey = { name: index.dbName ?? defaultNames.primaryKey(tableName), columns };
        break;
      case "unique":
      case "normal": {
        const unique = index.type === "unique";
        const name = index.dbName ?? (unique ? defaultNames.unique : defaultNames.index)(tableName, columns);
        table.indexes[name] = {
          unique,
          method: INDEX_METHODS[index.algorithm ?? "BTree"] ?? index.algorithm!.toLowerCase(),
          columns: index.fields.map((field, position) => `${columns[position]}${field.sortOrder === "desc" ? " DESC" : ""}`),
          where: null,
        };
        break;
      }
      default:
        throw new Error(`schema-drift: ${index.type} index on ${index.model} is not supported on PostgreSQL`);
    }
  }
  return description;
}

function describeField(model: DmmfModel, field: DmmfField, enums: Map<string, DmmfEnum>): ColumnDescription {
  let baseType: string;
  if (field.kind === "enum") {
    const enumeration = enums.get(field.type)!;
    baseType = enumeration.dbName ?? enumeration.name;
  } else if (field.nativeType) {
    baseType = nativeTypeName(field.nativeType);
  } else {
    const scalar = SCALAR_TYPES[field.type];
    if (!scalar) throw new Error(`schema-drift: no PostgreSQL type known for ${field.type} (${model.name}.${field.name})`);
    baseType = scalar;
  }
  const type = field.isList ? `${baseType}[]` : baseType;
  // Prisma creates list columns without NOT NULL, whatever the field says.
  const nullable = field.isList || !field.isRequired;
  return { type, nullable, default: expectedDefault(model, field, type, enums) };
}

/** The default as `normaliseDefault` reduces PostgreSQL's own rendering of it. */
function expectedDefault(model: DmmfModel, field: DmmfField, type: string, enums: Map<string, DmmfEnum>): string | null {
  const value = field.default;
  if (value === undefined || field.isUpdatedAt) return null;
  if (typeof value === "object" && !Array.isArray(value)) {
    switch (value.name) {
      case "autoincrement":
        return "autoincrement()";
      case "now":
        return "CURRENT_TIMESTAMP";
      case "dbgenerated":
        return value.args.length ? String(value.args[0]) : "dbgenerated()";
      // Filled in by Prisma Client, not by the database.
      case "uuid":
      case "cuid":
      case "nanoid":
      case "ulid":
        return null;
      default:
        throw new Error(`schema-drift: @default(${value.name}()) on ${model.name}.${field.name} is not supported`);
    }
  }
  const literal = (item: DmmfDefault): string => {
    if (typeof item === "boolean") return String(item);
    if (field.kind === "enum") {
      const enumValue = enums.get(field.type)!.values.find((candidate) => candidate.name === item);
      return sqlString(enumValue?.dbName ?? String(item));
    }
    if (["Int", "BigInt", "Float", "Decimal"].includes(field.type)) return String(item);
    if (field.type === "DateTime") return sqlString(new Date(String(item)).toISOString());
    return sqlString(String(item));
  };
  if (Array.isArray(value)) return value.length ? `ARRAY[${value.map(literal).join(", ")}]` : `ARRAY[]::${type}`;
  return literal(value);
}

// ---------------------------------------------------------------------------------------------
// migrated database → description

const NUMERIC_TYPE = /^(smallint|integer|bigint|real|double precision|numeric|money)\b/;
/** `::type` after a quoted literal, as pg_get_expr() renders casts. */
const LITERAL_CAST = /('(?:[^']|'')*')::(?:"[^"]+"|[a-z_][a-z0-9_]*(?: [a-z_][a-z0-9_]*)*)(?:\(\d+(?:,\d+)?\))?(?: with(?:out)? time zone)?(?:\[\])*/g;

/** Reduces a default as pg_get_expr() renders it to the form `describeSchema` expects. */
export function normaliseDefault(expression: string | null, type: string): string | null {
  if (expression === null) return null;
  if (/^nextval\('[^']*'::regclass\)$/.test(expression)) return "autoincrement()";
  if (expression === "now()") return "CURRENT_TIMESTAMP";
  const stripped = expression.replace(LITERAL_CAST, "$1");
  const quoted = /^'((?:[^']|'')*)'$/.exec(stripped);
  if (quoted && NUMERIC_TYPE.test(type) && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(quoted[1]!)) return quoted[1]!;
  if (quoted && /^timestamp/.test(type) && !type.endsWith("[]")) {
    const text = quoted[1]!;
    const date = new Date(type.includes("without time zone") ? `${text.replace(" ", "T")}Z` : text);
    if (!Number.isNaN(date.getTime())) return sqlString(date.toISOString());
  }
  return stripped;
}

async function query<T extends pg.QueryResultRow>(client: pg.Client, sql: string): Promise<T[]> {
  return (await client.query<T>(sql)).rows;
}

const IN_SCHEMA = `n.nspname = current_schema() AND t.relkind IN ('r', 'p')`;
const FOREIGN_KEY_ACTIONS: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };

/** What the database holds, read from pg_catalog (works on PostgreSQL and PGlite alike). */
export async function describeDatabase(url: string): Promise<DatabaseDescription> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await readCatalog(client);
  } finally {
    await client.end();
  }
}

async function readCatalog(client: pg.Client): Promise<DatabaseDescription> {
  const description: DatabaseDescription = { enums: {}, tables: {} };

  const enums = await query<{ name: string; labels: string[] }>(
    client,
    `SELECT t.typname::text AS name,
            array(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = current_schema() AND t.typtype = 'e'`,
  );
  for (const { name, labels } of enums) description.enums[name] = labels;

  const tables = await query<{ name: string }>(
    client,
    `SELECT t.relname::text AS name FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace WHERE ${IN_SCHEMA}`,
  );
  for (const { name } of tables) {
    if (IGNORED_TABLES.has(name)) continue;
    description.tables[name] = { columns: {}, primaryKey: null, indexes: {}, foreignKeys: {} };
  }
  const tableNamed = (name: string) => description.tables[name];

  const columns = await query<{ table: string; name: string; type: string; nullable: boolean; default: string | null; identity: string; generated: string }>(
    client,
    `SELECT t.relname::text AS table, a.attname::text AS name, format_type(a.atttypid, a.atttypmod) AS type,
            NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default,
            a.attidentity::text AS identity, a.attgenerated::text AS generated
       FROM pg_attribute a
       JOIN pg_class t ON t.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE ${IN_SCHEMA} AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  for (const column of columns) {
    const table = tableNamed(column.table);
    if (!table) continue;
    const type = column.type.replaceAll('"', "");
    let defaultValue = normaliseDefault(column.default, type);
    if (column.generated === "s") defaultValue = `GENERATED ALWAYS AS (${column.default}) STORED`;
    if (column.identity) defaultValue = `GENERATED ${column.identity === "a" ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY`;
    table.columns[column.name] = { type, nullable: column.nullable, default: defaultValue };
  }

  const indexes = await query<{ table: string; name: string; primary: boolean; unique: boolean; method: string; where: string | null; columns: string[] }>(
    client,
    `SELECT t.relname::text AS table, i.relname::text AS name, x.indisprimary AS primary, x.indisunique AS unique,
            am.amname::text AS method, pg_get_expr(x.indpred, x.indrelid) AS where,
            array(
              SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(x.indexrelid, k.position::int, true) ELSE a.attname::text END
                     || CASE WHEN k.position > x.indnkeyatts THEN ' (INCLUDE)'
                             WHEN (x.indoption[k.position - 1] & 1) = 1 THEN ' DESC' ELSE '' END
                FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
                LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
               ORDER BY k.position
            ) AS columns
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_am am ON am.oid = i.relam
      WHERE ${IN_SCHEMA}`,
  );
  for (const index of indexes) {
    const table = tableNamed(index.table);
    if (!table || index.primary) continue; // the primary key is compared as such, below
    table.indexes[index.name] = { unique: index.unique, method: index.method, columns: index.columns, where: index.where };
  }

  const constraints = await query<{
    table: string;
    name: string;
    type: "p" | "f";
    columns: string[];
    referencedTable: string | null;
    referencedColumns: string[];
    onDelete: string;
    onUpdate: string;
  }>(
    client,
    `SELECT t.relname::text AS table, c.conname::text AS name, c.contype::text AS type,
            array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.position) AS columns,
            r.relname::text AS "referencedTable",
            array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.position) AS "referencedColumns",
            c.confdeltype::text AS "onDelete", c.confupdtype::text AS "onUpdate"
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       LEFT JOIN pg_class r ON r.oid = c.confrelid
      WHERE ${IN_SCHEMA} AND c.contype IN ('p', 'f')`,
  );
  for (const constraint of constraints) {
    const table = tableNamed(constraint.table);
    if (!table) continue;
    if (constraint.type === "p") {
      table.primaryKey = { name: constraint.name, columns: constraint.columns };
    } else {
      table.foreignKeys[constraint.name] = {
        columns: constraint.columns,
        referencedTable: constraint.referencedTable!,
        referencedColumns: constraint.referencedColumns,
        onDelete: FOREIGN_KEY_ACTIONS[constraint.onDelete] ?? constraint.onDelete,
        onUpdate: FOREIGN_KEY_ACTIONS[constraint.onUpdate] ?? constraint.onUpdate,
      };
    }
  }
  return description;
}

// ---------------------------------------------------------------------------------------------
// comparison

const formatColumn = (column: ColumnDescription) =>
  `${column.type} ${column.nullable ? "NULL" : "NOT NULL"}${column.default === null ? "" : ` DEFAULT ${column.default}`}`;
const formatKey = (key: KeyDescription | null) => (key ? `"${key.name}" (${key.columns.join(", ")})` : "none");
const formatIndex = (index: IndexDescription) =>
  `${index.unique ? "UNIQUE " : ""}${index.method === "btree" ? "" : `USING ${index.method} `}(${index.columns.join(", ")})${index.where === null ? "" : ` WHERE ${index.where}`}`;
const formatForeignKey = (key: ForeignKeyDescription) =>
  `(${key.columns.join(", ")}) REFERENCES ${key.referencedTable}(${key.referencedColumns.join(", ")}) ON DELETE ${key.onDelete} ON UPDATE ${key.onUpdate}`;

/**
 * One line per difference, e.g. `column City.summary: schema.prisma says character varying(600)
 * NOT NULL, database has text NULL`. Empty when the two agree.
 */
export function diffDescriptions(expected: DatabaseDescription, actual: DatabaseDescription): string[] {
  const differences: string[] = [];
  compareNamed(differences, "enum", expected.enums, actual.enums, (values) => `(${values.join(", ")})`);
  for (const [name, table] of Object.entries(expected.tables)) {
    const found = actual.tables[name];
    if (!found) differences.push(`table ${name}: in schema.prisma but missing from the database`);
    else diffTable(differences, name, table, found);
  }
  for (const name of Object.keys(actual.tables)) {
    if (!(name in expected.tables)) differences.push(`table ${name}: in the database but not in schema.prisma`);
  }
  return differences;
}

function diffTable(differences: string[], name: string, expected: TableDescription, actual: TableDescription) {
  compareNamed(differences, `column ${name}.`, expected.columns, actual.columns, formatColumn);
  if (formatKey(expected.primaryKey) !== formatKey(actual.primaryKey)) {
    differences.push(`primary key of ${name}: schema.prisma says ${formatKey(expected.primaryKey)}, database has ${formatKey(actual.primaryKey)}`);
  }
  compareNamed(differences, `index ${name}.`, expected.indexes, actual.indexes, formatIndex);
  compareNamed(differences, `foreign key ${name}.`, expected.foreignKeys, actual.foreignKeys, formatForeignKey);
}

function compareNamed<T>(differences: string[], what: string, expected: Record<string, T>, actual: Record<string, T>, format: (item: T) => string) {
  const label = (name: string) => (what.endsWith(".") ? `${what}${name}` : `${what} ${name}`);
  for (const [name, item] of Object.entries(expected)) {
    const found = actual[name];
    if (found === undefined) differences.push(`${label(name)}: in schema.prisma (${format(item)}) but missing from the database`);
    else if (format(found) !== format(item)) differences.push(`${label(name)}: schema.prisma says ${format(item)}, database has ${format(found)}`);
  }
  for (const [name, item] of Object.entries(actual)) {
    if (!(name in expected)) differences.push(`${label(name)}: in the database (${format(item)}) but not in schema.prisma`);
  }
}

/** Every difference between a schema text and the database at `url`. */
export async function findSchemaDrift(schemaText: string, url: string): Promise<string[]> {
  return diffDescriptions(describeSchema(schemaText), await describeDatabase(url));
}
