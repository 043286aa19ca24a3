/** A unique index refused the row: another instance (or request) wrote it first. */
export const isUniqueViolation = (error: any) =>
  ['23505', 'ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT'].includes(error?.code) ||
  /unique/i.test(String(error?.message));
