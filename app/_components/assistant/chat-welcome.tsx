import styles from "./assistant.module.css";

export function ChatWelcome() {
  return (
    <div className={styles.welcome} data-testid="assistant-welcome">
      <p>Tell me what you need to run, for example:</p>
      <p className={styles.example}>“I need to process 10 AI images for 1 hour”</p>
      <p className="muted">Or start from a template below.</p>
    </div>
  );
}
