import styles from "./assistant.module.css";

export const PANEL_TITLE_ID = "assistant-title";

export function PanelHeader({ onClose }: { onClose: () => void }) {
  return (
    <header className={styles.header}>
      <div>
        <h2 id={PANEL_TITLE_ID} className={styles.title}>
          GPU assistant
        </h2>
        <p className={styles.subtitle}>Describe your workload; I rank live offers by cost and fit.</p>
      </div>
      <button
        type="button"
        className={styles.iconButton}
        onClick={onClose}
        aria-label="Minimise assistant"
        data-testid="assistant-close"
      >
        <span aria-hidden="true">–</span>
      </button>
    </header>
  );
}
