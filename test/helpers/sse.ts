// Reading a server-sent event stream in tests (the desk's GET /api/v1/desk/events).

/** Reads the stream until `count` events have come; each as [event, data]. */
export async function readEvents(body: ReadableStream<Uint8Array>, count: number): Promise<Array<[string, unknown]>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const events: Array<[string, unknown]> = [];
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (event && data) events.push([event, JSON.parse(data)]);
    }
  }
  await reader.cancel();
  return events;
}
