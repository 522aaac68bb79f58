// French (fr). Keys are the English text passed to t() (src/ui/i18n.ts); values keep every {placeholder}.
// Checked by `npx tsx src/cli/i18n-keys.ts --check` and tests/ui/i18n.test.ts. Keep it one object literal of
// plain strings: the checker reads this file without running it.
//
// Terms used throughout: cluster = « cluster » (masc.); SMEs = PME; TNCs = multinationales; donors = bailleurs
// de fonds (« bailleurs »); stakeholders = parties prenantes; approval = approbation; term = mandat; no new policy
// (the baseline) = « sans nouvelle politique »; incentives = incitations; tariff = droit de douane; labour
// standards = normes du travail; debrief = bilan. Cause phrases (« formation antérieure ») have no article: they
// appear in brackets after a number and at the start of table rows. Typography: a no-break space (\u00a0)
// before : ; ? and inside « ».
const fr: Record<string, string> = {
  '% of people (headcount ratio)': '% de la population (taux de pauvreté)',
  '% per year': '% par an',
  '({value})': '({value})',
  ', and ': ' et ',
  '.': '.',
  ': {parts}.': '\u00a0: {parts}.',
  'A big buyer left': 'Départ d’un gros acheteur',
  'A big foreign buyer left: {pct} of export orders lost.':
    'Un gros acheteur étranger est parti\u00a0: {pct} des commandes à l’export perdues.',
  'A buyer left': 'Départ d’un acheteur',
  'A fire destroyed {pct} of the small workshops.': 'Un incendie a détruit {pct} des petits ateliers.',
  'A fire or accident': 'Incendie ou accident',
  'A new buyer standard': 'Une nouvelle norme des acheteurs',
  'A foreign plant left': 'Départ d’une usine étrangère',
  'No event and no sudden shock, but {cause} cost {amount} of output.': 'Ni événement ni choc soudain, mais la {cause} a coûté {amount} de production.',
  'No event and no sudden shock, but {cause} added {amount} of output.': 'Ni événement ni choc soudain, mais la {cause} a ajouté {amount} de production.',
  'No event and no large shock, but output fell {pct}: see why below.': 'Ni événement ni choc majeur, mais la production a baissé de {pct}\u00a0: voir pourquoi ci-dessous.',
  'No event and no large shock, but output rose {pct}: see why below.': 'Ni événement ni choc majeur, mais la production a augmenté de {pct}\u00a0: voir pourquoi ci-dessous.',
  'A quiet year: no event and no large shock.': 'Une année calme\u00a0: ni événement ni choc majeur.',
  'A research center: slow, and needs skilled workers.':
    'Un centre de recherche\u00a0: lent, et il lui faut une main-d’œuvre qualifiée.',
  'All clusters': 'Tous les clusters',
  'All contributions (table)': 'Toutes les contributions (tableau)',
  'Charts: what moved each outcome': 'Graphiques\u00a0: ce qui a fait bouger chaque résultat',
  'All firms': 'Toutes les entreprises',
  'All outcome charts': 'Tous les graphiques de résultats',
  Approval: 'Approbation',
  'Approval has collapsed (average {mean}, below {limit}): your term ends early.':
    'L’approbation s’est effondrée (moyenne {mean}, sous {limit})\u00a0: votre mandat s’achève avant terme.',
  'Approval is close to collapse: average {mean}. Below {limit} your term ends early.':
    'L’approbation est au bord de l’effondrement\u00a0: moyenne {mean}. Sous {limit}, votre mandat s’achève avant terme.',
  Archetype: 'Archétype',
  'Attracts foreign plants: jobs and technology, but more dependence on outsiders.':
    'Attire des usines étrangères\u00a0: emplois et technologie, mais davantage de dépendance envers l’extérieur.',
  Back: 'Retour',
  'Back to the map': 'Retour à la carte',
  'Better than {share} of the {n} plans tried on the same luck, on all {m} measures taken together.':
    'Mieux que {share} des {n}\u00a0plans essayés avec les mêmes aléas, sur les {m}\u00a0mesures prises ensemble.',
  'Better than {share} of the {n} plans tried on the same luck; the best reached {best}':
    'Mieux que {share} des {n}\u00a0plans essayés avec les mêmes aléas\u00a0; le meilleur a atteint {best}',
  Budget: 'Budget',
  'Budget for {year}': 'Budget {year}',
  'Budget {money}': 'Budget\u00a0: {money}',
  'CSV file downloaded': 'Fichier CSV téléchargé',
  Cause: 'Cause',
  Change: 'Variation',
  'Chart key': 'Légende du graphique',
  'Charts of your term': 'Graphiques de votre mandat',
  'Choose a cluster': 'Choisissez un cluster',
  'Choose another cluster': 'Choisir un autre cluster',
  'Cleaner government and milder shocks.': 'Administration plus intègre et chocs plus modérés.',
  'Cluster in {year}': 'Le cluster en {year}',
  'Cluster of multinational plants': 'Cluster d’usines de multinationales',
  'Clusters on the map': 'Clusters sur la carte',
  Combined: 'Combiné',
  'Combined effects': 'Effets combinés',
  'Combined effects come from causes working together, which cannot be split between them.':
    'Les effets combinés viennent de causes qui agissent ensemble et qu’on ne peut pas répartir entre elles.',
  Continue: 'Continuer',
  Contribution: 'Contribution',
  'Costs output within {n} years.': 'Réduit la production sur {n, plural, one {#\u00a0an} other {#\u00a0ans}}.',
  'Courses for workers and managers: pays after a year.':
    'Formations pour salariés et dirigeants\u00a0: rapporte au bout d’un an.',
  'Data table': 'Tableau de données',
  'Data table below.': 'Tableau de données ci-dessous.',
  'Debrief. {end}': 'Bilan. {end}',
  'Debrief: {name}': 'Bilan\u00a0: {name}',
  'Decided for you (the last year): {choice}.': 'Décidé pour vous (dernière année)\u00a0: {choice}.',
  'Design a multi-year plan and compare it with the baseline.':
    'Concevez un plan pluriannuel et comparez-le au scénario de référence.',
  'Did firms cooperate more, or less?': 'Les entreprises ont-elles coopéré davantage, ou moins\u00a0?',
  'Did growth come at the workers’ expense?': 'La croissance s’est-elle faite aux dépens des travailleurs\u00a0?',
  'Did small firms grow stronger, or only more numerous?':
    'Les petites entreprises sont-elles devenues plus solides, ou seulement plus nombreuses\u00a0?',
  'Did the cluster move up from cheap, low-quality products?':
    'Le cluster est-il monté en gamme, au-delà des produits bon marché de faible qualité\u00a0?',
  Difference: 'Écart',
  Difficulty: 'Difficulté',
  'Dominance of small firms': 'Prédominance des petites entreprises',
  Done: 'Terminé',
  'Donor programme': 'Programme des bailleurs',
  'Donor programme ended': 'Fin du programme des bailleurs',
  'Donor projects': 'Projets des bailleurs',
  Donors: 'Bailleurs de fonds',
  'Download PNG': 'Télécharger en PNG',
  'Each grade ranks your result among {n} fixed plans run on this cluster with the same luck (the same shocks, and your answers to the events): each lever alone, mixes, balanced and random plans. A means better than nine in ten of them. The no-new-policy column is there for comparison; it does not set the grade.':
    'Chaque note classe votre résultat parmi {n}\u00a0plans fixes joués sur ce cluster avec les mêmes aléas (les mêmes chocs, et vos réponses aux événements)\u00a0: chaque levier seul, des combinaisons, des plans équilibrés et des plans aléatoires. A signifie mieux que neuf sur dix d’entre eux. La colonne «\u00a0sans nouvelle politique\u00a0» sert de comparaison\u00a0; elle ne fixe pas la note.',
  'Each report explains what moved output, jobs and poverty: this year’s decisions, earlier spending that pays off now, shocks, and the underlying trend. Open the table for every number.':
    'Chaque rapport explique ce qui a fait bouger la production, l’emploi et la pauvreté\u00a0: les décisions de l’année, les dépenses antérieures qui portent leurs fruits, les chocs et la tendance de fond. Ouvrez le tableau pour voir tous les chiffres.',
  'Each year, share the budget across infrastructure, training, research centers, incentives and trade policy. Money you leave unspent is lost.':
    'Chaque année, répartissez le budget entre infrastructures, formation, centres de recherche, incitations et politique commerciale. L’argent non dépensé est perdu.',
  'Earlier spending': 'Dépenses antérieures',
  Easy: 'Facile',
  Employment: 'Emploi',
  'End of {year}': 'Fin {year}',
  'End year': 'Terminer l’année',
  'Eroding trust': 'Érosion de la confiance',
  Event: 'Événement',
  'Event choice': 'Choix face à un événement',
  'Event · {year} · year {k}': 'Événement · {year} · année {k}',
  Events: 'Événements',
  'Exchange rate': 'Taux de change',
  Export: 'Exporter',
  'Export CSV': 'Exporter en CSV',
  'Export promotion and certification for foreign buyers.':
    'Promotion des exportations et certification pour les acheteurs étrangers.',
  'Export run (JSON)': 'Exporter la partie (JSON)',
  'Export save': 'Exporter la sauvegarde',
  Exports: 'Exportations',
  'Exports and external dependence': 'Exportations et dépendance extérieure',
  'Exports went from {from} to {to} of output ({base})':
    'La part exportée de la production est passée de {from} à {to} ({base})',
  'External dependence': 'Dépendance extérieure',
  'External dependence went from {from} to {to}.': 'La dépendance extérieure est passée de {from} à {to}.',
  'Fierce competition and big firms pulling away weaken cooperation between firms.':
    'Une concurrence féroce et des grandes entreprises qui font cavalier seul affaiblissent la coopération entre entreprises.',
  'Fire or accident': 'Incendie ou accident',
  'New buyer standard': 'Nouvelle norme des acheteurs',
  'Foreign buyers imposed a new quality standard: a cluster short of it loses export orders, one that meets it wins some.':
    'Des acheteurs étrangers ont imposé une nouvelle norme de qualité\u00a0: un cluster qui n’y satisfait pas perd des commandes à l’exportation, un cluster qui la respecte en gagne.',
  'Fires or accidents hit the workshops in {years}, destroying about {n} workshops in all.':
    'Des incendies ou accidents ont frappé les ateliers en {years}, détruisant environ {n}\u00a0ateliers au total.',
  'Foreign buyers, multinationals and donors decide much of what happens.':
    'Acheteurs étrangers, multinationales et bailleurs de fonds décident d’une grande partie de ce qui se passe.',
  'Foreign investors (FDI)': 'Investisseurs étrangers (IDE)',
  'Foreign plants relocated: {pct} of them left.':
    'Des usines étrangères ont délocalisé\u00a0: {pct} d’entre elles sont parties.',
  'Fund a budget line to see when it pays off.': 'Financez une ligne budgétaire pour voir quand elle rapporte.',
  'Funds projects several firms run together, building trust and shared services.':
    'Finance des projets menés par plusieurs entreprises ensemble, ce qui crée de la confiance et des services partagés.',
  'Game menu': 'Menu de la partie',
  Goals: 'Objectifs',
  'Goals for your term': 'Objectifs de votre mandat',
  Grade: 'Note',
  'Grade {grade}: {meaning}': 'Note {grade}\u00a0: {meaning}',
  Grades: 'Notes',
  Growth: 'Croissance',
  'Growth (average a year)': 'Croissance (moyenne annuelle)',
  'Growth, jobs and poverty': 'Croissance, emploi et pauvreté',
  Hard: 'Difficile',
  'Headline charts': 'Graphiques principaux',
  'Headline numbers for {year}': 'Chiffres clés de {year}',
  Helped: 'Effet positif',
  'Higher protection shields local workshops from imports but slows productivity and annoys donors.':
    'Plus de protection abrite les ateliers locaux des importations, mais freine la productivité et agace les bailleurs de fonds.',
  'How exposed was the cluster to foreign buyers, multinationals and donors?':
    'Dans quelle mesure le cluster dépendait-il des acheteurs étrangers, des multinationales et des bailleurs de fonds\u00a0?',
  'How much did poor infrastructure and leaky budgets hold you back?':
    'À quel point des infrastructures déficientes et des fuites budgétaires vous ont-elles freiné\u00a0?',
  Hurt: 'Effet négatif',
  'If you keep this plan every year from {from} to {to}, and no shocks or events hit.':
    'Si vous gardez ce plan chaque année de {from} à {to}, sans chocs ni événements.',
  'Import save': 'Importer une sauvegarde',
  'Incentive target': 'Cible des incitations',
  Incentives: 'Incitations',
  'Incentives only go to firms that meet safety and contract standards.':
    'Les incitations ne vont qu’aux entreprises qui respectent les normes de sécurité et de contrat de travail.',
  'Incentives: {parts}.': 'Incitations\u00a0: {parts}.',
  Infrastructure: 'Infrastructures',
  'Infrastructure, skills and research': 'Infrastructures, compétences et recherche',
  'It moved little: no joint projects, no big shift towards large firms, and no price war.':
    'Elle a peu bougé\u00a0: ni projets communs, ni basculement marqué vers les grandes entreprises, ni guerre des prix.',
  Jobs: 'Emplois',
  'Jobs fell by {amount}': 'L’emploi a reculé de {amount}',
  'Jobs rose by {amount}': 'L’emploi a progressé de {amount}',
  'Joint projects of firms': 'Projets communs d’entreprises',
  'Keep stakeholders on board': 'Gardez les parties prenantes de votre côté',
  Key: 'Légende',
  Kind: 'Type',
  'Kinds of cluster': 'Types de cluster',
  'Labor standards': 'Normes du travail',
  'Labor standards were a condition for incentives in {n} of {m} years.':
    'Les normes du travail ont conditionné les incitations {n, plural, one {#\u00a0année} other {#\u00a0années}} sur {m}.',
  Language: 'Langue',
  'Large firms': 'Grandes entreprises',
  'Large firms and TNCs': 'Grandes entreprises et multinationales',
  'Leakage and shocks as the scenario describes them.': 'Fuites et chocs tels que le scénario les décrit.',
  Level: 'Niveau',
  'Change over the whole year': 'Variation sur l’année entière',
  'Change in {year}': 'Variation en {year}',
  'Loaded the saved game from {file}.': 'Partie sauvegardée chargée depuis {file}.',
  'Low skills tie the cluster to cheap, low-quality products.':
    'Le manque de compétences cantonne le cluster aux produits bon marché et de faible qualité.',
  'Low value-added specialisation': 'Spécialisation à faible valeur ajoutée',
  "Low wages, unsafe work and no contracts: competitiveness bought with workers' welfare.":
    'Bas salaires, travail dangereux et absence de contrats\u00a0: une compétitivité payée par le bien-être des travailleurs.',
  Luck: 'Coup de chance',
  'Main menu': 'Menu principal',
  'Many small firms without managerial and technical skills compete on price.':
    'De nombreuses petites entreprises, sans compétences de gestion ni techniques, se font concurrence sur les prix.',
  'Marked on the charts': 'Repères sur les graphiques',
  'Mass producers': 'Production de masse',
  Measure: 'Indicateur',
  Met: 'Atteint',
  'More of the budget leaks away; shocks are larger and more frequent.':
    'Une plus grande part du budget se perd en fuites\u00a0; les chocs sont plus forts et plus fréquents.',
  'New game': 'Nouvelle partie',
  'New incentive target': 'Nouvelle cible des incitations',
  Next: 'Suivant',
  'Next year': 'Année suivante',
  'No explanation was recorded for {year}.': 'Aucune explication n’a été enregistrée pour {year}.',
  'No fire or serious accident hit the workshops.': 'Aucun incendie ni accident grave n’a frappé les ateliers.',
  'No large shock from outside hit the cluster this term.':
    'Aucun choc extérieur majeur n’a frappé le cluster pendant ce mandat.',
  'No new policy': 'Sans nouvelle politique',
  'No new policy, 8 in 10 runs with other luck': 'Sans nouvelle politique, 8 tirages sur 10 avec une autre chance',
  'No new policy: {value}': 'Sans nouvelle politique\u00a0: {value}',
  'No noticeable payoff by {year}.': 'Aucun effet notable d’ici {year}.',
  'No noticeable payoff by {year}: research needs skilled workers to use it.':
    'Aucun effet notable d’ici {year}\u00a0: la recherche a besoin de main-d’œuvre qualifiée pour être exploitée.',
  Normal: 'Normal',
  'Not a main weakness here': 'Pas une faiblesse majeure ici',
  'Not met': 'Non atteint',
  'Nothing left: lower another line first.': 'Plus rien à répartir\u00a0: réduisez d’abord une autre ligne.',
  'Of the {spent} you spent, about {lost} ({rate}) leaked away through weak institutions before it had any effect.':
    'Sur les {spent} dépensés, environ {lost} ({rate}) se sont perdus dans des institutions fragiles avant d’avoir le moindre effet.',
  'Open to everyone, so large firms capture most of it.':
    'Ouvertes à tous\u00a0: les grandes entreprises en captent l’essentiel.',
  Output: 'Production',
  'Output and productivity': 'Production et productivité',
  'Output fell US$ {amount} m ({pct})': 'La production a reculé de {amount}\u00a0M$ US ({pct})',
  'Output hardly changed': 'La production a peu varié',
  'Output rose US$ {amount} m ({pct})': 'La production a progressé de {amount}\u00a0M$ US ({pct})',
  'Output, jobs and poverty each year (no new policy in brackets)':
    'Production, emploi et pauvreté chaque année (sans nouvelle politique entre parenthèses)',
  'Overall: {grade}, {meaning} of the plans tried.': 'Note globale\u00a0: {grade}, {meaning} des plans essayés.',
  'Pays off from {year} (year {k})': 'Rapporte dès {year} (année {k})',
  Planner: 'Planificateur',
  "Play a ten-year term as the cluster's policymaker.":
    'Jouez un mandat de dix ans comme responsable des politiques du cluster.',
  'Play again': 'Rejouer',
  'Policy change': 'Changement de politique',
  'Poor roads and power, leaky budgets and shifting trade policy hold firms back.':
    'Routes et électricité déficientes, fuites budgétaires et politique commerciale instable freinent les entreprises.',
  'Poor working conditions': 'Mauvaises conditions de travail',
  Poverty: 'Pauvreté',
  'Poverty fell {amount} points': 'La pauvreté a reculé de {amount}\u00a0points',
  'Poverty hardly changed': 'La pauvreté a peu varié',
  'Poverty rose {amount} points': 'La pauvreté a progressé de {amount}\u00a0points',
  'Poverty: share of people below the poverty line. Working conditions and trust: 0 to 100. No new policy: the same cluster with the same luck, spending nothing.':
    'Pauvreté\u00a0: part de la population sous le seuil de pauvreté. Conditions de travail et confiance\u00a0: de 0 à 100. Sans nouvelle politique\u00a0: le même cluster, avec la même chance, sans rien dépenser.',
  'Press End year': 'Appuyez sur Terminer l’année',
  'Print memo': 'Imprimer la note',
  'Quality (the share of output in higher value-added segments) went from {from} to {to} ({base}).':
    'La qualité (part de la production dans les segments à plus forte valeur ajoutée) est passée de {from} à {to} ({base}).',
  'Quit to title': 'Quitter vers l’accueil',
  Research: 'Recherche',
  'Research centers': 'Centres de recherche',
  'Roads, power and water: built over 2–3 years.': 'Routes, électricité et eau\u00a0: construites en 2 à 3\u00a0ans.',
  'Rules that cost no budget': 'Règles sans coût budgétaire',
  "Run a session for several teams, with a facilitator's view.":
    'Animez une séance pour plusieurs équipes, avec une vue pour l’animateur.',
  'Run file downloaded': 'Fichier de la partie téléchargé',
  SMEs: 'PME',
  'Saved game file to import': 'Fichier de sauvegarde à importer',
  'Saved the game as {file}.': 'Partie enregistrée sous {file}.',
  Scorecard: 'Tableau de résultats',
  'Scorecard: your results, no new policy, and your grade among the plans tried':
    'Tableau de résultats\u00a0: vos résultats, sans nouvelle politique, et votre note parmi les plans essayés',
  'See the debrief': 'Voir le bilan',
  Shock: 'Choc',
  Shocks: 'Chocs',
  'Shocks from outside: {list}.': 'Chocs extérieurs\u00a0: {list}.',
  'Show tutorial': 'Afficher le tutoriel',
  Skills: 'Compétences',
  'Skip to content': 'Aller au contenu',
  'Skip tutorial': 'Passer le tutoriel',
  'Small and large firms': 'Petites et grandes entreprises',
  'Small firms': 'Petites entreprises',
  'Small firms went from {from} to {to} ({base}), and their share of jobs from {shareFrom} to {shareTo}.':
    'Le nombre de petites entreprises est passé de {from} à {to} ({base}), et leur part de l’emploi de {shareFrom} à {shareTo}.',
  'Small firms, large firms, workers and donors each react to what you do. If their approval collapses, your term ends early.':
    'Petites entreprises, grandes entreprises, travailleurs et bailleurs de fonds réagissent chacun à vos décisions. Si leur approbation s’effondre, votre mandat s’achève avant terme.',
  'Smaller effects': 'Effets mineurs',
  'Some lines pay off only after years: roads, training and research centers take one to five years to show. The preview tells you when each line pays.':
    'Certaines lignes ne rapportent qu’au bout de plusieurs années\u00a0: routes, formation et centres de recherche mettent un à cinq ans à produire leurs effets. L’aperçu indique quand chaque ligne rapporte.',
  'Split your budget': 'Répartissez votre budget',
  'Stakeholder approval has collapsed: your term ends this year.':
    'L’approbation des parties prenantes s’est effondrée\u00a0: votre mandat s’achève cette année.',
  Start: 'Commencer',
  'Steer an industrial cluster in a developing country: a policy game and scenario planner for workshops and classrooms.':
    'Pilotez un cluster industriel dans un pays en développement\u00a0: un jeu de politique publique et un outil de scénarios pour les ateliers et les salles de classe.',
  'Subsidies and tax breaks for the target chosen below.':
    'Subventions et allègements fiscaux pour la cible choisie ci-dessous.',
  'Stakeholder support': 'Soutien des parties prenantes',
  'Support aimed at small firms; a little still leaks to large ones.':
    'Aide destinée aux petites entreprises\u00a0; une petite partie profite encore aux grandes.',
  'Survival cluster of small firms': 'Cluster de survie de petites entreprises',
  Tariff: 'Droit de douane',
  'Tariff change': 'Changement de droit de douane',
  'That change was refused: {why}.': 'Ce changement a été refusé\u00a0: {why}.',
  'The currency fell by about {pct}, making exports cheaper.':
    'La monnaie s’est dépréciée d’environ {pct}, ce qui rend les exportations moins chères.',
  'The currency rose': 'Appréciation de la monnaie',
  'The currency rose by about {pct}, making exports dearer.':
    'La monnaie s’est appréciée d’environ {pct}, ce qui renchérit les exportations.',
  'The donor programme ended': 'Fin du programme des bailleurs',
  'The donor programme ended.': 'Le programme des bailleurs de fonds a pris fin.',
  'The exchange rate swung sharply in {years}.': 'Le taux de change a fortement fluctué en {years}.',
  'The infrastructure stock (roads, power, water) went from {from} to {to} ({base}) after {amount} of spending.':
    'Le stock d’infrastructures (routes, électricité, eau) est passé de {from} à {to} ({base}) après {amount} de dépenses.',
  'The no-new-policy run ended before this year, so there is nothing to compare with.':
    'La simulation sans nouvelle politique s’est arrêtée avant cette année\u00a0: il n’y a rien à comparer.',
  'The number of jobs hardly changed': 'Le nombre d’emplois a peu varié',
  'The seed paper names six reasons why clusters in developing countries deliver less than hoped. Discuss each question with what your game showed.':
    'L’article de référence avance six raisons pour lesquelles les clusters des pays en développement tiennent moins leurs promesses qu’espéré. Discutez chaque question à la lumière de votre partie.',
  'The six limitations: what happened in your game': 'Les six limites\u00a0: ce qui s’est passé dans votre partie',
  'The story': 'Le contexte',
  'The underlying trend is what would have happened anyway: market growth and earlier shocks wearing off.':
    'La tendance de fond est ce qui se serait produit de toute façon\u00a0: croissance du marché et effets des chocs passés qui s’estompent.',
  'The whole budget is allocated.': 'Tout le budget est alloué.',
  'There is no saved game in this browser yet.': 'Aucune partie n’est encore sauvegardée dans ce navigateur.',
  'This game was played without explanations.': 'Cette partie a été jouée sans explications.',
  'This was the last year of your term.': 'C’était la dernière année de votre mandat.',
  'Tip {n} of {total}': 'Conseil {n} sur {total}',
  'Total change': 'Variation totale',
  'Trade policy': 'Politique commerciale',
  Training: 'Formation',
  'Training got {amount}; workers’ skills went from {from} to {to}.':
    'La formation a reçu {amount}\u00a0; les compétences des travailleurs sont passées de {from} à {to}.',
  Trend: 'Tendance',
  Trust: 'Confiance',
  'Trust between firms': 'Confiance entre entreprises',
  'Trust between firms went from {from} to {to} ({base}).':
    'La confiance entre entreprises est passée de {from} à {to} ({base}).',
  'Tutorial: {title}': 'Tutoriel\u00a0: {title}',
  'US$ million': 'millions de $ US',
  'US$ million per year': 'millions de $ US par an',
  'US$ million per year, gross sales': 'millions de $ US par an, ventes brutes',
  'US$ per day': '$ US par jour',
  'US$ per year': '$ US par an',
  'US$ {left} m left of {budget}': 'Reste {left}\u00a0M$ US sur {budget}',
  'Underlying trend': 'Tendance de fond',
  'Value added per worker': 'Valeur ajoutée par travailleur',
  'Value added per worker went from {from} to {to} a year ({base}).':
    'La valeur ajoutée par travailleur est passée de {from} à {to} par an ({base}).',
  Wages: 'Salaires',
  'Wages a day': 'Salaire journalier',
  'Wages, working conditions and trust': 'Salaires, conditions de travail et confiance',
  'Watch the payoff preview': 'Suivez l’aperçu des effets',
  'Weak macro environment': 'Environnement macroéconomique fragile',
  'Weighs heavily on this cluster': 'Pèse lourdement sur ce cluster',
  'Weighs on this cluster': 'Pèse sur ce cluster',
  'What changed output (US$ m), jobs and poverty (points) in {year}':
    'Ce qui a fait varier la production (M$ US), l’emploi et la pauvreté (points) en {year}',
  'What do you do?': 'Que faites-vous\u00a0?',
  'What happened this year': 'Ce qui s’est passé cette année',
  'What holds this cluster back': 'Ce qui freine ce cluster',
  'What this scenario teaches': 'Ce que ce scénario enseigne',
  'When it pays off': 'Quand ça rapporte',
  'When your plan is ready, press End year. The year plays out, and an event may ask you to decide something.':
    'Quand votre plan est prêt, appuyez sur Terminer l’année. L’année se déroule, et un événement peut vous demander de trancher.',
  'Why did it change?': 'Pourquoi ça a changé\u00a0?',
  'Why did it change? Charts': 'Pourquoi ça a changé\u00a0? Graphiques',
  'Why {group} moved': 'Pourquoi l’approbation a bougé\u00a0: {group}',
  'Why: {reasons}.': 'Pourquoi\u00a0: {reasons}.',
  'With no new policy the term would have ended early too; the comparison uses its last year.':
    'Sans nouvelle politique, le mandat se serait aussi achevé avant terme\u00a0; la comparaison porte sur sa dernière année.',
  Workers: 'Travailleurs',
  'Working conditions': 'Conditions de travail',
  'Working conditions went from {from} to {to} ({base}), and wages from {wageFrom} to {wageTo} a day.':
    'Les conditions de travail sont passées de {from} à {to} ({base}), et les salaires de {wageFrom} à {wageTo} par jour.',
  Workshop: 'Atelier',
  'World demand': 'Demande mondiale',
  'World demand fell': 'Baisse de la demande mondiale',
  'World demand fell by about {pct}.': 'La demande mondiale a baissé d’environ {pct}.',
  'World demand rose by about {pct}.': 'La demande mondiale a augmenté d’environ {pct}.',
  Year: 'Année',
  'Year by year: your cluster and no new policy': 'Année par année\u00a0: votre cluster et sans nouvelle politique',
  'Year report': 'Rapport annuel',
  'Year {year} report': 'Rapport de l’année {year}',
  You: 'Vous',
  'You chose: {choice}.': 'Votre choix\u00a0: {choice}.',
  'You met {met} of {total} goals.': 'Vous avez atteint {met, plural, one {#\u00a0objectif} other {#\u00a0objectifs}} sur {total}.',
  'You moved the import tariff from {from} to {to}.':
    'Vous avez fait passer le droit de douane à l’importation de {from} à {to}.',
  'You never made labor standards a condition for incentives.':
    'Vous n’avez jamais conditionné les incitations aux normes du travail.',
  'You served the full term: {n} years, {from} to {to}.':
    'Vous avez accompli tout votre mandat\u00a0: {n, plural, one {#\u00a0an} other {#\u00a0ans}}, de {from} à {to}.',
  'You spent none of the budget, so nothing leaked, but nothing was built either (leakage would have taken {rate}).':
    'Vous n’avez rien dépensé du budget\u00a0: rien ne s’est perdu, mais rien n’a été construit non plus (les fuites en auraient absorbé {rate}).',
  'You spent nothing on incentives.': 'Vous n’avez rien dépensé en incitations.',
  'You spent {amount} on research centers, but research pays only once skills pass about {threshold}; they ended at {skills}.':
    'Vous avez consacré {amount} aux centres de recherche, mais la recherche ne rapporte qu’une fois les compétences au-delà d’environ {threshold}\u00a0; elles ont fini à {skills}.',
  'You spent {research} on research centers and {training} on training.':
    'Vous avez consacré {research} aux centres de recherche et {training} à la formation.',
  'Your cluster': 'Votre cluster',
  'Your game could not be saved in this browser.': 'Votre partie n’a pas pu être sauvegardée dans ce navigateur.',
  'Your game is saved. Choose Continue to resume it.':
    'Votre partie est sauvegardée. Choisissez Continuer pour la reprendre.',
  'Your policy': 'Votre politique',
  'Your term ended early, so every plan that kept support longer ranks above yours.':
    'Votre mandat s’est terminé plus tôt\u00a0: tout plan qui a gardé le soutien plus longtemps se classe devant le vôtre.',
  'Your term ended early: stakeholder approval collapsed in year {k} ({year}). Lowest of all: {group} at {value}.':
    'Votre mandat s’est achevé avant terme\u00a0: l’approbation des parties prenantes s’est effondrée l’année {k} ({year}). La plus basse\u00a0: {group}, à {value}.',
  'Your term: {start} to {end}. Budget: US$ {budget} million a year.':
    'Votre mandat\u00a0: de {start} à {end}. Budget\u00a0: {budget}\u00a0millions de $ US par an.',
  'Yours: {yours}; goal: {target}': 'Vous\u00a0: {yours}\u00a0; objectif\u00a0: {target}',
  'a big buyer leaving': 'départ d’un gros acheteur',
  'a big buyer left ({pct} of export orders)': 'un gros acheteur est parti ({pct} des commandes à l’export)',
  'a buyer leaving': 'départ d’un acheteur',
  'a fall in world demand': 'baisse de la demande mondiale',
  'a fire destroyed {pct} of the workshops': 'un incendie a détruit {pct} des ateliers',
  'a fire in the workshops': 'incendie dans les ateliers',
  'a new buyer standard': 'une nouvelle norme des acheteurs',
  'a new buyer standard the cluster fell short of': 'une nouvelle norme des acheteurs que le cluster n’a pas atteinte',
  'a new buyer standard the cluster met': 'une nouvelle norme des acheteurs que le cluster a respectée',
  'foreign buyers imposed a new quality standard': 'des acheteurs étrangers ont imposé une nouvelle norme de qualité',
  'a fire or accident': 'incendie ou accident',
  'a foreign plant leaving': 'départ d’une usine étrangère',
  'a rise in world demand': 'hausse de la demande mondiale',
  'a stronger currency': 'monnaie plus forte',
  'a stronger currency (dearer exports)': 'monnaie plus forte (exportations plus chères)',
  'a weaker currency': 'monnaie plus faible',
  'a weaker currency (cheaper exports)': 'monnaie plus faible (exportations moins chères)',
  'above no new policy ({value})': 'au-dessus du niveau sans nouvelle politique ({value})',
  'above {value}': 'au-dessus de {value}',
  'abrupt policy change': 'changement de politique brutal',
  'average {mean} · term ends below {limit}': 'moyenne {mean} · mandat interrompu sous {limit}',
  'below no new policy ({value})': 'en dessous du niveau sans nouvelle politique ({value})',
  'below {value}': 'en dessous de {value}',
  'better margins': 'meilleures marges',
  'better working conditions': 'meilleures conditions de travail',
  'bottom quarter': 'dernier quart',
  'bottom tenth': 'dernier dixième',
  'cheaper imported inputs': 'intrants importés moins chers',
  'cleaner government': 'administration plus intègre',
  'combined effects': 'effets combinés',
  'something for small firms': 'des mesures pour les petites entreprises',
  'nothing for small firms': 'rien pour les petites entreprises',
  'something for large firms': 'des mesures pour les grandes entreprises',
  'nothing for large firms': 'rien pour les grandes entreprises',
  'skills, research or joint projects': 'compétences, recherche ou projets communs',
  'nothing for skills, research or joint projects': 'rien pour les compétences, la recherche ou les projets communs',
  'cheaper goods': 'biens moins chers',
  'dearer goods': 'biens plus chers',
  'On track': 'En bonne voie',
  'Off track': 'Pas en bonne voie',
  'now {yours}; goal {target}; no new policy {baseline}': 'maintenant {yours}\u00a0; objectif {target}\u00a0; sans nouvelle politique {baseline}',
  'now {yours}; goal {target}': 'maintenant {yours}\u00a0; objectif {target}',
  'Same as no new policy': 'Comme sans nouvelle politique',
  '{goal}: {target}': '{goal}\u00a0: {target}',
  'dearer imported inputs': 'intrants importés plus chers',
  'donor-funded projects helped': 'les projets financés par les bailleurs y ont contribué',
  down: 'en baisse',
  'down {amount}': 'en baisse de {amount}',
  'earlier infrastructure spending': 'investissements antérieurs en infrastructures',
  'earlier research spending': 'dépenses de recherche antérieures',
  'earlier research-center spending': 'dépenses antérieures pour les centres de recherche',
  'earlier trade promotion': 'promotion commerciale antérieure',
  'earlier training': 'formation antérieure',
  event: 'événement',
  'export markets opened by earlier export promotion': 'marchés ouverts par la promotion antérieure des exportations',
  'export promotion': 'promotion des exportations',
  'falling poverty': 'pauvreté en baisse',
  'falling wages': 'salaires en baisse',
  'fierce price competition squeezed small firms’ margins to {margin} (normal: {normal}), which erodes it':
    'une concurrence féroce sur les prix a réduit les marges des petites entreprises à {margin} (normale\u00a0: {normal}), ce qui l’érode',
  'fire or accident': 'incendie ou accident',
  'firms, foreign plants included': 'entreprises, usines étrangères comprises',
  'foreign plants relocated ({pct} of them)': 'des usines étrangères ont délocalisé ({pct} d’entre elles)',
  'free trade': 'libre-échange',
  'governance leakage': 'fuites liées à la gouvernance',
  'high protection': 'forte protection',
  'index (100 = a strong research base)': 'indice (100 = solide base de recherche)',
  'index, 0 to 100': 'indice de 0 à 100',
  infrastructure: 'infrastructures',
  jobs: 'emplois',
  'jobs lost': 'emplois perdus',
  'joint projects': 'projets communs',
  'joint projects funded by earlier incentives': 'projets communs financés par des incitations antérieures',
  'joint projects funded earlier': 'projets communs financés auparavant',
  'joint projects you funded ({amount}) built it up':
    'les projets communs que vous avez financés ({amount}) l’ont renforcée',
  'labor standards': 'normes du travail',
  'labor standards cost': 'coût des normes du travail',
  'large firms’ share of jobs fell from {from} to {to}, which helps':
    'la part des grandes entreprises dans l’emploi est tombée de {from} à {to}, ce qui l’aide',
  'large firms’ share of jobs rose from {from} to {to}, which erodes it':
    'la part des grandes entreprises dans l’emploi est montée de {from} à {to}, ce qui l’érode',
  'levers and shocks acting together': 'leviers et chocs combinés',
  'low protection': 'faible protection',
  'micro, small and medium firms': 'micro, petites et moyennes entreprises',
  'middle half': 'moitié centrale',
  'moderate protection': 'protection modérée',
  'more jobs': 'plus d’emplois',
  'more tariff protection': 'protection douanière accrue',
  'no baseline for this year': 'pas de référence pour cette année',
  'no change': 'inchangé',
  'no change in jobs': 'emploi stable',
  'not available': 'non disponible',
  'output down {pct}': 'production en baisse de {pct}',
  'output unchanged': 'production stable',
  'output up {pct}': 'production en hausse de {pct}',
  'percentage points': 'points de pourcentage',
  points: 'points',
  'policy change': 'changement de politique',
  'poor working conditions': 'mauvaises conditions de travail',
  'poverty down {n} points': 'pauvreté en baisse de {n}\u00a0points',
  'poverty unchanged': 'pauvreté stable',
  'poverty up {n} points': 'pauvreté en hausse de {n}\u00a0points',
  'poverty {change}': 'pauvreté {change}',
  'projects the donors funded earlier': 'projets financés auparavant par les bailleurs',
  protectionism: 'protectionnisme',
  'rising poverty': 'pauvreté en hausse',
  'rising wages': 'salaires en hausse',
  'same as no new policy': 'comme sans nouvelle politique',
  shock: 'choc',
  'smaller effects': 'effets mineurs',
  'squeezed margins': 'marges comprimées',
  'start of term: {tariff}': 'début du mandat\u00a0: {tariff}',
  'steady policy': 'politique stable',
  'support for SMEs': 'soutien aux PME',
  'support for large firms': 'soutien aux grandes entreprises',
  'tariff cut': 'baisse des droits de douane',
  'the currency fell by about {pct}': 'la monnaie s’est dépréciée d’environ {pct}',
  'the currency rose by about {pct}': 'la monnaie s’est appréciée d’environ {pct}',
  'the donor programme ended': 'le programme des bailleurs a pris fin',
  "the donor programme's projects": 'projets du programme des bailleurs',
  'the end of the donor programme': 'fin du programme des bailleurs',
  'the underlying trend': 'tendance de fond',
  'top quarter': 'premier quart',
  'top tenth': 'premier dixième',
  training: 'formation',
  'training and research': 'formation et recherche',
  'untargeted incentives ({amount}) went mostly to large firms, which capture about {capture} of them':
    'les incitations non ciblées ({amount}) sont allées surtout aux grandes entreprises, qui en captent environ {capture}',
  up: 'en hausse',
  'up {amount}': 'en hausse de {amount}',
  'vs last year': 'vs l’an dernier',
  'vs no new policy': 'vs sans nouvelle politique',
  'world demand fell by about {pct}': 'la demande mondiale a baissé d’environ {pct}',
  'world demand rose by about {pct}': 'la demande mondiale a augmenté d’environ {pct}',
  'anger at an abrupt change fading': 'la colère après un changement brutal retombe',
  'anger at an event choice fading': 'la colère après un choix face à un événement retombe',
  'earlier goodwill fading': 'la bienveillance passée s’estompe',
  'goodwill from an event choice fading': 'l’effet positif d’un choix face à un événement s’estompe',
  'old grievances fading': 'les griefs passés s’estompent',
  'your event choice': 'votre choix face à l’événement',
  'your policy and no new policy, year by year': 'votre politique et sans nouvelle politique, année par année',
  '{amount} above no new policy': '{amount} de plus que sans nouvelle politique',
  '{amount} below no new policy': '{amount} de moins que sans nouvelle politique',
  '{amount} funded joint projects of several firms': '{amount} ont financé des projets communs à plusieurs entreprises',
  '{amount} of incentives were targeted at small firms': '{amount} d’incitations ont ciblé les petites entreprises',
  '{amount} went to attracting foreign plants': '{amount} ont servi à attirer des usines étrangères',
  '{a} and {b}': '{a} et {b}',
  '{a}, {b}': '{a}, {b}',
  '{changes} by {year}': '{changes} d’ici {year}',
  '{chart} chart downloaded as PNG': 'Graphique «\u00a0{chart}\u00a0» téléchargé en PNG',
  '{country} · {sector} · {type}': '{country} · {sector} · {type}',
  '{exports}, and foreign-owned plants’ share of output from {fdiFrom} to {fdiTo}.':
    '{exports}, et celle des usines à capitaux étrangers dans la production de {fdiFrom} à {fdiTo}.',
  '{exports}; no foreign-owned plants operate here.':
    '{exports}\u00a0; aucune usine à capitaux étrangers n’est implantée ici.',
  '{from}: peaks at {gain} output in {year}.': '{from}\u00a0: pic à {gain} de production en {year}.',
  '{from}: {gain} output by {year}.': '{from}\u00a0: {gain} de production d’ici {year}.',
  '{headline}{detail}': '{headline}{detail}',
  '{indicator} barely changed in {year}': '{indicator}\u00a0: quasi stable en {year}',
  '{indicator} did not change in {year}.': '{indicator}\u00a0: aucune variation en {year}.',
  '{indicator} fell {amount} in {year}': '{indicator}\u00a0: baisse de {amount} en {year}',
  '{indicator} in {year}: what moved it ({unit})': '{indicator} en {year}\u00a0: ce qui l’a fait varier ({unit})',
  '{indicator} rose {amount} in {year}': '{indicator}\u00a0: hausse de {amount} en {year}',
  '{indicator}: why it changed in {year}': '{indicator}\u00a0: pourquoi la variation en {year}',
  '{line} (US$ million)': '{line} (millions de $ US)',
  '{money} unspent: it does not carry over to next year.':
    '{money} non dépensés\u00a0: ils ne sont pas reportés sur l’année suivante.',
  '{name}: weight': '{name}\u00a0: poids',
  '{n} fewer jobs': '{n}\u00a0emplois de moins',
  '{n} more jobs': '{n}\u00a0emplois de plus',
  '{share} of the budget allocated.': '{share} du budget alloué.',
  '{share}, {money}': '{share}, {money}',
  '{value} from other causes': '{value} (autres causes)',
  '{value} from smaller effects': '{value} (effets mineurs)',
  '{value} from {cause}': '{value} ({cause})',
  '{value} with no new policy': '{value} sans nouvelle politique',
  '{what} in {year}': '{what} en {year}',
  '{year}': '{year}',
  '{year} · year {k} of {n}': '{year} · année {k} sur {n}',
  '{year}: {mine} with your policy, {base} with no new policy':
    '{year}\u00a0: {mine} avec votre politique, {base} sans nouvelle politique',
  '{year}: {output}, {jobs}, {poverty}.': '{year}\u00a0: {output}, {jobs}, {poverty}.',
  // Words and templates built in src/view (through vt() in src/view/format.ts).
  ', ': ', ',
  'Data table below': 'Tableau des données ci-dessous',
  'Earlier {cause}': 'Dépenses antérieures\u00a0: {cause}',
  'Event: {title}. Decided for you (the last year): {choice}': 'Événement\u00a0: {title}. Décidé pour vous (dernière année)\u00a0: {choice}',
  'Event: {title}. You chose: {choice}': 'Événement\u00a0: {title}. Votre choix\u00a0: {choice}',
  'First budget: {changes}': 'Premier budget\u00a0: {changes}',
  'Policy change: {changes}': 'Changement de politique\u00a0: {changes}',
  'US$ {amount}': '{amount}\u00a0$ US',
  'US$ {amount} m': '{amount}\u00a0M$ US',
  'US$ {amount} million': '{amount}\u00a0millions de $ US',
  'Your policy: {value} in {year}; no new policy: {base}':
    'Votre politique\u00a0: {value} en {year}\u00a0; sans nouvelle politique\u00a0: {base}',
  'all firms': 'toutes les entreprises',
  'earlier {cause}': '{cause} des années précédentes',
  'foreign investors': 'investisseurs étrangers',
  'incentives for {target}': 'incitations ciblées\u00a0: {target}',
  'jobs created by {cause}': 'emplois créés par {cause}',
  'jobs lost to {cause}': 'emplois perdus (cause\u00a0: {cause})',
  'labor standards dropped': 'normes du travail abandonnées',
  'labor standards required': 'normes du travail exigées',
  'small firms': 'petites entreprises',
  '{lever} {from} → {to}': '{lever} {from} → {to}',
  '{outcome}: {from} → {to}': '{outcome}\u00a0: {from} → {to}',
  'tariff {from} → {to}': 'droit de douane {from} → {to}',
  '{first} to {last}': 'de {first} à {last}',
  '{head}: {list}.': '{head}\u00a0: {list}.',
  '{n} job': '{n}\u00a0emploi',
  '{n} jobs': '{n}\u00a0emplois',
  '{n} marked year': '{n}\u00a0année signalée',
  '{n} marked years': '{n}\u00a0années signalées',
  '{n} point': '{n}\u00a0point',
  '{n} points': '{n}\u00a0points',
  "Decision": "Décision",
  "Difference from no new policy at the end of {year}, by decision: output (US$ m), jobs and poverty (points)": "Écart avec « sans nouvelle politique » fin {year}, par décision : production (M$ US), emplois et pauvreté (points)",
  "Difference from no new policy in {year}: {indicator} the same.": "Écart avec « sans nouvelle politique » en {year} : {indicator}, aucun.",
  "Difference from no new policy in {year}: {indicator} {amount} higher": "Écart avec « sans nouvelle politique » en {year} : {indicator}, {amount} de plus",
  "Difference from no new policy in {year}: {indicator} {amount} lower": "Écart avec « sans nouvelle politique » en {year} : {indicator}, {amount} de moins",
  "Difference from no new policy": "Écart avec « sans nouvelle politique »",
  "Difference in {year}": "Écart en {year}",
  "Event choices": "Choix face aux événements",
  "How it is split: the model was run {runs} times, with each combination of your decisions. A decision’s share is its average effect over every order of adding them (a Shapley split), so the shares add up to the whole difference and decisions that work together share the credit.": "Méthode : le modèle a tourné {runs} fois, avec chaque combinaison de vos décisions. La part d’une décision est son effet moyen sur tous les ordres possibles d’ajout des décisions (partage de Shapley) : les parts s’additionnent à l’écart total, et les décisions qui agissent ensemble se partagent le mérite.",
  "Labor-standards rule": "Règle sur les normes du travail",
  "Last year's event": "Événement de l’an dernier",
  "Outcome shown in the chart": "Résultat montré dans le graphique",
  "Trade promotion": "Promotion commerciale",
  "Whole difference": "Écart total",
  "You have not changed any policy yet, so the cluster is exactly where no new policy would have left it.": "Vous n’avez encore changé aucune politique : le cluster est exactement là où l’aurait laissé « sans nouvelle politique ».",
  "Your event choices": "Vos choix face aux événements",
  "Your incentive target": "Votre cible des incitations",
  "Your incentives": "Vos incitations",
  "Your infrastructure": "Vos infrastructures",
  "Your labor standards": "Vos normes du travail",
  "Your policy so far": "Votre politique jusqu’ici",
  "Your research centers": "Vos centres de recherche",
  "Your tariff": "Votre droit de douane",
  "Your trade promotion": "Votre promotion commerciale",
  "Your training": "Votre formation",
  "Your {levers} spending this year pays off only from next year: look for its line under “Your policy” in later reports.": "Vos dépenses de {levers} de cette année ne rapportent qu’à partir de l’an prochain : cherchez leur ligne sous « Votre politique » dans les rapports suivants.",
  "last year's event": "événement de l’an dernier",
  "the event “{title}”": "événement « {title} »",
  "your event choices": "vos choix face aux événements",
  "your incentive target": "votre cible des incitations",
  "your incentives so far": "vos incitations jusqu’ici",
  "your infrastructure spending so far": "vos dépenses d’infrastructure jusqu’ici",
  "your labor-standards rule": "votre règle sur les normes du travail",
  "your research centers so far": "vos centres de recherche jusqu’ici",
  "your tariff": "votre droit de douane",
  "your trade promotion so far": "votre promotion commerciale jusqu’ici",
  "your training so far": "votre formation jusqu’ici",
  "{value} from other decisions": "{value} (autres décisions)",
  "“Your policy so far” lines are how much each of your decisions, this year’s and earlier ones, moved the cluster further from where no new policy would have left it this year.": "Les lignes « Votre politique jusqu’ici » disent de combien chacune de vos décisions, de cette année ou d’avant, a éloigné cette année le cluster de là où l’aurait laissé « sans nouvelle politique ».",
  "How is this split?": "Comment ce partage est-il fait ?",
  "% of output up to export buyers’ standards": "% de la production aux normes des acheteurs étrangers",
  "% of the cluster’s jobs": "% des emplois du cluster",
  "Charts of your goals": "Graphiques de vos objectifs",
  "Charts of your other goals ({n})": "Graphiques de vos autres objectifs ({n})",
  "Goal: {target}": "Objectif : {target}",
  "Quality": "Qualité",
  "Small firms’ share of jobs": "Part des petites entreprises dans l’emploi",
  "Where your decisions since the start have put the cluster by the end of {year}, compared with the same cluster, with the same luck, and no new policy:": "Où vos décisions depuis le début ont mené le cluster fin {year}, par rapport au même cluster, avec la même chance, sans nouvelle politique :",
  "{indicator} {amount} higher": "{indicator} : {amount} de plus",
  "{indicator} {amount} lower": "{indicator} : {amount} de moins",
  "{indicator}: the same.": "{indicator} : pas d’écart.",
  "Retry": "Réessayer",
  "The town could not be loaded. Check your connection and try again; your game is safe.": "La ville n’a pas pu être chargée. Vérifiez votre connexion et réessayez ; votre partie n’est pas perdue.",
  // Predict, then see (src/view/prediction.ts, src/ui/prediction.ts).
  'About the same': 'À peu près stable',
  Same: 'Stable',
  Rise: 'Hausse',
  Fall: 'Baisse',
  'Clear prediction': 'Effacer la prévision',
  'Prediction cleared': 'Prévision effacée',
  'Your prediction': 'Votre prévision',
  'Your predictions': 'Vos prévisions',
  optional: 'facultatif',
  '{n} of {m} predicted': '{n} sur {m} renseignés',
  'How will {year} go? Say it before you end the year; the year report checks it.':
    'Comment se passera {year}\u00a0? Dites-le avant de terminer l’année\u00a0; le rapport de l’année le vérifiera.',
  pts: 'pts',
  '{indicator}: by how much (%), optional': '{indicator}\u00a0: de combien (%), facultatif',
  '{indicator}: by how many points, optional': '{indicator}\u00a0: de combien de points, facultatif',
  '“About the same” means within ±{pct} for output and jobs, ±{points} for poverty.':
    '«\u00a0À peu près stable\u00a0»\u00a0: à ±{pct} près pour la production et l’emploi, à ±{points} près pour la pauvreté.',
  '“About the same” means within ±{output} for output, ±{jobs} for jobs and ±{points} for poverty.':
    '«\u00a0À peu près stable\u00a0»\u00a0: à ±{output} près pour la production, ±{jobs} pour l’emploi et ±{points} pour la pauvreté.',
  'You expected {expected}; {happened}.': 'Vous attendiez {expected}\u00a0; {happened}.',
  'a rise': 'une hausse',
  'a rise of about {size}': 'une hausse d’environ {size}',
  'a fall': 'une baisse',
  'a fall of about {size}': 'une baisse d’environ {size}',
  'little change': 'peu de changement',
  'output rose {size}': 'la production a progressé de {size}',
  'output fell {size}': 'la production a reculé de {size}',
  'output stayed about the same ({change})': 'la production est restée à peu près stable ({change})',
  'jobs rose {size}': 'l’emploi a progressé de {size}',
  'jobs fell {size}': 'l’emploi a reculé de {size}',
  'jobs stayed about the same ({change})': 'l’emploi est resté à peu près stable ({change})',
  'poverty rose {size}': 'la pauvreté a augmenté de {size}',
  'poverty fell {size}': 'la pauvreté a reculé de {size}',
  'poverty stayed about the same ({change})': 'la pauvreté est restée à peu près stable ({change})',
  Right: 'Juste',
  Wrong: 'Faux',
  'Right direction, larger than you expected': 'Bon sens, plus fort que prévu',
  'Right direction, smaller than you expected': 'Bon sens, plus faible que prévu',
  'You got {right} of {made} right.': 'Vous avez vu juste {right} fois sur {made}.',
  'The biggest push up was {cause} ({value}).': 'Ce qui a le plus poussé vers le haut\u00a0: {cause} ({value}).',
  'The biggest push down was {cause} ({value}).': 'Ce qui a le plus poussé vers le bas\u00a0: {cause} ({value}).',
  "this year's shocks": 'chocs de l’année',
  "this year's shocks, mostly {cause}": 'chocs de l’année, surtout {cause}',
  'earlier spending': 'dépenses antérieures',
  'earlier spending, mostly {cause}': 'dépenses antérieures, surtout {cause}',
  'What you spend this year pays off only later: {list}.':
    'Ce que vous dépensez cette année ne rapporte que plus tard\u00a0: {list}.',
  '{lever} after about {n} years': '{lever} après environ {n, plural, one {#\u00a0an} other {#\u00a0ans}}',
  '{lever} after about a year': '{lever} après environ un an',
  'research centers': 'centres de recherche',
  'You predicted {years} of {total} years and got {right} of {made} predictions right.':
    'Vous avez fait des prévisions pour {years} années sur {total} et vu juste {right} fois sur {made}.',
  'You made no predictions this term. Next time, say under “Your prediction” whether output, jobs and poverty will rise or fall before you end a year: each report then tells you what you misjudged.':
    'Vous n’avez fait aucune prévision pendant ce mandat. La prochaine fois, indiquez dans «\u00a0Votre prévision\u00a0» si la production, l’emploi et la pauvreté vont monter ou baisser avant de terminer une année\u00a0: chaque rapport vous dira alors ce que vous avez mal jugé.',
  'Your predictions by measure: how many were right, and which way the misses went':
    'Vos prévisions par indicateur\u00a0: combien étaient justes, et dans quel sens allaient les erreurs',
  'Too hopeful': 'Trop optimiste',
  'Too gloomy': 'Trop pessimiste',
  '{right} of {made}': '{right} sur {made}',
  'Too hopeful: the year turned out worse than you expected. Too gloomy: better.':
    'Trop optimiste\u00a0: l’année a été pire que prévu. Trop pessimiste\u00a0: meilleure.',
  'What your misses say': 'Ce que disent vos erreurs',
  'your one miss': 'votre seule erreur',
  '{n} of {m} misses': '{n} de vos {m}\u00a0erreurs',
  'Shocks no one could foresee made the year worse than you expected ({count}).':
    'Des chocs imprévisibles ont rendu l’année pire que prévu ({count}).',
  'Good luck from outside made the year better than you expected ({count}).':
    'Une chance venue de l’extérieur a rendu l’année meilleure que prévu ({count}).',
  'The underlying trend was weaker than you expected ({count}).': 'La tendance de fond a été plus faible que prévu ({count}).',
  'You underrated the underlying trend: market growth and earlier shocks wearing off ({count}).':
    'Vous avez sous-estimé la tendance de fond\u00a0: la croissance du marché et l’effacement des chocs passés ({count}).',
  'Earlier spending gave less than you expected ({count}).': 'Les dépenses antérieures ont moins rapporté que prévu ({count}).',
  'You underrated earlier spending paying off ({count}).':
    'Vous avez sous-estimé ce que rapportaient vos dépenses antérieures ({count}).',
  'Your own decisions held the year back more than you expected ({count}).':
    'Vos propres décisions ont freiné l’année plus que prévu ({count}).',
  'Your own decisions helped more than you expected ({count}).': 'Vos propres décisions ont aidé plus que prévu ({count}).',
  'Events hit harder than you expected ({count}).': 'Les événements ont frappé plus fort que prévu ({count}).',
  'Events turned out better than you expected ({count}).': 'Les événements ont mieux tourné que prévu ({count}).',
  'You expected too much from spending in the year it was made ({count}).':
    'Vous attendiez trop des dépenses l’année même où elles étaient faites ({count}).',
  'You expected too much from spending in the year it was made ({count}): {lags}.':
    'Vous attendiez trop des dépenses l’année même où elles étaient faites ({count})\u00a0: {lags}.',
  'Sizes you gave with the right direction: {close} about right, {large} too large, {small} too small.':
    'Ampleurs données avec le bon sens\u00a0: {close} à peu près justes, {large} trop fortes, {small} trop faibles.',
  // Saved games: the list on the title, storage, two tabs on one game.
  '"{file}" could not be read: {reason}. Your saved games are unchanged.':
    '«\u00a0{file}\u00a0» n’a pas pu être lu\u00a0: {reason}. Vos parties sauvegardées n’ont pas changé.',
  '"{source}" could not be loaded: {problem}. Your saved games are unchanged.':
    '«\u00a0{source}\u00a0» n’a pas pu être chargé\u00a0: {problem}. Vos parties sauvegardées n’ont pas changé.',
  'Back to the title': 'Retour à l’accueil',
  'Cancel': 'Annuler',
  'Could not be loaded: {problem}.': 'Chargement impossible\u00a0: {problem}.',
  'Damaged save': 'Sauvegarde endommagée',
  'Delete': 'Supprimer',
  'Delete {game}?': 'Supprimer {game}\u00a0?',
  'Delete this damaged save?': 'Supprimer cette sauvegarde endommagée\u00a0?',
  'Deleted {game}.': 'Partie «\u00a0{game}\u00a0» supprimée.',
  'Download': 'Télécharger',
  'Export, then quit': 'Exporter, puis quitter',
  'If you quit now, the years played since the last save are lost.':
    'Si vous quittez maintenant, les années jouées depuis la dernière sauvegarde seront perdues.',
  'It moved to another tab of this browser, which saves it from now on. This tab stopped saving it, so the two cannot write over each other.':
    'Elle est passée dans un autre onglet de ce navigateur, qui la sauvegarde désormais. Cet onglet a cessé de la sauvegarder, pour que l’un n’écrase pas ce que l’autre a enregistré.',
  'Imported from {file}': 'Importée depuis {file}',
  'Keep it': 'La garder',
  'Keep playing': 'Continuer à jouer',
  'Kept {when}': 'Conservée le {when}',
  'Last played {when}': 'Dernière partie le {when}',
  'Open a copy': 'Ouvrir une copie',
  'Quit without saving': 'Quitter sans sauvegarder',
  'Quit without saving?': 'Quitter sans sauvegarder\u00a0?',
  'Resume the game you played last.': 'Reprenez la dernière partie jouée.',
  'Saved games': 'Parties sauvegardées',
  'Storage in this browser is full, so a game could not be saved. Delete saved games you no longer need (export them first to keep them as files).':
    'Le stockage de ce navigateur est plein\u00a0: une partie n’a pas pu être sauvegardée. Supprimez les parties dont vous n’avez plus besoin (exportez-les d’abord pour les garder en fichiers).',
  'Storage in this browser is full, so the copy could not be made. Delete saved games you no longer need, then try again.':
    'Le stockage de ce navigateur est plein\u00a0: la copie n’a pas pu être faite. Supprimez les parties dont vous n’avez plus besoin, puis réessayez.',
  'Storage in this browser is full, so this game is not being saved. It stays open in this tab: use Export save to keep it as a file, and delete saved games you no longer need.':
    'Le stockage de ce navigateur est plein\u00a0: cette partie n’est pas sauvegardée. Elle reste ouverte dans cet onglet\u00a0: utilisez Exporter la sauvegarde pour la garder dans un fichier, et supprimez les parties dont vous n’avez plus besoin.',
  'Take over': 'Reprendre ici',
  'Take over: the other tab saves where it is and stops; you go on here. Open a copy: a new saved game starts here from the same point; the other tab keeps the original.':
    'Reprendre ici\u00a0: l’autre onglet sauvegarde où il en est et s’arrête\u00a0; vous continuez ici. Ouvrir une copie\u00a0: une nouvelle partie sauvegardée commence ici au même point\u00a0; l’autre onglet garde l’originale.',
  'There are already {max} saved games in this browser, the most it keeps, so this game is not being saved. Use Export save to keep it as a file, and delete a saved game you no longer need.':
    'Ce navigateur garde déjà {max} parties sauvegardées, le maximum\u00a0: cette partie n’est donc pas sauvegardée. Utilisez Exporter la sauvegarde pour la garder dans un fichier, et supprimez une partie dont vous n’avez plus besoin.',
  'There are already {max} saved games in this browser, the most it keeps. Delete one you no longer need (in Saved games below) to start a new one.':
    'Ce navigateur garde déjà {max} parties sauvegardées, le maximum. Supprimez-en une dont vous n’avez plus besoin (dans Parties sauvegardées, plus bas) pour en commencer une nouvelle.',
  'There are already {max} saved games in this browser, the most it keeps. Delete one you no longer need, then import "{source}" again.':
    'Ce navigateur garde déjà {max} parties sauvegardées, le maximum. Supprimez-en une dont vous n’avez plus besoin, puis importez de nouveau «\u00a0{source}\u00a0».',
  'This browser is not keeping your game (storage is blocked, as in private browsing). Use Export save to keep a copy as a file.':
    'Ce navigateur ne conserve pas votre partie (le stockage est bloqué, comme en navigation privée). Utilisez Exporter la sauvegarde pour en garder une copie dans un fichier.',
  'This browser keeps at most {max} saved games. Delete one you no longer need to start a new game.':
    'Ce navigateur garde au plus {max} parties sauvegardées. Supprimez-en une dont vous n’avez plus besoin pour commencer une nouvelle partie.',
  'This browser would not keep the copy (storage is blocked, as in private browsing).':
    'Ce navigateur n’a pas gardé la copie (le stockage est bloqué, comme en navigation privée).',
  'This game': 'Cette partie',
  'This game is now open in another tab': 'Cette partie est maintenant ouverte dans un autre onglet',
  'This game is open in another tab': 'Cette partie est ouverte dans un autre onglet',
  'This saved game could not be loaded: {problem}. It stays in the list of saved games, where you can download or delete it.':
    'Cette partie sauvegardée n’a pas pu être chargée\u00a0: {problem}. Elle reste dans la liste des parties sauvegardées, où vous pouvez la télécharger ou la supprimer.',
  'This saved game is no longer in this browser (it may have been deleted in another tab).':
    'Cette partie sauvegardée n’est plus dans ce navigateur (elle a peut-être été supprimée dans un autre onglet).',
  '{cluster} (damaged save)': '{cluster} (sauvegarde endommagée)',
  '{count} of at most {max} · saves use {size}': '{count} sur {max} au plus · les sauvegardes occupent {size}',
  '{file} (damaged save)': '{file} (sauvegarde endommagée)',
  '{game} is being played in another tab of this browser. Only one tab at a time saves a game, so that neither writes over the other.':
    '{game} est en cours dans un autre onglet de ce navigateur. Un seul onglet à la fois sauvegarde une partie, pour que l’un n’écrase pas ce que l’autre a enregistré.',
  '{game} is open in another tab. Quit it there first, then delete it here.':
    '{game} est ouverte dans un autre onglet. Quittez-la d’abord là-bas, puis supprimez-la ici.',
  '{game}, last played {when}. A deleted game cannot be brought back; export it first to keep it as a file.':
    '{game}, dernière partie le {when}. Une partie supprimée ne peut pas être récupérée\u00a0; exportez-la d’abord pour la garder dans un fichier.',
  '{game}: {problem}. A deleted save cannot be brought back; download it first to keep it as a file.':
    '{game}\u00a0: {problem}. Une sauvegarde supprimée ne peut pas être récupérée\u00a0; téléchargez-la d’abord pour la garder dans un fichier.',
  '{year} · term finished': '{year} · mandat terminé',
  // Workshop mode: session and result codes, the dashboard, its debrief and the team memo.
  'A character is mistyped: check the code against the original.':
    'Un caractère est mal saisi\u00a0: vérifiez le code sur l’original.',
  'Balanced score':
    'Score équilibré',
  'Best teams: {top}. Compared with {bottom}:':
    'Meilleures équipes\u00a0: {top}. Par rapport à {bottom}\u00a0:',
  'Handed in after year {k} of {term} ({year}).':
    'Remis après l’année {k} sur {term} ({year}).',
  'It bit {n} of {m} teams.':
    'Elle a pesé sur {n, plural, one {#\u00a0équipe} other {#\u00a0équipes}} sur {m}.',
  'Jobs against no new policy in the same year, percent.':
    'Emplois par rapport au scénario «\u00a0sans nouvelle politique\u00a0» la même année, en pourcentage.',
  'Leakage took {rate} of the money spent; infrastructure ended at {infra}.':
    'Les fuites ont absorbé {rate} des dépenses\u00a0; l’infrastructure a fini à {infra}.',
  'Minister of Finance':
    'Ministre des Finances',
  'Minister of Industry':
    'Ministre de l’Industrie',
  'Minister of Labor':
    'Ministre du Travail',
  'Output against no new policy in the same year, percent.':
    'Production par rapport au scénario «\u00a0sans nouvelle politique\u00a0» la même année, en pourcentage.',
  'Poverty rate against no new policy in the same year, points (lower is better).':
    'Taux de pauvreté par rapport au scénario «\u00a0sans nouvelle politique\u00a0» la même année, en points (plus bas, c’est mieux).',
  'Quality went from {from} to {to}.':
    'La qualité est passée de {from} à {to}.',
  'SME association':
    'Association des PME',
  'Small firms went from {from} to {to}; their margin ended at {margin} (normal: {normal}).':
    'Les petites entreprises sont passées de {from} à {to}\u00a0; leur marge a fini à {margin} (normale\u00a0: {normal}).',
  'Stakeholders’ average approval against no new policy in the same year, points out of 100.':
    'Approbation moyenne des parties prenantes par rapport au scénario «\u00a0sans nouvelle politique\u00a0» la même année, en points sur 100.',
  'TNC representative':
    'Représentant des multinationales',
  'The best teams ({top}) spent the budget much as the others did: what differed was timing and luck with events.':
    'Les meilleures équipes ({top}) ont réparti le budget à peu près comme les autres\u00a0: la différence tient au calendrier et aux événements.',
  'The best teams kept a higher tariff: {top} % against {bottom} %.':
    'Les meilleures équipes ont gardé un droit de douane plus élevé\u00a0: {top}\u00a0% contre {bottom}\u00a0%.',
  'The best teams kept a lower tariff: {top} % against {bottom} %.':
    'Les meilleures équipes ont gardé un droit de douane plus bas\u00a0: {top}\u00a0% contre {bottom}\u00a0%.',
  'The best teams left less of the budget unspent: {top} % against {bottom} %.':
    'Les meilleures équipes ont laissé moins de budget inutilisé\u00a0: {top}\u00a0% contre {bottom}\u00a0%.',
  'The best teams left more of the budget unspent: {top} % against {bottom} %.':
    'Les meilleures équipes ont laissé plus de budget inutilisé\u00a0: {top}\u00a0% contre {bottom}\u00a0%.',
  'The best teams put less of the budget into {line}: {top} % against {bottom} %.':
    'Les meilleures équipes ont consacré une moindre part du budget à {line}\u00a0: {top}\u00a0% contre {bottom}\u00a0%.',
  'The best teams put more of the budget into {line}: {top} % against {bottom} %.':
    'Les meilleures équipes ont consacré une plus grande part du budget à {line}\u00a0: {top}\u00a0% contre {bottom}\u00a0%.',
  'The best teams tied incentives to labor standards in {top} % of their years, the others in {bottom} %.':
    'Les meilleures équipes ont lié les incitations aux normes du travail pendant {top}\u00a0% de leurs années, les autres pendant {bottom}\u00a0%.',
  'The code has characters that codes never use: {chars}.':
    'Le code contient des caractères qu’aucun code n’utilise\u00a0: {chars}.',
  'The code has {n} years, more than the session’s term of {term}.':
    'Le code compte {n, plural, one {#\u00a0an} other {#\u00a0ans}}, plus que le mandat de la session ({term}).',
  'The code holds settings this version cannot use ({problem}).':
    'Le code contient des réglages que cette version ne peut pas utiliser ({problem}).',
  'The code is too long: it has an extra character.':
    'Le code est trop long\u00a0: il a un caractère de trop.',
  'The code is too short: a character is missing.':
    'Le code est trop court\u00a0: il manque un caractère.',
  'The code names a scenario this version of Cluster Policy Lab does not have.':
    'Le code désigne un scénario que cette version de Cluster Policy Lab ne connaît pas.',
  'The decisions in this code do not replay in this session ({problem}).':
    'Les décisions de ce code ne se rejouent pas dans cette session ({problem}).',
  'The mean of six percentiles among the plans tried on the same luck (growth, jobs, poverty, working conditions, trust, support): 50 is a middling plan.':
    'La moyenne de six centiles parmi les plans essayés avec la même chance (croissance, emplois, pauvreté, conditions de travail, confiance, soutien)\u00a0: 50 correspond à un plan moyen.',
  'The team name in the code is not valid.':
    'Le nom d’équipe contenu dans le code n’est pas valide.',
  'The term ended early: stakeholder approval collapsed in year {k} ({year}).':
    'Le mandat s’est terminé plus tôt\u00a0: l’approbation des parties prenantes s’est effondrée l’année {k} ({year}).',
  'This code was made by a newer version of Cluster Policy Lab: open that version to read it.':
    'Ce code a été créé par une version plus récente de Cluster Policy Lab\u00a0: ouvrez cette version pour le lire.',
  'This is a result code, not a session code: add it on the dashboard.':
    'Ceci est un code de résultat, pas un code de session\u00a0: ajoutez-le dans le tableau de bord.',
  'This is a session code, not a result code.':
    'Ceci est un code de session, pas un code de résultat.',
  'This result belongs to another session ({theirs}), not to this one ({ours}).':
    'Ce résultat appartient à une autre session ({theirs}), pas à celle-ci ({ours}).',
  'Trust between firms against no new policy in the same year, points out of 100.':
    'Confiance entre entreprises par rapport au scénario «\u00a0sans nouvelle politique\u00a0» la même année, en points sur 100.',
  'Trust between firms went from {from} to {to}.':
    'La confiance entre entreprises est passée de {from} à {to}.',
  'Type or paste a result code.':
    'Saisissez ou collez un code de résultat.',
  'Type or paste the session code.':
    'Saisissez ou collez le code de session.',
  'Who gained and who lost from the tariff the teams chose?':
    'Qui a gagné et qui a perdu avec le droit de douane choisi par les équipes\u00a0?',
  'Whom should incentives reach in this cluster, and why?':
    'À qui les incitations devraient-elles aller dans ce cluster, et pourquoi\u00a0?',
  'Why did putting more into {line} pay off here, and when did it start to?':
    'Pourquoi investir davantage dans {line} a-t-il payé ici, et à partir de quand\u00a0?',
  'Why did the best teams put less into {line}? What did they do instead?':
    'Pourquoi les meilleures équipes ont-elles moins investi dans {line}\u00a0? Qu’ont-elles fait à la place\u00a0?',
  'Working conditions against no new policy in the same year, points out of 100.':
    'Conditions de travail par rapport au scénario «\u00a0sans nouvelle politique\u00a0» la même année, en points sur 100.',
  'Working conditions went from {from} to {to}; fires or accidents: {fires}.':
    'Les conditions de travail sont passées de {from} à {to}\u00a0; incendies ou accidents\u00a0: {fires}.',
  'Year {k}: the code names a choice event “{event}” does not have.':
    'Année {k}\u00a0: le code désigne un choix que l’événement «\u00a0{event}\u00a0» ne propose pas.',
  'Year {k}: the code names an event this session does not have.':
    'Année {k}\u00a0: le code désigne un événement que cette session ne comporte pas.',
  'Year {k}: the decisions in the code are not valid ({problem}).':
    'Année {k}\u00a0: les décisions du code ne sont pas valides ({problem}).',
  'Year {k}: the prediction in the code is not valid.':
    'Année {k}\u00a0: la prévision du code n’est pas valide.',
  'You put {points} points less of the budget into {line} than the other teams did on average.':
    'Vous avez consacré à {line} {points}\u00a0points de budget de moins que la moyenne des autres équipes.',
  'You put {points} points more of the budget into {line} than the other teams did on average.':
    'Vous avez consacré à {line} {points}\u00a0points de budget de plus que la moyenne des autres équipes.',
  // The planner's entry on the title (its other strings: planner.fr.ts).
  'Loading the planner…': 'Chargement du planificateur…',
  'The planner could not be loaded. Check your connection and try again.':
    'Le planificateur n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
  // Problems reported by the model, the turn machine and the save layer (src/platform/problem-text.ts).
  // A "(s)" template's {n} comes as a number: the plural form follows ICU rules.
  '; ': '\u00a0; ',
  '{field}: {problem}': '{field}\u00a0: {problem}',
  'the file is empty': 'le fichier est vide',
  'the file is not valid JSON: it ends too early, as if it was cut off': 'le fichier n’est pas du JSON valide\u00a0: il s’arrête trop tôt, comme s’il avait été coupé',
  'the file is not valid JSON: it breaks at line {line}, column {column} (near "{near}")': 'le fichier n’est pas du JSON valide\u00a0: il se rompt à la ligne {line}, colonne {column} (près de «\u00a0{near}\u00a0»)',
  'the file is not valid JSON: it does not start like a saved game (it starts "{start}")': 'le fichier n’est pas du JSON valide\u00a0: il ne commence pas comme une partie sauvegardée (il commence par «\u00a0{start}\u00a0»)',
  'the file is too large to be a saved game ({n} million characters)':
    'le fichier est trop volumineux pour être une partie sauvegardée ({n}\u00a0millions de caractères)',
  'expected a saved game (a JSON object), found {kind}':
    'une partie sauvegardée (un objet JSON) était attendue, le fichier contient {kind}',
  null: 'la valeur null',
  'a list': 'une liste',
  'an object': 'un objet',
  'a string': 'une chaîne de caractères',
  'a number': 'un nombre',
  'a boolean': 'un booléen',
  'this is a plan file, not a saved game': 'c’est un fichier de plan, pas une partie sauvegardée',
  'this is a scenario file, not a saved game': 'c’est un fichier de scénario, pas une partie sauvegardée',
  'this is not a Cluster Policy Lab save ("format" is {found}, not "{expected}")':
    'ce n’est pas une sauvegarde de Cluster Policy Lab («\u00a0format\u00a0» vaut {found}, et non «\u00a0{expected}\u00a0»)',
  'this is not a Cluster Policy Lab save (it has no "format": "{expected}")':
    'ce n’est pas une sauvegarde de Cluster Policy Lab (il n’y a pas de «\u00a0format\u00a0»\u00a0: «\u00a0{expected}\u00a0»)',
  'this save was made by a newer version (v{version}) of Cluster Policy Lab; this version reads saves up to v{supported}':
    'cette sauvegarde vient d’une version plus récente (v{version}) de Cluster Policy Lab\u00a0; cette version lit les sauvegardes jusqu’à la v{supported}',
  'and {n} more problem(s)': '{n, plural, one {et #\u00a0autre problème} other {et #\u00a0autres problèmes}}',
  'the game could not be replayed ({detail})': 'la partie n’a pas pu être rejouée ({detail})',
  'unknown field {keys}': 'champ inconnu\u00a0: {keys}',
  'unknown fields {keys}': 'champs inconnus\u00a0: {keys}',
  'must not be empty': 'ne doit pas être vide',
  'needs at least {n} item(s)': '{n, plural, one {doit contenir au moins #\u00a0élément} other {doit contenir au moins #\u00a0éléments}}',
  'needs at least {n} characters': 'doit contenir au moins {n}\u00a0caractères',
  'allows at most {n} item(s)': '{n, plural, one {ne peut contenir plus de #\u00a0élément} other {ne peut contenir plus de #\u00a0éléments}}',
  'must be a whole number at least {min} and at most {max}': 'doit être un nombre entier compris entre {min} et {max}',
  'must be at least {min} and at most {max}': 'doit être compris entre {min} et {max}',
  'must be at least {n}': 'doit valoir au moins {n}',
  'must be more than {n}': 'doit être supérieur à {n}',
  'must be at most {n}': 'doit valoir au plus {n}',
  'must be less than {n}': 'doit être inférieur à {n}',
  'must be one of {values}': 'doit être l’une des valeurs suivantes\u00a0: {values}',
  'expected {type}': 'type attendu\u00a0: {type}',
  'shares sum to {total}, more than the whole budget (1)': 'les parts totalisent {total}, plus que le budget entier (1)',
  'allocation.{lever} must be a share between 0 and 1 (got {value})':
    '{lever}\u00a0: la part doit être comprise entre 0 et 1 (reçu\u00a0: {value})',
  'allocation shares sum to {total}, more than the whole budget (1)':
    'les parts du budget totalisent {total}, plus que le budget entier (1)',
  'tariff must be between 0 and 1 (got {value})': 'le droit de douane doit être compris entre 0 et 1 (reçu\u00a0: {value})',
  'incentiveTarget must be one of {values}': 'la cible des incitations doit être l’une des valeurs suivantes\u00a0: {values}',
  'laborStandards must be true or false': 'les normes du travail doivent valoir true ou false',
  'the game did not start from this scenario': 'la partie n’a pas pu démarrer avec ce scénario',
  'the decisions were not accepted': 'les décisions n’ont pas été acceptées',
  'the prediction was not accepted': 'la prévision n’a pas été acceptée',
  'event "{event}" fired after year {year}, but the save records no choice for it':
    'l’événement «\u00a0{event}\u00a0» est survenu après l’année {year}, mais la sauvegarde n’indique aucun choix',
  'the save says "{saved}", but the event that fired after year {year} is "{event}"':
    'la sauvegarde indique «\u00a0{saved}\u00a0», mais l’événement survenu après l’année {year} est «\u00a0{event}\u00a0»',
  '"{choice}" is not a choice of event "{event}" (its choices are {choices})':
    '«\u00a0{choice}\u00a0» n’est pas un choix de l’événement «\u00a0{event}\u00a0» (ses choix sont {choices})',
  'year {year} did not resolve (the game is in {phase})': 'l’année {year} n’a pas pu se conclure (la partie est en phase {phase})',
  'year {year} was not recorded': 'l’année {year} n’a pas été enregistrée',
  'the save records a choice for event "{event}", but no event fired after year {year}':
    'la sauvegarde indique un choix pour l’événement «\u00a0{event}\u00a0», mais aucun événement n’est survenu après l’année {year}',
  'the game ended after year {n} (approval collapsed), but the log goes on to year {year}':
    'la partie s’est terminée après l’année {n} (effondrement de l’approbation), mais le journal continue jusqu’à l’année {year}',
  'the game ended after year {n}, but the log goes on to year {year}':
    'la partie s’est terminée après l’année {n}, mais le journal continue jusqu’à l’année {year}',
  'the game was not waiting for decisions for year {year} (it was in {phase})':
    'la partie n’attendait pas de décisions pour l’année {year} (elle était en phase {phase})',
  'a game in the briefing has played no years, but the log has {n} year(s)':
    '{n, plural, one {une partie au stade de la présentation n’a joué aucune année, mais le journal en compte une} other {une partie au stade de la présentation n’a joué aucune année, mais le journal en compte #}}',
  'Loading the workshop…': 'Chargement de l’atelier…',
  'The workshop could not be loaded. Check your connection and try again.': 'L’atelier n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
  // Workshop team: the play screen’s session bar and Hand in results.
  'Time is up: end the year':
    'Temps écoulé\u00a0: terminez l’année',
  'Time is up for this year: agree on your decisions and end the year.':
    'Le temps de cette année est écoulé\u00a0: mettez-vous d’accord sur vos décisions et terminez l’année.',
  'Time left for this year':
    'Temps restant pour cette année',
  '{role}: their constituency is unhappy (approval fell {points} points this year).':
    '{role}\u00a0: ses mandants sont mécontents (l’approbation a perdu {points} points cette année).',
  '{role}: their constituency is unhappy (approval {value} of 100).':
    '{role}\u00a0: ses mandants sont mécontents (approbation {value} sur 100).',
  'Every role’s constituency is content.':
    'Les mandants de chaque rôle sont satisfaits.',
  'Each role’s constituency is judged after the first year.':
    'Les mandants de chaque rôle se prononcent après la première année.',
  'Roles: briefs and concerns':
    'Rôles\u00a0: missions et préoccupations',
  'Role':
    'Rôle',
  'Your concerns':
    'Vos préoccupations',
  'Your constituency’s approval: {value} of 100':
    'Approbation de vos mandants\u00a0: {value} sur 100',
  'Session {code}':
    'Séance {code}',
  'Team {name}':
    'Équipe {name}',
  'Switch team':
    'Changer d’équipe',
  'Hand in results':
    'Remettre les résultats',
  'The result code could not be made: check your connection and try again.':
    'Le code de résultat n’a pas pu être créé\u00a0: vérifiez votre connexion et réessayez.',
  // History mode (issue 13).
  'Better': 'Meilleur',
  'By {year}, your term did better than what was done on {won} of {total} outcomes and worse on {lost}.': 'En {year}, votre mandat a fait mieux que ce qui a été fait sur {won} résultats sur {total}, et moins bien sur {lost}.',
  'Goals met: your term and what was done': 'Objectifs atteints : votre mandat et ce qui a été fait',
  'Play against history': 'Jouer contre l’histoire',
  'Sources': 'Références',
  'What was done': 'Ce qui a été fait',
  'What was done lost the stakeholders’ support in {year}; the comparison stops there.': 'Ce qui a été fait a perdu le soutien des parties prenantes en {year} ; la comparaison s’arrête là.',
  'What was done: {value}': 'Ce qui a été fait : {value}',
  'Where the record is thin: {note}': 'Là où les archives sont minces : {note}',
  'You met {mine} of {total} goals; what was done met {theirs}.': 'Vous avez atteint {mine} objectifs sur {total} ; ce qui a été fait en a atteint {theirs}.',
  'Your term': 'Votre mandat',
  'Your term versus what was done': 'Votre mandat face à ce qui a été fait',
  'Your term, what was done and no new policy in {year}': 'Votre mandat, ce qui a été fait et sans nouvelle politique en {year}',
  // Shared by the planner and the workshop chunks.
  Scenario: 'Scénario',
  Outcome: 'Résultat',
  // Shared by the workshop and the scenario editor chunks.
  Remove: 'Retirer',
  // Shared by the planner and the scenario editor chunks.
  'Share link': 'Lien de partage',
  // The scenario editor's way in (the map) and its screen heading (index.html).
  'Make your own': 'Créez le vôtre',
  'Build a cluster from your own country, starting from one of these.': 'Construisez un cluster de votre pays, en partant de l’un de ceux-ci.',
  'Scenario editor': 'Éditeur de scénarios',
  'Loading the scenario editor…': 'Chargement de l’éditeur de scénarios…',
  'The scenario editor could not be loaded. Check your connection and try again.':
    'L’éditeur de scénarios n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
  // Who gains, who loses (groups-panel.ts, src/view/groups.ts; approval reasons in src/view/hud.ts).
  'Who gains, who loses': 'Qui gagne, qui perd',
  'Who gains, who loses at the end of {year}: each group against no new policy': 'Qui gagne, qui perd à la fin de {year} : chaque groupe face à l’absence de nouvelle politique',
  'Who gains, who loses in {year}, against no new policy: every group’s income per person about the same.': 'Qui gagne, qui perd en {year}, face à l’absence de nouvelle politique : le revenu par personne de chaque groupe est à peu près le même.',
  'Who gains, who loses in {year}, against no new policy: income per person higher for {gainers}; lower for {losers}.': 'Qui gagne, qui perd en {year}, face à l’absence de nouvelle politique : revenu par personne plus élevé pour {gainers} ; plus bas pour {losers}.',
  'Who gains, who loses in {year}, against no new policy: income per person higher for {gainers}; no group lower.': 'Qui gagne, qui perd en {year}, face à l’absence de nouvelle politique : revenu par personne plus élevé pour {gainers} ; aucun groupe plus bas.',
  'Who gains, who loses in {year}, against no new policy: no group higher; income per person lower for {losers}.': 'Qui gagne, qui perd en {year}, face à l’absence de nouvelle politique : aucun groupe plus haut ; revenu par personne plus bas pour {losers}.',
  'Who gains, who loses in {year}: difference from no new policy': 'Qui gagne, qui perd en {year} : écart avec l’absence de nouvelle politique',
  '{group} ({change})': '{group} ({change})',
  'SME owners': 'Propriétaires de PME',
  'Owners of large firms and TNCs': 'Propriétaires de grandes entreprises et de multinationales',
  'Formal workers': 'Travailleurs formels',
  'Informal workers and apprentices': 'Travailleurs informels et apprentis',
  'Women workers': 'Travailleuses',
  'Group': 'Groupe',
  'Income per person': 'Revenu par personne',
  'People': 'Personnes',
  'Income per person a day': 'Revenu par personne et par jour',
  'Income vs no new policy': 'Revenu face à aucune nouvelle politique',
  'People vs no new policy': 'Personnes face à aucune nouvelle politique',
  'Poor': 'Pauvres',
  'Poor vs no new policy': 'Pauvres face à aucune nouvelle politique',
  'Income per person a day, in US dollars. Owners, formal and informal workers share out all the value the cluster adds; women workers are the women among the formal and informal workers. Poor: share of the group below the poverty line.': 'Revenu par personne et par jour, en dollars US. Les propriétaires et les travailleurs formels et informels se partagent toute la valeur ajoutée du cluster ; les travailleuses sont les femmes parmi les travailleurs formels et informels. Pauvres : part du groupe sous le seuil de pauvreté.',
  'SME owners\' incomes rising': 'revenus des propriétaires de PME en hausse',
  'SME owners\' incomes falling': 'revenus des propriétaires de PME en baisse',
  'large-firm owners\' incomes rising': 'revenus des propriétaires de grandes entreprises en hausse',
  'large-firm owners\' incomes falling': 'revenus des propriétaires de grandes entreprises en baisse',
  'workers\' incomes rising': 'revenus des travailleurs en hausse',
  'workers\' incomes falling': 'revenus des travailleurs en baisse',
  'the poorest groups earning more': 'les groupes les plus pauvres gagnent plus',
  'the poorest groups earning less': 'les groupes les plus pauvres gagnent moins',
};

export default fr;
