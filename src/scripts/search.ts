// Loads Pagefind's prebuilt UI from the index written at build time (dist/pagefind/).
const mount = document.querySelector<HTMLElement>('#search');
if (mount) {
  const bundle = mount.dataset.bundle ?? '/pagefind/';
  const script = document.createElement('script');
  script.src = `${bundle}pagefind-ui.js`;
  script.onload = () => {
    const PagefindUI = (window as unknown as { PagefindUI: new (options: object) => unknown }).PagefindUI;
    new PagefindUI({ element: '#search', bundlePath: bundle, showImages: false });
  };
  document.head.append(script);
}
