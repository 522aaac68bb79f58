// French labels and hints of the scenario editor's fields, keyed by schema path (as editor-fields-en.ts).
// Machine-assisted (docs/translations.md). Hints translate the schema's descriptions (src/scenario/schema.ts).
export const labels: Record<string, string> = {
  id: 'Identifiant',
  name: 'Nom',
  shortName: 'Nom court',
  country: 'Pays',
  sector: 'Secteur',
  type: 'Type de cluster',
  briefing: 'Présentation',
  learningGoals: 'Objectifs pédagogiques',
  goals: 'Objectifs',
  'goals[].metric': 'Indicateur',
  'goals[].comparison': 'Comparaison',
  'goals[].value': 'Valeur',
  'goals[].label': 'Libellé',
  roles: 'Rôles de l’atelier',
  'roles[].role': 'Rôle',
  'roles[].brief': 'Mission',
  'roles[].concerns': 'Préoccupations',
  startYear: 'Année de départ',
  termYears: 'Mandat, en années',
  budgetUsdM: 'Budget, millions de US$ par an',
  incentiveTarget: 'Cible des incitations',
  laborStandards: 'Normes du travail appliquées',
  initial: 'Chiffres de départ',
  'initial.smeFirms': 'PME',
  'initial.largeFirms': 'Grandes entreprises',
  'initial.foreignFirms': 'Entreprises étrangères',
  'initial.employment': 'Emploi',
  'initial.outputUsdM': 'Production, millions de US$',
  'initial.largeOutputShare': 'Part de la production des grandes entreprises',
  'initial.quality': 'Qualité',
  'initial.skills': 'Compétences',
  'initial.infrastructure': 'Infrastructures',
  'initial.research': 'Recherche',
  'initial.trust': 'Confiance',
  'initial.exportShare': 'Part exportée',
  'initial.wageUsdPerDay': 'Salaire, US$ par jour',
  'initial.workingConditions': 'Conditions de travail',
  'initial.tariff': 'Droit de douane',
  'initial.poverty': 'Pauvreté',
  'initial.laborSurplus': 'Excédent de main-d’œuvre',
  'initial.donorSupportUsdM': 'Aide des bailleurs, millions de US$',
  'initial.approval': 'Soutien',
  'initial.approval.sme': 'PME',
  'initial.approval.large': 'Grandes entreprises',
  'initial.approval.workers': 'Travailleurs',
  'initial.approval.donors': 'Bailleurs',
  location: 'Emplacement',
  'location.lat': 'Latitude',
  'location.lon': 'Longitude',
  isoNumeric: 'Code ISO du pays',
  parameters: 'Paramètres du modèle',
  events: 'Événements',
  'events[].id': 'Identifiant',
  'events[].title': 'Titre',
  'events[].text': 'Texte',
  'events[].trigger': 'Déclencheur',
  'events[].trigger.year': 'Année du mandat',
  'events[].trigger.chance': 'Probabilité par an',
  'events[].trigger.fromYear': 'À partir de l’année du mandat',
  'events[].trigger.shock': 'Choc',
  'events[].trigger.when': 'Condition',
  'events[].trigger.when.indicator': 'Indicateur',
  'events[].trigger.when.below': 'En dessous de',
  'events[].trigger.when.above': 'Au-dessus de',
  'events[].choices': 'Choix',
  'events[].choices[].id': 'Identifiant',
  'events[].choices[].label': 'Libellé',
  'events[].choices[].text': 'Texte',
  'events[].choices[].effects': 'Effets',
  'events[].choices[].effects[].target': 'Cible',
  'events[].choices[].effects[].mode': 'Mode',
  'events[].choices[].effects[].delta': 'Variation',
  'events[].choices[].default': 'Choix par défaut',
  'events[].sources': 'Sources',
  scheduled: 'Chocs programmés',
  'scheduled[].year': 'Année',
  'scheduled[].shock': 'Choc',
  'scheduled[].size': 'Ampleur',
  'scheduled[].source': 'Source',
  sources: 'Sources',
  cited: 'Chiffres cités',
  'cited.employment': 'Emploi',
  'cited.employment.value': 'Valeur',
  'cited.employment.source': 'Source',
  'cited.firms': 'Entreprises',
  'cited.firms.value': 'Valeur',
  'cited.firms.source': 'Source',
  'cited.exports': 'Exportations, millions de US$',
  'cited.exports.value': 'Valeur',
  'cited.exports.source': 'Source',
  'cited.poverty': 'Pauvreté',
  'cited.poverty.value': 'Valeur',
  'cited.poverty.source': 'Source',
  limitations: 'Limites',
  'limitations[].limitation': 'Limite',
  'limitations[].weight': 'Poids',
  'limitations[].note': 'Note',
  history: 'Ce qui a été fait (histoire)',
  'history.title': 'Titre',
  'history.summary': 'Résumé',
  'history.note': 'Note',
  'history.plan': 'Plan',
  'history.plan.years': 'Années',
  'history.plan.years[].allocation': 'Parts du budget',
  'history.plan.years[].allocation.infrastructure': 'Infrastructures',
  'history.plan.years[].allocation.training': 'Formation',
  'history.plan.years[].allocation.research': 'Recherche',
  'history.plan.years[].allocation.incentives': 'Incitations',
  'history.plan.years[].allocation.trade': 'Promotion commerciale',
  'history.plan.years[].tariff': 'Droit de douane',
  'history.plan.years[].incentiveTarget': 'Cible des incitations',
  'history.plan.years[].laborStandards': 'Normes du travail appliquées',
  'history.plan.years[].eventChoices': 'Choix aux événements',
  'history.scheduled': 'Chocs programmés',
  'history.scheduled[].year': 'Année',
  'history.scheduled[].shock': 'Choc',
  'history.scheduled[].size': 'Ampleur',
  'history.scheduled[].source': 'Source',
  'history.sources': 'Sources',
  'parameters.leakage': 'Fuites',
  'parameters.costScaleUsdM': 'Échelle des coûts, millions de US$',
  'parameters.referenceSpendPerWorkerUsd': 'Dépense de référence par travailleur, US$',
  'parameters.costIncomeElasticity': 'Élasticité des coûts au revenu',
  'parameters.absorptionCapacity': 'Capacité d’absorption',
  'parameters.marketGrowth': 'Croissance du marché',
  'parameters.marketGrowthLongRun': 'Croissance du marché à long terme',
  'parameters.marketGrowthConvergence': 'Convergence de la croissance du marché',
  'parameters.demandVolatility': 'Volatilité de la demande',
  'parameters.demandPersistence': 'Persistance de la demande',
  'parameters.worldDemandGrowth': 'Croissance de la demande mondiale',
  'parameters.demandCrashChance': 'Probabilité d’effondrement de la demande',
  'parameters.demandCrashSize': 'Ampleur de l’effondrement de la demande',
  'parameters.exchangeRateVolatility': 'Volatilité du taux de change',
  'parameters.exportPriceElasticity': 'Élasticité-prix des exportations',
  'parameters.infrastructureElasticity': 'Élasticité des infrastructures',
  'parameters.infrastructureAdjustment': 'Ajustement des infrastructures',
  'parameters.infrastructureDepreciation': 'Dépréciation des infrastructures',
  'parameters.infrastructureReach': 'Portée des infrastructures',
  'parameters.deficitMarginCost': 'Coût en marge du déficit d’infrastructures',
  'parameters.trainingReach': 'Portée de la formation',
  'parameters.skillDepreciation': 'Dépréciation des compétences',
  'parameters.skillProductivity': 'Productivité des compétences',
  'parameters.skillAdjustment': 'Ajustement des compétences',
  'parameters.skillWagePremium': 'Prime salariale des compétences',
  'parameters.researchReach': 'Portée de la recherche',
  'parameters.researchDepreciation': 'Dépréciation de la recherche',
  'parameters.researchProductivity': 'Productivité de la recherche',
  'parameters.researchQuality': 'Qualité issue de la recherche',
  'parameters.absorptiveThreshold': 'Seuil d’absorption',
  'parameters.researchLinkage': 'Liens avec la recherche',
  'parameters.frontierGap': 'Écart à la frontière',
  'parameters.largeFirmCapture': 'Captation par les grandes entreprises',
  'parameters.smeTargetingLeak': 'Fuite du ciblage des PME',
  'parameters.subsidyMarginEffect': 'Effet des subventions sur la marge',
  'parameters.subsidyInvestmentQuality': 'Qualité issue des subventions à l’investissement',
  'parameters.largeExpansion': 'Expansion des grandes entreprises',
  'parameters.fdiAttraction': 'Attraction des IDE',
  'parameters.fdiPlantCostYears': 'Coût d’une usine étrangère, en années',
  'parameters.fdiTechTransfer': 'Transfert de technologie des IDE',
  'parameters.jointTrust': 'Action collective\u00a0: confiance',
  'parameters.jointProductivity': 'Action collective\u00a0: productivité',
  'parameters.jointDepreciation': 'Action collective\u00a0: dépréciation',
  'parameters.protectionMargin': 'Marge due à la protection',
  'parameters.importCompeting': 'Part concurrencée par les importations',
  'parameters.protectionDrag': 'Frein de la protection',
  'parameters.prohibitiveTariff': 'Droit de douane prohibitif',
  'parameters.importedInputShare': 'Part des intrants importés',
  'parameters.poorTradableShare': 'Part échangeable de la dépense des pauvres',
  'parameters.exportReach': 'Portée de la promotion des exportations',
  'parameters.exportQualityReach': 'Exportations permises par la qualité',
  'parameters.exportHeadroom': 'Marge d’exportation',
  'parameters.certificationQuality': 'Qualité issue de la certification',
  'parameters.exportDecay': 'Érosion des exportations',
  'parameters.largeCompetition': 'Concurrence des grandes entreprises',
  'parameters.normalMargin': 'Marge normale',
  'parameters.entryResponse': 'Réaction des entrées',
  'parameters.exitResponse': 'Réaction des sorties',
  'parameters.marginExpectation': 'Anticipation des marges',
  'parameters.crowding': 'Encombrement',
  'parameters.upgradeSkillThreshold': 'Montée en gamme\u00a0: seuil de compétences',
  'parameters.upgradeTrustThreshold': 'Montée en gamme\u00a0: seuil de confiance',
  'parameters.upgradeQuality': 'Montée en gamme\u00a0: qualité',
  'parameters.graduation': 'Passage à la grande entreprise',
  'parameters.qualityPremium': 'Prime de qualité',
  'parameters.baseProductivityGrowth': 'Croissance de base de la productivité',
  'parameters.employmentElasticity': 'Élasticité de l’emploi',
  'parameters.smeLaborIntensity': 'Intensité en main-d’œuvre des PME',
  'parameters.populationGrowth': 'Croissance démographique',
  'parameters.migrationMax': 'Migration maximale',
  'parameters.frictionalSurplus': 'Excédent frictionnel',
  'parameters.housingPressure': 'Pression sur le logement',
  'parameters.surplusThreshold': 'Seuil d’excédent',
  'parameters.wagePassThrough': 'Transmission aux salaires',
  'parameters.surplusPassThrough': 'Transmission de l’excédent',
  'parameters.subsistenceWageUsdPerDay': 'Salaire de subsistance, US$ par jour',
  'parameters.povertyElasticity': 'Élasticité de la pauvreté',
  'parameters.laborIntensityPovertyBoost': 'Effet de l’intensité en main-d’œuvre sur la pauvreté',
  'parameters.housingCostShare': 'Part du logement dans la dépense',
  'parameters.rentResponse': 'Réaction des loyers',
  'parameters.poorInFormalJobs': 'Pauvres dans les emplois formels',
  'parameters.clusterIncomeShare': 'Part du revenu issue du cluster',
  'parameters.conditionsAdjustment': 'Ajustement des conditions de travail',
  'parameters.priceCompetitionPressure': 'Pression de la concurrence par les prix',
  'parameters.standardsEffect': 'Effet des normes',
  'parameters.complianceExit': 'Sorties dues à la mise en conformité',
  'parameters.qualityShakeout': 'Sélection par la qualité',
  'parameters.laborSaving': 'Économie de main-d’œuvre',
  'parameters.standardsMarginCost': 'Coût des normes en marge',
  'parameters.accidentChance': 'Probabilité d’accident',
  'parameters.accidentSize': 'Ampleur d’un accident',
  'parameters.trustAdjustment': 'Ajustement de la confiance',
  'parameters.concentrationErosion': 'Érosion par la concentration',
  'parameters.competitionErosion': 'Érosion par la concurrence',
  'parameters.trustSpillover': 'Retombées de la confiance',
  'parameters.buyerExitChance': 'Probabilité de départ d’un acheteur',
  'parameters.domesticValueAddedShare': 'Part de la valeur ajoutée locale',
  'parameters.buyerStandardChance': 'Probabilité d’une norme d’acheteur',
  'parameters.buyerStandardLoss': 'Norme d’acheteur\u00a0: commandes perdues',
  'parameters.buyerStandardGain': 'Norme d’acheteur\u00a0: commandes gagnées',
  'parameters.tncExitChance': 'Probabilité de départ d’une multinationale',
  'parameters.donorExitChance': 'Probabilité de départ du bailleur',
  'parameters.approvalCollapse': 'Seuil d’effondrement du soutien',
};

