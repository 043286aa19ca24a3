import * as React from 'react';
import { Box, Checkbox, Field, Flex, IconButton, TextInput, Typography } from '@strapi/design-system';
import { ArrowLeft, ArrowRight, Drag, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { getTranslation } from '../utils/getTranslation';
import { thumbnailUrl, type UploadFileSummary } from '../api/useUploadFiles';
import type { GalleryItem } from './gallery-items';

const Card = styled(Box)<{ $dragging: boolean }>`
  opacity: ${({ $dragging }) => ($dragging ? 0.4 : 1)};
`;

const Thumbnail = styled.img`
  display: block;
  width: 100%;
  height: 12rem;
  object-fit: cover;
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral150};
`;

interface GalleryItemCardProps {
  item: GalleryItem;
  index: number;
  count: number;
  file?: UploadFileSummary;
  disabled: boolean;
  dragging: boolean;
  onPatch(changes: Partial<Omit<GalleryItem, 'file'>>): void;
  onMove(to: number): void;
  onRemove(): void;
  onDragStart(): void;
  onDragEnd(): void;
  onDropHere(): void;
}

export const GalleryItemCard = ({ item, index, count, file, disabled, dragging, onPatch, onMove, onRemove, onDragStart, onDragEnd, onDropHere }: GalleryItemCardProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const name = file?.name ?? `#${item.file}`;
  const text = (key: 'caption' | 'alt' | 'credit', label: string) => (
    <Field.Root name={`${key}-${item.file}`}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        size="S"
        value={item[key] ?? ''}
        disabled={disabled}
        aria-label={`${label} (${name})`}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onPatch({ [key]: event.target.value })}
      />
    </Field.Root>
  );

  return (
    <Card
      tag="li"
      $dragging={dragging}
      padding={2}
      hasRadius
      borderColor="neutral200"
      background="neutral0"
      data-gallery-item={item.file}
      draggable={!disabled}
      onDragStart={(event: React.DragEvent) => {
        event.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      onDragOver={(event: React.DragEvent) => event.preventDefault()}
      onDrop={(event: React.DragEvent) => {
        event.preventDefault();
        onDropHere();
      }}
    >
      <Flex direction="column" alignItems="stretch" gap={2}>
        {file ? <Thumbnail src={thumbnailUrl(file)} alt={item.alt ?? ''} draggable={false} /> : <Box height="12rem" background="neutral150" hasRadius />}
        <Flex justifyContent="space-between" gap={1}>
          <Flex gap={1} minWidth={0}>
            <Drag aria-hidden />
            <Typography variant="pi" ellipsis title={name}>
              {index + 1}. {name}
            </Typography>
          </Flex>
          <Flex gap={1}>
            <IconButton size="S" variant="ghost" label={t('gallery.input.moveBefore', 'Move {name} earlier', { name })} disabled={disabled || index === 0} onClick={() => onMove(index - 1)}>
              <ArrowLeft />
            </IconButton>
            <IconButton size="S" variant="ghost" label={t('gallery.input.moveAfter', 'Move {name} later', { name })} disabled={disabled || index === count - 1} onClick={() => onMove(index + 1)}>
              <ArrowRight />
            </IconButton>
            <IconButton size="S" variant="ghost" label={t('gallery.input.remove', 'Remove {name}', { name })} disabled={disabled} onClick={onRemove}>
              <Trash />
            </IconButton>
          </Flex>
        </Flex>
        {text('caption', t('gallery.input.caption', 'Caption'))}
        {text('alt', t('gallery.input.alt', 'Alternative text'))}
        {text('credit', t('gallery.input.credit', 'Credit'))}
        <Checkbox checked={Boolean(item.spoiler)} disabled={disabled} onCheckedChange={(checked: boolean | 'indeterminate') => onPatch({ spoiler: checked === true })}>
          {t('gallery.input.spoiler', 'Shows a spoiler')}
        </Checkbox>
      </Flex>
    </Card>
  );
};
