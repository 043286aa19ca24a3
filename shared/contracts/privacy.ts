export type EraseMode = 'anonymize' | 'delete';

/** GET /privacy/export?email=… */
export declare namespace ExportComments {
  interface Query {
    email: string;
  }
  interface Response {
    data: { email: string; exportedAt: string; comments: Array<Record<string, unknown>> };
  }
}

/** POST /privacy/erase */
export declare namespace EraseComments {
  interface Body {
    email: string;
    mode: EraseMode;
  }
  interface Response {
    data: { email: string; mode: EraseMode; comments: number; repliesReattached: number };
  }
}
