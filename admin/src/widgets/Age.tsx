import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

const UNITS = [
  { unit: 'year', seconds: 365 * 86_400 },
  { unit: 'month', seconds: 30 * 86_400 },
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
] as const;

/** How long ago `date` was, in its largest whole unit ("3 days ago"), the exact time on hover. */
export const Age = ({ date }: { date: string }) => {
  const { formatRelativeTime, formatDate } = useIntl();
  const elapsed = Math.max(0, (Date.now() - new Date(date).getTime()) / 1000);
  const { unit, seconds } = UNITS.find((candidate) => elapsed >= candidate.seconds) ?? UNITS[UNITS.length - 1];
  return (
    <Typography tag="time" variant="pi" textColor="neutral600" dateTime={date} title={formatDate(date, { dateStyle: 'medium', timeStyle: 'short' })} style={{ whiteSpace: 'nowrap' }}>
      {formatRelativeTime(-Math.floor(elapsed / seconds), unit, { numeric: 'auto' })}
    </Typography>
  );
};
