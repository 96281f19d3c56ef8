/**
 * The chart's geometry, fixed up front so label placement can compute in pixels what Plot
 * will draw: explicit margins and domains, no "nice", no insets.
 */
export interface Frame {
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
}

export interface LinearScale {
  (value: number): number;
  invert(pixel: number): number;
}

export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]): LinearScale {
  const scale = (value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
  scale.invert = (pixel: number) => d0 + ((pixel - r0) / (r1 - r0)) * (d1 - d0);
  return scale;
}

export function pixelScales(frame: Frame, xDomain: [number, number], yDomain: [number, number]) {
  return {
    px: linear(xDomain, [frame.marginLeft, frame.width - frame.marginRight]),
    py: linear(yDomain, [frame.height - frame.marginBottom, frame.marginTop]),
  };
}
