// The resolved configuration, computed once; everything in src/ imports it from here.
import userConfig from "../../paddock.config";
import { resolveConfig } from "../lib/config";

export const config = resolveConfig(userConfig);
