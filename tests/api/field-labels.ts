import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApiContext } from './context';

const CONFIGURATION = '/content-manager/content-types/plugin::film-reviews.film-review/configuration';

export const fieldLabelsSuite = (ctx: ApiContext) =>
  describe('content-manager field labels', () => {
    const configuration = async () => (await ctx.admin.get(CONFIGURATION)).body.data;

    it('labels the plugin fields with words, components included', async () => {
      const { contentType, components } = await configuration();
      assert.equal(contentType.metadatas.spoilerWarning.edit.label, 'Spoiler warning');
      assert.equal(contentType.metadatas.reviewerUrl.edit.label, 'Reviewer URL');
      assert.equal(contentType.metadatas.reviewerUrl.list.label, 'Reviewer URL');
      assert.equal(contentType.metadatas.body.edit.description, 'Mark inline spoilers ||like this||');
      assert.equal(components['film-reviews.film'].metadatas.releaseYear.edit.label, 'Release year');
      assert.equal(components['film-reviews.credit'].metadatas.character.edit.label, 'Character');
    });

    it("shows the comment's thread bookkeeping read-only: the plugin keeps it", async () => {
      const comment = (await ctx.admin.get('/content-manager/content-types/plugin::film-reviews.reader-comment/configuration')).body.data.contentType;
      for (const field of ['threadNumber', 'threadParent', 'contentHtml', 'contentKey']) {
        assert.equal(comment.metadatas[field].edit.editable, false, field);
      }
      assert.equal(comment.metadatas.threadNumber.edit.label, 'Number in the thread');
      assert.equal(comment.metadatas.content.edit.editable, true);
    });

    it("keeps an editor's own label across a restart", async () => {
      const { contentType } = await configuration();
      const metadatas = structuredClone(contentType.metadatas);
      metadatas.reviewerUrl.edit.label = 'Critic homepage';
      // The admin's "Configure the view" sends list metadatas without the relations' mainField.
      for (const metadata of Object.values<any>(metadatas)) delete metadata.list.mainField;
      const saved = await ctx.admin.put(CONFIGURATION, { settings: contentType.settings, metadatas, layouts: contentType.layouts });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      await ctx.restart();
      const after = (await configuration()).contentType;
      assert.equal(after.metadatas.reviewerUrl.edit.label, 'Critic homepage');
      assert.equal(after.metadatas.spoilerWarning.edit.label, 'Spoiler warning');
    });
  });
