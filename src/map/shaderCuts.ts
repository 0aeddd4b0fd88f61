// Branches of deck.gl's layer shaders this map never takes, made constant so the shader compiler drops them: great
// circles and the globe in ArcLayer, billboards in PathLayer and ScatterplotLayer (the map is flat Web Mercator; the
// layers are built with `greatCircle: false` and no `billboard`, which tests/unit/shaderCuts.test.ts holds). Uniforms
// choose these branches at run time, so every program carries their code, and on software WebGL the size of a program
// is what its first frame costs (see src/map/mercatorProjection.ts): map `load` to first arcs 2.21 / 2.27 / 2.40 s with
// them, 1.63 / 1.74 / 1.83 s without (three alternating runs); the picture is pixel for pixel the same.

import type { ShaderModule } from '@luma.gl/shadertools';

/**
 * What the app's layers read of deck.gl's shader spec in their `getShaders()` (deck.gl declares it as returning
 * `any`): the vertex shader they cut (and inject into) and the modules they add to or swap.
 */
export interface LayerShaders {
  vs: string;
  modules: ShaderModule[];
}

/** Replace every occurrence of `find` (deck.gl's text) by `replace`. */
export interface ShaderCut {
  find: string;
  replace: string;
}

export const ARC_CUTS: readonly ShaderCut[] = [
  {
    find: '(arc.greatCircle || project.projectionMode == PROJECTION_MODE_GLOBE) && project.coordinateSystem == COORDINATE_SYSTEM_LNGLAT',
    replace: 'false'
  }
];

export const PATH_CUTS: readonly ShaderCut[] = [
  { find: 'if (path.billboard) {', replace: 'if (false) {' },
  { find: '!path.billboard && project_needs_rotation(', replace: 'false && project_needs_rotation(' }
];

export const SCATTERPLOT_CUTS: readonly ShaderCut[] = [
  { find: 'if (scatterplot.billboard) {', replace: 'if (false) {' }
];

/**
 * `source` with every cut applied; `source` unchanged if any cut's text is missing (a deck.gl upgrade changed the
 * shader: the unit test fails too, and the layer still draws, with deck.gl's own shader).
 */
export function cutBranches(source: string, cuts: readonly ShaderCut[]): string {
  let out = source;
  for (const { find, replace } of cuts) {
    if (!out.includes(find)) {
      console.warn(`Middle Corridor Atlas: deck.gl shader no longer has "${find}"; drawn with it uncut.`);
      return source;
    }
    out = out.split(find).join(replace);
  }
  return out;
}
