import type * as z from 'zod';
import { errors } from '@strapi/utils';

/** Parses a request input with its schema, or answers 400 in Strapi's error shape naming each problem. */
export const parseInput = <T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> => {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) => {
    // One entry per unknown key, so each is named at its own path.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((segments) => {
      const path = segments.map(String);
      const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
      return { path, message: `${path.join('.') || what}: ${message}`, name: 'ValidationError' };
    });
  });
  throw new errors.ValidationError(`Invalid ${what}: ${issues.map((issue) => issue.message).join('; ')}`, { errors: issues });
};
