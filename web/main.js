// The page's entry point (index.html): the form in the document, and what
// the page adds around it (js/embed-page.js): its height for the host when
// it runs in an iframe, and the link to the offline file.

import { mountForm } from './app.js';
import { initEmbedding } from './js/embed-page.js';

mountForm().then((app) => initEmbedding(app));
