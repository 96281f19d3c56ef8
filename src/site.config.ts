/** Newsroom-wide settings: the one place a newsroom puts its name. */
export const siteConfig = {
  /** Shown in the header, the footer, feeds and social cards. */
  name: 'The Explainer Desk',
  /** The publisher named in JSON-LD and in the data reuse line. */
  publisher: 'The Explainer Desk',
  /** Default language of pages (BCP 47). */
  lang: 'en',
  /** One line under the name on the home page. */
  tagline: 'The news, with the numbers behind it.',
  /** Locale used to format numbers and dates, pinned so builds are identical everywhere. */
  locale: 'en-GB',
} as const;
