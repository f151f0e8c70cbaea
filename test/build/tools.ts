import { join } from "node:path";

/** The repository root (test/build/ is two levels down). */
export const repoRoot = join(__dirname, "..", "..");

export interface Problem {
  ja: string;
  en: string;
}

export interface ManifestTools {
  DEV_URL: string;
  DEFAULT_PROD_URL: string;
  resolveProdUrl(
    webpackEnv?: { prodUrl?: string },
    processEnv?: Record<string, string | undefined>
  ): string;
  prodUrlIsPlaceholder(
    webpackEnv?: { prodUrl?: string },
    processEnv?: Record<string, string | undefined>
  ): boolean;
  toProductionManifest(xml: string, prodUrl: string): string;
  readPngSize(file: string): { width: number; height: number } | undefined;
  validateManifest(xml: string, options?: { webRoot?: string; production?: boolean }): Problem[];
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export interface XmlTree {
  parseXml(text: string): { root: XmlElement };
  allElements(element: XmlElement): XmlElement[];
}

// The scripts are CommonJS without type declarations (webpack.config.js and node load them
// directly); they are typed here by what the tests use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const manifestTools = require("../../scripts/manifest-tools.cjs") as ManifestTools;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const xmlTree = require("../../scripts/xml-tree.cjs") as XmlTree;
