// French (fr) for the workshop: its strings, registered when the workshop's code loads (locales/workshop.ts),
// so the title page does not carry them. Same rules as fr.ts (checked with it by src/cli/i18n-keys.ts):
// one object literal of plain strings; a no-break space (\u00a0) before : ; ? and inside « ».
// Terms: session = séance; team = équipe; facilitator = animateur; result code = code de résultat.
const fr: Record<string, string> = {
  'Run a session for several teams with no server and no accounts: every team plays the same cluster under the same luck, hands in a short result code, and the facilitator replays and compares them.':
    'Animez une séance pour plusieurs équipes, sans serveur ni compte\u00a0: chaque équipe joue le même pôle avec les mêmes aléas, remet un court code de résultat, et l’animateur les rejoue et les compare.',
  Facilitator: 'Animateur',
  'Choose the cluster and the rules, give the teams the session code, then collect their results on the dashboard.':
    'Choisissez le pôle et les règles, donnez aux équipes le code de séance, puis recueillez leurs résultats sur le tableau de bord.',
  'Set up a session': 'Préparer une séance',
  'Session code': 'Code de séance',
  'Open dashboard': 'Ouvrir le tableau de bord',
  'Facilitator guide': 'Guide de l’animateur',
  Team: 'Équipe',
  'Type the session code the facilitator gives you, or open the join link.':
    'Saisissez le code de séance donné par l’animateur, ou ouvrez le lien pour rejoindre.',
  'Join a session': 'Rejoindre une séance',
  Dashboard: 'Tableau de bord',
  // Workshop team: joining, the teams on this device, the result code.
  'A team name has at most {n} characters.':
    'Un nom d’équipe a au plus {n} caractères.',
  'A team name has only letters, digits, spaces and punctuation.':
    'Un nom d’équipe ne contient que des lettres, des chiffres, des espaces et de la ponctuation.',
  'Back to the workshop':
    'Retour à l’atelier',
  'Copy':
    'Copier',
  'Download the code':
    'Télécharger le code',
  'Give this code to the facilitator: type it, show the QR code, or send the file. It holds your decisions for years 1 to {k}; the dashboard replays them.':
    'Donnez ce code à l’animateur\u00a0: saisissez-le, montrez le code QR ou envoyez le fichier. Il contient vos décisions des années 1 à {k}\u00a0; le tableau de bord les rejoue.',
  'Give your team a name.':
    'Donnez un nom à votre équipe.',
  'Join':
    'Rejoindre',
  'QR code of the result code':
    'Code QR du code de résultat',
  'Result code':
    'Code de résultat',
  'Result code copied to the clipboard.':
    'Code de résultat copié dans le presse-papiers.',
  'Roles in your team':
    'Rôles dans votre équipe',
  'Session: {summary}':
    'Séance\u00a0: {summary}',
  'Team name':
    'Nom de l’équipe',
  'Teams playing on this device':
    'Équipes qui jouent sur cet appareil',
  'The game of {team} could not be opened here. See Saved games on the title page.':
    'La partie de {team} n’a pas pu être ouverte ici. Voyez «\u00a0Parties enregistrées\u00a0» sur la page d’accueil.',
  'There is nothing to hand in before the first year is played.':
    'Il n’y a rien à remettre avant d’avoir joué la première année.',
  'This browser did not let the page copy it: select the code in the field and copy it.':
    'Ce navigateur n’a pas permis de le copier\u00a0: sélectionnez le code dans le champ et copiez-le.',
  'This game’s session code cannot be read by this version, so no result code can be made.':
    'Cette version ne sait pas lire le code de séance de cette partie, donc aucun code de résultat ne peut être créé.',
  'This team name is too long for a result code: use fewer non-Latin characters.':
    'Ce nom d’équipe est trop long pour un code de résultat\u00a0: utilisez moins de caractères non latins.',
  'Tick at least one role.':
    'Cochez au moins un rôle.',
  'Tick the roles your members hold; each sees their brief during the game.':
    'Cochez les rôles que tiennent vos membres\u00a0; chacun voit sa mission pendant la partie.',
  'Type the session code the facilitator gives you and choose a name for your team. Every team plays the same cluster under the same luck.':
    'Saisissez le code de séance donné par l’animateur et choisissez un nom d’équipe. Toutes les équipes jouent le même pôle avec les mêmes aléas.',
  'with roles':
    'avec rôles',
  '{cluster} · term over':
    '{cluster} · mandat terminé',
  '{cluster} · {year}, year {k} of {n}':
    '{cluster} · {year}, année {k} sur {n}',
  '{money} a year':
    '{money} par an',
  '{n} characters · team {team} · {year}':
    '{n} caractères · équipe {team} · {year}',
  '{n} min a year':
    '{n} min par année',
  '{n} years':
    '{n} ans',
  '{team} already plays this session on this device: its game continues.':
    '{team} joue déjà cette séance sur cet appareil\u00a0: sa partie continue.',
  'Give this code to the facilitator: type it, show the QR code, or send the file. It holds your decisions for the first year; the dashboard replays them.':
    'Donnez ce code à l’animateur\u00a0: saisissez-le, montrez le code QR ou envoyez le fichier. Il contient vos décisions de la première année\u00a0; le tableau de bord les rejoue.',
};

export default fr;
