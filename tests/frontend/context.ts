import type { Core } from '@strapi/strapi';
import type { Browser, Page } from 'playwright-core';
import type { HttpClient } from '../helpers/http';

export interface FrontendContext {
  strapi: Core.Strapi;
  /** Strapi (admin and API). */
  baseUrl: string;
  /** The reference frontend. */
  frontendUrl: string;
  admin: HttpClient;
  browser: Browser;
  /** Logged in to the admin. */
  adminPage: Page;
  /** documentId of the seeded reference review. */
  referenceId: string;
}
