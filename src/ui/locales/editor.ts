// The scenario editor's French and Arabic, registered when the editor's code loads (imported by
// editor-screen.ts, a chunk of its own), so the title page's first load does not carry them.
import ar from './editor.ar';
import fr from './editor.fr';
import { addPartDictionaries } from './index';

addPartDictionaries({ fr, ar });
