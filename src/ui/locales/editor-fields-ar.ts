// Arabic labels and hints of the scenario editor's fields, keyed by schema path (as editor-fields-en.ts).
// Machine-assisted (docs/translations.md). Hints translate the schema's descriptions (src/scenario/schema.ts).
export const labels: Record<string, string> = {
  id: 'المعرّف',
  name: 'الاسم',
  shortName: 'الاسم المختصر',
  country: 'البلد',
  sector: 'القطاع',
  type: 'نوع التجمع',
  briefing: 'الإحاطة',
  learningGoals: 'أهداف التعلّم',
  goals: 'الأهداف',
  'goals[].metric': 'المؤشر',
  'goals[].comparison': 'المقارنة',
  'goals[].value': 'القيمة',
  'goals[].label': 'التسمية',
  roles: 'أدوار الورشة',
  'roles[].role': 'الدور',
  'roles[].brief': 'المهمة',
  'roles[].concerns': 'الاهتمامات',
  startYear: 'سنة البداية',
  termYears: 'مدة الولاية بالسنوات',
  budgetUsdM: 'الميزانية، مليون دولار أمريكي سنويًا',
  incentiveTarget: 'الفئة المستهدفة بالحوافز',
  laborStandards: 'تطبيق معايير العمل',
  initial: 'الأرقام الأولية',
  'initial.smeFirms': 'المنشآت الصغيرة والمتوسطة',
  'initial.largeFirms': 'الشركات الكبيرة',
  'initial.foreignFirms': 'الشركات الأجنبية',
  'initial.employment': 'العمالة',
  'initial.outputUsdM': 'الإنتاج، مليون دولار أمريكي',
  'initial.largeOutputShare': 'حصة الشركات الكبيرة من الإنتاج',
  'initial.quality': 'الجودة',
  'initial.skills': 'المهارات',
  'initial.infrastructure': 'البنية التحتية',
  'initial.research': 'البحث',
  'initial.trust': 'الثقة',
  'initial.exportShare': 'حصة الصادرات',
  'initial.wageUsdPerDay': 'الأجر، دولار أمريكي يوميًا',
  'initial.workingConditions': 'ظروف العمل',
  'initial.tariff': 'التعرفة الجمركية',
  'initial.poverty': 'الفقر',
  'initial.laborSurplus': 'فائض العمالة',
  'initial.donorSupportUsdM': 'دعم المانحين، مليون دولار أمريكي',
  'initial.approval': 'التأييد',
  'initial.approval.sme': 'المنشآت الصغيرة والمتوسطة',
  'initial.approval.large': 'الشركات الكبيرة',
  'initial.approval.workers': 'العمال',
  'initial.approval.donors': 'المانحون',
  location: 'الموقع',
  'location.lat': 'خط العرض',
  'location.lon': 'خط الطول',
  isoNumeric: 'رمز البلد وفق ISO',
  parameters: 'معاملات النموذج',
  events: 'الأحداث',
  'events[].id': 'المعرّف',
  'events[].title': 'العنوان',
  'events[].text': 'النص',
  'events[].trigger': 'المُطلِق',
  'events[].trigger.year': 'سنة الولاية',
  'events[].trigger.chance': 'الاحتمال في السنة',
  'events[].trigger.fromYear': 'ابتداءً من سنة الولاية',
  'events[].trigger.shock': 'الصدمة',
  'events[].trigger.when': 'الشرط',
  'events[].trigger.when.indicator': 'المؤشر',
  'events[].trigger.when.below': 'أقل من',
  'events[].trigger.when.above': 'أعلى من',
  'events[].choices': 'الخيارات',
  'events[].choices[].id': 'المعرّف',
  'events[].choices[].label': 'التسمية',
  'events[].choices[].text': 'النص',
  'events[].choices[].effects': 'الآثار',
  'events[].choices[].effects[].target': 'الهدف',
  'events[].choices[].effects[].mode': 'الطريقة',
  'events[].choices[].effects[].delta': 'التغيّر',
  'events[].choices[].default': 'الخيار الافتراضي',
  'events[].sources': 'المصادر',
  scheduled: 'الصدمات المجدولة',
  'scheduled[].year': 'السنة',
  'scheduled[].shock': 'الصدمة',
  'scheduled[].size': 'الحجم',
  'scheduled[].source': 'المصدر',
  sources: 'المصادر',
  cited: 'الأرقام المستشهد بها',
  'cited.employment': 'العمالة',
  'cited.employment.value': 'القيمة',
  'cited.employment.source': 'المصدر',
  'cited.firms': 'المنشآت',
  'cited.firms.value': 'القيمة',
  'cited.firms.source': 'المصدر',
  'cited.exports': 'الصادرات، مليون دولار أمريكي',
  'cited.exports.value': 'القيمة',
  'cited.exports.source': 'المصدر',
  'cited.poverty': 'الفقر',
  'cited.poverty.value': 'القيمة',
  'cited.poverty.source': 'المصدر',
  limitations: 'القيود',
  'limitations[].limitation': 'القيد',
  'limitations[].weight': 'الوزن',
  'limitations[].note': 'ملاحظة',
  history: 'ما تم فعله (التاريخ)',
  'history.title': 'العنوان',
  'history.summary': 'الملخص',
  'history.note': 'ملاحظة',
  'history.plan': 'الخطة',
  'history.plan.years': 'السنوات',
  'history.plan.years[].allocation': 'حصص الميزانية',
  'history.plan.years[].allocation.infrastructure': 'البنية التحتية',
  'history.plan.years[].allocation.training': 'التدريب',
  'history.plan.years[].allocation.research': 'البحث',
  'history.plan.years[].allocation.incentives': 'الحوافز',
  'history.plan.years[].allocation.trade': 'ترويج التجارة',
  'history.plan.years[].tariff': 'التعرفة الجمركية',
  'history.plan.years[].incentiveTarget': 'الفئة المستهدفة بالحوافز',
  'history.plan.years[].laborStandards': 'تطبيق معايير العمل',
  'history.plan.years[].eventChoices': 'الخيارات في الأحداث',
  'history.scheduled': 'الصدمات المجدولة',
  'history.scheduled[].year': 'السنة',
  'history.scheduled[].shock': 'الصدمة',
  'history.scheduled[].size': 'الحجم',
  'history.scheduled[].source': 'المصدر',
  'history.sources': 'المصادر',
  'parameters.leakage': 'التسرّب',
  'parameters.costScaleUsdM': 'مقياس التكلفة، مليون دولار أمريكي',
  'parameters.referenceSpendPerWorkerUsd': 'الإنفاق المرجعي لكل عامل، دولار أمريكي',
  'parameters.costIncomeElasticity': 'مرونة التكلفة بالنسبة للدخل',
  'parameters.absorptionCapacity': 'القدرة الاستيعابية',
  'parameters.marketGrowth': 'نمو السوق',
  'parameters.marketGrowthLongRun': 'نمو السوق في الأجل الطويل',
  'parameters.marketGrowthConvergence': 'تقارب نمو السوق',
  'parameters.demandVolatility': 'تقلّب الطلب',
  'parameters.demandPersistence': 'استمرارية الطلب',
  'parameters.worldDemandGrowth': 'نمو الطلب العالمي',
  'parameters.demandCrashChance': 'احتمال انهيار الطلب',
  'parameters.demandCrashSize': 'حجم انهيار الطلب',
  'parameters.exchangeRateVolatility': 'تقلّب سعر الصرف',
  'parameters.exportPriceElasticity': 'المرونة السعرية للصادرات',
  'parameters.infrastructureElasticity': 'مرونة البنية التحتية',
  'parameters.infrastructureAdjustment': 'تكيّف البنية التحتية',
  'parameters.infrastructureDepreciation': 'اهتلاك البنية التحتية',
  'parameters.infrastructureReach': 'مدى أثر البنية التحتية',
  'parameters.deficitMarginCost': 'كلفة عجز البنية التحتية على الهامش',
  'parameters.trainingReach': 'مدى أثر التدريب',
  'parameters.skillDepreciation': 'تقادم المهارات',
  'parameters.skillProductivity': 'إنتاجية المهارات',
  'parameters.skillAdjustment': 'تكيّف المهارات',
  'parameters.skillWagePremium': 'علاوة الأجر للمهارات',
  'parameters.researchReach': 'مدى أثر البحث',
  'parameters.researchDepreciation': 'تقادم البحث',
  'parameters.researchProductivity': 'إنتاجية البحث',
  'parameters.researchQuality': 'الجودة الناتجة عن البحث',
  'parameters.absorptiveThreshold': 'عتبة الاستيعاب',
  'parameters.researchLinkage': 'الارتباط بالبحث',
  'parameters.frontierGap': 'الفجوة عن الحدود التقنية',
  'parameters.largeFirmCapture': 'استحواذ الشركات الكبيرة',
  'parameters.smeTargetingLeak': 'تسرّب استهداف المنشآت الصغيرة',
  'parameters.subsidyMarginEffect': 'أثر الدعم على الهامش',
  'parameters.subsidyInvestmentQuality': 'الجودة الناتجة عن دعم الاستثمار',
  'parameters.largeExpansion': 'توسّع الشركات الكبيرة',
  'parameters.fdiAttraction': 'جذب الاستثمار الأجنبي المباشر',
  'parameters.fdiPlantCostYears': 'كلفة المصنع الأجنبي بالسنوات',
  'parameters.fdiTechTransfer': 'نقل التكنولوجيا عبر الاستثمار الأجنبي',
  'parameters.jointTrust': 'العمل المشترك: الثقة',
  'parameters.jointProductivity': 'العمل المشترك: الإنتاجية',
  'parameters.jointDepreciation': 'العمل المشترك: التقادم',
  'parameters.protectionMargin': 'هامش الحماية',
  'parameters.importCompeting': 'الحصة المنافِسة للواردات',
  'parameters.protectionDrag': 'عبء الحماية',
  'parameters.prohibitiveTariff': 'التعرفة المانعة',
  'parameters.importedInputShare': 'حصة المدخلات المستوردة',
  'parameters.poorTradableShare': 'حصة السلع القابلة للتجارة في إنفاق الفقراء',
  'parameters.exportReach': 'مدى أثر ترويج الصادرات',
  'parameters.exportQualityReach': 'الصادرات التي تتيحها الجودة',
  'parameters.exportHeadroom': 'هامش التصدير',
  'parameters.certificationQuality': 'الجودة الناتجة عن الاعتماد',
  'parameters.exportDecay': 'تآكل الصادرات',
  'parameters.largeCompetition': 'منافسة الشركات الكبيرة',
  'parameters.normalMargin': 'الهامش العادي',
  'parameters.entryResponse': 'استجابة الدخول',
  'parameters.exitResponse': 'استجابة الخروج',
  'parameters.marginExpectation': 'توقّع الهامش',
  'parameters.crowding': 'الازدحام',
  'parameters.upgradeSkillThreshold': 'الارتقاء: عتبة المهارات',
  'parameters.upgradeTrustThreshold': 'الارتقاء: عتبة الثقة',
  'parameters.upgradeQuality': 'الارتقاء: الجودة',
  'parameters.graduation': 'الانتقال إلى شركة كبيرة',
  'parameters.qualityPremium': 'علاوة الجودة',
  'parameters.baseProductivityGrowth': 'النمو الأساسي للإنتاجية',
  'parameters.employmentElasticity': 'مرونة العمالة',
  'parameters.smeLaborIntensity': 'كثافة العمل في المنشآت الصغيرة',
  'parameters.populationGrowth': 'النمو السكاني',
  'parameters.migrationMax': 'الحد الأقصى للهجرة',
  'parameters.frictionalSurplus': 'الفائض الاحتكاكي',
  'parameters.housingPressure': 'الضغط على السكن',
  'parameters.surplusThreshold': 'عتبة الفائض',
  'parameters.wagePassThrough': 'انتقال الأثر إلى الأجور',
  'parameters.surplusPassThrough': 'انتقال أثر الفائض',
  'parameters.subsistenceWageUsdPerDay': 'أجر الكفاف، دولار أمريكي يوميًا',
  'parameters.povertyElasticity': 'مرونة الفقر',
  'parameters.laborIntensityPovertyBoost': 'أثر كثافة العمل على الفقر',
  'parameters.housingCostShare': 'حصة السكن من الإنفاق',
  'parameters.rentResponse': 'استجابة الإيجارات',
  'parameters.poorInFormalJobs': 'الفقراء في الوظائف الرسمية',
  'parameters.clusterIncomeShare': 'حصة الدخل من التجمع',
  'parameters.conditionsAdjustment': 'تكيّف ظروف العمل',
  'parameters.priceCompetitionPressure': 'ضغط المنافسة السعرية',
  'parameters.standardsEffect': 'أثر المعايير',
  'parameters.complianceExit': 'الخروج بسبب الامتثال',
  'parameters.qualityShakeout': 'الفرز بالجودة',
  'parameters.laborSaving': 'توفير العمالة',
  'parameters.standardsMarginCost': 'كلفة المعايير على الهامش',
  'parameters.accidentChance': 'احتمال الحادث',
  'parameters.accidentSize': 'حجم الحادث',
  'parameters.trustAdjustment': 'تكيّف الثقة',
  'parameters.concentrationErosion': 'التآكل بفعل التركّز',
  'parameters.competitionErosion': 'التآكل بفعل المنافسة',
  'parameters.trustSpillover': 'الأثر غير المباشر للثقة',
  'parameters.buyerExitChance': 'احتمال رحيل مشترٍ',
  'parameters.domesticValueAddedShare': 'حصة القيمة المضافة المحلية',
  'parameters.buyerStandardChance': 'احتمال فرض مشترٍ لمعيار',
  'parameters.buyerStandardLoss': 'معيار المشتري: الطلبيات المفقودة',
  'parameters.buyerStandardGain': 'معيار المشتري: الطلبيات المكتسبة',
  'parameters.tncExitChance': 'احتمال رحيل شركة متعددة الجنسيات',
  'parameters.donorExitChance': 'احتمال رحيل المانح',
  'parameters.approvalCollapse': 'عتبة انهيار التأييد',
};

