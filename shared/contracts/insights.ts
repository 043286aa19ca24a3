/** GET /insights */
export declare namespace GetInsights {
  interface Response {
    data: {
      reviewRatings: Array<{ rating: number; count: number }>;
      readerRatings: Array<{ rating: number; count: number }>;
      commentsPerWeek: Array<{ week: string; count: number }>;
      mostDiscussed: Array<{ documentId: string; title: string | null; comments: number }>;
    };
  }
}
