// Loads Pagefind's prebuilt UI from the index written at build time (dist/pagefind/).
const mount = document.querySelector<HTMLElement>('#search');
if (mount) {
  const bundle = mount.dataset.bundle ?? '/pagefind/';
  const script = document.createElement('script');
  script.src = `${bundle}pagefind-ui.js`;
  script.onload = () => {
    const PagefindUI = (window as unknown as { PagefindUI: new (options: object) => unknown }).PagefindUI;
    new PagefindUI({ element: '#search', bundlePath: bundle, showImages: false });
    // Pagefind's field has only a title; tie it to the page's visible label.
    document.querySelector<HTMLInputElement>('#search input')?.setAttribute('aria-labelledby', 'search-label');
  };
  document.head.append(script);
}
