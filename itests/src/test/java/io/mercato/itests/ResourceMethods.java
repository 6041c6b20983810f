package io.mercato.itests;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

/** The operations a JAX-RS resource class serves, as "METHOD /path", read from its annotations by JAX-RS's rules. */
final class ResourceMethods {
    private ResourceMethods() {
    }

    static List<String> of(Class<?> resource, String base) {
        List<String> operations = new ArrayList<>();
        Path classPath = resource.getAnnotation(Path.class);
        for (Method method : resource.getMethods()) {
            String httpMethod = null;
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (designator != null) {
                    httpMethod = designator.value();
                }
            }
            if (httpMethod == null) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String path = withoutRegexes(base + "/" + (classPath == null ? "" : classPath.value()) + "/"
                    + (methodPath == null ? "" : methodPath.value())).replaceAll("/+", "/");
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            operations.add(httpMethod + " " + path);
        }
        return operations;
    }

    /** {@code {code: [A-Z]{2,20}}} → {@code {code}}: a template parameter without its regular expression (braces nest). */
    static String withoutRegexes(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inRegex = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                    inRegex = false;
                    continue;
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    out.append(c);
                    continue;
                }
            } else if (c == ':' && depth == 1) {
                inRegex = true;
                continue;
            }
            if (depth == 0 || (!inRegex && !Character.isWhitespace(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
