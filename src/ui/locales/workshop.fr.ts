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
};

export default fr;
