import * as React from 'react';
import { Box, Button, Field, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { Plus, Upload } from '@strapi/icons';
import { useField, useStrapiApp, type InputProps } from '@strapi/strapi/admin';
import { useAdminMutation } from '../api/useAdminMutation';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { getTranslation } from '../utils/getTranslation';
import { useUploadFiles, type UploadFileSummary } from '../api/useUploadFiles';
import { GalleryItemCard } from './GalleryItemCard';
import { addFiles, moveItem, patchItem, type GalleryItem } from './gallery-items';

/** Props of the upload plugin's 'media-library' component. */
interface MediaLibraryDialogProps {
  allowedTypes: string[];
  multiple: boolean;
  onClose(): void;
  onSelectAssets(assets: UploadFileSummary[]): void;
}

type GalleryInputProps = InputProps & {
  attribute?: { options?: { maxItems?: unknown } };
  labelAction?: React.ReactNode;
};

const Grid = styled.ol`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
  gap: ${({ theme }) => theme.spaces[3]};
  list-style: none;
  padding: 0;
  margin: 0;
`;

export const GalleryInput = React.forwardRef<HTMLDivElement, GalleryInputProps>(
  ({ attribute, name, label, hint, required = false, disabled = false, labelAction }, ref) => {
    const { value, onChange, error } = useField(name);
    const { formatMessage } = useIntl();
    const upload = useAdminMutation(async ({ post }, form: FormData) => (await post<UploadFileSummary[]>('/upload', form)).data);
    const MediaLibraryDialog = useStrapiApp('GalleryInput', (state) => state.components['media-library']) as
      | React.ComponentType<MediaLibraryDialogProps>
      | undefined;
    const [pickerOpen, setPickerOpen] = React.useState(false);
    const [dragFrom, setDragFrom] = React.useState<number | null>(null);
    const uploadInput = React.useRef<HTMLInputElement>(null);

    const items: GalleryItem[] = Array.isArray(value) ? value : [];
    const maxItems = Number(attribute?.options?.maxItems ?? 50) || 50;
    const { files, remember } = useUploadFiles(items.map((item) => item.file));
    const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values);

    const set = (next: GalleryItem[]) => onChange(name, next);
    const addAssets = (assets: UploadFileSummary[]) => {
      const images = assets.filter((asset) => asset.mime?.startsWith('image/'));
      remember(images);
      set(addFiles(items, images.map((asset) => asset.id), maxItems));
    };

    const onUpload = async (event: React.ChangeEvent<HTMLInputElement>) => {
      const chosen = Array.from(event.target.files ?? []);
      event.target.value = '';
      if (chosen.length === 0) return;
      const form = new FormData();
      chosen.forEach((file) => form.append('files', file));
      const uploaded = await upload.mutate(form);
      if (uploaded.ok) addAssets(uploaded.data);
    };

    const full = items.length >= maxItems;

    return (
      <Field.Root name={name} id={name} error={typeof error === 'string' ? error : undefined} hint={hint} required={required}>
        <Flex direction="column" alignItems="stretch" gap={2} ref={ref}>
          <Field.Label action={labelAction}>{label}</Field.Label>
          {items.length === 0 ? (
            <Box padding={4} hasRadius borderStyle="dashed" borderColor="neutral300" background="neutral100">
              <Typography textColor="neutral600">{t('gallery.input.empty', 'No images yet')}</Typography>
            </Box>
          ) : (
            <Grid aria-label={typeof label === 'string' ? label : name}>
              {items.map((item, index) => (
                <GalleryItemCard
                  key={item.file}
                  item={item}
                  index={index}
                  count={items.length}
                  file={files.get(item.file)}
                  disabled={disabled}
                  dragging={dragFrom === index}
                  onPatch={(changes) => set(items.map((other, i) => (i === index ? patchItem(other, changes) : other)))}
                  onMove={(to) => set(moveItem(items, index, to))}
                  onRemove={() => set(items.filter((_, i) => i !== index))}
                  onDragStart={() => setDragFrom(index)}
                  onDragEnd={() => setDragFrom(null)}
                  onDropHere={() => {
                    if (dragFrom !== null) set(moveItem(items, dragFrom, index));
                    setDragFrom(null);
                  }}
                />
              ))}
            </Grid>
          )}
          <Flex gap={2}>
            <Button variant="secondary" startIcon={<Plus />} disabled={disabled || full} onClick={() => setPickerOpen(true)}>
              {t('gallery.input.add', 'Add from the media library')}
            </Button>
            <Button variant="tertiary" startIcon={<Upload />} disabled={disabled || full} loading={upload.isLoading} onClick={() => uploadInput.current?.click()}>
              {t('gallery.input.upload', 'Upload images')}
            </Button>
            <VisuallyHidden>
              <input ref={uploadInput} type="file" accept="image/*" multiple tabIndex={-1} onChange={onUpload} data-gallery-upload={name} />
            </VisuallyHidden>
            <Typography variant="pi" textColor="neutral600">
              {t('gallery.input.count', '{count} of at most {max} images', { count: items.length, max: maxItems })}
            </Typography>
          </Flex>
          <Field.Hint />
          <Field.Error />
        </Flex>
        {pickerOpen && MediaLibraryDialog ? (
          <MediaLibraryDialog
            allowedTypes={['images']}
            multiple
            onClose={() => setPickerOpen(false)}
            onSelectAssets={(assets: UploadFileSummary[]) => {
              addAssets(assets);
              setPickerOpen(false);
            }}
          />
        ) : null}
      </Field.Root>
    );
  }
);
