import * as React from 'react';
import { Box, Field, Flex, IconButton, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useField, type InputProps } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { StarGlyph } from '../components/StarGlyph';
import { getTranslation } from '../utils/getTranslation';
import { nextRating, ratingScale, type RatingScale } from './star-rating-scale';

type StarRatingInputProps = InputProps & {
  attribute?: { options?: { max?: unknown; halfStars?: unknown } };
  labelAction?: React.ReactNode;
};

const Stars = styled(Box)`
  display: inline-flex;
  gap: 2px;
  border-radius: ${({ theme }) => theme.borderRadius};
  outline-offset: 2px;
  cursor: pointer;
  &[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
  }
`;

/** Invisible click targets over each half (or whole) of a star. */
const Hit = styled.span<{ $half: 'left' | 'right' | 'whole' }>`
  position: absolute;
  top: 0;
  bottom: 0;
  left: ${({ $half }) => ($half === 'right' ? '50%' : '0')};
  width: ${({ $half }) => ($half === 'whole' ? '100%' : '50%')};
  z-index: 1;
`;

const toNumber = (value: unknown): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value);

export const StarRatingInput = React.forwardRef<HTMLDivElement, StarRatingInputProps>(
  ({ attribute, name, label, hint, required = false, disabled = false, labelAction }, ref) => {
    const { value, onChange, error } = useField(name);
    const { formatMessage } = useIntl();
    const scale: RatingScale = ratingScale(attribute?.options);
    const current = toNumber(value);
    const [hovered, setHovered] = React.useState<number | null>(null);
    const shown = hovered ?? current ?? 0;

    const set = (next: number | null) => {
      if (!disabled) onChange(name, next);
    };

    const valueText =
      current === null
        ? formatMessage({ id: getTranslation('star-rating.input.empty'), defaultMessage: 'No rating' })
        : formatMessage(
            { id: getTranslation('star-rating.input.value'), defaultMessage: '{value} out of {max} stars' },
            { value: current, max: scale.max }
          );

    const onKeyDown = (event: React.KeyboardEvent) => {
      const next = nextRating(current, event.key, scale);
      if (next !== undefined) {
        event.preventDefault();
        set(next);
      }
    };

    const stars = Array.from({ length: scale.max }, (_, index) => index + 1);

    return (
      <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Field.Label action={labelAction}>{label}</Field.Label>
          <Flex gap={3}>
            <Stars
              ref={ref}
              role="slider"
              tabIndex={disabled ? -1 : 0}
              aria-label={typeof label === 'string' ? label : name}
              aria-valuemin={scale.step}
              aria-valuemax={scale.max}
              aria-valuenow={current ?? undefined}
              aria-valuetext={valueText}
              aria-disabled={disabled}
              aria-required={required}
              data-rating-input={name}
              onKeyDown={onKeyDown}
              onMouseLeave={() => setHovered(null)}
            >
              {stars.map((star) => (
                <StarGlyph key={star} fill={shown - (star - 1)}>
                  {(scale.halfStars ? [star - 0.5, star] : [star]).map((target) => (
                    <Hit
                      key={target}
                      $half={scale.halfStars ? (target % 1 ? 'left' : 'right') : 'whole'}
                      data-rating-value={target}
                      onMouseEnter={() => !disabled && setHovered(target)}
                      onClick={() => set(target)}
                    />
                  ))}
                </StarGlyph>
              ))}
            </Stars>
            <Typography variant="omega" textColor="neutral600" aria-hidden style={{ whiteSpace: 'nowrap' }}>
              {current === null ? valueText : `${current} / ${scale.max}`}
            </Typography>
            <IconButton
              label={formatMessage({ id: getTranslation('star-rating.input.clear'), defaultMessage: 'Clear rating' })}
              variant="ghost"
              disabled={disabled || current === null}
              onClick={() => set(null)}
            >
              <Cross />
            </IconButton>
          </Flex>
          <Field.Hint />
          <Field.Error />
        </Flex>
      </Field.Root>
    );
  }
);
