// Types for the `xliff` package (test-only independent reader; it ships no declarations).
declare module "xliff" {
  /** Inline codes come back as strings and { ElementType: { id, contents, …attributes } } objects. */
  export type XliffValue = string | (string | Record<string, Record<string, unknown>>)[];
  export type XliffUnitJs = {
    source?: XliffValue;
    target?: XliffValue;
    note?: XliffValue | XliffValue[];
    additionalAttributes?: Record<string, string>;
    groupUnits?: Record<string, XliffUnitJs>;
  };
  export type XliffJs = {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnitJs>>;
  };
  type ReadOptions = { inlineAsString?: boolean; namespace?: string };
  const xliff: {
    xliff2js(xml: string, options?: ReadOptions): Promise<XliffJs>;
    xliff12ToJs(xml: string, options?: ReadOptions): Promise<XliffJs>;
  };
  export default xliff;
}