export const hints: Record<string, string> = {
  'roles[].brief': 'Pour qui ce rôle parle dans ce cluster et ce qu’il veut, en deux à quatre phrases',
  'roles[].concerns': 'Ce que ce rôle surveille, un point à chaque fois',
  budgetUsdM: 'Budget annuel des politiques, en millions de US$',
  'initial.smeFirms': 'Micro, petites et moyennes entreprises',
  'initial.largeFirms': 'Grandes entreprises, usines étrangères comprises',
  'initial.foreignFirms': 'Usines à capitaux étrangers (comptées parmi les grandes entreprises)',
  'initial.employment': 'Emplois directs dans le cluster',
  'initial.outputUsdM': 'Valeur ajoutée, en millions de US$ par an',
  'initial.largeOutputShare':
    'Part de la production réalisée par les grandes entreprises\u00a0: 0 sans grandes entreprises, sinon de 0,001 à 0,999 (chaque type d’entreprise produit quelque chose)',
  'initial.quality': 'Part de la production en produits à plus forte valeur ajoutée',
  'initial.infrastructure': '1 = aucun déficit d’infrastructures contraignant',
  'initial.research': 'Stock de connaissances issu des centres de recherche et des liens avec l’université',
  'initial.wageUsdPerDay': 'Salaire journalier moyen, en US$',
  'initial.tariff': 'Protection à l’importation en vigueur au départ, ad valorem',
  'initial.poverty': 'Taux de pauvreté de la population locale',
  'initial.laborSurplus': 'Part de la main-d’œuvre locale sans emploi ou sous-employée',
  'initial.donorSupportUsdM': 'Dépenses annuelles du programme des bailleurs, en millions de US$',
  'events[].trigger.year':
    'Année du mandat, pas une année civile\u00a0: se déclenche à la fin de l’année civile startYear + year (1 = après la première année)',
  'events[].trigger.when': 'Une condition lue en fin d’année\u00a0: l’indicateur en dessous et/ou au-dessus des valeurs données',
  'events[].choices[].effects[].delta':
    'add\u00a0: dans les unités de la cible, dans sa propre limite (1 pour les parts, 2 pour la recherche)\u00a0; scale\u00a0: de -1 à 1 (un facteur 1 + delta)',
  'scheduled[].year': 'Année civile du choc (après l’année de départ, pendant le mandat)',
  'scheduled[].size': 'Le choc en unités du modèle\u00a0: voir docs/scenarios.md (la plage dépend du type)',
  'history.title':
    'Le nom du parcours dans la légende des graphiques et dans le bilan, par exemple «\u00a0Ce qui a été fait\u00a0: protection, puis libéralisation\u00a0»',
  'history.summary': 'Ce qu’a fait le gouvernement réel, en deux à quatre phrases',
  'history.note':
    'Là où les sources sont minces, et comment elles ont été ramenées au mandat (dites-le\u00a0; n’inventez jamais de précision)',
  'history.plan':
    'Les décisions, comme les années d’un fichier de plan (src/scenario/plan.ts)\u00a0: parts du budget, droit de douane, cible des incitations, normes du travail, choix aux événements',
  'history.scheduled[].year': 'Année civile du choc (après l’année de départ, pendant le mandat)',
  'history.scheduled[].size': 'Le choc en unités du modèle\u00a0: voir docs/scenarios.md (la plage dépend du type)',
  'history.sources': 'Références du parcours (l’article de départ et la littérature qu’il cite)',
  // Model parameters: their meanings and units (src/model/params.ts).
  'parameters.leakage':
    'Part de chaque ligne budgétaire perdue à cause de la corruption et de la faiblesse des institutions avant tout effet (part)',
  'parameters.costScaleUsdM':
    'Dépense effective sur une ligne en un an qui atteint environ 63\u00a0% de l’effet de référence de cette ligne\u00a0; 0 = déduite de la taille du cluster (referenceSpendPerWorkerUsd) (millions de US$)',
  'parameters.referenceSpendPerWorkerUsd':
    'Dépense par travailleur du cluster sur une ligne qui atteint environ 63\u00a0% de son effet, pour 5 000 US$ de valeur ajoutée par travailleur (ajustée à la valeur ajoutée locale par travailleur par costIncomeElasticity) (US$ par travailleur et par an)',
  'parameters.costIncomeElasticity':
    'Hausse du coût d’un programme par travailleur avec la valeur ajoutée locale par travailleur (formateurs, bâtisseurs, consultants et terrains coûtent plus cher là où les revenus sont plus élevés) (élasticité)',
  'parameters.absorptionCapacity':
    'Dépense effective totale (en unités de référence, toutes lignes confondues) que les institutions d’un cluster peuvent utiliser en un an\u00a0; au-delà, chaque ligne rapporte moins (rendements décroissants d’ensemble) (unités de référence)',
  'parameters.marketGrowth':
    'Croissance tendancielle du marché sur lequel vend le cluster (le nombre d’entreprises que le marché fait vivre croît avec elle) (par an)',
  'parameters.marketGrowthLongRun':
    'Croissance tendancielle du marché vers laquelle converge la croissance de départ (les clusters à croissance rapide ralentissent en mûrissant) (par an)',
  'parameters.marketGrowthConvergence':
    'Vitesse à laquelle la croissance tendancielle du marché du cluster converge vers son rythme de long terme (demi-vie d’environ 10 ans) (par an)',
  'parameters.demandVolatility':
    'Écart type des innovations annuelles de la demande mondiale (écart type en log par an)',
  'parameters.demandPersistence':
    'Part d’un écart de la demande mondiale qui subsiste l’année suivante (coefficient AR(1))',
  'parameters.worldDemandGrowth':
    'Tendance annuelle supplémentaire de la demande mondiale pour les exportations du cluster, en plus de celle que portent déjà les chiffres du scénario (0 = aucune)\u00a0; les Hypothèses du planificateur la fixent, pour la référence comme pour chaque plan (points de log par an)',
  'parameters.demandCrashChance':
    'Probabilité d’un effondrement de la demande mondiale dans l’année (comme en 2001 pour Guadalajara) (par an)',
  'parameters.demandCrashSize':
    'Ampleur d’un effondrement de la demande mondiale (points de log)',
  'parameters.exchangeRateVolatility':
    'Écart type des innovations annuelles du taux de change réel (écart type en log par an)',
  'parameters.exportPriceElasticity':
    'Réaction à court terme des commandes à l’export au taux de change réel (élasticité)',
  'parameters.infrastructureElasticity':
    'Élasticité de long terme de la production aux services d’infrastructure (à court terme\u00a0: cette valeur fois la vitesse d’ajustement, ~0,08) (élasticité)',
  'parameters.infrastructureAdjustment':
    'Part de l’écart entre les services d’infrastructure et le stock comblée chaque année (part par an)',
  'parameters.infrastructureDepreciation':
    'Dégradation des infrastructures bâties par les programmes vers le niveau qu’entretient l’administration (par an)',
  'parameters.infrastructureReach':
    'Part maximale du déficit d’infrastructures (1 - stock) comblée par une année de dépense de référence (part du déficit)',
  'parameters.deficitMarginCost':
    'Marge des PME perdue à cause d’un déficit d’infrastructures (pas de réseau, groupes électrogènes), proportionnelle au déficit (marge sans aucune infrastructure)',
  'parameters.trainingReach':
    'Part maximale du déficit de compétences (1 - compétences) comblée par une année de formation de référence, un an plus tard (part du déficit de compétences)',
  'parameters.skillDepreciation':
    'Retour des compétences acquises par les programmes vers le niveau de départ (rotation, migration) (par an)',
  'parameters.skillProductivity':
    'Gain de productivité à long terme par unité de compétences au-dessus du départ (productivité par point de compétence)',
  'parameters.skillAdjustment':
    'Vitesse à laquelle la productivité rattrape les compétences, de sorte que les gains de type Kaizen apparaissent après ~3 ans (part par an)',
  'parameters.skillWagePremium':
    'Gain de salaire par unité de compétences au-dessus du départ, une fois l’excédent de main-d’œuvre absorbé (log du salaire par point de compétence)',
  'parameters.researchReach':
    'Stock de recherche maximal qu’ajoute une année de référence de dépense en centres de recherche, une fois construits (indice par année de référence)',
  'parameters.researchDepreciation':
    'Dépréciation du stock de connaissances (par an)',
  'parameters.researchProductivity':
    'Croissance annuelle de la productivité due à une unité de stock de recherche, à pleine capacité d’absorption et pleins liens (croissance de la productivité par point d’indice)',
  'parameters.researchQuality':
    'Gain annuel de qualité dû à une unité de stock de recherche, à pleine capacité d’absorption (qualité par point d’indice)',
  'parameters.absorptiveThreshold':
    'Niveau de compétences au-delà duquel les entreprises peuvent utiliser la recherche (capacité d’absorption) (indice de compétences)',
  'parameters.researchLinkage':
    'Degré de lien entre la recherche publique et les entreprises (article de départ\u00a0: isolée dans les pays en développement) (part)',
  'parameters.frontierGap':
    'Distance de départ à la frontière technologique\u00a0; le rendement de la recherche suit un U inversé selon elle (0 = à la frontière, 1 = le plus loin)',
  'parameters.largeFirmCapture':
    'Part des incitations non ciblées captée par les grandes entreprises (part)',
  'parameters.smeTargetingLeak':
    'Part des incitations ciblées sur les PME encore captée par les grandes entreprises (mauvais classement, relations) (part)',
  'parameters.subsidyMarginEffect':
    'Hausse de la marge d’un segment due à une subvention, rapportée à sa production (marge par subvention/production)',
  'parameters.subsidyInvestmentQuality':
    'Gain de qualité dû aux incitations aux PME, proportionnel aux compétences (la formation d’abord, le financement ensuite) (qualité par année de référence)',
  'parameters.largeExpansion':
    'Capacité supplémentaire des grandes entreprises due aux incitations captées (sans gain de productivité) (capacité par année de référence)',
  'parameters.fdiAttraction':
    'Nombre maximal d’usines étrangères qu’un lieu peut attirer en un an, par grande entreprise existante (nouvelles usines par grande entreprise existante et par année de référence)',
  'parameters.fdiPlantCostYears':
    'Coût en incitations pour attirer une usine étrangère (exonération fiscale et subventions) (années de valeur ajoutée d’une usine)',
  'parameters.fdiTechTransfer':
    'Transfert de technologie des usines étrangères (les clusters de multinationales font peu de R&D locale) (croissance de la productivité par part des IDE)',
  'parameters.jointTrust':
    'Confiance apportée par un stock saturé de projets collectifs (efficacité collective active) (confiance à saturation)',
  'parameters.jointProductivity':
    'Croissance annuelle de la productivité due aux projets collectifs, proportionnelle à la confiance (croissance de la productivité à saturation)',
  'parameters.jointDepreciation':
    'Déclin des projets collectifs une fois le financement arrêté (par an)',
  'parameters.protectionMargin':
    'Marge des PME gagnée par unité de droit de douane, selon l’exposition du cluster aux importations concurrentes (marge par point de droit de douane)',
  'parameters.importCompeting':
    'Part du marché du cluster exposée aux importations concurrentes (part)',
  'parameters.protectionDrag':
    'Croissance annuelle de la productivité perdue par unité de droit de douane (moins de pression concurrentielle) (croissance de la productivité par point de droit de douane)',
  'parameters.prohibitiveTariff':
    'Niveau de droit de douane au-delà duquel la protection n’ajoute plus aux marges des PME\u00a0: contrebande et importations informelles l’émoussent (la protection sature en 1 - exp(-droit / cette valeur)) (ad valorem)',
  'parameters.importedInputShare':
    'Part des coûts du cluster faite d’intrants importés (acier, machines, composants)\u00a0: un droit de douane les renchérit, au détriment des exportations et des grandes entreprises (part des coûts)',
  'parameters.poorTradableShare':
    'Part de la dépense des ménages pauvres consacrée à des biens dont le droit de douane augmente le prix (tissus, outils, ustensiles, pièces) (part de la dépense)',
  'parameters.exportReach':
    'Part de l’écart entre la part exportée et ce que la qualité et les compétences du cluster peuvent vendre à l’étranger qu’une année de référence de promotion des exportations comble (part de l’écart atteignable par année de référence)',
  'parameters.exportQualityReach':
    'Part exportée supplémentaire que les acheteurs étrangers accepteront par unité de qualité (et un quart par unité de compétences) gagnée au-dessus du départ (part exportée par unité de qualité)',
  'parameters.exportHeadroom':
    'Part exportée que la promotion peut ajouter sans aucune montée en gamme (nouveaux acheteurs pour les mêmes produits) (part exportée)',
  'parameters.certificationQuality':
    'Gain de qualité dû aux dépenses de normes et de certification (qualité par année de référence)',
  'parameters.exportDecay':
    'Rappel de la part exportée vers ce que la qualité seule permet de tenir (par an)',
  'parameters.largeCompetition':
    'Marge des PME perdue quand les grandes entreprises et les usines étrangères prennent une plus grande part de la production (elles se disputent les mêmes acheteurs, travailleurs et intrants) (marge par point de part)',
  'parameters.normalMargin':
    'Marge des PME à laquelle entrées et sorties s’équilibrent (marge)',
  'parameters.entryResponse':
    'Taux d’entrée par unité de marge au-dessus de la normale (expansion quantitative, Sonobe et Otsuka) (taux d’entrée par point de marge)',
  'parameters.exitResponse':
    'Taux de sortie par unité de marge attendue en dessous de la normale (taux de sortie par point de marge)',
  'parameters.marginExpectation':
    'Vitesse à laquelle la marge sur laquelle les entreprises agissent suit la marge réelle (les sorties s’étalent sur 1 à 3 ans) (part par an)',
  'parameters.crowding':
    'Marge perdue quand les entreprises encombrent le marché (les entrées réduisent les marges) (marge par log de densité d’entreprises)',
  'parameters.upgradeSkillThreshold':
    'Compétences nécessaires pour que le cluster passe de l’expansion quantitative à la montée en gamme (indice de compétences)',
  'parameters.upgradeTrustThreshold':
    'Confiance nécessaire pour passer à la montée en gamme (indice de confiance)',
  'parameters.upgradeQuality':
    'Gain annuel de qualité quand la montée en gamme est pleinement engagée (qualité par an)',
  'parameters.graduation':
    'PME qui deviennent de grandes entreprises chaque année quand la montée en gamme est pleinement engagée (part des PME par an)',
  'parameters.qualityPremium':
    'Valeur ajoutée supplémentaire par unité produite à mesure que la part des produits à plus forte valeur augmente (valeur ajoutée par point de qualité)',
  'parameters.baseProductivityGrowth':
    'Croissance de la productivité sans nouvelle politique (imitation, apprentissage informel) (par an)',
  'parameters.employmentElasticity':
    'Réaction de l’emploi à la production (0,4-0,7\u00a0; ~0,3 dans les clusters de multinationales) (élasticité)',
  'parameters.smeLaborIntensity':
    'Combien de travailleurs de plus une PME emploie par unité produite qu’une grande entreprise (emplois par unité produite, PME / grande)',
  'parameters.populationGrowth':
    'Croissance de la population active et de la population locales (par an)',
  'parameters.migrationMax':
    'Afflux annuel maximal de migrants, atteint quand le cluster a absorbé son excédent de main-d’œuvre (part de la population active par an)',
  'parameters.frictionalSurplus':
    'Excédent qui ne disparaît jamais (recherche d’emploi, travail saisonnier)\u00a0: l’emploi ne peut dépasser le reste de la population active (part de la population active)',
  'parameters.housingPressure':
    'Dégradation des conditions de vie et de travail due à un afflux annuel de migrants (en part de la population active) (logements surpeuplés, quartiers informels) (conditions par taux de migration)',
  'parameters.surplusThreshold':
    'Excédent de main-d’œuvre en dessous duquel les salaires commencent à suivre la productivité (point de retournement de Lewis) (part d’excédent de main-d’œuvre)',
  'parameters.wagePassThrough':
    'Réaction des salaires à la valeur ajoutée par travailleur une fois l’excédent de main-d’œuvre absorbé (élasticité)',
  'parameters.surplusPassThrough':
    'Réaction des salaires à la valeur ajoutée par travailleur tant qu’il reste un excédent de main-d’œuvre (élasticité)',
  'parameters.subsistenceWageUsdPerDay':
    'Plancher du salaire dans le cluster (US$ par jour)',
  'parameters.povertyElasticity':
    'Réaction du taux de pauvreté à la croissance du revenu du travail des ménages pauvres (élasticité)',
  'parameters.laborIntensityPovertyBoost':
    'Une croissance riche en main-d’œuvre (PME) réduit davantage la pauvreté (élasticité supplémentaire par part des emplois en PME)',
  'parameters.housingCostShare':
    'Part de la dépense des ménages pauvres consacrée au logement (part de la dépense)',
  'parameters.rentResponse':
    'Hausse des loyers par afflux annuel de migrants (en part de la population active) (hausse des loyers par taux de migration)',
  'parameters.poorInFormalJobs':
    'Poids d’un emploi dans une grande entreprise ou une usine étrangère dans le revenu des ménages pauvres, par rapport à un emploi en PME ou informel (les emplois formels vont surtout à des travailleurs qualifiés et plus aisés) (poids)',
  'parameters.clusterIncomeShare':
    'Part du revenu des ménages locaux pauvres qui vient du cluster (part)',
  'parameters.conditionsAdjustment':
    'Vitesse à laquelle les conditions de travail évoluent vers ce qu’impliquent pressions et protections (part par an)',
  'parameters.priceCompetitionPressure':
    'Dégradation des conditions de travail due à une concurrence par les prix acharnée (marge sous la normale) (conditions par manque de marge)',
  'parameters.standardsEffect':
    'Amélioration des conditions de travail due à la conditionnalité des incitations aux normes du travail (conditions à saturation)',
  'parameters.complianceExit':
    'Sortie annuelle des ateliers informels incapables de respecter les normes du travail appliquées, selon l’écart des conditions au niveau décent (les plus pauvres perdent leur emploi en premier) (taux de sortie à pleine intensité)',
  'parameters.qualityShakeout':
    'Ateliers qui sortent quand la qualité du cluster progresse dans l’année\u00a0: les acheteurs passent à de meilleurs produits et les moins qualifiés ne suivent pas (taux de sortie par unité de qualité gagnée)',
  'parameters.laborSaving':
    'Emplois par entreprise perdus par unité de log de productivité gagnée (la productivité augmente la production plus que l’emploi) (élasticité)',
  'parameters.standardsMarginCost':
    'Coût de mise en conformité aux normes du travail pour les PME aidées (marge)',
  'parameters.accidentChance':
    'Probabilité d’un incendie ou d’un accident grave, multipliée par (1 - conditions de travail)^2 (par an avec des conditions nulles)',
  'parameters.accidentSize':
    'Part maximale des ateliers de PME détruite par un incendie (part des ateliers)',
  'parameters.trustAdjustment':
    'Vitesse à laquelle la confiance évolue vers sa cible (l’érosion apparaît en 1 à 2 ans) (part par an)',
  'parameters.concentrationErosion':
    'Confiance perdue quand la part des emplois en grandes entreprises augmente (intégration verticale, écart technologique) (confiance par part des emplois en grandes entreprises)',
  'parameters.competitionErosion':
    'Confiance perdue du fait d’une concurrence acharnée due à l’offre excédentaire (confiance par manque de marge)',
  'parameters.trustSpillover':
    'Retombées de connaissances que permet la confiance (efficacité collective passive et active) (croissance de la productivité par point de confiance)',
  'parameters.buyerExitChance':
    'Probabilité qu’un grand acheteur étranger parte (par an avec une part exportée totale)',
  'parameters.domesticValueAddedShare':
    'Valeur ajoutée locale en part des ventes brutes\u00a0: convertit la valeur ajoutée que suit le modèle en ventes brutes à l’export, le chiffre des statistiques du commerce (part des ventes brutes)',
  'parameters.buyerStandardChance':
    'Probabilité qu’un acheteur ou un régulateur étranger impose une nouvelle norme de qualité (marquage CE, interdiction d’importer tant que les usines ne sont pas conformes) (par an avec une part exportée totale)',
  'parameters.buyerStandardLoss':
    'Commandes à l’export perdues quand une nouvelle norme frappe, par unité de retard du cluster sur elle (70\u00a0% au plus) (part des commandes perdue par unité de retard)',
  'parameters.buyerStandardGain':
    'Commandes à l’export gagnées sur des concurrents non conformes, par unité d’avance du cluster sur une nouvelle norme (15\u00a0% au plus) (part des commandes gagnée par unité d’avance)',
  'parameters.tncExitChance':
    'Probabilité qu’une usine étrangère se délocalise (par an avec une part des IDE totale)',
  'parameters.donorExitChance':
    'Probabilité que le programme des bailleurs prenne fin dans l’année (par an)',
  'parameters.approvalCollapse':
    'Soutien moyen des parties prenantes en dessous duquel le mandat s’arrête avant terme (soutien moyen)',
};
