/** One problem found in a field value; `path` is relative to the field. */
export interface FieldIssue {
  path: string[];
  message: string;
}
