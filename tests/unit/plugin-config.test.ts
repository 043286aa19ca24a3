import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import defaultsDeep from 'lodash/fp/defaultsDeep';
import config from '../../server/src/config';
import { resolvePluginConfig, validatePluginConfig } from '../../server/src/config/plugin-config';

/** What Strapi does with the registered defaults and the app's config/plugins entry. */
const asStrapiMerges = (app: object) => resolvePluginConfig(defaultsDeep(config.default, app));

describe('plugin config', () => {
  it('fills in the documented defaults', () => {
    const resolved = asStrapiMerges({});
    assert.deepEqual(resolved.imageWidths, [480, 960, 1600]);
    assert.deepEqual(resolved.imageFormats, ['avif', 'webp']);
    assert.equal(resolved.images.worker, true);
  });

  it("keeps an app's shorter width list as it is (no padding from the defaults)", () => {
    assert.deepEqual(asStrapiMerges({ imageWidths: [320] }).imageWidths, [320]);
    assert.deepEqual(asStrapiMerges({ imageFormats: ['webp'] }).imageFormats, ['webp']);
    assert.equal(asStrapiMerges({ images: { concurrency: 2 } }).images.avifEffort, 3);
  });

  it('stops Strapi with a clear message on a bad config', () => {
    assert.throws(() => validatePluginConfig({ imageWidths: [0] }), /film-reviews: imageWidths\.0: /);
    assert.throws(() => validatePluginConfig({ imageFormats: ['gif' as any] }), /imageFormats\.0: /);
    assert.throws(() => validatePluginConfig({ rateLimit: { max: 0, windowSeconds: 60 } }), /rateLimit\.max: /);
    assert.throws(() => validatePluginConfig({ requireApproval: 'yes' as any }), /requireApproval: /);
    assert.throws(() => validatePluginConfig({ images: { avifEffort: 12 } as any }), /avifEffort/);
    assert.throws(() => validatePluginConfig({ retention: { clientDataDays: 0 } as any }), /retention\.clientDataDays/);
    assert.equal(asStrapiMerges({ retention: { clientDataDays: 30 } }).retention.sweepIntervalMinutes, 60);
    assert.throws(() => validatePluginConfig({ preview: { secret: 'short' } }), /preview\.secret/);
    assert.doesNotThrow(() => validatePluginConfig({ preview: { secret: 'a-preview-secret-long-enough' } }));
    assert.doesNotThrow(() => validatePluginConfig({}));
  });
});
