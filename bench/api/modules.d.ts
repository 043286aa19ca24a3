// Bench-only packages without bundled types; the bench uses a few calls of each.
declare module 'autocannon';
declare module 'better-sqlite3';
