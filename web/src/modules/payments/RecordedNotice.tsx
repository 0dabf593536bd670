import { Button, Group, Notification, Portal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { newKey, type Payment, postIdempotent } from './paymentsApi';
import { setRecorded, useRecorded } from './recordedStore';

/** What the recorded payment did, in words: "Payment of $162.99 from Acme recorded, applied to INV-…". */
export function recordedText(t: ReturnType<typeof useT>, amount: string, p: Payment): string {
  const documents = p.allocations.map((a) => a.documentNumber).join(', ');
  const out = p.kind === 'vendor_payment' || p.kind === 'customer_refund';
  if (documents) {
    return t(out ? 'payments.done.appliedOut' : 'payments.done.applied', {
      amount,
      party: p.partyName,
      documents,
    });
  }
  if (p.kind === 'receipt') return t('payments.done.credit', { amount, party: p.partyName });
  if (p.kind === 'vendor_payment') return t('payments.done.advance', { amount, party: p.partyName });
  return t('payments.recorded', { number: p.number });
}

/** The toast after recording (see recordedStore.ts): shown on whatever payments page the user lands on. */
export function RecordedToast() {
  const payment = useRecorded();
  if (!payment) return null;
  return <RecordedNotice key={payment.id} payment={payment} onClose={() => setRecorded(null)} />;
}

/**
 * The notice after recording: what was recorded, a link to the payment, and Undo — which voids it (audited,
 * the documents reopen) and is offered only while voiding is allowed (posted, not sent to a bank in a run).
 */
export function RecordedNotice({ payment, onClose }: { payment: Payment; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const can = useCan();
  const qc = useQueryClient();
  const [undone, setUndone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [key] = useState(newKey);
  const undo = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = { date: payment.date, reason: t('payments.done.undoReason') };
      await postIdempotent(`/payments/${payment.id}/void`, body, key);
      setUndone(true);
      await qc.invalidateQueries({ queryKey: ['payments'] });
      await qc.invalidateQueries({ queryKey: ['list', '/payments'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const canUndo = !undone && payment.status === 'posted' && !payment.paymentRunId && can(PERM.paymentsManage);
  return (
    <Portal>
      <Notification
        color={undone ? 'gray' : 'teal'}
        role="status"
        onClose={onClose}
        withBorder
        style={{
          position: 'fixed',
          right: 16,
          bottom: 16,
          width: 'min(440px, calc(100vw - 32px))',
          zIndex: 400,
        }}
        data-testid="payment-recorded"
      >
        <Text size="sm">
          {undone
            ? t('payments.done.undone', { number: payment.number })
            : recordedText(t, fmt.money(payment.amount, payment.currency), payment)}
        </Text>
        <Group gap="sm" mt="xs">
          <Link
            to="/payments/$paymentId"
            params={{ paymentId: payment.id }}
            onClick={onClose}
            data-testid="payment-recorded-link"
          >
            {t('payments.done.open', { number: payment.number })}
          </Link>
          {canUndo && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={undo}
              loading={busy}
              data-testid="payment-undo"
            >
              {t('payments.done.undo')}
            </Button>
          )}
        </Group>
        {error !== null && <ErrorAlert error={error} />}
      </Notification>
    </Portal>
  );
}
