import { PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n';

export interface NewPassword {
  password: string;
  setPassword: (value: string) => void;
  repeat: string;
  setRepeat: (value: string) => void;
  /** The repeat was typed and differs: the form must not submit. */
  mismatch: boolean;
  clear: () => void;
}

/** State of a "new password + repeat" pair, shared by the invitation, reset and change-password forms. */
export function useNewPassword(): NewPassword {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  return {
    password,
    setPassword,
    repeat,
    setRepeat,
    mismatch: repeat.length > 0 && repeat !== password,
    clear: () => {
      setPassword('');
      setRepeat('');
    },
  };
}

/** The new password (with the strength rules) and its repeat, which says when it differs. */
export function NewPasswordFields({ state, autoFocus }: { state: NewPassword; autoFocus?: boolean }) {
  const t = useT();
  return (
    <>
      <PasswordInput
        label={t('field.newPassword')}
        description={t('password.rules')}
        required
        autoFocus={autoFocus}
        autoComplete="new-password"
        value={state.password}
        onChange={(e) => state.setPassword(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('field.repeatPassword')}
        required
        autoComplete="new-password"
        value={state.repeat}
        error={state.mismatch ? t('password.mismatch') : undefined}
        onChange={(e) => state.setRepeat(e.currentTarget.value)}
      />
    </>
  );
}
