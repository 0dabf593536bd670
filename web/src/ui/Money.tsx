import { Text } from '@mantine/core';
import { useFormat } from '../i18n';

/** A decimal string as money in the user's locale; '' or null as an empty cell. */
export function Money({
  amount,
  currency,
  strong,
}: {
  amount: string | null;
  currency: string;
  strong?: boolean;
}) {
  const f = useFormat();
  if (!amount) return null;
  return (
    <Text
      span
      size="sm"
      fw={strong ? 700 : undefined}
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
    >
      {f.money(amount, currency)}
    </Text>
  );
}

/** Right-aligned numeric table cell styles. */
export const num = { textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
