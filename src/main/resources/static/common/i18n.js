/*
 * The words of the case file view, the team page and the Tasklist plugin, in English and
 * French. The language is the one chosen on the page (kept in the browser), else the
 * browser's first of English and French, as Tasklist chooses its own.
 */

const STORE = 'pnp.language';

const WORDS = {
  en: {
    'language.switch': 'Français',
    'language.switchLabel': 'Afficher en français',
    'nav.tasklist': 'Tasklist',
    'nav.caseFiles': 'Case files',
    'nav.team': 'Team',
    'nav.reports': 'Reports',
    'nav.skip': 'Skip to the content',
    'session.signOut': 'Sign out',
    'session.signedInAs': 'Signed in as {user}',
    'signIn.title': 'Sign in',
    'signIn.intro': 'Sign in with your Tasklist user name and password.',
    'signIn.user': 'User name',
    'signIn.password': 'Password',
    'signIn.submit': 'Log in',
    'signIn.wrong': 'Wrong user name or password.',
    'common.loading': 'Loading…',
    'common.none': 'None.',
    'common.yes': 'yes',
    'common.no': 'no',
    'common.error': 'Something went wrong: {detail}',
    'common.download': 'Download',
    'common.open': 'Open',

    'caseFiles.title': 'Case files',
    'search.title': 'Find a file',
    'search.by': 'Search by',
    'search.by.FILE_NUMBER': 'File number',
    'search.by.NAME': 'Applicant name',
    'search.by.PASSPORT_NUMBER': 'Passport number',
    'search.by.DATE_OF_BIRTH': 'Date of birth',
    'search.q': 'Look for',
    'search.hint.FILE_NUMBER': 'The whole number, or its end (2026-000123).',
    'search.hint.NAME': 'Family name, given names, or both.',
    'search.hint.PASSPORT_NUMBER': 'As printed in the passport.',
    'search.hint.DATE_OF_BIRTH': 'As yyyy-mm-dd.',
    'search.submit': 'Search',
    'search.results': 'Results',
    'search.count': '{count} file(s) found.',
    'search.more': 'Only the newest {count} are shown: narrow the search.',
    'search.nothing': 'No file you may open matches.',
    'search.col.file': 'File',
    'search.col.applicant': 'Applicant',
    'search.col.born': 'Born',
    'search.col.passport': 'Passport',
    'search.col.stream': 'Stream',
    'search.col.status': 'Status',
    'search.col.stage': 'Stage',
    'search.col.received': 'Received',
    'search.back': 'Back to the search',

    'case.title': 'File {file}',
    'case.tabLabel': 'Case file',
    'case.parts': 'Parts of the file',
    'case.received': 'received {date}',
    'case.priority': 'priority {priority}',
    'case.flags': 'Flags: ',
    'case.noFlags': 'no flags',
    'case.waiting': 'Waiting on the applicant: {reason}',
    'case.waitingSince': 'since {date}',
    'case.waitingUntil': 'until {date}',
    'case.waitingNoEnd': 'no deadline',
    'case.onHold': 'On hold: {reason}',
    'case.withheld': 'Not shown for your role: {parts}.',
    'case.notAFile': 'This task is work of the unit, not of one file.',
    'case.openPage': 'Open on its own page',
    'case.archived': 'The personal data of this file was removed when it was archived.',

    'section.tasks': 'Open tasks',
    'section.parties': 'Applicant, representative and employer',
    'section.documents': 'Documents',
    'section.checklist': 'Checklist',
    'section.payments': 'Payments and refunds',
    'section.letters': 'Letters and certificate',
    'section.verification': 'Verification',
    'section.interviews': 'Interviews and site visits',
    'section.recommendations': 'Recommendations and sign-offs',
    'section.notes': 'Notes',
    'section.timeline': 'Timeline',
    'withheld.PARTIES': 'applicant, representative and employer',
    'withheld.DOCUMENTS': 'documents',
    'withheld.PAYMENTS': 'payments',
    'withheld.LETTERS': 'letters and certificate',
    'withheld.VERIFICATION': 'verification',
    'withheld.INTERVIEWS': 'interviews and site visits',
    'withheld.RECOMMENDATIONS': 'recommendations and sign-offs',
    'withheld.NOTES': 'notes',
    'withheld.AUDIT': 'audit trail',

    'col.task': 'Task',
    'col.queue': 'Queue',
    'col.assignee': 'Assigned to',
    'col.due': 'Due',
    'col.priority': 'Priority',
    'col.type': 'Document',
    'col.received': 'Received',
    'col.issued': 'Issued',
    'col.expires': 'Expires',
    'col.number': 'Number',
    'col.content': 'Content',
    'col.item': 'Item',
    'col.result': 'Result',
    'col.problem': 'Problem',
    'col.kind': 'Kind',
    'col.method': 'Method',
    'col.amount': 'Amount',
    'col.reference': 'Reference',
    'col.status': 'Status',
    'col.reason': 'Reason',
    'col.requested': 'Requested',
    'col.decided': 'Decided',
    'col.letter': 'Letter',
    'col.language': 'Language',
    'col.made': 'Made',
    'col.sentTo': 'Emailed to',
    'col.pdf': 'PDF',
    'col.check': 'Check',
    'col.evidence': 'Evidence',
    'col.by': 'By',
    'col.when': 'When',
    'col.scheduled': 'Scheduled',
    'col.mode': 'Mode',
    'col.location': 'Where',
    'col.outcome': 'Outcome',
    'col.notes': 'Notes',
    'col.planned': 'Planned',
    'col.visited': 'Visited',
    'col.findings': 'Findings',
    'col.recommendation': 'Recommendation',
    'col.points': 'Points',
    'col.role': 'Signing as',
    'col.decision': 'Decision',
    'col.comments': 'Comments',
    'col.file': 'File',
    'col.step': 'Step',
    'col.since': 'Since',
    'col.until': 'Until',
    'col.select': 'Select',

    'party.applicant': 'Applicant',
    'party.representative': 'Representative',
    'party.employer': 'Employer',
    'party.name': 'Name',
    'party.born': 'Date of birth',
    'party.citizenship': 'Citizenship',
    'party.passport': 'Passport',
    'party.email': 'Email',
    'party.phone': 'Phone',
    'party.address': 'Address',
    'party.language': 'Letters in',
    'party.organisation': 'Organisation',
    'party.licence': 'Licence',
    'party.businessNumber': 'Business number',
    'party.contact': 'Contact',

    'certificate.title': 'Nominee Certificate {number}',
    'certificate.issued': 'Issued',
    'certificate.expires': 'Expires',
    'certificate.status': 'Status',
    'certificate.signedBy': 'Signed by',
    'certificate.pr': 'Permanent residence',
    'certificate.pdf': 'Open the certificate (PDF)',
    'letter.pdf': 'Open (PDF)',
    'letter.notEmailed': 'not emailed',
    'document.download': 'Download {name}',
    'document.noContent': 'declared, not uploaded',
    'refunds.title': 'Refunds',
    'siteVisits.title': 'Site visits',
    'signOffs.title': 'Sign-offs',

    'notes.add': 'Add a note',
    'notes.topic': 'Topic',
    'notes.body': 'Note',
    'notes.hint': 'Write it as if the applicant will read it: notes can be disclosed.',
    'notes.submit': 'Add the note',
    'notes.added': 'Note added.',
    'notes.by': '{author}, {date}',

    'timeline.show': 'Show',
    'timeline.kind.STEP': 'Steps',
    'timeline.kind.NOTE': 'Notes',
    'timeline.kind.LETTER': 'Letters',
    'timeline.kind.AUDIT': 'Audit trail',
    'timeline.entry.STEP': 'Step',
    'timeline.entry.NOTE': 'Note',
    'timeline.entry.LETTER': 'Letter',
    'timeline.entry.AUDIT': 'Audit',
    'timeline.state.DONE': 'done',
    'timeline.state.OPEN': 'open',
    'timeline.state.CANCELLED': 'cancelled',
    'timeline.took': 'took {duration}',
    'timeline.by': 'by {actor}',
    'timeline.emailedTo': 'emailed to {recipients}',
    'timeline.empty': 'Nothing to show for the kinds chosen.',

    'team.title': 'Team work',
    'team.queues': 'Open work per queue',
    'team.col.queue': 'Queue',
    'team.col.open': 'Open',
    'team.col.unassigned': 'Unassigned',
    'team.col.overdue': 'Overdue',
    'team.col.dueSoon': 'Due soon',
    'team.col.waiting': 'Waiting on the applicant',
    'team.show': 'Show the {queue} queue',
    'team.tasksOf': 'Tasks of the {queue} queue',
    'team.tasksCount': '{count} open task(s), highest priority first.',
    'team.waitingOf': 'Files the {queue} queue waits on the applicant for',
    'team.noWaiting': 'No file of this queue waits on the applicant.',
    'team.noTasks': 'This queue has no open task.',
    'team.overdue': 'overdue',
    'team.dueSoon': 'due soon',
    'team.onHold': 'on hold',
    'team.waitingUntil': 'waiting until {date}',
    'team.unassigned': 'nobody',
    'team.selectTask': 'Select {task}',
    'team.reassignTo': 'Give the selected tasks to',
    'team.reassign': 'Reassign',
    'team.reassigned': '{count} task(s) given to {user}.',
    'team.chooseTasks': 'Select the tasks to reassign first.',
    'team.next': 'Next file',
    'team.nextHint': 'Claims the first unassigned task of your queue: highest priority, then earliest due.',
    'team.claimed': '{task} is now yours.',
    'team.openInTasklist': 'Open it in Tasklist',
    'team.nothingNext': 'Your queue has no unassigned task.',
    'team.refresh': 'Refresh',
    'team.previous': 'Previous page',
    'team.nextPage': 'Next page',
    'team.page': 'Page {page}',

    'queue.intake': 'Intake',
    'queue.officers': 'Officers',
    'queue.integrity': 'Integrity',
    'queue.managers': 'Managers',
    'queue.directors': 'Directors',

    'reason.MISSING_INFORMATION': 'missing information',
    'reason.FEE_BALANCE': 'fee balance',
    'reason.INTERVIEW_SCHEDULING': 'reply about the interview',
    'reason.PROCEDURAL_FAIRNESS': 'procedural fairness response',

    'code.OPEN': 'Open',
    'code.DECIDED': 'Decided',
    'code.CLOSED': 'Closed',
    'code.ARCHIVED': 'Archived',
    'code.NORMAL': 'Normal',
    'code.HIGH': 'High',
    'code.URGENT': 'Urgent',
    'code.LOW': 'Low',
    'code.RECEIVED': 'Received',
    'code.RECEIVED_ON_PAPER': 'Received on paper',
    'code.MISSING': 'Missing',
    'code.EXPIRED': 'Expired',
    'code.EXPIRES_TOO_SOON': 'Expires too soon',
    'code.TOO_OLD': 'Too old',
    'code.NAME_MISMATCH': 'Name does not match',
    'code.BIRTH_DATE_MISMATCH': 'Date of birth does not match',
    'code.PASSPORT_NUMBER_MISMATCH': 'Passport number does not match',
    'code.DUPLICATE': 'Duplicate',
    'code.REQUESTED_BY_INTAKE': 'Requested by intake',
    'code.CLEAR': 'Clear',
    'code.CONCERN': 'Concern',
    'code.UNABLE_TO_VERIFY': 'Unable to verify',
    'code.NOMINATE': 'Nominate',
    'code.REFUSE': 'Refuse',
    'code.MANAGER': 'Manager',
    'code.DIRECTOR': 'Director',
    'code.EN': 'English',
    'code.FR': 'French',
    'code.NOMINATED': 'Nominated',
    'code.REFUSED': 'Refused',
    'code.PAYMENT': 'Payment',
    'code.REFUND': 'Refund',
    'code.CARD': 'Card',
    'code.CERTIFIED_CHEQUE': 'Certified cheque',
    'code.MONEY_ORDER': 'Money order',
    'code.BANK_TRANSFER': 'Bank transfer',
    'code.DEPOSITED': 'Deposited',
    'code.REVERSED': 'Reversed',
    'code.VALID': 'Valid',
    'code.EXTENDED': 'Extended',
    'code.USED': 'Used',
    'code.SENT': 'sent',
    'code.HANDED_OVER': 'handed over',
    'code.HELD': 'Held',
    'code.NO_SHOW': 'No show',
    'code.VIDEO': 'Video',
    'code.PHONE': 'Phone',
    'code.IN_PERSON': 'In person',
    'code.WITHDRAWN': 'Withdrawn'
  },
  fr: {
    'language.switch': 'English',
    'language.switchLabel': 'Display in English',
    'nav.tasklist': 'Tasklist',
    'nav.caseFiles': 'Dossiers',
    'nav.team': 'Équipe',
    'nav.reports': 'Rapports',
    'nav.skip': 'Aller au contenu',
    'session.signOut': 'Se déconnecter',
    'session.signedInAs': 'Connecté : {user}',
    'signIn.title': 'Connexion',
    'signIn.intro': 'Connectez-vous avec votre nom d’utilisateur et votre mot de passe de Tasklist.',
    'signIn.user': 'Nom d’utilisateur',
    'signIn.password': 'Mot de passe',
    'signIn.submit': 'Se connecter',
    'signIn.wrong': 'Nom d’utilisateur ou mot de passe erroné.',
    'common.loading': 'Chargement…',
    'common.none': 'Aucun.',
    'common.yes': 'oui',
    'common.no': 'non',
    'common.error': 'Une erreur est survenue : {detail}',
    'common.download': 'Télécharger',
    'common.open': 'Ouvrir',

    'caseFiles.title': 'Dossiers',
    'search.title': 'Trouver un dossier',
    'search.by': 'Chercher par',
    'search.by.FILE_NUMBER': 'Numéro de dossier',
    'search.by.NAME': 'Nom du demandeur',
    'search.by.PASSPORT_NUMBER': 'Numéro de passeport',
    'search.by.DATE_OF_BIRTH': 'Date de naissance',
    'search.q': 'Rechercher',
    'search.hint.FILE_NUMBER': 'Le numéro entier, ou sa fin (2026-000123).',
    'search.hint.NAME': 'Nom de famille, prénoms, ou les deux.',
    'search.hint.PASSPORT_NUMBER': 'Tel qu’imprimé dans le passeport.',
    'search.hint.DATE_OF_BIRTH': 'Au format aaaa-mm-jj.',
    'search.submit': 'Chercher',
    'search.results': 'Résultats',
    'search.count': '{count} dossier(s) trouvé(s).',
    'search.more': 'Seuls les {count} plus récents sont affichés : précisez la recherche.',
    'search.nothing': 'Aucun dossier que vous pouvez ouvrir ne correspond.',
    'search.col.file': 'Dossier',
    'search.col.applicant': 'Demandeur',
    'search.col.born': 'Naissance',
    'search.col.passport': 'Passeport',
    'search.col.stream': 'Volet',
    'search.col.status': 'Statut',
    'search.col.stage': 'Étape',
    'search.col.received': 'Reçu',
    'search.back': 'Retour à la recherche',

    'case.title': 'Dossier {file}',
    'case.tabLabel': 'Dossier',
    'case.parts': 'Parties du dossier',
    'case.received': 'reçu le {date}',
    'case.priority': 'priorité {priority}',
    'case.flags': 'Indicateurs : ',
    'case.noFlags': 'aucun indicateur',
    'case.waiting': 'En attente du demandeur : {reason}',
    'case.waitingSince': 'depuis le {date}',
    'case.waitingUntil': 'jusqu’au {date}',
    'case.waitingNoEnd': 'sans échéance',
    'case.onHold': 'En suspens : {reason}',
    'case.withheld': 'Non affiché pour votre rôle : {parts}.',
    'case.notAFile': 'Cette tâche relève de l’unité, pas d’un dossier.',
    'case.openPage': 'Ouvrir dans sa propre page',
    'case.archived': 'Les renseignements personnels de ce dossier ont été retirés lors de son archivage.',

    'section.tasks': 'Tâches ouvertes',
    'section.parties': 'Demandeur, représentant et employeur',
    'section.documents': 'Documents',
    'section.checklist': 'Liste de contrôle',
    'section.payments': 'Paiements et remboursements',
    'section.letters': 'Lettres et certificat',
    'section.verification': 'Vérification',
    'section.interviews': 'Entrevues et visites des lieux',
    'section.recommendations': 'Recommandations et approbations',
    'section.notes': 'Notes',
    'section.timeline': 'Chronologie',
    'withheld.PARTIES': 'demandeur, représentant et employeur',
    'withheld.DOCUMENTS': 'documents',
    'withheld.PAYMENTS': 'paiements',
    'withheld.LETTERS': 'lettres et certificat',
    'withheld.VERIFICATION': 'vérification',
    'withheld.INTERVIEWS': 'entrevues et visites des lieux',
    'withheld.RECOMMENDATIONS': 'recommandations et approbations',
    'withheld.NOTES': 'notes',
    'withheld.AUDIT': 'piste de vérification',

    'col.task': 'Tâche',
    'col.queue': 'File d’attente',
    'col.assignee': 'Attribuée à',
    'col.due': 'Échéance',
    'col.priority': 'Priorité',
    'col.type': 'Document',
    'col.received': 'Reçu',
    'col.issued': 'Délivré',
    'col.expires': 'Expire',
    'col.number': 'Numéro',
    'col.content': 'Contenu',
    'col.item': 'Élément',
    'col.result': 'Résultat',
    'col.problem': 'Problème',
    'col.kind': 'Type',
    'col.method': 'Mode',
    'col.amount': 'Montant',
    'col.reference': 'Référence',
    'col.status': 'Statut',
    'col.reason': 'Motif',
    'col.requested': 'Demandé',
    'col.decided': 'Décidé',
    'col.letter': 'Lettre',
    'col.language': 'Langue',
    'col.made': 'Produite',
    'col.sentTo': 'Envoyée à',
    'col.pdf': 'PDF',
    'col.check': 'Vérification',
    'col.evidence': 'Preuve',
    'col.by': 'Par',
    'col.when': 'Quand',
    'col.scheduled': 'Prévue',
    'col.mode': 'Mode',
    'col.location': 'Lieu',
    'col.outcome': 'Résultat',
    'col.notes': 'Notes',
    'col.planned': 'Prévue',
    'col.visited': 'Visitée',
    'col.findings': 'Constatations',
    'col.recommendation': 'Recommandation',
    'col.points': 'Points',
    'col.role': 'À titre de',
    'col.decision': 'Décision',
    'col.comments': 'Commentaires',
    'col.file': 'Dossier',
    'col.step': 'Étape',
    'col.since': 'Depuis',
    'col.until': 'Jusqu’au',
    'col.select': 'Choisir',

    'party.applicant': 'Demandeur',
    'party.representative': 'Représentant',
    'party.employer': 'Employeur',
    'party.name': 'Nom',
    'party.born': 'Date de naissance',
    'party.citizenship': 'Citoyenneté',
    'party.passport': 'Passeport',
    'party.email': 'Courriel',
    'party.phone': 'Téléphone',
    'party.address': 'Adresse',
    'party.language': 'Lettres en',
    'party.organisation': 'Organisation',
    'party.licence': 'Permis',
    'party.businessNumber': 'Numéro d’entreprise',
    'party.contact': 'Personne-ressource',

    'certificate.title': 'Certificat de candidat {number}',
    'certificate.issued': 'Délivré',
    'certificate.expires': 'Expire',
    'certificate.status': 'Statut',
    'certificate.signedBy': 'Signé par',
    'certificate.pr': 'Résidence permanente',
    'certificate.pdf': 'Ouvrir le certificat (PDF)',
    'letter.pdf': 'Ouvrir (PDF)',
    'letter.notEmailed': 'non envoyée par courriel',
    'document.download': 'Télécharger {name}',
    'document.noContent': 'déclaré, non téléversé',
    'refunds.title': 'Remboursements',
    'siteVisits.title': 'Visites des lieux',
    'signOffs.title': 'Approbations',

    'notes.add': 'Ajouter une note',
    'notes.topic': 'Sujet',
    'notes.body': 'Note',
    'notes.hint': 'Rédigez-la comme si le demandeur allait la lire : les notes peuvent être communiquées.',
    'notes.submit': 'Ajouter la note',
    'notes.added': 'Note ajoutée.',
    'notes.by': '{author}, {date}',

    'timeline.show': 'Afficher',
    'timeline.kind.STEP': 'Étapes',
    'timeline.kind.NOTE': 'Notes',
    'timeline.kind.LETTER': 'Lettres',
    'timeline.kind.AUDIT': 'Piste de vérification',
    'timeline.entry.STEP': 'Étape',
    'timeline.entry.NOTE': 'Note',
    'timeline.entry.LETTER': 'Lettre',
    'timeline.entry.AUDIT': 'Vérification',
    'timeline.state.DONE': 'terminée',
    'timeline.state.OPEN': 'en cours',
    'timeline.state.CANCELLED': 'annulée',
    'timeline.took': 'durée : {duration}',
    'timeline.by': 'par {actor}',
    'timeline.emailedTo': 'envoyée par courriel à {recipients}',
    'timeline.empty': 'Rien à afficher pour les types choisis.',

    'team.title': 'Travail de l’équipe',
    'team.queues': 'Travail ouvert par file d’attente',
    'team.col.queue': 'File d’attente',
    'team.col.open': 'Ouvertes',
    'team.col.unassigned': 'Non attribuées',
    'team.col.overdue': 'En retard',
    'team.col.dueSoon': 'Bientôt dues',
    'team.col.waiting': 'En attente du demandeur',
    'team.show': 'Afficher la file {queue}',
    'team.tasksOf': 'Tâches de la file {queue}',
    'team.tasksCount': '{count} tâche(s) ouverte(s), priorité la plus haute en premier.',
    'team.waitingOf': 'Dossiers pour lesquels la file {queue} attend le demandeur',
    'team.noWaiting': 'Aucun dossier de cette file n’attend le demandeur.',
    'team.noTasks': 'Cette file n’a aucune tâche ouverte.',
    'team.overdue': 'en retard',
    'team.dueSoon': 'bientôt due',
    'team.onHold': 'en suspens',
    'team.waitingUntil': 'en attente jusqu’au {date}',
    'team.unassigned': 'personne',
    'team.selectTask': 'Choisir {task}',
    'team.reassignTo': 'Attribuer les tâches choisies à',
    'team.reassign': 'Réattribuer',
    'team.reassigned': '{count} tâche(s) attribuée(s) à {user}.',
    'team.chooseTasks': 'Choisissez d’abord les tâches à réattribuer.',
    'team.next': 'Dossier suivant',
    'team.nextHint': 'Prend la première tâche non attribuée de votre file : priorité la plus haute, puis échéance la plus proche.',
    'team.claimed': '{task} vous est attribuée.',
    'team.openInTasklist': 'L’ouvrir dans Tasklist',
    'team.nothingNext': 'Votre file n’a aucune tâche non attribuée.',
    'team.refresh': 'Actualiser',
    'team.previous': 'Page précédente',
    'team.nextPage': 'Page suivante',
    'team.page': 'Page {page}',

    'queue.intake': 'Réception',
    'queue.officers': 'Agents',
    'queue.integrity': 'Intégrité',
    'queue.managers': 'Gestion',
    'queue.directors': 'Direction',

    'reason.MISSING_INFORMATION': 'renseignements manquants',
    'reason.FEE_BALANCE': 'solde des droits',
    'reason.INTERVIEW_SCHEDULING': 'réponse au sujet de l’entrevue',
    'reason.PROCEDURAL_FAIRNESS': 'réponse à la lettre d’équité procédurale',

    'code.OPEN': 'Ouvert',
    'code.DECIDED': 'Décidé',
    'code.CLOSED': 'Fermé',
    'code.ARCHIVED': 'Archivé',
    'code.NORMAL': 'Normale',
    'code.HIGH': 'Haute',
    'code.URGENT': 'Urgente',
    'code.LOW': 'Basse',
    'code.RECEIVED': 'Reçu',
    'code.RECEIVED_ON_PAPER': 'Reçu sur papier',
    'code.MISSING': 'Manquant',
    'code.EXPIRED': 'Expiré',
    'code.EXPIRES_TOO_SOON': 'Expire trop tôt',
    'code.TOO_OLD': 'Trop ancien',
    'code.NAME_MISMATCH': 'Le nom ne correspond pas',
    'code.BIRTH_DATE_MISMATCH': 'La date de naissance ne correspond pas',
    'code.PASSPORT_NUMBER_MISMATCH': 'Le numéro de passeport ne correspond pas',
    'code.DUPLICATE': 'En double',
    'code.REQUESTED_BY_INTAKE': 'Demandé par la réception',
    'code.CLEAR': 'Conforme',
    'code.CONCERN': 'Préoccupation',
    'code.UNABLE_TO_VERIFY': 'Impossible à vérifier',
    'code.NOMINATE': 'Désigner',
    'code.REFUSE': 'Refuser',
    'code.MANAGER': 'Gestionnaire',
    'code.DIRECTOR': 'Directeur',
    'code.EN': 'anglais',
    'code.FR': 'français',
    'code.NOMINATED': 'Désigné',
    'code.REFUSED': 'Refusé',
    'code.PAYMENT': 'Paiement',
    'code.REFUND': 'Remboursement',
    'code.CARD': 'Carte',
    'code.CERTIFIED_CHEQUE': 'Chèque certifié',
    'code.MONEY_ORDER': 'Mandat',
    'code.BANK_TRANSFER': 'Virement bancaire',
    'code.DEPOSITED': 'Déposé',
    'code.REVERSED': 'Annulé',
    'code.VALID': 'Valide',
    'code.EXTENDED': 'Prolongé',
    'code.USED': 'Utilisé',
    'code.SENT': 'envoyée',
    'code.HANDED_OVER': 'remise au serveur',
    'code.HELD': 'Tenue',
    'code.NO_SHOW': 'Absence',
    'code.VIDEO': 'Vidéo',
    'code.PHONE': 'Téléphone',
    'code.IN_PERSON': 'En personne',
    'code.WITHDRAWN': 'Retiré'
  }
};

