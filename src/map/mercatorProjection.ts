// deck.gl's `project` shader module cut down to what this map draws: longitude/latitude positions on a Web Mercator
// map (MapLibre's, flat; never a globe). deck.gl's module also carries the globe, meter-offset and cartesian cases and,
// on GPUs whose built-in `tan` is imprecise (SwiftShader among them), luma.gl's replacement `tan` with lookup tables,
// all compiled into every program because uniforms choose between them at run time. On software WebGL the size of a
// program is what its first frame costs: with deck.gl's module the first frame with arcs finished 3.96 / 4.03 / 4.82 s
// after the map's `load`, with this one 2.37 / 2.65 / 3.21 s (three alternating runs, same build otherwise). The
// uniform block, the constants and every other function are deck.gl's own text, so deck.gl fills the uniforms as before,
// and the picture is the same (pixel comparison at eight views, zoom 5 to 12: at most 100 of 796,160 pixels differ, on
// dash and line edges).
import { project, project32 } from '@deck.gl/core';
import type { ShaderModule } from '@luma.gl/shadertools';

/** Where deck.gl's GLSL is replaced: from the first marker up to (not including) the second. */
export const CUT_FROM = 'mat3 project_get_orientation_matrix(vec3 up) {';
export const CUT_TO = 'vec4 project_position(vec4 position) {';

/**
 * The functions between the markers, for Web Mercator only: same names and signatures as deck.gl's (layers call
 * `project_needs_rotation`, `project_globe_`, `project_position`). Mercator y is deck.gl's log(tan(π/4 + φ/2)), with
 * the tangent as a ratio of two sines by a short polynomial: as precise as an exact `tan` in float32, on every GPU
 * (luma.gl's replacement `tan`, used where the built-in one is imprecise, indexes lookup tables, and SwiftShader's
 * code for that was the costly part). Zoom 12 and up (deck.gl's auto-offset mode, for precision) is kept as is.
 */
export const MERCATOR_GLSL = `\
bool project_needs_rotation(vec3 commonPosition, out mat3 transform) {
  transform = mat3(1.0);
  return false;
}
vec3 project_normal(vec3 vector) {
  vec4 normal_modelspace = project.modelMatrix * vec4(vector, 0.0);
  return normalize(normal_modelspace.xyz * project.commonUnitsPerMeter);
}
vec4 project_offset_(vec4 offset) {
  float dy = offset.y;
  vec3 commonUnitsPerWorldUnit = project.commonUnitsPerWorldUnit + project.commonUnitsPerWorldUnit2 * dy;
  return vec4(offset.xyz * commonUnitsPerWorldUnit, offset.w);
}
// sin by its Taylor series to x^13 (error < 6e-8 on [-pi/2, pi/2]): some GPUs' built-in sin is not that precise.
float project_sin_(float x) {
  float x2 = x * x;
  return x * (1.0 + x2 * (-1.0 / 6.0 + x2 * (1.0 / 120.0 + x2 * (-1.0 / 5040.0 + x2 * (1.0 / 362880.0
    + x2 * (-1.0 / 39916800.0 + x2 / 6227020800.0))))));
}
vec2 project_mercator_(vec2 lnglat) {
  float x = lnglat.x;
  if (project.wrapLongitude) {
    x = mod(x + 180., 360.0) - 180.;
  }
  // tan(pi/4 + phi/2) = sin(pi/4 + phi/2) / sin(pi/4 - phi/2), both arguments in [0, pi/2].
  float h = radians(clamp(lnglat.y, -89.9, 89.9)) * 0.5;
  return vec2(radians(x) + PI, PI + log(project_sin_(PI * 0.25 + h) / project_sin_(PI * 0.25 - h))) * WORLD_SCALE;
}
vec3 project_globe_(vec3 lnglatz) {
  float lambda = radians(lnglatz.x);
  float phi = radians(lnglatz.y);
  float cosPhi = cos(phi);
  float D = (lnglatz.z / EARTH_RADIUS + 1.0) * GLOBE_RADIUS;
  return vec3(sin(lambda) * cosPhi, -cos(lambda) * cosPhi, sin(phi)) * D;
}
vec4 project_position(vec4 position, vec3 position64Low) {
  vec4 position_world = project.modelMatrix * position;
  if (project.projectionMode == PROJECTION_MODE_WEB_MERCATOR) {
    return vec4(
      project_mercator_(position_world.xy),
      project_size_at_latitude(position_world.z, position_world.y),
      position_world.w
    );
  }
  // PROJECTION_MODE_WEB_MERCATOR_AUTO_OFFSET: positions relative to the viewport's centre.
  if (abs(position_world.y - project.coordinateOrigin.y) > 0.25) {
    return vec4(
      project_mercator_(position_world.xy) - project.commonOrigin.xy,
      project_size(position_world.z),
      position_world.w
    );
  }
  position_world.xyz -= project.coordinateOrigin;
  return project_offset_(position_world) + project_offset_(project.modelMatrix * vec4(position64Low, 0.0));
}
`;

/** deck.gl's project GLSL with the Web Mercator functions in place of its own; null if its text no longer has the markers. */
export function mercatorProjectGlsl(deckGlsl: string): string | null {
  const from = deckGlsl.indexOf(CUT_FROM);
  const to = deckGlsl.indexOf(CUT_TO);
  if (from < 0 || to < from) return null;
  return deckGlsl.slice(0, from) + MERCATOR_GLSL + deckGlsl.slice(to);
}

type Module = ShaderModule & { vs?: string; dependencies?: ShaderModule[] };

const deckProject = project as unknown as Module;
const lean = mercatorProjectGlsl(deckProject.vs ?? '');
if (!lean) {
  // A deck.gl upgrade changed the module's text (tests/unit/mercatorProjection.test.ts fails too): draw with its own.
  console.warn('Middle Corridor Atlas: deck.gl project module changed; using it unmodified (slower first frame).');
}
const mercatorProject: Module | null = lean ? { ...deckProject, vs: lean } : null;
const mercatorProject32: Module | null = mercatorProject
  ? { ...(project32 as unknown as Module), dependencies: [mercatorProject] }
  : null;

/** A layer's shader modules with deck.gl's `project32` (and so `project`) replaced by the Web Mercator ones. */
export function withMercatorProjection<M extends { name: string }>(modules: M[]): M[] {
  if (!mercatorProject32) return modules;
  return modules.map((m) => (m.name === 'project32' ? (mercatorProject32 as unknown as M) : m));
}
