// The Arabic face for the article panel, bundled so that shaping and joining never depend on the
// fonts installed where the browser runs. unicode-range keeps it to Arabic text only.
import '@fontsource/noto-naskh-arabic/index.css';
