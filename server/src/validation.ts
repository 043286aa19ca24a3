import * as z from 'zod';
import { errors } from '@strapi/utils';

/** One problem of an input, at its path (`[]`: the input as a whole). */
export interface Issue {
  path: string[];
  message: string;
}

/**
 * Strapi's 400 in its own shape: each problem at its path in `details.errors`, as the content
 * manager and clients read them. The message is the problems' own unless given.
 */
export const validationError = (issues: Issue[], message = issues.map((issue) => issue.message).join('; ')) =>
  new errors.ValidationError(message, { errors: issues.map(({ path, message: text }) => ({ path, message: text, name: 'ValidationError' })) });

/** One problem at one path. */
export const invalidAt = (path: string[], message: string) => validationError([{ path, message }]);

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
      return { path, message: `${path.join('.') || what}: ${message}` };
    });
  });
  throw validationError(issues, `Invalid ${what}: ${issues.map((issue) => issue.message).join('; ')}`);
};

/**
 * Text as a person types it: well-formed Unicode (a lone surrogate is \p{Cs} in a /u regex, a
 * pair is not), no U+FFFD (what the body parser leaves where a request's UTF-8 was invalid) and
 * no control character but tab and line breaks. PostgreSQL refuses NUL in text outright, and
 * none of these is content anyone meant to store.
 */
const NOT_TEXT = /[\p{Cs}\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

export const isPlainText = (text: string) => !NOT_TEXT.test(text);

export const plainText = (schema: z.ZodString) => schema.refine(isPlainText, 'must be valid UTF-8 text without control characters');

/** A document id as Strapi makes them (24 lowercase letters and digits), with room to spare. */
export const documentIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a document id');

/** For a route that takes nothing: a stray key is a client's mistake worth hearing about. */
export const noInput = z.object({}).strict();
