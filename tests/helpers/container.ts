import { createServer, type ViteDevServer } from 'vite';
import { getViteConfig } from 'astro/config';
import { parseHTML } from 'linkedom';

/**
 * Renders one Astro component with the Container API, through a Vite server of its own (as
 * Astro's container-with-vitest example does), and hands back the HTML as a document.
 */
export interface ComponentRenderer {
  render(component: string, props: Record<string, unknown>, locals?: Record<string, unknown>): Promise<Document>;
  close(): Promise<void>;
}

export async function componentRenderer(): Promise<ComponentRenderer> {
  const config = await getViteConfig(
    { logLevel: 'error' },
    { root: process.cwd(), logLevel: 'error' },
  )({ command: 'serve', mode: 'test' });
  const server: ViteDevServer = await createServer({
    ...config,
    configFile: false,
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  const { experimental_AstroContainer } = await server.ssrLoadModule('astro/container');
  const container = await experimental_AstroContainer.create();
  return {
    async render(component, props, locals = {}) {
      const { default: Component } = await server.ssrLoadModule(component);
      const html: string = await container.renderToString(Component, { props, locals });
      return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
    },
    close: () => server.close(),
  };
}
