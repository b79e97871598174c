// Former home of the morphology, kept as a re-export for the rules that still import from here.
export {
  isKazakhWord,
  kazakhNameStem,
  matchCase,
  parseNameWord,
  parses,
} from "./morphology/index.js";