/** The language to show: the one chosen here before, else the browser's. */
export function language() {
  const chosen = window.localStorage.getItem(STORE);
  return chosen === 'en' || chosen === 'fr' ? chosen : browserLanguage();
}

/** The browser's first of English and French, as Tasklist chooses its own language. */
export function browserLanguage() {
  const preferred = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']);
  for (const tag of preferred) {
    const lang = String(tag).slice(0, 2).toLowerCase();
    if (lang === 'fr' || lang === 'en') {
      return lang;
    }
  }
  return 'en';
}

export function choose(lang) {
  window.localStorage.setItem(STORE, lang);
}

/** The words of one language: t('key', {name: value}). */
export function words(lang) {
  const dictionary = WORDS[lang] || WORDS.en;
  return function t(key, params) {
    let text = dictionary[key];
    if (text === undefined) {
      text = WORDS.en[key];
    }
    if (text === undefined) {
      return key;
    }
    if (params) {
      Object.keys(params).forEach((name) => {
        text = text.split('{' + name + '}').join(String(params[name]));
      });
    }
    return text;
  };
}

/** A code of the API in words: known ones translated, others made readable. */
export function code(t, value) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const known = t('code.' + value);
  if (known !== 'code.' + value) {
    return known;
  }
  const readable = String(value).toLowerCase().replace(/_/g, ' ');
  return readable.charAt(0).toUpperCase() + readable.slice(1);
}

/** A day as yyyy-mm-dd and a time as yyyy-mm-dd hh:mm, in the browser's time zone. */
export function day(value) {
  if (!value) {
    return '—';
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return value;
  }
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(value));
}

export function time(value) {
  if (!value) {
    return '—';
  }
  const date = new Date(value);
  const hm = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  return day(value) + ' ' + hm;
}

/** A duration between two instants as staff read it: 3 d 4 h, 2 h 5 min, 40 s. */
export function duration(from, to) {
  let seconds = Math.max(0, Math.round((new Date(to) - new Date(from)) / 1000));
  const days = Math.floor(seconds / 86400);
  seconds -= days * 86400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  if (days > 0) {
    return days + ' d' + (hours > 0 ? ' ' + hours + ' h' : '');
  }
  if (hours > 0) {
    return hours + ' h' + (minutes > 0 ? ' ' + minutes + ' min' : '');
  }
  if (minutes > 0) {
    return minutes + ' min';
  }
  return (seconds - minutes * 60) + ' s';
}

export function money(amount, lang) {
  if (amount === null || amount === undefined) {
    return '—';
  }
  return Number(amount).toLocaleString(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' });
}
