// The world map's view-model: a pin per scenario with a map position, using the same projection
// the Phaser map scene draws the countries with (equirectangular, Antarctica cropped).
import type { Scenario } from '../scenario';

export const MAP_BOUNDS = { west: -180, east: 180, north: 84, south: -58 } as const;
/** Width / height of the map area. */
export const MAP_ASPECT = (MAP_BOUNDS.east - MAP_BOUNDS.west) / (MAP_BOUNDS.north - MAP_BOUNDS.south);

/** Longitude and latitude to 0..1 map coordinates (x to the east, y down). */
export function projectToMap(lon: number, lat: number): { x: number; y: number } {
  return {
    x: (lon - MAP_BOUNDS.west) / (MAP_BOUNDS.east - MAP_BOUNDS.west),
    y: (MAP_BOUNDS.north - lat) / (MAP_BOUNDS.north - MAP_BOUNDS.south),
  };
}

export interface MapPin {
  id: string;
  shortName: string;
  name: string;
  country: string;
  sector: string;
  type: Scenario['type'];
  /** 0..1 map position; archetypes (no location) have none and appear only in the list. */
  position: { x: number; y: number } | null;
  isoNumeric: string | null;
}

export interface MapView {
  pins: MapPin[];
  /** The pin under the pointer or keyboard focus, drawn highlighted. */
  highlighted: string | null;
}

export function selectMap(scenarios: readonly Scenario[], highlighted: string | null = null): MapView {
  return {
    pins: scenarios.map((s) => ({
      id: s.id,
      shortName: s.shortName,
      name: s.name,
      country: s.country,
      sector: s.sector,
      type: s.type,
      position: s.location ? projectToMap(s.location.lon, s.location.lat) : null,
      isoNumeric: s.isoNumeric ?? null,
    })),
    highlighted,
  };
}
