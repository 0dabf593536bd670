import { defineCatalog } from '../i18n/index.ts';

/** The password rules' error messages, in the request's language. */
export const authText = defineCatalog('auth', {
  en: {
    'error.passwordShort': 'Choose a password of at least {min} characters.',
    'error.passwordLong': 'Passwords are at most 200 characters.',
  },
  cs: {
    'error.passwordShort': 'Zvolte heslo o délce alespoň {min} znaků.',
    'error.passwordLong': 'Heslo může mít nejvýše 200 znaků.',
  },
  es: {
    'error.passwordShort': 'Elija una contraseña de al menos {min} caracteres.',
    'error.passwordLong': 'Las contraseñas tienen como máximo 200 caracteres.',
  },
});
