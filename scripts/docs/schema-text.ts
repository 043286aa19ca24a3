/**
 * Turns the plugin's zod schemas into the words and types the generated docs show: a
 * TypeScript-like type for a response, and a rule ("integer 1..100", "one of: a, b") for an input.
 */
import * as z from 'zod';

export type JsonSchema = Record<string, any>;

/** Integers without a declared bound get JavaScript's safe-integer limits: not worth printing. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

export const jsonSchemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', cycles: 'ref', reused: 'inline' }) as JsonSchema;

/** The name a recursive definition gets in the docs (zod names it `__schema0`). */
const defName = (ref: string, names: Record<string, string>) => names[ref.replace('#/$defs/', '')] ?? ref.replace('#/$defs/', '');

const isNull = (schema: JsonSchema) => schema.type === 'null';

/** A one-line or indented TypeScript type for a JSON schema. */
export const typeText = (schema: JsonSchema, names: Record<string, string> = {}, indent = ''): string => {
  if (schema.$ref) return defName(schema.$ref, names);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value: unknown) => JSON.stringify(value)).join(' | ');
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const parts = variants.map((variant: JsonSchema) => typeText(variant, names, indent));
    // `string | null` reads better with null last.
    return [...parts.filter((part: string) => part !== 'null'), ...parts.filter((part: string) => part === 'null')].join(' | ');
  }
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const item = typeText(schema.items ?? {}, names, indent);
      return /[ |]/.test(item) && !item.startsWith('{') ? `Array<${item}>` : `${item}[]`;
    }
    case 'object': {
      const properties: Record<string, JsonSchema> = schema.properties ?? {};
      if (Object.keys(properties).length === 0) {
        return schema.additionalProperties && Object.keys(schema.additionalProperties).length > 0
          ? `Record<string, ${typeText(schema.additionalProperties, names, indent)}>`
          : 'Record<string, unknown>';
      }
      const inner = `${indent}  `;
      const required = new Set<string>(schema.required ?? []);
      const lines = Object.entries(properties).map(
        ([key, value]) => `${inner}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}${required.has(key) ? '' : '?'}: ${typeText(value, names, inner)};`
      );
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
    default:
      return 'unknown';
  }
};

/** "integer 1..100", "string ≤ 80 characters", "one of `a`, `b`": the rule a value must follow. */
export const ruleText = (schema: JsonSchema): string => {
  const variants: JsonSchema[] | undefined = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const rules = variants.filter((variant) => !isNull(variant)).map(ruleText);
    const text = rules.join(', or ');
    return variants.some(isNull) ? `${text}, or null` : text;
  }
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return `one of ${schema.enum.map((value: unknown) => `\`${value}\``).join(', ')}`;
  const range = (min?: number, max?: number, unit = '') => {
    const hasMax = max !== undefined && max !== UNBOUNDED;
    if (min !== undefined && hasMax) return `${min}..${max}${unit}`;
    if (min !== undefined) return `≥ ${min}${unit}`;
    if (hasMax) return `≤ ${max}${unit}`;
    return '';
  };
  switch (schema.type) {
    case 'integer':
      return ['integer', range(schema.minimum, schema.maximum)].filter(Boolean).join(' ');
    case 'number':
      return ['number', range(schema.minimum, schema.maximum)].filter(Boolean).join(' ');
    case 'boolean':
      return 'boolean';
    case 'string': {
      if (schema.format === 'email') return `email${schema.maxLength ? `, ≤ ${schema.maxLength} characters` : ''}`;
      const length = range(schema.minLength, schema.maxLength, ' characters');
      const pattern = schema.pattern ? `matching \`${schema.pattern}\`` : '';
      return ['string', length, pattern].filter(Boolean).join(', ');
    }
    case 'array': {
      const items = range(schema.minItems, schema.maxItems, ' items');
      return [`list of ${ruleText(schema.items ?? {})}`, items].filter(Boolean).join(', ');
    }
    case 'object':
      return schema.properties ? 'object' : 'object (any keys)';
    default:
      return 'any';
  }
};

export interface Field {
  /** `pagination[page]` for a query, `data.authorName` for a body, `rateLimit.max` for config. */
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** The leaves of an object schema, with bracketed (query) or dotted (body, config) names. */
export const fieldsOf = (schema: JsonSchema, style: 'query' | 'dotted', prefix = '', required = true): Field[] =>
  Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).flatMap(([key, value]) => {
    const name = !prefix ? key : style === 'query' ? `${prefix}[${key}]` : `${prefix}.${key}`;
    const isRequired = required && (schema.required ?? []).includes(key);
    if (value.type === 'object' && value.properties && Object.keys(value.properties).length > 0) return fieldsOf(value, style, name, isRequired);
    return [{ name, schema: value, required: isRequired }];
  });

/** A value as the docs print it: `[]`, `'[spoiler]'`, `[480, 960, 1600]`. */
export const valueText = (value: unknown): string => {
  if (value === undefined) return '';
  if (typeof value === 'string') return `\`'${value}'\``;
  return `\`${JSON.stringify(value).replace(/,/g, ', ').replace(/:/g, ': ')}\``;
};

/** Table cells must not break the row. */
export const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
