import {
  Badge,
  Button,
  Card,
  Checkbox,
  FileButton,
  Grid,
  Group,
  Image,
  NativeSelect,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api, apiUrl, type Page, uploadRaw } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { useVendorsAndCodes } from './BillEditorPage';
import { DuplicateDialog, duplicatesOf } from './DuplicateDialog';
import {
  type Bill,
  type Capture,
  confidenceColor,
  type DuplicateCandidate,
  type Proposal,
} from './purchasingApi';

/**
 * The review inbox: upload a bill (PDF or photo), the capture job reads it, and the document is shown beside
 * the proposed bill, each field marked by how sure the reading is (green sure, yellow likely, red check it).
 */
export function CaptureInboxPage() {
  const t = useT();
  const f = useFormat();
  const can = useCan();
  const qc = useQueryClient();
  const [selected, setSelected] = useState<string | null>(null);
  const inbox = useQuery({
    queryKey: ['captures'],
    queryFn: () => api.get<Page<Capture>>('/purchasing/captures'),
    refetchInterval: (q) =>
      q.state.data?.items.some((c) => c.status === 'queued' || c.status === 'reading') ? 1000 : false,
  });
  const items = inbox.data?.items ?? [];
  useEffect(() => {
    if (!selected && items[0]) setSelected(items[0].id);
  }, [items, selected]);
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const cap = await api.post<Capture>('/purchasing/captures', { fileName: file.name });
      await uploadRaw(
        '/files',
        { entityType: 'purchasing_capture', entityId: cap.id, name: file.name },
        file,
      );
      return api.post<Capture>(`/purchasing/captures/${cap.id}/read`, {});
    },
    onSuccess: (cap) => {
      setSelected(cap.id);
      qc.invalidateQueries({ queryKey: ['captures'] });
    },
  });
  const current = items.find((c) => c.id === selected) ?? null;
  return (
    <>
      <PageTitle
        title={t('purchasing.inbox.title')}
        description={t('purchasing.inbox.subtitle')}
        actions={
          can(PERM.purchasingManage) && (
            <FileButton
              onChange={(file) => file && upload.mutate(file)}
              accept="application/pdf,image/png,image/jpeg"
            >
              {(props) => (
                <Button {...props} loading={upload.isPending} data-testid="capture-upload">
                  {t('purchasing.inbox.upload')}
                </Button>
              )}
            </FileButton>
          )
        }
      />
      {upload.error && <ErrorAlert error={upload.error} />}
      {inbox.error && <ErrorAlert error={inbox.error} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stack gap="xs" data-testid="capture-list">
            {items.length === 0 && <Text c="dimmed">{t('purchasing.inbox.empty')}</Text>}
            {items.map((c) => (
              <Card
                key={c.id}
                withBorder
                padding="xs"
                onClick={() => setSelected(c.id)}
                style={{
                  cursor: 'pointer',
                  borderColor: c.id === selected ? 'var(--mantine-color-blue-5)' : undefined,
                }}
                data-testid="capture-item"
              >
                <Text size="sm" fw={500} truncate>
                  {(c.proposal as Proposal).vendorName ?? c.fileName}
                </Text>
                <Group gap={4}>
                  <Badge
                    size="xs"
                    variant="light"
                    color={c.status === 'failed' ? 'red' : c.status === 'ready' ? 'teal' : 'gray'}
                  >
                    {t(`purchasing.capture.${c.status}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {f.dateTime(c.createdAt)}
                  </Text>
                </Group>
              </Card>
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {current && <Review key={`${current.id}-${current.status}`} capture={current} />}
        </Grid.Col>
      </Grid>
    </>
  );
}

function Field({
  label,
  value,
  confidence,
  source,
  children,
}: {
  label: string;
  value?: string | null;
  confidence?: number;
  source?: string;
  children: React.ReactNode;
}) {
  const t = useT();
  const color = confidenceColor(value ? confidence : undefined);
  return (
    <Stack gap={2}>
      {children}
      <Tooltip label={source ?? t('purchasing.inbox.notRead')} multiline maw={360}>
        <Badge size="xs" variant="dot" color={color} data-testid={`confidence-${label}`} data-level={color}>
          {value ? `${Math.round((confidence ?? 0) * 100)} %` : t('purchasing.inbox.notRead')}
        </Badge>
      </Tooltip>
    </Stack>
  );
}

function Review({ capture }: { capture: Capture }) {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { vendors, codes, accounts } = useVendorsAndCodes();
  const p = capture.proposal as Proposal;
  const fields = capture.fields;
  const [vendorId, setVendorId] = useState<string | null>(p.vendorId ?? null);
  const [createVendor, setCreateVendor] = useState(false);
  const [number, setNumber] = useState(p.vendorInvoiceNumber ?? '');
  const [issueDate, setIssueDate] = useState(p.issueDate ?? '');
  const [dueDate, setDueDate] = useState(p.dueDate ?? '');
  const [currency, setCurrency] = useState(p.currency ?? '');
  const [amount, setAmount] = useState(p.net ?? p.total ?? '');
  const [inclusive, setInclusive] = useState(p.pricesIncludeTax ?? false);
  const [accountId, setAccountId] = useState(p.accountId ?? '');
  const [taxCode, setTaxCode] = useState(p.taxCode ?? '');
  const [dups, setDups] = useState<DuplicateCandidate[] | null>(null);
  const convert = useMutation({
    mutationFn: (confirmDuplicate: boolean) =>
      api.post<Bill>(`/purchasing/captures/${capture.id}/convert`, {
        ...(vendorId ? { vendorId } : { createVendor }),
        vendorInvoiceNumber: number,
        issueDate,
        dueDate: dueDate || null,
        currency: currency || undefined,
        pricesIncludeTax: inclusive,
        lines: [{ description: p.vendorName ?? '', accountId, taxCode, quantity: '1', unitPrice: amount }],
        ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
      }),
    onSuccess: (bill) => {
      qc.invalidateQueries({ queryKey: ['captures'] });
      navigate({ to: '/purchasing/bills/$billId', params: { billId: bill.id } });
    },
    onError: (e) => setDups(duplicatesOf(e)),
  });
  const dismiss = useMutation({
    mutationFn: () => api.post(`/purchasing/captures/${capture.id}/dismiss`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['captures'] }),
  });
  const src = capture.fileId ? apiUrl(`/files/${capture.fileId}/content`) : null;
  const c = p.confidence ?? {};
  return (
    <Grid data-testid="capture-review">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Card withBorder data-testid="capture-document">
          <Text size="sm" c="dimmed" mb="xs">
            {capture.fileName} ·{' '}
            {capture.method
              ? t(`purchasing.method.${capture.method}`)
              : t(`purchasing.capture.${capture.status}`)}
            {capture.ocrConfidence !== null && ` · OCR ${capture.ocrConfidence} %`}
          </Text>
          {src && capture.contentType?.startsWith('image/') && (
            <Image src={src} alt={capture.fileName} fit="contain" mah={640} />
          )}
          {capture.contentType === 'application/pdf' && (
            <ScrollArea h={560}>
              <Text component="pre" ff="monospace" size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                {capture.text}
              </Text>
            </ScrollArea>
          )}
          {capture.error && <Text c="red">{capture.error}</Text>}
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        {capture.status === 'ready' ? (
          <Card withBorder data-testid="capture-proposal">
            <Stack gap="sm">
              <Field
                label="vendor"
                value={vendorId ? 'x' : p.vendorName}
                confidence={c.vendorId ?? c.vendorName}
                source={fields.vendorVatId?.source ?? fields.vendorName?.source}
              >
                <Select
                  label={t('purchasing.field.vendor')}
                  data={vendors.map((v) => ({ value: v.id, label: v.legalName }))}
                  value={vendorId}
                  onChange={setVendorId}
                  searchable
                  clearable
                  data-testid="capture-vendor"
                />
              </Field>
              {!vendorId && p.vendorName && (
                <Checkbox
                  label={t('purchasing.inbox.createVendor', {
                    name: p.vendorName,
                    vat: p.vendorVatId ?? '—',
                  })}
                  checked={createVendor}
                  onChange={(e) => setCreateVendor(e.currentTarget.checked)}
                  data-testid="capture-create-vendor"
                />
              )}
              <Group grow align="flex-start">
                <Field
                  label="number"
                  value={number}
                  confidence={c.invoiceNumber}
                  source={fields.invoiceNumber?.source}
                >
                  <TextInput
                    label={t('purchasing.field.number')}
                    value={number}
                    onChange={(e) => setNumber(e.currentTarget.value)}
                    data-testid="capture-number"
                  />
                </Field>
                <Field
                  label="currency"
                  value={currency}
                  confidence={c.currency}
                  source={fields.currency?.source}
                >
                  <TextInput
                    label={t('purchasing.field.currency')}
                    value={currency}
                    maxLength={3}
                    onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
                  />
                </Field>
              </Group>
              <Group grow align="flex-start">
                <Field
                  label="issueDate"
                  value={issueDate}
                  confidence={c.issueDate}
                  source={fields.issueDate?.source}
                >
                  <TextInput
                    label={t('purchasing.field.issueDate')}
                    type="date"
                    value={issueDate}
                    onChange={(e) => setIssueDate(e.currentTarget.value)}
                  />
                </Field>
                <Field label="dueDate" value={dueDate} confidence={c.dueDate} source={fields.dueDate?.source}>
                  <TextInput
                    label={t('purchasing.field.dueDate')}
                    type="date"
                    value={dueDate}
                    onChange={(e) => setDueDate(e.currentTarget.value)}
                  />
                </Field>
              </Group>
              <Group grow align="flex-start">
                <Field
                  label="amount"
                  value={amount}
                  confidence={inclusive ? c.grossTotal : c.netTotal}
                  source={(inclusive ? fields.grossTotal : fields.netTotal)?.source}
                >
                  <TextInput
                    label={inclusive ? t('purchasing.totals.total') : t('purchasing.totals.net')}
                    value={amount}
                    onChange={(e) => setAmount(e.currentTarget.value)}
                    styles={{ input: { textAlign: 'right' } }}
                    data-testid="capture-amount"
                  />
                </Field>
                <Field
                  label="total"
                  value={p.total}
                  confidence={c.grossTotal}
                  source={fields.grossTotal?.source}
                >
                  <TextInput
                    label={t('purchasing.inbox.readTotal')}
                    value={`${p.total ?? '—'} (${t('purchasing.totals.tax')} ${p.tax ?? '—'}, ${p.taxRate ?? '—'} %)`}
                    readOnly
                  />
                </Field>
              </Group>
              <Checkbox
                label={t('purchasing.field.pricesIncludeTax')}
                checked={inclusive}
                onChange={(e) => setInclusive(e.currentTarget.checked)}
              />
              <Group grow align="flex-start">
                <Field
                  label="account"
                  value={accountId}
                  confidence={c.accountId}
                  source={p.learnedFrom ? t(`purchasing.learned.${p.learnedFrom}`) : undefined}
                >
                  <NativeSelect
                    label={t('purchasing.line.account')}
                    value={accountId}
                    data={[
                      { value: '', label: '—' },
                      ...accounts
                        .filter((a) => a.active && (a.type === 'expense' || a.type === 'asset'))
                        .map((a) => ({ value: a.id, label: `${a.code} ${a.name}` })),
                    ]}
                    onChange={(e) => setAccountId(e.currentTarget.value)}
                    data-testid="capture-account"
                  />
                </Field>
                <Field
                  label="taxCode"
                  value={taxCode}
                  confidence={c.taxCode}
                  source={p.learnedFrom ? t(`purchasing.learned.${p.learnedFrom}`) : undefined}
                >
                  <NativeSelect
                    label={t('purchasing.line.taxCode')}
                    value={taxCode}
                    data={[
                      { value: '', label: '—' },
                      ...codes.map((x) => ({ value: x.code, label: `${x.code} (${x.rate} %)` })),
                    ]}
                    onChange={(e) => setTaxCode(e.currentTarget.value)}
                    data-testid="capture-tax"
                  />
                </Field>
              </Group>
              {convert.error && !dups && <ErrorAlert error={convert.error} />}
              <Group>
                <Button
                  onClick={() => convert.mutate(false)}
                  loading={convert.isPending}
                  data-testid="capture-convert"
                >
                  {t('purchasing.inbox.convert')}
                </Button>
                <Button variant="subtle" color="gray" onClick={() => dismiss.mutate()}>
                  {t('purchasing.inbox.dismiss')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ) : (
          <Card withBorder>
            <Text>{t(`purchasing.capture.${capture.status}`)}</Text>
            {capture.status === 'failed' && (
              <Button mt="sm" variant="subtle" color="gray" onClick={() => dismiss.mutate()}>
                {t('purchasing.inbox.dismiss')}
              </Button>
            )}
          </Card>
        )}
      </Grid.Col>
      <DuplicateDialog
        candidates={dups}
        saving={convert.isPending}
        onCancel={() => setDups(null)}
        onConfirm={() => convert.mutate(true)}
      />
    </Grid>
  );
}
