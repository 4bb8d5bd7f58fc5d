"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { usePathname } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { recommendationsPartSchema } from "@/lib/assistant/chat-schema";
import type { AssistantMessage } from "./assistant-message";
import { loadHistory, saveHistory } from "./chat-history";
import { requestContext } from "./page-context";

/** The server remembers the last 10 turns itself; the recent messages are enough context. */
const MESSAGES_PER_REQUEST = 20;

interface Options {
  sessionId: string;
  /** an answer streamed to its end (not stopped, not failed) */
  onAnswerFinished: () => void;
}

/**
 * useChat wired to /api/chat: the session id as the chat id, the page context with every
 * request, `data-recommendations` validated against chat-schema as it streams in, and the
 * conversation kept for the page session.
 */
export function useAssistantChat({ sessionId, onAnswerFinished }: Options) {
  const pathname = usePathname();
  const pathnameRef = useRef(pathname);
  useEffect(() => {
    pathnameRef.current = pathname;
  }, [pathname]);

  const transport = useMemo(
    () =>
      new DefaultChatTransport<AssistantMessage>({
        api: "/api/chat",
        prepareSendMessagesRequest: ({ id, messages }) => ({
          body: {
            id,
            messages: messages.slice(-MESSAGES_PER_REQUEST),
            context: requestContext(pathnameRef.current),
          },
        }),
      }),
    [],
  );
  const [initialMessages] = useState(() => loadHistory(sessionId));

  const chat = useChat<AssistantMessage>({
    id: sessionId,
    messages: initialMessages,
    transport,
    dataPartSchemas: { recommendations: recommendationsPartSchema },
    onFinish: ({ isAbort, isDisconnect, isError }) => {
      if (!isAbort && !isDisconnect && !isError) onAnswerFinished();
    },
  });

  const { status, messages } = chat;
  useEffect(() => {
    // not on every streamed chunk: once the answer settles
    if (status === "ready" || status === "error") saveHistory(sessionId, messages);
  }, [status, messages, sessionId]);

  return chat;
}

export type AssistantChat = ReturnType<typeof useAssistantChat>;
