// d3 ships no types and @types/d3 is not installed: only what the components use of d3-array, d3-path,
// d3-selection and d3-shape, named and shaped as in their @types packages.
declare module "npm:d3" {
  type Primitive = number | string | boolean | Date;
  interface Numeric {
    valueOf(): number;
  }

  /** A Map whose keys are compared by value (dates by time), as d3.group returns. */
  export class InternMap<K = unknown, V = unknown> extends Map<K, V> {}

  // d3-array
  /** NaN where either is null or undefined (d3 tests `== null`; @types/d3-array names undefined only). */
  export function ascending(a: Primitive | null | undefined, b: Primitive | null | undefined): number;
  export function bisectRight(array: ArrayLike<number>, x: number): number;
  export function cross<S, T>(a: Iterable<S>, b: Iterable<T>): Array<[S, T]>;
  export function sum<T>(iterable: Iterable<T>, accessor: (datum: T, index: number, array: Iterable<T>) => number | undefined | null): number;
  export function max<T extends Numeric>(iterable: Iterable<T>): T | undefined;
  export function max<T, U extends Numeric>(
    iterable: Iterable<T>,
    accessor: (datum: T, index: number, array: Iterable<T>) => U | undefined | null,
  ): U | undefined;
  export function least<T>(iterable: Iterable<T>, accessor: (a: T) => unknown): T | undefined;
  export function greatest<T>(iterable: Iterable<T>, accessor: (a: T) => unknown): T | undefined;
  export function group<T, K>(iterable: Iterable<T>, key: (value: T) => K): InternMap<K, T[]>;
  export function group<T, K1, K2>(iterable: Iterable<T>, key1: (value: T) => K1, key2: (value: T) => K2): InternMap<K1, InternMap<K2, T[]>>;
  export function groups<T, K>(iterable: Iterable<T>, key: (value: T) => K): Array<[K, T[]]>;
  export function rollup<T, R, K>(iterable: Iterable<T>, reduce: (values: T[]) => R, key: (value: T) => K): InternMap<K, R>;
  export function mode<T, U extends Primitive>(
    iterable: Iterable<T>,
    accessor: (datum: T, index: number, array: Iterable<T>) => U | undefined | null,
  ): U | undefined;

  // d3-path
  /** A path whose coordinates are rounded to `digits` decimals (3 by default), as Plot's marks draw them. */
  export function pathRound(digits?: number | null): CanvasPath & { toString(): string };

  // d3-shape
  export interface SymbolType {
    draw(context: CanvasPath, size: number): void;
  }
  export const symbolTimes: SymbolType;
  export const symbolTriangle: SymbolType;

  // d3-selection
  /** The event's position in `target`'s coordinates (an SVG element's user space). */
  export function pointer(event: Event, target?: Element): [number, number];
  export type BaseType = Element | Document | Window | null;
  export type ValueFn<T extends BaseType, Datum, Result> = (this: T, datum: Datum, index: number, groups: T[] | ArrayLike<T>) => Result;
  type AttrValue = string | number | boolean | ReadonlyArray<string | number> | null;
  type TextValue = string | number | boolean | null;
  /** SVG's element names where HTML has none of the same name (<a> is HTML's), as @types/d3-selection maps them. */
  type ElementTagNameMap = HTMLElementTagNameMap & Pick<SVGElementTagNameMap, Exclude<keyof SVGElementTagNameMap, keyof HTMLElementTagNameMap>>;

  export interface Selection<GElement extends BaseType, Datum, PElement extends BaseType, PDatum> {
    selectAll<DescElement extends BaseType = BaseType, OldDatum = unknown>(selector: string): Selection<DescElement, OldDatum, GElement, Datum>;
    append<K extends keyof ElementTagNameMap>(type: K): Selection<ElementTagNameMap[K], Datum, PElement, PDatum>;
    append<ChildElement extends BaseType>(type: string | ValueFn<GElement, Datum, ChildElement>): Selection<ChildElement, Datum, PElement, PDatum>;
    attr(name: string, value: AttrValue | ValueFn<GElement, Datum, AttrValue>): this;
    classed(names: string, value: boolean | ValueFn<GElement, Datum, boolean>): this;
    text(value: TextValue | ValueFn<GElement, Datum, TextValue>): this;
    data<NewDatum>(data: NewDatum[] | Iterable<NewDatum>): Selection<GElement, NewDatum, PElement, PDatum>;
    join<K extends keyof ElementTagNameMap>(enter: K): Selection<ElementTagNameMap[K], Datum, PElement, PDatum>;
    each(func: ValueFn<GElement, Datum, void>): this;
    call<Args extends unknown[]>(func: (selection: this, ...args: Args) => void, ...args: Args): this;
    datum(): Datum;
    node(): GElement | null;
    nodes(): GElement[];
  }

  export function select<GElement extends BaseType, OldDatum = unknown>(node: GElement): Selection<GElement, OldDatum, null, undefined>;
}
