import type { Ref } from "react";
import styles from "./assistant.module.css";

interface Props {
  ref: Ref<HTMLButtonElement>;
  hidden: boolean;
  unread: boolean;
  onOpen: () => void;
}

/** The floating bottom-right button; a dot marks an answer that finished while minimised. */
export function AssistantLauncher({ ref, hidden, unread, onOpen }: Props) {
  return (
    <button
      ref={ref}
      type="button"
      className={styles.launcher}
      hidden={hidden}
      aria-label="Open assistant"
      aria-describedby={unread ? "assistant-unread" : undefined}
      onClick={onOpen}
      data-testid="assistant-launcher"
    >
      <span aria-hidden="true" className={styles.launcherIcon}>
        ✦
      </span>
      {unread && (
        <span id="assistant-unread" className={styles.unreadDot} data-testid="assistant-unread">
          <span className="visually-hidden">New answer</span>
        </span>
      )}
    </button>
  );
}
