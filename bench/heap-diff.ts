// `tsx bench/heap-diff.ts BEFORE.heapsnapshot AFTER.heapsnapshot`: what survives in the later snapshot that the
// earlier one (same page, so the same object ids) did not hold, grouped by constructor, and which older object holds
// it (the growth point), with that holder's path from the GC roots. Snapshots come from `UI_HEAP_SNAPSHOTS=DIR
// npm run bench:ui` (taken after a forced GC).
import { readFileSync } from 'node:fs';

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
};

type Heap = ReturnType<typeof load>;

function load(file: string) {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const { node_fields: nf, node_types: nt, edge_fields: ef, edge_types: et } = raw.snapshot.meta;
  const nodeSize = nf.length;
  const edgeSize = ef.length;
  const at = { type: nf.indexOf('type'), name: nf.indexOf('name'), id: nf.indexOf('id'), size: nf.indexOf('self_size'), edges: nf.indexOf('edge_count') };
  const eat = { type: ef.indexOf('type'), name: ef.indexOf('name_or_index'), to: ef.indexOf('to_node') };
  const count = raw.nodes.length / nodeSize;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i]! + raw.nodes[i * nodeSize + at.edges]!;
  const nodeType = (i: number) => nt[0][raw.nodes[i * nodeSize + at.type]!]!;
  const edgeType = (e: number) => et[0][raw.edges[e * edgeSize + eat.type]!]!;
  const name = (i: number) => raw.strings[raw.nodes[i * nodeSize + at.name]!]!;
  const edgeName = (e: number) => {
    const type = edgeType(e);
    const value = raw.edges[e * edgeSize + eat.name]!;
    return type === 'element' || type === 'hidden' ? `[${value}]` : (raw.strings[value] ?? String(value));
  };
  return {
    count,
    id: (i: number) => raw.nodes[i * nodeSize + at.id]!,
    size: (i: number) => raw.nodes[i * nodeSize + at.size]!,
    type: nodeType,
    name,
    /** A group for counting: the constructor for objects, the kind for strings, numbers and code. */
    key: (i: number) => {
      const type = nodeType(i);
      if (type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number' || type === 'code') return `(${type})`;
      return `${type}:${name(i).slice(0, 80)}`;
    },
    edges: function* (i: number): Generator<[edge: number, to: number]> {
      for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e++) yield [e, raw.edges[e * edgeSize + eat.to]! / nodeSize];
    },
    edgeType,
    edgeName,
  };
}

/** Distance from the roots over strong edges, and each node's closest retainer (edge, from). */
function retainers(heap: Heap) {
  const distance = new Int32Array(heap.count).fill(-1);
  const viaEdge = new Int32Array(heap.count).fill(-1);
  const viaNode = new Int32Array(heap.count).fill(-1);
  let frontier = [0];
  distance[0] = 0;
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const from of frontier) {
      for (const [edge, to] of heap.edges(from)) {
        if (heap.edgeType(edge) === 'weak' || distance[to] !== -1) continue;
        distance[to] = distance[from]! + 1;
        viaEdge[to] = edge;
        viaNode[to] = from;
        next.push(to);
      }
    }
    frontier = next;
  }
  return { distance, viaEdge, viaNode };
}

function table(rows: [string, number, number][], title: string, limit = 25): void {
  console.log(`\n${title}`);
  for (const [key, count, size] of rows.slice(0, limit)) console.log(`${String(size).padStart(10)} B ${String(count).padStart(7)}  ${key}`);
}

// Runtime.getHeapUsage (the benchmark's figure) counts V8's heap only: Blink's own objects (`native`, kept by Oilpan,
// e.g. DevTools' network buffers) are left out unless --native.
const withNative = process.argv.includes('--native');
const counted = (heap: Heap, i: number): boolean => withNative || (heap.type(i) !== 'native' && heap.type(i) !== 'synthetic');
const [beforeFile, afterFile] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!beforeFile || !afterFile) throw new Error('usage: tsx bench/heap-diff.ts BEFORE.heapsnapshot AFTER.heapsnapshot');
const before = load(beforeFile);
const after = load(afterFile);
const oldIds = new Set<number>();
for (let i = 0; i < before.count; i++) oldIds.add(before.id(i));

// Every group, counted in both: what grew or shrank (objects replaced by equal new ones cancel out here).
const totals = new Map<string, [number, number]>();
const add = (heap: Heap, sign: number) => {
  for (let i = 0; i < heap.count; i++) {
    if (!counted(heap, i)) continue;
    const row = totals.get(heap.key(i)) ?? [0, 0];
    row[0] += sign;
    row[1] += sign * heap.size(i);
    totals.set(heap.key(i), row);
  }
};
add(before, -1);
add(after, 1);
const grown = [...totals].map(([k, [c, s]]): [string, number, number] => [k, c, s]).sort((a, b) => b[2] - a[2]);
let total = 0;
for (let i = 0; i < after.count; i++) if (counted(after, i)) total += after.size(i);
let totalBefore = 0;
for (let i = 0; i < before.count; i++) if (counted(before, i)) totalBefore += before.size(i);
console.log(`self sizes: ${totalBefore} B before, ${total} B after (${total - totalBefore} B)`);
table(grown, 'grown (after − before), by group: bytes, count');

// Objects only the later snapshot holds, attributed to the nearest older object on their closest path to the roots.
const { distance, viaEdge, viaNode } = retainers(after);
const holders = new Map<number, { size: number; count: number; edge: string }>();
for (let i = 0; i < after.count; i++) {
  if (oldIds.has(after.id(i)) || distance[i] === -1 || !counted(after, i)) continue;
  let node = i;
  let edge = '';
  while (viaNode[node]! >= 0 && !oldIds.has(after.id(node))) {
    edge = after.edgeName(viaEdge[node]!);
    node = viaNode[node]!;
  }
  const row = holders.get(node) ?? { size: 0, count: 0, edge };
  row.size += after.size(i);
  row.count += 1;
  holders.set(node, row);
}
const pathOf = (node: number): string => {
  const steps: string[] = [];
  for (let n = node; viaNode[n]! >= 0 && steps.length < 14; n = viaNode[n]!) steps.push(`${after.key(viaNode[n]!)} .${after.edgeName(viaEdge[n]!)}`);
  return steps.reverse().join(' → ');
};
console.log('\nnew objects by the older object holding them: bytes, count, holder, its path from the roots');
for (const [node, { size, count, edge }] of [...holders].sort((a, b) => b[1].size - a[1].size).slice(0, Number(process.env.HOLDERS ?? 20))) {
  console.log(`${String(size).padStart(10)} B ${String(count).padStart(7)}  ${after.key(node)} @${after.id(node)} .${edge}\n            ${pathOf(node)}`);
}
