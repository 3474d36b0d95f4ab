/** Namespaces shared by the XLIFF writers and the reader. */
export const XLIFF2_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
export const XLIFF2_METADATA_NAMESPACE = "urn:oasis:names:tc:xliff:metadata:2.0";
export const XLIFF12_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
/** Our extension namespace (XLIFF 1.2 allows attributes from other namespaces on <file> and <trans-unit>). */
export const RETOUCHE_XLIFF_NAMESPACE = "urn:retouche:xliff";
export const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
