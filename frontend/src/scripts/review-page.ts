/**
 * The review page, better with JavaScript: spoilers revealed in place; replies, likes, edits and
 * deletes sent without leaving the page. Every link and form here also works without it.
 */
import './spoilers';
import './leave-a-reply';
import './likes';
import './own-comments';
