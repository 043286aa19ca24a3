// The schemas live in the top-level content-types/ folder: one source of truth, bundled here.
import filmReview from '../../../content-types/film-review/schema.json';
import readerComment from '../../../content-types/reader-comment/schema.json';
import imageJob from '../../../content-types/image-job/schema.json';
import commentLimit from '../../../content-types/comment-limit/schema.json';
import commentThread from '../../../content-types/comment-thread/schema.json';
import importKey from '../../../content-types/import-key/schema.json';
import importRun from '../../../content-types/import-run/schema.json';
import outboxMessage from '../../../content-types/outbox-message/schema.json';
import commentReport from '../../../content-types/comment-report/schema.json';
import readerLike from '../../../content-types/reader-like/schema.json';
import readerBlock from '../../../content-types/reader-block/schema.json';
import moderationEvent from '../../../content-types/moderation-event/schema.json';
import proofOfWorkSolution from '../../../content-types/proof-of-work-solution/schema.json';

export default {
  'film-review': { schema: filmReview },
  'reader-comment': { schema: readerComment },
  'image-job': { schema: imageJob },
  'comment-limit': { schema: commentLimit },
  'comment-thread': { schema: commentThread },
  'import-key': { schema: importKey },
  'import-run': { schema: importRun },
  'outbox-message': { schema: outboxMessage },
  'comment-report': { schema: commentReport },
  'reader-like': { schema: readerLike },
  'reader-block': { schema: readerBlock },
  'moderation-event': { schema: moderationEvent },
  'proof-of-work-solution': { schema: proofOfWorkSolution },
};
