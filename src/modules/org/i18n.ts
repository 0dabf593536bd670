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
    'error.signInFirst': 'Sign in first.',
    'error.tokenSwitchCompany': 'API tokens belong to one company; send X-Company-Id instead.',
    'error.currentPasswordWrong': 'The current password is wrong.',
    'error.tokenCannotAccept': 'API tokens cannot accept invitations; sign in as the invited person instead.',
    'error.departmentOtherCompany': 'That department belongs to another company.',
    'error.tokenCannotCreateCompany':
      'API tokens belong to one company and cannot create companies; sign in instead.',
    'error.departmentMoveOwnersAdmins': 'Only owners and admins can move a department or change its code.',
    'error.createCompanyOwnersOnly':
      'Only owners of a company may create companies on this installation; ask an owner, or the operator (steward company create, or STEWARD_COMPANY_CREATORS=anyone).',
    'error.unknownCurrency': 'Unknown currency {currency}; use an ISO 4217 code such as EUR.',
    'error.companyChanged': 'The company changed while saving; try again.',
    'error.noCompanyYet':
      'There is no company yet: run `steward company create --name N --currency ISO` first.',
    'error.severalCompanies': 'There are several companies; choose one with --company ({companies}).',
    'error.managerNotMember': 'The manager must be an active member of the company.',
    'error.parentMissing': 'The parent department does not exist in this company.',
    'error.departmentCycle': 'A department cannot be placed under itself or one of its sub-departments.',
    'error.departmentCodeTaken': 'A department with the code {code} already exists.',
    'error.departmentHasChildren': 'This department has sub-departments; move or delete them first.',
    'error.departmentMemberOutsider': 'Only people of this company can join its departments.',
    'error.departmentsMissing': 'Some departments do not exist in this company.',
    'error.invitationInvalid': 'Invitation (the link is invalid, used, revoked or expired) was not found.',
    'error.hasAccountSignIn':
      '{email} already has a Steward account: sign in as {email} (password and two-factor code as usual), then accept the invitation.',
    'error.invitationOtherEmail':
      'This invitation is for another e-mail address; sign out and sign in as the invited person to accept it.',
    'error.userEmailTaken': 'A user with the e-mail {email} already exists.',
    'error.alreadyMemberPerson': 'This person is already a member of the company.',
    'error.ownerRoleOwnersOnly': 'Only an owner can give or take away the owner role.',
    'error.lastOwner': 'The company needs at least one active owner; make someone else owner first.',
    'error.reportsToSelf': 'A person cannot report to themselves.',
    'error.deactivateSelf': 'You cannot deactivate yourself.',
    'error.deactivateOwnerOwnersOnly': 'Only an owner can deactivate or reactivate an owner.',
    'error.needsOwner': 'The company needs at least one active owner.',
    'error.unknownRole': 'Unknown role {role}; use owner, admin, manager, assistant or auditor.',
    'error.resetOwnersOnly':
      'Only an owner may fetch a reset link. Mail is not configured, so the link cannot be sent to the person; configure mail (SMTP_URL), or ask the operator to run `steward user reset-password EMAIL` on the server.',
    'error.resetOtherOwner':
      'A reset link for another owner is never shown. Mail is not configured, so the link cannot be sent to the person; configure mail (SMTP_URL), or ask the operator to run `steward user reset-password EMAIL` on the server.',
    'error.resetOtherCompany':
      'This person also belongs to a company where you are not an owner, and a password opens all of them. Mail is not configured, so the link cannot be sent to the person; configure mail (SMTP_URL), or ask the operator to run `steward user reset-password EMAIL` on the server.',
    'error.resetLinkInvalid': 'This reset link is invalid, used or expired; ask for a new one.',
    'error.noRole': 'There is no role {role} in this company; GET /roles lists them.',
    'error.unknownPermission': 'There is no permission {permission}; GET /roles lists the permissions.',
    'error.permissionTwice': 'Permission {permission} is listed twice.',
    'error.permissionCompanyReach':
      '{permission} is decided for the whole company; give it the reach "company".',
    'error.permissionsBeyondOwn':
      'You cannot give a role permissions you do not hold yourself: {permissions}. Ask an owner.',
    'error.builtInRoleFixed':
      'The built-in role {role} cannot be changed or deleted; create a role of your own instead.',
    'error.roleNameBuiltIn': '"{name}" is the name of a built-in role; choose another name.',
    'error.roleNameTaken': 'A role named "{name}" already exists; choose another name or change that role.',
    'error.invitationRoleGone':
      'The role this invitation gives no longer exists in {company}; ask for a new invitation.',
    'error.roleInvited':
      'Pending invitations ({count}) give the role "{name}"; revoke them on the Invitations page first.',
    'error.roleInUse':
      '{count, plural, one {# person (active or not) has} other {# people (active or not) have}} the role "{name}"; give them another role first.',
    'error.memberNotFound': 'That person is not a member of this company.',
    'error.signInWrong': 'The e-mail or password is wrong, or the account is not active.',
    'error.totpRequired': 'Enter the 6-digit code from your authenticator app.',
    'error.totpWrongSignIn':
      'The authenticator code is wrong, expired or already used; wait for the next code and try again.',
    'error.notMemberOfThat': 'You are not an active member of that company.',
    'error.tokenExpiryPast': 'expiresAt must be a date in the future.',
    'error.tokenMembersOnly': 'Tokens can only be made for active members of the company.',
    'error.setupDone': 'Steward is already set up; sign in instead.',
    'error.setupTokenWrong': 'The setup token is wrong: copy it from the console where Steward was started.',
    'error.tooManySignIns':
      'Too many failed sign-ins. Wait {minutes, plural, one {# minute} other {# minutes}} and try again, or ask an owner for a password reset.',
    'error.totpAlreadyOn': 'Two-factor sign-in is already on; turn it off first to set up a new device.',
    'error.totpCodeWrong': 'The code is wrong, expired or already used; wait for the next one and try it.',
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
    'error.signInFirst': 'Nejprve se přihlaste.',
    'error.tokenSwitchCompany':
      'API token patří jedné společnosti; pošlete místo toho hlavičku X-Company-Id.',
    'error.currentPasswordWrong': 'Současné heslo není správné.',
    'error.tokenCannotAccept':
      'API tokenem nelze přijmout pozvánku; přihlaste se místo toho jako pozvaná osoba.',
    'error.departmentOtherCompany': 'Toto oddělení patří jiné společnosti.',
    'error.tokenCannotCreateCompany':
      'API token patří jedné společnosti a nemůže zakládat společnosti; místo toho se přihlaste.',
    'error.departmentMoveOwnersAdmins':
      'Oddělení může přesunout nebo změnit jeho kód jen vlastník nebo správce.',
    'error.createCompanyOwnersOnly':
      'V této instalaci mohou zakládat společnosti jen vlastníci některé společnosti; požádejte vlastníka, nebo správce serveru (steward company create, nebo STEWARD_COMPANY_CREATORS=anyone).',
    'error.unknownCurrency': 'Neznámá měna {currency}; použijte kód ISO 4217, například CZK nebo EUR.',
    'error.companyChanged': 'Společnost se během ukládání změnila; zkuste to znovu.',
    'error.noCompanyYet':
      'Zatím neexistuje žádná společnost: nejprve spusťte `steward company create --name N --currency ISO`.',
    'error.severalCompanies': 'Společností je několik; vyberte jednu pomocí --company ({companies}).',
    'error.managerNotMember': 'Vedoucí musí být aktivním členem společnosti.',
    'error.parentMissing': 'Nadřazené oddělení v této společnosti neexistuje.',
    'error.departmentCycle': 'Oddělení nelze zařadit pod sebe samo ani pod některé ze svých pododdělení.',
    'error.departmentCodeTaken': 'Oddělení s kódem {code} už existuje.',
    'error.departmentHasChildren': 'Toto oddělení má pododdělení; nejprve je přesuňte nebo smažte.',
    'error.departmentMemberOutsider': 'Do oddělení této společnosti mohou patřit jen její lidé.',
    'error.departmentsMissing': 'Některá oddělení v této společnosti neexistují.',
    'error.invitationInvalid':
      'Pozvánka nebyla nalezena (odkaz je neplatný, už použitý, zrušený nebo vypršel).',
    'error.hasAccountSignIn':
      '{email} už má účet ve Stewardu: přihlaste se jako {email} (heslem a dvoufázovým kódem jako obvykle) a pak pozvánku přijměte.',
    'error.invitationOtherEmail':
      'Tato pozvánka je pro jinou e-mailovou adresu; odhlaste se a přihlaste se jako pozvaná osoba, abyste ji mohli přijmout.',
    'error.userEmailTaken': 'Uživatel s e-mailem {email} už existuje.',
    'error.alreadyMemberPerson': 'Tato osoba už je členem společnosti.',
    'error.ownerRoleOwnersOnly': 'Roli vlastníka může udělit nebo odebrat jen vlastník.',
    'error.lastOwner':
      'Společnost potřebuje alespoň jednoho aktivního vlastníka; nejprve udělejte vlastníkem někoho jiného.',
    'error.reportsToSelf': 'Osoba nemůže být podřízená sama sobě.',
    'error.deactivateSelf': 'Nemůžete deaktivovat sami sebe.',
    'error.deactivateOwnerOwnersOnly': 'Vlastníka může deaktivovat nebo znovu aktivovat jen vlastník.',
    'error.needsOwner': 'Společnost potřebuje alespoň jednoho aktivního vlastníka.',
    'error.unknownRole': 'Neznámá role {role}; použijte owner, admin, manager, assistant nebo auditor.',
    'error.resetOwnersOnly':
      'Odkaz pro obnovu hesla může získat jen vlastník. Pošta není nastavená, takže odkaz nelze osobě poslat; nastavte poštu (SMTP_URL), nebo požádejte správce serveru, ať na serveru spustí `steward user reset-password EMAIL`.',
    'error.resetOtherOwner':
      'Odkaz pro obnovu hesla jiného vlastníka se nikdy nezobrazuje. Pošta není nastavená, takže odkaz nelze osobě poslat; nastavte poštu (SMTP_URL), nebo požádejte správce serveru, ať na serveru spustí `steward user reset-password EMAIL`.',
    'error.resetOtherCompany':
      'Tato osoba patří i do společnosti, kde nejste vlastníkem, a heslo otevírá všechny. Pošta není nastavená, takže odkaz nelze osobě poslat; nastavte poštu (SMTP_URL), nebo požádejte správce serveru, ať na serveru spustí `steward user reset-password EMAIL`.',
    'error.resetLinkInvalid':
      'Tento odkaz pro obnovu hesla je neplatný, už použitý nebo vypršel; požádejte o nový.',
    'error.noRole': 'V této společnosti není role {role}; seznam rolí vrací GET /roles.',
    'error.unknownPermission': 'Oprávnění {permission} neexistuje; seznam oprávnění vrací GET /roles.',
    'error.permissionTwice': 'Oprávnění {permission} je uvedeno dvakrát.',
    'error.permissionCompanyReach':
      '{permission} se rozhoduje za celou společnost; dejte mu rozsah "company".',
    'error.permissionsBeyondOwn':
      'Roli nemůžete dát oprávnění, která sami nemáte: {permissions}. Požádejte vlastníka.',
    'error.builtInRoleFixed':
      'Vestavěnou roli {role} nelze změnit ani smazat; vytvořte si místo ní vlastní roli.',
    'error.roleNameBuiltIn': '„{name}“ je název vestavěné role; zvolte jiný název.',
    'error.roleNameTaken': 'Role s názvem „{name}“ už existuje; zvolte jiný název, nebo upravte tu roli.',
    'error.invitationRoleGone':
      'Role, kterou tato pozvánka dává, už ve společnosti {company} neexistuje; požádejte o novou pozvánku.',
    'error.roleInvited':
      'Roli „{name}“ slibují čekající pozvánky ({count}); nejprve je zrušte na stránce Pozvánky.',
    'error.roleInUse':
      '{count, plural, one {Roli „{name}“ má # osoba (aktivní či ne)} few {Roli „{name}“ mají # osoby (aktivní či ne)} other {Roli „{name}“ má # osob (aktivních či ne)}}; nejprve jim dejte jinou roli.',
    'error.memberNotFound': 'Tato osoba není členem této společnosti.',
    'error.signInWrong': 'E-mail nebo heslo není správné, nebo účet není aktivní.',
    'error.totpRequired': 'Zadejte šestimístný kód z ověřovací aplikace.',
    'error.totpWrongSignIn':
      'Ověřovací kód není správný, vypršel nebo už byl použit; počkejte na další kód a zkuste to znovu.',
    'error.notMemberOfThat': 'Nejste aktivním členem této společnosti.',
    'error.tokenExpiryPast': 'expiresAt musí být datum v budoucnosti.',
    'error.tokenMembersOnly': 'Tokeny lze vytvářet jen pro aktivní členy společnosti.',
    'error.setupDone': 'Steward už je nastavený; místo toho se přihlaste.',
    'error.setupTokenWrong':
      'Instalační token není správný: zkopírujte ho z konzole, ve které byl Steward spuštěn.',
    'error.tooManySignIns':
      'Příliš mnoho neúspěšných přihlášení. Počkejte {minutes, plural, one {# minutu} few {# minuty} other {# minut}} a zkuste to znovu, nebo požádejte vlastníka o obnovu hesla.',
    'error.totpAlreadyOn':
      'Dvoufázové přihlášení už je zapnuté; pro nastavení nového zařízení ho nejprve vypněte.',
    'error.totpCodeWrong': 'Kód není správný, vypršel nebo už byl použit; počkejte na další a zkuste ho.',
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
    'error.signInFirst': 'Inicie sesión primero.',
    'error.tokenSwitchCompany':
      'Los tokens de API pertenecen a una sola empresa; envíe X-Company-Id en su lugar.',
    'error.currentPasswordWrong': 'La contraseña actual no es correcta.',
    'error.tokenCannotAccept':
      'Los tokens de API no pueden aceptar invitaciones; inicie sesión como la persona invitada.',
    'error.departmentOtherCompany': 'Ese departamento pertenece a otra empresa.',
    'error.tokenCannotCreateCompany':
      'Los tokens de API pertenecen a una sola empresa y no pueden crear empresas; inicie sesión en su lugar.',
    'error.departmentMoveOwnersAdmins':
      'Solo los propietarios y administradores pueden mover un departamento o cambiar su código.',
    'error.createCompanyOwnersOnly':
      'En esta instalación solo los propietarios de una empresa pueden crear empresas; pídaselo a un propietario o al operador (steward company create, o STEWARD_COMPANY_CREATORS=anyone).',
    'error.unknownCurrency': 'Moneda desconocida {currency}; use un código ISO 4217, por ejemplo EUR.',
    'error.companyChanged': 'La empresa cambió mientras se guardaba; inténtelo de nuevo.',
    'error.noCompanyYet':
      'Todavía no hay ninguna empresa: ejecute primero `steward company create --name N --currency ISO`.',
    'error.severalCompanies': 'Hay varias empresas; elija una con --company ({companies}).',
    'error.managerNotMember': 'El responsable debe ser miembro activo de la empresa.',
    'error.parentMissing': 'El departamento superior no existe en esta empresa.',
    'error.departmentCycle':
      'Un departamento no puede colocarse bajo sí mismo ni bajo uno de sus subdepartamentos.',
    'error.departmentCodeTaken': 'Ya existe un departamento con el código {code}.',
    'error.departmentHasChildren': 'Este departamento tiene subdepartamentos; muévalos o elimínelos primero.',
    'error.departmentMemberOutsider': 'Solo las personas de esta empresa pueden unirse a sus departamentos.',
    'error.departmentsMissing': 'Algunos departamentos no existen en esta empresa.',
    'error.invitationInvalid':
      'No se encontró la invitación (el enlace no es válido, ya se usó, se revocó o caducó).',
    'error.hasAccountSignIn':
      '{email} ya tiene una cuenta de Steward: inicie sesión como {email} (con la contraseña y el código de dos factores de siempre) y después acepte la invitación.',
    'error.invitationOtherEmail':
      'Esta invitación es para otra dirección de correo; cierre la sesión e inicie sesión como la persona invitada para aceptarla.',
    'error.userEmailTaken': 'Ya existe un usuario con el correo {email}.',
    'error.alreadyMemberPerson': 'Esta persona ya es miembro de la empresa.',
    'error.ownerRoleOwnersOnly': 'Solo un propietario puede dar o quitar el rol de propietario.',
    'error.lastOwner':
      'La empresa necesita al menos un propietario activo; nombre primero propietario a otra persona.',
    'error.reportsToSelf': 'Una persona no puede depender de sí misma.',
    'error.deactivateSelf': 'No puede desactivarse a sí mismo.',
    'error.deactivateOwnerOwnersOnly': 'Solo un propietario puede desactivar o reactivar a un propietario.',
    'error.needsOwner': 'La empresa necesita al menos un propietario activo.',
    'error.unknownRole': 'Rol desconocido {role}; use owner, admin, manager, assistant o auditor.',
    'error.resetOwnersOnly':
      'Solo un propietario puede obtener un enlace de restablecimiento. El correo no está configurado, así que el enlace no se puede enviar a la persona; configure el correo (SMTP_URL) o pida al operador que ejecute `steward user reset-password EMAIL` en el servidor.',
    'error.resetOtherOwner':
      'Nunca se muestra un enlace de restablecimiento de otro propietario. El correo no está configurado, así que el enlace no se puede enviar a la persona; configure el correo (SMTP_URL) o pida al operador que ejecute `steward user reset-password EMAIL` en el servidor.',
    'error.resetOtherCompany':
      'Esta persona también pertenece a una empresa en la que usted no es propietario, y una contraseña las abre todas. El correo no está configurado, así que el enlace no se puede enviar a la persona; configure el correo (SMTP_URL) o pida al operador que ejecute `steward user reset-password EMAIL` en el servidor.',
    'error.resetLinkInvalid':
      'Este enlace de restablecimiento no es válido, ya se usó o caducó; pida uno nuevo.',
    'error.noRole': 'No hay ningún rol {role} en esta empresa; GET /roles los enumera.',
    'error.unknownPermission': 'No existe el permiso {permission}; GET /roles enumera los permisos.',
    'error.permissionTwice': 'El permiso {permission} aparece dos veces.',
    'error.permissionCompanyReach': '{permission} se decide para toda la empresa; dele el alcance "company".',
    'error.permissionsBeyondOwn':
      'No puede dar a un rol permisos que usted mismo no tiene: {permissions}. Pídaselo a un propietario.',
    'error.builtInRoleFixed':
      'El rol predefinido {role} no se puede cambiar ni eliminar; cree un rol propio en su lugar.',
    'error.roleNameBuiltIn': '«{name}» es el nombre de un rol predefinido; elija otro nombre.',
    'error.roleNameTaken': 'Ya existe un rol llamado «{name}»; elija otro nombre o modifique ese rol.',
    'error.invitationRoleGone':
      'El rol que da esta invitación ya no existe en {company}; pida una invitación nueva.',
    'error.roleInvited':
      'Hay invitaciones pendientes ({count}) con el rol «{name}»; revóquelas primero en la página Invitaciones.',
    'error.roleInUse':
      '{count, plural, one {# persona (activa o no) tiene} other {# personas (activas o no) tienen}} el rol «{name}»; deles primero otro rol.',
    'error.memberNotFound': 'Esa persona no es miembro de esta empresa.',
    'error.signInWrong': 'El correo o la contraseña no son correctos, o la cuenta no está activa.',
    'error.totpRequired': 'Introduzca el código de 6 dígitos de su aplicación de autenticación.',
    'error.totpWrongSignIn':
      'El código de autenticación no es correcto, caducó o ya se usó; espere al siguiente código e inténtelo de nuevo.',
    'error.notMemberOfThat': 'No es miembro activo de esa empresa.',
    'error.tokenExpiryPast': 'expiresAt debe ser una fecha futura.',
    'error.tokenMembersOnly': 'Solo se pueden crear tokens para miembros activos de la empresa.',
    'error.setupDone': 'Steward ya está configurado; inicie sesión en su lugar.',
    'error.setupTokenWrong':
      'El token de configuración no es correcto: cópielo de la consola donde se inició Steward.',
    'error.tooManySignIns':
      'Demasiados inicios de sesión fallidos. Espere {minutes, plural, one {# minuto} other {# minutos}} y vuelva a intentarlo, o pida a un propietario que restablezca su contraseña.',
    'error.totpAlreadyOn':
      'El inicio de sesión en dos pasos ya está activado; desactívelo primero para configurar un dispositivo nuevo.',
    'error.totpCodeWrong': 'El código no es correcto, caducó o ya se usó; espere al siguiente y pruébelo.',
  },
});
