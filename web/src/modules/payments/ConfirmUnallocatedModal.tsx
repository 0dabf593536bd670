import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';

/**
 * Asked before a receipt or vendor payment leaves money unallocated: it names what will happen to the money
 * (kept as the customer's credit, or as an advance to the vendor). The server refuses it without this.
 */
export function ConfirmUnallocatedModal(props: {
  advance: boolean;
  amount: string;
  party: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const key = props.advance ? 'payments.confirm.advance' : 'payments.confirm.credit';
  return (
    <Modal opened onClose={props.onClose} title={t('payments.confirm.title')}>
      <Stack>
        <Text data-testid="payment-confirm-text">{t(key, { amount: props.amount, party: props.party })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-testid="payment-confirm-back">
            {t('payments.confirm.back')}
          </Button>
          <Button color="orange" onClick={props.onConfirm} data-testid="payment-confirm-submit">
            {t('payments.confirm.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
