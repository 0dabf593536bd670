import { Button, Center } from '@mantine/core';
import { useT } from '../i18n';

export function LoadMore({
  hasMore,
  loading,
  onClick,
}: {
  hasMore: boolean;
  loading: boolean;
  onClick: () => void;
}) {
  const t = useT();
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" onClick={onClick} loading={loading} data-testid="load-more">
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
