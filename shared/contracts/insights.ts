/** GET /insights */
export declare namespace GetInsights {
  interface Response {
    data: {
      reviewRatings: Array<{ rating: number; count: number }>;
      readerRatings: Array<{ rating: number; count: number }>;
      commentsPerWeek: Array<{ week: string; count: number }>;
      mostDiscussed: Array<{ documentId: string; title: string | null; comments: number }>;
      /** The five reviews readers like most, most first; only reviews with a like. */
      mostLikedReviews: Array<{ documentId: string; title: string | null; likes: number }>;
      /** The five approved comments readers like most, most first; only comments with a like, none its author deleted. */
      mostLikedComments: Array<{ documentId: string; reviewDocumentId: string; reviewTitle: string | null; authorName: string; excerpt: string; likes: number }>;
    };
  }
}
