// Arabic (ar) for the workshop: its strings, registered when the workshop's code loads (locales/workshop.ts),
// so the title page does not carry them. Same rules as ar.ts (checked with it by src/cli/i18n-keys.ts).
// Terms: session = جلسة; team = فريق; facilitator = الميسّر; result code = رمز النتيجة.
const ar: Record<string, string> = {
  'Run a session for several teams with no server and no accounts: every team plays the same cluster under the same luck, hands in a short result code, and the facilitator replays and compares them.':
    'أدِر جلسة لعدة فرق بلا خادم ولا حسابات: يلعب كل فريق التجمّع نفسه بالحظ نفسه، ويسلّم رمز نتيجة قصيرًا، ويعيد الميسّر تشغيل النتائج ويقارن بينها.',
  Facilitator: 'الميسّر',
  'Choose the cluster and the rules, give the teams the session code, then collect their results on the dashboard.':
    'اختر التجمّع والقواعد، وأعطِ الفرق رمز الجلسة، ثم اجمع نتائجها في لوحة المتابعة.',
  'Set up a session': 'إعداد جلسة',
  'Session code': 'رمز الجلسة',
  'Open dashboard': 'فتح لوحة المتابعة',
  'Facilitator guide': 'دليل الميسّر',
  Team: 'الفريق',
  'Type the session code the facilitator gives you, or open the join link.':
    'اكتب رمز الجلسة الذي يعطيك إياه الميسّر، أو افتح رابط الانضمام.',
  'Join a session': 'الانضمام إلى جلسة',
  Dashboard: 'لوحة المتابعة',
  // Workshop team: joining, the teams on this device, the result code.
  'A team name has at most {n} characters.':
    'لا يتجاوز اسم الفريق {n} حرفًا.',
  'A team name has only letters, digits, spaces and punctuation.':
    'يتكوّن اسم الفريق من حروف وأرقام ومسافات وعلامات ترقيم فقط.',
  'Back to the workshop':
    'العودة إلى ورشة العمل',
  'Copy':
    'نسخ',
  'Download the code':
    'تنزيل الرمز',
  'Give this code to the facilitator: type it, show the QR code, or send the file. It holds your decisions for years 1 to {k}; the dashboard replays them.':
    'أعطِ هذا الرمز للميسّر: اكتبه، أو اعرض رمز QR، أو أرسل الملف. يحمل قراراتك للسنوات من 1 إلى {k}، وتعيد لوحة المتابعة تشغيلها.',
  'Give your team a name.':
    'اختر اسمًا لفريقك.',
  'Join':
    'انضمام',
  'QR code of the result code':
    'رمز QR لرمز النتيجة',
  'Result code':
    'رمز النتيجة',
  'Result code copied to the clipboard.':
    'نُسخ رمز النتيجة إلى الحافظة.',
  'Roles in your team':
    'الأدوار في فريقك',
  'Session: {summary}':
    'الجلسة: {summary}',
  'Team name':
    'اسم الفريق',
  'Teams playing on this device':
    'الفرق التي تلعب على هذا الجهاز',
  'The game of {team} could not be opened here. See Saved games on the title page.':
    'تعذّر فتح لعبة {team} هنا. انظر «الألعاب المحفوظة» في صفحة البداية.',
  'There is nothing to hand in before the first year is played.':
    'لا شيء للتسليم قبل لعب السنة الأولى.',
  'This browser did not let the page copy it: select the code in the field and copy it.':
    'لم يسمح هذا المتصفح بالنسخ: حدّد الرمز في الحقل وانسخه.',
  'This game’s session code cannot be read by this version, so no result code can be made.':
    'لا يستطيع هذا الإصدار قراءة رمز الجلسة لهذه اللعبة، لذا لا يمكن إنشاء رمز نتيجة.',
  'This team name is too long for a result code: use fewer non-Latin characters.':
    'اسم الفريق هذا أطول من أن يحمله رمز النتيجة: استخدم حروفًا غير لاتينية أقل.',
  'Tick at least one role.':
    'اختر دورًا واحدًا على الأقل.',
  'Tick the roles your members hold; each sees their brief during the game.':
    'اختر الأدوار التي يتولاها أعضاء فريقك؛ يرى كلٌّ منهم مهمته أثناء اللعب.',
  'Type the session code the facilitator gives you and choose a name for your team. Every team plays the same cluster under the same luck.':
    'اكتب رمز الجلسة الذي يعطيك إياه الميسّر واختر اسمًا لفريقك. تلعب الفرق كلها التجمّع نفسه في الظروف نفسها.',
  'with roles':
    'مع أدوار',
  '{cluster} · term over':
    '{cluster} · انتهت الولاية',
  '{cluster} · {year}, year {k} of {n}':
    '{cluster} · {year}، السنة {k} من {n}',
  '{money} a year':
    '{money} سنويًا',
  '{n} characters · team {team} · {year}':
    '{n} حرفًا · الفريق {team} · {year}',
  '{n} min a year':
    '{n} دقيقة لكل سنة',
  '{n} years':
    '{n} سنوات',
  '{team} already plays this session on this device: its game continues.':
    '{team} يلعب هذه الجلسة على هذا الجهاز بالفعل: تستمر لعبته.',
  'Give this code to the facilitator: type it, show the QR code, or send the file. It holds your decisions for the first year; the dashboard replays them.':
    'أعطِ هذا الرمز للميسّر: اكتبه، أو اعرض رمز QR، أو أرسل الملف. يحمل قراراتك للسنة الأولى، وتعيد لوحة المتابعة تشغيلها.',
};

export default ar;
