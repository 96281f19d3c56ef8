/** Every internal address goes through here, so a site deployed under a sub-path (BASE) keeps working. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function pageHref(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** A story's page; an edition's is under its language: /ar/explainers/<slug>/. */
export function explainerHref(slug: string, lang?: string): string {
  return pageHref(`${lang ? `${lang}/` : ''}explainers/${slug}/`);
}

export function figureCsvHref(slug: string, figureId: string): string {
  return pageHref(`data/${slug}/${figureId}.csv`);
}

export function embedHref(slug: string, figureId: string): string {
  return pageHref(`embed/${slug}/${figureId}/`);
}
