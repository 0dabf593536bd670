import { Anchor, Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, downloadFile, uploadRaw } from '../api';
import type { ApiResponse } from '../api/types';
import { useFormat, useT } from '../i18n';
import { ErrorAlert } from './ErrorAlert';

/**
 * The attachments of one record. The server decides who may add and remove (the record's own permissions and
 * whether it is posted or closed); `version` (the record's status) refreshes that answer when it changes.
 */
export function AttachmentsCard({
  entityType,
  entityId,
  version,
}: {
  entityType: string;
  entityId: string;
  version?: string;
}) {
  const t = useT();
  const f = useFormat();
  const qc = useQueryClient();
  const key = ['files', entityType, entityId, version ?? ''];
  const list = useQuery({
    queryKey: key,
    queryFn: () => api.get<ApiResponse<'/files'>>('/files', { entityType, entityId }),
  });
  const [problem, setProblem] = useState<unknown>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['files', entityType, entityId] });
  const upload = useMutation({
    mutationFn: (file: File) => uploadRaw('/files', { entityType, entityId, name: file.name }, file),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/files/${id}`),
    onSuccess: refresh,
  });
  const size = (n: number) =>
    n >= 1024 * 1024
      ? `${f.number(n / (1024 * 1024), { maximumFractionDigits: 1 })} MB`
      : `${f.number(Math.max(1, Math.round(n / 1024)))} kB`;
  const data = list.data;
  return (
    <Card withBorder padding="lg" mt="md" data-testid="attachments">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('files.title')}
        </Title>
        {data?.canUpload && (
          <FileButton
            onChange={(file) => file && upload.mutate(file)}
            accept="application/pdf,image/png,image/jpeg,text/csv,text/plain,.csv,.txt,.xlsx"
          >
            {(props) => (
              <Button {...props} size="xs" loading={upload.isPending} data-testid="attach-file">
                {t('files.upload')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {list.error && <ErrorAlert error={list.error} />}
      {upload.error && <ErrorAlert error={upload.error} />}
      {remove.error && <ErrorAlert error={remove.error} />}
      {Boolean(problem) && <ErrorAlert error={problem} />}
      {data?.canUpload && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('files.accepted')}
        </Text>
      )}
      {data && data.items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('files.none')}
        </Text>
      )}
      <Stack gap={6} data-testid="attachment-list">
        {data?.items.map((file) => (
          <Group key={file.id} justify="space-between" wrap="nowrap" data-testid={`attachment-${file.id}`}>
            <Stack gap={0}>
              <Anchor
                component="button"
                type="button"
                onClick={() => {
                  setProblem(null);
                  downloadFile(`/files/${file.id}/content`, file.name).catch(setProblem);
                }}
                title={t('files.download')}
              >
                {file.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('files.by', {
                  size: size(file.size),
                  who: file.uploadedBy ?? '—',
                  when: f.dateTime(file.createdAt),
                })}
              </Text>
            </Stack>
            {data.canDelete && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                loading={remove.isPending && remove.variables === file.id}
                onClick={() =>
                  window.confirm(t('files.confirmDelete', { name: file.name })) && remove.mutate(file.id)
                }
                data-testid={`remove-${file.id}`}
              >
                {t('files.delete')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      {data?.canUpload && !data.canDelete && data.items.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('files.final')}
        </Text>
      )}
    </Card>
  );
}
