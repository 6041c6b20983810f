package io.mercato.platform.web;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.security.StaffIdentity;
import io.mercato.platform.api.web.Created;
import io.mercato.platform.api.web.UploadEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.servlet.http.HttpServletRequest;

/**
 * Serves one {@link UploadEndpoint}: the body goes to a temporary file as it arrives (never into memory), hashed on
 * the way for Idempotency-Key; the endpoint gets the file and the answer is 202 JSON (201 for a
 * {@link Created}).
 */
final class UploadServlet extends EndpointServlet {
    private static final long serialVersionUID = 1L;
    private final transient UploadEndpoint endpoint;

    UploadServlet(UploadEndpoint endpoint, String path, EndpointGate gate) {
        super(path, endpoint.getClass(), gate);
        this.endpoint = endpoint;
    }

    private record SpooledBody(UploadEndpoint.Upload upload, String fingerprint) implements Body {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(upload.file());
            } catch (IOException e) {
                upload.file().toFile().deleteOnExit();
            }
        }
    }

    @Override
    protected void checkHeaders(HttpServletRequest request) throws ProblemException, IOException {
        String type = mediaType(request.getContentType());
        if (type == null || !endpoint.mediaTypes().contains(type)) {
            throw new ProblemException(Problem.of(415, "Unsupported Media Type", "Send the file as one of "
                    + String.join(", ", endpoint.mediaTypes())));
        }
        checkDeclaredLength(request, endpoint.maxBytes());
    }

    @Override
    protected Body readBody(HttpServletRequest request, String path) throws ProblemException, IOException {
        String type = mediaType(request.getContentType());
        long limit = endpoint.maxBytes();
        Path file = Files.createTempFile("mercato-upload-", ".part");
        try {
            MessageDigest digest = sha256();
            digest.update(("POST " + path + '\n').getBytes(StandardCharsets.UTF_8));
            long size;
            try (InputStream in = new LimitedInputStream(request.getInputStream(), limit);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                size = in.transferTo(out);
            }
            return new SpooledBody(new UploadEndpoint.Upload(file, size, type), HexFormat.of().formatHex(digest.digest()));
        } catch (PayloadTooLargeException e) {
            Files.deleteIfExists(file);
            LimitedInputStream.discard(request.getInputStream());
            throw new ProblemException(Problem.tooLarge(e.limit()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    protected Answer handle(Body body, StaffIdentity identity) throws IOException {
        Object result = endpoint.handle(((SpooledBody) body).upload(), new Actor(identity.username()));
        if (result instanceof Created created) {
            return new Answer(201, JsonMapping.MAPPER.writeValueAsString(created.body()));
        }
        return new Answer(202, JsonMapping.MAPPER.writeValueAsString(result));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
