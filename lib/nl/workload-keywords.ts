import type { WorkloadType } from "./schema";

/**
 * Evidence for each workload type: phrases (matched on words, hyphens ignored, so "fine-tune"
 * = "fine tune" and "text-to-video" = "text to video") with a weight. Weights were set so that
 * a verb naming the job (transcribe, embed, classify, render) outweighs a noun that only names
 * its material (audio, documents, frames), which outweighs a model family (llama → LLM).
 *
 * Fine-tuning and training words are *decisive*: "fine-tune whisper on 30 hours of audio" is
 * fine-tuning whatever else the sentence mentions, and "pre-train a 7B LLM" is training.
 */

export interface Keyword {
  words: readonly string[];
  type: WorkloadType;
  weight: number;
}

const groups: ReadonlyArray<readonly [WorkloadType, number, string]> = [
  [
    "fine_tuning",
    8,
    "fine tune|fine tunes|fine tuning|fine tuned|finetune|finetunes|finetuning|finetuned|lora|qlora|dreambooth|peft|sft|rlhf|dpo|kohya|instruction tune|instruction tuning|textual inversion",
  ],
  ["training", 6, "train|trains|training|pretrain|pretraining|pre train|pre training|from scratch"],
  ["training", 1.5, "trained|gan|cnn|resnet|yolo|yolov8|unet|bert|dataset|epoch|epochs"],
  [
    "image_generation",
    4,
    "image generation|image gen|text to image|txt2img|img2img|image to image|ai art|generative art",
  ],
  ["image_generation", 3, "stable diffusion|midjourney|dall e|dalle|comfyui|automatic1111|a1111|controlnet"],
  ["image_generation", 1.5, "diffusion|art"],
  [
    "image_generation",
    2,
    "image|images|img|imgs|picture|pictures|pic|pics|photo|photos|avatar|avatars|headshot|headshots|portrait|portraits|thumbnail|thumbnails|logo|logos|icon|icons|illustration|illustrations|wallpaper|wallpapers|sticker|stickers|banner|banners|poster|posters|artwork|artworks|meme|memes|selfie|selfies|stills",
  ],
  ["llm_inference", 4, "chatbot|chatbots|chat bot"],
  ["llm_inference", 3, "llm|llms|language model|language models|vllm|tgi|ollama|text generation"],
  ["llm_inference", 2, "tokens|token|completions|copilot"],
  ["llm_inference", 1.5, "inference|assistant|context|ctx"],
  ["llm_inference", 1, "chat"],
  [
    "llm_inference",
    1,
    "serve|serving|host|hosting|deploy|deploying|prompt|prompts|request|requests|query|queries|concurrent|rag",
  ],
  ["llm_inference", 0.5, "api|endpoint|users"],
  [
    "video_generation",
    4,
    "text to video|video generation|video gen|image to video|img2vid|txt2vid|stable video diffusion",
  ],
  ["video_generation", 3, "animate|animated|sora|runway"],
  ["video_generation", 2, "video|videos|vid|vids|clip|clips|film|films|movie|movies|footage|reel|reels"],
  ["video_generation", 1.5, "animation|animations"],
  ["video_generation", 1, "tiktok|youtube"],
  [
    "embedding",
    4,
    "embed|embeds|embedding|vectorize|vectorise|vectorizing|vectorising|vector db|vector database|vector store|vector index|vector search|pinecone|faiss|qdrant|weaviate|pgvector|sentence transformers",
  ],
  ["embedding", 3, "rag index|semantic search|search index"],
  ["embedding", 2, "embeddings|vectors"],
  ["embedding", 1.5, "index|indexing"],
  ["embedding", 1, "rag"],
  [
    "transcription",
    5,
    "transcribe|transcribes|transcribing|transcription|transcriptions|transcript|transcripts|speech to text|stt|asr|speech recognition",
  ],
  ["transcription", 3, "diarize|diarization|diarisation|subtitle|subtitles|subtitling"],
  ["transcription", 2, "podcast|podcasts|audio|audiobook|audiobooks|voice notes"],
  ["transcription", 1.5, "to text|voicemail|voicemails"],
  // nouns that are also everyday words: evidence, but never enough alone
  ["transcription", 1, "recording|recordings|meeting|meetings|interview|interviews|lecture|lectures|calls"],
  ["batch_inference", 6, "batch inference|offline inference|batch processing|bulk inference"],
  ["batch_inference", 3, "classify|classification|classifier|categorize|categorise|categorization"],
  [
    "batch_inference",
    2.5,
    "scoring|label|labeling|labelling|sentiment|summarize|summarise|summarization|summarisation|translate|translation",
  ],
  ["batch_inference", 2, "batch|batched|offline|bulk|tag|tagging|extract|extraction|ocr|moderation"],
  ["batch_inference", 1, "score"],
  [
    "batch_inference",
    1,
    "documents|document|docs|doc|pdfs|pdf|pages|files|articles|emails|reviews|tickets|records|rows|contracts|invoices|pipeline",
  ],
  ["rendering", 5, "blender|render farm|cinema 4d|unreal engine"],
  ["rendering", 4, "cycles|eevee|octane|redshift|arnold|vray|v ray|unreal|maya|houdini|keyshot"],
  ["rendering", 2.5, "frame|frames"],
  ["rendering", 2, "3 d|3d"],
  ["rendering", 1.5, "render|renders|rendering|rendered|animation|animations"],
];

/** Types whose keywords decide the type outright, strongest first. */
export const decisiveTypes: readonly WorkloadType[] = ["fine_tuning", "training"];
/** Minimum weight of a decisive keyword (the weak training words do not decide). */
export const decisiveWeight = 6;

export const keywords: readonly Keyword[] = groups.flatMap(([type, weight, list]) =>
  list.split("|").map((phrase) => ({ words: phrase.split(" "), type, weight })),
);

/** Tie-break order when two types score the same. */
export const typePriority: readonly WorkloadType[] = [
  "fine_tuning",
  "training",
  "transcription",
  "embedding",
  "batch_inference",
  "rendering",
  "video_generation",
  "image_generation",
  "llm_inference",
  "other",
];
