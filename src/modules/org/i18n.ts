import { defineCatalog } from '../../platform/i18n/index.ts';

/**
 * The org module's words: the invitation and password-reset e-mails in the recipient's language (an existing
 * user's `locale`, else the inviting company's), and the module's error messages.
 */
export const orgText = defineCatalog('org', {
  en: {
    'mail.invite.subject': 'You are invited to {company} on Steward',
    'mail.invite.body':
      '{inviter} invited you to join {company} on Steward as {role}.\n\n{how}\n\nThe invitation expires in {days, plural, one {# day} other {# days}}.',
    'mail.invite.howExisting':
      'Sign in to Steward as {email} and accept it under your invitations, or open: {link}',
    'mail.invite.howNew': 'Accept the invitation: {link}',
    'mail.reset.subject': 'Set a new Steward password',
    'mail.reset.body':
      '{actor} asked for a new password for your Steward account.\n\nSet it here: {link}\n\nThe link works once, for 24 hours. If you did not expect this, ignore this mail: your password stays as it is.',
    'error.alreadyMember': '{email} is already a member of this company.',
  },
  cs: {
    'mail.invite.subject': 'Pozvánka do {company} ve Stewardu',
    'mail.invite.body':
      '{inviter} vás zve do {company} ve Stewardu s rolí {role}.\n\n{how}\n\nPozvánka vyprší za {days, plural, one {# den} few {# dny} other {# dní}}.',
    'mail.invite.howExisting':
      'Přihlaste se do Stewardu jako {email} a přijměte ji v pozvánkách, nebo otevřete: {link}',
    'mail.invite.howNew': 'Přijměte pozvánku: {link}',
    'mail.reset.subject': 'Nastavte si nové heslo do Stewardu',
    'mail.reset.body':
      '{actor} požádal(a) o nové heslo k vašemu účtu ve Stewardu.\n\nNastavte si ho zde: {link}\n\nOdkaz funguje jednou, po dobu 24 hodin. Pokud jste to nečekali, e-mail ignorujte: vaše heslo zůstává beze změny.',
    'error.alreadyMember': '{email} už je členem této společnosti.',
  },
  es: {
    'mail.invite.subject': 'Le invitan a {company} en Steward',
    'mail.invite.body':
      '{inviter} le ha invitado a unirse a {company} en Steward como {role}.\n\n{how}\n\nLa invitación caduca en {days, plural, one {# día} other {# días}}.',
    'mail.invite.howExisting':
      'Inicie sesión en Steward como {email} y acéptela en sus invitaciones, o abra: {link}',
    'mail.invite.howNew': 'Acepte la invitación: {link}',
    'mail.reset.subject': 'Establezca una nueva contraseña de Steward',
    'mail.reset.body':
      '{actor} ha pedido una nueva contraseña para su cuenta de Steward.\n\nEstablézcala aquí: {link}\n\nEl enlace funciona una vez, durante 24 horas. Si no lo esperaba, ignore este correo: su contraseña sigue igual.',
    'error.alreadyMember': '{email} ya es miembro de esta empresa.',
  },
});
