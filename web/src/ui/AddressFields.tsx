// An address laid out the way its country writes it: country first (it decides the rest), then the lines in that
// country's order — US-style "city, state ZIP" with a state picker, or the European "postal code city".
import { SimpleGrid, TextInput } from '@mantine/core';
import { useT } from '../i18n';
import { CountrySelect, UsStateSelect } from './pickers';

export interface AddressValue {
  street: string;
  additional: string;
  city: string;
  postalCode: string;
  region: string;
  country: string;
}

/** Countries that write the city before the postal code and have a state or province line. */
const CITY_FIRST = new Set(['US', 'CA', 'AU', 'GB', 'IE', 'NZ']);

export function AddressFields({
  value,
  onChange,
  readOnly,
  testIdPrefix = 'address',
}: {
  value: AddressValue;
  onChange: (key: keyof AddressValue, v: string) => void;
  readOnly?: boolean;
  testIdPrefix?: string;
}) {
  const t = useT();
  const country = value.country.toUpperCase();
  const text = (key: keyof AddressValue, label: string) => (
    <TextInput
      key={key}
      label={label}
      name={key}
      value={value[key]}
      readOnly={readOnly}
      onChange={(e) => onChange(key, e.currentTarget.value)}
      data-testid={`${testIdPrefix}-${key}`}
    />
  );
  const region =
    country === 'US' ? (
      <UsStateSelect
        key="region"
        value={value.region}
        onChange={(v) => onChange('region', v)}
        readOnly={readOnly}
        data-testid={`${testIdPrefix}-region`}
      />
    ) : (
      text('region', t('codes.region'))
    );
  const postal = text('postalCode', country === 'US' ? t('codes.zip') : t('codes.postalCode'));
  const city = text('city', t('codes.city'));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      <CountrySelect
        value={value.country}
        onChange={(v) => onChange('country', v)}
        readOnly={readOnly}
        clearable={!readOnly}
        data-testid={`${testIdPrefix}-country`}
      />
      {text('street', t('codes.street'))}
      {text('additional', t('codes.additional'))}
      {CITY_FIRST.has(country) ? [city, region, postal] : [postal, city, region]}
    </SimpleGrid>
  );
}
