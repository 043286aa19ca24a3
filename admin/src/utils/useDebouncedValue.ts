import * as React from 'react';

/** `value` once it has stopped changing for `ms`: a search waits for the editor to pause. */
export const useDebouncedValue = <Value>(value: Value, ms = 300) => {
  const [settled, setSettled] = React.useState(value);
  React.useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
};
