import { createLexicon, type Lexicon } from "./fuzzy";
import { gpuNouns } from "./gpu-catalog";
import { vagueWords } from "./numbers";
import { demonyms, placeTable } from "./region-table";
import { audioNouns, countNouns, videoNouns } from "./units";
import { keywords } from "./workload-keywords";

/**
 * The typo corrector's lexicon: every word the extractors key on, and the English words it
 * must leave alone. Short number words are *not* correction targets ("night" is one letter from
 * "eight"), nor are short place names ("sales" is one letter from "Wales"); words that are
 * too common to be typos of a keyword ("store", "model", "text") are left out as targets.
 */

const modelWords =
  "llama codellama mistral mixtral qwen gemma falcon deepseek whisper stable diffusion flux sdxl midjourney hunyuan mochi blender";
const amountWords = "hours minutes seconds months hundred thousand million billion trillion dozen couple";
const otherWords =
  "generate create budget dollars euros pounds concurrent context vram memory quantized precision";

/** Real words one or two edits from a keyword, seen in requests; never "corrected". */
const protectedWords =
  "brain brains grain grains drain drains trail trails trait traits raining draining trailing straining strain " +
  "stain stains sprain reader readers gender tender sender lender fender renter renters audit audits chips " +
  "ships slips flips flame flames framed taken modal modals motel motels modem yodel severe nerve nerves " +
  "server servers served serves ember embers match patch watch latch hatch catch botch store stores scare " +
  "scope shore snore spore swore scone scored scorer table tables staple sable stale stables gamma mistrial " +
  "yours tours pours mouth mouths rounds sounds mounds bounds wounds ducks lucks sucks tucks rents tents " +
  "dents vents scents there threw sever fight light night might right sight tight eighth weight height fifth " +
  "forth carts cares yards wards nodes node indie parts trance wages cages sages tiles miles piles tests test " +
  "costs cost ports hosts looks hooks cooks boots nooks votes totes motes balls falls halls walls cells tells " +
  "stems chuck hairs fairs pains irons manner banned banker posted roster foster stall skill spill pointing " +
  "tendering blunder slender blended bicycle bicycles recycles sentient lapel libel sector victor melting " +
  "sweets resorts reposts conversion conversions requested ghost chart charts cheat cheats posting costing " +
  "hosing sales tales males bales gales whales denser finer tuned cycle massages story stone stare storm " +
  "stove imagine photon doses dozens dozes trains trainer teach generated generates generating created creates " +
  "creating rendered renderer embedded embedder reset resets content contents packages simple skills fixes " +
  "tasks fires proto inter linting sampled fails storing categories category mocha contact contacts moves " +
  "contrast turned";

/** Languages and nationalities: "in German" must not become "in Germany". */
const languages =
  "english spanish italian chinese portuguese russian arabic hindi turkish polish greek czech hebrew persian";

/** Not correction targets: everyday words, and weak keywords not worth steering a typo toward. */
const tooCommon = new Set(
  "from text store search model models language time real engine farm index data gan cnn resnet yolo unet bert trained art".split(
    " ",
  ),
);

function targets(): string[] {
  const words = new Set<string>();
  const add = (list: Iterable<string>) => {
    for (const word of list) if (!tooCommon.has(word)) words.add(word);
  };
  add(keywords.flatMap((keyword) => keyword.words));
  add(countNouns.keys());
  add(audioNouns);
  add(videoNouns);
  add(gpuNouns);
  add(["nvidia", "geforce"]);
  add(`${modelWords} ${amountWords} ${otherWords}`.split(" "));
  add([...placeTable.keys()].filter((name) => name.length >= 6 && /^\p{L}+$/u.test(name)));
  return [...words];
}

export const workloadLexicon: Lexicon = createLexicon(targets(), [
  ...protectedWords.split(" "),
  ...languages.split(" "),
  ...demonyms.keys(),
  ...vagueWords,
]);
