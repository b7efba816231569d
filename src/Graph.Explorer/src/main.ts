import './styles.css';
import { GraphQLClient } from './api/client';
import { Explorer } from './app/explorer';

const language = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
const explorer = new Explorer(new GraphQLClient('/graphql'), language);
// Automation (the browser tests, a reader's scripts) can find where an entity is drawn and how much the canvas holds,
// and nothing more.
Object.assign(window, {
  graphExplorer: { renderedPositionOf: (id: string) => explorer.renderedPositionOf(id), drawnCounts: () => explorer.drawnCounts() },
});
void explorer.start();
