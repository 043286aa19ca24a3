import type { Core } from '@strapi/strapi';
import type { Page } from 'playwright-core';
import type { HttpClient } from '../helpers/http';

export interface E2eContext {
  strapi: Core.Strapi;
  baseUrl: string;
  admin: HttpClient;
  page: Page;
  /** documentId of the seeded reference review. */
  referenceId: string;
}
