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
};

export default ar;
