// Country outlines for the world map, from world-atlas (Natural Earth 1:110m, bundled by Vite: no
// download at run time), converted from TopoJSON with topojson-client.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

/** A ring of [longitude, latitude] points, unwrapped so it never jumps across the antimeridian. */
export type Ring = [number, number][];

export interface CountryShape {
  /** ISO 3166-1 numeric code, as in MapPin.isoNumeric. */
  id: string;
  rings: Ring[];
}

/** Antarctica lies below the map's southern edge (MAP_BOUNDS.south). */
const SKIP = new Set(['010']);

let shapes: CountryShape[] | null = null;

function unwrap(ring: readonly number[][]): Ring {
  const out: Ring = [];
  let shift = 0;
  let prev: number | null = null;
  for (const point of ring) {
    const lon = point[0] ?? 0;
    const lat = point[1] ?? 0;
    if (prev !== null) {
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
    }
    prev = lon;
    out.push([lon + shift, lat]);
  }
  return out;
}

/** Every country's outline rings (computed once). */
export function countryShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  shapes = [];
  for (const f of collection.features) {
    const id = String(f.id ?? '');
    if (SKIP.has(id)) continue;
    const geometry = f.geometry;
    const polygons =
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    const rings: Ring[] = [];
    for (const polygon of polygons) for (const ring of polygon) rings.push(unwrap(ring));
    shapes.push({ id, rings });
  }
  return shapes;
}
