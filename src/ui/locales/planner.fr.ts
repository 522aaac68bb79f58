// French (fr) for the planner: its strings, registered when the planner's code loads (locales/planner.ts),
// so the title page does not carry them. Same rules as fr.ts (checked with it by src/cli/i18n-keys.ts):
// one object literal of plain strings; a no-break space (\u00a0) before : ; ? and inside « ».
// Terms: plan = plan; phase = phase; horizon = horizon; seed = graine; luck = aléas.
const fr: Record<string, string> = {
  '"{file}" could not be read: {reason}.': '«\u00a0{file}\u00a0» n’a pas pu être lu\u00a0: {reason}.',
  '"{file}" downloaded.': '«\u00a0{file}\u00a0» téléchargé.',
  '"{name}" deleted.': '«\u00a0{name}\u00a0» supprimé.',
  '"{name}" imported: {phases} phases over {years} years.':
    '«\u00a0{name}\u00a0» importé\u00a0: {phases} phases sur {years} ans.',
  '"{name}" is in the editor: change it and save it again, or under a new name.':
    '«\u00a0{name}\u00a0» est dans l’éditeur\u00a0: modifiez-le et enregistrez-le à nouveau, ou sous un autre nom.',
  '"{name}" saved again (it replaces the plan of that name).':
    '«\u00a0{name}\u00a0» enregistré à nouveau (il remplace le plan de ce nom).',
  '"{name}" saved.': '«\u00a0{name}\u00a0» enregistré.',
  '% a year over the horizon': '% par an sur l’horizon',
  '% of people': '% de la population',
  'Add phase': 'Ajouter une phase',
  'An event takes its default choice unless this phase names one.':
    'Un événement prend son choix par défaut, sauf si cette phase en désigne un.',
  'At the horizon, {year}': 'À l’horizon, {year}',
  'Average growth': 'Croissance moyenne',
  'Budget spent': 'Budget dépensé',
  'Cluster, horizon and luck': 'Cluster, horizon et aléas',
  'Compare plans': 'Comparer les plans',
  'Copy link': 'Copier le lien',
  'Default: {choice}': 'Par défaut\u00a0: {choice}',
  'Delete {name}': 'Supprimer {name}',
  'Dismiss': 'Fermer',
  'Does not fire with this plan.': 'Ne survient pas avec ce plan.',
  'Download what could not be read': 'Télécharger ce qui n’a pas pu être lu',
  'Each phase keeps its budget and rules every year from its first year to its last. Add a phase to change course later in the horizon.':
    'Chaque phase garde son budget et ses règles chaque année, de sa première à sa dernière année. Ajoutez une phase pour changer de cap plus tard dans l’horizon.',
  'Each plan in {year} and its difference from no new policy (seed {seed}, {years} years).':
    'Chaque plan en {year} et son écart avec «\u00a0sans nouvelle politique\u00a0» (graine {seed}, {years} ans).',
  'Event choices: all default': 'Choix aux événements\u00a0: tous par défaut',
  'Event choices: {n} named': 'Choix aux événements\u00a0: {n} désignés',
  'Export plan': 'Exporter le plan',
  'Fires after {year}, in another phase.': 'Survient après {year}, dans une autre phase.',
  'Fires after {year}, in this phase.': 'Survient après {year}, dans cette phase.',
  'Fires after {year}, the last year: its default stands.':
    'Survient après {year}, la dernière année\u00a0: son choix par défaut s’applique.',
  'From year': 'De l’année',
  'Give the plan a name first.': 'Donnez d’abord un nom au plan.',
  'Growth, jobs and poverty, {first} to {last}': 'Croissance, emplois et pauvreté, de {first} à {last}',
  'Horizon': 'Horizon',
  'Import plan': 'Importer un plan',
  'Indicator': 'Indicateur',
  'Its last {n} years are past the longest horizon (30 years) and were left out.':
    'Ses {n} dernières années dépassent l’horizon le plus long (30 ans) et ont été laissées de côté.',
  'Link copied to the clipboard. It is also in the field above.':
    'Lien copié dans le presse-papiers. Il figure aussi dans le champ ci-dessus.',
  'Load': 'Ouvrir',
  'Load {name}': 'Ouvrir {name}',
  'My plan': 'Mon plan',
  'Nothing was deleted: what could not be read is kept in this browser.':
    'Rien n’a été supprimé\u00a0: ce qui n’a pas pu être lu est conservé dans ce navigateur.',
  'Nothing was deleted; plans you save now last until you close the page.':
    'Rien n’a été supprimé\u00a0; les plans enregistrés maintenant dureront jusqu’à la fermeture de la page.',
  'Phase added: {count} phases.': 'Phase ajoutée\u00a0: {count} phases.',
  'Plan': 'Plan',
  'Plan a whole horizon: split the budget in each phase and set the rules. The charts re-run at every change, against no new policy (the dashed line).':
    'Planifiez tout un horizon\u00a0: répartissez le budget de chaque phase et fixez les règles. Les graphiques sont recalculés à chaque changement, face à «\u00a0sans nouvelle politique\u00a0» (la ligne pointillée).',
  'Plan name': 'Nom du plan',
  'Plan {letter}': 'Plan {letter}',
  'Remove phase': 'Retirer la phase',
  'Run it in the headless simulator:': 'À lancer dans le simulateur en ligne de commande\u00a0:',
  'Save plan': 'Enregistrer le plan',
  'Save up to {n} plans for this cluster. They are drawn with this plan and no new policy, all with the seed and horizon above, so each faces the same luck.':
    'Enregistrez jusqu’à {n} plans pour ce cluster. Ils sont tracés avec ce plan et «\u00a0sans nouvelle politique\u00a0», tous avec la graine et l’horizon ci-dessus\u00a0: chacun affronte les mêmes aléas.',
  'Saved plans': 'Plans enregistrés',
  'Scenario': 'Scénario',
  'Seed': 'Graine',
  'Share link': 'Lien de partage',
  'Share this plan': 'Partager ce plan',
  'Some saved plans could not be read and were left out: {problems}.':
    'Certains plans enregistrés n’ont pas pu être lus et ont été laissés de côté\u00a0: {problems}.',
  'The link holds the cluster, the horizon, the seed and every phase: whoever opens it sees this plan and these numbers.':
    'Le lien contient le cluster, l’horizon, la graine et chaque phase\u00a0: qui l’ouvre voit ce plan et ces chiffres.',
  'The plan changed: copy the link again to share it as it is now.':
    'Le plan a changé\u00a0: copiez à nouveau le lien pour le partager tel qu’il est maintenant.',
  'The plan file could not be used: {problems}. Your plan is unchanged.':
    'Le fichier de plan n’a pas pu être utilisé\u00a0: {problems}. Votre plan n’a pas changé.',
  'The plan from the link is open.': 'Le plan du lien est ouvert.',
  'The planner opened with another plan; your saved plans are unchanged.':
    'Le planificateur s’est ouvert sur un autre plan\u00a0; vos plans enregistrés n’ont pas changé.',
  'The planner runs every plan to the horizon, so plans can be compared.':
    'Le planificateur mène chaque plan jusqu’à l’horizon, pour que les plans restent comparables.',
  'The seed fixes the luck (shocks and when events fire): the same seed gives the same numbers, here and in the simulator.':
    'La graine fixe les aléas (chocs et moment des événements)\u00a0: la même graine donne les mêmes chiffres, ici et dans le simulateur.',
  'This browser did not let the planner copy it: select the link in the field above and copy it.':
    'Ce navigateur n’a pas permis de le copier\u00a0: sélectionnez le lien dans le champ ci-dessus et copiez-le.',
  'This browser does not let the planner store it: it lasts until you close the page.':
    'Ce navigateur ne permet pas au planificateur de le conserver\u00a0: il dure jusqu’à la fermeture de la page.',
  'This plan': 'Ce plan',
  'This plan in {year}, its difference from no new policy, and no new policy (same cluster, seed and luck).':
    'Ce plan en {year}, son écart avec «\u00a0sans nouvelle politique\u00a0», et «\u00a0sans nouvelle politique\u00a0» (même cluster, même graine, mêmes aléas).',
  'This plan link has been changed or damaged, so the plan in it cannot be trusted. Ask for the link again.':
    'Ce lien de plan a été modifié ou abîmé\u00a0: on ne peut pas se fier au plan qu’il contient. Redemandez le lien.',
  'This plan link holds a plan that breaks the rules: {problems}.':
    'Ce lien contient un plan qui enfreint les règles\u00a0: {problems}.',
  'This plan link is incomplete: it was probably cut off when it was copied. Ask for the whole link.':
    'Ce lien de plan est incomplet\u00a0: il a sans doute été coupé lors de la copie. Demandez le lien entier.',
  'This plan link names a cluster this version does not have: "{id}".':
    'Ce lien de plan désigne un cluster que cette version ne connaît pas\u00a0: «\u00a0{id}\u00a0».',
  'This plan link was made by a newer version of Cluster Policy Lab (link version {version}; this version reads up to {max}). Open it with the newer version.':
    'Ce lien de plan a été créé par une version plus récente de Cluster Policy Lab (lien version {version}\u00a0; cette version lit jusqu’à la version {max}). Ouvrez-le avec la version plus récente.',
  'To year': 'À l’année',
  'US$ million a year': 'millions de $ US par an',
  'US$ million over the horizon': 'millions de $ US sur l’horizon',
  'With no new policy, approval collapses after {year}.':
    'Sans nouvelle politique, l’approbation s’effondre après {year}.',
  'With this plan, stakeholder approval collapses after {year}: in the game the term would end there.':
    'Avec ce plan, l’approbation des parties prenantes s’effondre après {year}\u00a0: dans le jeu, le mandat s’arrêterait là.',
  'Year {k} ({year})': 'Année {k} ({year})',
  'Years {from}–{to} ({first}–{last})': 'Années {from} à {to} ({first}–{last})',
  'Your plan, phase by phase': 'Votre plan, phase par phase',
  'Your saved plans come from a newer version of Cluster Policy Lab: {problem}.':
    'Vos plans enregistrés viennent d’une version plus récente de Cluster Policy Lab\u00a0: {problem}.',
  'Your saved plans could not be read: {problem}.':
    'Vos plans enregistrés n’ont pas pu être lus\u00a0: {problem}.',
  'and its difference': 'et son écart',
  'years (5 to 30)': 'ans (de 5 à 30)',
  '{indicator} ({unit}), year by year': '{indicator} ({unit}), année par année',
  '{name}: {first} to {last}, a budget of {budget} a year.':
    '{name}\u00a0: de {first} à {last}, un budget de {budget} par an.',
  '{name}: {value}': '{name}\u00a0: {value}',
  '{name}: {value} in {year}': '{name}\u00a0: {value} en {year}',
  '{n} plans are saved for this cluster already: delete one first.':
    '{n} plans sont déjà enregistrés pour ce cluster\u00a0: supprimez-en un d’abord.',
  '{phase} removed.': '{phase} retirée.',
  '{years} years, seed {seed}, {phases} phases': '{years} ans, graine {seed}, {phases} phases',
};

export default fr;
