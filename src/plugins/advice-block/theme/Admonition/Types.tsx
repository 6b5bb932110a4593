// The theme's admonition types plus `suggestion`, the way Docusaurus's docs
// add a custom admonition type: spread the original map and add one key.
// @theme-init, not @theme-original: from a plugin's theme folder,
// @theme-original would resolve to this very file.
import DefaultAdmonitionTypes from '@theme-init/Admonition/Types';

import Suggestion from '../../client/Suggestion';
import { ADVICE_KEYWORD } from '../../shared/keyword';

const AdmonitionTypes = { ...DefaultAdmonitionTypes, [ADVICE_KEYWORD]: Suggestion };

export default AdmonitionTypes;
