import { Flex, Typography } from '@strapi/design-system';
import { Heart } from '@strapi/icons';
import { useT } from '../utils/useT';

/** A heart and a count, read out as "3 likes". */
export const LikeCount = ({ likes }: { likes: number }) => {
  const t = useT();
  return (
    <Flex gap={1} tag="span" role="img" aria-label={t('likes.count', '{count, plural, one {# like} other {# likes}}', { count: likes })} data-likes={likes}>
      <Heart aria-hidden fill="danger600" width="1.2rem" height="1.2rem" />
      <Typography variant="pi" fontWeight="bold" aria-hidden>
        {likes}
      </Typography>
    </Flex>
  );
};
