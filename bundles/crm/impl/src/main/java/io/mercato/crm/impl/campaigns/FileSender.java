package io.mercato.crm.impl.campaigns;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mercato.crm.api.MessageSender;
import io.mercato.crm.api.OutgoingMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The default sender for demos and tests: each message becomes a JSON line in {@code data/crm/messages-<channel>.jsonl}
 * (under Karaf's data directory). A real gateway registers a sender of the channel with a higher ranking.
 */
abstract class FileSender implements MessageSender {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String channel;

    FileSender(String channel) {
        this.channel = channel;
    }

    /** The file a channel's messages go to. */
    static Path file(String channel) {
        return Path.of(System.getProperty("karaf.data", "data"), "crm", "messages-" + channel + ".jsonl");
    }

    @Override
    public synchronized void send(OutgoingMessage message) throws IOException {
        Path file = file(channel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(message) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