export const hints: Record<string, string> = {
  'roles[].brief': 'مَن يمثّل هذا الدور في هذا التجمع وماذا يريد، في جملتين إلى أربع جمل',
  'roles[].concerns': 'ما يراقبه هذا الدور، نقطة واحدة في كل مرة',
  budgetUsdM: 'الميزانية السنوية للسياسات، بملايين الدولارات الأمريكية',
  'initial.smeFirms': 'المنشآت متناهية الصغر والصغيرة والمتوسطة',
  'initial.largeFirms': 'الشركات الكبيرة، بما فيها المصانع الأجنبية',
  'initial.foreignFirms': 'المصانع المملوكة لأجانب (جزء من الشركات الكبيرة)',
  'initial.employment': 'الوظائف المباشرة في التجمع',
  'initial.outputUsdM': 'القيمة المضافة، بملايين الدولارات الأمريكية سنويًا',
  'initial.largeOutputShare':
    'حصة الإنتاج التي تنتجها الشركات الكبيرة: 0 من دون شركات كبيرة، وإلا من 0.001 إلى 0.999 (كل نوع من المنشآت ينتج شيئًا)',
  'initial.quality': 'حصة الإنتاج من المنتجات ذات القيمة المضافة الأعلى',
  'initial.infrastructure': '1 = لا عجز مقيِّد في البنية التحتية',
  'initial.research': 'رصيد المعرفة من مراكز البحث والروابط مع الجامعات',
  'initial.wageUsdPerDay': 'متوسط الأجر اليومي، بالدولار الأمريكي',
  'initial.tariff': 'الحماية من الواردات السارية عند البداية، حسب القيمة',
  'initial.poverty': 'نسبة الفقر بين السكان المحليين',
  'initial.laborSurplus': 'حصة القوى العاملة المحلية العاطلة أو الناقصة التشغيل',
  'initial.donorSupportUsdM': 'إنفاق برنامج المانحين سنويًا، بملايين الدولارات الأمريكية',
  'events[].trigger.year':
    'سنة من الولاية وليست سنة تقويمية: يقع الحدث في نهاية السنة التقويمية startYear + year (1 = بعد السنة الأولى)',
  'events[].trigger.when': 'شرط يُقرأ في نهاية السنة: المؤشر أقل من القيم المعطاة و/أو أعلى منها',
  'events[].choices[].effects[].delta':
    'add: بوحدات الهدف، ضمن حدّه الخاص (1 للحصص، 2 للبحث)؛ scale: من -1 إلى 1 (معامل قدره 1 + delta)',
  'scheduled[].year': 'السنة التقويمية التي تقع فيها الصدمة (بعد سنة البداية، ضمن الولاية)',
  'scheduled[].size': 'الصدمة بوحدات النموذج: انظر docs/scenarios.md (يتوقف المدى على النوع)',
  'history.title': 'اسم المسار في مفتاح الرسوم البيانية وفي الحصيلة، مثل «ما تم فعله: الحماية ثم التحرير»',
  'history.summary': 'ما فعلته الحكومة الفعلية، في جملتين إلى أربع جمل',
  'history.note': 'أين تكون السجلات شحيحة، وكيف طُبّقت على الولاية (قل ذلك؛ ولا تختلق دقة غير موجودة)',
  'history.plan':
    'القرارات، على شكل سنوات ملف خطة (src/scenario/plan.ts): حصص الميزانية، التعرفة، الفئة المستهدفة بالحوافز، معايير العمل، الخيارات في الأحداث',
  'history.scheduled[].year': 'السنة التقويمية التي تقع فيها الصدمة (بعد سنة البداية، ضمن الولاية)',
  'history.scheduled[].size': 'الصدمة بوحدات النموذج: انظر docs/scenarios.md (يتوقف المدى على النوع)',
  'history.sources': 'المراجع الخاصة بالمسار (الورقة الأساسية والأدبيات التي تستشهد بها)',
  // Model parameters: their meanings and units (src/model/params.ts).
  'parameters.leakage':
    'حصة كل بند من بنود الميزانية تضيع بسبب الفساد وضعف المؤسسات قبل أن يكون لها أي أثر (حصة)',
  'parameters.costScaleUsdM':
    'الإنفاق الفعلي على بند واحد في سنة واحدة الذي يحقق نحو 63% من الأثر المرجعي لذلك البند؛ 0 = يُشتق من حجم التجمع (referenceSpendPerWorkerUsd) (مليون دولار أمريكي)',
  'parameters.referenceSpendPerWorkerUsd':
    'الإنفاق لكل عامل في التجمع على بند واحد الذي يبلغ نحو 63% من أثره، عند قيمة مضافة قدرها 5000 دولار أمريكي لكل عامل (يُعدَّل بحسب القيمة المضافة المحلية لكل عامل عبر costIncomeElasticity) (دولار أمريكي لكل عامل سنويًا)',
  'parameters.costIncomeElasticity':
    'مدى ارتفاع كلفة البرنامج لكل عامل مع القيمة المضافة المحلية لكل عامل (المدرّبون والبنّاؤون والاستشاريون والأراضي أغلى حيث الدخول أعلى) (مرونة)',
  'parameters.absorptionCapacity':
    'مجموع الإنفاق الفعلي (بالوحدات المرجعية، لكل البنود معًا) الذي تستطيع مؤسسات التجمع توظيفه في سنة؛ وما زاد عليه يشتري فيه كل بند أقل (تناقص العوائد إجمالًا) (وحدات مرجعية)',
  'parameters.marketGrowth':
    'النمو الاتجاهي للسوق التي يبيع فيها التجمع (عدد المنشآت التي تعيلها السوق ينمو معه) (سنويًا)',
  'parameters.marketGrowthLongRun':
    'النمو الاتجاهي للسوق الذي يتقارب نحوه النمو الأولي (التجمعات سريعة النمو تتباطأ حين تنضج) (سنويًا)',
  'parameters.marketGrowthConvergence':
    'سرعة تقارب النمو الاتجاهي لسوق التجمع نحو معدله في الأجل الطويل (عمر النصف نحو 10 سنوات) (سنويًا)',
  'parameters.demandVolatility':
    'الانحراف المعياري للصدمات السنوية في الطلب العالمي (انحراف معياري لوغاريتمي سنويًا)',
  'parameters.demandPersistence':
    'مقدار ما يبقى من انحراف الطلب العالمي في السنة التالية (معامل AR(1))',
  'parameters.worldDemandGrowth':
    'اتجاه سنوي إضافي للطلب العالمي على صادرات التجمع، فوق الاتجاه الذي تحمله أرقام السيناريو أصلًا (0 = لا شيء)؛ تحدده «الافتراضات» في المخطِّط، لخط الأساس ولكل خطة على السواء (نقاط لوغاريتمية سنويًا)',
  'parameters.demandCrashChance':
    'احتمال انهيار الطلب العالمي في سنة (كما حدث في 2001 لغوادالاخارا) (سنويًا)',
  'parameters.demandCrashSize':
    'حجم انهيار الطلب العالمي (نقاط لوغاريتمية)',
  'parameters.exchangeRateVolatility':
    'الانحراف المعياري للصدمات السنوية في سعر الصرف الحقيقي (انحراف معياري لوغاريتمي سنويًا)',
  'parameters.exportPriceElasticity':
    'استجابة طلبيات التصدير في الأجل القصير لسعر الصرف الحقيقي (مرونة)',
  'parameters.infrastructureElasticity':
    'مرونة الإنتاج في الأجل الطويل بالنسبة لخدمات البنية التحتية (في الأجل القصير: هذه القيمة مضروبة في سرعة التكيّف، ~0.08) (مرونة)',
  'parameters.infrastructureAdjustment':
    'حصة الفجوة بين خدمات البنية التحتية ورصيدها التي تُسدّ كل سنة (حصة سنويًا)',
  'parameters.infrastructureDepreciation':
    'تراجع البنية التحتية التي بنتها البرامج نحو المستوى الذي تصونه الحكومة عادة (سنويًا)',
  'parameters.infrastructureReach':
    'أقصى حصة من فجوة البنية التحتية (1 - الرصيد) تسدّها سنة مرجعية من الإنفاق (حصة من الفجوة)',
  'parameters.deficitMarginCost':
    'هامش ربح المنشآت الصغيرة الضائع بسبب عجز البنية التحتية (لا شبكة كهرباء، مولّدات)، بحسب حجم العجز (الهامش عند انعدام البنية التحتية)',
  'parameters.trainingReach':
    'أقصى حصة من فجوة المهارات (1 - المهارات) تسدّها سنة مرجعية من التدريب، بعد سنة (حصة من فجوة المهارات)',
  'parameters.skillDepreciation':
    'عودة المهارات التي رفعتها البرامج نحو مستواها الأولي (دوران العمالة، الهجرة) (سنويًا)',
  'parameters.skillProductivity':
    'مكسب الإنتاجية في الأجل الطويل لكل وحدة من المهارات فوق المستوى الأولي (إنتاجية لكل نقطة مهارات)',
  'parameters.skillAdjustment':
    'سرعة لحاق الإنتاجية بالمهارات، فتظهر مكاسب من نوع «كايزن» بعد نحو 3 سنوات (حصة سنويًا)',
  'parameters.skillWagePremium':
    'مكسب الأجر لكل وحدة من المهارات فوق المستوى الأولي، بعد استيعاب فائض العمالة (لوغاريتم الأجر لكل نقطة مهارات)',
  'parameters.researchReach':
    'أقصى رصيد بحثي تضيفه سنة مرجعية من الإنفاق على مراكز البحث، بعد بنائها (مؤشر لكل سنة مرجعية)',
  'parameters.researchDepreciation':
    'اهتلاك رصيد المعرفة (سنويًا)',
  'parameters.researchProductivity':
    'نمو الإنتاجية السنوي من وحدة من رصيد البحث عند كامل القدرة الاستيعابية والارتباط (نمو الإنتاجية لكل نقطة مؤشر)',
  'parameters.researchQuality':
    'مكسب الجودة السنوي من وحدة من رصيد البحث عند كامل القدرة الاستيعابية (جودة لكل نقطة مؤشر)',
  'parameters.absorptiveThreshold':
    'مستوى المهارات الذي تستطيع المنشآت فوقه الاستفادة من البحث (القدرة الاستيعابية) (مؤشر المهارات)',
  'parameters.researchLinkage':
    'مدى ارتباط البحث العام بالمنشآت (الورقة الأساسية: معزول في البلدان النامية) (حصة)',
  'parameters.frontierGap':
    'المسافة الأولية عن الحدود التقنية؛ عوائد البحث تتبع شكل حرف U مقلوب بحسبها (0 = عند الحدود، 1 = الأبعد)',
  'parameters.largeFirmCapture':
    'حصة الحوافز غير الموجهة التي تستحوذ عليها الشركات الكبيرة (حصة)',
  'parameters.smeTargetingLeak':
    'حصة الحوافز الموجهة للمنشآت الصغيرة التي تظل الشركات الكبيرة تستحوذ عليها (سوء التصنيف، العلاقات) (حصة)',
  'parameters.subsidyMarginEffect':
    'مقدار ما يرفعه الدعم، كحصة من إنتاج الفئة، من هامشها (هامش لكل دعم/إنتاج)',
  'parameters.subsidyInvestmentQuality':
    'مكسب الجودة من حوافز المنشآت الصغيرة، بحسب المهارات (التدريب أولًا، ثم التمويل) (جودة لكل سنة مرجعية)',
  'parameters.largeExpansion':
    'طاقة إضافية للشركات الكبيرة من الحوافز التي استحوذت عليها (بلا مكسب في الإنتاجية) (طاقة لكل سنة مرجعية)',
  'parameters.fdiAttraction':
    'أقصى عدد من المصانع الأجنبية يستطيع موقع جذبه في سنة، لكل شركة كبيرة قائمة (مصانع جديدة لكل شركة كبيرة قائمة لكل سنة مرجعية)',
  'parameters.fdiPlantCostYears':
    'كلفة الحوافز لجذب مصنع أجنبي واحد (إعفاء ضريبي ومنح) (سنوات من القيمة المضافة للمصنع)',
  'parameters.fdiTechTransfer':
    'نقل التكنولوجيا من المصانع الأجنبية (تجمعات الشركات متعددة الجنسيات قليلة البحث والتطوير المحلي) (نمو الإنتاجية لكل حصة من الاستثمار الأجنبي)',
  'parameters.jointTrust':
    'الثقة التي يرفعها رصيد مشبع من المشاريع التعاونية (الكفاءة الجماعية النشطة) (الثقة عند التشبع)',
  'parameters.jointProductivity':
    'نمو الإنتاجية السنوي من المشاريع التعاونية، بحسب الثقة (نمو الإنتاجية عند التشبع)',
  'parameters.jointDepreciation':
    'تراجع المشاريع التعاونية بعد توقف التمويل (سنويًا)',
  'parameters.protectionMargin':
    'هامش المنشآت الصغيرة المكتسب لكل وحدة من التعرفة، بحسب مدى تعرض التجمع لمنافسة الواردات (هامش لكل نقطة تعرفة)',
  'parameters.importCompeting':
    'حصة سوق التجمع المعرضة لمنافسة الواردات (حصة)',
  'parameters.protectionDrag':
    'نمو الإنتاجية السنوي الضائع لكل وحدة من التعرفة (ضغط تنافسي أقل) (نمو الإنتاجية لكل نقطة تعرفة)',
  'parameters.prohibitiveTariff':
    'مستوى التعرفة الذي تكفّ عنده الحماية عن زيادة هوامش المنشآت الصغيرة: بعده يُضعفها التهريب والاستيراد غير الرسمي (تتشبع الحماية وفق 1 - exp(-التعرفة / هذه القيمة)) (حسب القيمة)',
  'parameters.importedInputShare':
    'حصة تكاليف التجمع من المدخلات المستوردة (الصلب، الآلات، المكونات): ترفعها التعرفة، فتضر بالصادرات والشركات الكبيرة (حصة من التكاليف)',
  'parameters.poorTradableShare':
    'حصة إنفاق الأسر الفقيرة على سلع ترفع التعرفة أسعارها (القماش، الأدوات، الأواني، قطع الغيار) (حصة من الإنفاق)',
  'parameters.exportReach':
    'حصة الفجوة بين حصة الصادرات وما تستطيع جودة التجمع ومهاراته بيعه في الخارج التي تسدّها سنة مرجعية من ترويج الصادرات (حصة من الفجوة الممكن بلوغها لكل سنة مرجعية)',
  'parameters.exportQualityReach':
    'حصة الصادرات الإضافية التي يقبلها المشترون الأجانب لكل وحدة من الجودة (وربع ذلك لكل وحدة من المهارات) المكتسبة فوق المستوى الأولي (حصة صادرات لكل وحدة جودة)',
  'parameters.exportHeadroom':
    'حصة الصادرات التي يمكن للترويج إضافتها دون أي ارتقاء (مشترون جدد للسلع نفسها) (حصة صادرات)',
  'parameters.certificationQuality':
    'مكسب الجودة من الإنفاق على المعايير والاعتماد (جودة لكل سنة مرجعية)',
  'parameters.exportDecay':
    'انجذاب حصة الصادرات نحو ما تستطيع الجودة وحدها الحفاظ عليه (سنويًا)',
  'parameters.largeCompetition':
    'هامش المنشآت الصغيرة الضائع حين تأخذ الشركات الكبيرة والمصانع الأجنبية حصة أكبر من الإنتاج (تتنافس على المشترين والعمال والمدخلات أنفسهم) (هامش لكل نقطة حصة)',
  'parameters.normalMargin':
    'هامش المنشآت الصغيرة الذي يتوازن عنده الدخول والخروج (هامش)',
  'parameters.entryResponse':
    'معدل الدخول لكل وحدة من الهامش فوق المستوى العادي (التوسع الكمي، سونوبي وأوتسوكا) (معدل الدخول لكل نقطة هامش)',
  'parameters.exitResponse':
    'معدل الخروج لكل وحدة من الهامش المتوقع دون المستوى العادي (معدل الخروج لكل نقطة هامش)',
  'parameters.marginExpectation':
    'سرعة تتبّع الهامش الذي تتصرف المنشآت على أساسه للهامش الفعلي (يتراكم الخروج على 1-3 سنوات) (حصة سنويًا)',
  'parameters.crowding':
    'الهامش الضائع حين تزدحم المنشآت في السوق (الدخول يخفض الهوامش) (هامش لكل لوغاريتم كثافة المنشآت)',
  'parameters.upgradeSkillThreshold':
    'المهارات اللازمة قبل أن ينتقل التجمع من التوسع الكمي إلى الارتقاء بالجودة (مؤشر المهارات)',
  'parameters.upgradeTrustThreshold':
    'الثقة اللازمة قبل الانتقال إلى الارتقاء بالجودة (مؤشر الثقة)',
  'parameters.upgradeQuality':
    'مكسب الجودة السنوي حين يكون الارتقاء قائمًا بالكامل (جودة سنويًا)',
  'parameters.graduation':
    'المنشآت الصغيرة التي تصبح شركات كبيرة كل سنة حين يكون الارتقاء قائمًا بالكامل (حصة من المنشآت الصغيرة سنويًا)',
  'parameters.qualityPremium':
    'القيمة المضافة الإضافية لكل وحدة إنتاج مع ارتفاع حصة المنتجات الأعلى قيمة (قيمة مضافة لكل نقطة جودة)',
  'parameters.baseProductivityGrowth':
    'نمو الإنتاجية من دون سياسة جديدة (التقليد، التلمذة غير الرسمية) (سنويًا)',
  'parameters.employmentElasticity':
    'استجابة العمالة للإنتاج (0.4-0.7؛ ~0.3 في تجمعات الشركات متعددة الجنسيات) (مرونة)',
  'parameters.smeLaborIntensity':
    'كم عاملًا إضافيًا تستخدم المنشأة الصغيرة لكل وحدة إنتاج مقارنة بالشركة الكبيرة (وظائف لكل وحدة إنتاج، صغيرة / كبيرة)',
  'parameters.populationGrowth':
    'نمو القوى العاملة والسكان محليًا (سنويًا)',
  'parameters.migrationMax':
    'أكبر تدفق سنوي للمهاجرين، يُبلغ حين يستوعب التجمع فائض عمالته (حصة من القوى العاملة سنويًا)',
  'parameters.frictionalSurplus':
    'فائض لا يختفي أبدًا (البحث عن عمل، العمل الموسمي): لا يمكن أن تتجاوز الوظائف بقية القوى العاملة (حصة من القوى العاملة)',
  'parameters.housingPressure':
    'مقدار ما يُسيء به التدفق السنوي للمهاجرين (كحصة من القوى العاملة) إلى ظروف العيش والعمل (سكن مكتظ، أحياء عشوائية) (ظروف لكل معدل هجرة)',
  'parameters.surplusThreshold':
    'فائض العمالة الذي تبدأ الأجور دونه في تتبّع الإنتاجية (نقطة تحوّل لويس) (حصة فائض العمالة)',
  'parameters.wagePassThrough':
    'استجابة الأجور للقيمة المضافة لكل عامل بعد استيعاب فائض العمالة (مرونة)',
  'parameters.surplusPassThrough':
    'استجابة الأجور للقيمة المضافة لكل عامل ما دام هناك فائض في العمالة (مرونة)',
  'parameters.subsistenceWageUsdPerDay':
    'الحد الأدنى لأجر التجمع (دولار أمريكي يوميًا)',
  'parameters.povertyElasticity':
    'استجابة نسبة الفقر لنمو دخل العمل لدى الأسر الفقيرة (مرونة)',
  'parameters.laborIntensityPovertyBoost':
    'النمو الكثيف العمالة (المنشآت الصغيرة) يخفض الفقر أكثر (مرونة إضافية لكل حصة من وظائف المنشآت الصغيرة)',
  'parameters.housingCostShare':
    'حصة إنفاق الأسر الفقيرة التي تذهب إلى السكن (حصة من الإنفاق)',
  'parameters.rentResponse':
    'ارتفاع الإيجارات لكل تدفق سنوي للمهاجرين (كحصة من القوى العاملة) (نمو الإيجار لكل معدل هجرة)',
  'parameters.poorInFormalJobs':
    'وزن وظيفة في شركة كبيرة أو مصنع أجنبي في دخل الأسر الفقيرة، مقارنة بوظيفة في منشأة صغيرة أو وظيفة غير رسمية (الوظائف الرسمية تذهب غالبًا إلى العمال المهرة الأيسر حالًا) (وزن)',
  'parameters.clusterIncomeShare':
    'حصة دخل الأسر المحلية الفقيرة الآتية من التجمع (حصة)',
  'parameters.conditionsAdjustment':
    'سرعة تحرك ظروف العمل نحو ما تقتضيه الضغوط والحمايات (حصة سنويًا)',
  'parameters.priceCompetitionPressure':
    'مدى دفع المنافسة السعرية الشرسة (هامش دون المستوى العادي) لظروف العمل نحو الأسوأ (ظروف لكل نقص في الهامش)',
  'parameters.standardsEffect':
    'تحسّن ظروف العمل بفعل اشتراط معايير العمل للحصول على الحوافز (ظروف عند التشبع)',
  'parameters.complianceExit':
    'الخروج السنوي للورش غير الرسمية العاجزة عن الوفاء بمعايير العمل المطبقة، بحسب بُعد الظروف عن المستوى اللائق (أفقر الناس يفقدون وظائفهم أولًا) (معدل الخروج بكامل القوة)',
  'parameters.qualityShakeout':
    'الورش التي تخرج مع ارتفاع جودة التجمع في سنة: ينتقل المشترون إلى منتجات أفضل ولا يستطيع الأقل مهارة المواكبة (معدل الخروج لكل وحدة جودة مكتسبة)',
  'parameters.laborSaving':
    'الوظائف الضائعة لكل منشأة لكل وحدة من لوغاريتم الإنتاجية المكتسبة (ترفع الإنتاجية الإنتاج أكثر من الوظائف) (مرونة)',
  'parameters.standardsMarginCost':
    'كلفة الامتثال لمعايير العمل على المنشآت الصغيرة المدعومة (هامش)',
  'parameters.accidentChance':
    'احتمال حريق أو حادث خطير، مضروبًا في (1 - ظروف العمل)^2 (سنويًا عند انعدام الظروف اللائقة)',
  'parameters.accidentSize':
    'أكبر حصة من ورش المنشآت الصغيرة يدمرها حريق (حصة من الورش)',
  'parameters.trustAdjustment':
    'سرعة تحرك الثقة نحو مستواها المستهدف (يظهر التآكل خلال 1-2 سنة) (حصة سنويًا)',
  'parameters.concentrationErosion':
    'الثقة الضائعة مع ارتفاع حصة الشركات الكبيرة من الوظائف (التكامل الرأسي، الفجوة التقنية) (ثقة لكل حصة وظائف في الشركات الكبيرة)',
  'parameters.competitionErosion':
    'الثقة الضائعة بسبب المنافسة الشرسة الناجمة عن فائض العرض (ثقة لكل نقص في الهامش)',
  'parameters.trustSpillover':
    'انتشار المعرفة الذي تتيحه الثقة (الكفاءة الجماعية السلبية والنشطة) (نمو الإنتاجية لكل نقطة ثقة)',
  'parameters.buyerExitChance':
    'احتمال رحيل مشترٍ أجنبي كبير (سنويًا عند حصة صادرات كاملة)',
  'parameters.domesticValueAddedShare':
    'القيمة المضافة المحلية كحصة من المبيعات الإجمالية: تحوّل القيمة المضافة التي يتتبعها النموذج إلى مبيعات تصدير إجمالية، وهو الرقم الذي تنشره إحصاءات التجارة (حصة من المبيعات الإجمالية)',
  'parameters.buyerStandardChance':
    'احتمال أن يفرض مشترٍ أو جهة تنظيمية أجنبية معيار جودة جديدًا (علامة CE، حظر استيراد حتى تمتثل المصانع) (سنويًا عند حصة صادرات كاملة)',
  'parameters.buyerStandardLoss':
    'طلبيات التصدير الضائعة حين يُفرض معيار جديد، لكل وحدة يقصر بها التجمع عنه (70% على الأكثر) (حصة الطلبيات الضائعة لكل وحدة قصور في الجاهزية)',
  'parameters.buyerStandardGain':
    'طلبيات التصدير المكتسبة من المنافسين غير الممتثلين، لكل وحدة يتجاوز بها التجمع معيارًا جديدًا (15% على الأكثر) (حصة الطلبيات المكتسبة لكل وحدة جاهزية زائدة)',
  'parameters.tncExitChance':
    'احتمال انتقال مصنع أجنبي إلى مكان آخر (سنويًا عند حصة استثمار أجنبي كاملة)',
  'parameters.donorExitChance':
    'احتمال انتهاء برنامج المانحين في سنة (سنويًا)',
  'parameters.approvalCollapse':
    'متوسط تأييد أصحاب المصلحة الذي تنتهي الولاية دونه قبل أوانها (متوسط التأييد)',
};
