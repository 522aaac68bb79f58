// The built-in scenarios' French texts (scenarios/locales/fr/*.json), by scenario id: one chunk,
// fetched when French is chosen (src/ui/scenario-texts.ts). Checked by src/cli/scenario-texts.ts.
import { textsById } from '../translations';

export default textsById(import.meta.glob('../../../scenarios/locales/fr/*.json', { eager: true, import: 'default' }));
