import { Button, Group, List, Modal, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { isApiError } from '../../api';
import { useFormat, useT } from '../../i18n';
import type { DuplicateCandidate } from './purchasingApi';

/** The candidates of a 409 possible_duplicate answer, or null for any other error. */
export function duplicatesOf(error: unknown): DuplicateCandidate[] | null {
  if (!isApiError(error, 'conflict')) return null;
  const d = error.details as { reason?: string; candidates?: DuplicateCandidate[] } | null;
  return d?.reason === 'possible_duplicate' ? (d.candidates ?? []) : null;
}

/** Warns that the bill may already be entered; saving anyway resends with confirmDuplicate. */
export function DuplicateDialog({
  candidates,
  onCancel,
  onConfirm,
  saving,
}: {
  candidates: DuplicateCandidate[] | null;
  onCancel: () => void;
  onConfirm: () => void;
  saving: boolean;
}) {
  const t = useT();
  const f = useFormat();
  return (
    <Modal
      opened={!!candidates}
      onClose={onCancel}
      title={t('purchasing.duplicate.title')}
      data-testid="duplicate-dialog"
    >
      <Text mb="sm">{t('purchasing.duplicate.body')}</Text>
      <List mb="md">
        {(candidates ?? []).map((c) => (
          <List.Item key={c.id}>
            <Link to="/purchasing/bills/$billId" params={{ billId: c.id }} target="_blank">
              {c.vendorInvoiceNumber}
            </Link>{' '}
            — {f.date(c.issueDate)}, {c.total} · {t(`purchasing.duplicate.${c.reason}`)} ·{' '}
            {t(`purchasing.status.${c.status}`)}
          </List.Item>
        ))}
      </List>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="orange" onClick={onConfirm} loading={saving} data-testid="duplicate-confirm">
          {t('purchasing.duplicate.saveAnyway')}
        </Button>
      </Group>
    </Modal>
  );
}
