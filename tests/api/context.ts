import type { Core } from '@strapi/strapi';
import type { HttpClient } from '../helpers/http';

/** Filled by the suite's `before` hook; suites read it inside their tests. */
export interface ApiContext {
  strapi: Core.Strapi;
  baseUrl: string;
  /** Logged in to the admin API as a super admin. */
  admin: HttpClient & { token: string };
  /** Content API with a full-access API token. */
  api: HttpClient;
  apiToken: string;
  /** Where the playground's email provider sends (nothing listens until a suite starts an SMTP server there). */
  smtpPort: number;
  /** Boots a new Strapi on the same database and refreshes the fields above. */
  restart(): Promise<void>;
}
