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
  // Workshop team: joining, the teams on this device, the result code.
  'A team name has at most {n} characters.': 'Un nom d’équipe a au plus {n} caractères.',
  'A team name has only letters, digits, spaces and punctuation.':
    'Un nom d’équipe ne contient que des lettres, des chiffres, des espaces et de la ponctuation.',
  'Back to the workshop': 'Retour à l’atelier',
  Copy: 'Copier',
  'Download the code': 'Télécharger le code',
  'Give this code to the facilitator: type it, show the QR code, or send the file. It holds your decisions for years 1 to {k}; the dashboard replays them.':
    'Donnez ce code à l’animateur\u00a0: saisissez-le, montrez le code QR ou envoyez le fichier. Il contient vos décisions des années 1 à {k}\u00a0; le tableau de bord les rejoue.',
  'Give your team a name.': 'Donnez un nom à votre équipe.',
  Join: 'Rejoindre',
  'QR code of the result code': 'Code QR du code de résultat',
  'Result code': 'Code de résultat',
  'Result code copied to the clipboard.': 'Code de résultat copié dans le presse-papiers.',
  'Roles in your team': 'Rôles dans votre équipe',
  'Session: {summary}': 'Séance\u00a0: {summary}',
  'Team name': 'Nom de l’équipe',
  'Teams playing on this device': 'Équipes qui jouent sur cet appareil',
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
  'Tick at least one role.': 'Cochez au moins un rôle.',
  'Tick the roles your members hold; each sees their brief during the game.':
    'Cochez les rôles que tiennent vos membres\u00a0; chacun voit sa mission pendant la partie.',
  'Type the session code the facilitator gives you and choose a name for your team. Every team plays the same cluster under the same luck.':
    'Saisissez le code de séance donné par l’animateur et choisissez un nom d’équipe. Toutes les équipes jouent le même pôle avec les mêmes aléas.',
  'with roles': 'avec rôles',
  '{cluster} · term over': '{cluster} · mandat terminé',
  '{cluster} · {year}, year {k} of {n}': '{cluster} · {year}, année {k} sur {n}',
  '{money} a year': '{money} par an',
  '{n} characters · team {team} · {year}': '{n} caractères · équipe {team} · {year}',
  '{n} min a year': '{n} min par année',
  '{n} years': '{n, plural, one {#\u00a0an} other {#\u00a0ans}}',
  '{team} already plays this session on this device: its game continues.':
    '{team} joue déjà cette séance sur cet appareil\u00a0: sa partie continue.',
  'Give this code to the facilitator: type it, show the QR code, or send the file. It holds your decisions for the first year; the dashboard replays them.':
    'Donnez ce code à l’animateur\u00a0: saisissez-le, montrez le code QR ou envoyez le fichier. Il contient vos décisions de la première année\u00a0; le tableau de bord les rejoue.',
  // The facilitator's views (setup, dashboard, handout, memo, guide).
  'A timer for each year': 'Une minuterie pour chaque année',
  Actions: 'Actions',
  'Add result': 'Ajouter le résultat',
  'Add results': 'Ajouter des résultats',
  'Added {team}: {years} years.': '{team} ajoutée\u00a0: {years, plural, one {#\u00a0an} other {#\u00a0ans}}.',
  'Against no new policy at the same year. Press a column to sort by it; press again to turn the order round.':
    'Par rapport à l’absence de nouvelle politique la même année. Appuyez sur une colonne pour trier selon elle\u00a0; appuyez de nouveau pour inverser l’ordre.',
  'At the end of the term (or when the facilitator asks), press Hand in results and give the facilitator your result code: type it, show its QR code or send its file.':
    'À la fin du mandat (ou quand l’animateur le demande), appuyez sur Remettre les résultats et donnez à l’animateur votre code de résultat\u00a0: tapez-le, montrez son code QR ou envoyez son fichier.',
  'Budget (US$ million a year)': 'Budget (millions de dollars US par an)',
  'Budget: from {min} to {max} US$ million, with at most three significant digits (e.g. 12.5 or 2400).':
    'Budget\u00a0: de {min} à {max} millions de dollars US, avec au plus trois chiffres significatifs (par exemple 12,5 ou 2400).',
  'Budgets side by side': 'Les budgets côte à côte',
  'Choose files': 'Choisir des fichiers',
  'Cluster Policy Lab: workshop session': 'Cluster Policy Lab\u00a0: séance d’atelier',
  'Copy the join link': 'Copier le lien pour rejoindre',
  'Copy the session code': 'Copier le code de séance',
  'Create session': 'Créer la séance',
  'Dashboard: {scenario}': 'Tableau de bord\u00a0: {scenario}',
  Debrief: 'Bilan',
  'Each bar is one year of the term: the share of the budget each line received (the empty part was left unspent).':
    'Chaque barre est une année du mandat\u00a0: la part du budget reçue par chaque poste (la partie vide n’a pas été dépensée).',
  'Each member takes a role (Minister of Industry, Finance or Labor, the SME association, a TNC representative) with its own brief and concerns.':
    'Chaque membre prend un rôle (ministre de l’Industrie, des Finances, du Travail, l’association des PME, un représentant d’une multinationale) avec son propre dossier et ses préoccupations.',
  'Each member takes a role and reads its brief: argue for your constituency, then decide together.':
    'Chaque membre prend un rôle et lit son dossier\u00a0: défendez votre groupe, puis décidez ensemble.',
  'Each year a team may predict whether output, jobs and poverty rise or fall: how often they were right, and which way they missed.':
    'Chaque année, une équipe peut prédire si la production, l’emploi et la pauvreté montent ou baissent\u00a0: combien de fois elle a vu juste, et dans quel sens elle s’est trompée.',
  'Each year: share out the budget, set the tariff and the rules, predict what will happen, then end the year.':
    'Chaque année\u00a0: répartissez le budget, fixez le droit de douane et les règles, prédisez ce qui va se passer, puis terminez l’année.',
  'Ended early: support collapsed': 'Fin anticipée\u00a0: le soutien s’est effondré',
  'Events that may fire': 'Événements qui peuvent survenir',
  'Every team plays the same cluster with the same luck: differences come from your decisions.':
    'Toutes les équipes jouent le même pôle avec les mêmes aléas\u00a0: les différences viennent de vos décisions.',
  'Every team plays this cluster under the same luck: the same seed, term, budget and events. Differences between teams come from their decisions.':
    'Toutes les équipes jouent ce pôle avec les mêmes aléas\u00a0: même graine, même mandat, même budget et mêmes événements. Les différences entre équipes viennent de leurs décisions.',
  'Export JSON': 'Exporter en JSON',
  'Export the session': 'Exporter la séance',
  'Full term': 'Mandat complet',
  'Growth, jobs and poverty, every team and no new policy':
    'Croissance, emploi et pauvreté\u00a0: chaque équipe et l’absence de nouvelle politique',
  'How the predictions held up': 'Ce que valaient les prédictions',
  'How to join': 'Comment rejoindre',
  'In progress': 'En cours',
  'Join link': 'Lien pour rejoindre',
  'Join link copied.': 'Lien pour rejoindre copié.',
  'Learning goals of this scenario': 'Objectifs pédagogiques de ce scénario',
  'Limitations that bit': 'Les limites qui ont pesé',
  Memo: 'Note',
  'Memo: {team}': 'Note\u00a0: {team}',
  'Minutes per year': 'Minutes par année',
  'Minutes per year: a whole number from {min} to {max}.':
    'Minutes par année\u00a0: un nombre entier de {min} à {max}.',
  'No predictions were made.': 'Aucune prédiction n’a été faite.',
  'No results yet. When a team hands in, type or paste its result code above, or drop its file here.':
    'Pas encore de résultats. Quand une équipe remet les siens, tapez ou collez son code de résultat ci-dessus, ou déposez son fichier ici.',
  'Number of teams': 'Nombre d’équipes',
  'Number of teams: a whole number from 1 to {max}.': 'Nombre d’équipes\u00a0: un nombre entier de 1 à {max}.',
  'Once the page has loaded, the game works without internet.':
    'Une fois la page chargée, le jeu fonctionne sans internet.',
  'One code was refused: {problem}': 'Un code a été refusé\u00a0: {problem}',
  'Or open Cluster Policy Lab, choose Workshop, then Join a session, and type the session code.':
    'Ou ouvrez Cluster Policy Lab, choisissez Atelier, puis Rejoindre une séance, et tapez le code de séance.',
  Place: 'Rang',
  'Place {place} of {teams} by the balanced score ({score}).':
    'Rang {place} sur {teams} selon le score équilibré ({score}).',
  'Predictions made': 'Prédictions faites',
  'Print the memo of {team}': 'Imprimer la note de {team}',
  'Print the student handout': 'Imprimer la fiche des participants',
  'Projector view': 'Vue projecteur',
  'QR code of the join link': 'Code QR du lien pour rejoindre',
  'Questions to ask': 'Questions à poser',
  Rank: 'Rang',
  Ranking: 'Classement',
  'Remove the result of {team}': 'Retirer le résultat de {team}',
  'Removed the result of {team}.': 'Résultat de {team} retiré.',
  'Roles within each team': 'Des rôles dans chaque équipe',
  'Scan the QR code, or open the join link: {link}':
    'Scannez le code QR, ou ouvrez le lien pour rejoindre\u00a0: {link}',
  'Scan to join: {code}': 'Scannez pour rejoindre\u00a0: {code}',
  'Scan with the camera': 'Scanner avec la caméra',
  'Select the text and copy it with Ctrl+C.': 'Sélectionnez le texte et copiez-le avec Ctrl+C.',
  'Session code copied.': 'Code de séance copié.',
  'Session code {code} · {years} years · {difficulty} · {n} of {teams} teams have handed in':
    'Code de séance {code} · {years, plural, one {#\u00a0an} other {#\u00a0ans}} · {difficulty} · {n} équipes sur {teams} ont remis leurs résultats',
  'Session created. Session code: {code}.': 'Séance créée. Code de séance\u00a0: {code}.',
  'Set up another session': 'Préparer une autre séance',
  'Share right': 'Part juste',
  'Stop scanning': 'Arrêter le scan',
  Teams: 'Équipes',
  Term: 'Mandat',
  'Term length (years)': 'Durée du mandat (années)',
  'Term length: a whole number of years from {min} to {max}.':
    'Durée du mandat\u00a0: un nombre entier d’années de {min} à {max}.',
  'The best teams aimed incentives mostly at {top}; the others at {bottom}.':
    'Les meilleures équipes ont surtout destiné les incitations à\u00a0: {top}\u00a0; les autres à\u00a0: {bottom}.',
  'The browser would not keep the dashboard: export it before you close this page.':
    'Le navigateur n’a pas pu garder le tableau de bord\u00a0: exportez-le avant de fermer cette page.',
  'The camera could not be opened: type the code or add its file instead.':
    'La caméra n’a pas pu être ouverte\u00a0: tapez le code ou ajoutez son fichier.',
  'The guide is in English.': 'Le guide est en anglais.',
  'The rules': 'Les règles',
  'The scenario’s own: {budget}.': 'Celui du scénario\u00a0: {budget}.',
  'There is no timer: the facilitator tells you when to move on.':
    'Il n’y a pas de minuterie\u00a0: l’animateur vous dit quand passer à la suite.',
  'These settings cannot make a session.': 'Ces réglages ne permettent pas de créer une séance.',
  'This scenario has no events.': 'Ce scénario n’a pas d’événements.',
  'This session code cannot be read': 'Ce code de séance est illisible',
  'Type or paste a result code first.': 'Tapez ou collez d’abord un code de résultat.',
  'Type your team’s name and press Join.': 'Tapez le nom de votre équipe et appuyez sur Rejoindre.',
  Unspent: 'Non dépensé',
  'Unspent: {share}': 'Non dépensé\u00a0: {share}',
  'What the best teams did differently': 'Ce que les meilleures équipes ont fait autrement',
  'What the columns mean': 'Ce que signifient les colonnes',
  'Which of the six limitations bit': 'Lesquelles des six limites ont pesé',
  'With two teams or more, the debrief compares the best teams with the rest.':
    'À partir de deux équipes, le bilan compare les meilleures équipes aux autres.',
  'Years played': 'Années jouées',
  'You can also drop the teams’ result files here.':
    'Vous pouvez aussi déposer ici les fichiers de résultats des équipes.',
  'You have {minutes} minutes for each year.': 'Vous avez {minutes} minutes pour chaque année.',
  'Your budget': 'Votre budget',
  'Your constituencies at the end': 'Vos groupes à la fin',
  'Your session': 'Votre séance',
  Yours: 'Le vôtre',
  'support collapsed': 'le soutien s’est effondré',
  unhappy: 'mécontent',
  '{file} is too large to be a result code.': '{file} est trop gros pour être un code de résultat.',
  '{line}: {share} of the budget on average': '{line}\u00a0: {share} du budget en moyenne',
  '{n} stored result codes no longer read and are left out.':
    '{n} codes de résultat enregistrés ne se lisent plus et sont laissés de côté.',
  '{right} of {made} predictions were right.': '{right} prédictions justes sur {made}.',
  '{scenario}, {years} years': '{scenario}, {years, plural, one {#\u00a0an} other {#\u00a0ans}}',
  '{scenario}: {teams} teams, {years} years, {difficulty}.':
    '{scenario}\u00a0: {teams} équipes, {years, plural, one {#\u00a0an} other {#\u00a0ans}}, {difficulty}.',
  '{team} handed in again: {years} years now (was {previous}).':
    '{team} a remis de nouveau\u00a0: {years, plural, one {#\u00a0an} other {#\u00a0ans}} maintenant (avant\u00a0: {previous}).',
  '{team}: budget shares in each of {n} years. On average: {shares}.':
    '{team}\u00a0: parts du budget pour chacune des {n} années. En moyenne\u00a0: {shares}.',
  '{team}’s code is already on the dashboard.': 'Le code de {team} est déjà sur le tableau de bord.',
  // Sessions on a scenario made in the editor: setup, joining, the scenario file (machine-assisted,
  // not yet read by a native speaker; docs/translations.md).
  'Built-in scenarios': 'Scénarios fournis',
  'Your scenarios': 'Vos scénarios',
  'Download the scenario file': 'Télécharger le fichier du scénario',
  'Open the join link. Or scan the QR code (or choose Workshop, then Join a session, and type the session code), then open the scenario file.':
    'Ouvrez le lien pour rejoindre. Ou scannez le code QR (ou choisissez Atelier, puis Rejoindre une séance, et saisissez le code de séance), puis ouvrez le fichier du scénario.',
  'Open the scenario file': 'Ouvrir le fichier du scénario',
  'Scan to open the join screen: {code}': 'Scannez pour ouvrir l’écran pour rejoindre\u00a0: {code}',
  'The file could not be read.': 'Le fichier n’a pas pu être lu.',
  'The scenario in this join link cannot be read (the link may be cut short). Ask the facilitator for the link again, or open the scenario file.':
    'Le scénario de ce lien ne peut pas être lu (le lien est peut-être tronqué). Redemandez le lien à l’animateur, ou ouvrez le fichier du scénario.',
  'The scenario “{name}” is on this device now.': 'Le scénario «\u00a0{name}\u00a0» est maintenant sur cet appareil.',
  'This device has another version of “{name}” than the one this session plays. Open the join link the facilitator shares, or open the session’s scenario file.':
    'Cet appareil a une autre version de «\u00a0{name}\u00a0» que celle de cette séance. Ouvrez le lien pour rejoindre que partage l’animateur, ou ouvrez le fichier du scénario de la séance.',
  'This file is not a scenario that can be played ({problem}).':
    'Ce fichier n’est pas un scénario jouable ({problem}).',
  'This game’s session plays a scenario this device no longer has. Open the session’s join link again (or its scenario file on the join screen), then come back to hand in.':
    'La séance de cette partie joue un scénario que cet appareil n’a plus. Rouvrez le lien pour rejoindre la séance (ou son fichier de scénario sur l’écran pour rejoindre), puis revenez remettre vos résultats.',
  'This is not the scenario the session code names (“{name}” in another version, or another scenario). Ask the facilitator for the session’s join link or file.':
    'Ce n’est pas le scénario que désigne le code de séance («\u00a0{name}\u00a0» dans une autre version, ou un autre scénario). Demandez à l’animateur le lien ou le fichier de la séance.',
  'This result belongs to another session ({theirs}) or to another version of “{name}”, not to this one ({ours}).':
    'Ce résultat appartient à une autre séance ({theirs}) ou à une autre version de «\u00a0{name}\u00a0», pas à celle-ci ({ours}).',
  'This session plays a scenario made for it, which your device does not have yet: the facilitator sends you the join link or the scenario file.':
    'Cette séance joue un scénario fait pour elle, que votre appareil n’a pas encore\u00a0: l’animateur vous envoie le lien pour rejoindre ou le fichier du scénario.',
  'This session plays a scenario made in the scenario editor, and this device does not have it. Open the join link the facilitator shares, or open the session’s scenario file.':
    'Cette séance joue un scénario fait dans l’éditeur de scénarios, et cet appareil ne l’a pas. Ouvrez le lien pour rejoindre que partage l’animateur, ou ouvrez le fichier du scénario de la séance.',
  'To run a session on a scenario of your own, make it with Make your own and save it: it is listed here.':
    'Pour animer une séance sur votre propre scénario, créez-le avec Créez le vôtre et enregistrez-le\u00a0: il apparaîtra ici.',
  'Your scenarios are the ones saved in the scenario editor without problems.':
    'Vos scénarios sont ceux enregistrés sans problème dans l’éditeur de scénarios.',
  'not a scenario file': 'ce n’est pas un fichier de scénario',
  'too big': 'trop volumineux',
  '“{file}” saved to your downloads.': '«\u00a0{file}\u00a0» enregistré dans vos téléchargements.',
  '“{scenario}” is a scenario of your own: teams’ devices do not have it, and it is too big for a link. Hand out its file: each team opens it on the join screen. The session code and the QR code open the join screen.':
    '«\u00a0{scenario}\u00a0» est votre propre scénario\u00a0: les appareils des équipes ne l’ont pas, et il est trop volumineux pour un lien. Distribuez son fichier\u00a0: chaque équipe l’ouvre sur l’écran pour rejoindre. Le code de séance et le code QR ouvrent l’écran pour rejoindre.',
  '“{scenario}” is a scenario of your own: teams’ devices do not have it. Send them the join link (it carries the scenario), or hand out its file. It is too big for a QR code: the session code and the QR code open the join screen, which then asks for the link or the file.':
    '«\u00a0{scenario}\u00a0» est votre propre scénario\u00a0: les appareils des équipes ne l’ont pas. Envoyez-leur le lien pour rejoindre (il contient le scénario), ou distribuez son fichier. Il est trop volumineux pour un code QR\u00a0: le code de séance et le code QR ouvrent l’écran pour rejoindre, qui demande alors le lien ou le fichier.',
};

export default fr;
