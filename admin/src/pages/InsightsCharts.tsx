import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from 'styled-components';

/** recharts lives in this module only, loaded when the Insights view opens. */
export const CountChart = ({ data, x, label }: { data: Array<Record<string, string | number>>; x: string; label: string }) => {
  const theme = useTheme() as unknown as { colors: Record<string, string> };
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={data} aria-label={label}>
        <CartesianGrid strokeDasharray="3 3" stroke={theme.colors.neutral200} />
        <XAxis dataKey={x} stroke={theme.colors.neutral600} />
        <YAxis allowDecimals={false} stroke={theme.colors.neutral600} />
        <Tooltip />
        <Bar dataKey="count" fill={theme.colors.primary600} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
};

export default CountChart;
