// French (fr) for the scenario editor: its strings, registered when the editor's code loads
// (locales/editor.ts). Same rules as fr.ts: one object literal of plain strings; a no-break space
// (\u00a0) before : ; ? and inside « ». Machine-assisted (docs/translations.md).
const fr: Record<string, string> = {
  '"{file}" breaks the scenario rules, so it was not opened; your scenario is unchanged. Fix these in the file:':
    '«\u00a0{file}\u00a0» enfreint les règles des scénarios, il n’a donc pas été ouvert\u00a0; votre scénario est inchangé. Corrigez ceci dans le fichier\u00a0:',
  '"{file}" exported to your downloads.': '«\u00a0{file}\u00a0» exporté dans vos téléchargements.',
  '"{file}" is in the editor.': '«\u00a0{file}\u00a0» est dans l’éditeur.',
  '"{file}" is not a scenario file; your scenario is unchanged.':
    '«\u00a0{file}\u00a0» n’est pas un fichier de scénario\u00a0; votre scénario est inchangé.',
  '"{name}" is kept until you close the page: this browser refused to store it.':
    '«\u00a0{name}\u00a0» est gardé jusqu’à la fermeture de la page\u00a0: ce navigateur a refusé de l’enregistrer.',
  '"{name}" is valid: ready to play, plan, export or share.':
    '«\u00a0{name}\u00a0» est valide\u00a0: prêt à jouer, planifier, exporter ou partager.',
  '"{name}" saved in this browser.': '«\u00a0{name}\u00a0» enregistré dans ce navigateur.',
  '"{name}": {count, plural, one {# problem} other {# problems}} to fix before playing, planning or exporting (Save keeps it as it is).':
    '«\u00a0{name}\u00a0»\u00a0: {count, plural, one {#\u00a0problème} other {#\u00a0problèmes}} à corriger avant de jouer, planifier ou exporter (Enregistrer le garde tel quel).',
  '(none)': '(aucun)',
  'A copy of {name} is in the editor.': 'Une copie de {name} est dans l’éditeur.',
  'A whole number from {min} to {max}.': 'Un nombre entier de {min} à {max}.',
  'Add an entry': 'Ajouter une entrée',
  'Add to {what}': 'Ajouter à {what}',
  'Add {what}': 'Ajouter {what}',
  'and {count} more': 'et {count} autres',
  Archetypes: 'Archétypes',
  'At least {min}.': 'Au moins {min}.',
  'At most {max}.': 'Au plus {max}.',
  'Balanced plan': 'Plan équilibré',
  'Build a cluster of your own: start from a scenario or an archetype, change its figures, texts and events, and watch the preview. Save it in this browser, export the file, or play it at once.':
    'Construisez votre propre cluster\u00a0: partez d’un scénario ou d’un archétype, modifiez ses chiffres, ses textes et ses événements, et suivez l’aperçu. Enregistrez-le dans ce navigateur, exportez le fichier, ou jouez-le tout de suite.',
  'Copy the link from the box.': 'Copiez le lien depuis la case.',
  'Events and scheduled shocks': 'Événements et chocs programmés',
  'Export file': 'Exporter le fichier',
  Field: 'Champ',
  'From {min} to {max}.': 'De {min} à {max}.',
  'How the model behaves here. Leave a field empty to use the model\'s default; change these only with a source.':
    'Le comportement du modèle ici. Laissez un champ vide pour garder la valeur par défaut du modèle\u00a0; ne les changez qu’avec une source.',
  'Import file': 'Importer un fichier',
  'It has the id of a scenario this game already has, so its copy is called "{id}".':
    'Il porte l’identifiant d’un scénario que le jeu possède déjà\u00a0: sa copie s’appelle «\u00a0{id}\u00a0».',
  'Link to this scenario': 'Lien vers ce scénario',
  'Model parameters (advanced)': 'Paramètres du modèle (avancé)',
  More: 'Autres',
  'Name, story and goals': 'Nom, histoire et objectifs',
  'None yet: Save keeps the scenario here.': 'Aucun pour l’instant\u00a0: Enregistrer garde le scénario ici.',
  Open: 'Ouvrir',
  'Open {name}': 'Ouvrir {name}',
  'Optional.': 'Facultatif.',
  'Optional: leave empty to use the model\'s default.': 'Facultatif\u00a0: laissez vide pour la valeur par défaut du modèle.',
  'Other parts of the scenario file.': 'Les autres parties du fichier de scénario.',
  Play: 'Jouer',
  'Plan it': 'Le planifier',
  Preview: 'Aperçu',
  'Problems to fix ({count})': 'Problèmes à corriger ({count})',
  'Real clusters': 'Clusters réels',
  'Remove {what}': 'Retirer {what}',
  Save: 'Enregistrer',
  'Scenario or archetype': 'Scénario ou archétype',
  'Source of {key}': 'Source de {key}',
  'Sources and limitations': 'Sources et limites',
  'Start from': 'Partir de',
  'Start from this one': 'Partir de celui-ci',
  'Starting figures and policy': 'Chiffres de départ et politique',
  'The cluster when the term starts, the budget and the policy in force.':
    'Le cluster au début du mandat, le budget et la politique en vigueur.',
  'The link is copied.': 'Le lien est copié.',
  'The preview shows the last valid version: fix the problems to update it.':
    'L’aperçu montre la dernière version valide\u00a0: corrigez les problèmes pour le mettre à jour.',
  'The scenario from the link is in the editor.': 'Le scénario du lien est dans l’éditeur.',
  'Things that happen during the term, with the choices they offer, and shocks on given years.':
    'Ce qui arrive pendant le mandat, avec les choix proposés, et les chocs à des années données.',
  'This scenario is too long for a link ({length} characters, at most {max}): share the exported file instead.':
    'Ce scénario est trop long pour un lien ({length} caractères, au plus {max})\u00a0: partagez plutôt le fichier exporté.',
  'This scenario link holds a scenario that breaks the rules:': 'Ce lien contient un scénario qui enfreint les règles\u00a0:',
  'This scenario link is damaged or incomplete: it was probably cut off when it was copied. Ask for the whole link.':
    'Ce lien de scénario est abîmé ou incomplet\u00a0: il a sans doute été coupé lors de la copie. Demandez le lien entier.',
  'This scenario link is too long to be read.': 'Ce lien de scénario est trop long pour être lu.',
  'What the players read: the cluster\'s name, its briefing, what they should learn and the goals they are judged on.':
    'Ce que lisent les joueurs\u00a0: le nom du cluster, son briefing, ce qu’ils doivent apprendre et les objectifs sur lesquels ils sont jugés.',
  'Where each figure comes from ("assumption: ..." where there is no source), and which limitations weigh on the cluster.':
    'D’où vient chaque chiffre («\u00a0assumption: ...\u00a0» sans source), et quelles limites pèsent sur le cluster.',
  'Your browser already keeps {count} scenarios: delete one to save this one.':
    'Votre navigateur garde déjà {count} scénarios\u00a0: supprimez-en un pour enregistrer celui-ci.',
  'Your cluster from {first} to {last} (seed {seed}): with no new policy, and with a balanced plan (a fifth of the budget on each line, joint projects, labor standards).':
    'Votre cluster de {first} à {last} (graine {seed})\u00a0: sans nouvelle politique, et avec un plan équilibré (un cinquième du budget sur chaque ligne, projets communs, normes du travail).',
  'Your saved scenarios could not all be read; what could not be read is kept aside in this browser.':
    'Vos scénarios enregistrés n’ont pas tous pu être lus\u00a0; ce qui n’a pas pu être lu est gardé à part dans ce navigateur.',
  'Your previous scenario is kept in your scenarios in this browser.': 'Votre scénario précédent est gardé dans vos scénarios de ce navigateur.',
  'Your scenario': 'Votre scénario',
  'Your scenario is unchanged.': 'Votre scénario est inchangé.',
  'Your scenarios in this browser': 'Vos scénarios dans ce navigateur',
  '{name} deleted.': '{name} supprimé.',
  '{name} is in the editor.': '{name} est dans l’éditeur.',
  'Your own cluster in twenty minutes: how':
    'Votre propre cluster en vingt minutes\u00a0: comment faire',
  'Start from the scenario or archetype closest to your cluster.':
    'Partez du scénario ou de l’archétype le plus proche de votre cluster.',
  'Give it its own name, short name, country and sector, and write the briefing your class will read.':
    'Donnez-lui son nom, son nom court, son pays et son secteur, et écrivez le briefing que lira votre classe.',
  'Set the starting figures (firms, jobs, output, wages, poverty), each with its source or "assumption: ...".':
    'Fixez les chiffres de départ (entreprises, emplois, production, salaires, pauvreté), chacun avec sa source ou «\u00a0assumption: ...\u00a0».',
  'Keep, change or remove the events; add one your cluster really faced.':
    'Gardez, modifiez ou retirez les événements\u00a0; ajoutez-en un que votre cluster a vraiment connu.',
  'Watch the preview: with no new policy the cluster should do what your sources say it did.':
    'Regardez l’aperçu\u00a0: sans nouvelle politique, le cluster devrait faire ce que vos sources disent qu’il a fait.',
  'Save it, then export the file or copy the share link for your class, and press Play to try it.':
    'Enregistrez-le, puis exportez le fichier ou copiez le lien de partage pour votre classe, et appuyez sur Jouer pour l’essayer.',
  // The schema's own rules and types, as the editor shows them (src/ui/editor-messages.ts).
  'for {mode} on {target}, must be from {min} to {max}': 'pour {mode} sur {target}, doit être compris entre {min} et {max}',
  'with large firms, must be from {min} to {max} (large firms produce some of the output)':
    'avec des grandes entreprises, doit être compris entre {min} et {max} (elles produisent une partie de la production)',
  'a condition needs "below" or "above"': 'une condition demande «\u00a0below\u00a0» ou «\u00a0above\u00a0»',
  'a trigger needs a year, a chance, a shock or a condition (when)':
    'un déclencheur demande une année, une probabilité, un choc ou une condition (when)',
  'at most one choice may be the default': 'un seul choix au plus peut être le choix par défaut',
  'another choice has the ID "{id}"': 'un autre choix a l’identifiant «\u00a0{id}\u00a0»',
  'another event has the ID "{id}"': 'un autre événement a l’identifiant «\u00a0{id}\u00a0»',
  'the role "{role}" is given twice': 'le rôle «\u00a0{role}\u00a0» est donné deux fois',
  'use lower-case words joined by hyphens (a-z, 0-9)': 'utilisez des mots en minuscules reliés par des traits d’union (a-z, 0-9)',
  'must be a three-digit ISO 3166-1 numeric code': 'doit être un code numérique ISO 3166-1 à trois chiffres',
  'a goal compared "above" or "below" needs a value': 'un objectif comparé avec «\u00a0above\u00a0» ou «\u00a0below\u00a0» demande une valeur',
  'cannot be more than the large firms': 'ne peut pas dépasser le nombre de grandes entreprises',
  'must be 0 when there are no large firms': 'doit valoir 0 quand il n’y a pas de grandes entreprises',
  'no source for {field}: add one under Sources with the key {key} (a citation or "assumption: ...")':
    'aucune source pour {field}\u00a0: ajoutez-en une dans Sources avec la clé {key} (une référence ou «\u00a0assumption: ...\u00a0»)',
  'must fall in the term, {from} to {to}': 'doit tomber pendant le mandat, de {from} à {to}',
  'for {shock}, must be from {min} to {max}': 'pour {shock}, doit être compris entre {min} et {max}',
  '{shock} is already scheduled in {year}': '{shock} est déjà programmé en {year}',
  'no event "{id}" in this scenario (its events: {list})': 'aucun événement «\u00a0{id}\u00a0» dans ce scénario (ses événements\u00a0: {list})',
  'no choice "{id}" (its choices: {list})': 'aucun choix «\u00a0{id}\u00a0» (ses choix\u00a0: {list})',
  'has {count, plural, one {# year} other {# years}}, more than the term’s {term}':
    'compte {count, plural, one {#\u00a0année} other {#\u00a0années}}, plus que les {term} du mandat',
  'must be a number': 'doit être un nombre',
  'must be a whole number': 'doit être un nombre entier',
  'must be text': 'doit être un texte',
  'must be true or false': 'doit être vrai ou faux',
  'must be a list': 'doit être une liste',
  'must be a group of fields': 'doit être un groupe de champs',
  'this is a built-in scenario’s ID; give your scenario its own':
    'c’est l’identifiant d’un scénario du jeu\u00a0; donnez à votre scénario le sien',
  // A choice the game names, with the file's own value (src/ui/editor-options.ts optionText).
  '{label} ({value})': '{label} ({value})',
  // The names of choices the game names nowhere else (src/ui/editor-options.ts OPTION_WORDS).
  'Add to the value': 'Ajouter à la valeur',
  'Multiply by (1 + change)': 'Multiplier par (1 + variation)',
  'Above the value': 'Au-dessus de la valeur',
  'Below the value': 'En dessous de la valeur',
  'Better than with no new policy': 'Mieux que sans nouvelle politique',
  'Productivity (index, 1 at the start)': 'Productivité (indice, 1 au départ)',
  // An imported file that is not JSON (src/ui/editor-screen.ts notJsonWords).
  'the file could not be read': 'le fichier n’a pas pu être lu',
  'the file is not valid JSON: it does not start like a scenario file (it starts "{start}")':
    'le fichier n’est pas du JSON valide\u00a0: il ne commence pas comme un fichier de scénario (il commence par «\u00a0{start}\u00a0»)',
};

export default fr;
