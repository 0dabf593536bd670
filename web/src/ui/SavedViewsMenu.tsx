import { ActionIcon, Button, Checkbox, Group, Menu, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import type { ApiResponse } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { useT } from '../i18n';
import type { ListParams } from './useListParams';

type SavedView = ApiResponse<'/views'>['items'][number];

/**
 * The person's saved views of one list (`/views?list=…`): apply one, save the current filters and sort under a
 * name (optionally as the default, which opens when the list is opened with no parameters), delete one.
 */
export function SavedViewsMenu({
  listKey,
  params,
  apply,
}: {
  listKey: string;
  params: ListParams;
  apply: (params: ListParams) => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const key = ['views', listKey];
  const views = useQuery({
    queryKey: key,
    queryFn: () => api.get<ApiResponse<'/views'>>('/views', { list: listKey }).then((r) => r.items),
  });
  const [saving, setSaving] = useState(false);
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/views/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  useOpenDefault(views.data, params, apply);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" data-testid="views-menu">
            {t('list.views')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown data-testid="views-dropdown">
          {(views.data ?? []).length === 0 && <Menu.Label>{t('list.views.none')}</Menu.Label>}
          {(views.data ?? []).map((v) => (
            <Group key={v.id} gap={0} wrap="nowrap">
              <Menu.Item
                onClick={() => apply(v.params)}
                data-testid="view-apply"
                fw={v.isDefault ? 700 : undefined}
              >
                {v.name}
              </Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('list.views.delete', { name: v.name })}
                onClick={() => remove.mutate(v.id)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={() => setSaving(true)} data-testid="view-save">
            {t('list.views.save')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SaveViewModal
        opened={saving}
        onClose={() => setSaving(false)}
        listKey={listKey}
        params={params}
        onSaved={() => qc.invalidateQueries({ queryKey: key })}
      />
    </>
  );
}

/** A list opened with no parameters shows the person's default view, once. */
function useOpenDefault(views: SavedView[] | undefined, params: ListParams, apply: (p: ListParams) => void) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !views) return;
    done.current = true;
    const fallback = views.find((v) => v.isDefault);
    if (fallback && Object.keys(params).length === 0) apply(fallback.params);
  }, [views, params, apply]);
}

function SaveViewModal({
  opened,
  onClose,
  listKey,
  params,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  listKey: string;
  params: ListParams;
  onSaved: () => void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [isDefault, setDefault] = useState(false);
  const save = useMutation({
    mutationFn: () => api.post('/views', { list: listKey, name, params, isDefault }),
    onSuccess: () => {
      onSaved();
      setName('');
      onClose();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('list.views.save')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          {save.error && <ErrorAlert error={save.error} />}
          <TextInput
            label={t('list.views.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={100}
            data-autofocus
            data-testid="view-name"
          />
          <Checkbox
            label={t('list.views.default')}
            checked={isDefault}
            onChange={(e) => setDefault(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="view-save-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
